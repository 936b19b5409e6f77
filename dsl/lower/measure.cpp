// What an amount measures about its metric — a level, a growth, an increase, a change in points, a share,
// progress — decided by the first row of a table that fits the words around it; and the comparator its
// suffix, prefix or verb states.
#include "dsl/lower/amount_words.hpp"

namespace luoshi::dsl::lower {

namespace {

using namespace std::string_view_literals;

// What the rows look at.
struct measure_facts {
    clause const& c;
    amount_words const& w;
    amount_value const& a;
    bool pct;       // a percentage or a fraction (not points)
    bool progress;  // a percentage of a target or of the whole work
    bool rate;      // the metric's name ends as a rate or a share does (城镇化率, 服务业比重)
};

struct measure_row {
    std::string_view example;
    std::optional<measure> (*applies)(measure_facts const&);
};

using m = std::optional<measure>;

constexpr measure_row measure_table[] = {
    {"提高3个百分点",
     [](measure_facts const& f) -> m {
         return f.a.mark == ast::mark::points ? m(measure::change) : std::nullopt;
     }},
    {"占全年目标任务的70.7%",
     [](measure_facts const& f) -> m { return f.progress ? m(measure::progress) : std::nullopt; }},
    {"年均增长7%",
     [](measure_facts const& f) -> m {
         return f.w.average && f.pct ? m(measure::average_growth) : std::nullopt;
     }},
    // 居民消费价格涨幅回落到2.6% is still a growth
    {"城镇化率提高到60%",
     [](measure_facts const& f) -> m {
         if (!f.w.level_change || (f.w.growth && f.pct)) return std::nullopt;
         return (f.w.share || f.rate) && f.pct ? measure::share : measure::level;
     }},
    {"地区生产总值增长8%",
     [](measure_facts const& f) -> m {
         return (f.w.growth || f.w.decline) && f.pct ? m(measure::growth) : std::nullopt;
     }},
    // 比上年增加1304.8亿元: an amount more than the year before is a change in the level, not what the period
    // adds (a year's spending of 9884.5亿元 adds 9884.5亿元)
    {"比上年增加1304.8亿元",
     [](measure_facts const& f) -> m {
         return (f.w.growth || f.w.decline) && !f.pct && f.w.against_year_before ? m(measure::change)
                                                                                 : std::nullopt;
     }},
    // 其中棚户区改造580万套，增加110万套: a bare 增加 with no words of its own, after an amount of the same
    // thing in the same unit, is how much more than the year before (both hold only so)
    {"其中棚户区改造580万套，增加110万套",
     [](measure_facts const& f) -> m {
         auto const& out = f.c.s.out.statements;
         if (!(f.w.growth || f.w.decline) || f.pct || !f.w.inherited || out.size() <= f.c.s.sentence_first)
             return std::nullopt;
         bool bare = false;  // (增加 or 减少 alone: not 增长, 下降, 比上年…)
         for (std::size_t j = f.w.verbs; j < f.w.q; ++j)
             bare = bare || (f.c.keyword(j) && words::is_one_of(f.c.bytes(j), words::adding_or_taking));
         if (!bare) return std::nullopt;
         auto const& before = out.back();
         bool const same = before.unit == f.a.unit &&
                           (before.measure == measure::level || before.measure == measure::increase);
         return same ? m(measure::change) : std::nullopt;
     }},
    {"城镇居民收入增加2000元",
     [](measure_facts const& f) -> m {
         return (f.w.growth || f.w.decline) && !f.pct ? m(measure::increase) : std::nullopt;
     }},
    {"服务业比重达到45%",
     [](measure_facts const& f) -> m {
         return (f.w.share || f.rate || f.w.part_of) && f.pct ? m(measure::share) : std::nullopt;
     }},
    {"实现80%群众的回迁",
     [](measure_facts const& f) -> m {
         return f.pct && !f.w.after_text.empty() && f.w.metric == f.w.after_text ? m(measure::share)
                                                                                 : std::nullopt;
     }},
    {"新增城镇就业3.2万人",
     [](measure_facts const& f) -> m {
         return f.w.increase && !f.pct ? m(measure::increase) : std::nullopt;
     }},
    // 规模以上工业增加值增长12%，社会消费品零售总额15%: an amount with no words of its own takes the measure
    // before it, when it is the same kind of number. An item that names its own metric and compares it with a
    // word of its own (新增并网4000万千瓦、发电量超3000亿度) says a level: 超 is its verb.
    {"下降40%和20%",
     [](measure_facts const& f) -> m {
         auto const& before = f.c.s.inherited_measure;
         if (!(f.w.inherited || f.w.list_continues) || !before || f.w.verb_in_group(f.c)) return std::nullopt;
         if (f.w.prefix_cmp && !f.w.inherited && !f.pct) return std::nullopt;
         bool const before_pct = *before == measure::growth || *before == measure::share;
         return f.pct == before_pct ? before : std::nullopt;
     }},
    {"减少农村贫困人口1000万人",
     [](measure_facts const& f) -> m {
         return !f.w.metric.empty() && !f.pct && f.w.measure_in_run ? m(measure::increase) : std::nullopt;
     }},
    // a percentage that is no growth, change or progress is a share
    {"森林覆盖率40%", [](measure_facts const& f) -> m { return f.pct ? m(measure::share) : std::nullopt; }},
};

// 占全年目标任务的70.7%, 完成总工程量的60%: a percentage of a target or of the whole work, after 的; 占总拆迁
// 户数的39% is a share of households.
bool is_progress(clause const& c, amount_words const& w, bool pct) {
    if (!w.of_before || !pct) return false;
    if (words::contains_one_of(w.metric, words::progress_in_metric)) return true;
    std::size_t const from = w.part_of ? c.b : w.left;
    return words::contains_one_of(c.s.bytes(c.t(from).begin, c.t(w.q).begin), words::progress_before_amount);
}

}  // namespace

measure_choice choose_measure(clause const& c, amount_words const& w) {
    auto const& a = c.reading(w.q).first;
    bool const pct = a.unit == "%"sv || a.mark == ast::mark::fraction;
    measure_facts const f{
        c, w, a, pct, is_progress(c, w, pct), words::ends_with_one_of(w.metric, words::rate_endings)};
    measure_choice out;
    out.progress = f.progress;
    for (auto const& row : measure_table)
        if (auto const chosen = row.applies(f)) {
            out.m = *chosen;
            break;
        }
    // 下降40%和20%: the second amount of a list falls too
    auto const& before = c.s.inherited_measure;
    bool const carries_sign =
        w.list_continues && !w.verb_in_group(c) && c.s.last_sign < 0 && before && out.m == *before;
    bool const falls = w.decline && out.m != measure::share && out.m != measure::level;
    out.sign = falls || carries_sign ? -1 : 1;
    if (a.value < 0) out.sign = 1;  // 负 already written
    return out;
}

std::pair<comparator, bool> stated_comparator(amount_words const& w, quantity_reading const& r) {
    if (r.second) return {comparator::range, true};
    if (w.suffix_cmp) return {*w.suffix_cmp, true};
    if (w.prefix_cmp) return {*w.prefix_cmp, true};
    if (w.level_cap) return {comparator::at_most, true};  // 控制在
    return {comparator::equal, false};
}

}  // namespace luoshi::dsl::lower
