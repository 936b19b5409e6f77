// Lowering: the grammar's flat token list → goals and figures. The phrase is cut into clauses at ，；：。
// and each clause is read in turn: its context (cues, strength, dates), its amounts, one statement per
// amount (or a milestone when it has none), and 分别's pairing. What a clause sets — its metric, its measure,
// its cues until the sentence ends — carries on to the clauses after it:
//   实现地区生产总值660.5亿元，同比增长10.5% → two figures of 地区生产总值: a level and a growth.
#include "dsl/lower.hpp"

#include "common/text.hpp"
#include "dsl/lower/clause.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace luoshi::dsl {

namespace {

using namespace lower;

// Whether a phrase may state something: every statement needs a quantity, or a keyword of a milestone, a
// direction or a change, and a time may be a day that does not exist (an error). Most sentences of a report
// have none of these.
bool may_state_something(ast::phrase const& p) {
    if (!p.quantities.empty() || !p.times.empty()) return true;
    for (auto const& t : p.tokens) {
        if (t.kind != tk::keyword) continue;
        switch (t.role) {
            case role::event:
            case role::pilot_start:
            case role::direction_up:
            case role::direction_down:
            case role::growth:
            case role::decline:
            case role::increase: return true;
            default: break;
        }
    }
    return false;
}

// What the clause is about, for a milestone in the next one that names no subject of its own: kept as a span
// of bytes, and put into words only when such a milestone needs it.
void remember_topic(clause const& c) {
    std::size_t first = c.b;
    while (first < c.e && !c.text_at(first)) ++first;
    if (first == c.e) {
        c.s.topic = {0, 0};
        return;
    }
    std::size_t last = c.e - 1;
    while (!c.text_at(last)) --last;
    c.s.topic = {c.t(first).begin, c.t(last).end};
}

// What a sentence's opening says of the rest (read at its first clause): 我区…, the region naming itself (see
// self_opened); 包钢集团要全力突围, 稀土要锚定…: a sentence that opens with a name and 要 is about what it
// names (not 我们要, 各地要: actors, not owners of a measure); one that opens with 为 and a name, then its
// verb, is for what it names
void remember_opening(clause const& c) {
    c.s.self_opened =
        words::starts_with_one_of(c.s.text.substr(c.first_meaningful(c.b)), words::region_naming_itself);
    std::size_t const j = c.words_end(c.b);
    // 为兰州新区引进项目7个，到位资金7亿元以上: what the sentence does is for whom 为 names, every measure of
    // it
    // 为退役军人提供5万个就业岗位，开展就业帮扶1万人: or a verb of giving ends the words of whom
    if (j == c.b && c.b + 2 < c.e && c.bytes(c.b) == "为") {
        std::size_t const k = c.words_end(c.b + 1);
        if (k == c.b + 1 || k >= c.e) return;
        std::size_t end = c.t(k - 1).end;
        if (!c.kw(k, role::increase) && !c.kw(k, role::pilot_start)) {  // (开展 is a keyword of its own)
            auto const* giving =
                words::ending_one_of(c.s.bytes(c.t(c.b + 1).begin, end), words::verbs_of_giving);
            if (!giving) return;
            end -= giving->text.size();
        }
        auto const whom = c.s.bytes(c.t(c.b + 1).begin, end);
        if (whom.size() >= 6 && whom.size() <= 24) {
            c.s.owner = {c.t(c.b + 1).begin, end};
            c.s.owner_served = true;
        }
        return;
    }
    if (j == c.b || j >= c.e || !c.kw(j, role::goal_cue) || c.bytes(j) != "要") return;
    auto const name = c.s.bytes(c.t(c.b).begin, c.t(j - 1).end);
    if (name.size() < 6 || name.size() > 30 || words::is_one_of(name, words::actors_not_owners)) return;
    c.s.owner = {c.t(c.b).begin, c.t(j - 1).end};
}

// 扣除房地产开发投资后，…: a clause that leaves a part out of the sentence's measures (not prices:
// 扣除价格因素 gives real growth, as reports state it anyway)
void read_left_out(clause const& c) {
    std::string_view w = c.s.bytes(c.s.topic.first, c.s.topic.second);
    if (!words::starts_with_one_of(w, words::leaving_out) || words::contains_one_of(w, words::prices)) return;
    w = words::without_leading(w, words::leaving_out);
    if (words::starts_with_one_of(w, words::leaving_out)) return;  // the verb alone names no part
    w = words::without_trailing(w, words::left_out_closers);
    if (!w.empty()) c.s.excluding = std::string(w);
}

void read_clause(clause const& c) {
    if (c.s.first_clause) remember_opening(c);
    read_context(c);
    // a glossary's definition with no time of its own (…计划：遴选支持350名左右本土高层次人才) states nothing
    bool const states = !c.s.ctx.definitions || c.s.period_from_time;
    auto const found = states ? amounts(c) : std::vector<std::size_t>{};
    if (found.empty()) {
        if (states) read_without_amount(c);
    } else {
        std::size_t const first_statement = c.s.out.statements.size();
        std::size_t left = c.b;
        for (std::size_t k = 0; k < found.size(); ++k) {
            std::size_t const next = k + 1 < found.size() ? found[k + 1] : c.e;
            left = read_amount(c, found[k], left, next);
        }
        distribute_respectively(c, first_statement);
        share_across_list(c, first_statement);
        share_list_head(c, first_statement);
    }
    remember_topic(c);
    if (found.empty()) read_left_out(c);
    // 继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套: a frame leaves the thing worked on
    std::string_view const topic = c.s.bytes(c.s.topic.first, c.s.topic.second);
    if (found.empty() && common::starts_with(topic, "在") &&
        words::ends_with_one_of(topic, words::frame_closers)) {
        c.s.first_clause = false;
        return;
    }
    c.s.subject = {0, 0};
    if (found.empty() && c.s.topic.second > c.s.topic.first) {
        // its leads (实现, 确保) and times are not part of it
        std::size_t i = c.b;
        while (i < c.e &&
               (c.blank(i) || (c.t(i).kind == tk::other && c.t(i).punct) ||
                (c.keyword(i) && is_lead(c.t(i).role)) || c.t(i).kind == tk::time || c.t(i).kind == tk::plan))
            ++i;
        // (今明两年继续提高…养老金: a span of years that opens it is its time)
        for (std::size_t k = i; k < c.e && k < i + 3; ++k)
            if (c.t(k).kind == tk::quantity && years_ahead_of_amount(c, k)) {
                i = end_of_years_span(c, k);
                break;
            }
        if (i < c.e && c.t(i).begin < c.s.topic.second) c.s.subject = {c.t(i).begin, c.s.topic.second};
        if (c.s.first_clause) c.s.opener = c.s.subject;
    }
    c.s.first_clause = false;
}

bool ends_clause(ast::token const& t) {
    return t.is(role::clause_break) || t.is(role::colon) || t.is(role::sentence_break);
}

}  // namespace

