#include "engine/verdict.hpp"
#include "rules/confidence.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>

namespace luoshi::engine {

namespace {

using rules::comparator;
using rules::date;
using rules::figure_status;
using rules::measure;
using rules::metric_kind;
using rules::polarity;
using rules::statement;

constexpr double inf = std::numeric_limits<double>::infinity();

// A set of values: what a figure says (超过60万亿元 is (60万亿, ∞)) or what a goal accepts.
struct interval {
    double lo = -inf, hi = inf;
    bool lo_open = false, hi_open = false;
};

// Equal up to the noise of decimal arithmetic: 7.5 + 0.5 is 8, exactly 8% meets 8%以上.
bool same(double a, double b) {
    if (std::isinf(a) || std::isinf(b)) return a == b;
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

bool lower_holds(interval const& f, interval const& c) {
    if (c.lo == -inf) return true;
    if (same(f.lo, c.lo)) return !c.lo_open || f.lo_open;
    return f.lo > c.lo;
}

bool upper_holds(interval const& f, interval const& c) {
    if (c.hi == inf) return true;
    if (same(f.hi, c.hi)) return !c.hi_open || f.hi_open;
    return f.hi < c.hi;
}

enum class outcome { yes, no, undecided };

// yes when every value the figure allows satisfies the goal, no when none does.
outcome test(interval const& f, interval const& c) {
    if (lower_holds(f, c) && upper_holds(f, c)) return outcome::yes;
    bool const below = same(f.hi, c.lo) ? (f.hi_open || c.lo_open) : f.hi < c.lo;
    bool const above = same(f.lo, c.hi) ? (f.lo_open || c.hi_open) : f.lo > c.hi;
    return below || above ? outcome::no : outcome::undecided;
}

// The values "≥ v", "> v", "≤ v", "< v" allow; nullopt for the other comparators.
std::optional<interval> one_sided(comparator c, double v) {
    switch (c) {
        case comparator::at_least: return interval{v, inf};
        case comparator::more_than: return interval{v, inf, true, false};
        case comparator::at_most: return interval{-inf, v};
        case comparator::less_than: return interval{-inf, v, false, true};
        default: return std::nullopt;
    }
}

// 70余万 is a little more than 700000; 近2亿 a little less than 2亿 (taken as within 10% below it).
std::optional<interval> value_of(statement const& f) {
    if (f.low && f.high) return interval{*f.low, *f.high};
    // 出现下降: only the sign is known
    if (f.comparator == comparator::direction && f.direction != 0)
        return f.direction < 0 ? interval{-inf, 0, false, true} : interval{0, inf, true, false};
    if (!f.value) return std::nullopt;
    double const v = *f.value;
    if (auto side = one_sided(f.comparator, v)) return side;
    // the words qualify the size: 下降近3% is a fall of a little less than 3, so above −3
    switch (f.vague) {
        case rules::vagueness::more_than:
            return v >= 0 ? interval{v, inf, true, false} : interval{-inf, v, false, true};
        case rules::vagueness::less_than:
            return v >= 0 ? interval{v * 0.9, v, false, true} : interval{v, v * 0.9, true, false};
        default: return interval{v, v};
    }
}

using rules::is_rate_unit;

struct metric_info {
    rules::polarity polarity = polarity::neutral;
    metric_kind kind = metric_kind::flow;
    bool known = false;  // a catalog statistic, whose kind the catalog says
};

metric_info info_of(statement const& goal, rules::catalog const& catalog) {
    metric_info m;
    if (auto const* def = catalog.find(goal.metric)) {
        m.polarity = def->polarity;
        m.kind = def->kind;
        m.known = true;
    } else if (is_rate_unit(goal.unit)) {
        m.kind = metric_kind::rate;
    }
    if (goal.polarity) m.polarity = *goal.polarity;
    return m;
}

rule row_of(statement const& g, metric_info const& m) {
    if (g.measure == measure::milestone) return rule::milestone;
    if (g.comparator == comparator::direction) return rule::direction;
    bool const rate = is_rate_unit(g.unit) || g.measure == measure::growth ||
                      g.measure == measure::average_growth || g.measure == measure::change ||
                      g.measure == measure::share || m.kind == metric_kind::rate;
    if (rate) return rule::rate;
    double const t = g.value.value_or(0);
    // 减少1000万人以上 is increase ≤ -1000万: a target to reach downwards, not a cap
    bool const up = g.comparator == comparator::at_least || g.comparator == comparator::more_than;
    bool const down = g.comparator == comparator::at_most || g.comparator == comparator::less_than;
    if ((up && t >= 0) || (down && t < 0)) return rule::reach;
    if ((down || up) && m.kind == metric_kind::flow) return rule::cap;
    return rule::level;
}

double tolerance_of(statement const& g, policy const& p) {
    if (g.tolerance) return *g.tolerance;
    return is_rate_unit(g.unit) ? p.rate_tolerance : p.amount_tolerance;
}

// The band of `about`: absolute points for rates, a fraction of the target for amounts.
interval about_band(statement const& g, double tolerance) {
    double const t = g.value.value_or(0);
    double const w = is_rate_unit(g.unit) ? tolerance : std::fabs(t) * tolerance;
    return interval{t - w, t + w};
}

// What the goal accepts. `about` beyond its band on the good side is met: only the bad side is cut off.
std::optional<interval> condition(statement const& g, metric_info const& m, double tolerance) {
    if (g.comparator == comparator::direction) return g.direction < 0 ? interval{-inf, 0} : interval{0, inf};
    if (g.comparator == comparator::range) {
        if (g.low && g.high) return interval{*g.low, *g.high};
        return std::nullopt;
    }
    if (!g.value) return std::nullopt;
    if (auto side = one_sided(g.comparator, *g.value)) return side;
    // about, and a bare = (a target stated without a comparator word): the tolerance band
    interval const b = about_band(g, tolerance);
    if (m.polarity == polarity::higher_is_better) return interval{b.lo, inf};
    if (m.polarity == polarity::lower_is_better) return interval{-inf, b.hi};
    return b;
}

band band_of(statement const& g, interval const& f, metric_info const& m, double tolerance) {
    if (g.comparator != comparator::about && g.comparator != comparator::equal) return band::none;
    if (!g.value) return band::none;
    interval const b = about_band(g, tolerance);
    auto const inside_band = test(f, b);
    if (inside_band == outcome::yes) return band::within;
    if (inside_band == outcome::undecided) return band::none;  // > 7.8% against 7.5%左右: not known where
    bool const above = f.lo >= b.hi;
    bool const good = (above && m.polarity == polarity::higher_is_better) ||
                      (!above && m.polarity == polarity::lower_is_better);
    return good ? band::good_side : band::bad_side;
}

// What a stock adds in a year is its change from the year before (清洁能源发电装机比上年增加3356万千瓦),
// either way round; a flow's change is not what it adds (比上年增加1304.8亿元 against a year's 9884.5亿元
// spent)
bool added_is_change(statement const& g, statement const& f, metric_info const& m) {
    bool const pair = (g.measure == measure::change && f.measure == measure::increase) ||
                      (g.measure == measure::increase && f.measure == measure::change);
    return pair && m.known && m.kind == metric_kind::stock;
}

bool measures_fit(statement const& g, statement const& f, metric_info const& m, rule r) {
    if (f.status == figure_status::progress || f.measure == measure::progress) return false;
    if (r == rule::direction)
        return f.measure == measure::growth || f.measure == measure::increase || f.measure == measure::change;
    if (f.unit != g.unit) return false;
    switch (g.measure) {
        case measure::growth: return f.measure == measure::growth;
        case measure::average_growth: return f.measure == measure::average_growth;
        case measure::change: return f.measure == measure::change || added_is_change(g, f, m);
        // the amount a flow adds in the year is its level for the year — for a statistic the catalog calls a
        // flow: of one it does not know, an amount added (新增46家) says nothing of how many there are
        // (精英行动企业达220家). The other way round an amount done in the year, written with no 新增
        // (加装电梯3295台), is what it added, whatever the statistic
        case measure::level:
        case measure::share:
            return f.measure == measure::level || f.measure == measure::share ||
                   (m.kind == metric_kind::flow && m.known && f.measure == measure::increase);
        case measure::increase:
            return f.measure == measure::increase ||
                   (m.kind == metric_kind::flow && f.measure == measure::level) || added_is_change(g, f, m);
        default: return false;
    }
}

// A copy of a figure in another unit: to tell a measure that does not fit from a unit that does not.
statement with_unit(statement f, std::string const& unit) {
    f.unit = unit;
    return f;
}

bool inside(rules::period const& f, rules::period const& g) { return f.begin >= g.begin && f.end <= g.end; }

// Ranks figures for one goal: final before estimate, a later report before an earlier one, then the first
// stated in the report.
bool better(statement const& a, statement const& b) {
    bool const fa = a.status == figure_status::final, fb = b.status == figure_status::final;
    if (fa != fb) return fa;
    if (a.reported != b.reported) return b.reported < a.reported;  // nullopt sorts first
    if (a.src.report != b.src.report) return a.src.report > b.src.report;
    return a.src.start < b.src.start;
}

// Figures by region and metric: the region viewed in the statement (which outlives the index), the metric by
// its noun phrase key (rules::noun_phrase_key: 的 and quotes make no other name)
using key = std::pair<std::string_view, std::string>;

struct key_hash {
    std::size_t operator()(key const& k) const noexcept {
        std::size_t const a = std::hash<std::string_view>{}(k.first);
        return a ^ (std::hash<std::string>{}(k.second) + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
    }
};

// The figures a goal can be judged on: by region and metric, milestones by region.
struct figure_index {
    std::unordered_map<key, std::vector<std::size_t>, key_hash> by_metric;
    std::unordered_map<std::string_view, std::vector<std::size_t>> milestones;
    // the pools cut to one report's figures for the goal being judged (a deque: they stay put as it grows)
    std::deque<std::vector<std::size_t>> owned;

    void add(std::vector<rules::statement> const& figures, std::size_t i) {
        auto const& f = figures[i];
        if (f.measure == measure::milestone)
            milestones[f.region].push_back(i);
        else
            by_metric[key{f.region, rules::noun_phrase_key(f.metric)}].push_back(i);
    }

    // The figures of a statistic of the goal's region (of every milestone, for a milestone goal); a report
    // whose region is unknown is judged against its own figures only, never another report's. Null when none.
    std::vector<std::size_t> const* of(rules::statement const& g, std::string const& metric,
                                       std::vector<rules::statement> const& figures) {
        std::vector<std::size_t> const* all = nullptr;
        if (g.measure == measure::milestone) {
            if (auto it = milestones.find(g.region); it != milestones.end()) all = &it->second;
        } else if (auto it = by_metric.find(key{g.region, rules::noun_phrase_key(metric)});
                   it != by_metric.end()) {
            all = &it->second;
        }
        if (!g.region.empty() || !all) return all;
        auto& own = owned.emplace_back();
        for (std::size_t i : *all)
            if (figures[i].src.report == g.src.report && figures[i].src.digest == g.src.digest)
                own.push_back(i);
        return &own;
    }
};

// 一期, 二期, 3期: a phase of a project names a different piece of work than the whole or another phase.
std::string phase_of(std::string_view subject) {
    static constexpr std::string_view numerals[] = {"一", "二", "三", "四", "五",
                                                    "六", "七", "八", "九", "十"};
    auto const at = subject.find("期");
    if (at == std::string_view::npos || at == 0) return {};
    std::size_t b = at;
    while (b > 0 && std::isdigit(static_cast<unsigned char>(subject[b - 1]))) --b;
    if (b == at)
        for (auto n : numerals)
            if (at >= n.size() && subject.substr(at - n.size(), n.size()) == n) b = at - n.size();
    return b == at ? std::string() : std::string(subject.substr(b, at + 3 - b));
}

// The code points of a text.
std::vector<std::string_view> code_points(std::string_view s) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < s.size();) {
        auto const c = static_cast<unsigned char>(s[i]);
        std::size_t const n = std::min<std::size_t>(c < 0x80   ? 1
                                                    : c < 0xE0 ? 2
                                                    : c < 0xF0 ? 3
                                                               : 4,
                                                    s.size() - i);
        out.push_back(s.substr(i, n));
        i += n;
    }
    return out;
}

// Whether every code point of `a` appears in `b`, in order: 南湖片区居民 in 南湖片区棚户区改造一期居民.
bool subsequence(std::string_view a, std::string_view b) {
    std::size_t j = 0;
    for (auto const cp : code_points(a)) {
        auto const at = b.find(cp, j);
        if (at == std::string_view::npos) return false;
        j = at + cp.size();
    }
    return true;
}

// The things a milestone's subject lists (温福高铁、衢州先导智能、追觅机器人等项目 → three), up to a 等; one
// thing when it lists none.
std::vector<std::string_view> listed(std::string_view subject) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0; at != std::string_view::npos;) {
        at = subject.find("、");
        std::string_view item = subject.substr(0, at);
        if (auto const etc = item.find("等"); etc != std::string_view::npos && etc > 0)
            item = item.substr(0, etc);
        if (!item.empty()) out.push_back(item);
        if (at != std::string_view::npos) subject.remove_prefix(at + std::string_view("、").size());
    }
    return out;
}

