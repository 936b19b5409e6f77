// What a clause says around its amounts: its cues (力争 → a goal, 已 → a result, 预计 → an estimate), its
// strength (确保, 力争), and its time (年底, 2015年10月, “十三五”期间, 到2020年, 今后五年), kept in the
// phrase state for this clause and the ones after it in the sentence.
//   截至目前已完成投资8亿元，力争年底完成12亿元: the second clause's 力争 replaces the first's 已.
#include "common/text.hpp"
#include "dsl/lexicon/words.hpp"
#include "dsl/lower/clause.hpp"
#include "dsl/time.hpp"

namespace luoshi::dsl::lower {

using namespace std::string_view_literals;

// 确定了将全区30个村整合为12个新型社区, 组建了一批大型企业集团: a verb with 了 tells what was done
bool done_with_le(clause const& c) {
    for (std::size_t i = c.b; i < c.e; ++i) {
        if (!c.text_at(i)) continue;
        auto const w = c.bytes(i);
        if (w.size() > 3 && common::ends_with(w, "了") && !words::ends_with_one_of(w, words::le_not_done))
            return true;
        // 了 as a word of its own after the verb's word (不了 and 为了 are no such: 为 is a keyword), or
        // after a verb of doing (编制了《…纲要》)
        if (w == "了" && i > c.b && (c.text_at(i - 1) || c.kw(i - 1, role::increase)) &&
            !words::ends_with_one_of(c.s.bytes(c.t(i - 1).begin, c.t(i).end), words::le_not_done))
            return true;
    }
    return false;
}

namespace {

// A clause's own cue replaces the opposite one carried from the clause before.
void replace_carried_cues(clause const& c) {
    auto& s = c.s;
    bool const own_goal =
        c.has(role::strength_binding) || c.has(role::strength_aspiration) || c.has(role::goal_cue);
    bool const own_figure = c.has(role::figure_cue) || (!c.quantities.empty() && done_with_le(c));
    if (own_goal && !own_figure) s.figure_cue = false;
    if (own_figure && !own_goal) {
        s.goal_cue = s.allocation_cue = false;
        s.strength = rules::strength::none;
    }
}

// Only cue keywords, dates, plans and quantities set anything: most clauses of a report have none of them.
bool may_set_context(clause const& c) {
    return c.timed || !c.quantities.empty() || c.has(role::strength_binding) ||
           c.has(role::strength_aspiration) || c.has(role::goal_cue) || c.has(role::figure_cue) ||
           c.has(role::estimate_cue) || c.has(role::plan_program);
}

// Whether the clause opens with a verb of doing (完成, 建成, 新建), its leads and strength aside, before
// token i
bool opened_by_a_verb(clause const& c, std::size_t i) {
    std::size_t j = c.b;
    while (j < i && (c.blank(j) || (c.t(j).kind == tk::other && c.t(j).punct) || c.t(j).kind == tk::time ||
                     c.kw(j, role::strength_binding) || c.kw(j, role::strength_aspiration)))
        ++j;
    return j < i && c.kw(j, role::increase) && j + 1 < i;
}

// A keyword's cue or strength. The clause's own strength word wins over one carried from the clause before
// (确保…，争取…).
void read_cue(clause const& c, std::size_t i, bool& own_strength) {
    role const r = c.t(i).role;
    auto& s = c.s;
    switch (r) {
        case role::strength_binding:
            s.strength = rules::strength::binding;
            own_strength = true;
            break;
        case role::strength_aspiration:
            if (!own_strength || s.strength == rules::strength::none)
                s.strength = rules::strength::aspirational;
            own_strength = true;
            break;
        case role::goal_cue:
            (words::is_one_of(c.bytes(i), words::allocation_cues) ? s.allocation_cue : s.goal_cue) = true;
            break;
        case role::figure_cue:
            // 完成雁滩地区3条已建成规划路的绿化: after the clause's own verb of doing, 已 describes its
            // object
            if (!opened_by_a_verb(c, i)) s.figure_cue = true;
            break;
        case role::estimate_cue: s.estimate_cue = true; break;
        case role::plan_program: s.goal_cue = true; break;
        default: break;
    }
}

// 2015年10月, 年底, 6月前, 到2020年, 截至8月底
void read_date(clause const& c, std::size_t i) {
    auto& s = c.s;
    auto const& x = c.t(i);
    auto const& te = s.ast.times[x.index];
    // in a review, 5月28日 and 年底 are of the year reviewed (but 去年 and 今年 are the report's)
    auto reference = s.ctx.reference;
    if (in_review(s.ctx.scope) && !te.year && !te.relative)
        if (auto d = safe_date(s.ctx.scope.to, 12, 31)) reference = d;
    auto r = resolve(te, reference);
    if (!r.error.empty()) {
        s.error(x.begin, r.error);
        return;
    }
    if (!r.period) return;
    s.period = r.period;
    // 全年, 年底, 当年: the year of the report, or of the section; 去年 and 明年 name a year of their own
    s.period_relative = !te.year && (!te.relative || *te.relative == ast::year_ref::this_year);
    s.period_from_time = true;
    // 年底, 年内, 6月前, 下半年: a time by which something is to be done
    s.period_deadline = te.month.has_value() ||
                        (te.part && *te.part != ast::time_part::whole && *te.part != ast::time_part::start);
    s.period_is_as_of = i > c.b && c.previous_is(i, role::as_of);
    s.period_until = false;
    // 从5月1日起, 自2016年7月1日起: the day things start, not one by which they are done; the work runs
    // from it to the end of its year
    bool const from_then = i > c.b && (c.previous_is(i, role::from) || c.previous_text_ends_with(i, "自")) &&
                           i + 1 < c.e && words::starts_with_one_of(c.bytes(i + 1), words::start_closers);
    if (from_then && te.month)
        if (auto const end = safe_date(s.period->begin.year(), 12, 31)) {
            s.period = rules::period{s.period->begin, *end};
            s.period_deadline = false;
        }
    // 到2020年新建改建道路40公里, stated in 2016: the work runs from the report's year to 2020
    if (i > c.b && c.previous_is(i, role::until) && s.ctx.reference && te.year &&
        s.period->begin.year() > s.ctx.reference->year())
        if (auto from = safe_date(s.ctx.reference->year(), 1, 1)) {
            s.period = rules::period{*from, s.period->end};
            s.period_deadline = true;  // a time by which
            s.period_until = true;
        }
}

// “十三五”期间; but 编制“十三五”规划 names the plan as a document, not a time
void read_plan(clause const& c, std::size_t i) {
    auto& s = c.s;
    if (words::ends_with_one_of(c.bytes(i), words::plan_documents)) return;
    // “九五”普法规划, “十五五”碳达峰行动方案, “十五五”支持稀土产业高质量发展的政策措施: a plan's name before
    // the name of a document is part of that name (writing it is this year's task; and 普法 counts its plans
    // its own way)
    std::size_t j = c.e;  // the rest of the clause, punctuation aside
    while (j > i + 1 && c.t(j - 1).kind == tk::other && (c.t(j - 1).punct || c.blank(j - 1))) --j;
    if (j > i + 1 &&
        words::ends_with_one_of(c.s.bytes(c.t(i + 1).begin, c.t(j - 1).end), words::document_heads))
        return;
    // 加快建设“十四五”批复的6个沙戈荒大基地: a plan and a verb before 的 say when the noun after was done to;
    // they are no time of the clause
    std::size_t const k = c.words_end(i + 1);
    if (k > i + 1 && k < c.e && c.kw(k, role::of) && c.s.bytes(c.t(i + 1).begin, c.t(k - 1).end).size() <= 12)
        return;
    s.period = resolve(s.ast.plans[c.t(i).index]);
    s.plan_named = s.period;
    s.period_deadline = false;
    s.period_relative = false;
    // “十四五”期间 said in 2021 or 2023: a plan still running is a time by which, as 到2025年 is
    auto const& ref = s.ctx.reference;
    s.period_until = s.period && ref && s.period->begin <= *ref && s.period->end > *ref;
    s.period_from_time = true;
    s.period_is_as_of = false;
}

// 实施三年行动计划，完成改造5000户: the program runs from the report's year, and the amounts carried out
// under it are for its years. A program started or written this year
// (启动第二期学前教育三年行动计划，扶持130所…; 制定…三年行动计划) is this year's task, and so are the amounts
// after it; its length is part of its name. A review tells what was done in the year it reviews.
void read_program_years(clause const& c, std::size_t i) {
    auto& s = c.s;
    auto const& r = c.reading(i);
    // the words as written: a verb may be cut (深入 | 实施)
    if (i > c.b && words::contains_one_of(c.s.bytes(c.t(c.b).begin, c.t(i).begin), words::program_starts))
        return;
    // 三年行动计划深入实施，新增…74家 in a review: the results are of the year reviewed
    if (in_review(s.ctx.scope) || s.ctx.kind == statement_kind::figure) return;
    if (s.ctx.reference && r.first.unit == "年"sv && r.first.value >= 1 && r.first.value <= 10) {
        int const y = s.ctx.reference->year();
        int const n = static_cast<int>(r.first.value);
        auto const from = safe_date(y, 1, 1), to = safe_date(y + n - 1, 12, 31);
        if (from && to) s.period = rules::period{*from, *to};
    }
}

// The years first…last as the sentence's period, a time of the text's own: ahead, a time by which (to 2020);
// else years gone by
void take_years(phrase_state& s, int first, int last, bool ahead) {
    auto const from = safe_date(first, 1, 1), to = safe_date(last, 12, 31);
    if (!from || !to) return;
    s.period = rules::period{*from, *to};
    s.period_from_time = true;
    s.period_relative = false;
    s.period_deadline = ahead;
    s.period_until = ahead;
    s.period_is_as_of = false;
}

// 五年城镇新增就业4500万人: the amount after it is for N years, from the report's year on (in a review, or
// after 过去 / before 来: the N years up to the year reviewed)
void read_years_ahead(clause const& c, std::size_t i) {
    auto& s = c.s;
    int const n = static_cast<int>(c.reading(i).first.value);
    auto const& ref = s.ctx.reference;
    bool const past = in_review(s.ctx.scope) || s.ctx.kind == statement_kind::figure ||
                      c.previous_text_ends_with(i, "过去") ||
                      (i + 1 < c.e && words::starts_with_one_of(c.bytes(i + 1), words::looking_back));
    int last = past ? (in_review(s.ctx.scope) ? s.ctx.scope.to : ref->year() - 1) : ref->year() + n - 1;
    // “十一五”期间，关停…，今年要关停…；五年淘汰落后炼铁产能1亿吨: five years after a plan of five named in
    // the sentence are the plan's
    if (!past && s.plan_named && s.plan_named->end.year() - s.plan_named->begin.year() + 1 == n)
        last = s.plan_named->end.year();
    take_years(s, last - n + 1, last, !past);
}

// 用3年时间，培养引进10名战略科学家 / 用3—5年时间，…: a clause that gives the years the sentence's work has,
// from the report's year on; a range of years gives its longest
void read_years_to_use(clause const& c, std::size_t i) {
    if (!c.s.ctx.reference || in_review(c.s.ctx.scope) || !c.previous_text_ends_with(i, "用") ||
        i + 1 >= c.e || !common::starts_with(c.bytes(i + 1), "时间"))
        return;
    auto const& r = c.reading(i);
    double const n = r.second ? r.second->value : r.first.value;
    if (r.first.unit != "年"sv || n < 1 || n > 10 || n != static_cast<double>(static_cast<int>(n))) return;
    int const y = c.s.ctx.reference->year();
    take_years(c.s, y, y + static_cast<int>(n) - 1, true);
}

}  // namespace

void read_context(clause const& c) {
    replace_carried_cues(c);
    // 今后一个时期，着重解决好现有“三个1亿人”问题: a horizon with no end named
    if (c.e > c.b &&
        words::contains_one_of(c.s.bytes(c.t(c.b).begin, c.t(c.e - 1).end), words::open_horizons))
        c.s.open_ended = true;
    // 省委全会明确提出，要实施…: the clauses after a verb of saying quote another body
    // (asked only in a part of no time, where it matters)
    if (c.s.ctx.scope.kind == rules::scope_kind::other && c.e > c.b &&
        words::contains_one_of(c.s.bytes(c.t(c.b).begin, c.t(c.e - 1).end), words::saying_verbs))
        c.s.reported = true;
    if (!may_set_context(c)) return;
    bool own_strength = false;
    // 由2006年的…变为…: the year belongs to where it started, not to the statement
    bool const from_clause = c.has(role::level_after_change);
    bool seen_from = false;
    if (done_with_le(c)) c.s.figure_cue = true;
    for (std::size_t i = c.b; i < c.e; ++i) {
        auto const& x = c.t(i);
        if (x.kind == tk::other) continue;
        if (x.is(role::from)) seen_from = true;
        if (x.is(role::level_after_change)) seen_from = false;
        if (x.kind == tk::keyword) {
            read_cue(c, i, own_strength);
        } else if (x.kind == tk::time) {
            if (!(from_clause && seen_from)) read_date(c, i);
            // 目前…已经确定…，今年年底开工: a time still ahead replaces a result's cue carried from the
            // clause before
            if (future_period(c.s) && !c.has(role::figure_cue)) c.s.figure_cue = false;
        } else if (x.kind == tk::plan) {
            read_plan(c, i);
        } else if (x.kind == tk::quantity && i + 1 < c.e && c.kw(i + 1, role::plan_program)) {
            read_program_years(c, i);
        } else if (x.kind == tk::quantity && years_ahead_of_amount(c, i)) {
            read_years_ahead(c, i);
        } else if (x.kind == tk::quantity) {
            read_years_to_use(c, i);
        }
    }
}

std::size_t end_of_years_span(clause const& c, std::size_t i) {
    std::size_t j = i + 1;
    if (j < c.e && c.t(j).kind == tk::other && words::is_one_of(c.bytes(j), words::years_span_closers)) ++j;
    return j;
}

bool years_ahead_of_amount(clause const& c, std::size_t i) {
    if (c.t(i).kind != tk::quantity || !c.s.ctx.reference) return false;
    auto const& r = c.reading(i);
    if (r.second || r.first.unit != "年"sv || r.first.value < 2 || r.first.value > 10 ||
        r.first.value != static_cast<double>(static_cast<int>(r.first.value)))
        return false;
    for (auto const& w : words::years_streak_words)
        if (c.previous_text_ends_with(i, w.text)) return false;
    // only leading words before it: the clause's start, a time, a strength, 今后 / 未来 / 过去
    for (std::size_t j = c.b; j < i; ++j) {
        if (c.blank(j) || c.t(j).kind == tk::time || c.kw(j, role::strength_binding) ||
            c.kw(j, role::strength_aspiration))
            continue;
        if (c.t(j).kind == tk::other &&
            (c.t(j).punct || words::is_one_of(c.bytes(j), words::years_ahead_leads)))
            continue;
        return false;
    }
    // 两年内实现农村机井通电全覆盖: a span within which (N年内) frames the clause, amount or milestone
    if (i + 1 < c.e && words::starts_with_one_of(c.bytes(i + 1), words::span_closers)) return true;
    // and an amount of its own later in the clause, or nothing after it: a clause of its own that frames the
    // sentence (今明两年，企业退休人员基本养老金每年提高10%左右)
    std::size_t after = i + 1;
    while (after < c.e && (c.blank(after) || (c.t(after).kind == tk::other && c.t(after).punct) ||
                           words::is_one_of(c.bytes(after), words::years_span_closers)))
        ++after;
    if (after == c.e) return true;
    // (今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右: a clause with no amount at all, the span
    // opened by a word of when or closed by one — 九年义务教育巩固率 names the schooling)
    bool const marked =
        (i > c.b && c.text_at(i - 1) && !c.blank(i - 1)) ||
        (i + 1 < c.e && words::starts_with_one_of(c.bytes(i + 1), words::span_closers_in_a_token));
    if (marked &&
        std::none_of(c.quantities.begin(), c.quantities.end(), [&](std::size_t j) { return j > i; }))
        return true;
    for (std::size_t j = i + 1; j < c.e; ++j)
        if (c.t(j).kind == tk::quantity) return c.reading(j).first.unit != "年"sv;
    return false;
}

}  // namespace luoshi::dsl::lower
