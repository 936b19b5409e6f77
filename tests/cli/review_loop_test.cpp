// The journalist's loop, end to end: ingest two years of reports, audit, reject a goal the reader got wrong,
// fix a deadline, ingest again (the same bytes, into a fresh store too), audit again. The corrections live in
// corrections.yaml beside luoshi.yaml, by goal id; they hold, and the verdicts change as they should.
#include "store/store_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace luoshi {

namespace {

using test::has;

// The id of the goal whose sentence holds `words`, from audit's CSV (its first column).
std::string id_of(std::string const& csv, std::string const& words) {
    for (auto const& line : test::split(csv, "\n"))
        if (has(line, words)) return line.substr(0, line.find(','));
    return "";
}

}  // namespace

TEST_SUITE("cli") {
    TEST_CASE("the review loop: reject a goal and fix a deadline, and the corrections hold across ingests") {
        test::temp_dir dir;
        auto const project = dir.path();
        test::write_file(dir / "luoshi.yaml", "db: luoshi.db\n");
        for (char const* name : {"shili-2015.txt", "shili-2016.txt"})
            test::write_file(dir / "reports" / name, test::read_file(test::example_report(name)));
        // a folder of reports holds other things too: they are not reports
        test::write_file(dir / "reports" / "README.md", "# 示例区政府工作报告\n\n下载自区政府网站。\n");
        test::write_file(dir / "reports" / "empty.txt", "");
        auto luoshi = [&](std::vector<std::string> args) { return test::run_luoshi(args, project, project); };

        auto const in = luoshi({"ingest", "reports"});
        INFO(in.out << in.err);
        REQUIRE(in.exit_code == 0);
        CHECK(has(in.err, "README.md: skipped, a README, not a report"));
        CHECK(has(in.err, "empty.txt: skipped, empty"));
        CHECK(has(in.out, "2 files read: 2 added"));

        auto const before = luoshi({"audit", "--as-of", "2016-06-30", "--format", "csv"});
        REQUIRE(before.exit_code == 0);
        auto const training = id_of(before.out, "完成职业技能培训8000人次");
        auto const roads = id_of(before.out, "新建改建道路40公里");
        REQUIRE(training.size() == 13);
        REQUIRE(roads.size() == 13);
        CHECK(has(before.out,
                  roads + ",示例区,2015,新建改建道路40公里,none,道路,increase,≥ 40公里,18公里,pending,"));
        auto const table = luoshi({"audit", "--as-of", "2016-06-30"});
        CHECK(has(table.out, "29 goals as of 2016-06-30: 14 met, 7 missed, 8 pending"));

        // the reviewer's two decisions, by id: the training count is a task, not a target; the roads are
        // due this year (the reader took the plan's end, 2017)
        auto const reject = luoshi({"correct", training, "--reject", "--why", "任务安排，不是预期目标"});
        INFO(reject.err);
        REQUIRE(reject.exit_code == 0);
        CHECK(has(reject.out, "corrections.yaml: " + training + " rejected (任务安排，不是预期目标)"));
        auto const fix = luoshi({"correct", roads, "--deadline", "2015-12-31", "--why", "年内完成"});
        REQUIRE(fix.exit_code == 0);
        auto const file = test::read_file(dir / "corrections.yaml");
        CHECK(has(file, "\"" + training + "\":\n  reject: true\n  why: \"任务安排，不是预期目标\"\n"));
        CHECK(has(file, "\"" + roads + "\":\n  deadline: 2015-12-31\n  why: \"年内完成\"\n"));
        // never by row number: an id the store does not hold is refused, and nothing is written
        auto const wrong = luoshi({"correct", "3", "--reject"});
        CHECK(wrong.exit_code == 2);
        CHECK(has(wrong.err, "no goal 3 in"));
        CHECK(test::read_file(dir / "corrections.yaml") == file);

        auto check_corrected = [&](std::string const& when) {
            CAPTURE(when);
            auto const t = luoshi({"audit", "--as-of", "2016-06-30"});
            CHECK(has(t.out, "28 goals as of 2016-06-30: 14 met, 8 missed, 6 pending"));
            CHECK(!has(t.out, "完成职业技能培训8000人次"));
            CHECK(has(t.err, "note: 1 goal rejected in"));
            auto const j =
                nlohmann::json::parse(luoshi({"audit", "--as-of", "2016-06-30", "--format", "json"}).out);
            bool found = false;
            for (auto const& g : j) {
                CHECK(g["id"] != training);
                if (g["id"] != roads) continue;
                found = true;
                CHECK(g["verdict"] == "missed");
                CHECK(g["deadline"] == "2015-12-31");
                REQUIRE(g["corrected"].size() == 1);
                CHECK(g["corrected"][0]["field"] == "deadline");
                CHECK(g["corrected"][0]["was"] == "2017-12-31");
                CHECK(g["corrected"][0]["now"] == "2015-12-31");
                CHECK(g["correction"]["why"] == "年内完成");
            }
            CHECK(found);
            auto const x = luoshi({"explain", roads, "--as-of", "2016-06-30"});
            CHECK(has(x.out, "deadline 2017-12-31 → 2015-12-31: 年内完成"));
            auto const csv = luoshi({"audit", "--as-of", "2016-06-30", "--format", "csv"}).out;
            CHECK(
                has(csv, ",2015-12-31,2015-01-01,2015-12-31,0,deadline 2017-12-31 → 2015-12-31: 年内完成\n"));
        };
        check_corrected("after the corrections");

        // the same bytes again: skipped; then a fresh store from the same files: the same ids
        auto const again = luoshi({"ingest", "reports"});
        CHECK(has(again.out, "2 skipped (already stored)"));
        check_corrected("after ingesting the same reports again");
        std::filesystem::remove(dir / "luoshi.db");
        REQUIRE(luoshi({"ingest", "reports"}).exit_code == 0);
        check_corrected("in a fresh store");

        // the page and compare show them too
        auto const page = luoshi({"report", "--as-of", "2016-06-30", "--html", (dir / "page.html").string()});
        CHECK(has(page.out, "28 goals as of 2016-06-30"));
        CHECK(has(test::read_file(dir / "page.html"), "deadline 2017-12-31 → 2015-12-31: 年内完成"));

        // a correction whose goal is gone is not dropped silently: lint names it
        test::write_file(dir / "corrections.yaml", file + "\"g000000000000\":\n  reject: true\n");
        auto const lint = luoshi({"lint", "corrections.yaml"});
        CHECK(lint.exit_code == 2);
        CHECK(has(lint.out + lint.err, "no goal g000000000000 in"));
        auto const warned = luoshi({"audit", "--as-of", "2016-06-30"});
        CHECK(has(warned.err, "the correction of g000000000000 names no goal in the store"));

        // history: audits that judged a goal the same way are one row, not one each
        for (int i = 0; i < 3; ++i) luoshi({"audit", "--as-of", "2016-06-30"});
        auto const history = luoshi({"history", roads});
        CHECK(has(history.out, "runs that judged it the same way as the one before are one row"));
    }

    TEST_CASE("a reviewer names the figure a goal is judged by when the reader did not match them") {
        test::temp_dir dir;
        test::write_file(dir / "reports" / "2015.txt",
                         "---\nregion: 示例区\ndate: 2015-01-20\n---\n二、2015年工作安排\n\n"
                         "全年新建乡镇污水处理厂3座以上。\n");
        test::write_file(dir / "reports" / "2016.txt",
                         "---\nregion: 示例区\ndate: 2016-01-18\n---\n一、2015年工作回顾\n\n"
                         "过去一年，建成城西、城南等乡镇污水处理设施4座。\n");
        auto luoshi = [&](std::vector<std::string> args) {
            return test::run_luoshi(args, dir.path(), dir.path());
        };
        REQUIRE(luoshi({"ingest", "reports"}).exit_code == 0);
        auto const csv = luoshi({"audit", "--as-of", "2016-06-30", "--format", "csv"}).out;
        auto const goal = id_of(csv, "污水处理厂");
        REQUIRE(has(csv, ",pending,"));
        auto const figures = luoshi({"extract", "--format", "json", "reports/2016.txt"}).out;
        auto const figure = nlohmann::json::parse(figures).at(0)["id"].get<std::string>();
        auto const fix = luoshi({"correct", goal, "--figure", figure, "--why", "同一批污水处理设施"});
        INFO(fix.err);
        REQUIRE(fix.exit_code == 0);
        auto const after = luoshi({"audit", "--as-of", "2016-06-30"}).out;
        CHECK(has(after, "1 goals as of 2016-06-30: 1 met, 0 missed, 0 pending"));
        CHECK(has(after, "figure as matched → " + figure));
        auto const x = luoshi({"explain", goal, "--as-of", "2016-06-30"}).out;
        CHECK(has(x, "used 4座"));
        // a figure the store does not hold is refused
        auto const wrong = luoshi({"correct", goal, "--figure", "f000000000000"});
        CHECK(wrong.exit_code == 2);
        CHECK(has(wrong.err, "no figure f000000000000"));
    }

    TEST_CASE("a broken corrections file stops the commands that judge, at its line and column") {
        test::temp_dir dir;
        test::write_file(dir / "corrections.yaml", "g1234567890ab:\n  deadline: 2015-13-01\n  rejct: true\n");
        auto const lint = test::run_luoshi({"lint", "corrections.yaml"}, dir.path(), dir.path());
        CHECK(lint.exit_code == 2);
        auto const all = lint.out + lint.err;
        CHECK(has(all, "corrections.yaml:2:13: error: not a date"));
        CHECK(has(all, "corrections.yaml:3:3: error: unknown key `rejct`"));
        auto const audit = test::run_luoshi(
            {"audit", "--as-of", "2016-06-30", test::example_report("shili-2015.txt").string()}, dir.path(),
            dir.path());
        CHECK(audit.exit_code == 2);
        CHECK(has(audit.err, "corrections.yaml:2:13: error"));
    }
}

}  // namespace luoshi