// Whether a figure's subject names one thing a goal lists: most of the thing's characters in it, in order
// (中石化舟山六横LNG in 中石化六横LNG接收站: 8 of 10).
bool names_item(std::string_view item, std::string_view subject) {
    auto const a = code_points(item), b = code_points(subject);
    std::vector<std::size_t> row(b.size() + 1, 0), prev(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j)
            row[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], row[j - 1]);
        std::swap(row, prev);
    }
    return !a.empty() && 4 * prev[b.size()] >= 3 * a.size();
}

// The same event of the same subject. The figure's event holds the goal's (建成通车 is 通车; 营业 is not
// 开门营业); the shorter subject runs through the longer in order, and a phase the figure names must be the
// goal's (蓝天广场二期 is not 蓝天广场; 城西片区 is not 城东片区).
bool same_event(statement const& g, statement const& f) {
    if (g.event.empty() || f.event.empty()) return false;
    // 新建 promises a thing built: 建成 says it was
    bool const built = g.event == "新建" && f.event.find("建成") != std::string::npos;
    if (f.event.find(g.event) == std::string::npos && !built) return false;
    if (g.subject.empty() || f.subject.empty()) return false;
    bool const goal_longer = g.subject.size() >= f.subject.size();
    std::string_view const shorter = goal_longer ? f.subject : g.subject;
    std::string_view const longer = goal_longer ? g.subject : f.subject;
    if (!subsequence(shorter, longer)) {
        // …、中石化舟山六横LNG等项目: a figure of one of the things a goal lists (中石化六横LNG接收站)
        auto const items = listed(g.subject);
        if (items.size() < 2 || std::none_of(items.begin(), items.end(), [&](std::string_view item) {
                return names_item(item, f.subject);
            }))
            return false;
    }
    auto const fp = phase_of(f.subject), gp = phase_of(g.subject);
    return fp.empty() || fp == gp;
}

