#include "formats/document.hpp"
#include "formats/fixtures.hpp"
#include "formats/read.hpp"

#include <doctest/doctest.h>

#include <variant>

using namespace luoshi;

namespace {

formats::document read_pdf(std::string const& bytes) { return test::read_document("report.pdf", bytes); }
std::string pdf_error(std::string const& bytes) { return test::document_error("report.pdf", bytes); }

// Lines the layout broke in the middle of a paragraph and the reader joined again: blocks that start right
// after text of the same paragraph, not after a line break.
std::size_t joined_lines(formats::document const& d) {
    std::size_t n = 0;
    for (auto const& b : d.blocks) n += b.start > 0 && d.text[b.start - 1] != '\n';
    return n;
}

}  // namespace

TEST_SUITE("formats") {
    TEST_CASE("a PDF is read as the report's paragraphs, lines broken by layout joined again") {
        auto const report = test::sample_report();
        std::string const expected = test::expected_text(report, true);

        SUBCASE("one column") {
            auto const d = read_pdf(test::as_pdf(report));
            CHECK(d.text == expected);
            CHECK(joined_lines(d) > 10);
            CHECK(d.converter.rfind("poppler ", 0) == 0);
        }
        SUBCASE("two columns, read column by column, a paragraph going on from one column to the next") {
            test::pdf_options o;
            o.columns = 2;
            auto const d = read_pdf(test::as_pdf(report, o));
            CHECK(d.text == expected);
        }
        SUBCASE("a running header, footer and page number on every page: none of them in the text") {
            test::pdf_options o;
            o.running = true;
            o.page_height = 420;
            auto const d = read_pdf(test::as_pdf(report, o));
            CHECK(d.text == expected);
            CHECK(d.blocks.back().place.rfind("page 1, ", 0) == std::string::npos);
        }
        SUBCASE("two columns on pages with running headers and footers") {
            test::pdf_options o;
            o.columns = 2;
            o.running = true;
            o.page_height = 520;
            auto const d = read_pdf(test::as_pdf(report, o));
            CHECK(d.text == expected);
        }
    }

    TEST_CASE("each line of a PDF's text names its page and line") {
        test::pdf_options o;
        o.page_height = 420;
        auto const d = read_pdf(test::as_pdf(test::sample_report(), o));
        CHECK(d.blocks.front().place == "page 1, line 1");
        auto const at = d.text.find("二、2016年工作安排");
        REQUIRE(at != std::string::npos);
        CHECK(d.place_at(at).rfind("page 2, line ", 0) == 0);
    }

    TEST_CASE("PDFs luoshi cannot read are refused with the reason") {
        auto const report = test::sample_report();
        std::string const pdf = test::as_pdf(report);
        SUBCASE("a scan: an image and no text") {
            CHECK(pdf_error(test::scanned_pdf(report)).find("no text layer") != std::string::npos);
        }
        SUBCASE("encrypted with a user password (by qpdf)") {
            std::string const locked = test::encrypted_pdf(pdf);
            REQUIRE_MESSAGE(!locked.empty(),
                            "qpdf could not encrypt the PDF (is qpdf installed? scripts/setup does)");
            CHECK(pdf_error(locked).find("encrypted") != std::string::npos);
        }
        SUBCASE("truncated") {
            CHECK(pdf_error(pdf.substr(0, pdf.size() * 2 / 3)).find("truncated") != std::string::npos);
            CHECK(pdf_error(pdf.substr(0, 100)).find("truncated") != std::string::npos);
        }
        SUBCASE("not a PDF at all") {
            CHECK(pdf_error("<html>a page saved as .pdf</html>").find("not a PDF") != std::string::npos);
            CHECK(pdf_error("").find("not a PDF") != std::string::npos);
        }
        SUBCASE("a PDF whose objects are damaged") {
            std::string broken = pdf;
            for (std::size_t i = 400; i < broken.size() - 2000; i += 97) broken[i] = '#';
            auto r = formats::read_document("broken.pdf", broken);
            if (auto const* d = std::get_if<formats::document>(&r)) CHECK(d->text.size() < pdf.size());
        }
    }
}
