#include "app/inputs.hpp"
#include "cli/output.hpp"
#include "engine/summary.hpp"
#include "engine/verdict.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace luoshi;

TEST_SUITE("engine") {
    TEST_CASE(
        "the example district's audit is the expected verdict table, and covers every row of the semantics") {
        auto const& catalog = rules::yaml::builtin_catalog();
        std::vector<rules::statement> goals, figures;
        for (char const* name : {"shili-2015.txt", "shili-2016.txt"}) {
            auto r = app::load_report((test::source_dir() / "examples/reports" / name).string(), {}, catalog);
            REQUIRE(std::holds_alternative<app::loaded_report>(r));
            for (auto& s : std::get<app::loaded_report>(r).reading.statements)
                (s.kind == rules::statement_kind::goal ? goals : figures).push_back(std::move(s));
        }
        auto const as_of = rules::date(2016, 6, 30);
        auto const verdicts = engine::judge(goals, figures, catalog, {}, as_of);

        std::istringstream in(test::read_file(test::source_dir() / "tests/data/example-audit.tsv"));
        std::string line;
        std::set<std::size_t> seen;
        std::set<std::pair<std::string, std::string>> rows;  // (rule, verdict) pairs that occur
        int line_no = 0;
        while (std::getline(in, line)) {
            ++line_no;
            if (line.empty() || line[0] == '#') continue;
            auto const c = test::split(line, "\t");
            REQUIRE_MESSAGE(c.size() == 5, "example-audit.tsv:" << line_no << ": expected 5 columns");
            CAPTURE(line);
            std::optional<std::size_t> found;
            for (std::size_t i = 0; i < goals.size(); ++i)
                if (goals[i].src.text == c[1] && goals[i].reported &&
                    std::to_string(goals[i].reported->year()) == c[0] && !seen.count(i))
                    found = i;
            REQUIRE_MESSAGE(found, "no goal read as " << c[1]);
            seen.insert(*found);
            auto const& v = verdicts[*found];
            auto const reason = engine::reason(v, goals[*found], figures, as_of);
            CAPTURE(reason);
            CHECK(engine::id(v.rule) == c[2]);
            CHECK(engine::name(v) == c[3]);
            CHECK(reason.find(c[4]) != std::string::npos);
            rows.insert({std::string(engine::id(v.rule)), std::string(engine::name(v))});
        }
        // every goal the reports state is in the table
        for (std::size_t i = 0; i < goals.size(); ++i)
            CHECK_MESSAGE(seen.count(i), "not in the table: " << goals[i].src.text);
        // each row of DESIGN.md's table, met, missed and pending
        for (char const* rule : {"rate", "reach", "cap", "milestone"})
            for (char const* verdict : {"met", "missed", "pending"}) {
                CAPTURE(rule);
                CAPTURE(verdict);
                CHECK(rows.count({rule, verdict}) == 1);
            }
        CHECK(rows.count({"direction", "met"}) == 1);
    }
}

TEST_SUITE("engine") {
    TEST_CASE(
        "the example supervision office's hand-written goals get the expected verdicts from its data drop") {
        auto const catalog = cli::catalog_with({(test::source_dir() / "examples/metrics.yaml").string()});
        REQUIRE(catalog);
        std::vector<rules::statement> goals, figures;
        for (char const* name : {"reports/shili-2015.txt", "reports/shili-2016.txt", "rules/duban-2015.yaml",
                                 "figures/tongji-2015.csv"}) {
            CAPTURE(name);
            auto r = app::load_report((test::source_dir() / "examples" / name).string(), {}, *catalog);
            REQUIRE(std::holds_alternative<app::loaded_report>(r));
            auto& rep = std::get<app::loaded_report>(r);
            CHECK(rep.warnings.empty());  // the example lints clean: every metric is in its catalog
            for (auto& s : rep.reading.statements)
                (s.kind == rules::statement_kind::goal ? goals : figures).push_back(std::move(s));
        }
        auto const as_of = rules::date(2016, 6, 30);
        auto const verdicts = engine::judge(goals, figures, *catalog, {}, as_of);
        std::istringstream in(test::read_file(test::source_dir() / "tests/data/example-rules-audit.tsv"));
        std::string line;
        std::size_t rows = 0;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            auto const c = test::split(line, "\t");
            REQUIRE(c.size() == 4);
            CAPTURE(line);
            ++rows;
            auto const it =
                std::find_if(goals.begin(), goals.end(), [&](auto const& g) { return g.id == c[0]; });
            REQUIRE_MESSAGE(it != goals.end(), "no goal " << c[0]);
            auto const i = static_cast<std::size_t>(it - goals.begin());
            auto const reason = engine::reason(verdicts[i], goals[i], figures, as_of);
            CAPTURE(reason);
            CHECK(engine::id(verdicts[i].rule) == c[1]);
            CHECK(engine::name(verdicts[i]) == c[2]);
            CHECK(reason.find(c[3]) != std::string::npos);
        }
        CHECK(rows == 10);
        CHECK(std::count_if(goals.begin(), goals.end(), [](auto const& g) { return !g.id.empty(); }) == 10);
    }
}
