// Statements that share words across a list:
//   分别 — 城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右: the metrics listed before 分别 go, in order,
//   with the amounts after it; a short first item takes the rest of the last one's name (城镇 →
//   城镇居民人均可支配 收入), and a 左右 written once after the last amount holds for all. attributive chains
//   — 让出占地面积9亩，建筑面积14700平方米，涉及拆迁5栋楼162户478人的惠众西城一品二期工程全面 开工: the
//   amounts describe the project (…的 + subject) whose milestone ends the sentence.
#include "common/text.hpp"
#include "dsl/lower/clause.hpp"

#include <algorithm>

namespace luoshi::dsl::lower {

std::vector<std::string> split_list(std::string_view words, words::entry const* seps, std::size_t count) {
    std::vector<std::string> parts;
    std::size_t p = 0;
    for (;;) {
        std::size_t cut = std::string::npos, len = 0;
        for (std::size_t k = 0; k < count; ++k) {
            auto const f = words.find(seps[k].text, p);
            if (f != std::string_view::npos && f < cut) cut = f, len = seps[k].text.size();
        }
        parts.push_back(trim_text(words.substr(p, cut == std::string::npos ? cut : cut - p)));
        if (cut == std::string::npos) break;
        p = cut + len;
    }
    return parts;
}

namespace {

// The words between the clause's leads and 分别, split into `n` items: at 、 when that makes them
// (文化及相关产业、 旅游及相关产业增加值 has 及 inside its items), else at 、 和 及 与; 城乡 names two items
// (城镇, 农村).
std::vector<std::string> listed_metrics(clause const& c, std::size_t at, std::size_t n) {
    std::size_t rb = c.b;
    while (rb < at && (c.blank(rb) || c.t(rb).kind == tk::time ||
                       (c.keyword(rb) && c.t(rb).role != role::word && c.t(rb).role != role::list_break)))
        ++rb;
    std::size_t re = at;
    // what ends the list's words is no part of a name: a verb, a span of years (五年), 年均, what the amounts
    // are counted per (平均每50公斤)
    while (re > rb &&
           (c.blank(re - 1) || c.t(re - 1).kind == tk::quantity ||
            words::is_one_of(c.bytes(re - 1), words::list_tail_words) ||
            (c.keyword(re - 1) && c.t(re - 1).role != role::word && c.t(re - 1).role != role::share)))
        --re;
    if (rb >= re) return {};
    std::string const whole = trim_text(c.s.bytes(c.t(rb).begin, c.t(re - 1).end));
    // the tail words may sit inside a token (平均每)
    std::string const words(words::without_trailing(whole, words::list_tail_words));
    auto const& seps = words::respectively_separators;
    auto parts = split_list(words, seps, 1);  // 、 alone
    // then each joiner alone (20户及以上自然村千兆光纤和5G网络通达率: 和, not the 及 of 及以上), then all
    for (std::size_t k = 1; k < std::size(seps) && parts.size() != n; ++k)
        parts = split_list(words, &seps[k], 1);
    if (parts.size() != n) parts = split_list(words, seps, std::size(seps));
    if (parts.size() == 1 && n == 2)
        for (auto const& w : words::compounds)
            if (common::starts_with(words, w.text)) {
                auto const rest = words.substr(w.text.size());
                return {std::string(w.first) + rest, std::string(w.second) + rest};
            }
    return parts;
}

// 原煤、原油、天然气产量: an item with no head of its own takes the words all share from the last one's name
// — from its first shared head on (产量); with no such head, a short item (three characters) takes the part
// of the last that is longer than itself
void complete_items(std::vector<std::string>& parts, rules::catalog const* catalog) {
    auto const& last = parts.back();
    std::size_t tail = std::string::npos;
    std::string_view tail_head;
    for (std::size_t p = 1; p < last.size() && tail == std::string::npos; ++p) {
        if ((static_cast<unsigned char>(last[p]) & 0xC0) == 0x80) continue;
        for (auto const& h : words::shared_heads)
            if (std::string_view(last).substr(p, h.text.size()) == h.text) {
                tail = p;
                tail_head = h.text;
                break;
            }
    }
    // 第一、二、三产业增加值: items of one character take what follows the last one's first character
    bool const single =
        std::all_of(parts.begin(), parts.end() - 1, [](auto const& p) { return p.size() == 3; });
    if (single) tail = std::string::npos;
    for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
        auto& part = parts[k];
        if (catalog && catalog->find(part)) continue;  // 地区生产总值、一般公共预算收入: named in full
        // (an item that has the head the last one shares, or ends as a statistic does, has its own name:
        // 农村生活污水治理率、…覆盖率; 城镇居民基本医疗保险 lacks 参保率, though 居民 is a head of other
        // lists)
        bool const has_head =
            (!tail_head.empty() && part.find(tail_head) != std::string::npos) ||
            words::ends_with_one_of(part, words::rate_endings) ||
            std::any_of(std::begin(words::shared_heads), std::end(words::shared_heads), [&](auto const& h) {
                return tail_head.empty() ? part.find(h.text) != std::string::npos
                                         : common::ends_with(part, h.text);
            });
        if (part.size() >= last.size() || has_head) continue;
        if (tail != std::string::npos)
            part += last.substr(tail);
        else if (part.size() <= 9)
            part += last.substr(part.size());
    }
    // 单位国内生产总值能耗和二氧化碳排放: the first item's per-unit head goes with the items after it, unless
    // an item names a statistic of its own that the head would turn into another (…、地区生产总值)
    auto const* head = words::starting_one_of(parts.front(), words::per_unit_heads);
    if (!head) return;
    for (std::size_t k = 1; k < parts.size(); ++k) {
        auto& part = parts[k];
        if (part.empty() || words::starts_with_one_of(part, words::per_unit_heads)) continue;
        std::string const qualified = std::string(head->text) + part;
        if (catalog && catalog->find(part) && !catalog->find(qualified)) continue;
        part = qualified;
    }
}

// The statement at `first` holds for each of `items`: it becomes one statement per item.
void share_the_amount(clause const& c, std::size_t first, std::vector<std::string> const& items) {
    auto& out = c.s.out.statements;
    auto const one = out[first];
    for (std::size_t k = 0; k < items.size(); ++k) {
        auto& st = k == 0 ? out[first] : out.emplace_back(one);
        st.metric_text = items[k];
        st.metric = canonical(c.s, items[k]);
    }
}

}  // namespace

