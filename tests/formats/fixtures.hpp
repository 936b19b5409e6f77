#pragma once

#include <string>
#include <vector>

// Documents written at test time, from a report's paragraphs: a web page, a Word file (libzip and the minimal
// OOXML parts), a PDF (cairo and pango, with the Noto CJK font Debian's fonts-noto-cjk installs).
namespace luoshi::test {

struct paragraph {
    std::string text;
    bool heading = false;  // the first heading is the report's title
};

// A district's work report, made up and modelled on real ones: a review with its figures, the year's
// targets, a table-free body of about 3 KB.
std::vector<paragraph> sample_report();

// The text a document of the report reads as: its paragraphs, a blank line between two. A web page or a PDF
// shows no space between Chinese characters (区长　王明 reads 区长王明); a Word file keeps its text as typed.
std::string expected_text(std::vector<paragraph> const& report, bool layout_spaces_dropped);

// As a .txt report is written: a line each, body paragraphs indented by two ideographic spaces.
std::string as_text(std::vector<paragraph> const& report);

struct page_options {
    bool gbk = false;       // <meta charset="gbk"> and the bytes in GBK; else UTF-8 declared by http-equiv
    bool furniture = true;  // navigation, scripts, styles, share buttons, related links, a footer, comments
    bool body = true;       // the article itself
    std::string date = "2016-01-19";  // the 发布时间 line beside the article
};
// A government site's page: the title in <title> and an <h1> above the article, the article in div#zoom.
std::string as_html(std::vector<paragraph> const& report, page_options const& o = {});

struct word_options {
    std::vector<std::vector<std::string>> table;  // rows of cells after the report
    // Referred to where a body paragraph's text has ^ (and † for a footnote with † as its typed mark) and ~,
    // in order; with no such marks, the first footnote at the end of the first body paragraph.
    std::vector<std::string> footnotes;
    std::vector<std::string> endnotes;
};
std::string as_docx(std::vector<paragraph> const& report, word_options const& o = {});

// A zip archive of the given parts (name, content).
std::string zip_of(std::vector<std::pair<std::string, std::string>> const& parts);

struct pdf_options {
    int columns = 1;
    bool running = false;      // a running header, a footer and a page number on every page
    double page_height = 842;  // A4; shorter pages make more of them
};
std::string as_pdf(std::vector<paragraph> const& report, pdf_options const& o = {});
// One page with the report's start as pixels of an image, no text: a scan.
std::string scanned_pdf(std::vector<paragraph> const& report);
// The PDF encrypted by qpdf with a user password; empty when qpdf fails.
std::string encrypted_pdf(std::string const& pdf);

// UTF-8 to GBK or another charset, through glibc's iconv.
std::string gbk(std::string const& utf8);
std::string encode(std::string const& utf8, char const* charset);

}  // namespace luoshi::test
