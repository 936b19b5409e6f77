// luoshi check end to end: the drops of examples/ci/drops played in order against one store and one baseline,
// as CI runs them — outputs, exit codes, the JUnit file, the summary and the baseline after each.
#include "store/store_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace luoshi {

namespace {

using test::has;
using test::occurrences;

}  // namespace

TEST_SUITE("cli") {
    TEST_CASE("check plays three drops and a broken one: changes, exit codes, JUnit, summary and baseline") {
        test::temp_dir dir;
        auto const drops = test::source_dir() / "examples" / "ci" / "drops";
        auto const db = (dir / "luoshi.db").string();
        auto const baseline = (dir / "baseline.json").string();
        auto const summary = (dir / "summary.md").string();
        auto check = [&](std::string const& drop, std::string const& as_of, std::string const& junit) {
            return test::run_luoshi(
                {"check", "--db", db, "--as-of", as_of, "--baseline", baseline, "--junit",
                 (dir / junit).string(), "--summary", summary, "--update-baseline", (drops / drop).string()},
                dir.path(), dir.path());
        };

        // 1. the goals only: every goal is new and pending, nothing newly missed
        auto const first = check("2015-02-goals", "2015-03-01", "1.xml");
        INFO(first.out << first.err);
        REQUIRE(first.exit_code == 0);
        CHECK(has(first.out, "1 file in the drop: 1 added"));
        CHECK(has(first.out, "6 goals: 0 met, 0 missed, 6 pending; changes: 6 new"));
        CHECK(occurrences(first.out, "\n  new ") == 6);
        auto const b1 = nlohmann::json::parse(test::read_file(baseline));
        REQUIRE(b1["goals"].size() == 6);
        CHECK(b1["goals"]["dh-2015-gdp"]["verdict"] == "pending");
        // sorted by id, so the file diffs well in review
        std::string previous;
        for (auto const& [id, g] : b1["goals"].items()) {
            CHECK(previous < id);
            previous = id;
        }
        auto const junit1 = test::read_file(dir / "1.xml");
        CHECK(has(junit1,
                  R"(<testsuites name="luoshi check as of 2015-03-01" tests="6" failures="0" skipped="6">)"));

        // 2. the results: four met, one missed (jobs), the park still pending; a newly missed goal fails
        auto const second = check("2016-02-results", "2016-03-01", "2.xml");
        INFO(second.out << second.err);
        CHECK(second.exit_code == 1);
        CHECK(has(second.out, "pending → missed dh-2015-jobs"));
        CHECK(occurrences(second.out, "pending → met") == 4);
        CHECK(has(second.out, "changes: 0 new, 4 newly met, 1 newly missed"));
        CHECK(has(second.out, "fails on: 1 goal newly missed"));
        auto const junit2 = test::read_file(dir / "2.xml");
        CHECK(has(junit2, R"(tests="6" failures="1" skipped="1">)"));
        CHECK(
            has(junit2,
                R"(<testcase classname="luoshi.东湖区.2015" name="dh-2015-jobs 新增城镇就业1.5万人以上">)"));
        CHECK(has(junit2, R"(<failure message="1.38万人 &lt; 1.5万人 (以上): fell short for the period;)"));
        CHECK(has(junit2, "tongji-2015.csv, bytes"));  // the sources are in the failure's text
        auto const b2 = nlohmann::json::parse(test::read_file(baseline));
        CHECK(b2["goals"]["dh-2015-jobs"]["verdict"] == "missed");
        CHECK(b2["goals"]["dh-2015-gdp"]["evidence"].size() == 1);

        // the same drop again: stored already, nothing changed, nothing fails
        auto const again = check("2016-02-results", "2016-03-01", "2b.xml");
        CHECK(again.exit_code == 0);
        CHECK(has(again.out, "1 already stored"));
        CHECK(has(again.out, "no change"));
        // ... unless any change is asked to fail, against an older baseline
        test::write_file(dir / "old.json", b1.dump(2));
        auto const strict = test::run_luoshi(
            {"check", "--db", db, "--as-of", "2016-03-01", "--baseline", (dir / "old.json").string(),
             "--fail-on", "changed", (drops / "2016-02-results").string()},
            dir.path(), dir.path());
        CHECK(strict.exit_code == 1);
        CHECK(has(strict.out, "fails on: 5 changes against the baseline"));

        // 3. a revised figure turns a met goal missed, and the park opened late
        auto const third = check("2016-07-revision", "2016-08-01", "3.xml");
        INFO(third.out << third.err);
        CHECK(third.exit_code == 1);
        CHECK(has(third.out, "met → missed     dh-2015-gdp"));
        CHECK(has(third.out, "pending → missed dh-2015-park"));
        CHECK(has(third.out, "7.3% < 7.5% (以上)"));
        auto const b3_text = test::read_file(baseline);

        // 4. a broken file: exit 2, nothing of the drop stored, the baseline byte for byte as it was
        auto const reports_before =
            test::run_luoshi({"reports", "--db", db, "--format", "json"}, dir.path()).out;
        auto const fourth = check("2016-09-broken", "2016-09-30", "4.xml");
        CHECK(fourth.exit_code == 2);
        CHECK(has(fourth.err, "tongji-2016h1.csv:3:"));
        CHECK(has(fourth.err, "value is a number (the unit goes in `unit:`), not `0.81万`"));
        CHECK(has(fourth.err, "nothing of the drop was stored and the baseline was not touched"));
        CHECK(test::read_file(baseline) == b3_text);
        CHECK(test::run_luoshi({"reports", "--db", db, "--format", "json"}, dir.path()).out ==
              reports_before);
        CHECK(!std::filesystem::exists(dir / "4.xml"));

        // the summary holds a table of changes and counts for each check, appended
        auto const md = test::read_file(summary);
        CHECK(occurrences(md, "### luoshi check — as of ") == 4);
        CHECK(has(
            md,
            "| ❌ pending → missed | `dh-2015-jobs` 新增城镇就业1.5万人以上 | 东湖区 | 2015 | ❌ missed |"));
        CHECK(has(md, "**6 goals**: ✅ 3 met · ❌ 3 missed · ⏳ 0 pending"));

        // the store kept every run: history shows how the GDP goal moved
        auto const history = test::run_luoshi({"history", "--db", db, "dh-2015-gdp"}, dir.path());
        INFO(history.out << history.err);
        REQUIRE(history.exit_code == 0);
        CHECK(has(history.out, "goal dh-2015-gdp: 5 runs"));
        CHECK(has(history.out, "first judged"));
        CHECK(has(history.out, "pending → met"));
        CHECK(has(history.out, "met → missed"));
        auto const hj = nlohmann::json::parse(
            test::run_luoshi({"history", "--db", db, "--format", "json", "dh-2015-gdp"}, dir.path()).out);
        REQUIRE(hj.size() == 5);
        CHECK(hj[0]["command"] == "check");
        CHECK(hj[4]["verdict"] == "missed");
        CHECK(hj[4]["inputs"].size() == 1);
    }

    TEST_CASE("a goal first seen already missed is newly missed: with no baseline, two drops at once fail") {
        test::temp_dir dir;
        auto const drops = test::source_dir() / "examples" / "ci" / "drops";
        auto const r = test::run_luoshi(
            {"check", "--db", (dir / "luoshi.db").string(), "--as-of", "2016-03-01", "--fail-on", "missed",
             (drops / "2015-02-goals").string(), (drops / "2016-02-results").string()},
            dir.path());
        INFO(r.out << r.err);
        CHECK(r.exit_code == 1);
        CHECK(has(r.out, "2 files in the drop: 2 added"));
        CHECK(has(r.out, "changes: 6 new, 4 newly met, 1 newly missed"));
    }

    TEST_CASE("check refuses a baseline that is not one, before storing anything") {
        test::temp_dir dir;
        test::write_file(dir / "baseline.json", "{\"not\": \"a baseline\"}");
        auto const db = (dir / "luoshi.db").string();
        auto const r =
            test::run_luoshi({"check", "--db", db, "--baseline", (dir / "baseline.json").string(),
                              (test::source_dir() / "examples" / "ci" / "drops" / "2015-02-goals").string()},
                             dir.path());
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "not a luoshi baseline"));
        CHECK(!std::filesystem::exists(db));
    }
}

}  // namespace luoshi

