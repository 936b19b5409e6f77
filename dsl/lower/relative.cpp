// A goal with no number that names another statistic instead: the growth of one in step with, or faster
// than, the growth of the other in the same period (DESIGN.md's verdict table, "relative").
//   居民收入增长与经济增长同步           → growth of 居民人均可支配收入 about the growth of 地区生产总值
//   城乡居民收入与经济同步增长           → the same
//   农村居民人均可支配收入增速快于城镇居民 → growth of 农村居民人均可支配收入 > the growth of
//                                          城镇居民人均可支配收入 (the other side names only what differs)
// Both sides must be statistics of the catalog: 责任和权力同步下放 or 劳动报酬增长和劳动生产率提高同步 name
// none a report gives figures of, and a comparison with 全省平均水平 is of another region's figure.
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "dsl/lower/clause.hpp"

#include <algorithm>

namespace luoshi::dsl::lower {

namespace {

// The statistic a side of the comparison names, without the words saying it is its growth
rules::metric_def const* statistic(phrase_state const& s, std::string_view words) {
    auto const name = words::without_trailing(words, words::growth_of_a_name);
    if (name.empty() || name.find("、") != std::string_view::npos) return nullptr;
    return s.ctx.catalog->find(trim_text(name));
}

// 城镇居民 against 农村居民人均可支配收入: the other side names what differs from the first, and the rest
// of the first's name is its too. The longest rest that makes another statistic of the catalog.
rules::metric_def const* completed(phrase_state const& s, std::string_view other, std::string_view first,
                                   rules::metric_def const* first_def) {
    auto const name = words::without_trailing(other, words::growth_of_a_name);
    auto const whole = trim_text(words::without_trailing(first, words::growth_of_a_name));
    for (std::size_t k = 0; k < whole.size();) {
        auto const* def = s.ctx.catalog->find(std::string(name) + whole.substr(k));
        if (def && def != first_def) return def;
        k += static_cast<std::size_t>(std::max(1, common::utf8_length(whole.data() + k, whole.size() - k)));
    }
    return nullptr;
}

// Whether the words open with no territory, or with the report's own: 全省 in 河南省's report, 全区 in
// 广西壮族 自治区's, 全国 in the national one (a report of unknown region owns none)
bool own_territory(phrase_state const& s, std::string_view words) {
    words::entry const* lead = nullptr;
    for (auto const& e : words::region_leads)
        if (common::starts_with(words, e.text)) lead = &e;
    if (!lead) return true;
    std::string_view const region = s.ctx.region;
    bool const country = lead->text == "全国" || lead->text == "我国";
    if (region == "全国" || region == "中国") return country;
    auto const kind = lead->text.substr(lead->text.size() - std::string_view("省").size());  // 省 of 全省
    return !country && !region.empty() && common::ends_with(region, kind);
}

struct comparison {
    std::size_t split = 0, joiner = 0;  // bytes of the words: the first side ends at split, the other starts
                                        // after the joiner
    comparator cmp = comparator::about;
    std::size_t end = 0;  // the other side ends here
};

// …与经济增长保持基本同步, …同步增长: the in-step form, the two sides joined by 与 or 和
std::optional<comparison> in_step(std::string_view w) {
    std::size_t end = w.size();
    auto const* ending = words::ending_one_of(w, words::in_step);
    if (!ending) return std::nullopt;
    end -= ending->text.size();
    auto const before = words::without_trailing(w.substr(0, end), words::in_step_manner);
    if (common::ends_with(before, "不") || common::ends_with(before, "未")) return std::nullopt;  // 不同步
    std::optional<comparison> found;
    for (auto const& j : words::in_step_joiners)
        if (auto at = before.rfind(j.text);
            at != std::string_view::npos && at > 0 && (!found || at > found->split))
            found = comparison{at, at + j.text.size(), comparator::about, before.size()};
    return found;
}

// …增速快于城镇居民, …增长不低于经济增长
std::optional<comparison> than(std::string_view w) {
    auto find = [&](auto const& list, comparator cmp) -> std::optional<comparison> {
        for (auto const& e : list)
            if (auto at = w.find(e.text); at != std::string_view::npos && at > 0)
                return comparison{at, at + e.text.size(), cmp, w.size()};
        return std::nullopt;
    };
    if (auto c = find(words::no_slower_than, comparator::at_least)) return c;
    return find(words::faster_than, comparator::more_than);
}

// One comparison: the words of a clause, or of an item of a list of comparisons (居民收入增长和经济发展同步、
// 劳动报酬增长和劳动生产率提高同步)
bool read_one(clause const& c, std::string_view w, std::size_t last) {
    auto const& s = c.s;
    auto cmp = in_step(w);
    if (!cmp) cmp = than(w);
    if (!cmp) return false;
    auto const first = w.substr(0, cmp->split);
    auto const other = w.substr(cmp->joiner, cmp->end - cmp->joiner);
    // 快于全国, 与全省经济增长同步 in a county's report: another region's figure — not read (in a province's
    // report 全省 is its own); nor nothing at all
    if (other.empty() || !own_territory(s, other)) return false;
    // a growth is what goes in step: a side says so, or the form does (同步增长, 增速快于)
    auto const names_growth = [](std::string_view x) {
        return words::without_trailing(x, words::growth_of_a_name).size() < x.size();
    };
    if (!names_growth(first) && !names_growth(other) && !common::ends_with(w, "同步增长")) return false;
    auto const* x = statistic(s, first);
    if (!x) return false;
    auto const* y = statistic(s, other);
    if (!y && cmp->cmp != comparator::about) y = completed(s, other, first, x);
    if (!y || y == x) return false;
    statement st;
    st.kind = kind_without_amount(c);
    if (st.kind != statement_kind::goal)
        return true;  // 预计居民收入增长与经济增长基本同步: a claim, no figure
    st.metric_text = trim_text(words::without_trailing(first, words::growth_of_a_name));
    st.metric = x->name;
    st.measure = measure::growth;
    st.comparator = cmp->cmp;
    st.unit = "%";
    st.relative_to = y->name;
    st.strength = s.strength;
    apply_time(s, st);
    // over the years of a plan (居民收入增长和经济发展同步 in the five-year plan's part): the average growths
    if (st.period && st.period->begin.year() < st.period->end.year()) st.measure = measure::average_growth;
    add_plain(c, st, last);
    return true;
}

}  // namespace

bool read_relative(clause const& c) {
    auto const& s = c.s;
    if (!s.ctx.catalog) return false;
    std::size_t rb = c.b;
    while (rb < c.e && leading_word(c, rb)) ++rb;
    std::size_t last = c.e;
    while (last > rb && (c.blank(last - 1) || (c.t(last - 1).kind == tk::other && c.t(last - 1).punct)))
        --last;
    if (last <= rb + 1) return false;
    for (std::size_t i = rb; i < last; ++i)
        if (c.t(i).kind != tk::other && !c.keyword(i))
            return false;  // a time or a number inside: not this form
    auto const w = s.bytes(c.t(rb).begin, c.t(last - 1).end);
    if (read_one(c, w, last - 1)) return true;
    // a list of comparisons: each item that is one
    auto const items = split_list(w, words::respectively_separators, 1);  // at 、
    bool any = false;
    if (items.size() > 1)
        for (auto const& item : items) any = read_one(c, item, last - 1) || any;
    return any;
}

}  // namespace luoshi::dsl::lower