// 社会消费品零售总额、固定资产投资增长4%左右, 城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%:
// statistics the catalog knows, listed (at 、, else at 和 及 与) before the one amount of their clause, each
// take it (a list of other words stays the amount's context: 推进北环路、雁白大桥建设，完成投资5亿元)
void share_across_list(clause const& c, std::size_t first_statement) {
    auto& out = c.s.out.statements;
    auto const* cat = c.s.ctx.catalog;
    if (out.size() != first_statement + 1 || !cat || c.has(role::respectively)) return;
    auto const all_known = [&](std::vector<std::string> const& items) {
        return items.size() >= 2 &&
               std::all_of(items.begin(), items.end(), [&](auto const& item) { return cat->find(item); });
    };
    auto const& text = out[first_statement].metric_text;
    if (!words::contains_one_of(text, words::respectively_separators)) return;  // no list: most metrics
    auto items = split_list(text, words::respectively_separators, 1);
    if (!all_known(items))
        items = split_list(text, words::respectively_separators, std::size(words::respectively_separators));
    if (all_known(items)) {
        share_the_amount(c, first_statement, items);
        return;
    }
    // …、城镇居民基本医疗保险和新型农村合作医疗参保率均达到90%以上: 均 or 都 after the list says each item
    // holds it, whatever the catalog knows; the items share the last one's head
    auto const at = c.s.text.find(text, c.t(c.b).begin);
    if (at == std::string_view::npos || at >= c.t(c.e - 1).end) return;
    if (!words::starts_with_one_of(c.s.text.substr(at + text.size()), words::each_of_a_list)) return;
    items = split_list(text, words::respectively_separators, std::size(words::respectively_separators));
    if (items.size() < 2) return;
    complete_items(items, cat);
    share_the_amount(c, first_statement, items);
}

