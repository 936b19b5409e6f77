#include "engine/summary.hpp"

#include "rules/names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace luoshi::engine {

namespace {

using rules::comparator;
using rules::statement;

std::string number(double v, int decimals) {
    std::string s = fmt::format("{:.{}f}", v, decimals);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

}  // namespace

std::string one_line(std::string const& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] != '\n' && text[i] != '\r') {
            out += text[i++];
            continue;
        }
        while (i < text.size() && (text[i] == '\n' || text[i] == '\r')) ++i;
        // a sentence broken by layout joins up; an indented line (a rule file's next field) follows a "; "
        std::size_t indent = 0;
        while (i + indent < text.size() && text[i + indent] == ' ') ++indent;
        if (indent >= 2 && !out.empty() && i + indent < text.size()) {
            out += "; ";
            i += indent;
        }
    }
    return out;
}

std::string period_text(rules::period const& p) {
    auto const& b = p.begin;
    auto const& e = p.end;
    if (b == e) return rules::iso_date(b);
    bool const month_start = b.day() == 1, month_end = e.day() == e.end_of_month().day();
    if (b.year() == e.year() && b.month() == 1 && month_start && e.month() == 12 && month_end)
        return std::to_string(static_cast<int>(b.year()));
    if (b.year() == e.year() && b.month() == e.month() && month_start && month_end)
        return rules::iso_date(b).substr(0, 7);
    return rules::iso_date(b) + "…" + rules::iso_date(e);
}

