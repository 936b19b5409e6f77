#include "store/database.hpp"
#include "store/store_support.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace test = luoshi::test;

namespace {

namespace fs = std::filesystem;

// A folder of n reports of their own bytes: the example reports with a line that tells them apart.
std::vector<std::string> make_reports(fs::path const& folder, std::string const& tag, std::size_t n) {
    std::string const bases[] = {test::read_file(test::example_report("shili-2015.txt")),
                                 test::read_file(test::example_report("shili-2016.txt"))};
    std::vector<std::string> names;
    for (std::size_t i = 0; i < n; ++i) {
        std::string const name = tag + std::to_string(i) + ".txt";
        test::write_file(folder / name,
                         bases[i % 2] + "\n附注：" + tag + "第" + std::to_string(i) + "份。\n");
        names.push_back(name);
    }
    return names;
}

struct finished {
    int exit_code = -1;  // -1: killed by a signal (an abort)
    std::string err;
};

finished wait_for(pid_t pid, fs::path const& err) {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, test::read_file(err)};
}

// LUOSHI_LOCK_TIMEOUT for the processes started while it lives.
class lock_timeout {
public:
    explicit lock_timeout(char const* seconds) { ::setenv("LUOSHI_LOCK_TIMEOUT", seconds, 1); }
    lock_timeout(lock_timeout const&) = delete;
    lock_timeout& operator=(lock_timeout const&) = delete;
    ~lock_timeout() { ::unsetenv("LUOSHI_LOCK_TIMEOUT"); }
};

}  // namespace

TEST_SUITE("store") {
    // Issue 20: the second of two ingests into one file aborted (a deferred BEGIN turned into a write, a
    // commit outside the try), or failed on a new file while the first made the schema. Each writer waits its
    // turn.
    TEST_CASE("two ingests into one store at once both store every report, many times over") {
        test::temp_dir dir;
        auto const a = make_reports(dir / "a", "甲", 3);
        auto const b = make_reports(dir / "b", "乙", 3);
        constexpr int trials = 24;
        int stored_whole = 0;
        for (int trial = 0; trial < trials; ++trial) {
            CAPTURE(trial);
            auto const db = dir / ("t" + std::to_string(trial) + ".db");
            // half the trials on a new file (both make the schema), half on one made already
            if (trial % 2 == 1)
                REQUIRE(test::run_luoshi({"reports", "--db", db.string()}, dir.path()).exit_code == 0);
            auto const out = (dir / "out").string();
            auto const err_a = dir / "a.err", err_b = dir / "b.err";
            pid_t const pa = test::spawn_luoshi({"ingest", "--db", db.string(), (dir / "a").string()}, out,
                                                err_a.string());
            pid_t const pb = test::spawn_luoshi({"ingest", "--db", db.string(), (dir / "b").string()}, out,
                                                err_b.string());
            auto const ra = wait_for(pa, err_a), rb = wait_for(pb, err_b);
            CHECK_MESSAGE(ra.exit_code == 0, ra.err);
            CHECK_MESSAGE(rb.exit_code == 0, rb.err);
            SQLite::Database raw(db.string(), SQLite::OPEN_READONLY);
            CHECK(raw.execAndGet("PRAGMA integrity_check").getString() == "ok");
            auto const reports = raw.execAndGet("SELECT count(*) FROM reports").getInt();
            CHECK(reports == static_cast<int>(a.size() + b.size()));
            CHECK(raw.execAndGet("SELECT count(*) FROM goals WHERE report_id NOT IN (SELECT id FROM reports)")
                      .getInt() == 0);
            stored_whole +=
                reports == static_cast<int>(a.size() + b.size()) && ra.exit_code == 0 && rb.exit_code == 0;
        }
        CHECK(stored_whole == trials);
    }

    // Switching a new file to WAL answers SQLITE_BUSY at once, whatever the busy timeout: about 1 in 100
    // pairs failed before it was tried again. Opening is the cheapest way to race on it, so it gets the most
    // trials.
    TEST_CASE("two processes opening a new store at once both make it, once") {
        test::temp_dir dir;
        constexpr int trials = 40;
        int made = 0;
        for (int trial = 0; trial < trials; ++trial) {
            CAPTURE(trial);
            auto const db = dir / ("n" + std::to_string(trial) + ".db");
            auto const out = (dir / "out").string();
            auto const err_a = dir / "a.err", err_b = dir / "b.err";
            pid_t const pa = test::spawn_luoshi({"reports", "--db", db.string()}, out, err_a.string());
            pid_t const pb = test::spawn_luoshi({"reports", "--db", db.string()}, out, err_b.string());
            auto const ra = wait_for(pa, err_a), rb = wait_for(pb, err_b);
            CHECK_MESSAGE(ra.exit_code == 0, ra.err);
            CHECK_MESSAGE(rb.exit_code == 0, rb.err);
            SQLite::Database raw(db.string(), SQLite::OPEN_READONLY);
            CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
            made += ra.exit_code == 0 && rb.exit_code == 0 &&
                    raw.execAndGet("PRAGMA user_version").getInt() ==
                        luoshi::store::database::latest_schema_version();
        }
        CHECK(made == trials);
    }

    TEST_CASE("an audit during an ingest waits for the write lock instead of aborting") {
        test::temp_dir dir;
        make_reports(dir / "a", "丙", 6);
        auto const db = dir / "luoshi.db";
        REQUIRE(
            test::run_luoshi({"ingest", "--db", db.string(), test::example_report("shili-2015.txt").string()},
                             dir.path())
                .exit_code == 0);
        for (int trial = 0; trial < 8; ++trial) {
            CAPTURE(trial);
            auto const out = (dir / "out").string();
            auto const err_i = dir / "i.err", err_a = dir / "a.err";
            pid_t const pi = test::spawn_luoshi(
                {"ingest", "--db", db.string(), "--replace", (dir / "a").string()}, out, err_i.string());
            pid_t const pa = test::spawn_luoshi({"audit", "--db", db.string(), "--as-of", "2016-06-30"},
                                                (dir / "audit.out").string(), err_a.string());
            auto const ri = wait_for(pi, err_i), ra = wait_for(pa, err_a);
            CHECK_MESSAGE(ri.exit_code == 0, ri.err);
            CHECK_MESSAGE(ra.exit_code == 0, ra.err);
        }
    }

    TEST_CASE("a writer that cannot get the lock in time says who holds it and stores nothing") {
        test::temp_dir dir;
        auto const db = dir / "luoshi.db";
        REQUIRE(test::run_luoshi({"reports", "--db", db.string()}, dir.path()).exit_code == 0);
        SQLite::Database holder(db.string(), SQLite::OPEN_READWRITE);
        holder.exec("BEGIN IMMEDIATE");
        lock_timeout const wait("0.3");
        auto const r = test::run_luoshi(
            {"ingest", "--db", db.string(), test::example_report("shili-2015.txt").string()}, dir.path());
        CHECK(r.exit_code == 2);
        CHECK_MESSAGE(test::has(r.err, "the database is locked: another process (pid " +
                                           std::to_string(::getpid()) + ") is writing to it"),
                      r.err);
        CHECK_MESSAGE(test::has(r.err, "error: 1 more file not read"), r.err);
        holder.exec("ROLLBACK");
        SQLite::Database raw(db.string(), SQLite::OPEN_READONLY);
        CHECK(raw.execAndGet("SELECT count(*) FROM reports").getInt() == 0);
    }
}
