#include "store/store_support.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <signal.h>

#include <map>
#include <thread>

namespace test = luoshi::test;
using namespace luoshi;

namespace {

namespace fs = std::filesystem;
using clock_type = std::chrono::steady_clock;

// Checks the database a killed ingest left: sound, and each report stored whole or not at all. Returns the
// number of reports stored.
std::size_t check_whole_reports(fs::path const& file, std::map<std::string, test::counts> const& expected) {
    if (!fs::exists(file)) return 0;
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
    // killed before the schema was committed: a migration is one transaction, so there is no table at all
    if (db.execAndGet("PRAGMA user_version").getInt() == 0) {
        CHECK(db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0);
        return 0;
    }
    CHECK(db.execAndGet("SELECT count(*) FROM goals WHERE report_id NOT IN (SELECT id FROM reports)")
              .getInt() == 0);
    CHECK(db.execAndGet("SELECT count(*) FROM figures WHERE report_id NOT IN (SELECT id FROM reports)")
              .getInt() == 0);
    SQLite::Statement q(db,
                        "SELECT r.path, (SELECT count(*) FROM goals g WHERE g.report_id = r.id),"
                        " (SELECT count(*) FROM figures f WHERE f.report_id = r.id) FROM reports r");
    std::map<std::string, int> seen;
    std::size_t stored = 0, partial = 0;
    while (q.executeStep()) {
        auto const name = fs::path(q.getColumn(0).getString()).filename().string();
        ++stored;
        ++seen[name];
        auto const it = expected.find(name);
        REQUIRE_MESSAGE(it != expected.end(), "a report that was never in the folder: " << name);
        test::counts const got{static_cast<std::size_t>(q.getColumn(1).getInt64()),
                               static_cast<std::size_t>(q.getColumn(2).getInt64())};
        if (!(got == it->second)) {
            ++partial;
            if (partial <= 3)
                FAIL_CHECK(name << " holds " << got.goals << " goals and " << got.figures << " figures, want "
                                << it->second.goals << " and " << it->second.figures);
        }
    }
    CHECK(partial == 0);
    for (auto const& [name, n] : seen) CHECK_MESSAGE(n == 1, name << " is stored " << n << " times");
    return stored;
}

}  // namespace

TEST_SUITE("store") {
    // A real SIGKILL, at moments spread from start-up to the last commit: SQLite's transactions must leave
    // every report whole or absent, and the next ingest must carry on from there.
    TEST_CASE("an ingest killed with SIGKILL at any moment leaves each report whole or absent") {
        test::temp_dir dir;
        auto const folder = dir / "reports";
        auto const db = dir / "luoshi.db";
        std::string const bases[] = {test::read_file(test::example_report("shili-2015.txt")),
                                     test::read_file(test::example_report("shili-2016.txt"))};
        // Enough reports for several commits of the ingest's batches, so that a kill lands between them.
        constexpr std::size_t total = 1000;
        std::map<std::string, test::counts> expected;
        for (std::size_t i = 0; i < total; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "r%05zu.txt", i);
            auto const path = folder / name;
            test::write_file(path, bases[i % 2] + "\n附注：第" + std::to_string(i) + "份副本。\n");
            expected[name] = test::count_statements(test::load(path).reading.statements);
            REQUIRE(expected[name].goals > 0);
        }

        std::vector<std::string> const args{"ingest", "--db", db.string(), folder.string()};
        auto const devnull = std::string("/dev/null");
        auto const started = clock_type::now();
        std::vector<int> const fixed_delays{10, 40, 80, 150, 300};
        int delay = 0;
        std::size_t kills = 0, mid_ingest = 0, runs = 0;
        bool finished = false;
        std::string trace;
        // the fixed delays first; then longer ones (each run carries on from the last) until kills have
        // landed between commits a few times, or the ingest ends on its own (the sanitizer build on a loaded
        // machine took over 11 s to its first commit: the bound is generous)
        while (!finished) {
            if (runs < fixed_delays.size()) {
                delay = fixed_delays[runs];
            } else if (mid_ingest >= 3 || clock_type::now() - started > std::chrono::seconds(150)) {
                break;
            } else {
                delay = delay * 3 / 2;
            }
            ++runs;
            pid_t const pid = test::spawn_luoshi(args, devnull, devnull);
            std::this_thread::sleep_for(std::chrono::milliseconds(delay));
            ::kill(pid, SIGKILL);
            int status = 0;
            REQUIRE(::waitpid(pid, &status, 0) == pid);
            bool const killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
            if (!killed) {
                REQUIRE(WIFEXITED(status));
                CHECK(WEXITSTATUS(status) == 0);
                finished = true;
            }
            CAPTURE(delay);
            auto const stored = check_whole_reports(db, expected);
            trace += std::to_string(delay) + " ms: " + (killed ? "killed" : "finished") + ", " +
                     std::to_string(stored) + " stored; ";
            if (killed) {
                ++kills;
                if (stored > 0 && stored < total) ++mid_ingest;
            }
        }
        INFO(trace);
        CHECK(kills >= fixed_delays.size());
        REQUIRE_MESSAGE(mid_ingest > 0, "no kill landed after a commit and before the end of the ingest");

        auto const last = test::run_luoshi(args, dir.path());
        CHECK(last.exit_code == 0);
        CHECK(check_whole_reports(db, expected) == total);
        SQLite::Database raw(db.string(), SQLite::OPEN_READONLY);
        std::int64_t goals = 0, figures = 0;
        for (auto const& [name, c] : expected) {
            goals += static_cast<std::int64_t>(c.goals);
            figures += static_cast<std::int64_t>(c.figures);
        }
        CHECK(raw.execAndGet("SELECT count(*) FROM goals").getInt64() == goals);
        CHECK(raw.execAndGet("SELECT count(*) FROM figures").getInt64() == figures);
    }
}
