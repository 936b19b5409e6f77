#pragma once

#include "dsl/parse.hpp"
#include "rules/catalog.hpp"
#include "rules/statement.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Reading a whole report: every goal and every result in it, each with its sentence and its context.
namespace luoshi::dsl {

struct report_context {
    std::optional<rules::date> date;  // the report's date; when absent, the text's 发布时间 if it has one
    std::string region;
    std::string report;  // a label for sources: the path
    rules::catalog const* catalog = nullptr;
};

// A section of the report as read: where it starts, what it is, the year its results describe.
struct section {
    std::size_t start = 0;  // byte offset of its heading or lead sentence
    std::optional<rules::statement_kind>
        kind;  // goals (工作安排, 主要预期目标) or results (工作回顾, 过去一年)
    std::optional<int> figure_year;
    int figure_years = 1;  // 过去五年: the results of the five years up to figure_year
};

struct report_reading {
    std::vector<rules::statement> statements;  // offsets into the UTF-8 text given
    std::vector<diagnostic> diagnostics;       // notes and errors, offsets into the text
    std::optional<rules::date> date;           // the date used (given, or found in the text)
    std::string title;                         // the first heading, if any
    std::vector<section> sections;
};

// The text must be valid UTF-8 (as common::decode gives it). Splits the text into sentences (rejoining
// sentences that page layout broke across lines, leaving out headings, bylines and footers), follows the
// sections that make what follows goals or results, and reads each sentence.
report_reading read_report(std::string_view utf8, report_context const& ctx);

// The date a report states about itself (发布时间 :2015-01-13, 2015年1月13日 at the top), if any.
std::optional<rules::date> stated_date(std::string_view utf8);

}  // namespace luoshi::dsl
