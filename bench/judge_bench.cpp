// Judging throughput on one core: engine::judge over 100,000 goals and 1,000,000 figures, peak memory,
// and the cost at 1/4, 1/2 and all of the data, to see that it grows linearly.
//
// The data is made up, deterministically (std::mt19937_64, fixed seed), in the shape the reader produces:
// 2,000 regions (示例区0001 ...) with 50 goals each, metrics from the built-in catalog, years 2010-2020.
// Goals are growth rates (≥ / 左右 / ≤ / a range, in %), flows to reach (新增 X 人 or 元 以上), caps on a
// flow (控制在 X 元以内), directions (只减不增) and milestones (subject + event by Dec 31). Each goal's
// period is its calendar year, its deadline Dec 31 and it is reported on Jan 20 of that year.
//
// Every goal brings exactly 10 figures, in goal order: the year's figures for its region and metric (the
// full year, reported on Jan 20 of the next year, 10% of them estimates, a few revised a year later;
// cumulative Jan-Feb/Mar/May/Jun/Aug/Sep figures with their as_of, reported ~20 days after the month; the
// yearly levels of the year and the one before, from which a growth can be derived), or for a milestone the
// day it happened, then figures on other metrics and years of the region up to 10. About 6% of goals get
// no figure of their own. Judged as of 2020-10-01: 2020's full-year figures are not known yet, so its
// goals are pending, and late milestones of 2019 are not known either.
//
// Only the judge() call is timed (std::chrono::steady_clock and this thread's CPU time). Then the judge is
// run on the first 1/4, 1/2 and all of the goals with their figures (whole regions: the density of the
// data stays the same) to show the cost per goal does not grow with the data.
//
// The size is a scale factor from the first argument (default 1.0 = 100,000 goals, 1,000,000 figures), so
// a profile can run a short pass: perf record -g build-bench/bench/luoshi_judge_bench 0.2
#include "bench/measure.hpp"
#include "engine/verdict.hpp"
#include "rules/catalog.hpp"
#include "rules/statement.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace {

using luoshi::rules::comparator;
using luoshi::rules::date;
using luoshi::rules::figure_status;
using luoshi::rules::measure;
using luoshi::rules::metric_kind;
using luoshi::rules::polarity;
using luoshi::rules::statement;
using luoshi::rules::statement_kind;
namespace engine = luoshi::engine;

constexpr double mb = 1e6;  // printed in decimal megabytes, as luoshi_extract_bench does
constexpr std::size_t full_goals = 100000;
constexpr std::size_t figures_per_goal = 10;  // 1,000,000 figures at scale 1
constexpr std::size_t goals_per_region = 50;  // 2,000 regions at scale 1
constexpr int first_year = 2010, last_year = 2020;
constexpr std::uint64_t seed = 20150120;
constexpr double target_seconds = 2.0;

using luoshi::bench::peak_rss_bytes;
using luoshi::bench::thread_cpu_seconds;

