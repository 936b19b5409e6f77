#include "common/digest.hpp"
#include "store/database.hpp"
#include "store/store_support.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <tuple>

namespace test = luoshi::test;
using namespace luoshi;

namespace {

namespace fs = std::filesystem;

// One report row as the store lists it, with what identifies the insert (id, time) and its counts.
struct stored {
    std::int64_t id = 0;
    std::string region, digest, encoding, ingested_at;
    std::size_t goals = 0, figures = 0;
    auto key() const { return std::tie(id, region, digest, encoding, ingested_at, goals, figures); }
    bool operator==(stored const& o) const { return key() == o.key(); }
};

struct store_state {
    std::map<std::string, stored> by_file;  // file name → row
    std::int64_t goal_rows = 0, figure_rows = 0;
    bool operator==(store_state const& o) const {
        return by_file == o.by_file && goal_rows == o.goal_rows && figure_rows == o.figure_rows;
    }
};

store_state state_of(fs::path const& file) {
    store_state s;
    {
        auto opened = store::database::open(file.string());
        if (auto const* e = std::get_if<std::string>(&opened)) FAIL("cannot open the store: " << *e);
        for (auto const& r : std::get<store::database>(opened).reports()) {
            auto const name = fs::path(r.path).filename().string();
            CHECK_MESSAGE(s.by_file.count(name) == 0, name << " is stored twice");
            s.by_file[name] = {r.id, r.region, r.digest, r.encoding, r.ingested_at, r.goals, r.figures};
        }
    }
    SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
    s.goal_rows = raw.execAndGet("SELECT count(*) FROM goals").getInt64();
    s.figure_rows = raw.execAndGet("SELECT count(*) FROM figures").getInt64();
    return s;
}

// The two example reports copied into a folder of the test's own.
fs::path example_folder(test::temp_dir const& dir) {
    auto const folder = dir / "reports";
    for (auto const* name : {"shili-2015.txt", "shili-2016.txt"})
        test::write_file(folder / name, test::read_file(test::example_report(name)));
    return folder;
}

bool has(std::string const& text, std::string const& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_SUITE("store") {
    TEST_CASE("ingesting the same folder twice stores each report once: the second time skips them all") {
        test::temp_dir dir;
        auto const folder = example_folder(dir);
        auto const db = (dir / "luoshi.db").string();
        auto const first = test::run_luoshi({"ingest", "--db", db, folder.string()}, dir.path());
        INFO(first.err);
        REQUIRE(first.exit_code == 0);
        CHECK(has(first.out, "2 files read: 2 added, 0 replaced, 0 skipped"));
        auto const after_first = state_of(db);
        REQUIRE(after_first.by_file.size() == 2);
        std::size_t goals = 0, figures = 0;
        for (auto const* name : {"shili-2015.txt", "shili-2016.txt"}) {
            CAPTURE(name);
            auto const want = test::count_statements(test::load(folder / name).reading.statements);
            auto const& got = after_first.by_file.at(name);
            CHECK(test::counts{got.goals, got.figures} == want);
            CHECK(got.region == "示例区");
            goals += want.goals;
            figures += want.figures;
        }
        CHECK(after_first.goal_rows == static_cast<std::int64_t>(goals));
        CHECK(after_first.figure_rows == static_cast<std::int64_t>(figures));
        CHECK(has(first.out,
                  std::to_string(goals) + " goals and " + std::to_string(figures) + " figures added"));

        auto const second = test::run_luoshi({"ingest", "--db", db, folder.string()}, dir.path());
        INFO(second.err);
        CHECK(second.exit_code == 0);
        CHECK(has(second.out, "2 files read: 0 added, 0 replaced, 2 skipped"));
        CHECK(has(second.out, "0 goals and 0 figures added"));
        CHECK(state_of(db) == after_first);
    }

    TEST_CASE("a stored report ingested with another --region is refused by name unless --replace") {
        test::temp_dir dir;
        auto const folder = example_folder(dir);
        auto const db = (dir / "luoshi.db").string();
        REQUIRE(test::run_luoshi({"ingest", "--db", db, folder.string()}, dir.path()).exit_code == 0);
        auto const before = state_of(db);
        auto const target = (folder / "shili-2015.txt").string();

        auto const refused =
            test::run_luoshi({"ingest", "--db", db, "--region", "另一区", target}, dir.path());
        CHECK(refused.exit_code == 2);
        CHECK(has(refused.err, target));
        CHECK(has(refused.err, "--replace"));
        CHECK(state_of(db) == before);

        auto const replaced =
            test::run_luoshi({"ingest", "--db", db, "--region", "另一区", "--replace", target}, dir.path());
        INFO(replaced.err);
        CHECK(replaced.exit_code == 0);
        CHECK(has(replaced.out, "1 replaced"));
        auto const after = state_of(db);
        REQUIRE(after.by_file.size() == 2);
        auto const& old_row = before.by_file.at("shili-2015.txt");
        auto const& new_row = after.by_file.at("shili-2015.txt");
        CHECK(new_row.region == "另一区");
        CHECK(new_row.digest == old_row.digest);
        CHECK(new_row.goals == old_row.goals);
        CHECK(new_row.figures == old_row.figures);
        CHECK(after.by_file.at("shili-2016.txt") == before.by_file.at("shili-2016.txt"));
        CHECK(after.goal_rows == before.goal_rows);
        CHECK(after.figure_rows == before.figure_rows);

        // the statements follow the report into its new region
        auto opened = store::database::open(db);
        REQUIRE(std::holds_alternative<store::database>(opened));
        std::vector<rules::statement> goals, figures;
        std::get<store::database>(opened).load({std::string("另一区")}, goals, figures);
        CHECK(goals.size() == new_row.goals);
        CHECK(figures.size() == new_row.figures);
    }

    TEST_CASE("a file at the same path with other bytes replaces the version stored before") {
        test::temp_dir dir;
        auto const folder = dir / "reports";
        auto const file = folder / "report.txt";
        auto const db = (dir / "luoshi.db").string();
        test::write_file(file, test::read_file(test::example_report("shili-2015.txt")));
        REQUIRE(test::run_luoshi({"ingest", "--db", db, folder.string()}, dir.path()).exit_code == 0);
        auto const before = state_of(db);
        REQUIRE(before.by_file.size() == 1);

        std::string const newer = test::read_file(test::example_report("shili-2016.txt"));
        test::write_file(file, newer);
        auto const want = test::count_statements(test::load(file).reading.statements);
        auto const again = test::run_luoshi({"ingest", "--db", db, folder.string()}, dir.path());
        INFO(again.err);
        CHECK(again.exit_code == 0);
        CHECK(has(again.out, "1 replaced"));
        auto const after = state_of(db);
        REQUIRE(after.by_file.size() == 1);
        auto const& row = after.by_file.at("report.txt");
        CHECK(row.digest == common::sha1_hex(newer));
        CHECK(row.digest != before.by_file.at("report.txt").digest);
        CHECK(test::counts{row.goals, row.figures} == want);
        CHECK(after.goal_rows == static_cast<std::int64_t>(want.goals));
        CHECK(after.figure_rows == static_cast<std::int64_t>(want.figures));
    }

    TEST_CASE("a file overwritten with bytes stored under another path drops the version stored before") {
        test::temp_dir dir;
        auto const folder = dir / "reports";
        auto const db = (dir / "luoshi.db").string();
        test::write_file(folder / "a.txt", test::read_file(test::example_report("shili-2015.txt")));
        test::write_file(folder / "b.txt", test::read_file(test::example_report("shili-2016.txt")));
        REQUIRE(test::run_luoshi({"ingest", "--db", db, folder.string()}, dir.path()).exit_code == 0);
        REQUIRE(state_of(db).by_file.size() == 2);
        // a.txt now holds b.txt's bytes: its old goals must not stay in the store
        test::write_file(folder / "a.txt", test::read_file(test::example_report("shili-2016.txt")));
        auto const again = test::run_luoshi({"ingest", "--db", db, folder.string()}, dir.path());
        INFO(again.err);
        CHECK(again.exit_code == 0);
        CHECK(has(again.err, "the version stored before at this path was removed"));
        auto const after = state_of(db);
        CHECK(after.by_file.size() == 1);
        CHECK(after.by_file.count("b.txt") == 1);
        auto const want = test::count_statements(test::load(folder / "b.txt").reading.statements);
        CHECK(after.goal_rows == static_cast<std::int64_t>(want.goals));
    }

    TEST_CASE("binary and truncated files among good reports fail by name and the good ones are stored") {
        test::temp_dir dir;
        auto const folder = example_folder(dir);
        std::string const y2016 = test::read_file(test::example_report("shili-2016.txt"));
        test::write_file(folder / "shili-2016-copy.txt", y2016 + "\n（副本）\n");
        test::write_file(folder / "noise.txt", test::random_bytes(4096, 11));
        // cut after the first byte of a three-byte character in the middle of the text
        std::size_t cut = y2016.size() / 2;
        while (cut < y2016.size() && (static_cast<unsigned char>(y2016[cut]) & 0xf0) != 0xe0) ++cut;
        REQUIRE(cut + 3 <= y2016.size());
        test::write_file(folder / "truncated.txt", y2016.substr(0, cut + 1));

        auto const db = (dir / "luoshi.db").string();
        auto const r = test::run_luoshi({"ingest", "--db", db, folder.string()}, dir.path());
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "noise.txt"));
        CHECK(has(r.err, "truncated.txt"));
        CHECK(has(r.out, "5 files read: 3 added, 0 replaced, 0 skipped (already stored), 2 failed"));

        auto const state = state_of(db);
        REQUIRE(state.by_file.size() == 3);
        for (auto const* name : {"shili-2015.txt", "shili-2016.txt", "shili-2016-copy.txt"}) {
            CAPTURE(name);
            REQUIRE(state.by_file.count(name) == 1);
            auto const& got = state.by_file.at(name);
            CHECK(test::counts{got.goals, got.figures} ==
                  test::count_statements(test::load(folder / name).reading.statements));
        }

        auto const listed = test::run_luoshi({"reports", "--db", db, "--format", "json"}, dir.path());
        REQUIRE(listed.exit_code == 0);
        auto const json = nlohmann::json::parse(listed.out);
        REQUIRE(json.size() == 3);
        for (auto const& row : json) {
            auto const name = fs::path(row.at("path").get<std::string>()).filename().string();
            CAPTURE(name);
            CHECK(state.by_file.count(name) == 1);
            CHECK(row.at("goals").get<std::size_t>() == state.by_file.at(name).goals);
        }
    }