namespace luoshi {

TEST_SUITE("cli") {
    TEST_CASE("audit shows each goal's confidence and --min-confidence keeps only the goals read that well") {
        auto const reports = test::source_dir() / "examples/reports";
        auto run = [&](std::vector<std::string> extra) {
            std::vector<std::string> args{"audit",
                                          "--as-of",
                                          "2016-06-30",
                                          (reports / "shili-2015.txt").string(),
                                          (reports / "shili-2016.txt").string(),
                                          "--format",
                                          "json"};
            args.insert(args.end(), extra.begin(), extra.end());
            auto const r = test::run_luoshi(args, test::source_dir());
            REQUIRE(r.exit_code == 0);
            return nlohmann::json::parse(r.out);
        };
        auto const all = run({});
        std::map<std::string, std::size_t> by_level;
        for (auto const& g : all) {
            REQUIRE(g.contains("confidence"));
            CHECK_FALSE(g["confidence_why"].get<std::string>().empty());
            ++by_level[g["confidence"].get<std::string>()];
        }
        CHECK(by_level["high"] > 0);
        CHECK(by_level["high"] < all.size());  // the example has goals in its own words
        auto const high = run({"--min-confidence", "high"});
        CHECK(high.size() == by_level["high"]);
        for (auto const& g : high) CHECK(g["confidence"] == "high");
        CHECK(run({"--min-confidence", "medium"}).size() == by_level["high"] + by_level["medium"]);
        auto const bad = test::run_luoshi({"audit", "--min-confidence", "certain"}, test::source_dir());
        CHECK(bad.exit_code == 2);
    }
}

}  // namespace luoshi
