#include "dsl/parse.hpp"

#include "dsl/detail/phrase.hpp"
#include "dsl/lower.hpp"

#include <fmt/format.h>

namespace luoshi::dsl {
namespace {

struct tokens_or_errors {
    ast::phrase tokens;
    std::vector<diagnostic> diagnostics;
    bool ok = false;
};

tokens_or_errors tokenize(std::string_view text) {
    tokens_or_errors out;
    if (auto bad = invalid_utf8(text)) {
        out.diagnostics.push_back({severity::error, *bad, "invalid UTF-8"});
        return out;
    }
    parser::parse_state state;
    state.base = text.data();
    char const* first = text.data();
    char const* const last = text.data() + text.size();
    out.tokens.reserve(text.size() / 2 + 4);
    auto const grammar = parser::x3::with<parser::state_tag>(std::ref(state))[parser::phrase()];
    bool const ok = parser::x3::parse(first, last, grammar, out.tokens);
    for (auto const& f : state.failures) out.diagnostics.push_back({severity::error, f.offset, "expected " + f.expected});
    if (!ok && out.diagnostics.empty())
        out.diagnostics.push_back({severity::error, static_cast<std::size_t>(first - text.data()), "unexpected text"});
    out.ok = ok && state.failures.empty();
    return out;
}

}  // namespace

std::optional<std::size_t> invalid_utf8(std::string_view bytes) {
    auto const* const begin = reinterpret_cast<unsigned char const*>(bytes.data());
    auto const* p = begin;
    auto const* const last = p + bytes.size();
    auto cont = [](unsigned char b) { return (b & 0xC0u) == 0x80u; };
    while (p < last) {
        unsigned char const b0 = *p;
        if (b0 < 0x80) { ++p; continue; }
        std::ptrdiff_t const left = last - p;
        if (b0 >= 0xC2 && b0 <= 0xDF && left >= 2 && cont(p[1])) { p += 2; continue; }
        if (b0 >= 0xE0 && b0 <= 0xEF && left >= 3 && cont(p[1]) && cont(p[2])) {
            // no overlong forms (E0 80..9F) and no surrogates (ED A0..BF)
            if ((b0 == 0xE0 && p[1] < 0xA0) || (b0 == 0xED && p[1] >= 0xA0)) return static_cast<std::size_t>(p - begin);
            p += 3;
            continue;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4 && left >= 4 && cont(p[1]) && cont(p[2]) && cont(p[3])) {
            if ((b0 == 0xF0 && p[1] < 0x90) || (b0 == 0xF4 && p[1] >= 0x90)) return static_cast<std::size_t>(p - begin);
            p += 4;
            continue;
        }
        return static_cast<std::size_t>(p - begin);
    }
    return std::nullopt;
}

parse_result parse_phrase(std::string_view utf8, context const& ctx) {
    auto tk = tokenize(utf8);
    if (!tk.ok) {
        parse_result r;
        r.diagnostics = std::move(tk.diagnostics);
        return r;
    }
    auto r = lower(utf8, tk.tokens, ctx);
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
    auto tk = tokenize(utf8);
    out.diagnostics = std::move(tk.diagnostics);
    // A fragment that could not be read is reported and skipped; the rest of the text still counts.
    for (auto const& t : tk.tokens) {
        auto const* q = boost::get<ast::quantity>(&t);
        if (!q) continue;
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
            case ast::mark::percent: case ast::mark::permille: case ast::mark::per_ten_thousand:
            case ast::mark::tenths: case ast::mark::discount: m.kind = quantity_kind::percent; break;
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
