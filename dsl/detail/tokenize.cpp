// The token loop: at each place the first character says, through the start map of detail/scan.hpp, which
// token rules may start there; they are tried in the order time, plan, keyword, quantity, and where none
// matches, plain text runs on to the next place where one may start.
#include "dsl/detail/tokenize.hpp"

#include "common/utf8.hpp"
#include "dsl/detail/phrase.hpp"
#include "dsl/detail/scan.hpp"

namespace luoshi::dsl::detail {

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
            if ((cls & starts_time) && time_may_start(p, last) &&
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
            if ((cls & starts_number) && take(quantity, out.phrase.quantities, ast::token_kind::quantity))
                continue;
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
    for (auto const& f : state.failures)
        out.diagnostics.push_back({severity::error, f.offset, "expected " + f.expected});
    out.ok = state.failures.empty();
}

}  // namespace luoshi::dsl::detail
