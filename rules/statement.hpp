#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace luoshi::rules {

using date = boost::gregorian::date;

// What a statement measures about its metric.
enum class measure {
    level,           // 达到 / 实现 / 控制在 X: the value itself
    growth,          // 增长 / 增幅 / 涨幅 X% (a decline is a negative growth)
    average_growth,  // 年均增长 X% over a plan period
    increase,        // 新增 / 新建 / 完成 / 引进 X in the period (a flow)
    change,          // 提高 / 降低 N 个百分点
    share,           // 占比 / 比重 / 率 达到 X%
    progress,        // 完成总工程量的 60%, 占全年目标任务的 70.7%
    milestone,       // 开门营业 / 回迁 / 竣工 of a subject by a deadline
};

enum class comparator { at_least, more_than, at_most, less_than, equal, about, range, direction };

enum class polarity { higher_is_better, lower_is_better, neutral };

enum class strength { none, binding, aspirational };  // none / 确保 / 力争, 争取, 努力

enum class statement_kind { goal, figure };

enum class figure_status { final, estimate, progress };  // 预计 → estimate

// How the number itself was qualified: 70余万 is a little more than 700000, 近2亿 a little less.
enum class vagueness { exact, more_than, less_than, about };

// A closed interval of days: the period a statement covers.
struct period {
    date begin;
    date end;
};

// What the part of a report a statement sits in speaks of (DESIGN.md, "Report structure and time scope").
enum class scope_kind {
    unknown,       // not read from a report's outline, or the outline could not tell
    review_year,   // 一、2025年工作回顾, 过去一年: results of a year
    review_plan,   // 过去五年, “十四五”时期: results of a plan period
    year_targets,  // 今年主要预期目标, 2026年工作安排: goals due at the year's end
    plan_targets,  // “十五五”时期主要目标, 今后五年: goals due at the plan's end
    vision,        // 到2035年: goals due 2035-12-31
    other,         // the government's own conduct, thanks, closing: neither, unless a sentence says
};

struct time_scope {
    scope_kind kind = scope_kind::unknown;
    int from = 0, to = 0;   // the years it covers: reviewed, or targeted (year_targets: from = to = the year)
    bool inferred = false;  // told by the content of the part or the part before it, not by words of its own:
                            // a sentence's cues then come first
};

struct source {
    std::string report;     // path or label of the report
    std::string digest;     // the SHA-1 of the report's bytes, when read from a file: its identity
    std::size_t start = 0;  // byte offsets into the file as read, end exclusive
    std::size_t end = 0;
    std::string text;  // exactly those bytes
};

// One quantified or dated claim, as read from a phrase: a goal or a figure.
struct statement {
    statement_kind kind = statement_kind::goal;
    std::string region;
    std::string metric;       // canonical name (the catalog's), or the words as written
    std::string metric_text;  // as written
    rules::measure measure = measure::level;
    rules::comparator comparator = comparator::equal;
    std::optional<double> value;      // base unit; the lower bound of a range
    std::optional<double> low, high;  // range bounds
    std::vector<double> parts;        // ratios: 1:82.4:16.6
    std::string unit;                 // base unit: 元, 人, %, pp, 平方米, ... ("" for a bare number)
    std::string unit_text;            // as written: 万人, 亿元, ％
    vagueness vague = vagueness::exact;
    int direction = 0;                    // 只增不减 → +1, 只减不增 → -1 (comparator direction)
    std::optional<date> deadline;         // goals: last day of the period the goal covers
    std::optional<rules::period> period;  // figures: the period described; goals: the period targeted
    std::optional<date> as_of;            // figures: 截至8月底
    std::optional<date> reported;         // the date of the report that states it (a later report wins)
    rules::strength strength = strength::none;
    figure_status status = figure_status::final;
    std::string subject;  // milestones: 蓝天广场
    std::string event;    // milestones: 开门营业
    bool not_done = false;  // a milestone figure that says the event has not happened, or stopped (尚未回迁)
    std::optional<double> tolerance;          // for `about`; unset means the policy default
    std::optional<rules::polarity> polarity;  // a goal's own, over the catalog's (a rule file's `polarity:`)
    // a goal whose target is another statistic's figure for the same period and measure, not a number:
    // 居民收入增长与经济增长同步 → metric 居民人均可支配收入, growth about that of relative_to 地区生产总值
    std::string relative_to;
    time_scope scope;  // the scope of the part of the report it was read in
    std::string node;  // that part: the headings above it, outermost first, joined by " › "
    bool headline = false;  // a goal of the passage listing the main targets (今年…的主要预期目标是：…)
    std::string id;  // given by hand (a rule file's `id:`) or as stored; empty: derived (rules/identity.hpp)
    source src;
};

// A rate (%) or a change in points (pp): the judge reads its 左右 tolerance in percentage points, an amount's
// as a share of the target. Loaders, writers and pages use this same rule.
inline bool is_rate_unit(std::string_view unit) { return unit == "%" || unit == "pp"; }

}  // namespace luoshi::rules
