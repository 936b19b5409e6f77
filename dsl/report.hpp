#pragma once

#include "dsl/parse.hpp"
#include "rules/catalog.hpp"
#include "rules/statement.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Reading a whole report: its outline (title, byline, headings, paragraphs, and the time each speaks of), and
// every goal and result in it, each with its sentence and the part of the outline it sits in.
namespace luoshi::dsl {

struct report_context {
    std::optional<rules::date> date;  // the report's date; when absent, the one the text states
    std::string region;               // when empty, the one the title, byline or signature names
    std::string report;               // a label for sources: the path
    rules::catalog const* catalog = nullptr;
};

// One part of a report's outline.
struct outline_node {
    enum class kind { document, title, byline, heading, paragraph };
    outline_node::kind type = kind::document;
    int level = 0;  // a heading's: 1 一、 (or a heading with no number), 2 （一）, 3 1., 4 （1）
    std::size_t begin = 0, end = 0;  // bytes of the text: a heading through all it heads, a paragraph
    std::string heading;             // a heading's words; a paragraph's lead (its first clause)
    rules::time_scope scope;         // the time what it holds speaks of
    std::string why;                 // how that was decided: the words, the content, or inherited
    int parent = -1;                 // the node it is part of
    int number = 0;                  // a paragraph's place among the paragraphs of its parent, from 1
};

struct outline {
    // In the order of the text (by begin), each inside its parent; nodes[0] is the whole text.
    std::vector<outline_node> nodes;

    // The innermost node that holds the byte at offset.
    std::size_t node_at(std::size_t offset) const;
    // A node's place for people: its headings, outermost first, joined by " › ", and ¶n for a paragraph.
    std::string path(std::size_t node) const;
};

// The outline of a report; `date` is the report's (it tells which years are past).
outline read_outline(std::string_view utf8, std::optional<rules::date> date);

struct report_reading {
    std::vector<rules::statement> statements;  // offsets into the UTF-8 text given
    std::vector<diagnostic> diagnostics;       // notes and errors, offsets into the text
    std::optional<rules::date> date;           // the date used (given, or found in the text)
    std::string date_source;                   // where it came from: given, byline, 发布时间
    std::string region;                        // the region used (given, or named in the text)
    std::string region_source;                 // given, title, byline, signature; empty when unknown
    std::string title;                         // the title, or the first heading
    dsl::outline outline;
};

// The text must be valid UTF-8 (as common::decode gives it). Reads the outline, keeps sentences whole across
// the lines page layout broke them into (leaving out bylines and page furniture), and reads each sentence
// with the time of the part it sits in. A sentence longer than max_sentence_bytes (a text with no 。！？
// would be one sentence as large as the file) is read in pieces, each cut after the last clause break
// (，；：) that fits; a stretch of it with none is a clause too long to read, given up with a warning.
report_reading read_report(std::string_view utf8, report_context const& ctx);

// The region a report's title names: 2026年上海市政府工作报告 → 上海市; 国务院政府工作报告 → 全国; "" for
// none.
std::string region_named_in(std::string_view title);

// The date a report states about itself (发布时间 :2015-01-13, 2015年1月13日 at the top), if any.
std::optional<rules::date> stated_date(std::string_view utf8);

}  // namespace luoshi::dsl