class judge_one {
public:
    judge_one(statement const& goal, std::vector<statement> const& figures,
              std::vector<std::size_t> const* pool, metric_info const& info, policy const& p, date as_of)
        : g_(goal), figs_(figures), pool_(pool), as_of_(as_of), m_(info) {
        row_ = row_of(goal, m_);
        tol_ = tolerance_of(goal, p);
        cond_ = condition(goal, m_, tol_);
        if (goal.period) {
            period_ = *goal.period;
        } else if (goal.deadline) {
            period_ = rules::period{date(goal.deadline->year(), 1, 1), *goal.deadline};
        }
        if (goal.deadline) {
            deadline_ = *goal.deadline;
        } else if (period_) {
            deadline_ = period_->end;
        }
        // a level at a date (养老床位达到2000张, 城镇化率达到60%) is read at the period's end; a growth, an
        // increase or a flow over the whole period
        at_end_ = (g_.measure == measure::level || g_.measure == measure::share) &&
                  (m_.kind != metric_kind::flow || row_ == rule::rate);
    }

    verdict run() {
        verdict v;
        v.rule = row_;
        v.polarity = m_.polarity;
        v.tolerance = tol_;

        if (row_ == rule::milestone) return milestone(std::move(v));
        if (!period_) {
            v.state = pending{pending::why::no_deadline, std::nullopt};
            return v;
        }
        if (!cond_) {
            v.state = pending{pending::why::no_target, std::nullopt};
            return v;
        }
        gather(v);
        switch (row_) {
            case rule::reach:
            case rule::cap: return to_reach_or_cap(std::move(v));
            default: return at_period_end(std::move(v));
        }
    }

