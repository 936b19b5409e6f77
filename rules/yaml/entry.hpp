#pragma once

#include "rules/yaml/load.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

// What YAML entries and CSV rows share: the fields of one goal or figure as text with their places, and the
// statement built from them. Internal to rules/yaml.
namespace luoshi::rules::yaml::detail {

struct field {
    std::string text;
    std::size_t offset = 0;  // where the value starts in the file (its key's place when it has no value)
    std::size_t key_offset = 0;
};

using fields = std::map<std::string, field, std::less<>>;

struct entry {
    statement_kind kind = statement_kind::goal;
    fields values;
    std::size_t offset = 0, end = 0;  // the entry's bytes in the file: its source
    std::string region;               // the document's, else the command line's
    std::optional<rules::date> date;
    std::string source;  // the document's `source:`, a label
    // keys given with a value that was already found wrong (a list for `value`, a date that does not exist):
    // not to be reported missing as well
    std::set<std::string, std::less<>> broken;
};

struct sink {
    std::vector<diagnostic>& out;
    void error(std::size_t offset, std::string message) {
        out.push_back({severity::error, offset, std::move(message)});
    }
    void warning(std::size_t offset, std::string message) {
        out.push_back({severity::warning, offset, std::move(message)});
    }
};

// A number as a rule file writes it: 8, 8.5, -3, 1,200 (thousands separators), 1e6.
std::optional<double> number(std::string const& text);

// YYYY-MM-DD; YYYY-MM and YYYY for the last day of that month or year when `period_end` is set. An error
// says what is wrong with a date that does not exist.
std::optional<rules::date> day(field const& f, sink& s, bool period_end);

// 2015, 2015-06, 2015-Q2, 2015-H1, 2016-2020, 2015-01-01/2015-06-30, 十三五.
std::optional<rules::period> period(field const& f, sink& s);

// Checks the unit against the measure and the metric's kind and units, and turns value, low and high into
// the base unit.
void apply_unit(statement& st, fields const& v, catalog const* cat, sink& s);

// The goal or figure written field by field (metric, measure, comparator, value, unit, deadline, …), and a
// diagnostic for every problem (the statement is then only good for finding more of them).
statement structured(entry const& e, file_context const& file, sink& s);

// Fields every entry may have: region, date, tolerance, polarity, strength, subject, deadline, period; set
// on a statement read from a phrase or built from fields.
void apply_common(statement& st, entry const& e, file_context const& file, sink& s);

// `tolerance:` of an `about` goal: percentage points for a rate (0.5, 0.5pp), a share of the target for an
// amount (5%, 0.05).
void apply_tolerance(statement& st, field const& f, sink& s);

// The region and date an entry states, its own over its document's over the command line's.
std::string region_of(entry const& e, file_context const& file);
std::optional<rules::date> date_of(entry const& e, file_context const& file, sink& s);

// The keys a goal, a figure, a document may have, for errors and suggestions.
std::vector<std::string> const& goal_keys();
std::vector<std::string> const& figure_keys();
std::vector<std::string> const& phrase_goal_keys();  // the keys that go with a `goal:` phrase
std::vector<std::string> const& phrase_figure_keys();

// An unknown key: the message, with a suggestion when one is close.
std::string unknown_key(std::string const& key, std::vector<std::string> const& allowed,
                        std::string_view what, std::string_view noun = "key");

// Source, id and the checks that need the whole statement (unit fits the metric, range in order).
void finish(statement& st, entry const& e, file_context const& file, std::string_view text);

// The metric: a warning when the catalog does not know it; for an entry written field by field, an error when
// the unit does not fit the measure or the metric (a rate in 元, GDP in 人).
void check_metric(statement const& st, entry const& e, file_context const& file, sink& s);

std::optional<std::string> closest_word(std::string_view word, std::vector<std::string> const& candidates);

}  // namespace luoshi::rules::yaml::detail
