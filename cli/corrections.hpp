#pragma once

#include "app/corrections.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

// The command line's side of corrections: reading the file with its errors printed, and showing what a
// correction changed.
namespace luoshi::cli {

// The corrections file at path: none when it does not exist; nothing, its errors printed file:line:col,
// when it has errors (then no command judges, so that a typo never silently drops a correction).
std::optional<app::corrections> read_corrections(std::string const& path);

// "deadline 2026-12-31 → 2030-12-31; rejected: why" for a table cell; "" for none.
std::string corrected_cell(std::optional<app::applied> const& a);

// The contract's `corrected` (a list of {field, was, now}) and `correction` ({why, note}) keys, added to a
// goal's JSON object when a correction applies.
void add_corrected_json(nlohmann::ordered_json& j, std::optional<app::applied> const& a);

// A warning on stderr for each correction that names no goal among those loaded (`lint` reports them too).
void warn_orphans(app::corrections const& fixes, std::vector<rules::statement> const& goals);

}  // namespace luoshi::cli
