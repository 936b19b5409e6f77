#pragma once

#include "dsl/lower/clause.hpp"

#include <cstddef>
#include <optional>
#include <string>

// The words around one amount, gathered step by step (statement.cpp, metric_span.cpp, measure.cpp) before
// its statement is built:
//   力争 | 农村居民人均可支配收入 | 增长 | 9.5% | 以上
//   lead   metric                  verb   amount  suffix
namespace luoshi::dsl::lower {

struct amount_words {
    std::size_t q = 0;      // the quantity token
    std::size_t left = 0;   // where this amount's words start: the clause's start, or after the amount before
    std::size_t next = 0;   // the next amount's token, or the clause's end
    std::size_t after = 0;  // the first token after the amount and its suffixes

    // The suffixes (以上, 左右, 只增不减) and the verb group: the keywords right before the amount
    // (控制在, 增长, 不低于, 预期增长目标为), tokens [verbs, q)
    std::optional<comparator> suffix_cmp, prefix_cmp;
    int direction = 0;
    std::size_t verbs = 0;
    rules::vagueness vague = rules::vagueness::exact;
    bool growth = false, decline = false, average = false, level_cap = false, level_change = false,
         increase = false, share = false, part_of = false, of_before = false;
    bool against_year_before = false;  // 比上年增加1304.8亿元: the verb group compares with the year before

    // The metric: its words, where they are, and how they were found
    std::string metric;
    std::string canonical_from;  // the words to look the metric up by, when not the metric itself
    std::size_t metric_begin = 0, metric_end = 0;  // bytes; 0, 0 when the words are not before the amount
    bool measure_in_run = false;  // a verb of the measure among the words before (减少农村贫困人口1000万人)
    bool list_continues = false;  // 下降40%和20%, 建成公厕16座、菜市场5个: the verb before carries on
    bool inherited = false;       // no words of its own: the metric of the statement before
    bool made_new = false;  // 建设高标准农田300万亩: a verb of making new things opened the words (dropped)
    bool removed = false;  // 关停小火电机组2617万千瓦: a verb of taking away names the metric (kept)
    bool worked = false;   // 攻克关键技术105项: a verb of work done to a thing names the metric (kept)
    bool done_to_counted = false;  // 建设65个社区微型消防站: a verb of doing, then the count and its noun
    std::string event;             // 确保13个以上项目竣工: the event named after the amount
    std::string after_text;        // ... and the words after the amount that name what it counts
    std::size_t source_end = 0;  // the token after the words the statement's source takes in

    bool verb_in_group(clause const& c) const { return verbs < q && c.has_any_verb(verbs, q); }
};

// metric_span.cpp: the metric's words, before the verb group or, with none there, after the amount
void read_metric(clause const& c, amount_words& w);

// measure.cpp
struct measure_choice {
    measure m = measure::level;
    bool progress = false;  // a share of a target or of the whole work
    double sign = 1;        // −1 for a fall (下降3.1%)
};
measure_choice choose_measure(clause const& c, amount_words const& w);
// The comparator the words state, and whether they state one
std::pair<comparator, bool> stated_comparator(amount_words const& w, quantity_reading const& r);

}  // namespace luoshi::dsl::lower
