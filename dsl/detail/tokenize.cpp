// The token loop: at each place the first character says, through the start map of detail/scan.hpp, which
// token rules may start there; they are tried in the order time, plan, keyword, quantity, and where none
// matches, plain text runs on to the next place where one may start.
#include "dsl/detail/tokenize.hpp"

#include "common/utf8.hpp"
#include "dsl/detail/phrase.hpp"
#include "dsl/detail/scan.hpp"

namespace luoshi::dsl::detail {

namespace {

// 30万元/人, 35微克/立方米, 0.8人/百亿元: a slash and a unit (with its multipliers) after an amount count it
// per that unit. The bytes of the slash and the unit at p, 0 when there are none.
std::size_t denominator_at(char const* p, char const* last) {
    std::string_view const rest(p, static_cast<std::size_t>(last - p));
    std::size_t at = rest.rfind("/", 0) == 0 ? 1 : rest.rfind("／", 0) == 0 ? 3 : 0;
    if (at == 0) return 0;
    for (bool more = true; more;) {
        more = false;
        for (std::string_view m : {"十", "百", "千", "万", "亿"})
            if (rest.substr(at, m.size()) == m) at += m.size(), more = true;
    }
    std::size_t unit = 0;
    for (auto const& u : units)
        if (u.text.size() > unit && rest.substr(at, u.text.size()) == u.text) unit = u.text.size();
    return unit ? at + unit : 0;
}

}  // namespace

void tokenize(std::string_view text, bool checked, token_list& out) {
    out.phrase.tokens.clear();
    out.phrase.times.clear();
    out.phrase.plans.clear();
    out.phrase.quantities.clear();
    out.diagnostics.clear();
    out.ok = false;
    if (auto bad = checked ? std::nullopt : common::first_invalid_utf8(text)) {
        out.diagnostics.push_back({severity::error, *bad, "invalid UTF-8"});
        return;
    }
    parser::parse_state state;
    state.base = text.data();
    auto with_state = [&](auto const& rule) {
        return parser::x3::with<parser::state_tag>(std::ref(state))[rule];
    };
    auto const time = with_state(parser::time_rule());
    auto const plan = with_state(parser::plan_rule());
    auto const quantity = with_state(parser::quantity_rule());
    auto const& classes = starts();
    auto const& keywords = keyword_table();
    auto& tokens = out.phrase.tokens;
    tokens.reserve(text.size() / 4 + 4);  // a token is about four bytes of Chinese text
    auto offset = [&](char const* p) { return static_cast<std::size_t>(p - text.data()); };

    char const* p = text.data();
    char const* const last = text.data() + text.size();
    while (p < last) {
        int len = 0;
        char32_t const c = common::code_point_at(p, len);
        unsigned const cls = classes[c];
        if (cls & starts_token) {
            // One token rule at p, parsed into a new entry of its list: kept on a match, dropped otherwise.
            auto take = [&](auto const& rule, auto& list, ast::token_kind kind) {
                char const* q = p;
                auto& tree = list.emplace_back();
                if (!parser::x3::parse(q, last, rule, tree)) {
                    list.pop_back();
                    return false;
                }
                tokens.push_back({kind, static_cast<std::uint32_t>(list.size() - 1), tree.begin, tree.end});
                p = q;
                return true;
            };
            if ((cls & starts_time) && time_may_start(p, last) && !inside_a_word(text.data(), p, last) &&
                take(time, out.phrase.times, ast::token_kind::time))
                continue;
            if ((cls & starts_plan) && take(plan, out.phrase.plans, ast::token_kind::plan)) continue;
            if (cls & starts_keyword) {
                std::size_t n = 0;
                if (int const* id = keywords.longest_at(p, last, n)) {
                    auto& k = tokens.emplace_back(ast::token{
                        ast::token_kind::keyword, static_cast<std::uint32_t>(*id), offset(p), offset(p) + n});
                    k.role = dsl::keywords[*id].role;
                    p += n;
                    continue;
                }
            }
            if ((cls & starts_number) && take(quantity, out.phrase.quantities, ast::token_kind::quantity)) {
                // a percentage per anything is still a percentage (增长8%/年 reads as 8%)
                bool const percent = p[-1] == '%' || (offset(p) >= 3 && std::string_view(p - 3, 3) == "％");
                if (std::size_t const per = percent ? 0 : denominator_at(p, last)) {
                    auto& q = out.phrase.quantities.back();
                    q.per_begin = offset(p) + (*p == '/' ? 1 : 3);
                    q.per_end = offset(p) + per;
                    q.end = q.per_end;
                    tokens.back().end = q.per_end;
                    p += per;
                }
                continue;
            }
            // A percent sign with no number before it: the one place a phrase cannot go on (增长%以上)
            if (c == U'%' || c == U'％') state.failures.push_back({offset(p), "数值"});
        }
        char const* const e = plain_text_end(p, last, len, cls);
        auto& o = tokens.emplace_back(ast::token{ast::token_kind::other, 0, offset(p), offset(e)});
        if (e - p == len) {  // one code point: punctuation or space
            o.space = is_space_code_point(c);
            o.punct = is_punct_code_point(c);
        }
        p = e;
    }
    // 食品抽检每千人5批次: an amount right after 每 and right before another counts that one per itself
    for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
        auto const& prev = tokens[k - 1];
        if (tokens[k].kind != ast::token_kind::quantity || tokens[k + 1].kind != ast::token_kind::quantity ||
            prev.kind != ast::token_kind::other || prev.end != tokens[k].begin ||
            text.substr(0, prev.end).substr(prev.end >= 3 ? prev.end - 3 : 0) != "每")
            continue;
        auto& counted = out.phrase.quantities[tokens[k + 1].index];
        if (counted.per_end > counted.per_begin) continue;
        counted.per_begin = tokens[k].begin;
        counted.per_end = tokens[k].end;
        out.phrase.quantities[tokens[k].index].per_of_next = true;
    }
    for (auto const& f : state.failures)
        out.diagnostics.push_back({severity::error, f.offset, "expected " + f.expected});
    out.ok = state.failures.empty();
}

}  // namespace luoshi::dsl::detail
