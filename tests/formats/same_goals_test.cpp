#include "formats/fixtures.hpp"
#include "rules/names.hpp"
#include "store/store_support.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace luoshi;

namespace {

std::string optional_number(std::optional<double> v) { return v ? fmt::format("{}", *v) : "-"; }

// What a report states, one statement a line, without where: metric, value, comparator, deadline and the
// rest.
std::string statements(app::loaded_report const& r) {
    std::string out;
    for (auto const& s : r.reading.statements)
        out += fmt::format("{} {} {} {} {} {}–{} {} {} {} {} {} {} | {}\n", rules::name(s.kind), s.metric,
                           rules::name(s.measure), rules::name(s.comparator), optional_number(s.value),
                           optional_number(s.low), optional_number(s.high), s.unit,
                           s.deadline ? rules::iso_date(*s.deadline) : "-",
                           s.period ? rules::iso_date(s.period->end) : "-", rules::name(s.strength),
                           s.subject, s.event, s.src.text);
    return out;
}

void write_documents(test::temp_dir const& dir) {
    auto const report = test::sample_report();
    test::page_options gbk;
    gbk.gbk = true;
    test::pdf_options two;
    two.columns = 2;
    two.running = true;
    two.page_height = 520;
    test::write_file(dir / "report.txt", test::as_text(report));
    test::write_file(dir / "report.html", test::as_html(report, gbk));
    test::write_file(dir / "report.docx", test::as_docx(report));
    test::write_file(dir / "report.pdf", test::as_pdf(report));
    test::write_file(dir / "two-columns.pdf", test::as_pdf(report, two));
}

}  // namespace

