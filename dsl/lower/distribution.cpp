// Statements that share words across a list:
//   分别 — 城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右: the metrics listed before 分别 go, in order,
//   with the amounts after it; a short first item takes the rest of the last one's name (城镇 →
//   城镇居民人均可支配 收入), and a 左右 written once after the last amount holds for all. attributive chains
//   — 让出占地面积9亩，建筑面积14700平方米，涉及拆迁5栋楼162户478人的惠众西城一品二期工程全面 开工: the
//   amounts describe the project (…的 + subject) whose milestone ends the sentence.
#include "dsl/lower/clause.hpp"

namespace luoshi::dsl::lower {

namespace {

// The words between the clause's leads and 分别, split at 、 和 及 与.
std::vector<std::string> listed_metrics(clause const& c, std::size_t at) {
    std::size_t rb = c.b;
    while (rb < at && (c.blank(rb) || c.t(rb).kind == tk::time ||
                       (c.keyword(rb) && c.t(rb).role != role::word && c.t(rb).role != role::list_break)))
        ++rb;
    std::size_t re = at;
    while (re > rb && (c.blank(re - 1) || (c.keyword(re - 1) && c.t(re - 1).role != role::word))) --re;
    if (rb >= re) return {};
    std::string const words = trim_text(c.s.bytes(c.t(rb).begin, c.t(re - 1).end));
    std::vector<std::string> parts;
    std::size_t p = 0;
    for (;;) {
        std::size_t cut = std::string::npos, len = 0;
        for (auto const& sep : words::respectively_separators) {
            auto const f = words.find(sep.text, p);
            if (f != std::string::npos && f < cut) cut = f, len = sep.text.size();
        }
        parts.push_back(
            trim_text(std::string_view(words).substr(p, cut == std::string::npos ? cut : cut - p)));
        if (cut == std::string::npos) break;
        p = cut + len;
    }
    return parts;
}

}  // namespace

void distribute_respectively(clause const& c, std::size_t first_statement) {
    if (!c.has(role::respectively)) return;
    std::optional<std::size_t> at;
    for (std::size_t i = c.b; i < c.e; ++i)
        if (c.kw(i, role::respectively)) {
            at = i;
            break;
        }
    auto& out = c.s.out.statements;
    std::size_t const n = out.size() - first_statement;
    if (!at || n < 2) return;
    auto parts = listed_metrics(c, *at);
    if (parts.size() != n) return;
    auto const& last = parts.back();
    for (std::size_t k = 0; k + 1 < parts.size(); ++k)
        if (parts[k].size() < last.size() && parts[k].size() <= 9) parts[k] += last.substr(parts[k].size());
    auto const shared = out.back().comparator;
    for (std::size_t k = 0; k < n; ++k) {
        auto& st = out[first_statement + k];
        st.metric_text = parts[k];
        st.metric = canonical(c.s, parts[k]);
        if (shared == comparator::about && st.comparator != comparator::about &&
            st.kind == statement_kind::goal)
            st.comparator = comparator::about;
    }
}

void mark_attributive_chains(phrase_state& s) {
    auto const& toks = s.ast.tokens;
    auto const n = toks.size();
    auto ends_clause = [&](std::size_t i) {
        return toks[i].is(role::clause_break) || toks[i].is(role::colon) || toks[i].is(role::sentence_break);
    };
    std::size_t sb = 0;
    for (std::size_t i = 0; i <= n; ++i) {
        if (i < n && !toks[i].is(role::sentence_break)) continue;
        // the sentence [sb, i): its last clause
        std::size_t lb = sb;
        for (std::size_t j = sb; j < i; ++j)
            if (ends_clause(j)) lb = j + 1;
        std::optional<std::size_t> of_after_amount;
        bool event_after = false;
        for (std::size_t j = lb; j + 1 < i; ++j)
            if (toks[j].kind == tk::quantity && toks[j + 1].is(role::of)) of_after_amount = j;
        if (of_after_amount)
            for (std::size_t j = *of_after_amount + 2; j < i; ++j)
                event_after = event_after || toks[j].is(role::event);
        if (of_after_amount && event_after) {
            // unless a verb of their own clause makes them amounts reached (完成拆迁50万平方米的…)
            bool verb = false;
            for (std::size_t j = sb; j <= *of_after_amount; ++j) {
                if (ends_clause(j)) {
                    verb = false;
                    continue;
                }
                auto const& x = toks[j];
                if (x.is(role::increase) || x.is(role::level) || x.is(role::growth) || x.is(role::decline))
                    verb = true;
                if (x.kind == tk::quantity && !verb) s.attributive[j] = true;
            }
        }
        sb = i + 1;
    }
}

}  // namespace luoshi::dsl::lower
