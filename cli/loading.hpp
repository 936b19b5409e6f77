#pragma once

#include "app/corrections.hpp"
#include "app/inputs.hpp"
#include "engine/verdict.hpp"
#include "rules/catalog.hpp"
#include "store/database.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

// The command line's side of loading: what app/ does, with its errors and notes printed.
namespace luoshi::cli {

using app::loaded_report;
using app::report_meta;

// The store at path, opened (and migrated); nothing, the reason printed, when it cannot be.
std::optional<store::database> open_store(std::string const& path);

// What every command that judges needs before it reads the store: the as-of date, the tolerance policy, the
// catalog with the user's files and the reviewers' corrections; nothing (the reason printed) when a flag or a
// file is bad.
struct judging_setup {
    rules::date as_of;
    engine::policy policy;
    rules::catalog catalog;
    app::corrections fixes;
};
std::optional<judging_setup> setup_judging(std::string const& as_of, double rate_tolerance,
                                           double amount_tolerance, std::vector<std::string> const& catalogs,
                                           std::string const& corrections);

// A Word file's footnotes and endnotes, when it has any, as extract and outline print them: the mark, the
// block it stands in, the note.
void print_notes(loaded_report const& r);

// Whether the store at path exists; when not, says so ("no store at …: `luoshi ingest` makes one") and the
// command makes none: audit, report and the like only read.
bool store_exists(std::string const& path);

// Loads each report in turn and hands it to `use`; prints each file that cannot be read, and a note for a
// report without a date. Returns 2 if any file failed (the others are still used), else 0.
int load_reports(std::vector<std::string> const& paths, report_meta const& flags,
                 rules::catalog const& catalog, std::function<void(loaded_report&)> const& use);

}  // namespace luoshi::cli
