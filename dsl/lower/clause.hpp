#pragma once

#include "dsl/ast.hpp"
#include "dsl/lexicon/keywords.hpp"
#include "dsl/lexicon/units.hpp"
#include "dsl/lexicon/words.hpp"
#include "dsl/lower.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// What the rules of lowering share: the phrase being read, what its earlier clauses set, and one clause of
// it (the tokens between two breaks: ，；：。) with the questions the rules ask of its tokens. Each job of
// lowering has a file of its own in this folder; lower.cpp runs them clause by clause.
namespace luoshi::dsl::lower {

using rules::comparator;
using rules::measure;
using rules::statement;
using rules::statement_kind;
using tk = ast::token_kind;
using tok = ast::token;

// A quantity's amounts, read once: 6.5%—7% → first 6.5, second 7; 1:82.4:16.6 → ratio.
struct quantity_reading {
    amount_value first;
    std::optional<amount_value> second;
    std::vector<double> ratio;
};

// One phrase (a sentence of a report) as lowering reads it.
struct phrase_state {
    phrase_state(std::string_view t, context const& c, ast::phrase const& p);

    std::string_view text;
    context const& ctx;
    ast::phrase const& ast;
    std::vector<std::optional<quantity_reading>> readings;  // by quantity index, read when first asked
    std::vector<bool> attributive;  // by token: an amount in a chain that describes a milestone's subject
    parse_result out;

    // What earlier clauses of the phrase set and later ones inherit.
    rules::strength strength = rules::strength::none;
    bool goal_cue = false, figure_cue = false, estimate_cue = false;
    // 安排 (allocates): a goal's cue only where the part of the report does not say which (中央财政安排51亿元
    // in a part that reads as a review of the year is what was allocated)
    bool allocation_cue = false;
    // a verb of saying came before in the sentence: what follows is quoted (提出，要…)
    bool reported = false;
    std::optional<rules::period> period;
    bool period_is_as_of = false;
    bool period_relative = false;  // the period came from 全年, 年底, 当年: relative to the report's year
    bool period_from_time = false;  // the period came from a date or a plan name in the text
    bool period_deadline = false;   // ... and names a time by which (年底, 6月前), not a span described
    bool period_until = false;      // ... and runs from the report's year to a later one (到2020年)
    // 今后一个时期: a horizon with no end named; the sentence's goals have no deadline to hold them to
    bool open_ended = false;
    // the period of a plan the sentence named (“十一五”期间，…；五年淘汰…: the five years are the plan's)
    std::optional<rules::period> plan_named;
    std::string metric_text;  // the metric of the last statement, for a clause that names none
    std::optional<measure> inherited_measure;
    double last_sign = 1;
    std::pair<std::size_t, std::size_t> topic;  // the words of the clause before, as bytes
    // the words of the clause before when it had no amount, in this sentence, numbers and times included
    // (九年义务教育巩固率，由2010年的88%提高到…)
    std::pair<std::size_t, std::size_t> subject;
    // the words of the sentence's first clause when it had no amount
    // (培育发展电子商务产业，…，交易额达到260亿元)
    std::pair<std::size_t, std::size_t> opener;
    // 包钢集团要全力突围: the words before a 要 that opens the sentence name whose its measures are
    std::pair<std::size_t, std::size_t> owner;
    // ... or whom the sentence's doing serves (为兰州新区引进项目7个): then every measure is theirs
    bool owner_served = false;
    // 扣除房地产开发投资后，固定资产投资增长2.7%: what the sentence's measures leave out (房地产开发投资),
    // which makes them another statistic than the one they name
    std::string excluding;
    // 我区有20个对外开放口岸，我区每年接待游客近3亿人次: the sentence opens by the region naming itself
    // (我区, 我省), which in a part that plans tells how things are
    bool self_opened = false;
    bool first_clause = true;        // no clause of the sentence read yet
    std::size_t sentence_first = 0;  // index of the first statement of the current sentence

    // A sentence's cues, strength and dates do not reach into the next sentence; its metric may.
    void new_sentence();
    // whether the sentence says by its own words that it tells a goal or a result: a strength, a cue (not one
    // quoted after a verb of saying)
    bool own_cue() const {
        return !reported && (strength != rules::strength::none || goal_cue || figure_cue || estimate_cue ||
                             allocation_cue);
    }

