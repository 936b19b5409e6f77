#include "dsl/parse.hpp"

#include "dsl/detail/tokenize.hpp"
#include "dsl/lexicon/units.hpp"
#include "dsl/lower.hpp"

#include <fmt/format.h>

namespace luoshi::dsl {

parse_result sentence_reader::read(std::string_view utf8, context const& ctx) {
    if (utf8.size() > max_sentence_bytes) {
        parse_result r;
        r.diagnostics.push_back({severity::error, 0,
                                 fmt::format("a phrase of {} bytes is not read: the most is {}", utf8.size(),
                                             max_sentence_bytes)});
        return r;
    }
    detail::tokenize(utf8, ctx.valid_utf8, tokens_);
    if (!tokens_.ok) {
        parse_result r;
        r.diagnostics = tokens_.diagnostics;
        return r;
    }
    return lower_phrase(utf8, tokens_.phrase, ctx);
}

parse_result parse_phrase(std::string_view utf8, context const& ctx) {
    auto r = sentence_reader().read(utf8, ctx);
    if (r.statements.empty() && !r.ok()) {
        bool has_error = false;
        for (auto const& d : r.diagnostics) has_error |= d.severity == severity::error;
        // Nothing stated: point at the end, where a number was still awaited.
        if (!has_error)
            r.diagnostics.insert(r.diagnostics.begin(), {severity::error, utf8.size(), "expected 数值"});
    }
    return r;
}

scan_result find_quantities(std::string_view utf8) {
    scan_result out;
    detail::token_list tk;
    detail::tokenize(utf8, false, tk);
    out.diagnostics = std::move(tk.diagnostics);
    // A fragment that could not be read is reported and skipped; the rest of the text still counts.
    for (auto const& q : tk.phrase.quantities) {
        quantity_match m;
        auto const first = value_of(utf8, q.first);
        m.begin = q.begin;
        m.end = q.end;
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
        if (q.second) {
            auto const second = value_of(utf8, *q.second);
            m.kind = quantity_kind::range;
            m.low = first.value;
            m.high = second.value;
            if (m.unit.empty()) m.unit = second.unit;
        }
        if (!q.ratio.empty()) m.kind = quantity_kind::ratio;
        // 30万元/人, 35微克/立方米: per a unit, the numerator's unit as written (元/人, 微克/立方米), as the
        // reader states it
        if (q.per_end > q.per_begin && first.unit_index >= 0) {
            auto const& u = units[static_cast<std::size_t>(first.unit_index)];
            m.unit =
                std::string(u.text) + "/" + std::string(utf8.substr(q.per_begin, q.per_end - q.per_begin));
            m.unit_text = m.unit_text + "/" + std::string(utf8.substr(q.per_begin, q.per_end - q.per_begin));
            if (u.scale != 0) {
                m.value /= u.scale;
                if (m.low) *m.low /= u.scale;
                if (m.high) *m.high /= u.scale;
            }
        }
        out.quantities.push_back(std::move(m));
    }
    return out;
}

}  // namespace luoshi::dsl
