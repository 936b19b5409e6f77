// The metric of an amount: the words between the clause's leads and the verb group before the amount.
//   2015年实施六大工程力争GDP增长8%: the time and the strength in the middle start the metric after them
//   (GDP). 农村居民人均可支配收入力争增长9.5%: nothing but function words after 力争, so the metric is before
//   it. 集中供暖工程一期实现供暖面积100万平方米: the metric is what the verb reaches (供暖面积).
//   城市低保标准由每人每月470元提高到520元: the metric ends where 由 starts the old value.
// With no words before, the words after the amount name it (确保13个以上项目竣工, 实现80%群众的回迁); with
// none there either, the clause takes the metric of the statement before
// (实现地区生产总值660.5亿元，增长10.5%).
#include "common/text.hpp"
#include "dsl/lower/amount_words.hpp"

#include <algorithm>

namespace luoshi::dsl::lower {

namespace {

using namespace std::string_view_literals;

bool list_joiner(clause const& c, std::size_t j) {
    return c.t(j).kind == tk::other && words::is_one_of(c.bytes(j), words::list_connectors);
}

// 一是, 二是: a word that numbers a list item
bool list_word(clause const& c, std::size_t j) {
    auto const w = c.bytes(j);
    return c.kw(j, role::word) && w.size() == 6 && w.substr(3) == "是";
}

// 下降40%和20%, 建成公厕16座、菜市场5个: the words before the amount start with a joiner of a list; or the
// noun the amount before counted ended with one (改造建设100个乡镇养老服务中心和300个村级幸福院)
bool continues_a_list(clause const& c, amount_words const& w) {
    if (w.left > c.b && w.left < c.e && c.t(w.left).kind == tk::quantity && c.text_at(w.left - 1) &&
        words::ends_with_one_of(c.bytes(w.left - 1), words::list_connectors))
        return true;
    bool continues = false;
    for (std::size_t j = w.left; j < w.verbs; ++j) {
        if (!(c.blank(j) || list_joiner(c, j) || c.kw(j, role::list_break))) break;
        if (j > w.left || w.left != c.b) continues = continues || !c.blank(j);
    }
    return continues;
}

// The leading words that are not the metric's: times, punctuation, leads (the verb of an increase noted),
// strength, list numbers, a span of years (今后五年内).
std::size_t skip_leads(clause const& c, amount_words& w, std::size_t rb, std::size_t re, bool own_verb,
                       std::optional<std::size_t>& lead_verb) {
    while (rb < re) {
        auto const& x = c.t(rb);
        if (x.kind == tk::time || x.kind == tk::plan) {
            ++rb;
            continue;
        }
        if (x.kind == tk::other && (x.punct || list_joiner(c, rb))) {
            ++rb;
            continue;
        }
        if (x.is(role::increase) && own_verb) break;
        // 减少农村贫困人口1000万人以上: a fall of the metric that follows
        if (x.is(role::decline) && !own_verb && !w.verb_in_group(c)) {
            w.decline = true;
            w.measure_in_run = true;
            ++rb;
            continue;
        }
        // 增加深松土地1.5亿亩: what the period adds to the metric that follows
        if (x.is(role::growth) && !own_verb && !w.verb_in_group(c) &&
            words::is_one_of(c.bytes(rb), words::adding_verbs)) {
            w.increase = true;
            w.measure_in_run = true;
            ++rb;
            continue;
        }
        if (x.kind == tk::keyword && is_lead(x.role)) {
            if (x.role == role::increase) w.increase = true, w.measure_in_run = true, lead_verb = rb;
            if (x.role == role::level_at_most) w.level_cap = true;
            ++rb;
            continue;
        }
        if (x.is(role::strength_binding) || x.is(role::strength_aspiration) || list_word(c, rb)) {
            ++rb;
            continue;
        }
        // 今年再减少农村贫困人口1000万人: an adverb before the verb that leads the words
        if (c.text_at(rb) && words::is_one_of(c.bytes(rb), words::adverbs_before_a_verb) && rb + 1 < re &&
            c.keyword(rb + 1) &&
            (c.kw(rb + 1, role::decline) || c.kw(rb + 1, role::growth) || is_lead(c.t(rb + 1).role))) {
            ++rb;
            continue;
        }
        // 今后三年各级政府拟投入…: the span of years is the period, not part of the metric's name
        if (x.kind == tk::quantity && years_ahead_of_amount(c, rb)) {
            ++rb;
            // 五年内, 两年来, 五年中, 三年间: the word that closes the span
            if (rb < re && c.t(rb).kind == tk::other &&
                words::is_one_of(c.bytes(rb), words::years_span_closers))
                ++rb;
            continue;
        }
        if (x.kind == tk::other && words::is_one_of(c.bytes(rb), words::years_span_openers)) {
            std::size_t k = rb;
            while (k < re && c.t(k).kind == tk::other) ++k;
            if (k < re && years_ahead_of_amount(c, k) &&
                words::is_one_of(c.s.bytes(c.t(rb).begin, c.t(k).begin), words::years_span_leads)) {
                rb = k;  // the years themselves next
                continue;
            }
        }
        if (x.kind == tk::quantity && rb + 1 < re && is_list_number(c, rb)) {
            rb += 2;
            continue;
        }
        break;
    }
    return rb;
}

// Words made only of adverbs (再, 基本, 拟先): they name nothing
bool only_adverbs(std::string_view s) {
    if (s.empty()) return false;
    auto const cut = [&s](auto const& list) {
        for (auto const& a : list)
            if (common::starts_with(s, a.text)) {
                s.remove_prefix(a.text.size());
                return true;
            }
        return false;
    };
    while (!s.empty() && (cut(words::adverbs_before_a_verb) || cut(words::adverbs_alone))) {
    }
    return s.empty();
}

// The run of text tokens around token i (the tokenizer may cut a word: 基 | 本, where 本 is a unit)
std::string_view text_run(clause const& c, std::size_t i) {
    std::size_t b = i, e = i + 1;
    while (b > c.b && c.text_at(b - 1)) --b;
    while (e < c.e && c.text_at(e)) ++e;
    return c.s.bytes(c.t(b).begin, c.t(e - 1).end);
}

// A time or strength in the middle starts the metric after it, unless nothing but function words follows:
// then the metric is before it.
void split_at_dividers(clause const& c, std::size_t& rb, std::size_t& re) {
    // the last word in [rb, re): a divider before it has words after it
    std::size_t last_word = rb;
    for (std::size_t k = re; k > rb; --k)
        if ((c.text_at(k - 1) && !only_adverbs(text_run(c, k - 1))) || c.kw(k - 1, role::word) ||
            c.kw(k - 1, role::share)) {
            last_word = k - 1;
            break;
        }
    for (std::size_t j = rb; j < re; ++j) {
        auto const& x = c.t(j);
        bool const divider = x.kind == tk::time || x.kind == tk::plan || x.is(role::strength_binding) ||
                             x.is(role::strength_aspiration) || x.is(role::estimate_cue) || x.is(role::as_of);
        if (!divider) continue;
        bool const words_after = last_word > j;
        if (words_after) {
            rb = j + 1;
        } else {
            re = j;
            while (re > rb && (c.blank(re - 1) || (c.keyword(re - 1) && is_lead(c.t(re - 1).role)) ||
                               (c.t(re - 1).kind == tk::other && c.t(re - 1).punct)))
                --re;
            break;
        }
    }
}

// 经济增长预期目标是在明显提高质量和效益的基础上年均增长7%: a frame (在…基础上) that ends the metric's words
// ends them before its 在 (and a 是 before that), before the verb inside it can be taken for the metric's
void cut_frame_at_end(clause const& c, std::size_t rb, std::size_t& re) {
    if (re <= rb || !c.text_at(re - 1) || !words::ends_with_one_of(text_run(c, re - 1), words::frame_closers))
        return;
    for (std::size_t j = re; j-- > rb;) {
        if (!c.text_at(j) || !common::starts_with(c.bytes(j), "在")) continue;
        if (j > rb && c.text_at(j - 1) && c.bytes(j - 1) != "是") return;  // 在 inside a word (存在, 所在)
        re = j > rb && c.bytes(j - 1) == "是" ? j - 1 : j;
        return;
    }
}

// 在群众自愿的前提下集中供养率达到60%: a frame
// (在…基础上, 在…前提下) in the metric's words is a condition, not part of the name: the words after it name
// the metric; with none after it, the words before its 在 (and a 是 before that)
void drop_frame(amount_words& w) {
    for (auto const& closer : words::frame_closers) {
        auto const at = w.metric.find(closer.text);
        if (at == std::string::npos) continue;
        std::size_t const after = at + closer.text.size();
        if (after < w.metric.size()) {
            w.metric.erase(0, after);
        } else {
            auto const open = w.metric.rfind("在");
            w.metric.erase(open == std::string::npos ? 0 : open);
            if (common::ends_with(w.metric, "是")) w.metric.erase(w.metric.size() - 3);
        }
        w.metric = trim_text(w.metric);
        w.metric_begin = w.metric_end = 0;
        return;
    }
}

// The keywords inside the metric's words that say its measure (涨幅 at its end, 比重, 年均).
void note_measure_words(clause const& c, amount_words& w, std::size_t rb, std::size_t re, bool own_verb) {
    for (std::size_t j = rb; j < re; ++j) {
        if (!c.keyword(j)) continue;
        auto const ro = c.t(j).role;
        if (ro == role::increase && own_verb) continue;  // 建成区人均绿化面积达到…: part of the name
        if (ro == role::increase && j > rb && c.verb_as_noun(j)) continue;  // 用于“三农”的投入: a noun
        if (ro == role::share) w.share = true;
        if (ro == role::average_growth) w.average = true;
        if (ro == role::growth && j + 1 == re) w.growth = true;
        if (ro == role::decline && j + 1 == re) w.decline = true;
        if (ro == role::increase) w.increase = true, w.measure_in_run = true;
    }
}

// The metric's text from tokens [rb, re): what the verb inside reaches, unless the catalog knows the whole
// (文化产业实现增加值); a verb stripped from the front kept when the catalog names the metric with it.
void name_metric(clause const& c, amount_words& w, std::size_t rb, std::size_t re,
                 std::optional<std::size_t> lead_verb) {
    auto const& s = c.s;
    w.metric_begin = c.t(rb).begin;
    w.metric_end = c.t(re - 1).end;
    std::size_t const me = w.metric_end;
    w.metric = trim_text(s.bytes(w.metric_begin, me));
    auto const* cat = s.ctx.catalog;
    for (std::size_t j = re; j-- > rb + 1;)
        if ((c.kw(j, role::level) || c.kw(j, role::increase)) && j + 1 < re) {
            // 技术改造和设备更新项目: a verb joined to the next words by 和 is a work of a list sharing
            // their head, part of the name
            if (list_joiner(c, j + 1)) continue;
            auto object = trim_text(s.bytes(c.t(j + 1).begin, me));
            // “三化”改造项目: a bare 项目 after the verb is no object; the verb and the words before name
            // them
            if (words::is_one_of(object, words::generic_heads)) break;
            // 棚户区改造住房: housing named by the work that provides it, after the work's own object
            if (words::is_one_of(object, words::housing_heads) && j > rb && c.text_at(j - 1) &&
                !list_joiner(c, j - 1))
                continue;
            auto const* whole = cat ? cat->find(w.metric) : nullptr;
            if (whole && cat->find(object) != whole) break;
            if (c.kw(j, role::increase)) w.increase = true, w.measure_in_run = true;
            // 兰州新区引进项目: the verb belongs to the name when the catalog says so (引进项目)
            auto with_verb = trim_text(s.bytes(c.t(j).begin, me));
            bool const named_with_verb = cat && !cat->find(object) && cat->find(with_verb);
            w.metric = named_with_verb ? std::move(with_verb) : std::move(object);
            w.metric_begin = c.t(named_with_verb ? j : j + 1).begin;
            // 招商引资项目完成投资增长10%: a bare 投资 is of the projects named before its verb
            if (words::is_one_of(w.metric, words::project_money)) {
                std::string projects = trim_text(s.bytes(c.t(rb).begin, c.t(j - 1).end));
                for (auto const& r : words::region_leads)
                    if (projects.size() > r.text.size() && common::starts_with(projects, r.text))
                        projects.erase(0, r.text.size());
                if (words::ends_with_one_of(projects, words::projects)) w.metric.insert(0, projects);
            }
            break;
        }
    // 引进项目, 新增就业, 改造面积: the verb belongs to the name when the catalog says so
    if (lead_verb && cat && !cat->find(w.metric)) {
        auto const with_verb = trim_text(s.bytes(c.t(*lead_verb).begin, me));
        if (cat->find(with_verb)) w.canonical_from = with_verb;
    }
    // 中央财政用于“三农”的投入5955亿元: ... and so does the verb right before the amount (投入)
    if (cat && w.canonical_from.empty() && !cat->find(w.metric) && w.verbs < w.q && w.metric_end > 0 &&
        w.metric_begin < c.t(w.verbs).begin) {
        // (only a statistic that says what it is counted in, and is counted in this amount's unit)
        auto const with_verb = trim_text(s.bytes(w.metric_begin, c.t(w.q - 1).end));
        auto const* def = cat->find(with_verb);
        auto const unit = c.reading(w.q).first.unit;
        if (def && std::find(def->units.begin(), def->units.end(), unit) != def->units.end())
            w.canonical_from = with_verb;
    }
    // 完成投资240亿元 after 实施重大项目100个: a bare 投资 is the investment of those projects
    if (words::is_one_of(w.metric, words::project_money) &&
        words::ends_with_one_of(s.metric_text, words::projects))
        w.metric.insert(0, s.metric_text);
}

// 东湖区城镇登记失业率 in 东湖区's report: the report's own region is who states the figure, not part of the
// statistic's name. Only its full name: a short one begins proper names (上海港, 上海博物馆, 海南学子), and
// another region's name stays (泸州经济总量 is a city's, not the province's).
void drop_own_region(phrase_state const& s, amount_words& w) {
    std::string_view const region = s.ctx.region;
    if (region.empty() || w.metric.size() <= region.size() ||
        std::string_view(w.metric).substr(0, region.size()) != region)
        return;
    w.metric = trim_text(w.metric.substr(region.size()));
    w.metric_begin += region.size();
}

// GDP增长率 is the growth of GDP; 人口自然增长率 is a rate of its own
void growth_rate_as_growth(clause const& c, amount_words& w) {
    for (auto const& suffix : words::growth_rate_suffixes) {
        auto const n = suffix.text.size();
        if (w.metric.size() > n && std::string_view(w.metric).substr(w.metric.size() - n) == suffix.text) {
            std::string const base = w.metric.substr(0, w.metric.size() - n);
            if (c.s.ctx.catalog && c.s.ctx.catalog->find(base)) {
                w.metric = base;
                w.growth = true;
            }
        }
    }
}

bool opens_bracket(clause const& c, std::size_t k) { return c.bytes(k) == "（" || c.bytes(k) == "("; }
bool closes_bracket(clause const& c, std::size_t k) { return c.bytes(k) == "）" || c.bytes(k) == ")"; }

// 2.5万套（间）城市危旧房, 60万套（间）: a bracket right after the unit belongs to the unit; the token after
// it (j itself when no bracket closes before end)
std::size_t past_unit_bracket(clause const& c, std::size_t j, std::size_t end) {
    if (j >= end || !opens_bracket(c, j)) return j;
    std::size_t close = j + 1;
    while (close < end && !closes_bracket(c, close)) ++close;
    return close < end ? close + 1 : j;
}

// Nothing before: the words after the amount, up to the clause's next break (确保13个以上项目竣工); returns
// the token after them.
std::size_t words_after(clause const& c, amount_words& w) {
    std::size_t ab = w.after, ae = w.next, after_end = w.after;
    for (std::size_t j = ab; j < ae; ++j)
        if (c.kw(j, role::clause_break)) {
            ae = j;
            break;
        }
    while (ab < ae && (c.blank(ab) || c.kw(ab, role::of))) ++ab;
    if (ab == w.after) ab = past_unit_bracket(c, ab, ae);
    for (std::size_t j = ab; j < ae; ++j)
        if (c.kw(j, role::event)) w.event = std::string(c.bytes(j));
    if (ab < ae && c.t(ab).kind != tk::quantity) {
        std::size_t stop = ab;
        while (stop < ae && c.t(stop).kind != tk::quantity && c.t(stop).kind != tk::time &&
               !c.kw(stop, role::list_break) && !c.kw(stop, role::increase) && !c.kw(stop, role::level) &&
               !c.kw(stop, role::level_after_change))
            ++stop;
        if (stop > ab) w.after_text = trim_text(c.s.bytes(c.t(ab).begin, c.t(stop - 1).end));
        after_end = stop;
    }
    return after_end;
}

// 由1997年的65%提高到…, 从4.7万家增加到…: the clause opens with where a change started
bool opens_with_change(clause const& c) {
    std::size_t i = c.b;
    while (i < c.e && (c.blank(i) || (c.t(i).kind == tk::other && c.t(i).punct))) ++i;
    return i < c.e && c.kw(i, role::from) && c.has(role::level_after_change);
}

// 建成50个社区电商便民网点, 组建…等三个行业协会, 新开工八冶等12个改造项目, 设立2000万元文化产业发展引导基金:
// a number and its classifier (or a sum of money) with a noun right after it counts that noun, which closes
// the clause; the words before are the verb, and the examples a list gives (八冶等). A share (80%群众) is not
// a count, nor a time (三个月).
bool quote_mark(clause const& c, std::size_t k) {
    auto const x = c.bytes(k);
    return c.t(k).kind == tk::other && (x == "“" || x == "”" || x == "「" || x == "」" || x == "\"");
}

// The noun runs to a break or punctuation; quotes and a bracket closed in the clause are inside it
// (16个县（市、区） 整县建成美丽乡村)
// 列入国家和省、市重点项目计划: 、 between two levels of government joins them inside one noun
bool joins_levels(clause const& c, std::size_t k) {
    if (!c.kw(k, role::list_break)) return false;
    std::size_t p = k, n = k + 1;
    while (p > c.b && c.blank(p - 1)) --p;
    while (n < c.e && c.blank(n)) ++n;
    if (p == c.b || n == c.e || c.t(p - 1).kind != tk::other || c.t(n).kind != tk::other) return false;
    std::string_view before = c.bytes(p - 1);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);  // 省 、市
    return words::ends_with_one_of(before, words::government_levels) &&
           words::starts_with_one_of(c.bytes(n), words::government_levels);
}

// 推动40个机关、企事业单位附属空间对社会开放共享: a 、 after the counted noun, with words after it, no verb
// opening them and no amount to the clause's end, lists kinds that share what follows: one noun
bool joins_kinds(clause const& c, std::size_t k) {
    if (!c.kw(k, role::list_break)) return false;
    std::size_t n = k + 1;
    while (n < c.e && c.blank(n)) ++n;
    if (n == c.e || !c.text_at(n)) return false;
    auto const next = c.bytes(n);
    if (words::starts_with_one_of(next, words::doing_before_a_count) ||
        words::starts_with_one_of(next, words::working_on_verbs) ||
        words::starts_with_one_of(next, words::pushing_verbs) ||
        words::starts_with_one_of(next, words::effort_verbs))
        return false;
    for (std::size_t j = n; j < c.e; ++j)
        if (c.t(j).kind == tk::quantity || c.kw(j, role::increase) || c.kw(j, role::level) ||
            c.kw(j, role::of))
            return false;  // …带动面广的消费场景: qualities before 的, read as such
    return true;
}

std::size_t noun_end(clause const& c, std::size_t from) {
    std::size_t k = from;
    // 将 or a strength word starts what is said of the noun (…示范点建设也将梯次推进); not 计划, 目标 or 要,
    // which end names (招生计划) and words (重要)
    while (k < c.e && !c.kw(k, role::clause_break) &&
           !(c.kw(k, role::list_break) && !joins_levels(c, k) && !(k > from && joins_kinds(c, k))) &&
           !(k > from &&
             (c.bytes(k) == "将" || c.kw(k, role::strength_binding) || c.kw(k, role::strength_aspiration)))) {
        if (k > from && opens_bracket(c, k)) {
            std::size_t close = k + 1;
            while (close < c.e && !closes_bracket(c, close) && !c.kw(close, role::clause_break)) ++close;
            if (close < c.e && closes_bracket(c, close)) {
                k = close + 1;
                continue;
            }
        }
        if (c.t(k).kind == tk::other && c.t(k).punct && !quote_mark(c, k)) {
            std::size_t n = k;  // 省 、市: a space before the 、 that joins two levels
            while (n < c.e && c.blank(n)) ++n;
            if (!(n > k && n < c.e && joins_levels(c, n))) break;
            k = n;
            continue;
        }
        ++k;
    }
    while (k > from && quote_mark(c, k - 1)) --k;
    return k;
}

// Where the counted noun starts after the amount: past an opening quote (407个“三不管”楼院) or the 的 after a
// size; the noun opens
// with a word (社区电商便民网点), a word the lexicon keeps whole (办好十件为民兴办的实事), or, after a count,
// the verb that names its kind (12个改造项目)
std::optional<std::size_t> noun_start(clause const& c, amount_words const& w, unit_kind kind) {
    std::size_t j = w.after;
    while (j < w.next && (c.blank(j) || quote_mark(c, j))) ++j;
    j = past_unit_bracket(c, j, w.next);
    // 建成1000平方米的六大服务中心: the size of what is built, after its 的
    bool const size = kind == unit_kind::area || kind == unit_kind::length;
    if (size && j < w.next && c.kw(j, role::of)) ++j;
    if (j >= w.next) return std::nullopt;
    // 平板玻璃3500万标准箱等落后产能: 等 closes a list; the kind after it is no noun of this amount alone
    if (c.closes_a_list(j)) return std::nullopt;
    // 代地方发债2000亿元并纳入地方预算: a conjunction opens a second predicate, no noun counted
    if (c.text_at(j) && words::starts_with_one_of(c.bytes(j), words::predicate_conjunctions) &&
        !words::starts_with_one_of(c.bytes(j), words::words_opening_with_bing))
        return std::nullopt;
    // a number in the noun is no amount of the clause's (六大服务中心): it names
    if (c.text_at(j) || c.kw(j, role::word) || c.kw(j, role::region) ||
        (c.t(j).kind == tk::quantity && j + 1 < w.next))
        return j;
    // ... and after a sum, the verb of what it pays for (安排500亿元设立中央预算稳定调节基金)
    if ((kind == unit_kind::count || kind == unit_kind::currency) && c.kw(j, role::increase) &&
        j + 1 < w.next && c.text_at(j + 1))
        return j;
    return std::nullopt;
}

// 新增100所达到二级医院服务能力的县域医疗卫生次中心: what is counted may follow a clause that describes it,
// after its 的, up to the clause's end
std::optional<std::pair<std::size_t, std::size_t>> noun_after_of(clause const& c, amount_words const& w) {
    if (w.next < c.e) return std::nullopt;
    // the noun after the first 的, up to another 的 (…项目的拆迁任务) or the clause's end
    std::size_t of = 0, k = w.after;
    for (; k < c.e && !c.kw(k, role::clause_break) && !c.kw(k, role::list_break); ++k) {
        if (c.t(k).kind == tk::time) return std::nullopt;  // numbers here are no amounts: w.next is past
        if (c.kw(k, role::of)) {
            if (of) break;
            of = k;
        }
    }
    std::size_t stop = k;
    while (stop > of + 1 && (c.blank(stop - 1) || (c.t(stop - 1).kind == tk::other && c.t(stop - 1).punct)))
        --stop;
    if (!of || stop <= of + 1) return std::nullopt;
    return std::pair{of + 1, stop};
}

// The counted noun's tokens [first, second), or nothing.
std::optional<std::pair<std::size_t, std::size_t>> counted_noun(clause const& c, amount_words const& w) {
    auto const& a = c.reading(w.q).first;
    if (a.unit_index < 0 || a.unit == "%" || a.unit == "pp") return std::nullopt;
    auto const kind = units[static_cast<std::size_t>(a.unit_index)].kind;
    switch (kind) {
        case unit_kind::time:
        case unit_kind::age:
        case unit_kind::other: return std::nullopt;
        default: break;
    }
    auto const j = noun_start(c, w, kind);
    if (!j) return noun_after_of(c, w);
    std::size_t end = noun_end(c, *j);
    // 13亿人口, 5000场次: one character alone is the rest of a word the unit began, not a noun; after 个,
    // which begins no word, it is a noun (16个县)
    bool const after_ge = common::ends_with(a.unit_text, "个");
    if (end <= *j + 1 && c.bytes(*j).size() <= 3 && !after_ge) return std::nullopt;
    // the noun runs to the clause's end (改造项目: a verb inside names it); an amount or a time after it
    // belongs to something else
    // numbers in the noun that are no amounts name it (“三不管”楼院); another amount before the clause or the
    // list item ends is counted by it (省级专精特新中小企业1000家新增规上工业企业 2500家)
    std::size_t item_end = end;
    while (item_end < c.e && !c.kw(item_end, role::clause_break) && !c.kw(item_end, role::list_break))
        ++item_end;
    // 打造40个吸引力强、带动面广的消费场景: qualities listed before 的, then what is counted
    if (item_end < c.e && c.kw(item_end, role::list_break) && w.next >= c.e) {
        std::size_t last_of = 0, k = item_end + 1;
        for (; k < c.e && !c.kw(k, role::clause_break) && c.t(k).kind != tk::quantity; ++k)
            if (c.kw(k, role::of)) last_of = k;
        std::size_t stop = k;
        while (stop > last_of + 1 &&
               (c.blank(stop - 1) || (c.t(stop - 1).kind == tk::other && c.t(stop - 1).punct)))
            --stop;
        if (last_of && (k == c.e || c.kw(k, role::clause_break)) && stop > last_of + 1)
            return std::pair{last_of + 1, stop};
        // 7所学校、幼儿园改扩建项目: the list's last item names the projects all the items are
        if (!last_of && (k == c.e || c.kw(k, role::clause_break)) && stop > item_end + 1 &&
            words::ends_with_one_of(c.s.bytes(c.t(item_end + 1).begin, c.t(stop - 1).end), words::projects))
            return std::pair{*j, stop};
    }
    if (w.next < item_end) {
        // 100个乡镇综合养老服务中心和300个村级互助幸福院: a joiner before the next amount ends the noun
        if (!(w.next > *j + 1 && c.text_at(w.next - 1) &&
              words::ends_with_one_of(c.bytes(w.next - 1), words::list_connectors)))
            return std::nullopt;
        end = w.next;
    }
    for (std::size_t k = *j; k < end; ++k)
        if (c.t(k).kind == tk::time) return std::nullopt;
    return std::pair{*j, end};
}

// 开工建设东岗镇甸子街等7个项目, 新开工项目12个: a bare 项目 (or one named by a verb alone: 改造项目) names
// no statistic; the verb that leads the clause says which projects are counted (开工建设项目,
// 新开工改造项目). 100个重大项目 is named.
void qualify_generic_count(clause const& c, amount_words& w) {
    std::string_view const m = w.metric;
    if (!words::ends_with_one_of(m, words::generic_heads)) return;
    bool bare = words::is_one_of(m, words::generic_heads);
    for (auto const& verb : keywords)
        if (verb.role == role::increase && m.size() > verb.text.size() && common::starts_with(m, verb.text) &&
            words::is_one_of(m.substr(verb.text.size()), words::generic_heads))
            bare = true;
    if (!bare) return;
    std::size_t j = w.left;
    while (j < w.q &&
           (c.blank(j) || c.t(j).kind == tk::time || (c.t(j).kind == tk::other && c.t(j).punct) ||
            c.kw(j, role::strength_binding) || c.kw(j, role::strength_aspiration) || c.kw(j, role::goal_cue)))
        ++j;
    if (j >= w.q || !c.kw(j, role::increase)) return;
    // 实施卫生健康为民服务15项实事: the words between the verb and the count say which (not examples: 八冶等)
    if (j + 1 < w.q && words::is_one_of(m, words::generic_heads)) {
        std::string_view const which = c.s.bytes(c.t(j + 1).begin, c.t(w.q).begin);
        bool words_only = !c.has_any_verb(j + 1, w.q);
        for (std::size_t k = j + 1; k < w.q; ++k) words_only = words_only && c.t(k).kind != tk::quantity;
        if (words_only && !which.empty() && !common::ends_with(which, "等") &&
            which.find(m) == std::string_view::npos) {
            w.metric.insert(0, trim_text(which));
            return;
        }
    }
    if (m.substr(0, c.bytes(j).size()) != c.bytes(j)) w.metric.insert(0, c.bytes(j));
}

// 建设65个社区微型消防站, 启动25个城中村改造项目: words before a count and its noun, none of them a verb of
// reaching a level (达到, 保持, 为) or a comparison, are a verb of doing — what the year adds
bool verb_of_doing_before(clause const& c, amount_words const& w) {
    bool verb = false;
    for (std::size_t j = w.left; j < w.q; ++j) {
        auto const& x = c.t(j);
        if (x.kind == tk::keyword) {
            switch (x.role) {
                case role::level:
                case role::level_at_most:
                case role::level_after_change:
                case role::compare_at_least:
                case role::compare_more_than:
                case role::compare_at_most:
                case role::compare_less_than:
                case role::from: return false;
                case role::event:
                case role::increase: verb = true; break;
                default: break;
            }
        } else if (c.text_at(j) && !c.blank(j)) {
            // 全国有27个省, 累计有17个村: what there is, not what is done
            if (words::contains_one_of(c.bytes(j), words::stock_words)) return false;
            verb = true;
        }
    }
    return verb;
}

// Whether only verbs, cues and times come before the amount at q in its clause (今年新开工700万套)
bool only_verbs_before(clause const& c, std::size_t q) {
    for (std::size_t j = c.b; j < q; ++j)
        if (c.t(j).kind == tk::quantity || (c.text_at(j) && !only_adverbs(text_run(c, j)))) return false;
    return true;
}

// The words a clause with no amount works on: after its verbs and adverbs, without the campaign around them
// (实施新一轮农村公路提升行动 → 农村公路, 加大保障性安居工程建设力度 → 保障性安居工程)
// — only of a clause that opens with a verb: one that opens with a noun says something of it (经济总量跨过
// 两个万亿元大关), and what that is is no name
std::string object_words(std::string_view text) {
    std::string s = trim_text(text);
    bool verb_first = false;
    for (bool changed = true; changed;) {
        changed = false;
        for (auto const& w : words::object_front)
            if (s.size() > w.text.size() && common::starts_with(s, w.text)) {
                s.erase(0, w.text.size());
                changed = verb_first = true;
            }
        if (!verb_first) return {};
        for (auto const& w : words::object_back)
            if (s.size() > w.text.size() && common::ends_with(s, w.text)) {
                s.erase(s.size() - w.text.size());
                changed = true;
            }
    }
    return trim_text(s);
}

// 培育发展电子商务产业，…，交易额达到260亿元; 深入实施城中村改造工程，…，加快建设滩尖子等6个项目: a measure
// that names no statistic by itself (交易额, 资金, a bare 项目) is of what the sentence opened by working on
void qualify_by_opener(clause const& c, amount_words& w) {
    // 农机具购置补贴覆盖到全国所有农牧业县，中央财政拟安排资金130亿元: a payer before the bare measure
    // stays before the name it is given (中央财政农机具购置补贴资金)
    if (auto const* payer = words::starting_one_of(w.metric, words::payers_of_a_sum)) {
        std::string const whole = w.metric;
        w.metric = without_budgeting_verb(w.metric).substr(payer->text.size());
        std::string const bare = w.metric;
        if (words::is_one_of(w.metric, words::generic_measures)) qualify_by_opener(c, w);
        w.metric = w.metric == bare ? whole : std::string(payer->text) + w.metric;
        return;
    }
    auto const& s = c.s;
    if (!words::is_one_of(w.metric, words::generic_measures) || s.opener.second <= s.opener.first) return;
    // only when the clause names nothing else before its amount but examples (滩尖子等) — not
    // 实施城市更新行动、完成投资220亿元
    std::string before;  // (up to 由, where the old value starts: 财政补助由每人每年380元提高到420元)
    for (std::size_t j = c.b; j < w.q && !c.kw(j, role::from); ++j)
        if (c.text_at(j) && !c.blank(j)) before += c.bytes(j);
    if (auto const examples = before.rfind("等"); examples != std::string::npos)
        before.erase(0, examples + 3);
    // (who pays and an adverb of planning name nothing: 中央财政拟安排资金130亿元)
    before = std::string(
        words::without_leading(words::without_leading(before, words::payers_of_a_sum), words::adverbs_alone));
    // (a count's noun after it: the words before are its verb, 形成10个以上典型案例)
    bool const counted_after =
        c.s.bytes(c.t(w.q).end, c.t(c.e - 1).end).find(w.metric) != std::string_view::npos;
    if (!before.empty() && before != w.metric && !counted_after) return;
    std::string object = object_words(s.bytes(s.opener.first, s.opener.second));
    // 农机具购置补贴覆盖到…，中央财政拟安排资金130亿元; (实施)更加积极的就业政策，…420亿元资金: for money, a
    // programme that opens the sentence names what the sum is for (its words up to the first programme head)
    if (object.empty() && words::is_one_of(w.metric, words::money_measures)) {
        std::string_view const opening = s.bytes(s.opener.first, s.opener.second);
        std::size_t end = std::string_view::npos;
        for (auto const& head : words::programme_heads)
            if (auto const at = opening.find(head.text); at != std::string_view::npos && at >= 6)
                end = std::min(end, at + head.text.size());
        if (end != std::string_view::npos) object = trim_text(opening.substr(0, end));
    }
    if (object.empty()) return;
    // 城中村改造工程 + 项目 → 城中村改造项目
    for (auto const& head : words::object_heads_before_a_measure)
        if (object.size() > head.text.size() && common::ends_with(object, head.text))
            object.erase(object.size() - head.text.size());
    // 全力服务企业投资项目，加快推进中科院棚户区改造等5个项目: the work is named by the measure's own head
    if (common::ends_with(object, w.metric))
        w.metric = object;
    else
        w.metric.insert(0, object);
}

// 包钢集团要全力突围，…，力争营收达到1200亿元: a measure that is some body's (营收, 产值, 装机) is of what
// the sentence opened by naming, when it names no owner of its own
void qualify_by_owner(clause const& c, amount_words& w) {
    auto const& s = c.s;
    if (s.owner.second <= s.owner.first || w.metric.empty()) return;
    if (!s.owner_served && !words::is_one_of(w.metric, words::owned_measures)) return;
    auto const owner = s.bytes(s.owner.first, s.owner.second);
    if (w.metric.find(owner) == std::string::npos) w.metric.insert(0, owner);
}

// 确保粮食播种面积1530万亩、总产量125亿斤: an item of a list that the catalog does not know by itself is of
// what the item before named, when the leading words of that one's name and its own make a statistic the
// catalog knows (粮食 + 总产量: 粮食总产量)
void qualify_by_item_before(clause const& c, amount_words& w) {
    auto const* catalog = c.s.ctx.catalog;
    auto const& out = c.s.out.statements;
    if (!w.list_continues || w.metric.empty() || !catalog || catalog->find(w.metric) ||
        out.size() <= c.s.sentence_first)
        return;
    std::string_view const before = out.back().metric_text;
    for (std::size_t cut = before.size(); cut-- > 1;) {
        if ((static_cast<unsigned char>(before[cut]) & 0xC0) == 0x80) continue;
        std::string candidate = std::string(before.substr(0, cut)) + w.metric;
        if (catalog->find(candidate)) {
            w.metric = std::move(candidate);
            return;
        }
    }
}

// 签约落地项目投资完成额增长10%，其中制造业占比70%以上: a share named after 其中 is a share of what the
// statement before measured (签约落地项目投资完成额中制造业占比), not of the whole economy
void qualify_part_share(clause const& c, amount_words& w) {
    auto const& out = c.s.out.statements;
    if (w.metric.empty() || out.size() <= c.s.sentence_first ||
        !words::ends_with_one_of(w.metric, words::share_of_a_whole))
        return;
    auto const& whole = out.back().metric_text;
    if (c.part_named_before(w.q) && !whole.empty() && w.metric.find(whole) == std::string::npos)
        w.metric = whole + "中" + w.metric;
}

// 年投资亿元以上项目新开工43个以上、竣工38个以上; 林下经济面积达260万亩、产值达130亿元: an item of a list
// that names only what happens (竣工) or a measure that is some thing's (产值, 投资) is of the thing the item
// before named — its subject before its event, or its name before its own head (林下经济 of 林下经济面积)
void qualify_by_item_subject(clause const& c, amount_words& w) {
    auto const& out = c.s.out.statements;
    if (!w.list_continues || w.metric.empty() || out.size() <= c.s.sentence_first) return;
    auto const& before = out.back();
    std::string_view thing;
    if (words::is_one_of(w.metric, words::events_counted)) {
        thing = before.subject.empty() ? before.metric_text : before.subject;
        if (auto const* event =
                words::ending_one_of(thing, words::events_counted))  // 重大项目开工390个、竣工…
            thing.remove_suffix(event->text.size());
    } else if (words::is_one_of(w.metric, words::owned_measures) ||
               words::is_one_of(w.metric, words::generic_measures)) {
        if (auto const* head = words::ending_one_of(before.metric_text, words::shared_heads))
            thing =
                std::string_view(before.metric_text).substr(0, before.metric_text.size() - head->text.size());
    }
    if (thing.size() >= 6 && w.metric.find(thing) == std::string::npos) w.metric.insert(0, thing);
}

// A metric that names no statistic by itself, named by the clause's verb, the sentence's opener or its owner,
// or the item of a list before it
void qualify(clause const& c, amount_words& w) {
    qualify_by_item_before(c, w);
    qualify_by_item_subject(c, w);
    qualify_part_share(c, w);
    qualify_generic_count(c, w);
    qualify_by_opener(c, w);
    qualify_by_owner(c, w);
}

bool names_the_work(clause const& c, amount_words const& w) {
    bool verb = false;
    for (std::size_t j = w.verbs; j < w.q; ++j) {
        if (c.kw(j, role::increase))
            verb = true;
        else if (!c.blank(j))
            return false;
    }
    return verb;
}

// 筹措7亿元实施就业惠民工程, 安排5亿元用于老旧小区改造: a sum of money raised or set aside (筹措, 安排 or no
// verb at all) whose words after it open with a verb of spending names its purpose; the sum is that purpose's
// funds (就业惠民工程资金). The purpose runs to the clause's end or its next amount, numbers that are no
// amount included (十大…工程).
bool read_purpose(clause const& c, amount_words& w) {
    auto const& a = c.reading(w.q).first;
    if (a.unit_index < 0 || units[static_cast<std::size_t>(a.unit_index)].kind != unit_kind::currency)
        return false;
    // (or a payer alone, kept before the purpose: 中央财政拟投入433亿元用于促进就业 → 中央财政促进就业资金)
    std::string_view const payer = words::without_trailing(
        words::without_trailing(w.metric, words::budgeting_verbs), words::raising_money_verbs);
    bool const paid = words::is_one_of(payer, words::payers_of_a_sum);
    if (!w.metric.empty() && !words::is_one_of(w.metric, words::raising_money_verbs) && !paid) return false;
    std::size_t b = w.after;
    while (b < c.e && c.blank(b)) ++b;
    std::size_t e = b;
    while (e < w.next && !c.kw(e, role::clause_break)) ++e;  // not past the clause's next amount
    std::string_view after_sum = b < e ? c.s.bytes(c.t(b).begin, c.t(e - 1).end) : std::string_view{};
    // 今年拟安排430亿元，用于补助低保住房困难家庭的实物廉租房建设: with nothing after it in its clause, a
    // sum's purpose may open the next clause (用于, 主要用于)
    if (after_sum.empty() && w.next == c.e && c.e < c.s.ast.tokens.size() &&
        c.t(c.e).is(role::clause_break)) {
        std::size_t nb = c.e + 1, ne = nb;
        auto const& toks = c.s.ast.tokens;
        while (ne < toks.size() && !toks[ne].is(role::clause_break) && !toks[ne].is(role::sentence_break) &&
               toks[ne].kind != tk::quantity)
            ++ne;
        if (ne > nb) {
            auto const next =
                words::without_leading(c.s.bytes(toks[nb].begin, toks[ne - 1].end), words::focus_adverbs);
            if (words::starts_with_one_of(next, words::purpose_words)) after_sum = next;
        }
    }
    if (after_sum.empty()) return false;
    std::string_view const purpose = words::without_leading(after_sum, words::spending_verbs);
    bool const spent = purpose.size() < after_sum.size();
    auto metric = trim_text(purpose);
    if (!spent || metric.size() < 6) return false;
    w.metric = (paid ? std::string(payer) : std::string()) + metric + "资金";
    w.metric_begin = w.metric_end = 0;
    if (b < e) w.source_end = e;
    return true;
}

// 4G网络覆盖90%的行政村, 高铁…覆盖80%以上的大城市: a percentage after a verb of reaching, before 的 and a
// noun, is the share of that noun reached; the noun is part of the name (4G网络覆盖行政村), not left out
bool read_share_reached(clause const& c, amount_words& w) {
    auto const& a = c.reading(w.q).first;
    if (a.unit != "%" || !words::ends_with_one_of(w.metric, words::verbs_of_reaching)) return false;
    std::size_t j = w.after;
    while (j < c.e && c.blank(j)) ++j;
    if (j + 1 >= c.e || !c.kw(j, role::of) || !c.text_at(j + 1)) return false;
    std::size_t end = j + 1;
    while (end < w.next && c.text_at(end)) ++end;
    w.metric += trim_text(c.s.bytes(c.t(j + 1).begin, c.t(end - 1).end));
    w.metric_begin = w.metric_end = 0;
    w.source_end = end;
    return true;
}

}  // namespace