date ymd(int y, int m, int d) {
    return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

date month_end(int y, int m) { return ymd(y, m, 1).end_of_month(); }

std::string fmt_number(char const* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

// The base unit a metric's amounts are stated in: people for jobs and the like, else yuan.
std::string unit_of(std::string const& metric) {
    for (std::string_view w : {"就业", "培训", "人口", "人数", "对象", "农民工", "上访"})
        if (metric.find(w) != std::string::npos) return "人";
    return "元";
}

class generator {
public:
    explicit generator(luoshi::rules::catalog const& catalog) : rng_(seed) {
        for (auto const& m : catalog.metrics()) {
            if (m.kind != metric_kind::rate) amounts_.push_back(m.name);
            if (m.kind == metric_kind::flow) flows_.push_back(m.name);
            if (m.kind != metric_kind::rate && m.polarity == polarity::lower_is_better)
                fewer_.push_back(m.name);
            all_.push_back(m.name);
        }
        if (fewer_.empty()) fewer_ = amounts_;
    }

    std::size_t metric_count() const { return all_.size(); }

    void make(std::size_t n_goals, std::vector<statement>& goals, std::vector<statement>& figures) {
        goals.reserve(n_goals);
        figures.reserve(n_goals * figures_per_goal);
        for (std::size_t i = 0; i < n_goals; ++i) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "示例区%04zu", i / goals_per_region + 1);
            region_ = buf;
            std::size_t const before = figures.size();
            goals.push_back(goal(figures));
            while (figures.size() < before + figures_per_goal) figures.push_back(noise());
            figures.resize(before + figures_per_goal);  // never more than 10 of its own
        }
    }

private:
    double uni(double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng_); }
    double normal(double mean, double sd) { return std::normal_distribution<double>(mean, sd)(rng_); }
    bool chance(double p) { return uni(0, 1) < p; }
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
    template <class T>
    T const& pick(std::vector<T> const& v) {
        return v[pick(v.size())];
    }
    int year() {
        return first_year + static_cast<int>(pick(static_cast<std::size_t>(last_year - first_year + 1)));
    }
    static double round_to(double v, double step) { return std::round(v / step) * step; }

    std::string report_of(int y) const { return "reports/" + region_ + "/" + std::to_string(y) + ".txt"; }

    statement base(statement_kind kind, std::string const& metric, int report_year, date reported,
                   std::string text) {
        statement s;
        s.kind = kind;
        s.region = region_;
        s.metric = metric;
        s.metric_text = metric;
        s.reported = reported;
        s.src.report = report_of(report_year);
        s.src.start = offset_;
        s.src.end = offset_ + text.size();
        offset_ += text.size() + 3;
        s.src.text = std::move(text);
        return s;
    }

    statement make_goal(std::string const& metric, int y, std::string text) {
        statement g = base(statement_kind::goal, metric, y, ymd(y, 1, 20), std::move(text));
        g.period = luoshi::rules::period{ymd(y, 1, 1), ymd(y, 12, 31)};
        g.deadline = ymd(y, 12, 31);
        g.strength = static_cast<luoshi::rules::strength>(pick(3));
        return g;
    }

    // A figure for the year or part of it: Jan 1 to the end of `to_month`, reported after it.
    statement make_figure(std::string const& metric, int y, int to_month, measure what, std::string unit,
                          double value, std::string text) {
        bool const whole = to_month == 12;
        date const reported = whole ? ymd(y + 1, 1, 20) : month_end(y, to_month) + boost::gregorian::days(20);
        statement f = base(statement_kind::figure, metric, whole ? y + 1 : y, reported, std::move(text));
        f.measure = what;
        f.unit = std::move(unit);
        f.unit_text = f.unit;
        f.value = value;
        f.period = luoshi::rules::period{ymd(y, 1, 1), month_end(y, to_month)};
        if (!whole) f.as_of = f.period->end;
        f.status = chance(0.1) ? figure_status::estimate : figure_status::final;
        return f;
    }

    // The year's figure, sometimes revised in the next year's report; and the cumulative figures before it.
    void year_figures(std::string const& metric, int y, measure what, std::string const& unit, double full,
                      std::array<double, 6> const& share, double step, std::vector<statement>& out) {
        static constexpr int months[] = {2, 3, 5, 6, 8, 9};
        for (std::size_t k = 0; k < 6; ++k)
            if (chance(0.85)) {
                double const v = round_to(full * share[k], step);
                out.push_back(
                    make_figure(metric, y, months[k], what, unit, v,
                                "1-" + std::to_string(months[k]) + "月" + metric + fmt_number("%g", v)));
            }
        double const v = round_to(full, step);
        out.push_back(make_figure(metric, y, 12, what, unit, v, "全年" + metric + fmt_number("%g", v)));
        if (chance(0.05)) {  // revised in the report of the year after
            statement r = make_figure(metric, y, 12, what, unit, round_to(full * uni(0.97, 1.03), step),
                                      "上年" + metric + "修订");
            r.status = figure_status::final;
            r.reported = ymd(y + 2, 1, 20);
            r.src.report = report_of(y + 2);
            out.push_back(std::move(r));
        }
    }

    // The growth so far in the year, as a multiple of the year's: it wanders around the final figure.
    std::array<double, 6> cumulative_growth(double year) {
        std::array<double, 6> share{};
        for (auto& s : share) s = year == 0 ? 1.0 : 1.0 + normal(0, 0.6) / year;
        return share;
    }

    statement goal(std::vector<statement>& figs) {
        int const y = year();
        bool const own = chance(0.94);  // else the goal finds no figure of its own
        double const u = uni(0, 1);
        if (u < 0.40) return growth_goal(y, own, figs);
        if (u < 0.60) return amount_goal(y, own, comparator::at_least, figs);
        if (u < 0.70) return amount_goal(y, own, comparator::at_most, figs);
        if (u < 0.85) return direction_goal(y, own, figs);
        return milestone_goal(y, own, figs);
    }

    // 地区生产总值增长7.5%以上 / 左右 / 以内 / 7%-8%
    statement growth_goal(int y, bool own, std::vector<statement>& figs) {
        std::string const& metric = pick(amounts_);
        double const t = 5.0 + 0.5 * static_cast<double>(pick(9));
        double const c = uni(0, 1);
        comparator const cmp = c < 0.45   ? comparator::at_least
                               : c < 0.75 ? comparator::about
                               : c < 0.85 ? comparator::at_most
                                          : comparator::range;
        std::string text = metric + "增长" + fmt_number("%g", t) + "%";
        text += cmp == comparator::at_least  ? "以上"
                : cmp == comparator::about   ? "左右"
                : cmp == comparator::at_most ? "以内"
                                             : "";
        statement g = make_goal(metric, y, std::move(text));
        g.measure = measure::growth;
        g.comparator = cmp;
        g.unit = "%";
        g.unit_text = "%";
        g.value = cmp == comparator::range ? t - 1 : t;
        if (cmp == comparator::range) {
            g.low = t - 1;
            g.high = t + 1;
            g.src.text = metric + "增长" + fmt_number("%g", t - 1) + "%-" + fmt_number("%g", t + 1) + "%";
        }
        if (!own) return g;
        double const actual = normal(t, 1.2);
        // mostly the growth itself; else only the two yearly levels, from which the judge derives it
        if (chance(0.9))
            year_figures(metric, y, measure::growth, "%", actual, cumulative_growth(actual), 0.1, figs);
        std::string const unit = unit_of(metric);
        double const before = round_to(uni(1e9, 5e11), 1e6);
        for (int k : {0, 1}) {
            double const v = k == 0 ? before : round_to(before * (1 + actual / 100), 1e6);
            statement l = make_figure(metric, y - 1 + k, 12, measure::level, unit, v,
                                      metric + "达到" + fmt_number("%.0f", v / 1e8) + "亿" + unit);
            l.status = figure_status::final;
            figs.push_back(std::move(l));
        }
        return g;
    }

    // 城镇新增就业5万人以上 (reach), 三公经费控制在1.2亿元以内 (a cap on a flow)
    statement amount_goal(int y, bool own, comparator cmp, std::vector<statement>& figs) {
        std::string const& metric = pick(flows_);
        std::string const unit = cmp == comparator::at_least ? unit_of(metric) : "元";
        bool const people = unit == "人";
        double const t = people ? round_to(uni(5e3, 1e5), 100) : round_to(uni(1e8, 5e10), 1e6);
        std::string const amount =
            people ? fmt_number("%g", t / 1e4) + "万人" : fmt_number("%g", t / 1e8) + "亿元";
        statement g = make_goal(metric, y,
                                cmp == comparator::at_least ? metric + "新增" + amount + "以上"
                                                            : metric + "控制在" + amount + "以内");
        g.measure = measure::increase;
        g.comparator = cmp;
        g.unit = unit;
        g.unit_text = people ? "万人" : "亿元";
        g.value = t;
        if (!own) return g;
        double const actual = t * (cmp == comparator::at_least ? uni(0.8, 1.25) : uni(0.85, 1.15));
        year_figures(
            metric, y, measure::increase, unit, actual,
            {uni(0.1, 0.2), uni(0.2, 0.3), uni(0.35, 0.45), uni(0.45, 0.6), uni(0.6, 0.8), uni(0.7, 0.9)},
            people ? 100 : 1e6, figs);
        return g;
    }

    // 信访总量只减不增: judged on the sign of the year's growth
    statement direction_goal(int y, bool own, std::vector<statement>& figs) {
        std::string const& metric = pick(fewer_);
        statement g = make_goal(metric, y, metric + "只减不增");
        g.measure = measure::level;
        g.comparator = comparator::direction;
        g.direction = -1;
        if (!own) return g;
        double const actual = normal(-1.0, 2.0);
        year_figures(metric, y, measure::growth, "%", actual, cumulative_growth(actual), 0.1, figs);
        return g;
    }

    std::pair<std::string, std::string> project() {
        static std::vector<std::string> const places = {"南湖",   "蓝天", "惠众", "西城", "滨河", "东山",
                                                        "青年路", "新华", "金桥", "翠屏", "长乐", "临江"};
        static std::vector<std::string> const kinds = {"广场",       "佳园",     "安置小区", "棚户区改造一期",
                                                       "综合体",     "实验学校", "人民医院", "大桥",
                                                       "污水处理厂", "体育中心"};
        static std::vector<std::string> const events = {"开门营业", "竣工",     "投入使用", "建成通车",
                                                        "开工建设", "回迁入住", "建成投产"};
        return {pick(places) + pick(kinds), pick(events)};
    }

    statement milestone_figure(std::string const& subject, std::string const& event, date when,
                               int report_year) {
        statement f = base(statement_kind::figure, subject + event, report_year, ymd(report_year, 1, 20),
                           subject + "已于" + std::to_string(when.month().as_number()) + "月" + event);
        f.measure = measure::milestone;
        f.subject = subject;
        f.event = event;
        f.period = luoshi::rules::period{when, when};
        f.status = chance(0.1) ? figure_status::estimate : figure_status::final;
        return f;
    }

    // 力争年底蓝天广场开门营业: a later report tells the day it happened, in the year or after it
    statement milestone_goal(int y, bool own, std::vector<statement>& figs) {
        auto [subject, event] = project();
        statement g = make_goal(subject + event, y, "确保年底" + subject + event);
        g.measure = measure::milestone;
        g.subject = subject;
        g.event = event;
        if (!own || chance(0.15)) return g;
        bool const late = chance(0.3);
        int const when_year = late ? y + 1 : y;
        date const when = ymd(when_year, 2 + static_cast<int>(pick(11)), 1 + static_cast<int>(pick(28)));
        figs.push_back(milestone_figure(subject, event, when, when_year + 1));
        if (chance(0.5)) figs.push_back(milestone_figure(subject, event, when, when_year + 2));  // told again
        return g;
    }

    // A figure of the region on another metric or year, or another milestone of the region.
    statement noise() {
        if (chance(0.05)) {
            auto [subject, event] = project();
            int const y = year();
            return milestone_figure(subject, event, ymd(y, 1 + static_cast<int>(pick(12)), 15), y + 1);
        }
        std::string const& metric = pick(all_);
        int const y = year();
        int const to_month = chance(0.6) ? 12 : 6;
        double const u = uni(0, 1);
        if (u < 0.5) {
            double const v = round_to(normal(6, 3), 0.1);
            return make_figure(metric, y, to_month, measure::growth, "%", v,
                               metric + "增长" + fmt_number("%g", v) + "%");
        }
        std::string const unit = unit_of(metric);
        double const v = round_to(uni(1e6, 1e11), 1e4);
        return make_figure(metric, y, to_month, u < 0.8 ? measure::level : measure::increase, unit, v,
                           metric + fmt_number("%.0f", v / 1e4) + "万" + unit);
    }

    std::mt19937_64 rng_;
    std::vector<std::string> all_, amounts_, flows_, fewer_;
    std::string region_;
    std::size_t offset_ = 0;
};