TEST_SUITE("formats") {
    TEST_CASE("the same report as .txt, web page, Word file and PDF states the same goals and figures") {
        test::temp_dir dir;
        write_documents(dir);
        app::report_meta flags;
        flags.region = "示例区";
        flags.date = rules::date(2016, 1, 18);
        auto const txt = test::load(dir / "report.txt", flags);
        auto const counted = test::count_statements(txt.reading.statements);
        REQUIRE(counted.goals >= 15);
        REQUIRE(counted.figures >= 15);
        for (char const* name : {"report.html", "report.docx", "report.pdf", "two-columns.pdf"}) {
            CAPTURE(name);
            auto const doc = test::load(dir / name, flags);
            CHECK(statements(doc) == statements(txt));
            for (auto const& s : doc.reading.statements) {
                CHECK(s.src.end <= doc.text.utf8.size());
                CHECK(doc.text.utf8.substr(s.src.start, s.src.end - s.src.start) == s.src.text);
            }
        }
    }

    TEST_CASE(
        "a footnote's mark in a sentence leaves its goals and figures as they are, and stands where it was") {
        // ^ is where the Word file refers to a footnote; the same sentence without it must read the same
        char const* const rows[] = {
            "今年地区生产总值增长7.5%^左右。",
            "城镇调查失业率控制在4.5%以内。^",
            "确保^新增城镇就业2.5万人以上。",
            "新增养老床位1500^张，完成棚户区改造3000套。",
            "单位地区生产总值能耗下降3%^以上，一般公共预算收入增长8%以上。",
            "^力争完成投资260亿元以上。",
            "全年实现地区生产总值512.6亿元^，同比增长7.8%。",
        };
        test::temp_dir dir;
        app::report_meta flags;
        flags.region = "示例区";
        flags.date = rules::date(2016, 1, 18);
        test::word_options o;
        o.footnotes = {"按可比价格计算。"};
        for (std::string const row : rows) {
            CAPTURE(row);
            std::string plain = row;
            std::size_t const mark = plain.find('^');
            plain.erase(mark, 1);
            auto report = [](std::string const& text) {
                return std::vector<test::paragraph>{
                    {"2016年示例区政府工作报告", true}, {"二、2016年工作安排", true}, {text}};
            };
            test::write_file(dir / "marked.docx", test::as_docx(report(row), o));
            test::write_file(dir / "plain.docx", test::as_docx(report(plain)));
            auto const marked = test::load(dir / "marked.docx", flags);
            auto const unmarked = test::load(dir / "plain.docx", flags);
            REQUIRE_FALSE(unmarked.reading.statements.empty());
            CHECK(statements(marked) == statements(unmarked));
            CHECK(marked.text.utf8 == unmarked.text.utf8);
            REQUIRE(marked.notes.size() == 1);
            CHECK(marked.notes[0].mark == "1");
            CHECK(marked.notes[0].at == marked.text.utf8.find(plain) + mark);
        }
    }

    TEST_CASE("a page's title and publication date are the report's when nothing stronger gives them") {
        test::temp_dir dir;
        write_documents(dir);
        auto const page = test::load(dir / "report.html");
        CHECK(page.meta.title == "2016年示例区政府工作报告");
        REQUIRE(page.meta.date);
        CHECK(rules::iso_date(*page.meta.date) == "2016-01-19");
        app::report_meta flags;
        flags.date = rules::date(2016, 1, 18);
        CHECK(rules::iso_date(*test::load(dir / "report.html", flags).meta.date) == "2016-01-18");
    }

    TEST_CASE("documents in the store: their text kept, explain names the file, the block and the sentence") {
        test::temp_dir dir;
        write_documents(dir);
        std::filesystem::remove(dir / "report.txt");
        std::string const db = (dir / "luoshi.db").string();
        auto const in = test::run_luoshi({"ingest", "--db", db, "--region", "示例区", "--date", "2016-01-18",
                                          (dir / "report.html").string(), (dir / "two-columns.pdf").string(),
                                          (dir / "report.docx").string()},
                                         dir.path());
        REQUIRE_MESSAGE(in.exit_code == 0, in.err);
        CHECK(in.out.find("3 files read: 3 added") != std::string::npos);

        auto const listed = nlohmann::json::parse(
            test::run_luoshi({"reports", "--db", db, "--format", "json"}, dir.path()).out);
        std::string formats;
        for (auto const& r : listed) formats += r["format"].get<std::string>() + " ";
        CHECK(formats == "docx html pdf ");  // listed by path

        auto const audit = nlohmann::json::parse(
            test::run_luoshi({"audit", "--db", db, "--as-of", "2016-06-30", "--format", "json"}, dir.path())
                .out);
        std::map<std::string, std::string> goal_in;  // file name → a goal's id
        for (auto const& g : audit)
            if (g["metric_text"] == "城镇调查失业率")
                goal_in[std::filesystem::path(g["source"]["report"].get<std::string>()).filename().string()] =
                    g["id"].get<std::string>();
        REQUIRE(goal_in.size() == 3);
        std::map<std::string, std::string> const block{{"report.html", "/html/body/div[3]/div[2]/p[8]"},
                                                       {"report.docx", "paragraph 12"},
                                                       {"two-columns.pdf", "page 1, line "}};
        for (auto const& [file, id] : goal_in) {
            CAPTURE(file);
            auto const ex =
                test::run_luoshi({"explain", "--db", db, "--as-of", "2016-06-30", id}, dir.path());
            REQUIRE_MESSAGE(ex.exit_code == 0, ex.err);
            CHECK(ex.out.find("in file   " + (dir / file).string() + ", " + block.at(file)) !=
                  std::string::npos);
            CHECK(ex.out.find("sentence  今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右") !=
                  std::string::npos);
            auto const j = nlohmann::json::parse(
                test::run_luoshi({"explain", "--db", db, "--as-of", "2016-06-30", "--format", "json", id},
                                 dir.path())
                    .out);
            CHECK(j["document"]["place"].get<std::string>().rfind(block.at(file), 0) == 0);
        }
        SQLite::Database sql(db);
        CHECK(sql.execAndGet("SELECT count(*) FROM extracted").getInt() == 3);
        CHECK(sql.execAndGet("SELECT count(*) FROM blocks").getInt() > 60);
    }

    TEST_CASE("a Word file's footnotes are kept in the store and shown beside the sentences that mark them") {
        test::temp_dir dir;
        test::word_options o;
        o.footnotes = {"按可比价格计算。", "调查失业率由统计局另行发布。"};
        o.endnotes = {"数据来源：示例区统计局。"};
        test::write_file(
            dir / "report.docx",
            test::as_docx(
                {{"2016年示例区政府工作报告", true},
                 {"二、2016年工作安排", true},
                 {"今年经济社会发展的主要预期目标是：地区生产总值增长7.5%^左右，城镇调查失业率控制在"
                  "4.5%以内。^"},
                 {"全年安排区级重点项目130个。~"}},
                o));
        auto const file = (dir / "report.docx").string();
        std::vector<std::string> const date{"--region", "示例区", "--date", "2016-01-18"};
        auto luoshi = [&](std::vector<std::string> args, bool dated = true) {
            if (dated) args.insert(args.end(), date.begin(), date.end());
            auto const r = test::run_luoshi(args, dir.path());
            REQUIRE_MESSAGE(r.exit_code == 0, r.err);
            return r.out;
        };

        SUBCASE("extract lists them, and gives each statement the notes of its sentence") {
            auto const table = luoshi({"extract", file});
            CHECK(table.find("3 notes") != std::string::npos);
            CHECK(table.find("[1]  paragraph 3 按可比价格计算。") != std::string::npos);
            CHECK(table.find("[i]  paragraph 4 数据来源：示例区统计局。") != std::string::npos);
            std::map<std::string, std::string> marks;  // metric → the marks of its sentence
            for (auto const& st : nlohmann::json::parse(luoshi({"extract", "--format", "json", file})))
                if (st.contains("notes"))
                    for (auto const& n : st["notes"])
                        marks[st["metric_text"].get<std::string>()] += n["mark"].get<std::string>();
            CHECK(marks == std::map<std::string, std::string>{
                               {"地区生产总值", "12"}, {"城镇调查失业率", "12"}, {"区级重点项目", "i"}});
        }
        SUBCASE("outline gives them with where they stand") {
            auto const j = nlohmann::json::parse(luoshi({"outline", "--format", "json", file}));
            REQUIRE(j.size() == 1);
            REQUIRE(j[0]["notes"].size() == 3);
            CHECK(j[0]["notes"][1]["text"] == "调查失业率由统计局另行发布。");
            CHECK(j[0]["notes"][1]["place"] == "paragraph 3");
            CHECK(j[0]["notes"][2]["kind"] == "endnote");
        }
        SUBCASE("the store keeps them, and explain shows them with their marks in the sentence") {
            std::string const db = (dir / "luoshi.db").string();
            luoshi({"ingest", "--db", db, file});
            auto const listed =
                nlohmann::json::parse(luoshi({"reports", "--db", db, "--format", "json"}, false));
            REQUIRE(listed.size() == 1);
            CHECK(listed[0]["notes"] == 3);
            std::string id;
            auto const audit = test::run_luoshi(
                {"audit", "--db", db, "--as-of", "2016-06-30", "--format", "json"}, dir.path());
            for (auto const& g : nlohmann::json::parse(audit.out))
                if (g["metric_text"] == "城镇调查失业率") id = g["id"].get<std::string>();
            REQUIRE(!id.empty());
            auto const ex =
                test::run_luoshi({"explain", "--db", db, "--as-of", "2016-06-30", id}, dir.path());
            REQUIRE_MESSAGE(ex.exit_code == 0, ex.err);
            CHECK(ex.out.find("地区生产总值增长7.5%[1]左右，城镇调查失业率控制在4.5%以内。[2]") !=
                  std::string::npos);
            CHECK(ex.out.find("note      [2] 调查失业率由统计局另行发布。") != std::string::npos);
            auto const j = nlohmann::json::parse(
                test::run_luoshi({"explain", "--db", db, "--as-of", "2016-06-30", "--format", "json", id},
                                 dir.path())
                    .out);
            CHECK(j["document"]["sentence"].get<std::string>().find("[") == std::string::npos);
            REQUIRE(j["document"]["notes"].size() == 2);
            CHECK(j["document"]["notes"][0]["text"] == "按可比价格计算。");
        }
    }

    TEST_CASE(
        "a file that cannot be read as its format is named with the reason, and nothing of it is stored") {
        test::temp_dir dir;
        auto const report = test::sample_report();
        std::string const pdf = test::as_pdf(report);
        test::page_options no_body;
        no_body.body = false;
        test::write_file(dir / "in" / "report.txt", test::as_text(report));
        test::write_file(dir / "in" / "truncated.pdf", pdf.substr(0, pdf.size() / 2));
        test::write_file(dir / "in" / "scanned.pdf", test::scanned_pdf(report));
        test::write_file(dir / "in" / "locked.pdf", test::encrypted_pdf(pdf));
        test::write_file(dir / "in" / "not-word.docx", test::zip_of({{"a.txt", "地区生产总值增长8%以上"}}));
        test::write_file(dir / "in" / "empty.html", test::as_html(report, no_body));
        std::string const db = (dir / "luoshi.db").string();
        auto const in = test::run_luoshi({"ingest", "--db", db, (dir / "in").string()}, dir.path());
        CHECK(in.exit_code == 2);
        CHECK(in.out.find("6 files read: 1 added, 0 replaced, 0 skipped (already stored), 5 failed") !=
              std::string::npos);
        for (char const* name :
             {"truncated.pdf: a truncated PDF", "scanned.pdf: a PDF with no text layer",
              "locked.pdf: an encrypted PDF", "not-word.docx: a zip archive, but not a Word",
              "empty.html: a web page with no body text"})
            CHECK_MESSAGE(in.err.find(name) != std::string::npos, name << " in\n" << in.err);
        SQLite::Database sql(db);
        CHECK(sql.execAndGet("SELECT count(*) FROM reports").getInt() == 1);
        CHECK(sql.execAndGet("SELECT count(*) FROM extracted").getInt() == 0);
    }
}
