#include "dsl/parse.hpp"

#include "dsl/detail/phrase.hpp"
#include "dsl/detail/scan.hpp"
#include "dsl/lower.hpp"

#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace luoshi::dsl {

constexpr detail::start_map detail::start_table;

namespace {

struct tokens_or_errors {
    explicit tokens_or_errors(arena& work) : tokens(work) {}
    ast::phrase tokens;
    std::vector<diagnostic> diagnostics;
    bool ok = false;
};

tokens_or_errors tokenize(std::string_view text, arena& work, bool checked = false) {
    tokens_or_errors out(work);
    if (auto bad = checked ? std::nullopt : invalid_utf8(text)) {
        out.diagnostics.push_back({severity::error, *bad, "invalid UTF-8"});
        return out;
    }
    parser::parse_state state;
    state.base = text.data();
    auto with_state = [&](auto const& rule) {
        return parser::x3::with<parser::state_tag>(std::ref(state))[rule];
    };
    auto const time = with_state(parser::time_rule());
    auto const plan = with_state(parser::plan_rule());
    auto const quantity = with_state(parser::quantity_rule());
    auto const& starts = detail::starts();
    auto const& keywords = detail::keyword_table();

    char const* p = text.data();
    char const* const last = text.data() + text.size();
    out.tokens.tokens.reserve(text.size() / 4 + 4);
    // At each place the first character says which token rules may start there; they are tried in the order
    // time, plan, keyword, quantity, and where none applies the text runs on to the next possible start.
    while (p < last) {
        int len = 0;
        char32_t const c = detail::peek_valid_utf8(p, len);
        unsigned const cls = starts[c];
        if (cls & detail::starts_token) {
            // One token rule at p, parsed into a new entry of its list: on a match the token is kept and p
            // moves past it, else the entry goes. The list gets room for the trees a phrase usually has when
            // the rule is first tried: growing it one step at a time moves every tree in it (a quantity is a
            // variant of amounts), and most sentences never try a date.
            auto take = [&](auto const& rule, auto& list, ast::token_kind kind, std::size_t room) {
                if (list.capacity() < room) list.reserve(room);
                char const* q = p;
                auto& tree = list.emplace_back();
                if (!parser::x3::parse(q, last, rule, tree)) {
                    list.pop_back();
                    return false;
                }
                out.tokens.tokens.push_back(
                    {kind, static_cast<std::uint32_t>(list.size() - 1), tree.begin, tree.end});
                p = q;
                return true;
            };
            if ((cls & detail::starts_time) && detail::time_may_start(p, last) &&
                take(time, out.tokens.times, ast::token_kind::time, 2))
                continue;
            if ((cls & detail::starts_plan) && take(plan, out.tokens.plans, ast::token_kind::plan, 0))
                continue;
            if (cls & detail::starts_keyword) {
                std::size_t n = 0;
                if (int const* id = keywords.longest_at(p, last, n)) {
                    auto const at = static_cast<std::size_t>(p - text.data());
                    auto& k = out.tokens.tokens.emplace_back(
                        ast::token{ast::token_kind::keyword, static_cast<std::uint32_t>(*id), at, at + n});
                    k.role = dsl::keywords[*id].role;
                    p += n;
                    continue;
                }
            }
            if ((cls & detail::starts_number) &&
                take(quantity, out.tokens.quantities, ast::token_kind::quantity, 4))
                continue;
            if (c == U'%' || c == U'％') {
                // A percent sign with no number before it: the one place a phrase cannot go on (增长%以上)
                state.failures.push_back({static_cast<std::size_t>(p - text.data()), "数值"});
            }
        }
        char const* const e = detail::plain_text_end(p, last, len, cls);
        auto& o = out.tokens.tokens.emplace_back(ast::token{ast::token_kind::other, 0,
                                                            static_cast<std::size_t>(p - text.data()),
                                                            static_cast<std::size_t>(e - text.data())});
        if (e - p == len) {  // one code point: punctuation or space, which lowering asks of it often
            o.space = detail::is_space_code_point(c);
            o.punct = detail::is_punct_code_point(c);
        }
        p = e;
    }
    for (auto const& f : state.failures)
        out.diagnostics.push_back({severity::error, f.offset, "expected " + f.expected});
    out.ok = state.failures.empty();
    return out;
}

}  // namespace

