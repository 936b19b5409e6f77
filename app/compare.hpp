#pragma once

#include "app/judging.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// One target across regions: the goal of a metric each region set for a year, side by side with what
// came of it (`luoshi compare`, and the page's view of it).
namespace luoshi::app {

struct compare_query {
    std::string metric;                     // canonical name
    std::optional<int> year;                // the year the goals were stated in; all years when unset
    std::optional<rules::measure> measure;  // growth, level, …; any when unset
    bool headline = false;                  // only headline targets
};

struct compare_row {
    std::string region;
    int year = 0;
    std::size_t goal = 0;    // index into the judgement's goals: the one shown for this region and year
    std::size_t others = 0;  // more goals of the metric the region set that year, not shown
};

// One row per region and year, by region and then year. The goal shown is the headline target when there
// is one, else one due at the year's end, else the first stated.
std::vector<compare_row> compare(judgement const& j, compare_query const& q);

}  // namespace luoshi::app