struct tally {
    std::size_t met = 0, missed = 0, pending = 0;
    std::size_t not_due = 0, overdue = 0, undecided = 0, no_deadline = 0;
};

struct run_result {
    double wall = 0, cpu = 0;
};

// Only the judge() call is timed; the verdicts are handed back for counting.
[[gnu::noinline]] run_result timed_judge(std::vector<statement> const& goals,
                                         std::vector<statement> const& figures,
                                         luoshi::rules::catalog const& catalog, date as_of,
                                         std::vector<engine::verdict>& out) {
    using clock = std::chrono::steady_clock;
    engine::policy const policy;
    auto const t0 = clock::now();
    double const cpu0 = thread_cpu_seconds();
    out = engine::judge(goals, figures, catalog, policy, as_of);
    double const cpu = thread_cpu_seconds() - cpu0;
    double const wall = std::chrono::duration<double>(clock::now() - t0).count();
    return {wall, cpu};
}

double scale_of(int argc, char** argv) {
    if (argc < 2) return 1.0;
    char* end = nullptr;
    double const v = std::strtod(argv[1], &end);
    if (*end || !(v > 0) || v > 100) {
        std::fprintf(stderr, "note: scale '%s' is not a number in (0, 100]; using 1.0\n", argv[1]);
        return 1.0;
    }
    return v;
}

