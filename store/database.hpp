#pragma once

#include "rules/statement.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// The store: one SQLite file of reports, their goals and figures, audit runs and their verdicts. No SQL type
// crosses this header.
namespace luoshi::store {

// Where a stretch of a document's extracted text came from.
struct block {
    std::size_t start = 0;  // byte offset into the extracted text
    std::string place;      // /html/body/div[2]/p[7], paragraph 12, page 3, line 14
};

// A Word file's footnote or endnote, kept with the text it was read beside.
struct note {
    std::string kind;               // footnote, endnote
    std::string mark;               // 1, 2 …; i, ii … for endnotes; a mark the author typed; empty: none
    std::optional<std::size_t> at;  // byte offset into the extracted text where its mark stands
    std::string text;
};

// What a web page, PDF or Word file was read as: the text the statements' offsets point into.
struct extraction {
    std::string converter;  // the library that read it: "poppler 22.12.0"
    std::string text;
    std::vector<block> blocks;  // in order of start
    std::vector<note> notes;    // in the order of their marks
};

// What the store says when the database fails (locked by another writer past the wait, disk full, a broken
// file): a message for people, naming the file. No SQLite exception leaves the store.
class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// How long a writer waits for another process's write lock before giving up with store::error: 30 s, or
// LUOSHI_LOCK_TIMEOUT seconds.
int lock_timeout_ms();

// A report as stored.
struct report {
    std::int64_t id = 0;
    std::string path;
    std::string region;
    std::optional<rules::date> date;
    std::string title;
    std::string digest;         // SHA-1 of the bytes: a report is stored once, whatever its path
    std::string encoding;       // UTF-8, GB18030
    std::string region_source;  // where the region came from: --region, front matter, index.csv, title,
                                // byline, signature; empty when unknown
    std::string date_source;    // the same for the date
    std::size_t bytes = 0;
    std::string format = "text";          // text, html, pdf, docx
    std::optional<extraction> extracted;  // html, pdf, docx: written by add_report, read by extracted_text
    std::size_t goals = 0, figures = 0;   // filled when listing
    std::size_t notes = 0;                // filled when listing: a Word file's footnotes and endnotes
    std::string ingested_at;              // UTC, ISO 8601
};

enum class added {
    added,     // a new report
    replaced,  // a report at the same path with other bytes, or --replace: the old one and its statements
               // went
    skipped,   // the same bytes are stored already, with the same region and date
    refused,   // the same bytes are stored with another region or date, and replace was not asked for; or
               // an id given in a rule file is taken by another report
};

struct add_result {
    store::added outcome = added::added;
    std::int64_t id = 0;
    std::string note;  // for skipped, replaced and refused: what was there
    std::size_t goals = 0, figures = 0;
};

// A verdict as a run records it: the text is built by the caller (engine/summary), the store keeps it.
struct verdict_row {
    std::string goal_id;
    std::string verdict;  // met, missed, pending
    std::string rule;     // rate, reach, cap, level, direction, milestone
    std::string reason;
    std::optional<double> progress;
    std::vector<std::string> evidence;  // figure ids
};

struct run {
    std::int64_t id = 0;
    rules::date as_of;
    std::string started_at;
    std::string command = "audit";    // audit or check
    std::vector<std::string> inputs;  // a check's drop: the files it took in
    std::string filters;
    std::size_t met = 0, missed = 0, pending = 0;
};

// What to load for an audit: everything, or one region (the figures of that region only).
struct selection {
    std::optional<std::string> region;
};

class database {
public:
    // Opens (creating it when absent) and migrates a luoshi database. A file that is not SQLite, or that a
    // newer luoshi made, is an error with a message and is left as it was; so is an empty path (SQLite would
    // take it for a temporary database that vanishes). Two processes opening a new file make the schema once.
    static std::variant<database, std::string> open(std::string const& path);

    database(database&&) noexcept;
    database& operator=(database&&) noexcept;
    ~database();

    // One report and its statements, in one transaction (a savepoint inside a batch): all of it is stored or
    // none of it. Throws store::error when the database fails; the report is then not stored.
    add_result add_report(report const& r, std::vector<rules::statement> const& statements, bool replace);

    // Many reports in one commit, each still whole or absent: a report that fails is rolled back alone, and a
    // crash loses the reports of the open batch entirely (ingesting again stores them). A batch takes the
    // write lock when it begins (another writer waits its turn, up to lock_timeout_ms); each throws
    // store::error when the database fails.
    void begin_batch();
    void commit_batch();
    // Undoes the open batch: every report added since begin_batch goes (a data drop is stored whole or not).
    void rollback_batch();

    std::vector<report> reports() const;
    std::optional<report> report_by_id(std::int64_t id) const;
    // A document's extracted text and where its stretches came from; none for a plain text report.
    std::optional<extraction> extracted(std::int64_t report_id) const;

    // The goals and figures stored (of one region when asked), in the order they were read.
    void load(selection const& which, std::vector<rules::statement>& goals,
              std::vector<rules::statement>& figures) const;

    // The report a statement came from, by the statement's id.
    std::optional<std::int64_t> report_of(std::string const& statement_id) const;
    // ... and the statement's region (a rule file may hold several).
    std::optional<std::pair<std::int64_t, std::string>> place_of(std::string const& statement_id) const;

    // Records an audit run and its verdicts in one transaction; returns the run's id.
    std::int64_t record_run(rules::date as_of, std::string const& filters,
                            std::vector<verdict_row> const& rows, std::string const& command = "audit",
                            std::vector<std::string> const& inputs = {});
    std::vector<run> runs() const;

    // A goal's verdict in every run that judged it, oldest first.
    struct judged {
        store::run run;
        verdict_row verdict;
    };
    std::vector<judged> history(std::string const& goal_id) const;

    int schema_version() const;
    static int latest_schema_version();

    struct impl;  // the connection and its prepared statements (database.cpp)

private:
    void add_extraction(std::int64_t report_id, extraction const& x);
    add_result add_one(report const& r, std::vector<rules::statement> const& statements, bool replace);
    // Why a statement's given id (statement::id) cannot be stored: another report holds it.
    std::optional<std::string> taken_id(std::vector<rules::statement> const& statements) const;

    explicit database(std::unique_ptr<impl> p);
    std::unique_ptr<impl> impl_;
};

}  // namespace luoshi::store
