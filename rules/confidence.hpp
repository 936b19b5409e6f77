#pragma once

#include "rules/catalog.hpp"
#include "rules/statement.hpp"

#include <string>
#include <string_view>

// How far a statement read from a report can be trusted, from its own fields (DESIGN.md, "Metrics"): never
// stored, so it follows the catalog and the reader as they improve.
namespace luoshi::rules {

enum class confidence { low, medium, high };

constexpr std::string_view name(confidence c) {
    switch (c) {
        case confidence::low: return "low";
        case confidence::medium: return "medium";
        case confidence::high: return "high";
    }
    return "";
}

struct confidence_reading {
    rules::confidence level = confidence::medium;
    std::string why;  // what lowered or raised it, for people
};

// Whether the words read as a statement's metric name nothing a figure could be of: empty, one character,
// or only verbs and function words (推进, 创建, 支持, 按照上级, 等). Such a goal is never judged, and such a
// figure never judges a goal.
bool names_no_metric(statement const& s);

// high: a statistic of the catalog, in a part of the report whose time says what it is (a goal in the
//       year's or the plan's targets, a figure in a review), or written by hand in a rule file;
// low:  no metric named, or a part of the report whose time the outline could not tell;
// medium: the rest (a metric in its own words, a scope told only by the part's content).
confidence_reading confidence_of(statement const& s, catalog const& c);

}  // namespace luoshi::rules
