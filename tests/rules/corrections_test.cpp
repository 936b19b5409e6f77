// The corrections file (corrections.yaml): what it reads, each mistake with its place, and that what
// `luoshi correct` writes reads back the same. Cases are rows.
#include "app/corrections.hpp"
#include "rules/names.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "rules/yaml/corrections.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace luoshi {

namespace {

// A goal of 示例区 as a rule file would give it
rules::statement a_goal(char const* id, char const* metric, rules::measure measure, rules::comparator cmp,
                        char const* unit, rules::date deadline) {
    rules::statement g;
    g.kind = rules::statement_kind::goal;
    g.id = id;
    g.region = "示例区";
    g.metric = metric;
    g.measure = measure;
    g.comparator = cmp;
    g.unit = unit;
    g.deadline = deadline;
    return g;
}

struct bad_case {
    char const* text;
    char const* where;  // the text at the error's offset
    char const* says;   // a part of its message
};

std::vector<bad_case> const bad_cases{
    {"g1:\n  reject: maybe\n", "maybe", "reject is true or false"},
    {"g1:\n  deadline: 2015-13-01\n", "2015-13-01", "not a date"},
    {"g1:\n  value: 八\n", "八", "is a number in the goal's base unit"},
    {"g1:\n  comparator: at least\n", "at least", "unknown comparator `at least`"},
    {"g1:\n  rejct: true\n", "rejct", "did you mean `reject`?"},
    {"g1:\n  reject: true\n  deadline: 2015-12-31\n", "g1", "rejected and corrected at once"},
    {"g1:\n  why: 只说了为什么\n", "g1", "changes nothing"},
    {"g1:\n  low: 8\n  high: 6\n", "g1", "high end is below its low end"},
    {"g1:\n  reject: true\ng1:\n  note: again\n", "g1:\n  note", "is given twice"},
    {"- g1\n- g2\n", "- g1", "a mapping of goal ids"},
    {"g1:\n  comparator: >=\n", "", "quote it, comparator: \">=\""},
};

}  // namespace

TEST_SUITE("rules") {
    TEST_CASE("a corrections file's mistakes are each named at their place, and nothing is applied") {
        for (auto const& c : bad_cases) {
            CAPTURE(c.text);
            auto const file = rules::yaml::load_corrections(c.text);
            CHECK(!file.ok());
            bool found = false;
            std::string const text = c.text;
            for (auto const& d : file.diagnostics) {
                if (d.message.find(c.says) == std::string::npos) continue;
                found = true;
                CHECK(text.compare(d.offset, std::string(c.where).size(), c.where) == 0);
            }
            std::string all;
            for (auto const& d : file.diagnostics) all += d.message + "\n";
            INFO(all);
            CHECK(found);
        }
    }

    TEST_CASE("what luoshi correct writes reads back as the same corrections, sorted by id") {
        std::vector<rules::correction> items(3);
        items[0].goal = "gb";
        items[0].reject = true;
        items[0].why = "不是目标: \"引号\"\n第二行";
        items[1].goal = "ga";
        items[1].metric = "地区生产总值";
        items[1].comparator = rules::comparator::about;
        items[1].value = 6.5;
        items[1].deadline = rules::date(2030, 12, 31);
        items[1].figure = "f0123456789ab";
        items[2].goal = "gc";
        items[2].low = 15;
        items[2].high = 18;
        items[2].region = "示例区";
        items[2].note = "报告原文为“15%—18%”";
        auto const text = rules::yaml::write_corrections(items);
        CHECK(text.find("\"ga\":\n  metric: \"地区生产总值\"\n  comparator: \"about\"\n  value: 6.5\n"
                        "  deadline: 2030-12-31\n  figure: \"f0123456789ab\"\n\"gb\":") != std::string::npos);
        auto const back = rules::yaml::load_corrections(text);
        REQUIRE(back.ok());
        REQUIRE(back.items.size() == 3);
        CHECK(back.items[0].goal == "ga");
        CHECK(back.items[0].value == 6.5);
        CHECK(back.items[0].comparator == rules::comparator::about);
        CHECK(back.items[0].deadline == rules::date(2030, 12, 31));
        CHECK(back.items[1].why == items[0].why);
        CHECK(back.items[2].low == 15);
        CHECK(back.items[2].note == items[2].note);
    }

    TEST_CASE("corrections apply by id: each field set is shown with what it was, a reject leaves the rest") {
        auto g = a_goal("roads", "道路", rules::measure::increase, rules::comparator::at_least, "公里",
                        rules::date(2017, 12, 31));
        g.value = 40;
        g.period = rules::period{rules::date(2015, 1, 1), rules::date(2017, 12, 31)};
        auto other = g;
        other.id = "other";
        app::corrections fixes;
        fixes.items.resize(2);
        fixes.items[0].goal = "roads";
        fixes.items[0].deadline = rules::date(2015, 12, 31);
        fixes.items[0].value = 30;
        fixes.items[1].goal = "gone";
        fixes.items[1].reject = true;
        std::vector<rules::statement> goals{g, other};
        auto const applied = app::apply_corrections(fixes, goals, {}, rules::yaml::builtin_catalog());
        REQUIRE(applied[0].has_value());
        CHECK(!applied[1].has_value());
        CHECK(goals[0].deadline == rules::date(2015, 12, 31));
        CHECK(goals[0].period->end == rules::date(2015, 12, 31));
        CHECK(goals[0].value == 30);
        REQUIRE(applied[0]->fields.size() == 2);
        CHECK(applied[0]->fields[0].field == "value");
        CHECK(applied[0]->fields[0].was == "40公里");
        CHECK(applied[0]->fields[1].field == "deadline");
        CHECK(applied[0]->fields[1].was == "2017-12-31");
        CHECK(goals[1].deadline == rules::date(2017, 12, 31));
        // the correction of a goal no longer there is named, not dropped
        auto const lost = app::orphans(fixes, {"roads", "other"});
        REQUIRE(lost.size() == 1);
        CHECK(lost[0]->goal == "gone");
    }

    TEST_CASE("a number given by hand to a relative goal replaces the statistic it was compared with") {
        auto g = a_goal("income", "居民人均可支配收入", rules::measure::growth, rules::comparator::about, "%",
                        rules::date(2025, 12, 31));
        g.relative_to = "地区生产总值";
        app::corrections fixes;
        fixes.items.resize(1);
        fixes.items[0].goal = "income";
        fixes.items[0].value = 5.5;
        std::vector<rules::statement> goals{g};
        auto const applied = app::apply_corrections(fixes, goals, {}, rules::yaml::builtin_catalog());
        REQUIRE(applied[0].has_value());
        CHECK(goals[0].value == 5.5);
        CHECK(goals[0].relative_to.empty());
        REQUIRE(applied[0]->fields.size() == 2);
        CHECK(applied[0]->fields[1].field == "relative_to");
        CHECK(applied[0]->fields[1].was == "地区生产总值");
    }
}

}  // namespace luoshi
