// One amount read into a statement: its suffixes and verb group, its metric (metric_span.cpp), measure and
// comparator (measure.cpp), goal or figure and time (kind_period.cpp), and the source: the words the
// statement spans in the text.
//   力争城镇居民人均可支配收入增长9%以上 → goal, 城镇居民人均可支配收入, growth, ≥ 9 %, aspirational.
#include "common/text.hpp"
#include "dsl/lower/amount_words.hpp"
#include "dsl/time.hpp"

#include <algorithm>

namespace luoshi::dsl::lower {

namespace {

// Tokens right after a quantity that qualify it: 以上, 左右, 只增不减. Returns the token after them.
std::size_t read_suffixes(clause const& c, amount_words& w) {
    std::size_t j = w.q + 1;
    while (j < w.next) {
        if (c.blank(j)) {
            ++j;
            continue;
        }
        if (!c.keyword(j)) break;
        auto const r = c.t(j).role;
        if (r == role::suffix_at_least)
            w.suffix_cmp = comparator::at_least;
        else if (r == role::suffix_at_most)
            w.suffix_cmp = comparator::at_most;
        else if (r == role::suffix_about)
            w.suffix_cmp = comparator::about;
        else if (r == role::direction_up || r == role::direction_down) {
            w.suffix_cmp = comparator::direction;
            w.direction = r == role::direction_up ? 1 : -1;
        } else
            break;
        ++j;
    }
    return j;
}

// The verb group: keywords right before the quantity (控制在, 增长, 不低于, 预期增长目标为), and what they
// say.
void read_verb_group(clause const& c, amount_words& w) {
    bool territory = false;  // 扩大到全国40%: a share of the whole territory
    std::size_t vg = w.q;
    while (vg > w.left) {
        std::size_t const j = vg - 1;
        // 提高到2015年的55%: the year the amount is of sits between the verb and the amount
        bool const year_of = c.t(j).kind == tk::time && j + 1 < w.q && c.kw(j + 1, role::of) && j > w.left &&
                             c.keyword(j - 1) && is_verb(c.t(j - 1).role);
        // 用于“三农”的投入拟安排9884.5亿元: a verb right after 的 is a noun, the head of the metric's name
        if (j > w.left && c.verb_as_noun(j)) break;
        // 试点范围扩大到全国40%: the whole territory between the verb and a percentage is what it is a share
        // of
        bool const share_of_territory = c.kw(j, role::region) && j + 1 == w.q && j > w.left &&
                                        (c.kw(j - 1, role::level_after_change) || c.kw(j - 1, role::level)) &&
                                        c.reading(w.q).first.unit == "%";
        territory = territory || share_of_territory;
        bool const part = c.blank(j) || (c.keyword(j) && is_verb(c.t(j).role)) || year_of ||
                          share_of_territory ||
                          (c.t(j).kind == tk::other && words::is_one_of(c.bytes(j), words::verb_particles));
        // 提高到人均1196元, 人均每年增长10%: who and when the amount is per, by the verb (the tokens may cut
        // it: 人均每 | 年)
        std::size_t per = j + 1;
        for (std::size_t k = j + 1; !part && k > w.left && c.t(k - 1).kind == tk::other && !c.t(k - 1).punct;
             --k)
            if (words::is_one_of(c.s.bytes(c.t(k - 1).begin, c.t(j).end), words::per_words)) per = k - 1;
        if (!part && per > j) break;
        vg = part ? j : per;
    }
    w.verbs = vg;
    if (territory) w.share = true;
    for (std::size_t j = vg; j < w.q; ++j) {
        if (words::starts_with_one_of(c.bytes(j), words::against_year_before)) w.against_year_before = true;
        if (!c.keyword(j)) continue;
        switch (c.t(j).role) {
            case role::growth: w.growth = true; break;
            case role::decline: w.decline = true; break;
            case role::average_growth: w.average = true; break;
            case role::level_at_most: w.level_cap = true; break;
            case role::level_after_change: w.level_change = true; break;
            case role::increase: w.increase = true; break;
            case role::share: w.share = true; break;
            case role::compare_at_least: w.prefix_cmp = comparator::at_least; break;
            case role::compare_more_than: w.prefix_cmp = comparator::more_than; break;
            case role::compare_at_most: w.prefix_cmp = comparator::at_most; break;
            case role::compare_less_than: w.prefix_cmp = comparator::less_than; break;
            case role::compare_about: w.prefix_cmp = comparator::about; break;
            case role::vague_less: w.vague = rules::vagueness::less_than; break;
            case role::vague_more: w.vague = rules::vagueness::more_than; break;
            case role::of:
                if (j + 1 == w.q) w.of_before = true;
                break;
            default: break;
        }
    }
    if (w.q > w.left && c.kw(w.q - 1, role::of)) w.of_before = true;
    for (std::size_t j = c.b; j < w.q; ++j)
        if (c.kw(j, role::part_of)) w.part_of = true;
}

// 占目标任务2580人的108%, 年度目标5亿元: the amount right after a word that names a target is that target
// — but after 超 or 高于 (超国家考核目标14.8个百分点) the amount is the margin a result beat the target by
bool named_target(clause const& c, amount_words const& w) {
    std::size_t j = w.q;
    while (j > w.left && c.blank(j - 1)) --j;
    if (!(j > w.left && c.kw(j - 1, role::goal_cue) && words::is_one_of(c.bytes(j - 1), words::target_nouns)))
        return false;
    for (std::size_t k = c.b; k + 1 < j; ++k)
        if (c.kw(k, role::compare_more_than)) return false;
    return true;
}

// 由2010年的162.4亿元增加到2015年的300亿元: the starting amount with its own year is a figure of that year,
// a level, whatever the part of the report says (the one after it is the level reached, or the target)
void read_baseline(clause const& c, amount_words const& w, std::size_t time, statement& st) {
    auto const& s = c.s;
    auto const& r = c.reading(w.q);
    st.kind = statement_kind::figure;
    bool const rate = r.first.unit == "%" || r.first.unit == "pp";
    st.measure = rate ? measure::share : measure::level;
    st.comparator = comparator::equal;
    st.strength = rules::strength::none;
    st.reported = s.ctx.reference;
    auto const resolved = resolve(s.ast.times[c.t(time).index], s.ctx.reference);
    if (resolved.period) st.period = resolved.period;
}

// 竣工安居房1.4万套: an event that opens the words before the amount tells what the year adds
bool event_leads(clause const& c, amount_words const& w) {
    std::size_t j = w.left;
    while (j < w.q && (c.blank(j) || c.t(j).kind == tk::time || c.kw(j, role::strength_binding) ||
                       c.kw(j, role::strength_aspiration) || c.kw(j, role::goal_cue)))
        ++j;
    return j < w.q && c.kw(j, role::event) && !names_a_thing(c, j);  // not 通车总里程
}

// A unit that counts things (个, 项, 家), by its base
bool counts_things(std::string_view base) {
    for (auto const& u : units)
        if (u.base == base) return u.kind == unit_kind::count;
    return false;
}

// 打造区域性养老服务中心7个，社区养老服务站22个: a clause with no verb of its own, right after a goal of what
// the year adds in the same sentence and counted in the same unit — or both counts of things
// (再推出30个“高效办成一件事”、150项“全区通办”事项) — goes on with that verb
bool carries_increase(clause const& c, amount_words const& w, std::string_view unit) {
    auto const& out = c.s.out.statements;
    if (out.size() <= c.s.sentence_first || unit.empty()) return false;
    // no keyword of its own before the amount (a verb, a cue, a comparator) but words and list breaks
    for (std::size_t j = c.b; j < w.q; ++j)
        if (c.keyword(j) && !c.kw(j, role::word) && !c.kw(j, role::list_break)) return false;
    auto const& before = out.back();
    auto const& a = c.reading(w.q).first;
    bool const money =
        a.unit_index >= 0 && units[static_cast<std::size_t>(a.unit_index)].kind == unit_kind::currency;
    bool const same_kind = before.unit == unit || (counts_things(before.unit) && counts_things(unit));
    return !money && before.kind == statement_kind::goal && before.measure == measure::increase && same_kind;
}

// 新增发电装机容量4.45亿千瓦，其中水电9601万千瓦: a part named after 其中, with no verb of its own, of an
// amount added just before in the same unit (or both counts of things: 建设农村“水盆子”684个，其中水库5座) is
// added too — a part no larger than the whole (赤字12000亿元，比去年增加4000亿元，其中中央财政赤字8500亿元 is
// part of the deficit, not of its rise)
bool part_of_increase(clause const& c, amount_words const& w, std::string_view unit) {
    auto const& out = c.s.out.statements;
    if (out.size() <= c.s.sentence_first || unit.empty() || w.verb_in_group(c)) return false;
    auto const& before = out.back();
    bool const same_kind = before.unit == unit || (counts_things(before.unit) && counts_things(unit));
    if (before.measure != measure::increase || !same_kind || !before.value) return false;
    if (c.reading(w.q).first.value > *before.value) return false;
    return c.part_named_before(w.q);
}

comparator reversed(comparator cmp) {
    switch (cmp) {
        case comparator::at_least: return comparator::at_most;
        case comparator::at_most: return comparator::at_least;
        case comparator::more_than: return comparator::less_than;
        case comparator::less_than: return comparator::more_than;
        default: return cmp;
    }
}

// The value, a range's bounds or a ratio's parts, signed and scaled.
void set_value(statement& st, quantity_reading const& r, measure_choice const& mc) {
    auto const& a = r.first;
    // 三分之一, 2/3: a share, stated in percent as every share is (减少三分之一 is a fall of 33.3%;
    // 完成总工程量 的2/3 is 66.7% of the work), as 一半 is 50%
    bool const fraction = a.mark == ast::mark::fraction;
    double const scale = fraction ? 100 : 1;
    if (fraction) st.unit = "%";
    if (st.comparator == comparator::direction) {
        st.value.reset();
    } else if (r.second) {
        double lo = a.value * mc.sign * scale, hi = r.second->value * mc.sign * scale;
        if (lo > hi) std::swap(lo, hi);
        st.low = lo;
        st.high = hi;
        st.unit = fraction ? "%" : a.unit.empty() ? r.second->unit : a.unit;
        st.unit_text = r.second->unit_text;
    } else {
        st.value = a.value * mc.sign * scale;
    }
    st.parts = r.ratio;
    if (!r.ratio.empty()) {
        st.unit = "ratio";
        st.value.reset();
        // 农产品加工业总产值与农业总产值之比突破1：1: a ratio of two is their quotient (a structure of three
        // is its parts only)
        if (r.ratio.size() == 2 && r.ratio[1] != 0 && st.comparator != comparator::direction)
            st.value = r.ratio[0] / r.ratio[1];
    }
}

// The source starts where the statement's own words do: its metric, else the clause (or what follows the
// statement before it in the clause), keeping a strength or a date that leads the metric in the same clause
// (力争年内引进项目…).
void set_source(clause const& c, amount_words const& w, statement& st) {
    std::size_t left_text = w.left;
    while (left_text < w.q && (c.blank(left_text) || c.kw(left_text, role::of) ||
                               (c.t(left_text).kind == tk::other && c.t(left_text).punct)))
        ++left_text;
    std::size_t begin = w.left == c.b ? c.first_meaningful(c.b) : c.t(left_text).begin;
    std::size_t const mb = w.metric_begin;
    if (mb > 0 && mb > begin) {
        std::size_t lead = mb;
        for (std::size_t j = w.left; j < w.q && c.t(j).begin < mb; ++j)
            if (c.t(j).kind == tk::time || c.kw(j, role::strength_binding) ||
                c.kw(j, role::strength_aspiration) || c.kw(j, role::estimate_cue) ||
                c.kw(j, role::increase) || c.kw(j, role::level) || c.kw(j, role::decline) ||
                years_ahead_of_amount(c, j))
                lead = std::min(lead, c.t(j).begin);
        begin = lead;
    }
    std::size_t const end = c.t(std::max(w.after, w.source_end) - 1).end;
    st.src.start = std::min(begin, c.t(w.q).begin);
    st.src.end = std::max(end, c.t(w.q).end);
    st.src.text = std::string(c.s.bytes(st.src.start, st.src.end));
}

}  // namespace

bool starts_a_change(clause const& c, std::size_t i) {
    auto skip_blanks = [&c](std::size_t j) {
        while (j < c.e && c.blank(j)) ++j;
        return j;
    };
    std::size_t j = skip_blanks(i + 1);
    // 分别从771家、481家增加到…: every amount of a list before the verb is a starting one
    while (j < c.e && (c.kw(j, role::list_break) ||
                       (c.t(j).kind == tk::other && words::is_one_of(c.bytes(j), words::list_connectors)))) {
        std::size_t const k = skip_blanks(j + 1);
        if (!(k < c.e && c.t(k).kind == tk::quantity)) break;
        j = skip_blanks(k + 1);
    }
    // 从12个县扩大到40个: what the starting amount counts may come between it and the verb
    std::size_t const after_noun = [&] {
        std::size_t k = j;
        while (k < c.e && (c.text_at(k) || c.blank(k))) ++k;
        return k;
    }();
    if (after_noun > j && after_noun < c.e && c.kw(after_noun, role::level_after_change)) j = after_noun;
    if (!(j < c.e && c.kw(j, role::level_after_change) && i > c.b)) return false;
    for (std::size_t k = c.b; k < i; ++k)
        if (c.kw(k, role::from)) return true;
    return false;
}

std::optional<std::size_t> baseline_time(clause const& c, std::size_t i) {
    if (!starts_a_change(c, i)) return std::nullopt;
    std::optional<std::size_t> from, time;
    for (std::size_t k = c.b; k < i; ++k) {
        if (c.kw(k, role::from)) from = k, time.reset();
        if (from && c.t(k).kind == tk::time && c.s.ast.times[c.t(k).index].year) time = k;
    }
    return time;
}

// Whether the text opens with a year or a time compared with (2002年, 上年, 去年, “十三五”末)
bool compared_with_a_year(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    return (digits == 4 && text.substr(digits).substr(0, 3) == "年") ||
           words::starts_with_one_of(text, words::years_compared_with);
}

// 中央财政预算拟安排补助资金, 中央财政安排社会保障支出: the payer's verb of budgeting is no part of the
// name (中央财政补助资金, 中央财政社会保障支出), as the reports' results name the same sums without it
std::string without_budgeting_verb(std::string metric) {
    for (auto const& payer : words::payers) {
        auto const at = metric.find(payer.text);
        if (at == std::string::npos) continue;
        auto const after = at + payer.text.size();
        for (auto const& verb : words::budgeting_verbs)
            if (std::string_view(metric).substr(after).substr(0, verb.text.size()) == verb.text &&
                metric.size() > after + verb.text.size()) {
                metric.erase(after, verb.text.size());
                return metric;
            }
    }
    return metric;
}

std::size_t read_amount(clause const& c, std::size_t q, std::size_t left, std::size_t next) {
    auto& s = c.s;
    auto const& r = c.reading(q);
    amount_words w;
    w.q = q;
    w.left = left;
    w.next = next;
    w.after = read_suffixes(c, w);
    read_verb_group(c, w);
    read_metric(c, w);
    auto const mc = choose_measure(c, w);

    statement st;
    auto [cmp, explicit_cmp] = stated_comparator(w, r);
    if (r.first.num.flags & ast::vague_more) w.vague = rules::vagueness::more_than;
    // 控制在 with no 以内 states a result as often as a cap (居民消费价格涨幅控制在2.6%); 突破 / 超过 tell of
    // a result as often as of a target (进出口总额突破4万亿美元): neither is a goal cue alone
    bool const weak_prefix =
        (w.prefix_cmp == comparator::more_than || w.prefix_cmp == comparator::about) && !w.suffix_cmp;
    bool const goal_comparator =
        (r.second || w.suffix_cmp || (w.prefix_cmp && !weak_prefix)) && cmp != comparator::equal;
    st.kind = decide_kind(c, {goal_comparator, mc.progress, named_target(c, w)});
    // 计划完成近17万平方米: a goal of nearly an amount is about it, not at least it
    if (st.kind == statement_kind::goal && !explicit_cmp)
        cmp = w.vague == rules::vagueness::less_than ? comparator::about : comparator::at_least;
    if (st.kind == statement_kind::figure && w.level_cap && !w.suffix_cmp && !w.prefix_cmp)
        cmp = comparator::equal;
    // 国有企业资产总额比2002年增长60.98%, 工商业电价较上年下降3%: 比 / 较 before the year compared with is no
    // part of the name (城乡居民收入比降至2.2 names a ratio: no year follows it)
    bool const year_compared = w.metric_end > 0 && compared_with_a_year(c.s.text.substr(w.metric_end));
    std::string metric = without_unmatched_quotes(std::move(w.metric));
    if (year_compared) metric = trim_text(words::without_trailing(metric, words::comparing_words));
    if (mc.m == measure::progress) {
        // the metric of a progress figure is what progresses: the words before 已完成 / 完成
        for (auto const& cut : words::progress_cuts) {
            auto const at = metric.find(cut.text);
            if (at == std::string::npos) continue;
            if (at > 0) metric = trim_text(metric.substr(0, at));
            break;
        }
    }
    if (mc.sign < 0) cmp = reversed(cmp);  // 下降3.1%以上: at least a 3.1% fall, so growth ≤ −3.1
    // 比率再降低0.5个百分点: an adverb before the verb is no part of the name
    metric = trim_text(words::without_trailing(metric, words::adverbs_before_a_verb));
    metric = trim_text(words::without_trailing(metric, words::sum_words));  // 财政赤字合计9500亿元
    // 二氧化硫、化学需氧量排放量都要减少2%: after a list, 都 / 均 says each item (not 进首都)
    if (words::contains_one_of(metric, words::respectively_separators))
        metric = trim_text(words::without_trailing(metric, words::each_of_a_list));
    // 补助标准提高到每人每年240元: who and when the amount is per, and the verb before, are no part of the
    // name
    for (auto const& per : words::per_words)
        if (metric.size() > per.text.size() && common::ends_with(metric, per.text)) {
            metric.erase(metric.size() - per.text.size());
            for (auto const& k : keywords)
                if ((k.role == role::level_after_change || k.role == role::level) &&
                    metric.size() > k.text.size() && common::ends_with(metric, k.text)) {
                    metric.erase(metric.size() - k.text.size());
                    break;
                }
            metric = trim_text(metric);
            break;
        }
    // 食品抽检每千人5批次: 每千人 went into the unit (批/千人), not the metric's name
    if (!r.first.per.empty()) {
        std::string const per = "每" + r.first.per;
        if (metric.size() > per.size() && common::ends_with(metric, per))
            metric = trim_text(metric.substr(0, metric.size() - per.size()));
    }

    metric = without_budgeting_verb(std::move(metric));
    auto const* cat = s.ctx.catalog;
    // 扣除房地产开发投资后，固定资产投资增长2.7%: without a part it is another statistic, named so
    if (!s.excluding.empty() && !metric.empty()) metric += "（扣除" + s.excluding + "）";
    auto const* def =
        cat ? cat->find(w.canonical_from.empty() || !s.excluding.empty() ? metric : w.canonical_from)
            : nullptr;
    st.metric = def ? def->name : metric;
    // A goal on a lower-is-better metric with no comparator word is a ceiling (城镇登记失业率4.5%)
    if (def && st.kind == statement_kind::goal && !explicit_cmp &&
        def->polarity == rules::polarity::lower_is_better && mc.m != measure::change && mc.sign > 0)
        cmp = comparator::at_most;
    // and on a metric where neither side is better it is the amount planned (今年拟安排财政赤字2.18万亿元,
    // 赤字率提高到3%): judged within the tolerance, not as a floor that a larger deficit would meet
    if (def && st.kind == statement_kind::goal && !explicit_cmp && def->polarity == rules::polarity::neutral)
        cmp = comparator::equal;
    // 建设65个社区微型消防站, 启动25个城中村改造项目: a goal of a count done to things named after it is what
    // the period adds, not a stock to reach; so, in a goal or a result, are things made new (建设高标准农田
    // 300万亩) and things to which an event happens (确保13个以上项目竣工, 企业入驻10家以上: the event ends
    // the metric's words)
    bool const counted_done = st.kind == statement_kind::goal && (w.done_to_counted || event_leads(c, w) ||
                                                                  carries_increase(c, w, r.first.unit));
    bool const happened = mc.m == measure::level && words::ends_with_one_of(metric, words::events_counted);
    // 加快2条在建国际海缆建设, 续建安置房7550套: things already under way are counted, not added
    bool const under_way = words::starts_with_one_of(metric, words::under_way);
    bool const added = mc.m == measure::level && !under_way &&
                       (counted_done || w.made_new || w.removed || w.worked || happened ||
                        part_of_increase(c, w, r.first.unit));
    st.measure = added ? measure::increase : mc.m;
    st.comparator = cmp;
    st.direction = w.direction;
    st.unit = r.first.unit;
    st.unit_text = r.first.unit_text;
    // 30万元/人, 35微克/立方米: counted per a unit, a unit of its own (元/人, 微克/立方米), never compared
    // with 元 or 克; its numerator keeps the unit as written (35 微克/立方米, not 3.5e-05 克/立方米),
    // multipliers read
    if (!r.first.per.empty() && r.first.unit_index >= 0) {
        auto const& u = units[static_cast<std::size_t>(r.first.unit_index)];
        st.unit = std::string(u.text) + "/" + r.first.per;
        st.unit_text += "/" + r.first.per;
    }
    st.vague = w.vague;
    set_value(st, r, mc);
    if (!r.first.per.empty() && r.first.unit_index >= 0) {
        double const scale = units[static_cast<std::size_t>(r.first.unit_index)].scale;
        for (auto* v : {&st.value, &st.low, &st.high})
            if (*v && scale != 0) **v /= scale;
    }
    if (!w.event.empty() && mc.m != measure::progress) {
        st.event = w.event;
        auto const pos = metric.rfind(w.event);
        st.subject = trim_text(pos == std::string::npos ? metric : metric.substr(0, pos));
    }
    // 争取到位资金3.5亿元 in a review tells what was obtained: a figure has no strength
    st.strength = st.kind == statement_kind::goal ? s.strength : rules::strength::none;
    apply_time(s, st);
    if (auto const time = baseline_time(c, q)) read_baseline(c, w, *time, st);
    set_source(c, w, st);

    // the metric as written goes to the statement, and stays for the clauses after it
    s.metric_text = metric;
    st.metric_text = std::move(metric);
    if (mc.m != measure::progress)
        s.inherited_measure = st.measure;  // as decided: 建设…684个，其中水库5座、淤地坝20座
    s.last_sign = mc.sign;
    s.out.statements.push_back(std::move(st));
    return std::max(w.after, w.source_end);
}

}  // namespace luoshi::dsl::lower
