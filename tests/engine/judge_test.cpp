#include "dsl/parse.hpp"
#include "engine/summary.hpp"
#include "engine/verdict.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <boost/date_time/gregorian/gregorian.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace luoshi;

rules::catalog const& catalog() {
    static rules::catalog const c = rules::yaml::builtin_catalog();
    return c;
}

// "phrase @ 2015-01-20": every statement the phrase states, read as `kind`, with that report date.
std::vector<rules::statement> read(std::string const& cell, rules::statement_kind kind,
                                   std::string const& where) {
    auto const parts = test::split(cell, " @ ");
    REQUIRE_MESSAGE(parts.size() == 2, where << ": expected `phrase @ date` in " << cell);
    dsl::context ctx;
    ctx.reference = boost::gregorian::from_simple_string(test::trim(parts[1]));
    ctx.kind = kind;
    ctx.catalog = &catalog();
    auto r = dsl::parse_phrase(test::trim(parts[0]), ctx);
    REQUIRE_MESSAGE(r.ok(), where << ": the grammar does not read " << parts[0]);
    // one district's reports: a goal of a report that names no region is judged differently (see below)
    for (auto& s : r.statements) {
        s.src.report = "verdicts.tsv";
        s.region = "示例区";
    }
    return r.statements;
}

struct judged {
    rules::statement goal;
    std::vector<rules::statement> figures;
    engine::verdict verdict;
    std::string reason;
};

judged judge(std::string const& goal, std::vector<std::string> const& figures, rules::date as_of,
             engine::policy const& policy = {}) {
    judged j;
    auto goals = read(goal, rules::statement_kind::goal, goal);
    REQUIRE(goals.size() == 1);
    j.goal = goals.front();
    for (auto const& f : figures)
        for (auto& s : read(f, rules::statement_kind::figure, f)) j.figures.push_back(std::move(s));
    auto const v = engine::judge({j.goal}, j.figures, catalog(), policy, as_of);
    REQUIRE(v.size() == 1);
    j.verdict = v.front();
    j.reason = engine::reason(j.verdict, j.goal, j.figures, as_of);
    return j;
}

rules::date day(char const* iso) { return boost::gregorian::from_simple_string(iso); }

}  // namespace