std::optional<std::size_t> invalid_utf8(std::string_view bytes) {
    char const* p = bytes.data();
    char const* const last = p + bytes.size();
    // Two Chinese characters as one word: lead bytes 1110xxxx, continuation bytes 10xxxxxx (the masks are
    // built from bytes, so the test does not depend on the byte order)
    auto word_of = [](void const* at) {
        std::uint64_t w;
        std::memcpy(&w, at, sizeof w);
        return w;
    };
    static constexpr unsigned char two_mask[8] = {0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0, 0};
    static constexpr unsigned char two_bits[8] = {0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0, 0};
    std::uint64_t const cjk_mask = word_of(two_mask), cjk_bits = word_of(two_bits);
    while (p < last) {
        auto const b0 = static_cast<unsigned char>(*p);
        // ASCII first: a phrase's digits and signs sit between Chinese characters, and the tests below fail
        // on them
        if (b0 < 0x80) {
            // Eight ASCII bytes at a time
            std::uint64_t word;
            if (last - p >= 8 && (std::memcpy(&word, p, sizeof word), (word & 0x8080808080808080u) == 0))
                p += 8;
            else
                ++p;
            continue;
        }
        if (last - p >= 16 && detail::five_three_byte_characters(reinterpret_cast<unsigned char const*>(p))) {
            p += 15;
            continue;
        }
        // two three-byte characters whose lead bytes admit every continuation (not E0, ED)
        if (last - p >= 8 && (word_of(p) & cjk_mask) == cjk_bits && p[0] != '\xE0' && p[0] != '\xED' &&
            p[3] != '\xE0' && p[3] != '\xED') {
            p += 6;
            continue;
        }
        // Most of the text: a three-byte character whose lead byte admits every continuation (E1-EC, EE-EF;
        // after E0 and ED only some are valid, and decode_utf8 checks those)
        if (b0 >= 0xE1 && b0 != 0xED && b0 <= 0xEF && last - p >= 3 &&
            (static_cast<unsigned char>(p[1]) & 0xC0) == 0x80 &&
            (static_cast<unsigned char>(p[2]) & 0xC0) == 0x80) {
            p += 3;
            continue;
        }
        char32_t c = 0;
        int const len = detail::decode_utf8(p, last, c);
        if (len == 0) return static_cast<std::size_t>(p - bytes.data());
        p += len;
    }
    return std::nullopt;
}

parse_result parse_sentence(std::string_view utf8, context const& ctx) {
    // Tokens and lowering's working lists live in this arena; only the statements returned use the heap.
    std::array<std::byte, 16384> buffer;
    arena work(buffer.data(), buffer.size());
    auto tk = tokenize(utf8, work, ctx.valid_utf8);
    if (!tk.ok) {
        parse_result r;
        r.diagnostics = std::move(tk.diagnostics);
        return r;
    }
    return lower(utf8, tk.tokens, ctx, work);
}

parse_result parse_phrase(std::string_view utf8, context const& ctx) {
    auto r = parse_sentence(utf8, ctx);
    if (r.statements.empty() && r.ok() == false) {
        bool has_error = false;
        for (auto const& d : r.diagnostics) has_error |= d.severity == severity::error;
        if (!has_error) {
            // Nothing stated: point at the end, where a number was still awaited.
            r.diagnostics.insert(r.diagnostics.begin(), {severity::error, utf8.size(), "expected 数值"});
        }
    }
    return r;
}

scan_result find_quantities(std::string_view utf8) {
    scan_result out;
    std::array<std::byte, 16384> buffer;
    arena work(buffer.data(), buffer.size());
    auto tk = tokenize(utf8, work);
    out.diagnostics = std::move(tk.diagnostics);
    // A fragment that could not be read is reported and skipped; the rest of the text still counts.
    for (auto const& quantity : tk.tokens.quantities) {
        auto const* q = &quantity;
        quantity_match m;
        auto const first = value_of(utf8, q->first);
        m.begin = q->begin;
        m.end = q->end;
        m.number_end = first.number_end;
        m.value = first.value;
        m.unit = first.unit;
        m.unit_text = first.unit_text;
        if (first.num.flags & ast::vague_more) m.vague = rules::vagueness::more_than;
        switch (first.mark) {
            case ast::mark::percent:
            case ast::mark::permille:
            case ast::mark::per_ten_thousand:
            case ast::mark::tenths:
            case ast::mark::discount: m.kind = quantity_kind::percent; break;
            case ast::mark::points: m.kind = quantity_kind::points; break;
            case ast::mark::fraction: m.kind = quantity_kind::fraction; break;
            default: m.kind = quantity_kind::number; break;
        }
        if (q->second) {
            auto const second = value_of(utf8, *q->second);
            m.kind = quantity_kind::range;
            m.low = first.value;
            m.high = second.value;
            if (m.unit.empty()) m.unit = second.unit;
        }
        if (!q->ratio.empty()) m.kind = quantity_kind::ratio;
        out.quantities.push_back(std::move(m));
    }
    return out;
}

}  // namespace luoshi::dsl