    // The figure for the whole period (the latest report's final one first), or a growth derived from two
    // yearly levels: what a rate goal is decided on, with no target needed. The other side of a relative
    // goal.
    std::optional<reading> period_reading() {
        verdict v;
        if (!period_) return std::nullopt;
        gather(v);
        if (!full_.empty()) return read(full_.front());
        return derived();
    }

    // The latest figure of the period so far
    std::optional<reading> latest_reading() {
        verdict v;
        if (!period_) return std::nullopt;
        gather(v);
        auto const l = latest(v.considered);
        return l ? std::optional<reading>(read(*l)) : std::nullopt;
    }

private:
    statement const& fig(std::size_t i) const { return figs_[i]; }
    bool final(std::size_t i) const { return fig(i).status == figure_status::final; }

    bool full(statement const& f) const {
        if (at_end_) return f.period->end == period_->end;
        return f.period->begin == period_->begin && f.period->end == period_->end;
    }

    void gather(verdict& v) {
        full_.clear();  // gathered again when asked again (period_reading, then run)
        if (!pool_) return;
        for (std::size_t i : *pool_) {
            auto const& f = fig(i);
            if (!f.period || !inside(*f.period, *period_) || !measures_fit(g_, f, m_, row_) || !value_of(f))
                continue;
            v.considered.push_back(i);
            if (full(f)) full_.push_back(i);
        }
        std::sort(full_.begin(), full_.end(),
                  [&](std::size_t a, std::size_t b) { return better(fig(a), fig(b)); });
    }

    reading read(std::size_t i) const {
        auto const iv = *value_of(fig(i));
        reading r;
        r.figure = i;
        r.low = iv.lo;
        r.high = iv.hi;
        r.low_open = iv.lo_open;
        r.high_open = iv.hi_open;
        r.provisional = !final(i);
        return r;
    }

    static interval as_interval(reading const& r) { return interval{r.low, r.high, r.low_open, r.high_open}; }

    bool overdue() const { return deadline_ && as_of_ > *deadline_; }

    pending waiting(std::optional<reading> latest) const {
        return pending{overdue() ? pending::why::overdue : pending::why::not_due, latest};
    }

    // Final figures for the period that say something else than the one used: the latest wins, the rest are
    // reported.
    void conflicts(verdict& v, std::size_t used) const {
        if (!final(used)) return;
        auto const u = value_of(fig(used));
        for (std::size_t i : full_) {
            if (i == used || !final(i)) continue;
            auto const o = value_of(fig(i));
            if (!same(o->lo, u->lo) || !same(o->hi, u->hi) || o->lo_open != u->lo_open ||
                o->hi_open != u->hi_open)
                v.conflicts.push_back(i);
        }
    }

    // The latest figure of the period so far, for a pending verdict and for progress.
    std::optional<std::size_t> latest(std::vector<std::size_t> const& among) const {
        std::optional<std::size_t> best;
        for (std::size_t i : among) {
            if (!best) {
                best = i;
                continue;
            }
            auto const& a = fig(i);
            auto const& b = fig(*best);
            if (a.period->end != b.period->end) {
                if (a.period->end > b.period->end) best = i;
            } else if (better(a, b)) {
                best = i;
            }
        }
        return best;
    }

    verdict decide(verdict v, reading const& r) const {
        auto const iv = as_interval(r);
        switch (test(iv, *cond_)) {
            case outcome::yes: v.state = met{r, band_of(g_, iv, m_, tol_)}; break;
            case outcome::no: v.state = missed{r, band_of(g_, iv, m_, tol_)}; break;
            case outcome::undecided: v.state = pending{pending::why::undecided, r}; break;
        }
        return v;
    }

    // Rates, growths, amounts with about / range / =, stock caps, directions: the period's figure decides.
    verdict at_period_end(verdict v) const {
        if (!full_.empty()) {
            std::size_t const used = full_.front();
            conflicts(v, used);
            return decide(std::move(v), read(used));
        }
        if (auto d = derived()) return decide(std::move(v), *d);
        auto const l = latest(v.considered);
        v.state = waiting(l ? std::optional<reading>(read(*l)) : std::nullopt);
        return v;
    }