TEST_SUITE("engine") {
    TEST_CASE("every row of the verdict table gets its verdict and says why") {
        auto const text = test::read_file(test::source_dir() / "tests/data/verdicts.tsv");
        REQUIRE(!text.empty());
        std::istringstream in(text);
        std::string line;
        int rows = 0, line_no = 0;
        while (std::getline(in, line)) {
            ++line_no;
            if (line.empty() || line[0] == '#') continue;
            auto const cols = test::split(line, "\t");
            std::string const where = "verdicts.tsv:" + std::to_string(line_no) + " (" + cols[0] + ")";
            REQUIRE_MESSAGE(cols.size() == 6, where << ": expected 6 columns, got " << cols.size());
            std::vector<std::string> figures;
            if (test::trim(cols[2]) != "-")
                for (auto const& f : test::split(cols[2], " | ")) figures.push_back(test::trim(f));
            auto const j = judge(cols[1], figures, day(test::trim(cols[3]).c_str()));
            CAPTURE(where);
            CAPTURE(j.reason);
            CHECK(engine::name(j.verdict) == test::trim(cols[4]));
            CHECK_MESSAGE(j.reason.find(test::trim(cols[5])) != std::string::npos,
                          "reason lacks: " << cols[5]);
            ++rows;
        }
        CHECK(rows >= 85);
    }

    TEST_CASE("the tolerance of 左右 is a policy, and a goal's own tolerance wins") {
        // 13.6% against 13%左右 on a neutral metric: missed at ±0.5 pp, met at ±1 pp
        std::vector<std::string> const fig{"2015年广义货币M2增长13.6% @ 2016-01-18"};
        auto const strict = judge("广义货币M2增长13%左右 @ 2015-01-20", fig, day("2016-06-30"));
        CHECK(engine::is_missed(strict.verdict));
        engine::policy loose;
        loose.rate_tolerance = 1.0;
        auto const wide = judge("广义货币M2增长13%左右 @ 2015-01-20", fig, day("2016-06-30"), loose);
        CHECK(engine::is_met(wide.verdict));
        CHECK(wide.reason.find("within ±1pp of 13%") != std::string::npos);

        // amounts: ±5% by default, the policy's fraction otherwise
        std::vector<std::string> const sales{"2015年社会消费品零售总额185亿元 @ 2016-01-18"};
        engine::policy amounts;
        amounts.amount_tolerance = 0.1;
        CHECK(engine::is_met(
            judge("社会消费品零售总额达到200亿元左右 @ 2015-01-20", sales, day("2016-06-30"), amounts)
                .verdict));

        // a goal's own tolerance (from a rule file) beats the policy
        auto goal = read("广义货币M2增长13%左右 @ 2015-01-20", rules::statement_kind::goal, "goal").front();
        goal.tolerance = 0.6;
        auto const figs = read(fig.front(), rules::statement_kind::figure, "figure");
        auto const v = engine::judge({goal}, figs, catalog(), {}, day("2016-06-30"));
        CHECK(engine::is_met(v.front()));
    }

    TEST_CASE("goals meet only the figures of their own region and metric") {
        auto goal = read("地区生产总值增长8%以上 @ 2015-01-20", rules::statement_kind::goal, "goal").front();
        goal.region = "示例区";
        auto figs = read("2015年地区生产总值增长7.1% @ 2016-01-18", rules::statement_kind::figure, "figure");
        figs.front().region = "邻区";
        auto v = engine::judge({goal}, figs, catalog(), {}, day("2016-06-30"));
        CHECK(engine::is_pending(v.front()));
        CHECK(v.front().considered.empty());
        figs.front().region = "示例区";
        v = engine::judge({goal}, figs, catalog(), {}, day("2016-06-30"));
        CHECK(engine::is_missed(v.front()));
        REQUIRE(v.front().considered.size() == 1);
    }

    TEST_CASE("a relative goal of a report with no date has no period to compare in, and says so") {
        auto goal =
            read("居民收入增长与经济增长同步 @ 2025-01-20", rules::statement_kind::goal, "goal").front();
        REQUIRE(goal.relative_to == "地区生产总值");
        goal.deadline.reset();
        goal.period.reset();
        auto figs = read("2025年地区生产总值增长5.2%，居民人均可支配收入增长5% @ 2026-01-18",
                         rules::statement_kind::figure, "figures");
        auto const v = engine::judge({goal}, figs, catalog(), {}, day("2026-06-30")).front();
        CHECK(v.rule == engine::rule::relative);
        REQUIRE(engine::is_pending(v));
        CHECK(std::get<engine::pending>(v.state).reason == engine::pending::why::no_deadline);
        CHECK(engine::reason(v, goal, figs, day("2026-06-30")) == "no deadline or period to judge against");
    }

    TEST_CASE("a relative goal judged on its parts lists each conflicting figure of a part once") {
        auto goal =
            read("居民收入增长与经济增长同步 @ 2025-01-20", rules::statement_kind::goal, "goal").front();
        std::vector<rules::statement> figs;
        for (auto const* f :
             {"2025年地区生产总值增长5.5% @ 2026-01-18", "2025年城镇居民人均可支配收入增长4.3% @ 2026-01-18",
              "2025年城镇居民人均可支配收入增长4.6% @ 2026-03-05",
              "2025年农村居民人均可支配收入增长5.5% @ 2026-01-18"})
            for (auto& x : read(f, rules::statement_kind::figure, f)) figs.push_back(std::move(x));
        auto const v = engine::judge({goal}, figs, catalog(), {}, day("2026-06-30")).front();
        REQUIRE(v.parts.size() == 2);
        CHECK(engine::is_missed(v));  // 城镇 4.6% (the later report's) is 0.9pp behind 5.5%
        CHECK(v.conflicts.size() == 1);
        auto const why = engine::reason(v, goal, figs, day("2026-06-30"));
        CHECK(why.find("4.6%") != std::string::npos);
        CHECK(why.find("conflict") != std::string::npos);
        // explain lists every figure: the parts' (the one used, the conflict), the other statistic's
        auto const ex = engine::explain(goal, figs, catalog(), {}, day("2026-06-30"));
        CHECK(ex.notes.size() == figs.size());
        auto const count = [&](engine::note n) {
            return std::count_if(ex.notes.begin(), ex.notes.end(),
                                 [&](auto const& x) { return x.note == n; });
        };
        CHECK(count(engine::note::compared_with) == 1);
        CHECK(count(engine::note::conflict) == 1);
        CHECK(count(engine::note::used) == 2);
    }

    TEST_CASE("a goal whose report names no region is judged only on that report's own figures") {
        auto goal = read("地区生产总值增长8%以上 @ 2015-01-20", rules::statement_kind::goal, "goal").front();
        goal.region.clear();
        goal.src.report = "a.txt";
        auto figs = read("2015年地区生产总值增长8.3% @ 2016-01-18", rules::statement_kind::figure, "figure");
        struct row {
            char const* figure_report;
            char const* figure_region;
            char const* as_of;
            char const* verdict;  // met, pending
            char const* reason;   // a piece of the reason
        };
        row const rows[] = {
            // another report with no region: not pooled (district A's goal on district B's figure)
            {"b.txt", "", "2016-06-30", "pending", "region unknown"},
            // another report of a named region: never the goal's
            {"b.txt", "示例区", "2016-06-30", "pending", "give --region"},
            // before the deadline, the goal is simply not due
            {"b.txt", "", "2015-06-30", "pending", "not reached"},
            // its own report's figure counts
            {"a.txt", "", "2016-06-30", "met", "8.3%"},
        };
        for (auto const& r : rows) {
            CAPTURE(r.figure_report);
            CAPTURE(r.figure_region);
            CAPTURE(r.as_of);
            figs.front().src.report = r.figure_report;
            figs.front().region = r.figure_region;
            auto const v = engine::judge({goal}, figs, catalog(), {}, day(r.as_of));
            auto const why = engine::reason(v.front(), goal, figs, day(r.as_of));
            CAPTURE(why);
            CHECK(std::string(r.verdict) == (engine::is_met(v.front())       ? "met"
                                             : engine::is_pending(v.front()) ? "pending"
                                                                             : "missed"));
            CHECK(why.find(r.reason) != std::string::npos);
        }
    }

    TEST_CASE("one verdict per goal, in order, whatever the number of figures") {
        std::vector<rules::statement> goals;
        for (char const* g :
             {"地区生产总值增长8%以上 @ 2015-01-20", "城镇登记失业率控制在4%以内 @ 2015-01-20",
              "力争6月份蓝天广场开门营业 @ 2015-01-20"})
            goals.push_back(read(g, rules::statement_kind::goal, g).front());
        std::vector<rules::statement> figs;
        for (char const* f :
             {"2015年城镇登记失业率为4.2% @ 2016-01-18", "2015年地区生产总值增长8.3% @ 2016-01-18"})
            figs.push_back(read(f, rules::statement_kind::figure, f).front());
        auto const v = engine::judge(goals, figs, catalog(), {}, day("2016-06-30"));
        REQUIRE(v.size() == 3);
        CHECK(engine::is_met(v[0]));
        CHECK(engine::is_missed(v[1]));
        CHECK(engine::is_pending(v[2]));
        CHECK(v[0].rule == engine::rule::rate);
        CHECK(v[2].rule == engine::rule::milestone);
    }

    TEST_CASE("progress is figure / target for flows, clamped to 0..1") {
        auto const j = judge("新增城镇就业3.2万人以上 @ 2015-01-20",
                             {"截至2015年8月底，新增城镇就业2万人 @ 2015-09-10"}, day("2015-09-30"));
        REQUIRE(j.verdict.progress);
        CHECK(*j.verdict.progress == doctest::Approx(0.625));
        auto const done = judge("新增城镇就业3.2万人以上 @ 2015-01-20",
                                {"2015年新增城镇就业4万人 @ 2016-01-18"}, day("2016-06-30"));
        REQUIRE(done.verdict.progress);
        CHECK(*done.verdict.progress == doctest::Approx(1.0));
        auto const rate = judge("地区生产总值增长8%以上 @ 2015-01-20", {}, day("2016-06-30"));
        CHECK(!rate.verdict.progress);
    }
}
