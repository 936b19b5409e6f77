#pragma once

#include "common/diagnostic.hpp"
#include "rules/catalog.hpp"
#include "rules/statement.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The only header other modules include from dsl/: no Spirit type crosses it.
namespace luoshi::dsl {

// Errors and notes about a phrase: offsets are bytes into it.
using common::diagnostic;
using common::severity;

struct context {
    std::optional<rules::date> reference;  // the report's date: resolves 年底, 明年, 6月份
    std::optional<rules::statement_kind>
        kind;                                 // force goal or figure; otherwise the cues and the scope decide
    rules::catalog const* catalog = nullptr;  // canonical metric names; the words as written without it
    std::string region;  // the report's region: a metric's name does not keep it (东湖区城镇登记失业率)
    // What the part of the report around the phrase speaks of (the whole-report reader sets it from the
    // outline): a review makes results of phrases with no cue, and gives a figure its years; targets make
    // goals, due at the year's or the plan's end
    rules::time_scope scope;
    bool estimate = false;  // under a lead such as 预计: figures are estimates
    // In a glossary (名词解释): its entries define programmes and terms
    // (…计划：遴选支持350名左右本土高层次人才), so only a time of a clause's own (到2027年, 用5年时间,
    // 2024年9月) makes a goal or a result there
    bool definitions = false;
    bool valid_utf8 = false;  // the caller has checked the text (a decoded report): not again
};

struct parse_result {
    std::vector<rules::statement> statements;
    std::vector<diagnostic> diagnostics;
    bool ok() const {
        for (auto const& d : diagnostics)
            if (d.severity == severity::error) return false;
        return !statements.empty();
    }
};

// The most bytes read as one phrase or sentence: their tokens are held at once, some hundred bytes each. The
// longest sentence in the corpora is 1,348 bytes; a longer phrase is an error, and read_report reads a longer
// sentence in pieces.
constexpr std::size_t max_sentence_bytes = 16384;

// A clause (the text between ，；：。) longer than this is not read, and a warning says so. The longest
// clause in the corpora is 543 bytes (181 characters: a list of names joined by 、); four times that with no
// punctuation is not prose but text that lost it, and the rules, which look across the clause for each amount
// in it, take time squared in its length (a clause of 1.6 MB took 10 s).
constexpr std::size_t max_clause_bytes = 2048;

// The most statements read from one report. The reports in the corpora state at most 330; a text that states
// this many is not one report but many run together, or no report at all (增长8 on every line), and each
// statement holds its sentence and its place, some hundreds of bytes: past this, reading stops with a
// warning, and memory stays bounded whatever the input (issue 20).
constexpr std::size_t max_report_statements = 20000;

// Reads one phrase or sentence: every goal or figure it states, in order. Never throws for bad input; one
// longer than max_sentence_bytes is an error, not read.
parse_result parse_phrase(std::string_view utf8, context const& ctx = {});

enum class quantity_kind { number, percent, points, fraction, range, ratio };

// A quantity found in free text, as the grammar reads it (for the peer comparison and the scanner).
struct quantity_match {
    std::size_t begin = 0, end = 0;  // the whole quantity, with its unit
    std::size_t number_end = 0;      // end of the first number (with its multipliers): 199个 → 199
    quantity_kind kind = quantity_kind::number;
    double value = 0;                 // base unit; percent for percentages
    std::optional<double> low, high;  // ranges
    std::string unit;                 // base unit, "" for a bare number
    std::string unit_text;            // as written
    rules::vagueness vague = rules::vagueness::exact;
};

struct scan_result {
    std::vector<quantity_match> quantities;
    std::vector<diagnostic> diagnostics;
};

scan_result find_quantities(std::string_view utf8);

}  // namespace luoshi::dsl
