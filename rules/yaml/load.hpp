#pragma once

#include "common/diagnostic.hpp"
#include "rules/catalog.hpp"
#include "rules/statement.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Goals and figures written by hand: YAML rule files and CSV figure tables (DESIGN.md "Rule and figure
// files"). No YAML type crosses this header.
namespace luoshi::rules::yaml {

// Errors and warnings with their byte offset into the text given.
using common::diagnostic;
using common::severity;

// What the command line knows about a file before reading it.
struct file_context {
    std::string path;    // the file's path: sources name it, and ids derived from content include it
    std::string digest;  // SHA-1 of the file's bytes
    std::string region;  // --region: the region of entries for which the file names none
    std::optional<rules::date> date;  // --date: the date stated, for entries for which the file gives none
    rules::catalog const* catalog = nullptr;  // canonical metric names, kinds and units
};

struct rule_file {
    std::vector<statement> statements;    // goals and figures in the order written; offsets into the text
    std::vector<diagnostic> diagnostics;  // sorted by offset; any error means the file is not to be stored
    std::string region;                   // the regions the file names, joined by 、 (for the store's row)
    std::optional<rules::date> date;      // the latest date stated in the file
    std::string title;                    // the first `source:`, or what the file is
    bool ok() const {
        for (auto const& d : diagnostics)
            if (d.severity == severity::error) return false;
        return true;
    }
};

// A YAML rule file: one or more documents (`---`), each with region, date, source, goals and figures. Every
// error is collected; nothing throws for bad input. The text must be valid UTF-8.
rule_file load_rules(std::string_view utf8, file_context const& ctx);

// A CSV table of figures: a header row naming the columns (region, metric, measure, period, value, unit,
// source, and the optional ones), then one figure a row. Errors point at the cell.
rule_file load_figures_csv(std::string_view utf8, file_context const& ctx);

// The goals (and figures, if any are given) as a rule file that load_rules reads back to the same
// statements: one document per region and date stated, every goal field by field with its id, and the
// sentence it was read from as a comment.
std::string write_rules(std::vector<statement> const& statements, catalog const& catalog);

// The project file, luoshi.yaml: the metric catalog to add and the tolerance policy.
struct project {
    std::vector<std::string> catalogs;       // paths, relative to the project file's folder
    std::optional<double> rate_tolerance;    // percentage points
    std::optional<double> amount_tolerance;  // a fraction of the target
    std::optional<std::string> db;
    std::vector<diagnostic> diagnostics;
};

project load_project(std::string_view utf8);

// YAML front matter at the top of a report: a `---` line, `region:`, `date:` (YYYY-MM-DD, a day that
// exists), `title:`, and a closing `---` line. Other keys are left to other tools.
struct front_matter {
    std::size_t body = 0;  // where the report's own text starts (0: the text has no front matter)
    std::string region, title;
    std::optional<rules::date> date;
    std::vector<diagnostic> diagnostics;  // offsets into the text given; an error means the report is refused
};

front_matter load_front_matter(std::string_view utf8);

// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
std::optional<std::string> closest(std::string_view word, std::vector<std::string> const& candidates);

}  // namespace luoshi::rules::yaml
