#pragma once

#include "app/inputs.hpp"
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

// Loads each report in turn and hands it to `use`; prints each file that cannot be read, and a note for a
// report without a date. Returns 2 if any file failed (the others are still used), else 0.
int load_reports(std::vector<std::string> const& paths, report_meta const& flags,
                 rules::catalog const& catalog, std::function<void(loaded_report&)> const& use);

}  // namespace luoshi::cli