char const* rule_name(engine::rule r) {
    switch (r) {
        case engine::rule::rate: return "rate";
        case engine::rule::reach: return "reach";
        case engine::rule::cap: return "cap";
        case engine::rule::level: return "level";
        case engine::rule::direction: return "direction";
        case engine::rule::milestone: return "milestone";
        case engine::rule::relative: return "relative";
    }
    return "?";
}

}  // namespace

int main(int argc, char** argv) {
    double const scale = scale_of(argc, argv);
    std::size_t const n_goals = std::max<std::size_t>(
        4, static_cast<std::size_t>(std::llround(static_cast<double>(full_goals) * scale)));
    auto const& catalog = luoshi::rules::yaml::builtin_catalog();  // loaded before any clock starts
    date const as_of = ymd(2020, 10, 1);

    std::vector<statement> goals, figures;
    auto const g0 = std::chrono::steady_clock::now();
    generator gen(catalog);
    gen.make(n_goals, goals, figures);
    double const gen_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - g0).count();
    std::printf(
        "data: %zu goals, %zu figures, %zu regions, %zu metrics, years %d-%d, judged as of 2020-10-01 "
        "(scale %g, generated in %.2f s)\n",
        goals.size(), figures.size(), (n_goals + goals_per_region - 1) / goals_per_region, gen.metric_count(),
        first_year, last_year, scale, gen_seconds);
    double const rss_before = peak_rss_bytes();
    std::printf("peak RSS before judging: %.1f MB\n", rss_before / mb);
    std::fflush(stdout);

    std::vector<engine::verdict> verdicts;
    run_result const r = timed_judge(goals, figures, catalog, as_of, verdicts);
    double const rss_after = peak_rss_bytes();
    std::printf(
        "judge: %zu goals against %zu figures in %.3f s = %.0f goals/s (thread CPU: %.3f s = %.0f goals/s)\n",
        goals.size(), figures.size(), r.wall, static_cast<double>(goals.size()) / r.wall, r.cpu,
        static_cast<double>(goals.size()) / r.cpu);

    tally all;
    std::array<tally, 6> by_rule{};
    std::size_t considered = 0, five_to_ten = 0, none = 0;
    for (auto const& v : verdicts) {
        for (tally* t : {&all, &by_rule[static_cast<std::size_t>(v.rule)]}) {
            if (engine::is_met(v)) {
                ++t->met;
            } else if (engine::is_missed(v)) {
                ++t->missed;
            } else {
                ++t->pending;
                switch (std::get<engine::pending>(v.state).reason) {
                    case engine::pending::why::not_due: ++t->not_due; break;
                    case engine::pending::why::overdue: ++t->overdue; break;
                    case engine::pending::why::undecided: ++t->undecided; break;
                    case engine::pending::why::no_deadline:
                    case engine::pending::why::no_target:
                    case engine::pending::why::no_region:
                    case engine::pending::why::no_metric: ++t->no_deadline; break;
                }
            }
        }
        considered += v.considered.size();
        if (v.considered.size() >= 5 && v.considered.size() <= 10) ++five_to_ten;
        if (v.considered.empty()) ++none;
    }
    auto pct = [&](std::size_t n) {
        return 100.0 * static_cast<double>(n) / static_cast<double>(verdicts.size());
    };
    std::printf(
        "verdicts: met %zu (%.1f%%), missed %zu (%.1f%%), pending %zu (%.1f%%: not due %zu, overdue %zu, "
        "undecided %zu, no deadline %zu)\n",
        all.met, pct(all.met), all.missed, pct(all.missed), all.pending, pct(all.pending), all.not_due,
        all.overdue, all.undecided, all.no_deadline);
    std::printf("by rule (met/missed/pending):");
    bool first = true;
    for (std::size_t k = 0; k < by_rule.size(); ++k) {
        auto const& t = by_rule[k];
        if (t.met + t.missed + t.pending == 0) continue;
        std::printf("%s %s %zu/%zu/%zu", first ? "" : ",", rule_name(static_cast<engine::rule>(k)), t.met,
                    t.missed, t.pending);
        first = false;
    }
    std::printf("\n");
    std::printf("figures considered per goal: %.2f on average; %.1f%% of goals consider 5-10, %.1f%% none\n",
                static_cast<double>(considered) / static_cast<double>(verdicts.size()), pct(five_to_ten),
                pct(none));
    std::printf("peak RSS after judging: %.1f MB (%+.1f MB while judging)\n", rss_after / mb,
                (rss_after - rss_before) / mb);
    std::fflush(stdout);
    verdicts = {};

    // Linear cost: the first 1/4, 1/2 and all of the goals with their figures (whole regions, so the data
    // keeps its density), each the best of 3 runs. Run largest first: the data is cut down in place.
    constexpr int repeats = 3;
    std::array<double, 3> seconds{};
    std::array<std::size_t, 3> sizes{n_goals / 4, n_goals / 2, n_goals};
    for (std::size_t k = 3; k-- > 0;) {
        goals.resize(sizes[k]);
        figures.resize(sizes[k] * figures_per_goal);
        double best = 0;
        for (int rep = 0; rep < repeats; ++rep) {
            double const w = timed_judge(goals, figures, catalog, as_of, verdicts).wall;
            verdicts = {};
            if (rep == 0 || w < best) best = w;
        }
        seconds[k] = best;
    }
    char const* names[] = {"1/4", "1/2", "all"};
    std::printf("scaling (best of %d):", repeats);
    for (std::size_t k = 0; k < 3; ++k)
        std::printf("%s %s %zu goals + %zu figures %.3f s (%.2f us/goal)", k ? ";" : "", names[k], sizes[k],
                    sizes[k] * figures_per_goal, seconds[k],
                    seconds[k] * 1e6 / static_cast<double>(sizes[k]));
    std::printf("\n");
    std::printf(
        "scaling ratios: 1/2 over 1/4 x%.2f, all over 1/2 x%.2f, all over 1/4 x%.2f (linear: x2, x2, x4)\n",
        seconds[1] / seconds[0], seconds[2] / seconds[1], seconds[2] / seconds[0]);
    std::printf(
        "target: < %.0f s on one core for %zu goals and %zu figures (compare the thread CPU figure on a "
        "busy machine)\n",
        target_seconds, full_goals, full_goals * figures_per_goal);
    return 0;
}
