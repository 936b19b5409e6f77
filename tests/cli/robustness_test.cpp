// Issue 20, as a user meets it: the luoshi binary run on hostile files and outputs. Each row is a case of the
// issue's probe; each checks the exit code, the message, and that nothing was stored or overwritten.
#include "store/store_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace luoshi {

namespace {

namespace fs = std::filesystem;
using test::has;

// A store holding the example reports, and the id of one of their goals.
struct example_store {
    test::temp_dir dir;
    std::string db = (dir / "luoshi.db").string();
    std::string goal;
    example_store() {
        auto const r = test::run_luoshi(
            {"ingest", "--db", db, (test::source_dir() / "examples" / "reports").string()}, dir.path());
        REQUIRE(r.exit_code == 0);
        auto const csv = test::run_luoshi({"audit", "--db", db, "--format", "csv"}, dir.path());
        REQUIRE(csv.exit_code == 0);
        goal = test::split(test::split(csv.out, "\n").at(1), ",").at(0);
    }
};

bool has_control_bytes(std::string const& text) {
    for (char c : text)
        if (c == '\x1b' || c == '\x07') return true;
    return false;
}

}  // namespace

TEST_SUITE("cli") {
    TEST_CASE("an output file is never written through a symlink at a predictable name") {
        example_store s;
        auto const victim = s.dir / "victim";
        test::write_file(victim, "precious\n");
        struct row {
            std::string file;
            std::vector<std::string> args;
        };
        auto const drop = (test::source_dir() / "examples" / "figures").string();
        std::vector<row> const rows{
            {"page.html", {"report", "--db", s.db, "--html", (s.dir / "page.html").string()}},
            {"rules.yaml", {"rules", "--db", s.db, "-o", (s.dir / "rules.yaml").string()}},
            {"junit.xml",
             {"check", "--db", s.db, drop, "--junit", (s.dir / "junit.xml").string(), "--fail-on", "changed",
              "--baseline", (s.dir / "baseline.json").string(), "--update-baseline"}},
        };
        for (auto const& r : rows) {
            CAPTURE(r.file);
            fs::create_symlink(victim, s.dir / (r.file + ".tmp"));
            auto const run = test::run_luoshi(r.args, s.dir.path());
            CHECK_MESSAGE(run.exit_code != 2, run.err);
            CHECK(test::read_file(victim) == "precious\n");
            CHECK(fs::is_regular_file(fs::symlink_status(s.dir / r.file)));
        }
        CHECK(fs::is_regular_file(fs::symlink_status(s.dir / "baseline.json")));
        // no temporary file is left behind
        for (auto const& e : fs::directory_iterator(s.dir.path()))
            CHECK_MESSAGE(e.path().filename().string().rfind('.', 0) != 0, e.path());
    }

    TEST_CASE("a file written again keeps its mode; a symlink at the path is replaced, not followed") {
        example_store s;
        auto const page = s.dir / "page.html";
        test::write_file(page, "old");
        fs::permissions(page, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        REQUIRE(test::run_luoshi({"report", "--db", s.db, "--html", page.string()}, s.dir.path()).exit_code ==
                0);
        CHECK(fs::status(page).permissions() ==
              (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
        CHECK(has(test::read_file(page), "<!doctype html>"));

        auto const victim = s.dir / "victim";
        test::write_file(victim, "precious\n");
        fs::create_symlink(victim, s.dir / "link.html");
        REQUIRE(
            test::run_luoshi({"report", "--db", s.db, "--html", (s.dir / "link.html").string()}, s.dir.path())
                .exit_code == 0);
        CHECK(test::read_file(victim) == "precious\n");
        CHECK(fs::is_regular_file(fs::symlink_status(s.dir / "link.html")));
    }

    TEST_CASE("a device or /dev/stdout as the output is written in place, and a failed write is an error") {
        example_store s;
        auto const full = test::run_luoshi({"report", "--db", s.db, "--html", "/dev/full"}, s.dir.path());
        CHECK(full.exit_code == 2);
        CHECK_MESSAGE(has(full.err, "error: cannot write /dev/full: No space left on device"), full.err);
        struct stat st {};
        REQUIRE(::stat("/dev/full", &st) == 0);
        CHECK(S_ISCHR(st.st_mode));

        auto const out = test::run_luoshi({"rules", "--db", s.db, "-o", "/dev/stdout"}, s.dir.path());
        CHECK(out.exit_code == 0);
        CHECK(has(out.out, "goals:"));
    }

    // Issue 20 point 5: `luoshi audit > /dev/full` aborted; the others exited 0 with the output lost.
    TEST_CASE("every command whose output cannot be written says so and exits 2") {
        example_store s;
        auto const examples = test::source_dir() / "examples";
        std::vector<std::vector<std::string>> const rows{
            {"audit", "--db", s.db},
            {"audit", "--db", s.db, "--format", "json"},
            {"audit", "--db", s.db, "--format", "csv"},
            {"audit", "--db", s.db, "--format", "markdown"},
            {"reports", "--db", s.db},
            {"reports", "--db", s.db, "--format", "json"},
            {"rules", "--db", s.db},
            {"rules", "--db", s.db, "--format", "json"},
            {"explain", "--db", s.db, s.goal},
            {"explain", "--db", s.db, s.goal, "--format", "json"},
            {"history", "--db", s.db, s.goal},
            {"parse", "地区生产总值增长8%以上"},
            {"parse", "--format", "json", "地区生产总值增长8%以上"},
            {"extract", (examples / "reports" / "shili-2015.txt").string()},
            {"lint", (examples / "rules").string()},
            {"lint", "--format", "json", (examples / "rules").string()},
        };
        auto const err = (s.dir / "err").string();
        for (auto const& args : rows) {
            CAPTURE(args.front());
            CAPTURE(args.back());
            pid_t const pid = test::spawn_luoshi(args, "/dev/full", err);
            int status = 0;
            REQUIRE(::waitpid(pid, &status, 0) == pid);
            REQUIRE_MESSAGE(WIFEXITED(status), "ended by signal " << WTERMSIG(status));
            CHECK(WEXITSTATUS(status) == 2);
            auto const said = test::read_file(err);
            CHECK_MESSAGE(has(said, "error: cannot write the output: No space left on device"), said);
        }
    }

    // Issue 20 point 6: `catalog: /proc/self/environ` printed the environment inside an error.
    TEST_CASE("a catalog is read only as a YAML file, and a file that is not text is never shown") {
        test::temp_dir dir;
        ::setenv("LUOSHI_TEST_SECRET", "do-not-print-me-0123456789", 1);
        struct row {
            std::string project;  // luoshi.yaml
            std::string said;
        };
        fs::create_symlink("/proc/self/environ", dir / "env.yaml");
        test::write_file(dir / "binary.yaml",
                         std::string("metrics:\0LUOSHI_TEST_SECRET=do-not-print-me", 42));
        std::vector<row> const rows{
            {"catalog: /proc/self/environ\n", "/proc/self/environ: a catalog is a YAML file (.yaml, .yml)"},
            {"catalog: env.yaml\n", "env.yaml: error: not text: byte 0x00"},
            {"catalog: binary.yaml\n",
             "binary.yaml: error: not text: byte 0x00 at offset 8 (near \"\\x00LUOSHI_…\")"},
        };
        for (auto const& r : rows) {
            CAPTURE(r.project);
            test::write_file(dir / "luoshi.yaml", r.project);
            auto const run = test::run_luoshi({"parse", "地区生产总值增长8%以上"}, dir.path(), dir.path());
            CHECK(run.exit_code == 2);
            CHECK_MESSAGE(has(run.err, r.said), run.err);
            CHECK_FALSE(has(run.err, "do-not-print-me"));
            CHECK_FALSE(has(run.out, "do-not-print-me"));
        }
        fs::remove(dir / "luoshi.yaml");
        auto const lint = test::run_luoshi({"lint", (dir / "binary.yaml").string()}, dir.path());
        CHECK(lint.exit_code == 2);
        CHECK_FALSE(has(lint.out, "do-not-print-me"));
        CHECK_FALSE(has(lint.err, "do-not-print-me"));
        ::unsetenv("LUOSHI_TEST_SECRET");
    }

    // Issue 20 point 7: a region or source holding `\e]0;…\a` was printed raw by reports, audit and lint.
    TEST_CASE("control characters from the files are escaped in every listing") {
        test::temp_dir dir;
        auto const rules = dir / "escape.yaml";
        test::write_file(rules,
                         "region: \"\\e]0;pwned\\a\"\ndate: 2015-01-20\nsource: \"src\\e[2J\"\ngoals:\n"
                         "  - goal: 地区生产总值增长8%以上\n");
        auto const db = (dir / "luoshi.db").string();
        REQUIRE(test::run_luoshi({"ingest", "--db", db, rules.string()}, dir.path()).exit_code == 0);
        auto const bad = dir / "bad\x1b]0;x\x07.yaml";
        test::write_file(bad, "region: 示例区\nbogus\x1b[2J: 1\n");
        auto const report = dir / "report.txt";
        test::write_file(report,
                         "---\nregion: \"\\e]0;pwned\\a\"\ndate: 2015-01-20\n---\n二、2015年工作安排\n"
                         "地区生产总值增长8%以上。\n");
        auto const csv = test::run_luoshi({"audit", "--db", db, "--format", "csv"}, dir.path());
        REQUIRE(csv.exit_code == 0);
        auto const goal = test::split(test::split(csv.out, "\n").at(1), ",").at(0);
        std::vector<std::vector<std::string>> const rows{
            {"explain", "--db", db, goal},
            {"extract", report.string()},
            {"ingest", "--db", db, (dir / "missing\x1b[2J.txt").string()},
            {"reports", "--db", db},
            {"audit", "--db", db, "--as-of", "2016-06-30"},
            {"audit", "--db", db, "--as-of", "2016-06-30", "--format", "markdown"},
            {"lint", bad.string()},
        };
        for (auto const& args : rows) {
            CAPTURE(args.front());
            auto const run = test::run_luoshi(args, dir.path());
            CHECK(run.exit_code != -1);
            std::string const said = run.out + run.err;
            CHECK_MESSAGE(!has_control_bytes(said), said);
            CHECK(has(said, "\\x1b"));
        }
    }

    // Issue 20 point 8: bad values taken silently.
    TEST_CASE("a report that is empty or has bad front matter is refused by name, and nothing is stored") {
        test::temp_dir dir;
        struct row {
            std::string name, text, said;
        };
        std::vector<row> const rows{
            {"empty.txt", "", "empty.txt: empty report: the file is empty"},
            {"blank.txt", "  \n\u3000\n\t\n", "blank.txt: empty report: no text but spaces and line breaks"},
            {"front-only.txt", "---\nregion: 示例区\n---\n\n", "front-only.txt: empty report"},
            {"feb30.txt", "---\nregion: 示例区\ndate: 2015-02-30\n---\n地区生产总值增长8%以上。\n",
             "feb30.txt:3:7: error: not a date: 2015-02-30 (February 2015 has 28 days)"},
            {"unclosed.txt", "---\nregion: [unclosed\ndate: 2015-01-20\n---\n地区生产总值增长8%以上。\n",
             "unclosed.txt:3:5: error: invalid YAML in the front matter"},
            {"twice.txt", "---\nregion: 甲区\nregion: 乙区\n---\n地区生产总值增长8%以上。\n",
             "twice.txt:3:1: error: `region` is given twice in one mapping (first on line 2)"},
            {"list.txt", "---\nregion: [甲区, 乙区]\n---\n地区生产总值增长8%以上。\n",
             "list.txt:2:9: error: `region` in the front matter is one value, not a list"},
        };
        auto const db = (dir / "luoshi.db").string();
        for (auto const& r : rows) {
            CAPTURE(r.name);
            test::write_file(dir / "in" / r.name, r.text);
            auto const run =
                test::run_luoshi({"ingest", "--db", db, (dir / "in" / r.name).string()}, dir.path());
            CHECK(run.exit_code == 2);
            CHECK_MESSAGE(has(run.err, r.said), run.err);
        }
        auto const listed = test::run_luoshi({"reports", "--db", db, "--format", "json"}, dir.path());
        CHECK(listed.out == "[]\n");
    }

    TEST_CASE(
        "a file larger than luoshi reads, or a device that never ends, is refused with the limit named") {
        test::temp_dir dir;
        auto const huge = dir / "huge.txt";  // sparse: no disk taken
        test::write_file(huge, "地区生产总值增长8%以上。\n");
        fs::resize_file(huge, (std::uintmax_t{256} << 20) + 1);
        for (std::string const& path : {huge.string(), std::string("/dev/zero")}) {
            CAPTURE(path);
            auto const extract = test::run_luoshi({"extract", path}, dir.path());
            CHECK(extract.exit_code == 2);
            CHECK_MESSAGE(
                has(extract.err, path + ": error: larger than 256 MiB, the most luoshi reads of a file"),
                extract.err);
        }
        auto const db = (dir / "luoshi.db").string();
        auto const ingest = test::run_luoshi({"ingest", "--db", db, huge.string()}, dir.path());
        CHECK(ingest.exit_code == 2);
        CHECK_MESSAGE(has(ingest.err, "larger than 256 MiB"), ingest.err);
    }

    TEST_CASE("an empty store path is an error, not a temporary database that vanishes") {
        test::temp_dir dir;
        auto const reports = (test::source_dir() / "examples" / "reports").string();
        for (auto const& args : std::vector<std::vector<std::string>>{
                 {"ingest", "--db", "", reports}, {"audit", "--db", ""}, {"reports", "--db", ""}}) {
            CAPTURE(args.front());
            auto const run = test::run_luoshi(args, dir.path(), dir.path());
            CHECK(run.exit_code == 2);
            CHECK_MESSAGE(has(run.err, "error: the store's path is empty"), run.err);
            CHECK_FALSE(has(run.out, "added"));
        }
    }

    // make_policy's table is in tests/app/judging_test.cpp; here, that every command asks it before it acts
    TEST_CASE("a tolerance that is not a finite number, or is negative, is refused by every command") {
        example_store s;
        auto const drop = (test::source_dir() / "examples" / "figures").string();
        std::vector<std::vector<std::string>> rows;
        for (std::string const value : {"nan", "inf", "-inf", "-1"}) {
            rows.push_back({"audit", "--db", s.db, "--rate-tolerance=" + value});
            rows.push_back({"audit", "--db", s.db, "--amount-tolerance=" + value});
        }
        rows.push_back({"explain", "--db", s.db, s.goal, "--rate-tolerance=nan"});
        rows.push_back(
            {"report", "--db", s.db, "--html", (s.dir / "page.html").string(), "--amount-tolerance=inf"});
        rows.push_back({"check", "--db", s.db, drop, "--rate-tolerance=-1"});
        for (auto const& args : rows) {
            CAPTURE(args.front());
            CAPTURE(args.back());
            auto const run = test::run_luoshi(args, s.dir.path());
            CHECK(run.exit_code == 2);
            CHECK_MESSAGE(has(run.err, "tolerance"), run.err);
        }
        CHECK_FALSE(fs::exists(s.dir / "page.html"));
        auto const stored = test::run_luoshi({"reports", "--db", s.db, "--format", "json"}, s.dir.path());
        CHECK_FALSE(has(stored.out, "tongji"));  // check refused before storing the drop
    }
}

}  // namespace luoshi
