#pragma once

#include <optional>
#include <string>
#include <vector>

namespace luoshi::cli {

enum class format { table, json, csv, markdown };

struct parse_options {
    std::string phrase;
    std::optional<std::string> date;     // YYYY-MM-DD; today when absent
    std::optional<std::string> kind;     // goal | figure
    std::optional<std::string> catalog;  // a user's metric catalog, added to the built-in one
    cli::format format = format::table;
    std::string today;  // YYYY-MM-DD, from the clock in main
};

// Exit codes: 0 ok, 2 bad usage or bad input (DESIGN.md).
int run_parse(parse_options const& o);

struct extract_options {
    std::vector<std::string> files;
    std::optional<std::string> region;
    std::optional<std::string> date;
    std::optional<std::string> catalog;
    cli::format format = format::table;
};

// What the reader finds in whole reports; stores nothing. Exit 2 if a file could not be read (after the
// others).
int run_extract(extract_options const& o);

struct audit_options {
    std::vector<std::string> files;  // none: the store
    std::string db = "luoshi.db";
    std::string as_of;                  // YYYY-MM-DD; main fills in today when not given
    std::optional<std::string> date;    // the reports' date, when neither front matter nor index.csv gives it
    std::optional<std::string> region;  // only goals of this region
    std::optional<int> year;            // only goals stated in this year
    std::optional<std::string> metric;  // only goals of this metric (canonical name or an alias)
    std::optional<std::string> verdict;  // met | missed | pending
    std::optional<std::string> catalog;
    double rate_tolerance = 0.5;
    double amount_tolerance = 0.05;
    cli::format format = format::table;
    bool color = false;  // colour the verdicts (stdout is a terminal and NO_COLOR is not set)
};

// Judges the goals of the given reports against their figures as of a date (until the store exists, the
// reports are read directly). Exit 0 whatever the verdicts; 2 if a report could not be read (after the
// others).
int run_audit(audit_options const& o);

struct ingest_options {
    std::vector<std::string> paths;  // files and folders (recursively)
    std::string db = "luoshi.db";
    std::optional<std::string> region;
    std::optional<std::string> date;
    std::optional<std::string> catalog;
    bool replace = false;
    bool progress = false;  // a progress line on stderr (stderr is a terminal)
};

// Reads reports into the store, each in one transaction. Exit 2 if any input failed (after the others).
int run_ingest(ingest_options const& o);

struct reports_options {
    std::string db = "luoshi.db";
    cli::format format = format::table;
};

// What the store holds: one row per report.
int run_reports(reports_options const& o);

struct explain_options {
    std::string goal_id;
    std::string db = "luoshi.db";
    std::string as_of;  // YYYY-MM-DD; main fills in today
    std::optional<std::string> catalog;
    double rate_tolerance = 0.5;
    double amount_tolerance = 0.05;
    cli::format format = format::table;
};

// One goal: its sentence and report, every figure of its metric and what the judge made of it, the rule
// applied, the verdict.
int run_explain(explain_options const& o);

}  // namespace luoshi::cli
