// Goal or figure, and the time a statement covers. Signals, strongest first: the caller's kind (parse
// --kind); an estimate of what is still to come (预计6月前完工 → a goal); the section the sentence sits in (a
// review makes results of 争取, 计划; a plan makes goals of all but a year gone by); the clause's cues (已 →
// figure, 力争 / 要 → goal); then a comparator that states a target (以上), and a time still to come.
#include "dsl/lower/clause.hpp"
#include "dsl/time.hpp"

namespace luoshi::dsl::lower {

bool future_period(phrase_state const& s) {
    if (!s.period || !s.ctx.reference || s.period_is_as_of) return false;
    return s.period->begin > *s.ctx.reference || (s.period_deadline && s.period->end > *s.ctx.reference);
}

statement_kind decide_kind(clause const& c, kind_signals signals) {
    auto const& s = c.s;
    if (s.ctx.kind) return *s.ctx.kind;
    if (signals.progress) return statement_kind::figure;
    // 预计6月前完工: an estimate of what is still to come is a goal
    if (s.estimate_cue) return future_period(s) ? statement_kind::goal : statement_kind::figure;
    // In a section of results 争取 means obtained, 将 is 把, 计划 names a programme: only a date still to
    // come makes a goal there
    if (s.ctx.default_kind == statement_kind::figure)
        return future_period(s) ? statement_kind::goal : statement_kind::figure;
    // In a section of goals 已建成的规划路 describes: only a year gone by makes a result there
    if (s.ctx.default_kind == statement_kind::goal)
        return s.period && s.ctx.reference && s.period->end < *s.ctx.reference && !s.period_relative
                   ? statement_kind::figure
                   : statement_kind::goal;
    if (s.figure_cue) return statement_kind::figure;
    if (s.strength != rules::strength::none || s.goal_cue) return statement_kind::goal;
    if (signals.explicit_comparator) return statement_kind::goal;
    // a period still to come, or one that runs to a year still to come (到2020年城镇化率达到60%)
    if (s.period && s.ctx.reference && !s.period_is_as_of && s.period->end > *s.ctx.reference &&
        (s.period->begin > *s.ctx.reference || s.period_until))
        return statement_kind::goal;
    return statement_kind::figure;
}

void apply_time(phrase_state const& s, statement& st) {
    auto const& ref = s.ctx.reference;
    st.reported = ref;
    std::optional<rules::period> p = s.period;
    if (!p && st.kind == statement_kind::figure && s.ctx.figure_year) {
        int const y = *s.ctx.figure_year;
        p = year_period(y);
        if (s.ctx.figure_years > 1)
            if (auto from = safe_date(y - s.ctx.figure_years + 1, 1, 1)) p = rules::period{*from, p->end};
    } else if (!p && ref) {
        p = year_period(ref->year());
    }
    // 全年, 当年, 年底 in a review section mean the year the section describes
    if (p && s.period && s.period_relative && st.kind == statement_kind::figure && s.ctx.figure_year) {
        int const shift = *s.ctx.figure_year - p->end.year();
        auto const b = shift_years(p->begin, shift), e = shift_years(p->end, shift);
        if (b && e) p = rules::period{*b, *e};
    }
    if (st.kind == statement_kind::goal) {
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