namespace {

std::string const no_metric =
    "no metric named: its words name nothing a figure could be of, so it is not judged (give its metric with "
    "a rule file)";

std::string const region_unknown =
    "region unknown: its report names no region, and it is judged against no other report's figures (give "
    "--region, front matter or an index.csv)";

std::string quote(statement const& f) { return report_label(f) + ": " + one_line(f.src.text); }

std::string_view word(comparator c) {
    switch (c) {
        case comparator::at_least: return "以上";
        case comparator::more_than: return "超过";
        case comparator::at_most: return "以内";
        case comparator::less_than: return "低于";
        case comparator::about: return "左右";
        case comparator::range: return "区间";
        case comparator::direction: return "方向";
        case comparator::equal: return "目标";
    }
    return "目标";
}

// "the growth of ", "the average growth of ": what a relative goal compares
std::string growth_word(statement const& g) {
    return g.measure == rules::measure::average_growth ? "the average growth of " : "the growth of ";
}

// The comparator's word as the goal said it: a relative goal's is its own (同步, 快于)
std::string_view word_of(statement const& g) {
    if (g.relative_to.empty()) return word(g.comparator);
    switch (g.comparator) {
        case comparator::about: return "同步";
        case comparator::more_than: return "快于";
        case comparator::at_least: return "不低于";
        default: return word(g.comparator);
    }
}

std::string tolerance_text(verdict const& v, statement const& g) {
    if (rules::is_rate_unit(g.unit)) return "±" + number(v.tolerance, 2) + "pp";
    return "±" + number(v.tolerance * 100, 2) + "%";
}

std::string_view polarity_text(rules::polarity p) {
    switch (p) {
        case rules::polarity::higher_is_better: return "higher is better";
        case rules::polarity::lower_is_better: return "lower is better";
        case rules::polarity::neutral: return "neither side is better";
    }
    return "";
}

std::string show_reading(reading const& r, statement const& goal, std::vector<statement> const& figures) {
    auto const& f = figures[r.figure];
    std::string const& unit =
        r.base ? (goal.comparator == comparator::direction ? f.unit : goal.unit) : f.unit;
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (!r.base && f.comparator == comparator::direction)
        return f.direction < 0 ? "a decline (no number)" : "a rise (no number)";
    if (r.low == r.high) return show_value(r.low, unit);
    if (r.high == inf) return (r.low_open ? "> " : "≥ ") + show_value(r.low, unit);
    if (r.low == -inf) return (r.high_open ? "< " : "≤ ") + show_value(r.high, unit);
    return show_value(r.low, unit) + "–" + show_value(r.high, unit);
}

// "7.1% < 8% (以上)", "7.7% within ±0.5pp of 7.5% (左右)"
std::string comparison(verdict const& v, reading const& r, band b, bool ok, statement const& g,
                       std::vector<statement> const& figures) {
    std::string const a = show_reading(r, g, figures);
    std::string const t = g.value ? show_value(*g.value, g.unit) : "";
    std::string const w = "(" + std::string(word_of(g)) + ")";
    // 能耗下降3.1%以上 is growth ≤ -3.1%: said as a decline, the way the goal was written
    bool const decline = g.value && *g.value < 0 && g.measure != rules::measure::level && r.high <= 0 &&
                         (g.comparator == comparator::at_most || g.comparator == comparator::less_than);
    if (decline) {
        reading fall = r;  // the size of the fall: [−3, −2.7) is a fall of (2.7, 3]
        fall.low = -r.high;
        fall.high = -r.low;
        fall.low_open = r.high_open;
        fall.high_open = r.low_open;
        fall.base.reset();
        std::string const da = (fall.low == fall.high ? "下降" : "下降 ") + show_reading(fall, g, figures);
        std::string const dt = "下降" + show_value(-*g.value, g.unit);
        bool const strict = g.comparator == comparator::less_than;
        return da + (ok ? (strict ? " > " : " ≥ ") : (strict ? " ≤ " : " < ")) + dt +
               (strict ? " (超过)" : " (以上)");
    }
    switch (g.comparator) {
        case comparator::at_least: return a + (ok ? " ≥ " : " < ") + t + " " + w;
        case comparator::more_than: return a + (ok ? " > " : " ≤ ") + t + " " + w;
        case comparator::at_most: return a + (ok ? " ≤ " : " > ") + t + " " + w;
        case comparator::less_than: return a + (ok ? " < " : " ≥ ") + t + " " + w;
        case comparator::range:
            return a + (ok ? " in " : " outside ") + show_value(g.low.value_or(0), g.unit) + "–" +
                   show_value(g.high.value_or(0), g.unit) + " (closed range)";
        case comparator::direction: {
            std::string const sign = g.direction < 0 ? (ok ? " ≤ 0" : " > 0") : (ok ? " ≥ 0" : " < 0");
            return "change " + a + sign + (g.direction < 0 ? " (只减不增)" : " (只增不减)");
        }
        default: break;
    }
    std::string const tol = tolerance_text(v, g);
    switch (b) {
        case band::within: return a + " within " + tol + " of " + t + " " + w;
        case band::good_side:
            return a + " beyond " + t + " " + tol + " " + w + " on the good side (" +
                   std::string(polarity_text(v.polarity)) + ")";
        case band::bad_side:
            return a + " beyond " + t + " " + tol + " " + w + " on the bad side (" +
                   std::string(polarity_text(v.polarity)) + ")";
        case band::none: break;
    }
    return a + (ok ? " meets " : " fails ") + show_target(g) + " " + w;
}

std::string evidence_text(reading const& r, statement const& g, std::vector<statement> const& figures) {
    auto const& f = figures[r.figure];
    std::string out;
    if (r.base) {
        auto const& e = figures[*r.base];
        out += ", derived from two yearly levels at current prices (" + period_text(*e.period) + ": " +
               show_value(*e.value, e.unit) + ", " + period_text(*f.period) + ": " +
               show_value(*f.value, f.unit) + "; no growth figure stated)";
        out += "; " + quote(e) + "; " + quote(f);
        return out;
    }
    if (!r.parts.empty()) {
        out += ", the sum of " + std::to_string(r.parts.size()) + " years (";
        for (std::size_t k = 0; k < r.parts.size(); ++k) {
            auto const& p = figures[r.parts[k]];
            auto const part = reading_of(figures, r.parts[k]);
            out += (k ? ", " : "") + period_text(*p.period) + ": " +
                   (part ? show_reading(*part, g, figures) : "");
        }
        out += ")";
        for (std::size_t i : r.parts) out += "; " + quote(figures[i]);
        return out;
    }
    std::string const p = f.period ? period_text(*f.period) : "";
    bool const whole =
        g.period && f.period && f.period->begin == g.period->begin && f.period->end == g.period->end;
    if (!whole && !p.empty()) out += " (figure for " + p + ")";
    return out + "; " + quote(f);
}

std::string conflicts_text(verdict const& v, statement const& g, std::vector<statement> const& figures) {
    std::string out;
    for (std::size_t i : v.conflicts) {
        auto const& f = figures[i];
        auto const r = reading_of(figures, i);
        out += "; conflict: " + report_label(f) + " says " + (r ? show_reading(*r, g, figures) : "") + " (" +
               one_line(f.src.text) + "), the latest final figure is used";
    }
    return out;
}

std::string progress_text(verdict const& v) {
    if (!v.progress) return "";
    return fmt::format("; progress {}%", number(*v.progress * 100, 1));
}

std::string const provisional = "provisional, on an estimate (预计): ";

// "; 2026年报告: …" for each figure's sentence, once: two figures read from one sentence quote it once
std::string quoted_once(std::vector<std::size_t> const& which, std::vector<statement> const& figures) {
    auto const same_sentence = [](statement const& a, statement const& b) {
        return a.src.report == b.src.report && a.src.start == b.src.start && a.src.text == b.src.text;
    };
    std::string out;
    for (std::size_t k = 0; k < which.size(); ++k) {
        auto const& f = figures[which[k]];
        bool seen = false;
        for (std::size_t j = 0; j < k; ++j) seen = seen || same_sentence(figures[which[j]], f);
        if (!seen) out += "; " + quote(f);
    }
    return out;
}

// 居民收入增长与经济增长同步: "4.9% within ±0.5pp of 5.2% (同步): 5.2% is the growth of 地区生产总值 for
// 2025; 2026年报告: …; 2026年报告: …" (the sentence of each figure, once)
std::string relative_reason(verdict const& v, statement const& g, std::vector<statement> const& figures,
                            rules::date as_of) {
    std::string const deadline = g.deadline ? rules::iso_date(*g.deadline) : "";
    std::string const period = g.period     ? period_text(*g.period)
                               : g.deadline ? std::to_string(static_cast<int>(g.deadline->year()))
                                            : "the period";
    std::string const of_other = growth_word(g) + g.relative_to + " for " + period;
    std::string target;  // the other statistic's figure, quoted
    statement with_target = g;
    if (v.other) {
        auto const& f = figures[v.other->figure];
        target = "; target: " + of_other + " " + show_reading(*v.other, g, figures) + "; " + quote(f);
        if (v.other->low == v.other->high) with_target.value = v.other->low;
    }
    auto decided = [&](reading const& r, band b, bool ok) {
        return (r.provisional ? provisional : "") + comparison(v, r, b, ok, with_target, figures) + ": " +
               show_reading(*v.other, g, figures) + " is " + of_other +
               quoted_once({r.figure, v.other->figure}, figures) + conflicts_text(v, g, figures);
    };
    if (!v.parts.empty() && v.other && !is_pending(v)) {
        // 城镇 7% and 农村 9.3% against 7.7%: each part's comparison, then the figures
        bool const estimate = std::any_of(v.parts.begin(), v.parts.end(),
                                          [](verdict::part const& p) { return p.actual.provisional; });
        std::string out =
            (estimate ? provisional : "") + "the figure of " + g.metric + " not given, each part must hold: ";
        for (std::size_t k = 0; k < v.parts.size(); ++k) {
            auto const& part = v.parts[k];
            out += (k ? "; " : "") + figures[part.actual.figure].metric + " " +
                   comparison(v, part.actual, part.band, part.held, with_target, figures);
        }
        std::vector<std::size_t> quoted;
        for (auto const& part : v.parts) quoted.push_back(part.actual.figure);
        quoted.push_back(v.other->figure);
        return out + ": " + show_reading(*v.other, g, figures) + " is " + of_other +
               quoted_once(quoted, figures) + conflicts_text(v, g, figures);
    }
    if (auto const* m = std::get_if<met>(&v.state)) return decided(m->actual, m->band, true);
    if (auto const* m = std::get_if<missed>(&v.state)) return decided(m->actual, m->band, false);
    auto const& p = std::get<pending>(v.state);
    std::string latest;
    if (p.latest)
        latest = "; latest of " + g.metric + ": " + show_reading(*p.latest, g, figures) + "; " +
                 quote(figures[p.latest->figure]);
    switch (p.reason) {
        case pending::why::not_due:
            return "deadline " + deadline + " not reached as of " + rules::iso_date(as_of) + latest + target;
        case pending::why::overdue:
            if (!v.other && !p.latest)
                return "no figure of " + growth_word(g) + g.metric + " or of " + g.relative_to + " for " +
                       period + " reported since the deadline " + deadline + " (overdue as of " +
                       rules::iso_date(as_of) + ")";
            if (!v.other)
                return "no figure of " + of_other + " (the target) reported since the deadline " + deadline +
                       " (overdue as of " + rules::iso_date(as_of) + ")" + latest;
            return "no figure of " + growth_word(g) + g.metric + " for " + period +
                   " reported since the deadline " + deadline + " (overdue as of " + rules::iso_date(as_of) +
                   ")" + target;
        case pending::why::undecided:
            if (v.other && (v.other->low != v.other->high || v.other->provisional))
                return of_other + " is an estimate or a bound, no target to compare with" + target + latest;
            return show_reading(*p.latest, g, figures) + " cannot decide " + show_target(with_target) +
                   target;
        case pending::why::no_deadline: return "no deadline or period to judge against";
        case pending::why::no_region: return region_unknown;
        case pending::why::no_metric: return no_metric;
        case pending::why::no_target: return "nothing stated to compare a report with";
    }
    return "";
}

}  // namespace

