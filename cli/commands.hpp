#pragma once

#include "rules/confidence.hpp"

#include <optional>
#include <string>
#include <vector>

namespace luoshi::cli {

enum class format { table, json, csv, markdown };

struct parse_options {
    std::string phrase;
    std::optional<std::string> date;    // YYYY-MM-DD; today when absent
    std::optional<std::string> kind;    // goal | figure
    std::vector<std::string> catalogs;  // the user's metric catalogs (luoshi.yaml's, then --catalog's)
    cli::format format = format::table;
    std::string today;  // YYYY-MM-DD, from the clock in main
};

// Exit codes: 0 ok, 2 bad usage or bad input (DESIGN.md).
int run_parse(parse_options const& o);

struct extract_options {
    std::vector<std::string> files;
    std::optional<std::string> region;
    std::optional<std::string> date;
    std::vector<std::string> catalogs;  // the user's metric catalogs (luoshi.yaml's, then --catalog's)
    cli::format format = format::table;
};

// What the reader finds in whole reports; stores nothing. Exit 2 if a file could not be read (after the
// others).
int run_extract(extract_options const& o);

struct outline_options {
    std::vector<std::string> files;
    std::optional<std::string> region;
    std::optional<std::string> date;
    cli::format format = format::table;
};

// The outline of whole reports: each part's bytes, heading, the time it speaks of and why. Exit 2 if a file
// could not be read (after the others).
int run_outline(outline_options const& o);

struct audit_options {
    std::vector<std::string> files;  // none: the store
    std::string db = "luoshi.db";
    std::string as_of;                  // YYYY-MM-DD; main fills in today when not given
    std::optional<std::string> date;    // the reports' date, when neither front matter nor index.csv gives it
    std::optional<std::string> region;  // only goals of this region
    std::optional<int> year;            // only goals stated in this year
    std::optional<std::string> metric;  // only goals of this metric (canonical name or an alias)
    std::optional<std::string> verdict;                         // met | missed | pending
    rules::confidence min_confidence = rules::confidence::low;  // only goals read at least this well
    std::vector<std::string> catalogs;  // the user's metric catalogs (luoshi.yaml's, then --catalog's)
    double rate_tolerance = 0.5;
    double amount_tolerance = 0.05;
    cli::format format = format::table;
    bool color = false;  // colour the verdicts (stdout is a terminal and NO_COLOR is not set)
    std::string corrections = "corrections.yaml";  // the reviewer's corrections, applied before judging
    bool headline = false;  // only the headline targets (the passages listing the main targets)
    bool bom = false;  // csv: a byte order mark first, so that spreadsheet programs read the text as UTF-8
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
    std::vector<std::string> catalogs;  // the user's metric catalogs (luoshi.yaml's, then --catalog's)
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
    std::string as_of;                  // YYYY-MM-DD; main fills in today
    std::vector<std::string> catalogs;  // the user's metric catalogs (luoshi.yaml's, then --catalog's)
    double rate_tolerance = 0.5;
    double amount_tolerance = 0.05;
    cli::format format = format::table;
    std::string corrections = "corrections.yaml";  // the reviewer's corrections, applied before judging
};

// One goal: its sentence and report, every figure of its metric and what the judge made of it, the rule
// applied, the verdict.
int run_explain(explain_options const& o);

struct lint_options {
    std::vector<std::string> files;  // rule files, figure tables, catalogs, luoshi.yaml; folders of them
    std::optional<std::string> region;
    std::optional<std::string> date;
    std::vector<std::string> catalogs;
    cli::format format = format::table;  // table: file:line:col messages; json: one object a message
    std::string db = "luoshi.db";        // a corrections file's ids are checked against this store
};

// Checks rule files, figure tables, metric catalogs and project files as ingest would, storing nothing. Exit
// 0 when no file has an error (warnings are fine), 2 otherwise.
int run_lint(lint_options const& o);

struct rules_options {
    std::string db = "luoshi.db";
    std::optional<std::string> region;
    std::optional<int> year;  // goals stated in this year
    bool figures = false;     // the figures too
    std::vector<std::string> catalogs;
    std::string format = "yaml";  // yaml (a rule file ingest reads back) or json
    std::optional<std::string> output;
};

// The goals as stored, as a rule file: exporting and ingesting the file again gives the same goals.
int run_rules(rules_options const& o);

struct check_options {
    std::vector<std::string> drops;  // the drop: reports, rule files, figure tables and folders of them
    std::string db = "luoshi.db";
    std::optional<std::string> region;  // only this region's goals are judged and compared
    std::optional<std::string> date;    // the inputs' date when nothing else gives it
    std::string as_of;                  // YYYY-MM-DD; main fills in today
    std::optional<std::string> baseline;
    std::vector<std::string> fail_on;  // missed, changed, error; none given: missed
    std::optional<std::string> junit;
    std::optional<std::string> summary;
    cli::format format = format::table;  // table, json or markdown
    bool update_baseline = false;
    rules::confidence min_confidence = rules::confidence::low;  // only goals read at least this well
    std::vector<std::string> catalogs;
    double rate_tolerance = 0.5;
    double amount_tolerance = 0.05;
    std::string corrections = "corrections.yaml";  // the reviewer's corrections, applied before judging
};

// CI on a data drop: ingests it whole or not at all, audits, compares with the baseline. Exit 0 nothing to
// fail on; 1 something --fail-on names happened; 2 an input could not be read or validated (nothing stored,
// the baseline untouched) or bad usage.
int run_check(check_options const& o);

struct history_options {
    std::string goal_id;
    std::string db = "luoshi.db";
    cli::format format = format::table;
};

// How a goal's verdict moved across the runs (audits and checks) that judged it.
int run_history(history_options const& o);

struct report_options {
    std::string html;  // the page to write
    std::string db = "luoshi.db";
    std::string as_of;  // YYYY-MM-DD; main fills in today
    std::optional<std::string> region;
    std::optional<int> year;
    rules::confidence min_confidence = rules::confidence::low;  // only goals read at least this well
    std::vector<std::string> catalogs;
    double rate_tolerance = 0.5;
    double amount_tolerance = 0.05;
    std::string corrections = "corrections.yaml";  // the reviewer's corrections, applied before judging
    bool headline = false;  // only the headline targets (the passages listing the main targets)
};

// One self-contained HTML page of the store's goals and verdicts: counts, a chart, a row and a bullet chart
// per goal, its evidence, filters and search.
int run_report(report_options const& o);

struct compare_options {
    std::string metric;  // a name or alias: GDP
    std::optional<int> year;
    std::optional<std::string> measure;
    bool headline = false;
    std::string db = "luoshi.db";
    std::string as_of;  // YYYY-MM-DD; main fills in today
    std::string corrections = "corrections.yaml";
    std::vector<std::string> catalogs;
    double rate_tolerance = 0.5;
    double amount_tolerance = 0.05;
    cli::format format = format::table;
    bool bom = false;
};

// One target across regions: per region (and year), the goal of the metric, its target, the actual, the
// verdict and the source. Exit 0 whatever the verdicts; 2 bad usage or no store.
int run_compare(compare_options const& o);

struct correct_options {
    std::string goal_id;
    std::string db = "luoshi.db";
    std::string file = "corrections.yaml";  // beside luoshi.yaml
    bool reject = false, undo = false;
    std::optional<std::string> why, note, metric, region, comparator, value, low, high, deadline, figure;
};

// Writes a correction of one goal, by its id, into the corrections file (made when absent): reject it, set a
// field, choose the figure to judge it by, add a note; or --undo it. Exit 2 when the goal is not in the store
// or a value is bad (nothing written).
int run_correct(correct_options const& o);

// luoshi.yaml: the project's metric catalogs, tolerance policy and store, for every command run in its
// folder.
struct project_settings {
    bool found = false;
    std::vector<std::string> catalogs;  // relative to the project file's folder
    std::optional<double> rate_tolerance, amount_tolerance;
    std::optional<std::string> db;
    std::string corrections = "corrections.yaml";  // beside the project file
};

// The project file at path, if there is one (an empty settings when not); nothing, its errors printed
// file:line:col, when it has errors.
std::optional<project_settings> read_project(std::string const& path = "luoshi.yaml");

}  // namespace luoshi::cli
