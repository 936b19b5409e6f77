#include "app/inputs.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <iconv.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace test = luoshi::test;
using namespace luoshi;

namespace {

std::string temp_file(std::string const& name, std::string const& bytes) {
    auto const dir = std::filesystem::temp_directory_path() / "luoshi-extract-test";
    std::filesystem::create_directories(dir);
    auto const path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

}  // namespace

TEST_SUITE("cli") {
    TEST_CASE(
        "a GB18030 copy of a report yields the same goals and figures, with offsets into its own bytes") {
        auto const utf8_path = (test::source_dir() / "examples/reports/shili-2015.txt").string();
        std::string const utf8 = test::read_file(utf8_path);
        std::string const gb = test::to_gb18030(utf8);
        auto const gb_path = temp_file("shili-2015-gb18030.txt", gb);
        auto const& catalog = rules::yaml::builtin_catalog();
        auto a = app::load_report(utf8_path, {}, catalog);
        auto b = app::load_report(gb_path, {}, catalog);
        REQUIRE(std::holds_alternative<app::loaded_report>(a));
        REQUIRE(std::holds_alternative<app::loaded_report>(b));
        auto const& ra = std::get<app::loaded_report>(a);
        auto const& rb = std::get<app::loaded_report>(b);
        CHECK(ra.text.encoding == "UTF-8");
        CHECK(rb.text.encoding == "GB18030");
        REQUIRE(ra.reading.statements.size() == rb.reading.statements.size());
        REQUIRE(ra.reading.statements.size() > 10);
        for (std::size_t i = 0; i < ra.reading.statements.size(); ++i) {
            auto const& x = ra.reading.statements[i];
            auto const& y = rb.reading.statements[i];
            CAPTURE(x.src.text);
            CHECK(x.metric == y.metric);
            CHECK(x.value == y.value);
            CHECK(x.kind == y.kind);
            CHECK(x.src.text == y.src.text);
            CHECK(utf8.substr(x.src.start, x.src.end - x.src.start) ==
                  x.src.text);  // offsets are the file's bytes
            CHECK(gb.substr(y.src.start, y.src.end - y.src.start) == test::to_gb18030(y.src.text));
        }
    }

    // Scraped pages indent with ideographic spaces, &nbsp; (a no-break space) or ASCII; a heading stays a
    // heading however its line is padded.
    TEST_CASE("lines padded with any kind of space read the same") {
        struct padding {
            std::string name;
            std::string pad;
        };
        padding const cases[] = {{"none", ""},
                                 {"ideographic space", "\u3000\u3000"},
                                 {"no-break space", "\u00a0\u00a0"},
                                 {"ASCII spaces", "    "},
                                 {"tab", "\t"}};
        for (auto const& c : cases) {
            CAPTURE(c.name);
            std::string const text = "示例区2016年政府工作报告\n\n" + c.pad +
                                     "过去一年，全区地区生产总值增长7.6%。" + c.pad + "\n\n" + c.pad +
                                     "二、2016年工作安排" + c.pad + "\n\n" + c.pad +
                                     "地区生产总值增长7.5%左右。\n";
            app::report_meta flags;
            flags.date = rules::date(2016, 1, 18);
            auto r = app::load_report(temp_file("padded.txt", text), flags, rules::yaml::builtin_catalog());
            REQUIRE(std::holds_alternative<app::loaded_report>(r));
            auto const& sts = std::get<app::loaded_report>(r).reading.statements;
            REQUIRE(sts.size() == 2);
            CHECK(sts[0].kind == rules::statement_kind::figure);
            CHECK(sts[0].src.text == "地区生产总值增长7.6%");
            CHECK(sts[1].kind == rules::statement_kind::goal);
            CHECK(sts[1].src.text == "地区生产总值增长7.5%左右");
        }
    }

    TEST_CASE("front matter gives the region and the date, flags override it") {
        auto const path = (test::source_dir() / "examples/reports/shili-2016.txt").string();
        auto r = app::load_report(path, {}, rules::yaml::builtin_catalog());
        REQUIRE(std::holds_alternative<app::loaded_report>(r));
        CHECK(std::get<app::loaded_report>(r).meta.region == "示例区");
        CHECK(std::get<app::loaded_report>(r).meta.date == rules::date(2016, 1, 18));
        app::report_meta flags;
        flags.region = "另一区";
        auto o = app::load_report(path, flags, rules::yaml::builtin_catalog());
        REQUIRE(std::holds_alternative<app::loaded_report>(o));
        CHECK(std::get<app::loaded_report>(o).meta.region == "另一区");
    }

    TEST_CASE("a truncated UTF-8 file and a binary file are errors that name the byte") {
        std::string const good = "地区生产总值增长8%以上，城镇登记失业率控制在4%以内";
        auto const truncated = temp_file("truncated.txt", good.substr(0, good.size() - 2));
        auto r = app::load_report(truncated, {}, rules::yaml::builtin_catalog());
        REQUIRE(std::holds_alternative<app::load_error>(r));
        CHECK(std::get<app::load_error>(r).offset == good.size() - 3);
        auto const binary = temp_file("binary.txt", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
        auto b = app::load_report(binary, {}, rules::yaml::builtin_catalog());
        REQUIRE(std::holds_alternative<app::load_error>(b));
        CHECK(std::get<app::load_error>(b).message.find("not text") != std::string::npos);
    }
}