std::string show_value(double v, std::string const& unit) {
    if (unit == "%") return number(v, 2) + "%";
    if (unit == "pp") return number(v, 2) + "个百分点";
    if (unit == "ratio") return number(v, 4);
    double const a = std::fabs(v);
    if (a >= 1e12) return number(v / 1e12, 4) + "万亿" + unit;
    if (a >= 1e8) return number(v / 1e8, 4) + "亿" + unit;
    if (a >= 1e4) return number(v / 1e4, 4) + "万" + unit;
    return number(v, 4) + unit;
}

std::string show_target(statement const& g) {
    if (g.measure == rules::measure::milestone)
        return g.event + (g.deadline ? " by " + rules::iso_date(*g.deadline) : "");
    if (g.comparator == comparator::direction) return g.direction < 0 ? "only down" : "only up";
    if (!g.relative_to.empty() && !g.value) {
        std::string const other = growth_word(g) + g.relative_to;
        switch (g.comparator) {
            case comparator::at_least: return "≥ " + other;
            case comparator::more_than: return "> " + other;
            default: return "about " + other;
        }
    }
    if (g.comparator == comparator::range && g.low && g.high)
        return show_value(*g.low, g.unit) + "–" + show_value(*g.high, g.unit);
    if (!g.value) return "";
    if (*g.value < 0 && g.measure != rules::measure::level && g.comparator == comparator::at_most)
        return "下降 ≥ " + show_value(-*g.value, g.unit);  // 能耗下降3%以上
    std::string const v = show_value(*g.value, g.unit);
    switch (g.comparator) {
        case comparator::at_least: return "≥ " + v;
        case comparator::more_than: return "> " + v;
        case comparator::at_most: return "≤ " + v;
        case comparator::less_than: return "< " + v;
        case comparator::about: return "about " + v;
        default: return v;
    }
}

