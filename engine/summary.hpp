#pragma once

#include "engine/verdict.hpp"

#include <string>
#include <string_view>
#include <vector>

// Text for people about a verdict, built from its data (the verdict itself stores none).
namespace luoshi::engine {

constexpr std::string_view name(verdict const& v) {
    return is_met(v) ? "met" : is_missed(v) ? "missed" : "pending";
}

// The row of DESIGN.md's verdict table as a short id (JSON `rule`): rate, reach, cap, level, direction,
// milestone.
constexpr std::string_view id(rule r) {
    switch (r) {
        case rule::rate: return "rate";
        case rule::reach: return "reach";
        case rule::cap: return "cap";
        case rule::level: return "level";
        case rule::direction: return "direction";
        case rule::milestone: return "milestone";
    }
    return "rate";
}

// The row of DESIGN.md's verdict table, as the reason and `explain` name it.
constexpr std::string_view name(rule r) {
    switch (r) {
        case rule::rate: return "rate: the period's final figure";
        case rule::reach: return "flow or stock ≥: met once reached";
        case rule::cap: return "cap on a flow: missed once exceeded";
        case rule::level: return "amount: the figure at the period's end";
        case rule::direction: return "direction: the sign of the change";
        case rule::milestone: return "milestone: by the deadline";
    }
    return "rate";
}

// 8%, 3个百分点, 481.5亿元, 3.2万人, 2000张.
std::string show_value(double v, std::string const& unit);

// The goal's target as a person reads it: ≥ 8%, 6.5%–7%, about 3万人, only down.
std::string show_target(rules::statement const& goal);

// Where a figure was read: 2016年报告 (the year of the report's date), else the report's file name.
std::string report_label(rules::statement const& s);

// One line: the comparison, the rule applied, the figures and their sentences.
// "7.1% < 8% (以上); 2016年报告: 同比增长7.1%"
std::string reason(verdict const& v, rules::statement const& goal,
                   std::vector<rules::statement> const& figures, rules::date as_of);

// The value a verdict rests on, as a person reads it: 7.6%, 8.06% (derived), > 60万亿元.
std::string show_actual(verdict const& v, rules::statement const& goal,
                        std::vector<rules::statement> const& figures);

}  // namespace luoshi::engine
