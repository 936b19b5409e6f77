#include "formats/document.hpp"
#include "formats/fixtures.hpp"
#include "formats/read.hpp"

#include <doctest/doctest.h>

#include <variant>

using namespace luoshi;

namespace {

std::string docx_error(std::string const& bytes) { return test::document_error("report.docx", bytes); }

}  // namespace

TEST_SUITE("formats") {
    TEST_CASE(
        "a Word file is read as its paragraphs and headings in order, tables as rows, footnotes apart") {
        auto const report = test::sample_report();
        test::word_options o;
        o.table = {{"指标", "单位", "2015年"}, {"地区生产总值", "亿元", "512.6"}};
        o.footnotes = {"注：地区生产总值按可比价格计算。"};
        auto r = formats::read_document("report.DOCX", test::as_docx(report, o));
        REQUIRE(std::holds_alternative<formats::document>(r));
        auto const& d = std::get<formats::document>(r);
        CHECK(d.text ==
              test::expected_text(report, false) + "\n指标\t单位\t2015年\n\n地区生产总值\t亿元\t512.6\n");
        CHECK(d.text.find("删去的字") == std::string::npos);  // a tracked deletion
        REQUIRE(d.notes.size() == 1);
        CHECK(d.notes[0] == o.footnotes[0]);
        CHECK(d.title == "2016年示例区政府工作报告");
        CHECK(d.place_at(0) == "paragraph 1 (heading 1)");
        CHECK(d.place_at(d.text.find("二、2016年工作安排")) == "paragraph 11 (heading 1)");
        CHECK(d.place_at(d.text.find("今年经济社会发展")) == "paragraph 12");
        CHECK(d.place_at(d.text.find("地区生产总值\t")) == "table 1, row 2");
    }

    TEST_CASE("files that are not Word documents are refused with the reason") {
        CHECK(
            docx_error(test::zip_of({{"notes.txt", "地区生产总值增长8%以上"}})).find("not a Word document") !=
            std::string::npos);
        CHECK(docx_error("地区生产总值增长8%以上").find("not a zip") != std::string::npos);
        CHECK(docx_error(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'))
                  .find("old .doc") != std::string::npos);
        std::string const docx = test::as_docx(test::sample_report());
        CHECK(docx_error(docx.substr(0, docx.size() / 2)).find("not a zip") != std::string::npos);
    }
}