    TEST_CASE("a GB18030 copy of a report is stored with the same goals as the UTF-8 one") {
        test::temp_dir dir;
        std::string const utf8 = test::read_file(test::example_report("shili-2015.txt"));
        test::write_file(dir / "utf8" / "shili-2015.txt", utf8);
        test::write_file(dir / "gb" / "shili-2015.txt", test::to_gb18030(utf8));
        auto const utf8_db = (dir / "utf8.db").string();
        auto const gb_db = (dir / "gb.db").string();
        REQUIRE(
            test::run_luoshi({"ingest", "--db", utf8_db, (dir / "utf8").string()}, dir.path()).exit_code ==
            0);
        REQUIRE(test::run_luoshi({"ingest", "--db", gb_db, (dir / "gb").string()}, dir.path()).exit_code ==
                0);

        auto load_all = [](std::string const& file, std::vector<rules::statement>& goals,
                           std::vector<rules::statement>& figures) {
            auto opened = store::database::open(file);
            REQUIRE(std::holds_alternative<store::database>(opened));
            auto const& db = std::get<store::database>(opened);
            db.load({}, goals, figures);
            auto const reports = db.reports();
            REQUIRE(reports.size() == 1);
            return reports.front();
        };
        std::vector<rules::statement> a_goals, a_figures, b_goals, b_figures;
        auto const a = load_all(utf8_db, a_goals, a_figures);
        auto const b = load_all(gb_db, b_goals, b_figures);
        CHECK(a.encoding == "UTF-8");
        CHECK(b.encoding == "GB18030");
        CHECK(a.region == b.region);
        CHECK(a.date == b.date);
        CHECK(a.title == b.title);
        REQUIRE(a_goals.size() > 10);
        REQUIRE(a_goals.size() == b_goals.size());
        CHECK(a_figures.size() == b_figures.size());
        for (std::size_t i = 0; i < a_goals.size(); ++i) {
            CAPTURE(a_goals[i].src.text);
            CHECK(a_goals[i].metric == b_goals[i].metric);
            CHECK(a_goals[i].value == b_goals[i].value);
            CHECK(a_goals[i].src.text == b_goals[i].src.text);
            CHECK(a_goals[i].comparator == b_goals[i].comparator);
            CHECK(a_goals[i].deadline == b_goals[i].deadline);
        }
    }
}
