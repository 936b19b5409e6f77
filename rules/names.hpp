#pragma once

#include "rules/statement.hpp"

#include <optional>
#include <string>
#include <string_view>

// The names the machine-readable contract uses for the enums (DESIGN.md "Machine-readable contract").
namespace luoshi::rules {

constexpr std::string_view name(measure m) {
    switch (m) {
        case measure::level: return "level";
        case measure::growth: return "growth";
        case measure::average_growth: return "average_growth";
        case measure::increase: return "increase";
        case measure::change: return "change";
        case measure::share: return "share";
        case measure::progress: return "progress";
        case measure::milestone: return "milestone";
    }
    return "level";
}

constexpr std::string_view name(comparator c) {
    switch (c) {
        case comparator::at_least: return ">=";
        case comparator::more_than: return ">";
        case comparator::at_most: return "<=";
        case comparator::less_than: return "<";
        case comparator::equal: return "=";
        case comparator::about: return "about";
        case comparator::range: return "range";
        case comparator::direction: return "direction";
    }
    return "=";
}

constexpr std::string_view name(strength s) {
    switch (s) {
        case strength::none: return "none";
        case strength::binding: return "binding";
        case strength::aspirational: return "aspirational";
    }
    return "none";
}

constexpr std::string_view name(statement_kind k) { return k == statement_kind::goal ? "goal" : "figure"; }

constexpr std::string_view name(figure_status s) {
    switch (s) {
        case figure_status::final: return "final";
        case figure_status::estimate: return "estimate";
        case figure_status::progress: return "progress";
    }
    return "final";
}

constexpr std::string_view name(vagueness v) {
    switch (v) {
        case vagueness::exact: return "exact";
        case vagueness::more_than: return "more_than";
        case vagueness::less_than: return "less_than";
        case vagueness::about: return "about";
    }
    return "exact";
}

// The words a catalog and a rule file use: higher, lower, neutral.
constexpr std::string_view name(polarity p) {
    switch (p) {
        case polarity::higher_is_better: return "higher";
        case polarity::lower_is_better: return "lower";
        case polarity::neutral: return "neutral";
    }
    return "neutral";
}

// A date as the contract writes it: 2015-12-31. The digits by hand: snprintf cost a fifth of storing the
// statement whose dates it wrote (a year is 1400–9999, Boost's range).
inline std::string iso_date(date const& d) {
    auto const ymd = d.year_month_day();
    std::string out = "0000-00-00";
    auto put = [&out](std::size_t end, unsigned v) {
        for (std::size_t i = end; v > 0 && i-- > 0; v /= 10) out[i] = static_cast<char>('0' + v % 10);
    };
    put(4, ymd.year);
    put(7, ymd.month);
    put(10, ymd.day);
    return out;
}

constexpr std::string_view name(scope_kind k) {
    switch (k) {
        case scope_kind::unknown: return "unknown";
        case scope_kind::review_year: return "review_year";
        case scope_kind::review_plan: return "review_plan";
        case scope_kind::year_targets: return "year_targets";
        case scope_kind::plan_targets: return "plan_targets";
        case scope_kind::vision: return "vision";
        case scope_kind::other: return "other";
    }
    return "unknown";
}

inline std::optional<scope_kind> parse_scope_kind(std::string_view s) {
    for (auto k : {scope_kind::unknown, scope_kind::review_year, scope_kind::review_plan,
                   scope_kind::year_targets, scope_kind::plan_targets, scope_kind::vision, scope_kind::other})
        if (name(k) == s) return k;
    return std::nullopt;
}

inline std::optional<measure> parse_measure(std::string_view s) {
    for (auto m : {measure::level, measure::growth, measure::average_growth, measure::increase,
                   measure::change, measure::share, measure::progress, measure::milestone})
        if (name(m) == s) return m;
    return std::nullopt;
}

inline std::optional<comparator> parse_comparator(std::string_view s) {
    for (auto c : {comparator::at_least, comparator::more_than, comparator::at_most, comparator::less_than,
                   comparator::equal, comparator::about, comparator::range, comparator::direction})
        if (name(c) == s) return c;
    return std::nullopt;
}

inline std::optional<strength> parse_strength(std::string_view s) {
    for (auto x : {strength::none, strength::binding, strength::aspirational})
        if (name(x) == s) return x;
    return std::nullopt;
}

inline std::optional<figure_status> parse_status(std::string_view s) {
    for (auto x : {figure_status::final, figure_status::estimate, figure_status::progress})
        if (name(x) == s) return x;
    return std::nullopt;
}

inline std::optional<vagueness> parse_vagueness(std::string_view s) {
    for (auto x : {vagueness::exact, vagueness::more_than, vagueness::less_than, vagueness::about})
        if (name(x) == s) return x;
    return std::nullopt;
}

inline std::optional<polarity> parse_polarity(std::string_view s) {
    for (auto x : {polarity::higher_is_better, polarity::lower_is_better, polarity::neutral})
        if (name(x) == s) return x;
    return std::nullopt;
}

}  // namespace luoshi::rules