// 今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能: amounts listed with 、 and closed by
// 等 + a head are each of that head (钢铁落后产能), and a verb of taking away that opens the first holds for
// every item (淘汰水泥落后产能, not a rise of 水泥)
void share_list_head(clause const& c, std::size_t first_statement) {
    auto& out = c.s.out.statements;
    if (out.size() < first_statement + 2 || c.quantities.empty()) return;
    std::size_t const last = c.quantities.back();
    std::size_t j = last + 1;
    while (j < c.e && (c.blank(j) || c.next_is_suffix(j - 1))) ++j;
    if (j >= c.e || !c.closes_a_list(j)) return;
    std::string const head =
        trim_text(c.s.bytes(c.t(j).begin + std::string_view("等").size(), c.t(c.e - 1).end));
    if (head.empty() || head.size() > 24) return;
    // the amounts are items of one list: a 、 between each and the next
    for (std::size_t k = 0; k + 1 < c.quantities.size(); ++k) {
        bool listed = false;
        for (std::size_t t = c.quantities[k] + 1; t < c.quantities[k + 1]; ++t)
            listed = listed || c.kw(t, role::list_break);
        if (!listed) return;
    }
    // (one statement an amount; amounts that are counts count the things named, 学校10所、医院5家等公共设施)
    if (out.size() - first_statement != c.quantities.size()) return;
    bool const all_counts = std::all_of(c.quantities.begin(), c.quantities.end(), [&](std::size_t q) {
        auto const& a = c.reading(q).first;
        return a.unit_index < 0 || units[static_cast<std::size_t>(a.unit_index)].kind == unit_kind::count;
    });
    if (all_counts) return;
    auto const* verb = words::starting_one_of(out[first_statement].metric_text, words::removing_verbs);
    for (std::size_t k = first_statement; k < out.size(); ++k) {
        auto& st = out[k];
        if (verb && !common::starts_with(st.metric_text, verb->text)) st.metric_text.insert(0, verb->text);
        if (!common::ends_with(st.metric_text, head)) st.metric_text += head;
        st.metric = canonical(c.s, st.metric_text);
    }
}

// 分别 — the metrics go with the amounts in order; a comparator written once holds for all the amounts with
// none of their own: a suffix after the last (5%、6.5%左右), a prefix before the first (分别超过2%、5%)
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
    if (!at || n == 0) return;
    if (n == 1) {
        // 城镇和农村常住居民人均可支配收入分别增长6.5%左右: one amount for each of the items (not when more
        // numbers follow that were not read as amounts: 分别惠及3500万、2300万人次)
        std::size_t numbers = 0;
        for (std::size_t i = *at; i < c.e; ++i) numbers += c.t(i).kind == tk::quantity;
        if (numbers != 1) return;
        auto parts = listed_metrics(c, *at, 2);
        if (parts.size() < 2) return;
        complete_items(parts, c.s.ctx.catalog);
        share_the_amount(c, first_statement, parts);
        return;
    }
    auto parts = listed_metrics(c, *at, n);
    if (parts.size() != n) return;
    complete_items(parts, c.s.ctx.catalog);
    auto const spread = [&](comparator shared) {
        return shared != comparator::at_least && shared != comparator::equal && shared != comparator::range &&
               shared != comparator::direction;
    };
    auto const last_cmp = out.back().comparator, first_cmp = out[first_statement].comparator;
    for (std::size_t k = 0; k < n; ++k) {
        auto& st = out[first_statement + k];
        st.metric_text = parts[k];
        st.metric = canonical(c.s, parts[k]);
        if (st.comparator != comparator::at_least) continue;
        if (spread(last_cmp))
            st.comparator = last_cmp;
        else if (spread(first_cmp))
            st.comparator = first_cmp;
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
        // the sentence [sb, i): its first clause where an amount + 的 comes before an event
        // (…478人的…工程全面 开工, 尽早实现…: a clause after it may follow)
        constexpr std::size_t none = static_cast<std::size_t>(-1);
        std::size_t of_at = none;
        bool event_after = false;
        for (std::size_t lb = sb; lb < i && !event_after;) {
            std::size_t le = lb;
            while (le < i && !ends_clause(le)) ++le;
            of_at = none;
            for (std::size_t j = lb; j + 1 < le; ++j)
                if (toks[j].kind == tk::quantity && toks[j + 1].is(role::of)) of_at = j;
            if (of_at != none)
                for (std::size_t j = of_at + 2; j < le; ++j)
                    event_after = event_after || toks[j].is(role::event);
            lb = le + 1;
        }
        if (of_at != none && event_after) {
            // unless a verb of their own clause makes them amounts reached (完成拆迁50万平方米的…)
            bool verb = false;
            for (std::size_t j = sb; j <= of_at; ++j) {
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
