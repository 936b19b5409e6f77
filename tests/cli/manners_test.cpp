// The command line's manners: a mistyped flag or command is named with what was meant; a command that reads
// a store that does not exist says so and makes none; compare's four formats and the spreadsheet columns.
#include "store/store_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace luoshi {

namespace {

using test::has;

struct usage_case {
    std::vector<std::string> args;
    char const* said;  // on stderr
};

std::vector<usage_case> const usage_cases{
    {{"audit", "--asof", "2016-01-01"}, "`luoshi audit` has no flag --asof; did you mean --as-of?"},
    {{"audit", "--as_of=2016-01-01"}, "`luoshi audit` has no flag --as_of; did you mean --as-of?"},
    {{"report", "--htm", "x.html"}, "`luoshi report` has no flag --htm; did you mean --html?"},
    {{"correct", "g1", "--rejct"}, "`luoshi correct` has no flag --rejct; did you mean --reject?"},
    {{"compare", "--metric", "GDP", "--yaer", "2016"},
     "`luoshi compare` has no flag --yaer; did you mean --year?"},
    {{"audti"}, "unknown command `audti`; did you mean `audit`?"},
    {{"injest", "reports"}, "unknown command `injest`; did you mean `ingest`?"},
    {{"comp", "--metric", "GDP"}, "unknown command `comp`; did you mean `compare`?"},
    {{"frobnicate"}, "unknown command `frobnicate` (`luoshi --help` lists them)"},
};

}  // namespace