// 推动文旅产业增加值增长6%, 稳定基本医疗保险参保率在97%以上: a verb that opens the words is not the name
std::string_view without_opening_verb(std::string_view words) {
    for (auto const& v : words::verbs_before_a_metric)
        if (words.size() > v.text.size() + 3 && common::starts_with(words, v.text)) {
            words.remove_prefix(v.text.size());
            break;
        }
    return words;
}

void read_metric(clause const& c, amount_words& w) {
    std::size_t rb = w.left, re = w.verbs;
    // With a verb of its own before the amount (改造面积达到90万平方米, 建成区人均绿化面积达到17.2平方米)
    // a leading 改造 / 建成 is part of the metric's name, not its verb
    bool const own_verb = c.has_level_verb(w.verbs, w.q);
    std::optional<std::size_t> lead_verb;  // 引进项目: the verb stripped from the front of the metric
    w.list_continues = continues_a_list(c, w);
    rb = skip_leads(c, w, rb, re, own_verb, lead_verb);
    // 完成困难重度残疾人家庭无障碍改造5000户: after the clause's own verb in front, a verb of doing right
    // before the amount names the work done (无障碍改造), it is no second verb
    if (lead_verb && rb < re && re == w.verbs && names_the_work(c, w)) re = w.q;
    split_at_dividers(c, rb, re);
    cut_frame_at_end(c, rb, re);
    while (rb < re && c.keyword(rb) && is_lead(c.t(rb).role) && !(own_verb && c.kw(rb, role::increase))) ++rb;
    while (re > rb) {
        auto const& x = c.t(re - 1);
        if ((x.kind == tk::other && x.punct) || x.is(role::of) || x.is(role::level) || x.is(role::goal_cue)) {
            --re;
            continue;
        }
        break;
    }
    note_measure_words(c, w, rb, re, own_verb);
    // 由1997年的65%提高到…: 由 starts the old value of a change; with no verb of a change in the clause it
    // says who does it (由中央代地方发债4000亿元) and opens no name
    if (!c.has(role::level_after_change) && rb < re && c.kw(rb, role::from)) ++rb;
    for (std::size_t j = rb; j < re; ++j)
        if (c.kw(j, role::from)) {
            re = j;
            break;
        }
    if (rb < re) {
        name_metric(c, w, rb, re, lead_verb);
        drop_own_region(c.s, w);
        w.metric = std::string(without_opening_verb(w.metric));
        // 建设高标准农田300万亩, 推出人工智能标志性产品30个: a verb of making new things that opens the words
        // is what is done, not the name (建设用地 is a name)
        // (分区分类建设高标准农田980万亩: after words of manner too)
        std::string_view const made = words::without_leading(w.metric, words::manner_words);
        for (auto const& v : words::making_verbs)
            if (made.size() > v.text.size() + 3 && common::starts_with(made, v.text) &&
                !words::starts_with_one_of(made, words::names_after_a_making_verb)) {
                w.metric.erase(0, w.metric.size() - made.size() + v.text.size());
                w.made_new = true;
                w.metric = trim_text(w.metric);  // 加装、更新住宅电梯500部: the list break after the verb
                break;
            }
        // 关停小火电机组2617万千瓦, 淘汰燃煤小锅炉5万台: a verb of taking away stays in the name; the amount
        // is what the period takes away
        w.removed = w.removed || words::starts_with_one_of(w.metric, words::removing_verbs);
        // 攻克关键技术105项, 新转化项目40个: a verb of work done to a thing stays in the name; the amount is
        // the period's work — unless a verb of its own states the amount (改造面积达到90万平方米 is a level)
        std::string_view const after_new =
            common::starts_with(w.metric, "新") ? std::string_view(w.metric).substr(3) : std::string_view{};
        w.worked = !w.verb_in_group(c) && (words::starts_with_one_of(w.metric, words::doing_verbs) ||
                                           words::starts_with_one_of(after_new, words::doing_verbs));
        // 改造提升单村水站300座, 建设筹措保障性租赁住房7.2万套: a verb right after the lead verb is part of
        // the verb, not of the name
        if (lead_verb || w.made_new)
            for (auto const& v : words::verbs_after_a_verb)
                if (w.metric.size() > v.text.size() && common::starts_with(w.metric, v.text)) {
                    w.metric.erase(0, v.text.size());
                    break;
                }
    }
    growth_rate_as_growth(c, w);
    drop_frame(w);
    // 三年内参保率: the closer of a span of years may open the token of the words after it
    if (rb < re && rb > c.b && c.t(rb - 1).kind == tk::quantity && years_ahead_of_amount(c, rb - 1) &&
        w.metric_end > 0)
        w.metric = std::string(words::without_leading(w.metric, words::span_closers_in_a_token));
    // 中央财政赤字7500亿元，占国内生产总值比重在3%以内: a share that names only what it is a share of is a
    // share of what the statement before measured
    // (a percentage: 占地面积50亩 is no share; the statement before names something of two characters or
    // more: not 倍)
    if (common::starts_with(w.metric, "占") && c.reading(w.q).first.unit == "%" &&
        c.s.metric_text.size() >= 6)
        w.metric = c.s.metric_text + w.metric;
    // 基本建成500万套, 今年拟先增加50亿元: adverbs alone name nothing, so the clause names nothing of its
    // own; nor does a bare total after a clause that counted something (…7万套，实现“十四五”末总量达到60万套)
    if (only_adverbs(w.metric) ||
        (words::is_one_of(w.metric, words::bare_totals) && !c.s.metric_text.empty())) {
        w.metric.clear();
        w.metric_begin = w.metric_end = 0;
    }

    // 城市居民最低生活保障的覆盖人数，由400多万人扩大到1120多万人: a change that opens its clause is of what
    // the clause before named, when that clause stated no amount of its own
    if (w.metric.empty() && c.s.subject.second > c.s.subject.first && opens_with_change(c)) {
        w.metric = trim_text(c.s.bytes(c.s.subject.first, c.s.subject.second));
        w.metric_begin = w.metric_end = 0;
    }
    if (read_purpose(c, w)) return;
    if (read_share_reached(c, w)) return;
    std::size_t after_end = w.after;
    // 试点范围由8个省扩大到29个省: the words before 由 name what changed; the noun after is what it counts
    bool const named_before_change = !w.metric.empty() && w.level_change && c.has(role::from);
    auto noun = named_before_change ? std::nullopt : counted_noun(c, w);
    // 县级公立医院综合改革试点扩大到1000个县: one character after a change counts what the words before it
    // name (the pilot's counties), no noun of its own
    if (noun && !w.metric.empty() && w.level_change &&
        c.t(noun->second - 1).end - c.t(noun->first).begin <= 3)
        noun.reset();
    if (noun) {
        auto const [j, end] = *noun;
        w.done_to_counted = verb_of_doing_before(c, w);
        for (std::size_t k = j; k < end; ++k)
            if (c.kw(k, role::event)) w.event = std::string(c.bytes(k));
        std::string_view text = c.s.bytes(c.t(j).begin, c.t(end - 1).end);
        std::size_t joiner = 0;  // the longest that ends it (以及 before 及), when a joiner ended the noun
        for (auto const& x : words::list_connectors)
            if (end == w.next && w.next < c.e && text.size() > x.text.size() && x.text.size() > joiner &&
                common::ends_with(text, x.text))
                joiner = x.text.size();
        text.remove_suffix(joiner);
        // …示范点建设也将梯次推进: an adverb before the cue that ended the noun is no part of it
        for (auto const& adverb : words::adverbs_before_a_cue)
            if (end < c.e && text.size() > adverb.text.size() && common::ends_with(text, adverb.text))
                text.remove_suffix(adverb.text.size());
        w.metric = trim_text(text);
        // 关停5000万千瓦小火电机组: a verb of taking away right before the amount names what is counted, as
        // it does written first (关停小火电机组2617万千瓦)
        if (w.q > c.b && c.text_at(w.q - 1))
            for (auto const& v : words::removing_verbs)
                if (common::ends_with(c.bytes(w.q - 1), v.text)) {
                    w.metric.insert(0, v.text);
                    w.removed = true;
                    break;
                }
        qualify(c, w);
        w.metric_begin = w.metric_end = 0;
        w.canonical_from.clear();
        w.source_end = end;
        return;
    }
    if (w.metric.empty()) after_end = words_after(c, w);
    w.source_end = w.after;
    if (w.metric.empty() && !w.after_text.empty() && w.q == c.first_quantity_after(w.left)) {
        w.metric = w.after_text;
        w.metric_begin = w.metric_end = 0;
        w.source_end = after_end;
    }
    // 实施新一轮农村公路提升行动，新（改）建6000公里: an amount whose clause names nothing is of what the
    // clause before worked on, when that clause stated no amount of its own
    if (w.metric.empty() && c.s.subject.second > c.s.subject.first && only_verbs_before(c, w.verbs)) {
        w.metric = object_words(c.s.bytes(c.s.subject.first, c.s.subject.second));
        w.metric_begin = w.metric_end = 0;
    }
    if (w.metric.empty()) {
        w.metric = c.s.metric_text;
        // 续建安置房7550套，新开工1000套以上: a verb of its own replaces what is under way: the thing is
        // taken, not the state the clause before counted it in
        if (c.has(role::increase)) w.metric = std::string(words::without_leading(w.metric, words::under_way));
        w.inherited = true;
        return;
    }
    qualify(c, w);
}

}  // namespace luoshi::dsl::lower