    tok const& token(std::size_t i) const { return ast.tokens[i]; }
    std::string_view bytes(std::size_t b, std::size_t e) const { return text.substr(b, e - b); }
    std::string_view bytes(tok const& t) const { return bytes(t.begin, t.end); }
    quantity_reading const& reading(std::size_t token_index);
    void note(std::size_t at, std::string msg) {
        out.diagnostics.push_back({severity::note, at, std::move(msg)});
    }
    void error(std::size_t at, std::string msg) {
        out.diagnostics.push_back({severity::error, at, std::move(msg)});
    }
};

// One clause: tokens [b, e) of the phrase, with the roles of its keywords and its quantity tokens.
class clause {
public:
    clause(phrase_state& state, std::size_t first, std::size_t end, std::uint64_t roles,
           std::vector<std::size_t> quantity_tokens, bool has_time)
        : s(state),
          b(first),
          e(end),
          quantities(std::move(quantity_tokens)),
          timed(has_time),
          roles_(roles),
          quotes_at_(first) {}

    phrase_state& s;
    std::size_t const b, e;                     // token indices [b, e)
    std::vector<std::size_t> const quantities;  // its quantity tokens, in order
    bool const timed;                           // a date or a plan among its tokens

    tok const& t(std::size_t i) const { return s.token(i); }
    std::string_view bytes(std::size_t i) const { return s.bytes(t(i)); }
    quantity_reading const& reading(std::size_t i) const { return s.reading(i); }
    // whether a keyword of role r is in the clause
    bool has(role r) const { return (roles_ >> static_cast<unsigned>(r) & 1u) != 0; }
    bool kw(std::size_t i, role r) const { return t(i).is(r); }
    bool keyword(std::size_t i) const { return t(i).kind == tk::keyword; }
    bool blank(std::size_t i) const { return t(i).kind == tk::other && t(i).space; }
    // a word of plain text (not punctuation) at i, inside the clause
    bool text_at(std::size_t i) const { return i < e && t(i).kind == tk::other && !t(i).punct; }
    bool previous_text_ends_with(std::size_t i, std::string_view w) const;
    template <std::size_t N>
    bool previous_text_ends_with_one_of(std::size_t i, words::entry const (&list)[N]) const {
        for (auto const& w : list)
            if (previous_text_ends_with(i, w.text)) return true;
        return false;
    }
    bool previous_is_word(std::size_t i, std::string_view w) const;
    // …、平板玻璃3500万标准箱等落后产能: the text at i opens with 等 that closes a list (not 等级, 等待)
    bool closes_a_list(std::size_t i) const;
    // 用于“三农”的投入, 安排“三农”投入: a keyword of a verb after 的 (not a particle), or a sum's verb after
    // a closing quote, is a noun
    bool verb_as_noun(std::size_t j) const;
    // whether the token before i (blanks skipped) is a keyword of role r
    bool previous_is(std::size_t i, role r) const;
    // a word (text, a keyword of a word, a number) right after token i: not punctuation, a break or 以上
    bool word_follows(std::size_t i) const;
    // 以上 / 以下 right after token i (blanks skipped)
    bool next_is_suffix(std::size_t i) const;
    // “8个100%”: whether token i stands inside quotes opened in the clause
    bool inside_quotes(std::size_t i) const;
    // the byte where the clause's text starts from token i on (blanks and punctuation skipped)
    std::size_t first_meaningful(std::size_t i) const;
    // the token after the run of plain text that starts at i (i itself when there is none): 基|本 are one
    // word
    std::size_t words_end(std::size_t i) const;
    std::size_t first_quantity_after(std::size_t left) const;
    // a keyword of a level, a cap, a change, a growth or a decline in [from, to)
    bool has_level_verb(std::size_t from, std::size_t to) const;
    // a keyword of any verb of a measure in [from, to)
    bool has_any_verb(std::size_t from, std::size_t to) const;
    // 其中 before token q: what follows names a part of the amount before (其中非化石能源装机1000万千瓦)
    bool part_named_before(std::size_t q) const;

private:
    std::uint64_t roles_;  // bit r: a keyword of role r is in the clause
    // inside_quotes reads on from where it was last asked (the rules ask of the amounts in order): whether
    // quotes are open before token quotes_at_
    mutable std::size_t quotes_at_ = 0;
    mutable bool quotes_open_ = false;
    static_assert(static_cast<unsigned>(role::respectively) < 64, "roles (respectively is the last) fit");
};

// The roles of the keywords that read as verbs of a measure, a comparator or a cue right before an amount.
bool is_verb(role r);
// ... and those that lead a metric's words without being part of them.
bool is_lead(role r);
// 1、 (二) 3. : a bare number that numbers a list item
bool is_list_number(clause const& c, std::size_t i);
bool is_bare(amount_value const& a);
// Quotes, brackets, spaces, 的 and list punctuation dropped from both ends of a metric's words; a name broken
// by page layout joined again.
std::string trim_text(std::string_view s);
std::string without_unmatched_quotes(std::string s);
std::string canonical(phrase_state const& s, std::string const& text);
// metric_span.cpp: 推动文旅产业增加值, 促进重点区域煤炭消费: the words without a verb that opens them
std::string_view without_opening_verb(std::string_view words);
// statement.cpp: 中央财政预算拟安排补助资金 → 中央财政补助资金: the payer's verb of budgeting taken out
std::string without_budgeting_verb(std::string metric);

// ── The jobs, each in its file ──

// amount_value.cpp: a quantity's amounts in their base units (a range's unit, written once, on both ends)
void read_quantity(std::string_view text, ast::quantity const& q, quantity_reading& r);

// clause_context.cpp: the clause's cues, strength, dates and plans, into the phrase state
void read_context(clause const& c);
// 五年 / 三年 heading a clause whose amount comes later (or a clause of its own, 今明两年，…; or a
// milestone's, 两年内实现…): a span of years, the clause's time, not an amount
bool years_ahead_of_amount(clause const& c, std::size_t i);
// The token after such a span at i and the word that closes it (五年内, 两年来, 五年累计)
std::size_t end_of_years_span(clause const& c, std::size_t i);

// statement.cpp: 由X提高到Y — whether the amount at i is the X, and the time token that gives it a year of
// its own (由2010年的162.4亿元增加到…)
bool starts_a_change(clause const& c, std::size_t i);
std::optional<std::size_t> baseline_time(clause const& c, std::size_t i);

// amount_filter.cpp: the quantity tokens of the clause that are amounts it states, in order
std::vector<std::size_t> amounts(clause const& c);

// statement.cpp: one amount read into a statement; returns the token where the next amount's words start
std::size_t read_amount(clause const& c, std::size_t q, std::size_t left, std::size_t next);

// milestone.cpp: a clause with no amount — a milestone, a direction (只增不减), a change with no number, a
// comparison with another statistic (relative.cpp)
void read_without_amount(clause const& c);
// What such a clause states: a goal unless the part of the report or a cue says it is a result
statement_kind kind_without_amount(clause const& c);
// 连续13年: the token where a streak of years starts
std::optional<std::size_t> streak_of_years(clause const& c);
// a time, a blank, a lead (实现, 确保) or a strength (力争) before the words of a clause without an amount
bool leading_word(clause const& c, std::size_t i);
// adds a statement whose source is the clause from its first word to token `last`
void add_plain(clause const& c, statement& st, std::size_t last);
// relative.cpp: 居民收入增长与经济增长同步 — a growth in step with, or faster than, another statistic's
bool read_relative(clause const& c);
// An event word that is part of a name (通车里程, 入住率) or the running of a thing, not something that
// happens
bool names_a_thing(clause const& c, std::size_t i);

// distribution.cpp: the words of a list split at the first `count` of `seps`, each item trimmed
// (split_list(w, words::respectively_separators, 1): at 、 alone)
std::vector<std::string> split_list(std::string_view words, words::entry const* seps, std::size_t count);
// 分别 pairs the metrics before it with the amounts after it
void distribute_respectively(clause const& c, std::size_t first_statement);
void share_across_list(clause const& c, std::size_t first_statement);
// 淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能: items of a list closed by 等 + a head
void share_list_head(clause const& c, std::size_t first_statement);
bool done_with_le(clause const& c);
// the amounts of a chain of modifiers before 的 + the subject of a milestone
void mark_attributive_chains(phrase_state& s);

// kind_period.cpp
// What the scope around a phrase makes of a statement with no cue of its own: a result in a review, a goal in
// targets or a vision; nothing elsewhere (the cues decide).
std::optional<statement_kind> kind_by_scope(rules::time_scope const& scope);
bool in_review(rules::time_scope const& scope);
statement_kind scope_kind_of_clause(phrase_state const& s, statement_kind by_scope);

struct kind_signals {
    bool explicit_comparator = false;  // a comparator that states a goal (以上, 不低于, a range)
    bool progress = false;             // 完成总工程量的60%: a figure of progress
    bool named_target = false;         // 占目标任务2580人的108%: the amount is named as the target
};
statement_kind decide_kind(clause const& c, kind_signals signals);
// whether the clause's time lies ahead of the report's date
bool future_period(phrase_state const& s);
// The statement's deadline (a goal) or period (a figure) and status, from the phrase's time and the section.
void apply_time(phrase_state const& s, statement& st);

}  // namespace luoshi::dsl::lower
