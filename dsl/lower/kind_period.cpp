// Goal or figure, and the time a statement covers. Signals, strongest first: the caller's kind (parse
// --kind); an estimate of what is still to come (预计6月前完工 → a goal); the section the sentence sits in (a
// review makes results of 争取, 计划; a plan makes goals of all but a year gone by); the clause's cues (已 →
// figure, 力争 / 要 → goal); then a comparator that states a target (以上), and a time still to come.
#include "dsl/lower/clause.hpp"
#include "dsl/time.hpp"

namespace luoshi::dsl::lower {

std::optional<statement_kind> kind_by_scope(rules::time_scope const& scope) {
    switch (scope.kind) {
        case rules::scope_kind::review_year:
        case rules::scope_kind::review_plan: return statement_kind::figure;
        case rules::scope_kind::year_targets:
        case rules::scope_kind::plan_targets:
        case rules::scope_kind::vision: return statement_kind::goal;
        default: return std::nullopt;
    }
}

bool in_review(rules::time_scope const& scope) { return kind_by_scope(scope) == statement_kind::figure; }

bool future_period(phrase_state const& s) {
    if (!s.period || !s.ctx.reference || s.period_is_as_of) return false;
    return s.period->begin > *s.ctx.reference || (s.period_deadline && s.period->end > *s.ctx.reference);
}

// What a part of a report makes of a clause: a result in a review unless its time is still to come, a goal in
// targets unless its time has gone by.
statement_kind scope_kind_of_clause(phrase_state const& s, statement_kind by_scope) {
    if (by_scope == statement_kind::figure)
        return future_period(s) ? statement_kind::goal : statement_kind::figure;
    return s.period && s.ctx.reference && s.period->end < *s.ctx.reference && !s.period_relative
               ? statement_kind::figure
               : statement_kind::goal;
}

statement_kind decide_kind(clause const& c, kind_signals signals) {
    auto const& s = c.s;
    if (s.ctx.kind) return *s.ctx.kind;
    if (signals.named_target) return statement_kind::goal;
    if (signals.progress) return statement_kind::figure;
    // 预计6月前完工: an estimate of what is still to come is a goal
    if (s.estimate_cue) return future_period(s) ? statement_kind::goal : statement_kind::figure;
    // In a section of results 争取 means obtained, 将 is 把, 计划 names a programme: only a date still to
    // come makes a goal there
    // A part whose own words say it reviews: 争取 means obtained, 将 is 把, 计划 names a programme; only a
    // date still to come makes a goal there. A part whose words say it plans: 已建成的规划路 describes; only
    // a year gone by makes a result there.
    auto const by_scope = kind_by_scope(s.ctx.scope);
    if (by_scope && !s.ctx.scope.inferred) return scope_kind_of_clause(s, *by_scope);
    if (s.figure_cue) return statement_kind::figure;
    // 2025年10月31日…提出18条具体举措, read in 2026: a date gone by tells what happened, whatever the cue
    if (s.period && s.ctx.reference && s.period->end < *s.ctx.reference && !s.period_relative &&
        !s.period_is_as_of && s.strength == rules::strength::none)
        return statement_kind::figure;
    if (s.strength != rules::strength::none || s.goal_cue) return statement_kind::goal;
    if (signals.explicit_comparator) return statement_kind::goal;
    // 年底回迁80% in a January report: a time by which, still ahead, is a deadline
    if (future_period(s)) return statement_kind::goal;
    // a part whose time its content told: what it leans to, for a clause with no cue of its own
    if (by_scope) return scope_kind_of_clause(s, *by_scope);
    // 安排 allocates: a goal where no part says otherwise
    if (s.allocation_cue) return statement_kind::goal;
    // a period still to come, or one that runs to a year still to come (到2020年城镇化率达到60%)
    if (s.period && s.ctx.reference && !s.period_is_as_of && s.period->end > *s.ctx.reference &&
        (s.period->begin > *s.ctx.reference || s.period_until))
        return statement_kind::goal;
    return statement_kind::figure;
}

namespace {

// The period of a statement that names no time: the years a review covers for a result; the year or the plan
// period targeted for a goal (a vision's goals run to 2035); else the report's year.
std::optional<rules::period> period_by_scope(rules::time_scope const& scope, statement_kind kind,
                                             std::optional<rules::date> const& reference) {
    auto const by_scope = kind_by_scope(scope);
    // a goal in a review (目标任务2580人) is the target of the years reviewed
    if (by_scope && (*by_scope == kind || kind == statement_kind::goal) && scope.from && scope.to) {
        // a vision's goals run from the report's year to 2035
        int const first =
            scope.kind == rules::scope_kind::vision && reference ? int{reference->year()} : scope.from;
        auto const from = safe_date(first, 1, 1);
        auto const to = safe_date(scope.to, 12, 31);
        if (from && to) return rules::period{*from, *to};
    }
    if (reference) return year_period(reference->year());
    return std::nullopt;
}

}  // namespace

void apply_time(phrase_state const& s, statement& st) {
    auto const& ref = s.ctx.reference;
    st.reported = ref;
    auto const& scope = s.ctx.scope;
    std::optional<rules::period> p = s.period;
    if (!p) p = period_by_scope(scope, st.kind, ref);
    // 全年, 当年, 年底 in a review section mean the year the section describes
    if (p && s.period && s.period_relative && st.kind == statement_kind::figure && in_review(scope)) {
        int const shift = scope.to - p->end.year();
        auto const b = shift_years(p->begin, shift), e = shift_years(p->end, shift);
        if (b && e) p = rules::period{*b, *e};
    }
    if (st.kind == statement_kind::goal) {
        if (s.open_ended && !s.period_from_time) return;  // 今后一个时期: no deadline is said
        if (p) {
            st.deadline = p->end;
            st.period = p;
        }
        return;
    }
    if (s.period_is_as_of && s.period) {
        st.as_of = s.period->end;
        st.period = rules::period{rules::date(s.period->end.year(), 1, 1), s.period->end};
    } else {
        st.period = p;
    }
    if (s.estimate_cue || s.ctx.estimate) st.status = rules::figure_status::estimate;
    if (st.measure == measure::progress) st.status = rules::figure_status::progress;
}

}  // namespace luoshi::dsl::lower
