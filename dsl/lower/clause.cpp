// The questions lowering's rules ask of a clause's tokens: what is before or after a token, whether it is a
// word, a verb, a list number.
#include "dsl/lower/clause.hpp"

#include "common/utf8.hpp"
#include "dsl/lexicon/words.hpp"

#include <algorithm>
#include <vector>

namespace luoshi::dsl::lower {

phrase_state::phrase_state(std::string_view t, context const& c, ast::phrase const& p)
    : text(t), ctx(c), ast(p), readings(p.quantities.size()) {}

void phrase_state::new_sentence() {
    sentence_first = out.statements.size();
    period_from_time = false;
    period_deadline = false;
    period_until = false;
    open_ended = false;
    strength = rules::strength::none;
    period_relative = false;
    goal_cue = figure_cue = estimate_cue = allocation_cue = false;
    reported = false;
    period.reset();
    plan_named.reset();
    period_is_as_of = false;
    subject = {0, 0};
    opener = {0, 0};
    owner = {0, 0};
    owner_served = false;
    self_opened = false;
    first_clause = true;
}

quantity_reading const& phrase_state::reading(std::size_t token_index) {
    auto& r = readings[token(token_index).index];
    if (!r) read_quantity(text, ast.quantities[token(token_index).index], r.emplace());
    return *r;
}

bool clause::previous_text_ends_with(std::size_t i, std::string_view w) const {
    if (i == b || t(i - 1).kind != tk::other) return false;
    auto const x = bytes(i - 1);
    return x.size() >= w.size() && x.substr(x.size() - w.size()) == w;
}

bool clause::previous_is_word(std::size_t i, std::string_view w) const { return i > b && bytes(i - 1) == w; }

bool clause::closes_a_list(std::size_t i) const {
    return text_at(i) && common::starts_with(bytes(i), "等") &&
           !words::starts_with_one_of(bytes(i), words::words_opening_with_deng);
}

bool clause::verb_as_noun(std::size_t j) const {
    if (j <= b || !keyword(j) || words::is_one_of(bytes(j), words::verb_particles)) return false;
    return kw(j - 1, role::of) ||
           (bytes(j - 1) == "”" && words::is_one_of(bytes(j), words::sums_named_by_a_verb));
}

bool clause::previous_is(std::size_t i, role r) const {
    std::size_t j = i;
    while (j > b) {
        --j;
        if (blank(j)) continue;
        return kw(j, r);
    }
    return false;
}

bool clause::word_follows(std::size_t i) const {
    if (i + 1 >= e) return false;
    auto const& x = t(i + 1);
    if (x.kind == tk::other) return !x.punct;
    if (x.kind == tk::quantity) return true;
    if (x.kind != tk::keyword) return false;
    switch (x.role) {
        case role::clause_break:
        case role::sentence_break:
        case role::list_break:
        case role::colon:
        case role::suffix_at_least:
        case role::suffix_at_most:
        case role::suffix_about:
        case role::of: return false;
        default: return true;
    }
}

bool clause::next_is_suffix(std::size_t i) const {
    std::size_t j = i + 1;
    while (j < e && blank(j)) ++j;
    return j < e && (kw(j, role::suffix_at_least) || kw(j, role::suffix_at_most));
}

bool clause::inside_quotes(std::size_t i) const {
    if (i < quotes_at_) quotes_at_ = b, quotes_open_ = false;
    for (; quotes_at_ < i; ++quotes_at_) {
        if (t(quotes_at_).kind != tk::other) continue;
        auto const x = bytes(quotes_at_);
        if (x == "“" || x == "「") quotes_open_ = true;
        if (x == "”" || x == "」") quotes_open_ = false;
    }
    return quotes_open_;  // the quote may close after a comma: “安全服务360，人文关怀你我他”
}

std::size_t clause::first_meaningful(std::size_t i) const {
    while (i < e && (blank(i) || (t(i).kind == tk::other && t(i).punct))) ++i;
    return i < e ? t(i).begin : t(b).begin;
}

std::size_t clause::words_end(std::size_t i) const {
    while (i < e && text_at(i)) ++i;
    return i;
}

std::size_t clause::first_quantity_after(std::size_t left) const {
    for (std::size_t j = left; j < e; ++j)
        if (t(j).kind == tk::quantity) return j;
    return e;
}

bool clause::has_level_verb(std::size_t from, std::size_t to) const {
    for (std::size_t j = from; j < to; ++j) {
        if (!keyword(j)) continue;
        switch (t(j).role) {
            case role::level:
            case role::level_at_most:
            case role::level_after_change:
            case role::growth:
            case role::decline: return true;
            case role::figure_cue:
                if (words::is_one_of(bytes(j), words::level_figure_cues)) return true;
                break;
            default: break;
        }
    }
    return false;
}

bool clause::part_named_before(std::size_t q) const {
    for (std::size_t j = b; j < q; ++j)
        if (kw(j, role::region) && bytes(j) == "其中") return true;
    return false;
}

bool clause::has_any_verb(std::size_t from, std::size_t to) const {
    for (std::size_t j = from; j < to; ++j) {
        if (!keyword(j)) continue;
        switch (t(j).role) {
            case role::growth:
            case role::decline:
            case role::increase:
            case role::level_at_most:
            case role::level_after_change:
            case role::average_growth:
            case role::level: return true;
            default: break;
        }
    }
    return false;
}

bool is_verb(role r) {
    switch (r) {
        case role::growth:
        case role::decline:
        case role::average_growth:
        case role::level:
        case role::level_at_most:
        case role::level_after_change:
        case role::increase:
        case role::compare_at_least:
        case role::compare_more_than:
        case role::compare_at_most:
        case role::compare_less_than:
        case role::compare_about:
        case role::vague_less:
        case role::vague_more:
        case role::goal_cue:
        case role::figure_cue:
        case role::estimate_cue:
        case role::until:
        case role::of:
        case role::part_of: return true;
        default: return false;
    }
}

bool is_lead(role r) {
    switch (r) {
        case role::strength_binding:
        case role::strength_aspiration:
        case role::goal_cue:
        case role::figure_cue:
        case role::estimate_cue:
        case role::as_of:
        case role::until:
        case role::of:
        case role::level:
        case role::level_at_most:
        case role::increase:
        case role::colon:
        case role::list_break:
        case role::region: return true;
        default: return false;
    }
}

bool is_bare(amount_value const& a) { return a.unit_index < 0 && a.mark == ast::mark::none; }

bool is_list_number(clause const& c, std::size_t i) {
    auto const& r = c.reading(i);
    if (!is_bare(r.first) || r.second) return false;
    if (i + 1 >= c.e) return false;
    auto const next = c.bytes(i + 1);
    return c.kw(i + 1, role::list_break) || words::is_one_of(next, words::list_number_points) ||
           words::is_one_of(next, words::list_number_brackets);
}

namespace {

bool is_edge_junk(char32_t c) {
    switch (c) {
        case U' ':
        case U'\u3000':
        case U'“':
        case U'”':
        case U'"':
        case U'（':
        case U'）':
        case U'(':
        case U')':
        case U'的':
        case U'，':
        case U'、':
        case U'：':
        case U'在':
        case U'由':
        case U'均':
        case U'\n': return true;
        default: return false;
    }
}

}  // namespace

// 四个500强”企业入驻: a quote the metric's words cut in half is dropped, a whole one kept (“三不管”楼院)
std::string without_unmatched_quotes(std::string s) {
    auto const opens = [](std::string_view x) { return x == "“" || x == "「"; };
    auto const closes = [](std::string_view x) { return x == "”" || x == "」"; };
    std::vector<std::pair<std::size_t, std::size_t>> unmatched;  // byte spans of quote marks with no partner
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i + 3 <= s.size(); ++i) {
        std::string_view const x(s.data() + i, 3);
        if (opens(x)) open.push_back(i);
        if (closes(x)) {
            if (open.empty())
                unmatched.emplace_back(i, 3);
            else
                open.pop_back();
        }
    }
    for (auto o : open) unmatched.emplace_back(o, 3);
    std::sort(unmatched.begin(), unmatched.end());
    for (auto it = unmatched.rbegin(); it != unmatched.rend(); ++it) s.erase(it->first, it->second);
    return unmatched.empty() ? s : trim_text(s);
}

