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
// milestone, relative.
constexpr std::string_view id(rule r) {
    switch (r) {
        case rule::rate: return "rate";
        case rule::reach: return "reach";
        case rule::cap: return "cap";
        case rule::level: return "level";
        case rule::direction: return "direction";
        case rule::milestone: return "milestone";
        case rule::relative: return "relative";
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
        case rule::relative: return "relative: against the other statistic's figure for the period";
    }
    return "rate";
}

// A figure's part in a verdict, as `explain` and the JSON evidence name it.
constexpr std::string_view name(note n) {
    switch (n) {
        case note::used: return "used";
        case note::earlier_level: return "earlier level";
        case note::part_of_sum: return "part of the sum";
        case note::conflict: return "conflict";
        case note::superseded: return "superseded";
        case note::estimate: return "estimate";
        case note::part_of_period: return "part of the period";
        case note::latest: return "latest";
        case note::not_yet_known: return "not yet known";
        case note::other_period: return "other period";
        case note::other_measure: return "other measure";
        case note::other_unit: return "other unit";
        case note::no_number: return "no number";
        case note::other_event: return "other event";
        case note::same_report: return "same report";
        case note::compared_with: return "compared with";
    }
    return "used";
}

// Why, in a few words a reader follows.
constexpr std::string_view why(note n) {
    switch (n) {
        case note::used: return "the figure the verdict rests on";
        case note::earlier_level: return "the earlier yearly level the growth is derived from";
        case note::part_of_sum: return "one year of the sum";
        case note::conflict:
            return "a final figure for the period that says otherwise; the latest report's is used";
        case note::superseded: return "the same period, said again or by an earlier report; not needed";
        case note::estimate: return "an estimate; the final figure decides";
        case note::part_of_period: return "covers only part of the goal's period";
        case note::latest: return "the latest figure so far";
        case note::not_yet_known: return "from a report dated after the as-of date";
        case note::other_period: return "describes a period outside the goal's";
        case note::other_measure: return "measures something else than the goal";
        case note::other_unit: return "in another unit";
        case note::no_number: return "states no number";
        case note::other_event: return "another subject or event";
        case note::same_report: return "stated in the goal's own report or before it";
        case note::compared_with: return "the other statistic's figure for the period: the target";
    }
    return "";
}

// 8%, 3个百分点, 481.5亿元, 3.2万人, 2000张.
std::string show_value(double v, std::string const& unit);

// The goal's target as a person reads it: ≥ 8%, 6.5%–7%, about 3万人, only down.
std::string show_target(rules::statement const& goal);

// A goal as a person reads it in a table: its sentence; for a goal a rule file writes field by field, its
// metric and target (夜间经济营业额 ≥ 15%).
std::string goal_text(rules::statement const& g);

// Where a figure was read: 2016年报告 (the year of the report's date), a rule file or figure table by its
// name and date (tongji-2015.csv (2016-02-15)), else the report's file name.
std::string report_label(rules::statement const& s);

// One line: the comparison, the rule applied, the figures and their sentences.
// "7.1% < 8% (以上); 2016年报告: 同比增长7.1%"
std::string reason(verdict const& v, rules::statement const& goal,
                   std::vector<rules::statement> const& figures, rules::date as_of);

// A figure as a person reads it: its value (超过60万亿元 as > 60万亿元), or a milestone's event and date.
std::string show_figure(std::vector<rules::statement> const& figures, std::size_t i,
                        rules::statement const& goal);

// A sentence on one line: the breaks of page layout are not part of what was said; an indented line (the next
// field of a rule file's entry) follows a "; ".
std::string one_line(std::string const& text);

// 2015 for a calendar year, 2015-11 for a month, 2015-05-28 for a day, else both ends.
std::string period_text(rules::period const& p);

// The value a verdict rests on, as a person reads it: 7.6%, 8.06% (derived), > 60万亿元.
std::string show_actual(verdict const& v, rules::statement const& goal,
                        std::vector<rules::statement> const& figures);

}  // namespace luoshi::engine