std::string unread_clause(std::size_t bytes) {
    return fmt::format("a clause of {} bytes with no punctuation (，；：。) is not read: the most is {}",
                       bytes, max_clause_bytes);
}

parse_result lower_phrase(std::string_view text, ast::phrase const& tokens, context const& ctx) {
    if (!may_state_something(tokens)) return {};
    phrase_state s(text, ctx, tokens);
    s.out.statements.reserve(tokens.quantities.size() + 1);  // a statement an amount, or a milestone
    s.attributive.assign(tokens.tokens.size(), false);
    bool const events = std::any_of(tokens.tokens.begin(), tokens.tokens.end(),
                                    [](ast::token const& t) { return t.is(role::event); });
    if (events) mark_attributive_chains(s);  // it marks only amounts before a milestone's event
    // The clauses: spans of tokens between breaks, each with the roles of its keywords, its quantities and
    // whether it has a date or a plan; a sentence ends after some
    std::size_t b = 0;
    std::uint64_t roles = 0;
    std::vector<std::size_t> quantities;
    bool timed = false;
    auto const n = tokens.tokens.size();
    for (std::size_t i = 0; i <= n; ++i) {
        if (i < n && !ends_clause(tokens.tokens[i])) {
            auto const& x = tokens.tokens[i];
            if (x.kind == tk::keyword) roles |= std::uint64_t{1} << static_cast<unsigned>(x.role);
            if (x.kind == tk::quantity) quantities.push_back(i);
            if (x.kind == tk::time || x.kind == tk::plan) timed = true;
            continue;
        }
        if (i > b) {
            std::size_t const bytes = tokens.tokens[i - 1].end - tokens.tokens[b].begin;
            if (bytes <= max_clause_bytes) {
                read_clause(clause(s, b, i, roles, std::move(quantities), timed));
            } else {
                s.out.diagnostics.push_back(
                    {severity::warning, tokens.tokens[b].begin, unread_clause(bytes)});
                s.topic = s.subject = {0, 0};  // its words are not known to the clause after it
            }
        }
        if (i < n && tokens.tokens[i].is(role::sentence_break)) s.new_sentence();
        b = i + 1;
        roles = 0;
        quantities.clear();
        timed = false;
    }
    return std::move(s.out);
}

}  // namespace luoshi::dsl