std::string trim_text(std::string_view s) {
    while (!s.empty()) {
        int len = 0;
        char32_t const first = common::code_point_at(s.data(), len);
        if (!is_edge_junk(first) ||
            (first == U'在' &&  // 在建国际海缆: a state, part of the name, not a preposition
             words::starts_with_one_of(s.substr(static_cast<std::size_t>(len)), words::states_after_zai)))
            break;
        s.remove_prefix(static_cast<std::size_t>(len));
    }
    while (!s.empty()) {
        std::size_t b = s.size() - 1;
        while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
        int len = 0;
        if (!is_edge_junk(common::code_point_at(s.data() + b, len))) break;
        s.remove_suffix(s.size() - b);
    }
    if (s.find('\n') == std::string_view::npos) return std::string(s);
    // A name broken by page layout (广义货币M / 2 / 增长) is one name: the break and the indent around it go
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\n') {
            out += s[i];
            continue;
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t' || out.back() == '\r'))
            out.pop_back();
        while (i + 1 < s.size() &&
               (s[i + 1] == ' ' || s[i + 1] == '\t' || s[i + 1] == '\r' || s[i + 1] == '\n'))
            ++i;
    }
    return out;
}

std::string canonical(phrase_state const& s, std::string const& text) {
    auto const* def = s.ctx.catalog ? s.ctx.catalog->find(text) : nullptr;
    return def ? def->name : text;
}

}  // namespace luoshi::dsl::lower