    // A growth from two yearly levels of the same metric: 2014: 481.5亿元, 2015: 520.3亿元 → 8.06%.
    std::optional<reading> derived() const {
        bool const growth = g_.measure == measure::growth || row_ == rule::direction;
        if (!growth || !pool_) return std::nullopt;
        auto const& p = *period_;
        bool const year = p.begin == date(p.begin.year(), 1, 1) && p.end == date(p.begin.year(), 12, 31);
        if (!year) return std::nullopt;
        auto level_of = [&](int y) -> std::optional<std::size_t> {
            std::optional<std::size_t> best;
            for (std::size_t i : *pool_) {
                auto const& f = fig(i);
                bool const level = f.measure == measure::level ||
                                   (m_.kind == metric_kind::flow && f.measure == measure::increase);
                if (!level || !f.period || f.unit.empty() || is_rate_unit(f.unit) || !f.value ||
                    f.comparator != comparator::equal || f.vague != rules::vagueness::exact ||
                    f.status == figure_status::progress)
                    continue;
                bool const whole = m_.kind == metric_kind::stock
                                       ? f.period->end == date(static_cast<unsigned short>(y), 12, 31)
                                       : f.period->begin == date(static_cast<unsigned short>(y), 1, 1) &&
                                             f.period->end == date(static_cast<unsigned short>(y), 12, 31);
                if (whole && (!best || better(f, fig(*best)))) best = i;
            }
            return best;
        };
        int const y = p.begin.year();
        auto const later = level_of(y);
        auto const earlier = later ? level_of(y - 1) : std::nullopt;
        if (!later || !earlier || fig(*later).unit != fig(*earlier).unit || *fig(*earlier).value <= 0)
            return std::nullopt;
        double const a = *fig(*earlier).value, b = *fig(*later).value;
        double const value = row_ == rule::direction ? b - a : (b / a - 1) * 100;
        reading r;
        r.figure = *later;
        r.base = *earlier;
        r.low = r.high = value;
        r.provisional = !final(*later) || !final(*earlier);
        return r;
    }

    // A flow over several years (新建改建道路40公里 in a three-year plan) is the sum of its yearly figures:
    // the best figure of each calendar year of the period, as far as they go. Nothing when the period is one
    // year or the measure is not a flow.
    std::optional<reading> summed(std::vector<std::size_t> const& considered) const {
        bool const flow =
            g_.measure == measure::increase || (m_.kind == metric_kind::flow && g_.measure == measure::level);
        auto const& p = *period_;
        if (!flow || p.begin.year() == p.end.year()) return std::nullopt;
        reading r;
        double lo = 0, hi = 0;
        for (int y = p.begin.year(); y <= p.end.year(); ++y) {
            auto const b = date(static_cast<unsigned short>(y), 1, 1);
            auto const e = date(static_cast<unsigned short>(y), 12, 31);
            std::optional<std::size_t> best;
            for (std::size_t i : considered) {
                auto const& f = fig(i);
                if (f.period->begin == std::max(b, p.begin) && f.period->end == std::min(e, p.end) &&
                    (!best || better(f, fig(*best))))
                    best = i;
            }
            if (!best) continue;
            auto const iv = *value_of(fig(*best));
            lo += iv.lo;
            hi += iv.hi;
            r.low_open = r.low_open || iv.lo_open;
            r.high_open = r.high_open || iv.hi_open;
            r.provisional = r.provisional || !final(*best);
            r.parts.push_back(*best);
        }
        if (r.parts.size() < 2) return std::nullopt;  // one year alone is that year's figure
        r.figure = r.parts.back();
        r.low = lo;
        r.high = hi;
        return r;
    }

    std::optional<double> progress(std::optional<reading> const& r) const {
        if (!r || !g_.value || *g_.value == 0) return std::nullopt;
        double const x = std::isinf(r->low) ? r->high : r->low;
        if (std::isinf(x)) return std::nullopt;
        return std::clamp(x / *g_.value, 0.0, 1.0);
    }

    // ≥ on a flow or a stock is met as soon as a figure reaches it; ≤ on a flow is missed as soon as a figure
    // exceeds it. The period's own final figure decides first (the latest report's, when revised); then a
    // sum of the years of a multi-year period; then a figure for part of the period, which can only meet a
    // target reached or miss a cap exceeded; estimates the same way, provisionally.
    verdict to_reach_or_cap(verdict v) const {
        bool const reach = row_ == rule::reach;
        // what a figure for part of the period can tell: the target reached, or the cap exceeded
        auto const telling = reach ? outcome::yes : outcome::no;
        for (bool finals : {true, false}) {
            std::vector<std::size_t> pool;
            for (std::size_t i : v.considered)
                if (final(i) == finals) pool.push_back(i);
            std::optional<std::size_t> whole;
            for (std::size_t i : full_)
                if (final(i) == finals) {
                    whole = i;
                    break;
                }
            if (whole) {
                conflicts(v, *whole);
                auto r = read(*whole);
                if (reach) v.progress = progress(r);
                return decide(std::move(v), r);
            }
            if (auto sum = summed(pool)) {
                if (reach) v.progress = progress(sum);
                auto const o = test(as_interval(*sum), *cond_);
                if (o == telling) return decide(std::move(v), *sum);
                if (overdue() && sum_covers(*sum)) return decide(std::move(v), *sum);
            }
            std::optional<std::size_t> hit;
            for (std::size_t i : pool) {
                if (test(*value_of(fig(i)), *cond_) != telling) continue;
                if (!hit || fig(i).period->end < fig(*hit).period->end ||
                    (fig(i).period->end == fig(*hit).period->end && better(fig(i), fig(*hit))))
                    hit = i;
            }
            if (hit) {
                auto r = read(*hit);
                if (reach) v.progress = progress(r);
                return decide(std::move(v), r);
            }
        }
        // pending: the latest figure (or the running sum) and the progress it shows
        std::optional<reading> shown;
        if (auto sum = summed(v.considered)) shown = sum;
        if (!shown)
            if (auto l = latest(v.considered)) shown = read(*l);
        if (reach) v.progress = progress(shown);
        v.state = waiting(shown);
        return v;
    }

