#pragma once

#include "rules/statement.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace luoshi::rules {

// What a reviewer decided about one goal the reader got wrong, kept in the project's corrections file by the
// goal's id: not a goal at all, or a field set right, or the figure to judge it by.
struct correction {
    std::string goal;  // the goal's id (g…, or an id given in a rule file)
    bool reject = false;
    std::string why;   // the reviewer's reason, for the reject or the change
    std::string note;  // anything else worth saying beside the verdict
    std::optional<std::string> metric, region;
    std::optional<rules::comparator> comparator;
    std::optional<double> value, low, high;  // in the goal's base unit
    std::optional<date> deadline;
    std::optional<std::string> figure;  // the id of the figure that decides the goal
    std::size_t offset = 0;             // where its id stands in the file
};

// One field a correction changed, as people read it.
struct corrected_field {
    std::string field;  // metric, region, comparator, value, low, high, deadline, figure
    std::string was, now;
};

}  // namespace luoshi::rules
