#pragma once

#include "rules/catalog.hpp"
#include "rules/statement.hpp"

#include <cstddef>
#include <optional>
#include <variant>
#include <vector>

namespace luoshi::engine {

// What a phrase leaves open, decided once for a whole audit (a goal's own `tolerance` wins).
struct policy {
    double rate_tolerance = 0.5;     // 左右 on a rate or growth: ± percentage points
    double amount_tolerance = 0.05;  // 左右 on an amount: ± this fraction of the target
};

// The row of DESIGN.md's verdict table that judged a goal.
enum class rule {
    rate,   // a rate or growth (≥, ≤, about, range): the period's final figure decides
    reach,  // a flow or stock with ≥: met as soon as a figure reaches it, missed when the period fell short
    cap,    // ≤ on a flow: missed as soon as exceeded, met when the period ended within it
    level,  // an amount with about / range / =, or a cap on a stock: the figure at the period's end decides
    direction,  // 只减不增: the sign of the change over the period
    milestone,  // an event by a deadline: a later report says when it happened
    relative,   // a growth against another statistic's growth for the same period
               // (居民收入增长与经济增长同步): both figures for the period decide, the other's value is the
               // target
};

// For `about`: where the figure fell.
enum class band {
    none,       // not an `about` goal
    within,     // inside the tolerance
    good_side,  // beyond it on the metric's good side: met (exceeded)
    bad_side,   // beyond it on the bad side: missed
};

// The value a verdict rests on: one figure, or a growth derived from two yearly levels.
struct reading {
    std::size_t figure = 0;           // index into the figures given to judge(); the later level if derived,
                                      // the last year's figure of a sum
    std::optional<std::size_t> base;  // derived growth: the earlier yearly level
    std::vector<std::size_t> parts;   // a flow over several years: the yearly figures added up
    double low = 0, high = 0;         // the value as an interval (equal ends for an exact figure)
    bool low_open = false, high_open = false;  // 超过8% is (8, ∞)
    bool provisional = false;  // rests on an estimate (预计): a final figure will replace it
};

struct met {
    reading actual;
    engine::band band = band::none;
};

struct missed {
    reading actual;
    engine::band band = band::none;
};

struct pending {
    enum class why {
        not_due,    // the deadline has not passed
        overdue,    // the deadline passed and no figure for the period has been reported
        undecided,  // a figure exists but cannot decide (超过6% against 7%以上)
        no_deadline,
        no_target,  // nothing to compare a figure with (a ratio, a target without a number)
        no_region,  // the goal's report names no region: no figure of any other report is its region's
        no_metric,  // the goal's words name no metric (推进5个): never judged, whatever figure has the same
                    // words
    };
    why reason = why::not_due;
    std::optional<reading> latest;  // the latest figure seen, when there is one
};

using state = std::variant<met, missed, pending>;

struct verdict {
    engine::state state;
    engine::rule rule = rule::rate;
    std::optional<double> progress;       // reach goals: figure / target, 0..1
    std::vector<std::size_t> conflicts;   // final figures for the period that disagree with the one used
    std::vector<std::size_t> considered;  // every figure that matched the goal
    rules::polarity polarity = rules::polarity::neutral;
    double tolerance = 0;          // the tolerance applied (pp for rates, a fraction for amounts)
    std::optional<reading> other;  // a relative goal: the other statistic's figure for the period, the target
    // ... of a whole whose own figure is not given: each part's figure (城镇, 农村), what it made of it
    struct part {
        reading actual;
        engine::band band = band::none;
        bool held = false;
    };
    std::vector<part> parts;
};

// Judges every goal against the figures as of a date: figures reported after `as_of` are not known yet.
// Pure: no clock, no I/O. The result has one verdict per goal, in the same order. Cost is linear in
// goals + figures (figures are indexed by region and metric once).
std::vector<verdict> judge(std::vector<rules::statement> const& goals,
                           std::vector<rules::statement> const& figures, rules::catalog const& catalog,
                           policy const& policy, rules::date as_of);

// Why a figure of the goal's region and metric was used or set aside: what `explain` tells a reader.
enum class note {
    used,            // the figure the verdict rests on
    earlier_level,   // the earlier of two yearly levels a growth was derived from
    part_of_sum,     // a yearly figure of a flow over several years
    conflict,        // a final figure for the period that says otherwise (a later report's was used)
    superseded,      // a figure for the period from an earlier report, or the same value said again
    estimate,        // an estimate, where a final figure decides
    part_of_period,  // covers only part of the goal's period
    latest,          // a pending goal's latest figure
    not_yet_known,   // from a report dated after the as-of date
    other_period,    // describes a period outside the goal's
    other_measure,   // measures something else (a level against a growth goal)
    other_unit,      // another unit
    no_number,       // states no number
    other_event,     // a milestone of another subject or event
    same_report,     // a milestone stated in the goal's own report, or an earlier one
    compared_with,  // a relative goal: the other statistic's figure for the period, whose value is the target
};

struct figure_note {
    std::size_t figure = 0;  // index into the figures given
    engine::note note = note::used;
};

// The goal's verdict and, for every figure of its region and metric (of its region, for a milestone; and of
// the other statistic, for a relative goal), what the judge made of it, the figures it used first.
struct explanation {
    engine::verdict verdict;
    std::vector<figure_note> notes;
};

explanation explain(rules::statement const& goal, std::vector<rules::statement> const& figures,
                    rules::catalog const& catalog, policy const& policy, rules::date as_of);

// explain() for every goal at once, given their verdicts (judge()'s): linear in goals + figures, where
// calling explain() per goal reads every figure for each.
std::vector<explanation> explain_all(std::vector<rules::statement> const& goals,
                                     std::vector<rules::statement> const& figures,
                                     std::vector<verdict> const& verdicts, rules::catalog const& catalog,
                                     policy const& policy, rules::date as_of);

// What figure i of `figures` says, as an interval (超过8% is (8, ∞), 出现下降 is (−∞, 0)); nullopt when it
// states no number.
std::optional<reading> reading_of(std::vector<rules::statement> const& figures, std::size_t i);

constexpr bool is_met(verdict const& v) { return std::holds_alternative<met>(v.state); }
constexpr bool is_missed(verdict const& v) { return std::holds_alternative<missed>(v.state); }
constexpr bool is_pending(verdict const& v) { return std::holds_alternative<pending>(v.state); }

}  // namespace luoshi::engine
