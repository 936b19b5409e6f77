#pragma once

#include "rules/catalog.hpp"
#include "rules/statement.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace luoshi::cli {

// A statement as the machine-readable contract describes it (DESIGN.md).
nlohmann::ordered_json to_json(rules::statement const& s);

// A value for people: 32000, 8.5, 4.25e10 → 42500000000.
std::string format_number(double v);

std::string format_date(rules::date const& d);

// The text cut to a number of display cells, on one line, with … when cut.
std::string shorten(std::string_view text, std::size_t cells);

// Rows lined up by display width (Chinese characters take two cells); the last column is not padded.
void print_rows(std::vector<std::vector<std::string>> const& rows);

// Adds a user's catalog file to `catalog`; prints file:line:col errors and returns false when it has any.
bool load_user_catalog(std::string const& path, rules::catalog& catalog);

}  // namespace luoshi::cli
