#include "store/database.hpp"

#include "rules/identity.hpp"
#include "store/schema.hpp"
#include "store/store_support.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <tuple>

namespace test = luoshi::test;
using namespace luoshi;

namespace {

store::database open_store(std::filesystem::path const& p) {
    auto opened = store::database::open(p.string());
    if (auto const* e = std::get_if<std::string>(&opened)) FAIL("cannot open the store: " << *e);
    return std::move(std::get<store::database>(opened));
}

store::report row_of(app::loaded_report const& rep) { return app::as_stored(rep); }

// A store as luoshi made it at an earlier schema version, to fill by hand before it is opened (and migrated).
void make_store_at(std::filesystem::path const& file, std::size_t version, char const* rows) {
    SQLite::Database raw(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (std::size_t v = 0; v < version; ++v) raw.exec(store::migrations()[v]);
    raw.exec("PRAGMA user_version = " + std::to_string(version));
    raw.exec(rows);
}

std::string opened_error(std::filesystem::path const& p) {
    auto opened = store::database::open(p.string());
    auto const* e = std::get_if<std::string>(&opened);
    return e ? *e : std::string();
}

// Everything in the folder but the file itself: what a refused open must not leave behind either.
std::set<std::string> others(std::filesystem::path const& dir, std::filesystem::path const& file) {
    std::set<std::string> out;
    for (auto const& e : std::filesystem::directory_iterator(dir))
        if (e.path() != file) out.insert(e.path().filename().string());
    return out;
}

void check_same_statement(rules::statement const& want, rules::statement const& got) {
    CAPTURE(want.src.text);
    CHECK(got.kind == want.kind);
    CHECK(got.region == want.region);
    CHECK(got.metric == want.metric);
    CHECK(got.metric_text == want.metric_text);
    CHECK(got.measure == want.measure);
    CHECK(got.comparator == want.comparator);
    CHECK(got.value == want.value);
    CHECK(got.low == want.low);
    CHECK(got.high == want.high);
    CHECK(got.parts == want.parts);
    CHECK(got.unit == want.unit);
    CHECK(got.unit_text == want.unit_text);
    CHECK(got.vague == want.vague);
    CHECK(got.direction == want.direction);
    CHECK(got.deadline == want.deadline);
    REQUIRE(got.period.has_value() == want.period.has_value());
    if (want.period) {
        CHECK(got.period->begin == want.period->begin);
        CHECK(got.period->end == want.period->end);
    }
    CHECK(got.as_of == want.as_of);
    CHECK(got.reported == want.reported);
    CHECK(got.strength == want.strength);
    CHECK(got.status == want.status);
    CHECK(got.subject == want.subject);
    CHECK(got.event == want.event);
    CHECK(got.not_done == want.not_done);
    CHECK(got.relative_to == want.relative_to);
    CHECK(got.tolerance == want.tolerance);
    CHECK(got.src.report == want.src.report);
    CHECK(got.src.start == want.src.start);
    CHECK(got.src.end == want.src.end);
    CHECK(got.src.text == want.src.text);
    CHECK(got.src.digest == want.src.digest);
    CHECK(rules::stable_id(got) == rules::stable_id(want));
}

}  // namespace

TEST_SUITE("store") {
    TEST_CASE(
        "a new store has the latest schema version and the tables reports, goals, figures, runs, verdicts") {
        test::temp_dir dir;
        auto const file = dir / "luoshi.db";
        {
            auto db = open_store(file);
            REQUIRE(store::database::latest_schema_version() >= 1);
            CHECK(db.schema_version() == store::database::latest_schema_version());
        }
        SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
        CHECK(raw.execAndGet("PRAGMA user_version").getInt() == store::database::latest_schema_version());
        for (auto const* table : {"reports", "goals", "figures", "runs", "verdicts"}) {
            CAPTURE(table);
            CHECK(raw.tableExists(table));
        }
        // opening again neither migrates nor changes anything
        auto const bytes = test::read_file(file);
        {
            auto db = open_store(file);
            CHECK(db.schema_version() == store::database::latest_schema_version());
        }
        CHECK(test::read_file(file) == bytes);
    }

    TEST_CASE("a store of version 7 is migrated, and its Word files read as before, with no notes") {
        test::temp_dir dir;
        auto const file = dir / "luoshi.db";
        make_store_at(file, 7,
                      "INSERT INTO reports (id, path, region, title, digest, encoding, bytes, format) "
                      "VALUES (1, 'a.docx', '示例区', '', 'd1', 'UTF-8', 1, 'docx');"
                      "INSERT INTO extracted (report_id, converter, text) VALUES (1, 'libzip', "
                      "'地区生产总值增长7.5%左右。');"
                      "INSERT INTO blocks (report_id, start, place) VALUES (1, 0, 'paragraph 1')");
        auto db = open_store(file);
        CHECK(db.schema_version() == store::database::latest_schema_version());
        auto const listed = db.reports();
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].format == "docx");
        CHECK(listed[0].notes == 0);
        auto const x = db.extracted(1);
        REQUIRE(x);
        CHECK(x->text == "地区生产总值增长7.5%左右。");
        REQUIRE(x->blocks.size() == 1);
        CHECK(x->blocks[0].place == "paragraph 1");
        CHECK(x->notes.empty());
    }

    TEST_CASE("a document's notes are stored with it in order, a note without a mark too, and go with it") {
        test::temp_dir dir;
        auto db = open_store(dir / "luoshi.db");
        store::report row;
        row.path = "a.docx";
        row.digest = "d1";
        row.encoding = "UTF-8";
        row.format = "docx";
        row.extracted = store::extraction{"libzip", "地区生产总值增长7.5%左右。", {{0, "paragraph 1"}}, {}};
        row.extracted->notes = {{"footnote", "1", 26, "按可比价格计算。"},
                                {"endnote", "i", 39, "数据来源：统计局。"},
                                {"footnote", "", std::nullopt, "未引用的注。"}};
        auto const added = db.add_report(row, {}, false);
        auto const x = db.extracted(added.id);
        REQUIRE(x);
        REQUIRE(x->notes.size() == 3);
        for (std::size_t i = 0; i < 3; ++i) {
            CAPTURE(i);
            CHECK(x->notes[i].kind == row.extracted->notes[i].kind);
            CHECK(x->notes[i].mark == row.extracted->notes[i].mark);
            CHECK(x->notes[i].at == row.extracted->notes[i].at);
            CHECK(x->notes[i].text == row.extracted->notes[i].text);
        }
        CHECK(db.reports().at(0).notes == 3);
        row.extracted->notes.pop_back();
        db.add_report(row, {}, true);  // replaced: the old report's notes go with it
        SQLite::Database raw((dir / "luoshi.db").string());
        CHECK(raw.execAndGet("SELECT count(*) FROM notes").getInt() == 2);
    }

    TEST_CASE("a store of version 3 is migrated, and its milestone figures that say not done are marked so") {
        test::temp_dir dir;
        auto const file = dir / "luoshi.db";
        {
            SQLite::Database raw(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            for (std::size_t v = 0; v < 3; ++v) raw.exec(store::migrations()[v]);
            raw.exec("PRAGMA user_version = 3");
            raw.exec(
                "INSERT INTO reports (id, path, region, title, digest, encoding, bytes) "
                "VALUES (1, 'a.txt', '示例区', '', 'd1', 'UTF-8', 1)");
            std::string const figure =
                "INSERT INTO figures (id, report_id, seq, region, metric, metric_text, measure, comparator, "
                "parts, unit, unit_text, vague, direction, strength, status, subject, event, source_start, "
                "source_end, source_text) VALUES (?, 1, ?, '示例区', ?, ?, 'milestone', '=', '', '', '', "
                "'exact', 0, 'none', 'final', ?, ?, 0, 1, ?)";
            std::tuple<char const*, char const*, char const*, char const*> const rows[] = {
                {"f1", "居民", "回迁", "南湖片区居民至今尚未回迁"},
                {"f2", "北环路", "开工", "北环路未开工"},
                {"f3", "东环路", "建成通车", "东环路于2015年11月建成通车"}};
            int seq = 0;
            for (auto const& [id, subject, event, text] : rows) {
                SQLite::Statement q(raw, figure);
                q.bind(1, id);
                q.bind(2, seq++);
                q.bind(3, std::string(subject) + event);
                q.bind(4, std::string(subject) + event);
                q.bind(5, subject);
                q.bind(6, event);
                q.bind(7, text);
                q.exec();
            }
        }
        auto db = open_store(file);
        CHECK(db.schema_version() == store::database::latest_schema_version());
        std::vector<rules::statement> goals, figures;
        db.load({}, goals, figures);
        REQUIRE(figures.size() == 3);
        std::map<std::string, bool> not_done;
        for (auto const& f : figures) not_done[f.src.text] = f.not_done;
        CHECK(not_done["南湖片区居民至今尚未回迁"]);
        CHECK(not_done["北环路未开工"]);
        CHECK_FALSE(not_done["东环路于2015年11月建成通车"]);
    }

    TEST_CASE("the store runs in WAL mode with foreign keys that cascade from a report to its statements") {
        test::temp_dir dir;
        auto const file = dir / "luoshi.db";
        auto db = open_store(file);
        SQLite::Database raw(file.string(), SQLite::OPEN_READWRITE);
        CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
        for (auto const* table : {"goals", "figures"}) {
            CAPTURE(table);
            SQLite::Statement fk(raw, std::string("PRAGMA foreign_key_list(") + table + ")");
            REQUIRE(fk.executeStep());
            CHECK(fk.getColumn("table").getString() == "reports");
            CHECK(fk.getColumn("on_delete").getString() == "CASCADE");
        }
        // PRAGMA foreign_keys is per connection: whether the store's own connection enforces them shows in
        // what a replace leaves behind
        auto const rep = test::load(test::example_report("shili-2015.txt"));
        auto const want = test::count_statements(rep.reading.statements);
        REQUIRE(want.goals > 0);
        REQUIRE(want.figures > 0);
        auto row = row_of(rep);
        auto const first = db.add_report(row, rep.reading.statements, false);
        REQUIRE(first.outcome == store::added::added);
        row.region = "另一区";
        auto const again = db.add_report(row, rep.reading.statements, true);
        CHECK(again.outcome == store::added::replaced);
        CHECK(raw.execAndGet("SELECT count(*) FROM reports").getInt() == 1);
        CHECK(raw.execAndGet("SELECT count(*) FROM goals").getInt64() ==
              static_cast<std::int64_t>(want.goals));
        CHECK(raw.execAndGet("SELECT count(*) FROM figures").getInt64() ==
              static_cast<std::int64_t>(want.figures));
        CHECK(raw.execAndGet("SELECT count(*) FROM goals WHERE report_id NOT IN (SELECT id FROM reports)")
                  .getInt() == 0);
        CHECK(raw.execAndGet("SELECT count(*) FROM figures WHERE report_id NOT IN (SELECT id FROM reports)")
                  .getInt() == 0);
        SQLite::Statement check(raw, "PRAGMA foreign_key_check");
        CHECK_FALSE(check.executeStep());
    }

    TEST_CASE("a database made by a newer luoshi is refused with a clear error and left byte for byte") {
        test::temp_dir dir;
        auto const file = dir / "luoshi.db";
        { open_store(file); }
        {
            SQLite::Database raw(file.string(), SQLite::OPEN_READWRITE);
            raw.exec("PRAGMA user_version = 99");
        }
        auto const before = test::read_file(file);
        auto const siblings = others(dir.path(), file);
        auto const error = opened_error(file);
        CHECK(error.find("newer") != std::string::npos);
        CHECK(error.find("99") != std::string::npos);
        CHECK(error.find(file.string()) != std::string::npos);
        CHECK(test::read_file(file) == before);
        CHECK(others(dir.path(), file) == siblings);
        SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
        CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 99);
    }

    TEST_CASE("a file that is not SQLite is refused with a clear error and left byte for byte") {
        test::temp_dir dir;
        struct not_sqlite {
            std::string name, bytes;
        };
        not_sqlite const cases[] = {
            {"text", "地区生产总值增长8%以上\nthis is not a database\n"},
            {"random bytes", test::random_bytes(8192, 7)},
            {"a single byte", "x"},
            {"fifteen bytes of the SQLite header", std::string("SQLite format 3", 15)},
        };
        for (auto const& c : cases) {
            CAPTURE(c.name);
            auto const file = dir / "not-a-db.db";
            test::write_file(file, c.bytes);
            auto const error = opened_error(file);
            CHECK(error.find("not") != std::string::npos);
            CHECK(error.find("SQLite") != std::string::npos);
            CHECK(error.find(file.string()) != std::string::npos);
            CHECK(test::read_file(file) == c.bytes);
            CHECK(others(dir.path(), file).empty());
        }
    }

    TEST_CASE("an SQLite file of something else is refused and left byte for byte") {
        test::temp_dir dir;
        auto const file = dir / "other.db";
        {
            SQLite::Database other(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            other.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')");
        }
        auto const before = test::read_file(file);
        auto const error = opened_error(file);
        CHECK(error.find("did not make") != std::string::npos);
        CHECK(error.find(file.string()) != std::string::npos);
        CHECK(test::read_file(file) == before);
    }

    TEST_CASE("a relative goal keeps the statistic it is compared with; a store of version 8 gets none") {
        test::temp_dir dir;
        auto const file = dir / "luoshi.db";
        make_store_at(
            file, 8,
            "INSERT INTO reports (id, path, region, title, digest, encoding, bytes) "
            "VALUES (1, 'a.txt', '示例区', '', 'd1', 'UTF-8', 1);"
            "INSERT INTO goals (id, report_id, seq, region, metric, metric_text, measure, comparator, "
            "parts, unit, unit_text, vague, direction, strength, status, subject, event, "
            "source_start, source_end, source_text) VALUES ('g1', 1, 0, '示例区', '地区生产总值', "
            "'地区生产总值', 'growth', 'about', '', '%', '%', 'exact', 0, 'none', 'final', '', '', 0, "
            "1, 'x')");
        auto const report = dir / "shili-2026.txt";
        test::write_file(report,
                         "示例区2026年政府工作报告\n今年的主要预期目标是：地区生产总值增长5%左右，"
                         "居民收入增长与经济增长同步。\n");
        app::report_meta meta;
        meta.region = "示例区";
        meta.date = rules::date(2026, 1, 20);
        auto const rep = test::load(report, meta);
        auto const relative = std::find_if(rep.reading.statements.begin(), rep.reading.statements.end(),
                                           [](rules::statement const& s) { return !s.relative_to.empty(); });
        REQUIRE(relative != rep.reading.statements.end());
        CHECK(relative->relative_to == "地区生产总值");
        {
            auto db = open_store(file);
            CHECK(db.schema_version() == store::database::latest_schema_version());
            REQUIRE(db.add_report(row_of(rep), rep.reading.statements, false).outcome == store::added::added);
        }
        auto db = open_store(file);
        std::vector<rules::statement> goals, figures;
        db.load({}, goals, figures);
        REQUIRE(goals.size() == 3);
        CHECK(goals[0].relative_to.empty());  // stored before version 9
        std::size_t same = 0;
        for (auto const& g : goals)
            if (rules::stable_id(g) == rules::stable_id(*relative)) {
                check_same_statement(*relative, g);
                ++same;
            }
        CHECK(same == 1);
    }

    TEST_CASE("goals and figures load back equal in every field, with the same ids") {
        test::temp_dir dir;
        auto const file = dir / "luoshi.db";
        // load() returns statements as ingested: report by report, in the order they were read
        auto const y2015 = test::load(test::example_report("shili-2015.txt"));
        auto const y2016 = test::load(test::example_report("shili-2016.txt"));
        std::vector<rules::statement> want_goals, want_figures;
        for (auto const* rep : {&y2015, &y2016})
            for (auto const& s : rep->reading.statements)
                (s.kind == rules::statement_kind::goal ? want_goals : want_figures).push_back(s);
        REQUIRE(want_goals.size() > 10);
        REQUIRE(want_figures.size() > 10);

        std::map<std::string, std::int64_t> report_of_id;
        {
            auto db = open_store(file);
            for (auto const* rep : {&y2015, &y2016}) {
                auto const res = db.add_report(row_of(*rep), rep->reading.statements, false);
                REQUIRE(res.outcome == store::added::added);
                CHECK(test::counts{res.goals, res.figures} ==
                      test::count_statements(rep->reading.statements));
                for (auto const& s : rep->reading.statements) report_of_id[rules::stable_id(s)] = res.id;
            }
        }
        // a fresh connection: what was committed, not what a cache holds
        auto db = open_store(file);
        std::vector<rules::statement> goals, figures;
        db.load({}, goals, figures);
        REQUIRE(goals.size() == want_goals.size());
        REQUIRE(figures.size() == want_figures.size());
        for (std::size_t i = 0; i < goals.size(); ++i) check_same_statement(want_goals[i], goals[i]);
        for (std::size_t i = 0; i < figures.size(); ++i) check_same_statement(want_figures[i], figures[i]);

        for (auto const& [id, report] : report_of_id) {
            CAPTURE(id);
            CHECK(db.report_of(id) == report);
        }

        auto const reports = db.reports();
        REQUIRE(reports.size() == 2);
        for (auto const* rep : {&y2015, &y2016}) {
            auto const it = std::find_if(reports.begin(), reports.end(),
                                         [&](store::report const& r) { return r.digest == rep->digest; });
            REQUIRE(it != reports.end());
            CHECK(it->path == rep->path);
            CHECK(it->region == rep->meta.region);
            CHECK(it->date == rep->meta.date);
            CHECK(it->title == rep->meta.title);
            CHECK(it->encoding == rep->text.encoding);
            CHECK(it->bytes == rep->bytes);
            CHECK(test::counts{it->goals, it->figures} == test::count_statements(rep->reading.statements));
            CHECK_FALSE(it->ingested_at.empty());
        }

        SUBCASE("a region's selection holds that region's statements only") {
            std::vector<rules::statement> g, f;
            db.load({std::string("示例区")}, g, f);
            CHECK(g.size() == want_goals.size());
            CHECK(f.size() == want_figures.size());
            std::vector<rules::statement> none_g, none_f;
            db.load({std::string("别处")}, none_g, none_f);
            CHECK(none_g.empty());
            CHECK(none_f.empty());
        }
    }

    TEST_CASE("the same bytes stored again are skipped, refused with another region, replaced when asked") {
        test::temp_dir dir;
        auto db = open_store(dir / "luoshi.db");
        auto const rep = test::load(test::example_report("shili-2016.txt"));
        auto const want = test::count_statements(rep.reading.statements);
        auto row = row_of(rep);
        auto const first = db.add_report(row, rep.reading.statements, false);
        REQUIRE(first.outcome == store::added::added);

        auto const skipped = db.add_report(row, rep.reading.statements, false);
        CHECK(skipped.outcome == store::added::skipped);
        CHECK(skipped.id == first.id);
        CHECK(test::counts{skipped.goals, skipped.figures} == test::counts{});

        row.region = "另一区";
        auto const refused = db.add_report(row, rep.reading.statements, false);
        CHECK(refused.outcome == store::added::refused);
        CHECK(refused.note.find("示例区") != std::string::npos);
        REQUIRE(db.reports().size() == 1);
        CHECK(db.reports().front().region == "示例区");

        auto const replaced = db.add_report(row, rep.reading.statements, true);
        CHECK(replaced.outcome == store::added::replaced);
        auto const all = db.reports();
        REQUIRE(all.size() == 1);
        CHECK(all.front().region == "另一区");
        CHECK(test::counts{all.front().goals, all.front().figures} == want);
    }

    TEST_CASE("record_run stores a run and its verdicts, and runs lists it") {
        test::temp_dir dir;
        auto const file = dir / "luoshi.db";
        auto db = open_store(file);
        CHECK(db.runs().empty());
        std::vector<store::verdict_row> const rows{
            {"g000000000001", "met", "rate", "8.9% ≥ 8%", 1.0, {"f000000000001"}},
            {"g000000000002",
             "missed",
             "cap",
             "3.9% > 3.8%",
             std::nullopt,
             {"f000000000002", "f000000000003"}},
            {"g000000000003", "pending", "reach", "no figure yet", 0.25, {}},
            {"g000000000004", "met", "level", "268 天", std::nullopt, {"f000000000004"}},
        };
        auto const id = db.record_run(rules::date(2016, 6, 30), "region=示例区", rows);
        auto const runs = db.runs();
        REQUIRE(runs.size() == 1);
        CHECK(runs[0].id == id);
        CHECK(runs[0].as_of == rules::date(2016, 6, 30));
        CHECK(runs[0].filters == "region=示例区");
        CHECK(runs[0].met == 2);
        CHECK(runs[0].missed == 1);
        CHECK(runs[0].pending == 1);
        CHECK(runs[0].started_at.size() == std::string("2016-06-30T00:00:00Z").size());

        SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
        SQLite::Statement q(
            raw,
            "SELECT goal_id, verdict, rule, reason, progress, evidence FROM verdicts WHERE run_id = ? "
            "ORDER BY goal_id");
        q.bind(1, id);
        for (auto const& want : rows) {
            CAPTURE(want.goal_id);
            REQUIRE(q.executeStep());
            CHECK(q.getColumn(0).getString() == want.goal_id);
            CHECK(q.getColumn(1).getString() == want.verdict);
            CHECK(q.getColumn(2).getString() == want.rule);
            CHECK(q.getColumn(3).getString() == want.reason);
            CHECK(q.getColumn(4).isNull() == !want.progress.has_value());
            if (want.progress) CHECK(q.getColumn(4).getDouble() == *want.progress);
            std::string evidence;
            for (auto const& e : want.evidence) evidence += (evidence.empty() ? "" : " ") + e;
            CHECK(q.getColumn(5).getString() == evidence);
        }
        CHECK_FALSE(q.executeStep());

        SUBCASE("a second run is listed after the first") {
            auto const second = db.record_run(rules::date(2017, 1, 1), "", {rows[0]});
            auto const both = db.runs();
            REQUIRE(both.size() == 2);
            CHECK(both[0].id == id);
            CHECK(both[1].id == second);
            CHECK(both[1].met == 1);
        }
        SUBCASE("a run whose verdicts cannot be stored is not stored at all") {
            std::vector<store::verdict_row> bad = rows;
            bad.push_back({"g000000000005", "unknown", "rate", "", std::nullopt, {}});
            CHECK_THROWS(db.record_run(rules::date(2017, 1, 1), "", bad));
            CHECK(db.runs().size() == 1);
            CHECK(raw.execAndGet("SELECT count(*) FROM verdicts").getInt() == static_cast<int>(rows.size()));
        }
    }
}