    // Every year of the period has its figure in the sum.
    bool sum_covers(reading const& r) const {
        return static_cast<int>(r.parts.size()) == period_->end.year() - period_->begin.year() + 1;
    }

    // A milestone: a later report says it happened, with the date it happened; or, after the deadline, that
    // it has not happened or was put off.
    verdict milestone(verdict v) const {
        if (!deadline_) {
            v.state = pending{pending::why::no_deadline, std::nullopt};
            return v;
        }
        // 尚未回迁, or a date still to come (居民回迁推迟到2016年3月) in a report after the deadline: not
        // done in time. Before the deadline such a sentence proves nothing yet.
        enum class when { unknown, on_time, late, vague };
        auto const when_of = [&](statement const& f) {
            if (f.not_done || (f.reported && f.period->begin > *f.reported))
                return f.reported && *f.reported > *deadline_ ? when::late : when::unknown;
            if (f.period->end <= *deadline_) return when::on_time;
            return f.period->begin > *deadline_ ? when::late : when::vague;
        };
        std::optional<std::size_t> on_time, late, vague;
        auto earliest = [&](std::optional<std::size_t>& slot, std::size_t i) {
            auto const& f = fig(i);
            if (!slot || f.period->begin < fig(*slot).period->begin ||
                (f.period->begin == fig(*slot).period->begin && better(f, fig(*slot))))
                slot = i;
        };
        if (pool_) {
            for (std::size_t i : *pool_) {
                auto const& f = fig(i);
                if (f.measure != measure::milestone || !f.period || !same_event(g_, f)) continue;
                if (f.src.report == g_.src.report && f.reported == g_.reported) continue;
                if (g_.reported && f.reported && *f.reported < *g_.reported) continue;
                v.considered.push_back(i);
                auto const w = when_of(f);
                if (w != when::unknown)
                    earliest(w == when::on_time ? on_time : w == when::late ? late : vague, i);
            }
        }
        // 温福高铁、衢州先导智能、追觅机器人等项目开工建设: a goal that lists several things is met when a
        // figure says so of each, missed when one of them was late or not done, and waits otherwise
        auto const items = listed(g_.subject);
        if (items.size() > 1 && (on_time || late || vague)) {
            bool all_on_time = true, one_late = false;
            for (auto item : items) {
                bool done = false;
                for (std::size_t i : v.considered) {
                    if (!names_item(item, fig(i).subject)) continue;
                    auto const w = when_of(fig(i));
                    done = done || w == when::on_time;
                    one_late = one_late || w == when::late;
                }
                all_on_time = all_on_time && done;
            }
            if (!all_on_time) {
                if (!one_late) late.reset();
                on_time.reset();
                if (!late) vague.reset();
            }
        }
        // a milestone's reading is its figure: when it happened is the figure's period
        auto at = [&](std::size_t i) {
            reading r;
            r.figure = i;
            r.provisional = !final(i);
            return r;
        };
        if (on_time) {
            v.state = met{at(*on_time), band::none};
        } else if (late) {
            v.state = missed{at(*late), band::none};
        } else if (vague) {
            v.state = pending{pending::why::undecided, at(*vague)};
        } else {
            v.state = waiting(std::nullopt);
        }
        return v;
    }

public:
    // What the judge made of each figure of the pool, for `explain`.
    std::vector<figure_note> notes(verdict const& v) const {
        std::vector<figure_note> out;
        if (!pool_) return out;
        std::optional<reading> used;
        if (auto const* m = std::get_if<met>(&v.state)) used = m->actual;
        if (auto const* m = std::get_if<missed>(&v.state)) used = m->actual;
        if (auto const* p = std::get_if<pending>(&v.state)) used = p->latest;
        auto has = [](std::vector<std::size_t> const& xs, std::size_t i) {
            return std::find(xs.begin(), xs.end(), i) != xs.end();
        };
        bool const used_final = used && final(used->figure);
        for (std::size_t i : *pool_) {
            auto const& f = fig(i);
            note n = note::superseded;
            if (used && !used->parts.empty() && has(used->parts, i)) {
                n = note::part_of_sum;
            } else if (used && used->figure == i) {
                n = is_pending(v) ? note::latest : note::used;
            } else if (used && used->base == i) {
                n = note::earlier_level;
            } else if (has(v.conflicts, i)) {
                n = note::conflict;
            } else if (f.reported && *f.reported > as_of_) {
                n = note::not_yet_known;
            } else if (row_ == rule::milestone) {
                if (f.measure != measure::milestone || !same_event(g_, f)) {
                    n = note::other_event;
                } else if ((f.src.report == g_.src.report && f.reported == g_.reported) ||
                           (g_.reported && f.reported && *f.reported < *g_.reported)) {
                    n = note::same_report;
                }
            } else if (!value_of(f) && f.comparator != comparator::direction) {
                n = note::no_number;
            } else if (!period_ || !f.period || !inside(*f.period, *period_)) {
                n = note::other_period;
            } else if (!measures_fit(g_, with_unit(f, g_.unit), m_, row_)) {
                n = note::other_measure;
            } else if (!measures_fit(g_, f, m_, row_)) {
                n = note::other_unit;
            } else if (!final(i) && used_final) {
                n = note::estimate;
            } else if (!full(f)) {
                n = note::part_of_period;
            }
            out.push_back(figure_note{i, n});
        }
        // the figures used first, then the others in the order they were read
        std::stable_sort(out.begin(), out.end(), [](figure_note const& a, figure_note const& b) {
            auto rank = [](note x) {
                return x == note::used || x == note::latest || x == note::part_of_sum ||
                               x == note::earlier_level
                           ? 0
                       : x == note::conflict ? 1
                                             : 2;
            };
            return rank(a.note) < rank(b.note);
        });
        return out;
    }

private:
    statement const& g_;
    std::vector<statement> const& figs_;
    std::vector<std::size_t> const* pool_;
    date as_of_;
    metric_info m_;
    rule row_ = rule::rate;
    double tol_ = 0;
    bool at_end_ = false;
    std::optional<interval> cond_;
    std::optional<rules::period> period_;
    std::optional<date> deadline_;
    std::vector<std::size_t> full_;  // figures for the whole period, best first
};

