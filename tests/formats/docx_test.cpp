#include "formats/document.hpp"
#include "formats/fixtures.hpp"
#include "formats/read.hpp"

#include <doctest/doctest.h>

#include <iterator>
#include <string>
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
        CHECK(d.notes[0].text == o.footnotes[0]);
        CHECK(d.notes[0].mark == "1");
        // referred to at the end of the first body paragraph
        CHECK(d.notes[0].at == d.text.find("请予审议，并请区政协委员和其他列席人员提出意见。") +
                                   std::string("请予审议，并请区政协委员和其他列席人员提出意见。").size());
        CHECK(d.title == "2016年示例区政府工作报告");
        CHECK(d.place_at(0) == "paragraph 1 (heading 1)");
        CHECK(d.place_at(d.text.find("二、2016年工作安排")) == "paragraph 11 (heading 1)");
        CHECK(d.place_at(d.text.find("今年经济社会发展")) == "paragraph 12");
        CHECK(d.place_at(d.text.find("地区生产总值\t")) == "table 1, row 2");
    }

    TEST_CASE("footnotes and endnotes are numbered as Word shows them, in the order of their marks") {
        // ^ a footnote, † a footnote whose mark the author typed, ~ an endnote: none is written into the text
        test::word_options o;
        o.footnotes = {"按可比价格计算。", "按新口径。", "按当年价格计算。"};
        o.endnotes = {"数据来源：统计局。", "见附表。"};
        auto const d = test::read_document(
            "report.docx", test::as_docx({{"2016年示例区政府工作报告", true},
                                          {"地区生产总值增长7.5%^左右†，城镇登记失业率控制在4%以内~。"},
                                          {"全年安排重点项目130个。^~"}},
                                         o));
        std::string const first = "地区生产总值增长7.5%左右，城镇登记失业率控制在4%以内。";
        std::string const second = "全年安排重点项目130个。";
        REQUIRE(d.text.find(first) != std::string::npos);
        REQUIRE(d.text.find(second) != std::string::npos);
        struct row {
            char const* kind;
            char const* mark;
            std::string before;  // the text up to the mark; empty: the note has no mark
            char const* text;
        };
        row const rows[] = {
            {"footnote", "1", "地区生产总值增长7.5%", "按可比价格计算。"},
            {"footnote", "†", "地区生产总值增长7.5%左右", "按新口径。"},
            {"endnote", "i", "地区生产总值增长7.5%左右，城镇登记失业率控制在4%以内", "数据来源：统计局。"},
            {"footnote", "2", second, "按当年价格计算。"},
            {"endnote", "ii", second, "见附表。"},
        };
        REQUIRE(d.notes.size() == std::size(rows));
        for (std::size_t i = 0; i < std::size(rows); ++i) {
            auto const& want = rows[i];
            CAPTURE(want.text);
            CHECK(d.notes[i].kind == want.kind);
            CHECK(d.notes[i].mark == want.mark);
            CHECK(d.notes[i].text == want.text);
            auto const line = d.text.find(want.before == second ? second : first);
            CHECK(d.notes[i].at == line + want.before.size());
        }
        CHECK(d.text.find("†") == std::string::npos);
    }

    TEST_CASE("a note the text never refers to is kept, without a mark or a place") {
        test::word_options o;
        o.footnotes = {"按可比价格计算。", "未引用的注。"};
        auto const d = test::read_document(
            "report.docx",
            test::as_docx({{"2016年示例区政府工作报告", true}, {"地区生产总值增长7.5%^左右。"}}, o));
        REQUIRE(d.notes.size() == 2);
        CHECK(d.notes[1].text == "未引用的注。");
        CHECK(d.notes[1].mark.empty());
        CHECK_FALSE(d.notes[1].at);
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
        // a part that says it is UTF-8 and is not (the fuzzer's: pugixml passes the bytes on as they are)
        CHECK(docx_error(test::as_docx({{"示例区政府工作报告", true}, {"地区生产总值增长\xE4\xB8%左右。"}}))
                  .find("word/document.xml holds bytes that are not UTF-8") != std::string::npos);
        test::word_options o;
        o.footnotes = {"按可比价格\xFF计算。"};
        CHECK(docx_error(test::as_docx({{"示例区政府工作报告", true}, {"地区生产总值增长7.5%^左右。"}}, o))
                  .find("a footnote holds bytes that are not UTF-8") != std::string::npos);
    }
}