std::string goal_text(statement const& g) {
    auto const& r = g.src.report;
    bool const rule_file = (r.size() > 5 && r.compare(r.size() - 5, 5, ".yaml") == 0) ||
                           (r.size() > 4 && r.compare(r.size() - 4, 4, ".yml") == 0);
    bool const fields =
        g.src.text.find(": ") != std::string::npos || g.src.text.find(":\n") != std::string::npos;
    if (!rule_file || !fields) return one_line(g.src.text);
    // written field by field: what it says, as a sentence would
    if (g.measure == rules::measure::milestone) return g.subject + g.event;
    return g.metric_text + " " + show_target(g);
}

std::string report_label(statement const& s) {
    auto const slash = s.src.report.find_last_of('/');
    std::string const file = slash == std::string::npos ? s.src.report : s.src.report.substr(slash + 1);
    // a rule file or a figure table is named as it is; a report by its year
    auto const dot = file.find_last_of('.');
    std::string const ext = dot == std::string::npos ? "" : file.substr(dot);
    if (ext == ".yaml" || ext == ".yml" || ext == ".csv")
        return s.reported ? fmt::format("{} ({})", file, rules::iso_date(*s.reported)) : file;
    if (s.reported) return fmt::format("{}年报告", static_cast<int>(s.reported->year()));
    return file;
}

std::string show_figure(std::vector<statement> const& figures, std::size_t i, statement const& goal) {
    auto const& f = figures[i];
    if (f.measure == rules::measure::milestone)
        return f.event + (f.period ? " " + period_text(*f.period) : "");
    auto const r = reading_of(figures, i);
    if (f.comparator == comparator::direction) return f.direction < 0 ? "a decline" : "a rise";
    return r ? show_reading(*r, goal, figures) : "";
}

std::string show_actual(verdict const& v, statement const& goal, std::vector<statement> const& figures) {
    std::optional<reading> r;
    if (auto const* m = std::get_if<met>(&v.state)) r = m->actual;
    if (auto const* m = std::get_if<missed>(&v.state)) r = m->actual;
    if (auto const* p = std::get_if<pending>(&v.state)) r = p->latest;
    if (!r) return "";
    auto const& f = figures[r->figure];
    if (v.rule == rule::milestone) return f.period ? f.event + " " + period_text(*f.period) : f.event;
    std::string s = show_reading(*r, goal, figures);
    if (r->base) s += " (derived)";
    if (!r->parts.empty()) s += " (sum of " + std::to_string(r->parts.size()) + " years)";
    if (r->provisional) s += " (estimate)";
    return s;
}