TEST_SUITE("cli") {
    TEST_CASE("a mistyped flag or command is named, with the one meant") {
        test::temp_dir dir;
        for (auto const& c : usage_cases) {
            auto const r = test::run_luoshi(c.args, dir.path(), dir.path());
            CAPTURE(c.args.front());
            INFO(r.err);
            CHECK(r.exit_code == 2);
            CHECK(has(r.err, c.said));
        }
    }

    TEST_CASE("the commands that read a store say so when it does not exist, and make none") {
        test::temp_dir dir;
        std::vector<std::vector<std::string>> const commands{
            {"audit", "--db", "missing.db"},
            {"report", "--db", "missing.db", "--html", "page.html"},
            {"explain", "g0123456789ab", "--db", "missing.db"},
            {"compare", "--metric", "GDP", "--db", "missing.db"},
            {"rules", "--db", "missing.db"},
            {"history", "g0123456789ab", "--db", "missing.db"},
        };
        for (auto const& args : commands) {
            auto const r = test::run_luoshi(args, dir.path(), dir.path());
            CAPTURE(args.front());
            CHECK(r.exit_code == 2);
            CHECK(has(r.err, "no store at missing.db"));
            CHECK(!std::filesystem::exists(dir / "missing.db"));
            CHECK(!std::filesystem::exists(dir / "page.html"));
        }
    }

    TEST_CASE(
        "compare: one row per region and year, as a table, CSV (with a BOM if asked), JSON and Markdown") {
        test::temp_dir dir;
        auto const db = (dir / "luoshi.db").string();
        auto const examples = test::source_dir() / "examples";
        REQUIRE(test::run_luoshi({"ingest", "--db", db, "reports", "rules", "figures"}, dir.path(), examples)
                    .exit_code == 0);
        auto compare = [&](std::vector<std::string> more) {
            std::vector<std::string> args{"compare", "--db", db, "--as-of", "2016-06-30", "--metric", "GDP"};
            args.insert(args.end(), more.begin(), more.end());
            return test::run_luoshi(args, dir.path(), examples);
        };
        auto const table = compare({});
        INFO(table.err);
        REQUIRE(table.exit_code == 0);
        CHECK(has(table.out, "地区生产总值 as of 2016-06-30"));
        CHECK(has(table.out, "示例区 2015 ≥ 8%"));
        CHECK(has(table.out, "7.6%   missed"));
        CHECK(has(table.out, "2 rows of 1 region: 0 met, 1 missed, 1 pending"));

        auto const growth = compare({"--measure", "growth", "--year", "2015", "--format", "json"});
        auto const j = nlohmann::json::parse(growth.out);
        REQUIRE(j.size() == 1);
        CHECK(j[0]["region"] == "示例区");
        CHECK(j[0]["comparator"] == ">=");
        CHECK(j[0]["value"] == 8);
        CHECK(j[0]["actual_value"] == 7.6);
        CHECK(j[0]["verdict"] == "missed");
        CHECK(j[0]["headline"] == true);
        CHECK(j[0]["source"]["report"] == "reports/shili-2015.txt");

        auto const csv = compare({"--format", "csv", "--bom"});
        CHECK(csv.out.rfind("\xEF\xBB\xBF"
                            "region,year,id,goal,measure,comparator,value,low,high,unit,",
                            0) == 0);
        CHECK(has(csv.out, ",growth,>=,8,,,%,≥ 8%,7.6%,7.6,missed,1,2015-12-31,"));
        CHECK(compare({"--format", "csv"}).out.rfind("region,year,", 0) == 0);  // no BOM unless asked

        auto const md = compare({"--format", "markdown"});
        CHECK(has(md.out, "| region | year | target | actual | verdict | goal as written | source |"));
        CHECK(has(md.out, "| 示例区 | 2015 | ≥ 8% | 7.6% | **missed** |"));

        // a goal of a rule file keeps the id the file gives it, whatever its first letter; a figure is no
        // goal
        auto const note = test::run_luoshi({"correct", "duban-2015-03", "--note", "夜间经济按商务局口径",
                                            "--db", db, "--file", (dir / "c.yaml").string()},
                                           dir.path(), examples);
        CHECK(note.exit_code == 0);
        CHECK(has(test::read_file(dir / "c.yaml"), "\"duban-2015-03\":\n  note: \"夜间经济按商务局口径\"\n"));
        auto const not_goal = test::run_luoshi(
            {"correct", "f12fe8efa1a1f", "--reject", "--db", db, "--file", (dir / "c.yaml").string()},
            dir.path(), examples);
        CHECK(not_goal.exit_code == 2);
        CHECK(has(not_goal.err, "no goal f12fe8efa1a1f"));

        auto const none = test::run_luoshi(
            {"compare", "--db", db, "--as-of", "2016-06-30", "--metric", "粮食产量"}, dir.path(), examples);
        CHECK(none.exit_code == 0);
        CHECK(has(none.err, "note: no goal of 粮食产量"));
    }

    TEST_CASE("audit's CSV: the text columns as before, then numbers a spreadsheet can sum") {
        auto const reports = test::source_dir() / "examples" / "reports";
        test::temp_dir dir;
        auto const r =
            test::run_luoshi({"audit", "--as-of", "2016-06-30", "--format", "csv", "--bom",
                              (reports / "shili-2015.txt").string(), (reports / "shili-2016.txt").string()},
                             dir.path(), dir.path());
        REQUIRE(r.exit_code == 0);
        CHECK(r.out.rfind(
                  "\xEF\xBB\xBF"
                  "id,region,year,goal,strength,metric,measure,target,actual,verdict,progress,reason,report,"
                  "start,end,confidence,comparator,value,low,high,unit,actual_value,actual_low,actual_high,"
                  "deadline,"
                  "period_begin,period_end,headline,corrected\n",
                  0) == 0);
        // 旅游总收入增长15%-18%: a range, its ends in low and high
        CHECK(has(r.out, ",range,,15,18,%,16.2,16.2,16.2,2015-12-31,2015-01-01,2015-12-31,1,\n"));
        // 新增城镇就业3.2万人以上: in the base unit
        CHECK(has(r.out, ",>=,32000,,,人,34100,34100,34100,2015-12-31,"));
    }
}

}  // namespace luoshi
