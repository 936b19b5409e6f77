// The time a part of a report speaks of, from the words that open it:
//   一、2025年工作回顾                    → a review of 2025
//   “十四五”时期发展成就和2025年工作回顾    → a review of 2021–2025 (the first time named)
//   二、“十五五”时期主要目标任务            → the targets of 2026–2030
//   今年是“十五五”开局之年                → the targets of the report's year
//   刚刚过去的2017年，主要目标任务全面完成   → a review (刚刚过去 comes first; 目标任务 names no time)
#include "dsl/report/scope.hpp"

#include "dsl/detail/tokenize.hpp"
#include "dsl/detail/word_table.hpp"
#include "dsl/lexicon/words.hpp"

#include <algorithm>
#include <vector>

namespace luoshi::dsl::report {

namespace {

using rules::scope_kind;
using words::time_word;

// A time named in the words: a year (2025年, 今年 as the report's year), a plan, or five years.
struct named_time {
    enum class what { year, plan, five_years } kind;
    int value = 0;  // the year, or the plan's number
    std::size_t at = 0;
};

struct class_word {
    time_word role;
    bool opener;
    std::string_view text;
    std::size_t at;
};

detail::word_table<int> const& scope_word_table() {
    static detail::word_table<int> const table = [] {
        std::vector<std::pair<std::string_view, int>> list;
        int i = 0;
        for (auto const& w : words::scope_words) list.emplace_back(w.text, i++);
        return detail::word_table<int>(list);
    }();
    return table;
}

std::vector<class_word> class_words_in(std::string_view text) {
    std::vector<class_word> out;
    auto const& table = scope_word_table();
    char const* const first = text.data();
    char const* const last = first + text.size();
    for (char const* p = first; p < last;) {
        auto const b0 = static_cast<unsigned char>(*p);
        std::ptrdiff_t const n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        if (last - p < n) break;
        std::size_t len = 0;
        if (int const* i = table.longest_at(p, last, len)) {
            auto const& w = words::scope_words[*i];
            out.push_back({w.role, w.opener, w.text, static_cast<std::size_t>(p - first)});
            p += len;
            continue;
        }
        p += n;
    }
    return out;
}

// 第十五个五年规划: a plan named in full, which the grammar's plan names (“十五五”) do not cover.
std::optional<named_time> plan_in_full(std::string_view text) {
    auto const at = text.find("个五年规划");
    if (at == std::string_view::npos) return std::nullopt;
    static constexpr std::pair<std::string_view, int> numbers[] = {
        {"第十一", 11}, {"第十二", 12}, {"第十三", 13}, {"第十四", 14}, {"第十五", 15}, {"第十六", 16}};
    for (auto const& [words, n] : numbers)
        if (at >= words.size() && text.substr(at - words.size(), words.size()) == words)
            return named_time{named_time::what::plan, n, at - words.size()};
    return std::nullopt;
}

int shift_of(ast::year_ref r) {
    switch (r) {
        case ast::year_ref::this_year: return 0;
        case ast::year_ref::next_year: return 1;
        case ast::year_ref::last_year: return -1;
        case ast::year_ref::year_before_last: return -2;
        case ast::year_ref::year_after_next: return 2;
    }
    return 0;
}

// The years and plans the grammar finds in the words, in order.
std::vector<named_time> times_in(std::string_view text, int report_year) {
    std::vector<named_time> out;
    detail::token_list tokens;
    detail::tokenize(text, true, tokens);
    for (auto const& t : tokens.phrase.tokens) {
        if (t.kind == ast::token_kind::time) {
            auto const& te = tokens.phrase.times[t.index];
            if (te.month) continue;  // 6月底 is a date inside a part, not the part's time
            if (te.year)
                out.push_back({named_time::what::year, *te.year, t.begin});
            else if (te.relative)
                out.push_back({named_time::what::year, report_year + shift_of(*te.relative), t.begin});
        } else if (t.kind == ast::token_kind::plan) {
            out.push_back({named_time::what::plan, tokens.phrase.plans[t.index].number, t.begin});
        }
    }
    if (auto full = plan_in_full(text)) out.push_back(*full);
    std::sort(out.begin(), out.end(), [](named_time const& a, named_time const& b) { return a.at < b.at; });
    return out;
}

// The years of a scope from its class and the first time named.
rules::time_scope resolve(std::optional<time_word> role, std::optional<named_time> time,
                          rules::date const& date) {
    int const r = date.year();
    int const reviewed = date.month() <= 4 ? r - 1 : r;  // a report early in the year reviews the year before
    // 去年以来 in a July report: the results up to now, of this year
    if (role == time_word::since) return {scope_kind::review_year, reviewed, reviewed};
    bool const review = role == time_word::review || role == time_word::review_five;
    bool const five = role == time_word::review_five || role == time_word::targets_five;
    if (role == time_word::vision) return {scope_kind::vision, r, 2035};
    if (role == time_word::no_time) return {scope_kind::other, 0, 0};
    if (time && time->kind == named_time::what::plan) {
        auto const plan = plan_years(time->value, scope_kind::plan_targets);
        bool const past = plan.to < r;
        if (review || ((!role || role == time_word::work) && past))
            return plan_years(time->value, scope_kind::review_plan);
        return plan;
    }
    if (review) {
        if (five) return {scope_kind::review_plan, reviewed - 4, reviewed};
        int const y = time && time->value <= r ? time->value : reviewed;
        return {scope_kind::review_year, y, y};
    }
    if (role == time_word::targets_five) return {scope_kind::plan_targets, r, r + 4};
    if (role == time_word::plan) {
        // 到2030年; 规划纲要 with no plan named: the plan that runs through the report's year
        if (time && time->value > r) return {scope_kind::plan_targets, r, time->value};
        int const n = 3 + (r - 1966) / 5;
        return plan_years(n, scope_kind::plan_targets);
    }
    if (role == time_word::targets) {
        int const y = time && time->value >= r ? time->value : r;
        return {scope_kind::year_targets, y, y};
    }
    // work of a time: a year gone by is reviewed; with no time, the work ahead
    if (role == time_word::work && !time) return {scope_kind::year_targets, r, r};
    // a time alone: a year gone by is reviewed, a year to come targeted; the report's own year is targeted
    // early in the year (a work report), and says nothing later in it (a year-end meeting reviews it)
    if (time && time->value < r) return {scope_kind::review_year, time->value, time->value};
    if (time && (time->value > r || date.month() <= 6))
        return {scope_kind::year_targets, time->value, time->value};
    return {};
}

}  // namespace

rules::time_scope plan_years(int number, scope_kind kind) {
    // The plans ran 1953–57 and 1958–62; after three years of adjustment the third began in 1966
    int const first = number >= 3 ? 1966 + 5 * (number - 3) : 1953 + 5 * (number - 1);
    return {kind, first, first + 4};
}

// How far into a paragraph's lead its time may start and still be its topic: five characters (在, 从, a
// quotation mark, 今后, 我省 before it)
constexpr std::size_t topic_reach = 5 * 3;

std::optional<scope_reading> scope_of_words(std::string_view text, std::optional<rules::date> date,
                                            bool lead) {
    if (!date) return std::nullopt;
    auto const classes = class_words_in(text);
    auto const times = times_in(text, date->year());
    if (classes.empty() && times.empty()) return std::nullopt;
    std::optional<time_word> role;
    bool opener = true;
    std::string why;
    // the first word with a tense decides; a word of work (主要工作, 目标任务) only when none has one
    auto const tensed = std::find_if(classes.begin(), classes.end(),
                                     [](class_word const& c) { return c.role != time_word::work; });
    if (!classes.empty()) {
        auto const& c = tensed != classes.end() ? *tensed : classes.front();
        role = c.role;
        opener = c.opener;
        why = std::string(c.text);
        // ———就业超过预期目标: a word of targets after a verb of outcome tells how the targets came out, a
        // result
        auto const* outcome = words::ending_one_of(text.substr(0, c.at), words::outcome_verbs);
        if (role == time_word::targets && outcome) {
            role = time_word::review;
            why = std::string(outcome->text) + why;
        }
    }
    std::optional<named_time> time;
    if (!times.empty()) time = times.front();
    if (time) {
        std::string const named = time->kind == named_time::what::plan ? "plan " + std::to_string(time->value)
                                                                       : std::to_string(time->value) + "年";
        why += (why.empty() ? "" : " + ") + named;
    }
    // a paragraph that opens with the report's own year (今年，…) may go on to tell of results or of plans
    if (lead && !role && time && time->kind == named_time::what::year && time->value == date->year())
        return std::nullopt;
    // A paragraph's time is its topic only when it comes first (“十五五”时期是…, 过去五年，…, 今年是…) or
    // closes a frame the lead is (自全市推行网格化管理以来); one named in the middle is a reference
    // (5.5%左右的预期增长目标与“十五五”发展目标总体衔接 is about this year's target, inside the year's work):
    // the paragraph keeps the part's time
    if (lead) {
        std::optional<class_word> word;
        if (!classes.empty()) word = tensed != classes.end() ? *tensed : classes.front();
        std::size_t first = word ? word->at : std::string_view::npos;
        if (time) first = std::min(first, time->at);
        bool const frame = (word && word->at + word->text.size() + 3 >= text.size()) ||
                           words::starts_with_one_of(text, words::frame_openers);
        if (first != std::string_view::npos && first > topic_reach && !frame) return std::nullopt;
    }
    auto const scope = resolve(role, time, *date);
    if (scope.kind == scope_kind::unknown) return std::nullopt;
    return scope_reading{scope, why, opener, role.has_value()};
}

// One lookup at each character, where a search of the text for each word read a part 63 times (and the parts
// nest): no word of the list begins another or overlaps itself, so each is counted wherever it stands.
int content_lean(std::string_view text) {
    static detail::word_table<int> const table = [] {
        std::vector<std::pair<std::string_view, int>> list;
        for (auto const& w : words::content_words) list.emplace_back(w.text, w.weight);
        return detail::word_table<int>(list);
    }();
    int lean = 0;
    char const* const last = text.data() + text.size();
    for (char const* p = text.data(); p < last;) {
        auto const b0 = static_cast<unsigned char>(*p);
        std::ptrdiff_t const n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        if (last - p < n) break;
        std::size_t len = 0;
        if (int const* weight = table.longest_at(p, last, len)) lean += *weight;
        p += n;
    }
    return lean;
}

}  // namespace luoshi::dsl::report
