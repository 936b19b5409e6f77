#pragma once

#include "app/inputs.hpp"
#include "rules/catalog.hpp"
#include "store/database.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

// Putting inputs into the store: `ingest` file by file, and `check`'s data drop whole or not at all.
namespace luoshi::app {

// What became of one input of an ingest.
struct ingested {
    enum class what { added, replaced, skipped, failed };
    std::string path;
    ingested::what outcome = what::added;
    std::string note;      // replaced, skipped: what was stored; failed: why, on one line
    std::string details;   // failed rule file: its errors rendered file:line:col with carets
    std::string warnings;  // a rule file's warnings, rendered the same way
    std::size_t goals = 0, figures = 0;
    bool report = false;  // a report (not a rule file or figure table): meta says what it was read as
    report_meta meta;     // its region and date, and where each came from (empty: unknown)
};

// Reads each file and stores it, each report whole or absent (a savepoint), committing every 256 reports so
// that a crash loses only the open batch. `starting` is told before each file is read (index from 0), `done`
// once its batch is committed; a file that cannot be read, validated or stored is `failed`, and the others go
// on. When the store itself fails (another writer holds the lock past the wait, the disk is full), the open
// batch's files are told as failed, the files after them are not read, and the reason is returned.
std::optional<std::string> ingest(
    store::database& db, std::vector<std::string> const& files, report_meta const& flags,
    rules::catalog const& catalog, bool replace,
    std::function<void(std::size_t index, std::string const& path)> const& starting,
    std::function<void(ingested const&)> const& done);

struct drop_stored {
    std::size_t added = 0, replaced = 0, skipped = 0;
};

struct drop_refused {
    std::string path;  // the report the store refused; empty when the database itself failed
    std::string why;
};

// A data drop, read and validated before: stored in one transaction, or nothing of it.
std::variant<drop_stored, drop_refused> store_drop(store::database& db,
                                                   std::vector<loaded_report> const& drop);

}  // namespace luoshi::app
