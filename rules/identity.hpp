#pragma once

#include "rules/statement.hpp"

#include <string>

namespace luoshi::rules {

// A short stable id for a goal (g…) or a figure (f…): 12 hex digits from where it was read — the report's
// digest (its path when there is none), the offset and the sentence. The same report read again, from
// any path, gives the same ids.
std::string stable_id(statement const& s);

}  // namespace luoshi::rules
