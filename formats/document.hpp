#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// Reports as they are published (web pages, PDF, Word files) turned into the plain UTF-8 text the reader
// reads, with the way back from the text to the place in the document each stretch came from.
namespace luoshi::formats {

enum class format { html, pdf, docx };

// The format a file's name says (.html, .htm, .pdf, .docx, any case), or none for the others.
std::optional<format> format_of(std::string_view path);
std::string_view name(format f);  // "html", "pdf", "docx"

// Where a stretch of the text came from: an element path (/html/body/div[2]/p[7]), a paragraph or table row
// of a Word file, a page and line of a PDF.
struct block {
    std::size_t start = 0;  // byte offset into document::text where the stretch starts
    std::string place;
};

// A Word file's footnote or endnote. Its reference mark is not written into the text, where it would break
// the sentence it stands in (增长7.5%¹左右); `at` says where it stands, and the mark how to show it there.
struct note {
    std::string kind;  // footnote, endnote
    // As Word shows it by default: footnotes 1, 2, … and endnotes i, ii, … in order of reference, or the mark
    // the author typed instead (*); empty for a note the text never refers to
    std::string mark;
    std::optional<std::size_t> at;  // byte offset into document::text where the mark stands; none: no mark
    std::string text;
};

struct document {
    formats::format format = format::html;
    // Paragraphs as lines, a blank line between two; headings are short lines of their own.
    std::string text;
    std::vector<block> blocks;  // in order of start; a block runs to the next one's start
    std::string title;          // the page's or file's title, when it has one
    std::string date;           // a publication date the page states (YYYY-MM-DD), or empty
    std::string encoding;       // a web page's charset as read (UTF-8, GB18030, BIG5); UTF-8 otherwise
    std::string converter;      // the library that read it and its version: "gumbo 0.10.1"
    std::vector<note> notes;    // a Word file's footnotes and endnotes in order of their marks

    // The place of the block holding a text offset; empty before the first block.
    std::string_view place_at(std::size_t offset) const;
};

// The place of the block holding a text offset, of blocks in order of start (a document's, or a stored
// extraction's); empty before the first block.
template <class Block>
std::string_view place_at(std::vector<Block> const& blocks, std::size_t offset) {
    auto const it = std::upper_bound(blocks.begin(), blocks.end(), offset,
                                     [](std::size_t o, Block const& b) { return o < b.start; });
    if (it == blocks.begin()) return {};
    return std::prev(it)->place;
}

struct format_error {
    std::string message;  // for a person, without the file's name (the caller names it)
};

// Reads a document of one of the formats above from its bytes (the path gives the format and nothing else).
// A file that cannot be read as its format, or that holds no text, is an error.
std::variant<document, format_error> read_document(std::string_view path, std::string const& bytes);

}  // namespace luoshi::formats
