#pragma once

#include "engine/verdict.hpp"
#include "rules/catalog.hpp"
#include "rules/statement.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace luoshi::cli {

// A statement as the machine-readable contract describes it (DESIGN.md).
nlohmann::ordered_json to_json(rules::statement const& s);

// Prints a JSON array to stdout an element at a time, in the very bytes array.dump(2) gives for the whole:
// the statements of a large report are never all held as JSON at once (a report of 200 MB made gigabytes).
class json_array_printer {
public:
    void add(nlohmann::ordered_json const& element);
    // "]", or "[]" when nothing was added, and the newline
    void finish();

private:
    bool any_ = false;
};

// A value for people: 32000, 8.5, 4.25e10 → 42500000000.
std::string format_number(double v);

std::string format_date(rules::date const& d);

// The text cut to a number of display cells, on one line, with … when cut.
std::string shorten(std::string_view text, std::size_t cells);
// A part's time scope as a word and its years: year_targets 2026, review_plan 2021–2025
std::string scope_text(rules::time_scope const& s);

// The sentence of a document's extracted text that holds [start, end), as byte offsets: from the end of the
// one before (。！？ or a line break) to its own end.
std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t start,
                                                    std::size_t end);

// The footnotes and endnotes (formats::note, store::note) whose marks stand in a sentence: after its first
// byte and up to its end, so that a mark after 。 is the sentence's it closes.
template <typename Note>
std::vector<Note const*> notes_in(std::vector<Note> const& notes,
                                  std::pair<std::size_t, std::size_t> sentence) {
    std::vector<Note const*> out;
    for (auto const& n : notes)
        if (n.at && *n.at > sentence.first && *n.at <= sentence.second) out.push_back(&n);
    return out;
}

// A note's mark as a sentence shows it, [1], [i], [*]; a note the text never refers to is [-].
inline std::string bracketed(std::string const& mark) { return "[" + (mark.empty() ? "-" : mark) + "]"; }

// A sentence with the marks of its notes put back where they stand: 地区生产总值增长7.5%[1]左右
template <typename Note>
std::string with_marks(std::string_view text, std::pair<std::size_t, std::size_t> sentence,
                       std::vector<Note const*> const& notes) {
    std::string out;
    std::size_t from = sentence.first;
    for (auto const* n : notes) {
        out += text.substr(from, *n->at - from);
        out += bracketed(n->mark);
        from = *n->at;
    }
    out += text.substr(from, sentence.second - from);
    return out;
}

// A note as the JSON of extract, outline and explain gives it: kind, mark, at (a byte offset into the
// extracted text, or null), text.
template <typename Note>
nlohmann::ordered_json note_json(Note const& n) {
    return {{"kind", n.kind},
            {"mark", n.mark},
            {"at", n.at ? nlohmann::ordered_json(*n.at) : nlohmann::ordered_json()},
            {"text", n.text}};
}

// Rows lined up by display width (Chinese characters take two cells); the last column is not padded. Cells
// are printable(): a region or a sentence holding a terminal escape shows it escaped.
void print_rows(std::vector<std::vector<std::string>> rows);

// A YAML file's text (a catalog, the project file); nothing, the reason printed, when it cannot be read or is
// not text. A file that is not text is named with the byte offset and a short escaped excerpt, never shown.
std::optional<std::string> read_text(std::string const& path);

// The built-in catalog with the user's files added in turn; nothing (their errors printed) when one has
// errors. A catalog is a YAML file (.yaml, .yml) and is read only as one: /proc/self/environ is refused.
std::optional<rules::catalog> catalog_with(std::vector<std::string> const& user_files);

// A date flag (--date, --as-of) as YYYY-MM-DD; prints "error: --flag: why" and gives nothing when it is not
// one.
std::optional<rules::date> date_flag(std::string_view flag, std::string const& text);

// Writes a whole file so that a reader never sees half of it: to a temporary file of a new name beside it
// (mkstemp: made afresh, never through a symlink or over a file someone put there), flushed to disk and
// renamed over the path, with the mode of the file it replaces. What is no file to replace (a terminal, a
// pipe, a device, /dev/stdout) is written in place. Its folder is made when missing. Returns why it could
// not be written (strerror), or nothing.
std::optional<std::string> write_file(std::string const& path, std::string const& text);

// Appends to a file, made when missing ($GITHUB_STEP_SUMMARY); why not, or nothing.
std::optional<std::string> append_file(std::string const& path, std::string const& text);

// A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break.
std::string csv_cell(std::string const& s);

// A number for a spreadsheet's cell: plain digits, no unit, no thousands separators; "" for none.
std::string sheet_number(std::optional<double> v);

// Text in a Markdown table cell: on one line, its | escaped.
std::string markdown_cell(std::string const& s);

}  // namespace luoshi::cli