// A relative goal's growth of another statistic, for the same period: the other one it is compared with
// (whose polarity is its own, the catalog's), or a part of its whole (城镇居民人均可支配收入)
statement of_statistic(statement g, std::string const& metric) {
    g.metric = metric;
    g.relative_to.clear();
    return g;
}

statement other_side(statement const& g) {
    auto other = of_statistic(g, g.relative_to);
    other.polarity.reset();
    return other;
}

// The figures of a metric of the goal's region (of its report, when it names no region)
using pool_lookup = std::function<std::vector<std::size_t> const*(std::string const& metric)>;

// A relative goal of a whole whose own figure is not given, judged on each of its parts the catalog names
// (城镇 and 农村 for 居民人均可支配收入, each under its names through the years): every part must hold.
// Nothing when the whole has no parts or a part has no figure for the period.
std::optional<verdict> on_parts(statement const& target, std::vector<statement> const& figures,
                                pool_lookup const& pools, rules::catalog const& catalog, policy const& p,
                                date as_of) {
    auto const* def = catalog.find(target.metric);
    if (!def || def->parts.empty()) return std::nullopt;
    std::vector<verdict> each;
    for (auto const& names : def->parts) {
        std::optional<verdict> found;
        for (auto const& name : names) {
            auto const part = of_statistic(target, name);
            judge_one one(part, figures, pools(name), info_of(part, catalog), p, as_of);
            if (!one.period_reading()) continue;
            found = one.run();
            break;
        }
        if (!found || (!is_met(*found) && !is_missed(*found))) return std::nullopt;
        each.push_back(std::move(*found));
    }
    // the part that fails decides; when all hold, the first
    verdict v = each.front();
    for (auto const& e : each)
        if (is_missed(e)) {
            v = e;
            break;
        }
    for (auto const& e : each) {
        auto const& m = is_met(e) ? std::get<met>(e.state).actual : std::get<missed>(e.state).actual;
        v.parts.push_back(
            {m, is_met(e) ? std::get<met>(e.state).band : std::get<missed>(e.state).band, is_met(e)});
    }
    return v;
}

// A goal whose target is another statistic's growth for the same period (居民收入增长与经济增长同步): that
// figure for the period, then the goal judged as a rate against its value (同步 is `about`, within the rate
// tolerance, and beyond it on the good side met); the whole's parts when its own figure is not given.
// Pending while a figure is missing.
verdict judge_relative(statement const& g, std::vector<statement> const& figures, pool_lookup const& pools,
                       rules::catalog const& catalog, policy const& p, date as_of) {
    if (!g.deadline && !g.period) {  // a report with no date: no period to compare the two in
        verdict v;
        v.rule = rule::relative;
        v.state = pending{pending::why::no_deadline, std::nullopt};
        return v;
    }
    auto const other = other_side(g);
    auto const base =
        judge_one(other, figures, pools(other.metric), info_of(other, catalog), p, as_of).period_reading();
    statement target = g;
    bool const exact = base && base->low == base->high && !base->provisional;
    if (exact) target.value = base->low;
    judge_one one(target, figures, pools(g.metric), info_of(g, catalog), p, as_of);
    verdict v;
    if (exact) {
        v = one.run();
        if (!one.period_reading())
            if (auto by_parts = on_parts(target, figures, pools, catalog, p, as_of)) v = std::move(*by_parts);
    } else {
        v.polarity = info_of(g, catalog).polarity;
        v.tolerance = tolerance_of(g, p);
        auto const latest = one.latest_reading();
        bool const due = g.deadline && as_of > *g.deadline;
        // an estimate (预计) or a bound (超过5%) of the other statistic cannot give a target
        v.state = base ? pending{pending::why::undecided, latest}
                       : pending{due ? pending::why::overdue : pending::why::not_due, latest};
    }
    v.rule = rule::relative;
    v.other = base;
    return v;
}

