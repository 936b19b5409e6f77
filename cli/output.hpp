#pragma once

#include "rules/statement.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace luoshi::cli {

// A statement as the machine-readable contract describes it (DESIGN.md).
nlohmann::ordered_json to_json(rules::statement const& s);

// A value for people: 32000, 8.5, 4.25e10 → 42500000000.
std::string format_number(double v);

std::string format_date(rules::date const& d);

// A short stable id from where a statement was read: the same report and place give the same id.
std::string stable_id(rules::statement const& s);

}  // namespace luoshi::cli
