#pragma once

#include "rules/statement.hpp"

#include <string>

namespace luoshi::rules {

// A short stable id for a goal (g…) or a figure (f…): 12 hex digits from where it was read — the report's
// digest (its path when there is none), the offset and the sentence. The same report read again, from
// any path, gives the same ids.
// A statement's own id (statement::id) when it has one.
std::string stable_id(statement const& s);

// An id from the file a statement is in and what it says rather than where in the file: region, date stated,
// metric, measure, comparator, values, unit, deadline or period, status, subject and event. A goal written by
// hand keeps its id when other lines of its rule file change, and a figure when rows are added to its table.
std::string content_id(statement const& s);

}  // namespace luoshi::rules
