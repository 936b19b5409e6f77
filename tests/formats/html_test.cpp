#include "formats/document.hpp"
#include "formats/fixtures.hpp"
#include "formats/read.hpp"

#include <doctest/doctest.h>

#include <variant>

using namespace luoshi;

using test::document_error;
using test::read_document;

TEST_SUITE("formats") {
    TEST_CASE("a government page is read as its article, without the page around it") {
        auto const report = test::sample_report();
        std::string const expected = test::expected_text(report, true);

        SUBCASE("GBK with <meta charset=gbk>") {
            test::page_options o;
            o.gbk = true;
            auto const d = read_document("report.html", test::as_html(report, o));
            CHECK(d.text == expected);
            CHECK(d.encoding == "GB18030");
        }
        SUBCASE("UTF-8 declared by http-equiv") {
            auto const d = read_document("report.htm", test::as_html(report));
            CHECK(d.text == expected);
            CHECK(d.encoding == "UTF-8");
            CHECK(d.converter.rfind("gumbo ", 0) == 0);
        }
        SUBCASE(
            "navigation, scripts, styles, comments, share and print buttons, related links, footer: none of "
            "it") {
            auto const d = read_document("report.html", test::as_html(report));
            for (char const* furniture :
                 {"首页", "当前位置", "99%", "9%以内", "999亿元", "9万人", "分享到", "微博", "打印本页",
                  "相关阅读", "10%以上", "版权所有", "备案号", "发布时间"})
                CHECK_MESSAGE(d.text.find(furniture) == std::string::npos, furniture);
        }
        SUBCASE("the page's title and publication date") {
            test::page_options o;
            o.date = "2016-01-21";
            auto const d = read_document("report.html", test::as_html(report, o));
            CHECK(d.title == "2016年示例区政府工作报告");
            CHECK(d.date == "2016-01-21");
        }
    }

    TEST_CASE("each block of a page's text names the element it came from") {
        auto const d = read_document("report.html", test::as_html(test::sample_report()));
        REQUIRE(!d.blocks.empty());
        CHECK(d.blocks.front().start == 0);
        CHECK(d.blocks.front().place == "/html/body/div[3]/h1");  // the title, above the article
        auto const at = d.text.find("今年经济社会发展的主要预期目标是");
        REQUIRE(at != std::string::npos);
        CHECK(d.place_at(at) == "/html/body/div[3]/div[2]/p[8]");
        CHECK(d.place_at(d.text.find("（一）项目建设持续加力")) == "/html/body/div[3]/div[2]/h3[2]");
        CHECK(d.place_at(d.text.find("（二）民生保障不断改善")) == "/html/body/div[3]/div[2]/p[6]");
    }

    TEST_CASE("a page's charset: as declared, unless its bytes are UTF-8") {
        std::string const body = "<p>確保地區生產總值增長8%以上。全年新增城鎮就業2萬人。</p>";
        SUBCASE("Big5, as declared") {
            auto const d = read_document(
                "big5.html",
                test::encode("<html><head><meta charset=\"big5\"></head><body>" + body + "</body></html>",
                             "BIG5"));
            CHECK(d.encoding == "BIG5");
            CHECK(d.text == "確保地區生產總值增長8%以上。全年新增城鎮就業2萬人。\n");
        }
        SUBCASE("a GBK meta left in a template over UTF-8 bytes") {
            auto const d = read_document(
                "utf8.html", "<html><head><meta charset=\"gb2312\"></head><body>" + body + "</body></html>");
            CHECK(d.encoding == "UTF-8");
            CHECK(d.text == "確保地區生產總值增長8%以上。全年新增城鎮就業2萬人。\n");
        }
    }

    TEST_CASE("a page nested hundreds deep (unclosed <font> tags) is read, its paths kept short") {
        std::string page = "<html><body>";
        for (int i = 0; i < 400; ++i) page += "<font size=\"3\">";
        page += "<p>力争地区生产总值增长8%以上。</p></body></html>";
        auto const d = read_document("deep.html", page);
        CHECK(d.text == "力争地区生产总值增长8%以上。\n");
        REQUIRE(d.blocks.size() == 1);
        CHECK(d.blocks.front().place.size() < 1000);
    }

    TEST_CASE("a page with no article is refused") {
        test::page_options o;
        o.body = false;
        CHECK(document_error("empty.html", test::as_html(test::sample_report(), o)).find("no body text") !=
              std::string::npos);
        CHECK(document_error("nothing.html", "").find("no body text") != std::string::npos);
        CHECK(document_error("binary.html", std::string("\xff\xfe<\0h\0t\0m\0l\0", 12)).size() > 0);
        // the article's only block is a share line (the fuzzer's find): no text is left, so no document
        CHECK(document_error("share.html",
                             "<html><head><title/></head><body><table><tr><td>"
                             "地区生产总值扫一扫520.3</td></tr></table></body></html>")
                  .find("no body text") != std::string::npos);
    }
}