// explain()'s notes on a relative goal's other figures: the other statistic's (the one its target was taken
// from marked so), and those of the whole's parts it was judged on
void note_other_side(explanation& e, statement const& g, std::vector<statement> const& figures,
                     pool_lookup const& pools, rules::catalog const& catalog, policy const& p, date as_of) {
    auto notes_of = [&](statement const& side, reading const* used_reading, bool other) {
        verdict used;
        if (used_reading)
            used.state = met{*used_reading, band::none};
        else
            used.state = pending{pending::why::not_due, std::nullopt};
        if (!other) used.conflicts = e.verdict.conflicts;  // the deciding part's, as judged
        for (auto n :
             judge_one(side, figures, pools(side.metric), info_of(side, catalog), p, as_of).notes(used)) {
            if (std::any_of(e.notes.begin(), e.notes.end(),
                            [&](figure_note const& x) { return x.figure == n.figure; }))
                continue;
            if (other && n.note == note::used) n.note = note::compared_with;
            e.notes.push_back(n);
        }
    };
    for (auto const& part : e.verdict.parts)
        notes_of(of_statistic(g, figures[part.actual.figure].metric), &part.actual, false);
    notes_of(other_side(g), e.verdict.other ? &*e.verdict.other : nullptr, true);
}

}  // namespace

std::optional<reading> reading_of(std::vector<rules::statement> const& figures, std::size_t i) {
    auto const iv = value_of(figures[i]);
    if (!iv) return std::nullopt;
    reading r;
    r.figure = i;
    r.low = iv->lo;
    r.high = iv->hi;
    r.low_open = iv->lo_open;
    r.high_open = iv->hi_open;
    r.provisional = figures[i].status != figure_status::final;
    return r;
}

explanation explain(statement const& goal, std::vector<statement> const& figures,
                    rules::catalog const& catalog, policy const& policy, date as_of) {
    std::vector<statement> const one{goal};
    return explain_all(one, figures, judge(one, figures, catalog, policy, as_of), catalog, policy, as_of)
        .front();
}

std::vector<explanation> explain_all(std::vector<statement> const& goals,
                                     std::vector<statement> const& figures,
                                     std::vector<verdict> const& verdicts, rules::catalog const& catalog,
                                     policy const& policy, date as_of) {
    // explain()'s pool for every goal from one index of all the figures, known on the as-of date or not
    figure_index index;
    for (std::size_t i = 0; i < figures.size(); ++i)
        if (figures[i].kind == rules::statement_kind::figure) index.add(figures, i);
    std::vector<explanation> out;
    out.reserve(goals.size());
    for (std::size_t k = 0; k < goals.size(); ++k) {
        auto const& g = goals[k];
        index.owned.clear();
        auto const pools = [&](std::string const& metric) { return index.of(g, metric, figures); };
        explanation e;
        e.verdict = verdicts[k];
        e.notes = judge_one(g, figures, pools(g.metric), info_of(g, catalog), policy, as_of).notes(e.verdict);
        if (!g.relative_to.empty()) note_other_side(e, g, figures, pools, catalog, policy, as_of);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<verdict> judge(std::vector<statement> const& goals, std::vector<statement> const& figures,
                           rules::catalog const& catalog, policy const& policy, date as_of) {
    // One pass over the figures: by region and metric, and milestones by region.
    figure_index index;
    index.by_metric.reserve(figures.size() / 4 + 16);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        auto const& f = figures[i];
        if (f.kind != rules::statement_kind::figure) continue;
        if (f.reported && *f.reported > as_of) continue;  // not known yet on that date
        if (rules::names_no_metric(f)) continue;          // 推进5个 is no figure of anything
        index.add(figures, i);
    }
    std::vector<verdict> out;
    out.reserve(goals.size());
    // one catalog look-up per metric (a metric the catalog does not know is a rate when its unit is one)
    std::unordered_map<std::string_view, metric_info> infos[2];
    for (auto const& g : goals) {
        auto& seen = infos[is_rate_unit(g.unit) ? 1 : 0];
        auto info = seen.find(g.metric);
        if (info == seen.end()) info = seen.emplace(g.metric, info_of(g, catalog)).first;
        // the goal's figures, and a relative goal's of the other statistic and of the whole's parts; overdue
        // with no figure, a goal whose report names no region is pending for that reason: a later report
        // could tell only with a region
        index.owned.clear();
        auto const pools = [&](std::string const& metric) { return index.of(g, metric, figures); };
        auto const* pool = pools(g.metric);
        if (rules::names_no_metric(g)) {
            verdict v;
            v.rule = row_of(g, info->second);
            v.state = pending{pending::why::no_metric, std::nullopt};
            out.push_back(std::move(v));
            continue;
        }
        auto v = g.relative_to.empty() ? judge_one(g, figures, pool, info->second, policy, as_of).run()
                                       : judge_relative(g, figures, pools, catalog, policy, as_of);
        if (g.region.empty() && is_pending(v) && std::get<pending>(v.state).reason == pending::why::overdue)
            std::get<pending>(v.state).reason = pending::why::no_region;
        out.push_back(std::move(v));
    }
    return out;
}

}  // namespace luoshi::engine