std::string reason(verdict const& v, statement const& g, std::vector<statement> const& figures,
                   rules::date as_of) {
    std::string const deadline = g.deadline ? rules::iso_date(*g.deadline) : "";
    if (v.rule == rule::milestone) {
        if (auto const* m = std::get_if<met>(&v.state)) {
            auto const& f = figures[m->actual.figure];
            return (m->actual.provisional ? provisional : "") + "happened " + period_text(*f.period) +
                   ", by the deadline " + deadline + "; " + quote(f);
        }
        if (auto const* m = std::get_if<missed>(&v.state)) {
            auto const& f = figures[m->actual.figure];
            if (f.reported && f.period->begin > *f.reported)
                return "not done by the deadline " + deadline + ": the report of " +
                       rules::iso_date(*f.reported) + " puts it off to " + period_text(*f.period) + "; " +
                       quote(f);
            if (g.deadline && f.period->begin <= *g.deadline)  // 尚未回迁, 暂停开工 after the deadline
                return "not done by the deadline " + deadline +
                       ": a later report says it has not happened; " + quote(f);
            return (m->actual.provisional ? provisional : "") + "happened " + period_text(*f.period) +
                   ", after the deadline " + deadline + "; " + quote(f);
        }
        auto const& p = std::get<pending>(v.state);
        switch (p.reason) {
            case pending::why::not_due:
                return "deadline " + deadline + " not reached as of " + rules::iso_date(as_of) +
                       "; no report that it happened yet";
            case pending::why::overdue:
                return "no report that it happened since the deadline " + deadline + " (overdue as of " +
                       rules::iso_date(as_of) + ")";
            case pending::why::undecided: {
                auto const& f = figures[p.latest->figure];
                return "happened " + period_text(*f.period) + ", a span that holds the deadline " + deadline +
                       ": cannot tell whether on time; " + quote(f);
            }
            case pending::why::no_deadline: return "no deadline to judge against";
            case pending::why::no_target: return "nothing stated to compare a report with";
            case pending::why::no_region: return region_unknown;
            case pending::why::no_metric: return no_metric;
        }
    }
    if (v.rule == rule::relative) return relative_reason(v, g, figures, as_of);
    if (auto const* m = std::get_if<met>(&v.state)) {
        std::string s =
            (m->actual.provisional ? provisional : "") + comparison(v, m->actual, m->band, true, g, figures);
        if (v.rule == rule::reach) s += ": reached";
        if (v.rule == rule::cap) s += ": the period ended within the cap";
        return s + evidence_text(m->actual, g, figures) + conflicts_text(v, g, figures);
    }
    if (auto const* m = std::get_if<missed>(&v.state)) {
        std::string s =
            (m->actual.provisional ? provisional : "") + comparison(v, m->actual, m->band, false, g, figures);
        if (v.rule == rule::reach) s += ": fell short for the period" + progress_text(v);
        if (v.rule == rule::cap) s += ": cap exceeded";
        return s + evidence_text(m->actual, g, figures) + conflicts_text(v, g, figures);
    }
    auto const& p = std::get<pending>(v.state);
    std::string latest;
    if (p.latest) {
        auto const& f = figures[p.latest->figure];
        latest = "; latest: " + show_reading(*p.latest, g, figures) +
                 (f.period ? " for " + period_text(*f.period) : "") + progress_text(v) + "; " + quote(f);
    }
    switch (p.reason) {
        case pending::why::not_due:
            return "deadline " + deadline + " not reached as of " + rules::iso_date(as_of) + latest;
        case pending::why::overdue:
            return "no figure for the period reported since the deadline " + deadline + " (overdue as of " +
                   rules::iso_date(as_of) + ")" + latest;
        case pending::why::undecided: {
            std::string const a = show_reading(*p.latest, g, figures);
            return a + " cannot decide " + show_target(g) + evidence_text(*p.latest, g, figures);
        }
        case pending::why::no_deadline: return "no deadline or period to judge against";
        case pending::why::no_region: return region_unknown;
        case pending::why::no_metric: return no_metric;
        case pending::why::no_target:
            return "the goal states no number a figure could be compared with (deadline " + deadline + ")";
    }
    return "";
}

}  // namespace luoshi::engine
