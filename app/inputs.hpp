#pragma once

#include "common/chinese.hpp"
#include "common/encoding.hpp"
#include "dsl/report.hpp"
#include "formats/document.hpp"
#include "rules/catalog.hpp"
#include "store/database.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

// Loading what people give luoshi: reports (with their region and date from flags, front matter, index.csv or
// the text), rule files and figure tables, and folders of them. Prints nothing: the callers say what
// happened.
namespace luoshi::app {

// Where a report's region, date and title come from, strongest first: flags, YAML front matter at the top of
// the file, index.csv beside it (file,region,date,title), the text itself (发布时间).
struct report_meta {
    std::string region;
    std::optional<rules::date> date;
    std::string title;
    std::string region_source;  // --region, front matter, index.csv, title, byline, signature; empty: unknown
    std::string date_source;    // --date, front matter, index.csv, byline, a date line at the top
};

struct loaded_report {
    std::string path;
    std::string digest;     // SHA-1 of the file's bytes
    std::size_t bytes = 0;  // the file's size
    common::decoded_text text;
    std::size_t body = 0;  // UTF-8 offset where the text starts after any front matter
    report_meta meta;
    dsl::report_reading reading;  // offsets mapped back to the file's bytes
    bool rules = false;           // a rule file (.yaml, .yml) or a figure table (.csv), not a report
    // A web page, PDF or Word file: its text is the one extracted (offsets point into it), and the blocks say
    // where each stretch of it came from. Else none, and the offsets point into the file.
    std::optional<formats::format> format;
    std::string converter;  // the library that read it: "gumbo 0.10.1"
    std::vector<formats::block> blocks;
    std::vector<formats::note> notes;  // a Word file's footnotes and endnotes, at offsets into its text
    std::string warnings;  // a rule file's warnings, rendered file:line:col with the line and a caret
    // A report written in traditional characters is read in simplified ones (報告 → 报告): the text read,
    // with the way back to the text as written
    std::optional<common::simplified_text> simplified;

    // The offset in the file (or the extracted text) of an offset into what the reader read (the text after
    // the front matter, in simplified characters when it was converted).
    std::size_t to_file(std::size_t read_offset) const;
};

struct load_error {
    std::string path;
    std::size_t offset = 0;
    std::string message;
    std::string details;  // a rule file's errors, each rendered file:line:col with the line and a caret
};

// What went wrong, as a person reads it: a rule file's rendered errors, else `path: error: message (byte N)`.
std::string describe(load_error const& e);

// What a file is by its name: a rule file (.yaml, .yml), a figure table (.csv) or a report.
enum class input_kind { report, rules, figures };
input_kind kind_of(std::string const& path);

// Reads and extracts one report, or loads one rule file or figure table (strictly: any error and none of it
// is kept); statements carry byte offsets into the file as read.
std::variant<loaded_report, load_error> load_report(std::string const& path, report_meta const& flags,
                                                    rules::catalog const& catalog);

// A report (.txt, .md, .text; .html, .htm, .pdf, .docx), a rule file (.yaml, .yml) or a figure table (.csv),
// by its name.
bool is_input_file(std::string const& path);

// Files as given; folders walked recursively in name order, taking the files `wanted` accepts and listing the
// others in `ignored` (hidden files, index.csv and luoshi.yaml are neither); paths that do not exist in
// `missing`.
// With `skipped`, what a folder holds beside its reports is left out and listed with why: a README, the
// corrections file, an empty file (nothing but spaces and line breaks). A file named on its own is taken.
std::vector<std::string> collect_inputs(std::vector<std::string> const& paths,
                                        std::function<bool(std::string const&)> const& wanted,
                                        std::vector<std::string>& ignored, std::vector<std::string>& missing,
                                        std::vector<std::pair<std::string, std::string>>* skipped = nullptr);

// The store's row for a loaded report: its path, region, date, title, digest, encoding and size.
store::report as_stored(loaded_report const& r);

std::optional<rules::date> parse_iso_date(std::string const& s, std::string& error);

// The most bytes luoshi reads of one file. A work report is well under 1 MB (the longest national one 62 KB);
// reading takes a few times a file's size in memory, and a device such as /dev/zero never ends.
constexpr std::size_t max_file_bytes = std::size_t{256} << 20;

// A file's bytes as they are; none, and why, when it cannot be opened or holds more than max_file_bytes.
std::optional<std::string> read_all(std::string const& path, std::string& error);

}  // namespace luoshi::app
