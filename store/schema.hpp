#pragma once

#include <string>
#include <vector>

namespace luoshi::store {

// The schema as an ordered list of migrations: entry i takes a database from version i to version i + 1
// (PRAGMA user_version). New versions are appended, never edited.
std::vector<std::string> const& migrations();

}  // namespace luoshi::store
