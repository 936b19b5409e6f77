#include "rules/yaml/entry.hpp"

#include "dsl/units.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"

#include <fmt/format.h>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace luoshi::rules::yaml::detail {

namespace {

bool is_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

constexpr std::string_view month_names[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};

// A day that exists, or the reason it does not.
std::optional<rules::date> make_day(int y, int m, int d, std::string const& text, field const& f, sink& s) {
    if (y < 1900 || y > 2200) {
        s.error(f.offset, fmt::format("not a date: {} (the year is outside 1900–2200)", text));
        return std::nullopt;
    }
    if (m < 1 || m > 12) {
        s.error(f.offset, fmt::format("not a date: {} (there is no month {})", text, m));
        return std::nullopt;
    }
    int const last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                            static_cast<unsigned short>(m));
    if (d < 1 || d > last) {
        s.error(f.offset, fmt::format("not a date: {} ({} {} has {} days)", text,
                                      month_names[static_cast<std::size_t>(m - 1)], y, last));
        return std::nullopt;
    }
    return rules::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                       static_cast<unsigned short>(d));
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t b = 0;
    while (true) {
        auto const e = s.find(sep, b);
        out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
        if (e == std::string_view::npos) break;
        b = e + 1;
    }
    return out;
}

// The last day of a month.
rules::date month_end(int y, int m) {
    return rules::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                       boost::gregorian::gregorian_calendar::end_of_month_day(
                           static_cast<unsigned short>(y), static_cast<unsigned short>(m)));
}

// 十一五 … 十九五: the five-year plans since 1966 run 1966 + 5 × (n − 3).
std::optional<rules::period> plan_period(std::string_view s) {
    constexpr std::string_view ten = "十", five = "五";
    constexpr std::string_view digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (s.substr(0, ten.size()) != ten) return std::nullopt;
    s.remove_prefix(ten.size());
    bool const end_only = s.size() > five.size() && s.substr(s.size() - 3) == "末";
    if (end_only) s.remove_suffix(3);
    for (std::string_view suffix : {"期间", "时期"})
        if (s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
            s.remove_suffix(suffix.size());
    if (s.size() != 2 * five.size() || s.substr(3) != five) return std::nullopt;
    for (std::size_t i = 0; i < 9; ++i)
        if (s.substr(0, 3) == digits[i]) {
            int const n = 10 + static_cast<int>(i) + 1;
            int const begin = 1966 + 5 * (n - 3);
            if (begin > 2200) return std::nullopt;
            return rules::period{rules::date(static_cast<unsigned short>(end_only ? begin + 4 : begin), 1, 1),
                                 rules::date(static_cast<unsigned short>(begin + 4), 12, 31)};
        }
    return std::nullopt;
}

std::vector<std::string> const common_keys{"id", "region", "date", "source", "note", "scope", "node"};

std::vector<std::string> with_common(std::vector<std::string> keys) {
    keys.insert(keys.end(), common_keys.begin(), common_keys.end());
    return keys;
}

field const* get(fields const& v, std::string_view key) {
    auto const it = v.find(key);
    return it == v.end() ? nullptr : &it->second;
}

// Code points, for the edit distance.
std::vector<std::uint32_t> code_points(std::string_view s) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        auto const c = static_cast<unsigned char>(s[i]);
        std::size_t const n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        std::uint32_t cp = 0;
        for (std::size_t k = 0; k < n && i + k < s.size(); ++k)
            cp = (cp << 8) | static_cast<unsigned char>(s[i + k]);
        out.push_back(cp);
        i += n;
    }
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    auto const x = code_points(a), y = code_points(b);
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            std::size_t const up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[y.size()];
}

}  // namespace

std::optional<std::string> closest_word(std::string_view word, std::vector<std::string> const& candidates) {
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    std::size_t const length = code_points(word).size();
    // a third of the word may be wrong, at least one character and at most three
    std::size_t const allowed = std::clamp<std::size_t>(length / 3, 1, 3);
    for (auto const& c : candidates) {
        if (c == word) continue;
        std::size_t const d = edit_distance(word, c);
        if (d <= allowed && (!best || d < best_distance)) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

std::optional<std::string> closest_unit(std::string const& text) {
    // 亿圆 is 亿 and a unit: the multiplier kept, the unit put right
    for (std::string_view m : {"万亿", "亿", "万", "千", "百"}) {
        if (text.size() > m.size() && text.compare(0, m.size(), m) == 0) {
            std::vector<std::string> counted;  // units a multiplier goes with: not %, pp
            for (auto const& w : dsl::unit_words())
                if (auto const r = dsl::read_unit(w); r && r->unit != "%" && r->unit != "pp")
                    counted.push_back(w);
            if (auto const near = closest_word(text.substr(m.size()), counted)) return std::string(m) + *near;
        }
    }
    return closest_word(text, dsl::unit_words());
}

std::optional<double> number(std::string const& text) {
    std::string t;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // 1,200 and 12,000,000: a comma between groups of three digits
        if (text[i] == ',' && i > 0 && i + 3 < text.size() + 1 &&
            is_digits(std::string_view(text).substr(i + 1, 3)) &&
            (i + 4 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4]))))
            continue;
        t += text[i];
    }
    if (t.empty() || t.find_first_not_of("+-0123456789.eE") != std::string::npos) return std::nullopt;
    char* end = nullptr;
    double const v = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<rules::date> day(field const& f, sink& s, bool period_end) {
    auto const parts = split(f.text, '-');
    bool const shaped =
        (parts.size() == 3 && parts[0].size() == 4 && parts[1].size() == 2 && parts[2].size() == 2) ||
        (period_end && parts.size() == 2 && parts[0].size() == 4 && parts[1].size() == 2) ||
        (period_end && parts.size() == 1 && parts[0].size() == 4);
    if (!shaped || !std::all_of(parts.begin(), parts.end(), is_digits)) {
        s.error(f.offset, fmt::format("not a date (want {}): {}",
                                      period_end ? "YYYY-MM-DD, YYYY-MM or YYYY" : "YYYY-MM-DD", f.text));
        return std::nullopt;
    }
    int const y = to_int(parts[0]);
    if (parts.size() == 1) return make_day(y, 12, 31, f.text, f, s);
    int const m = to_int(parts[1]);
    if (parts.size() == 2) {
        if (!make_day(y, m, 1, f.text, f, s)) return std::nullopt;
        return month_end(y, m);
    }
    return make_day(y, m, to_int(parts[2]), f.text, f, s);
}

namespace {

// 2015年, 2015年上半年, 2015年一季度, 2015年第二季度, 2015年6月, 2015年前三季度 as the ISO forms period()
// reads.
std::string from_chinese(std::string t) {
    if (t.size() < 4 || !is_digits(std::string_view(t).substr(0, 4))) return t;
    std::string const year = t.substr(0, 4);
    std::string rest = t.substr(4);
    if (rest.rfind("年", 0) == 0) rest = rest.substr(std::string_view("年").size());
    if (rest.empty()) return year;
    if (rest == "上半年") return year + "-H1";
    if (rest == "下半年") return year + "-H2";
    if (rest == "前三季度") return year + "-01-01/" + year + "-09-30";
    if (rest.rfind("第", 0) == 0) rest = rest.substr(std::string_view("第").size());
    constexpr std::string_view quarters[] = {"一季度", "二季度", "三季度", "四季度"};
    for (std::size_t q = 0; q < 4; ++q)
        if (rest == quarters[q] || rest == std::to_string(q + 1) + "季度")
            return year + "-Q" + std::to_string(q + 1);
    auto const month = rest.find("月");
    if (month != std::string::npos && month + std::string_view("月").size() == rest.size() && month <= 2 &&
        is_digits(std::string_view(rest).substr(0, month)))
        return year + "-" + (month == 1 ? "0" : "") + rest.substr(0, month);
    return t;
}

}  // namespace

std::optional<rules::period> period(field const& given, sink& s) {
    field f = given;
    f.text = from_chinese(given.text);
    std::string_view const t = f.text;
    auto bad = [&] {
        s.error(f.offset, fmt::format("not a period (want 2015, 2015-06, 2015-Q2, 2015-H1, 2016-2020, "
                                      "2015-01-01/2015-06-30, 2015年上半年 or 十三五): {}",
                                      given.text));
        return std::nullopt;
    };
    if (auto p = plan_period(t)) return p;
    if (t.find('/') != std::string_view::npos) {
        auto const both = split(t, '/');
        if (both.size() != 2) return bad();
        field a = f, b = f;
        a.text = std::string(both[0]);
        b.text = std::string(both[1]);
        auto const from = day(a, s, false), to = day(b, s, false);
        if (!from || !to) return std::nullopt;
        if (*to < *from) {
            s.error(f.offset, fmt::format("a period that ends before it begins: {}", f.text));
            return std::nullopt;
        }
        return rules::period{*from, *to};
    }
    auto const parts = split(t, '-');
    if (parts.empty() || parts[0].size() != 4 || !is_digits(parts[0])) return bad();
    int const y = to_int(parts[0]);
    if (y < 1900 || y > 2200) {
        s.error(f.offset, fmt::format("not a period: {} (the year is outside 1900–2200)", f.text));
        return std::nullopt;
    }
    auto const ys = static_cast<unsigned short>(y);
    if (parts.size() == 1) return rules::period{rules::date(ys, 1, 1), rules::date(ys, 12, 31)};
    if (parts.size() != 2) return bad();
    std::string_view const p = parts[1];
    if (p.size() == 4 && is_digits(p)) {
        int const to = to_int(p);
        if (to < y || to > 2200) {
            s.error(f.offset,
                    fmt::format("not a period: {} (the second year comes before the first)", f.text));
            return std::nullopt;
        }
        return rules::period{rules::date(ys, 1, 1), rules::date(static_cast<unsigned short>(to), 12, 31)};
    }
    if (p.size() == 2 && is_digits(p)) {
        int const m = to_int(p);
        if (m < 1 || m > 12) {
            s.error(f.offset, fmt::format("not a period: {} (there is no month {})", f.text, m));
            return std::nullopt;
        }
        return rules::period{rules::date(ys, static_cast<unsigned short>(m), 1), month_end(y, m)};
    }
    if (p.size() == 2 && (p[0] == 'Q' || p[0] == 'q') && p[1] >= '1' && p[1] <= '4') {
        int const q = p[1] - '0';
        return rules::period{rules::date(ys, static_cast<unsigned short>(3 * q - 2), 1), month_end(y, 3 * q)};
    }
    if (p.size() == 2 && (p[0] == 'H' || p[0] == 'h') && (p[1] == '1' || p[1] == '2')) {
        int const h = p[1] - '0';
        return rules::period{rules::date(ys, static_cast<unsigned short>(6 * h - 5), 1), month_end(y, 6 * h)};
    }
    return bad();
}

std::vector<std::string> const& goal_keys() {
    static auto const keys =
        with_common({"goal", "metric", "measure", "comparator", "value", "low", "high", "unit", "direction",
                     "deadline", "period", "strength", "subject", "event", "tolerance", "polarity", "vague",
                     "headline", "relative_to"});
    return keys;
}

std::vector<std::string> const& figure_keys() {
    static auto const keys =
        with_common({"figure", "metric", "measure", "comparator", "value", "low", "high", "unit", "period",
                     "as_of", "status", "subject", "event", "vague", "done"});
    return keys;
}

std::vector<std::string> const& phrase_goal_keys() {
    static auto const keys = with_common(
        {"goal", "deadline", "strength", "subject", "tolerance", "polarity", "metric", "headline"});
    return keys;
}

std::vector<std::string> const& phrase_figure_keys() {
    static auto const keys = with_common({"figure", "period", "as_of", "status", "metric"});
    return keys;
}

std::string unknown_key(std::string const& key, std::vector<std::string> const& allowed,
                        std::string_view what, std::string_view noun) {
    std::string msg = fmt::format("unknown {} `{}` in {}", noun, key, what);
    if (auto const near = closest_word(key, allowed)) msg += fmt::format("; did you mean `{}`?", *near);
    return msg;
}

std::string region_of(entry const& e, file_context const& file) {
    if (auto const* r = get(e.values, "region")) return r->text;
    if (!e.region.empty()) return e.region;
    return file.region;
}

std::optional<rules::date> date_of(entry const& e, file_context const& file, sink& s) {
    if (auto const* d = get(e.values, "date")) return day(*d, s, false);
    if (e.date) return e.date;
    return file.date;
}

void apply_unit(statement& st, fields const& v, catalog const* cat, sink& s) {
    (void)cat;
    double scale = 1;
    if (auto const* u = get(v, "unit")) {
        auto const r = dsl::read_unit(u->text);
        if (!r) {
            std::string msg = fmt::format("unknown unit `{}`", u->text);
            if (auto const near = closest_unit(u->text)) msg += fmt::format("; did you mean `{}`?", *near);
            s.error(u->offset, msg);
            return;
        }
        st.unit = r->unit;
        st.unit_text = u->text;
        scale = r->scale;
    } else {
        // a growth, a share, a progress in %, a change in points: the unit goes without saying
        switch (st.measure) {
            case measure::growth:
            case measure::average_growth:
            case measure::share:
            case measure::progress: st.unit = st.unit_text = "%"; break;
            case measure::change: st.unit = "pp", st.unit_text = "个百分点"; break;
            default: break;
        }
    }
    for (auto [x, key] : {std::pair{&st.value, "value"}, {&st.low, "low"}, {&st.high, "high"}}) {
        if (!*x) continue;
        *x = **x * scale;
        if (std::isfinite(**x)) continue;
        // 1e308 亿元 is finite as written and infinite in 元: stored, it would judge and export as inf
        auto const* f = get(v, key);
        s.error(f ? f->offset : 0, fmt::format("{} {} is too large: it overflows in the base unit {}",
                                               f ? f->text : std::string(key), st.unit_text, st.unit));
        *x = std::nullopt;
    }
}

// scope: year_targets 2026, plan_targets 2026-2030: where in its report a statement was read (as `rules`
// writes it back)
void apply_scope(statement& st, field const& f, sink& s) {
    std::string_view t = f.text;
    auto const space = t.find(' ');
    auto const kind = parse_scope_kind(t.substr(0, space));
    int from = 0, to = 0;
    bool years = true;
    if (space != std::string_view::npos) {
        std::string const y(t.substr(space + 1));
        char dash = 0, extra = 0;
        int const n = std::sscanf(y.c_str(), "%d%c%d%c", &from, &dash, &to, &extra);
        if (n == 1) to = from;
        years = n == 1 || (n == 3 && dash == '-');
    }
    if (!kind || !years) {
        s.error(f.offset,
                fmt::format("scope is a part of a report and its years (review_year 2025, plan_targets "
                            "2026-2030), not {}",
                            f.text));
        return;
    }
    st.scope = {*kind, from, to};
}

void apply_common(statement& st, entry const& e, file_context const& file, sink& s) {
    st.region = region_of(e, file);
    if (auto const* x = get(e.values, "scope")) apply_scope(st, *x, s);
    if (auto const* x = get(e.values, "node")) st.node = x->text;
    if (auto const* x = get(e.values, "headline")) {
        if (x->text == "true" || x->text == "yes")
            st.headline = true;
        else if (x->text != "false" && x->text != "no")
            s.error(x->offset, fmt::format("headline is true or false, not {}", x->text));
    }
    if (auto const* x = get(e.values, "strength")) {
        std::string const& t = x->text;
        if (auto const v = parse_strength(t))
            st.strength = *v;
        else if (t == "确保")
            st.strength = strength::binding;
        else if (t == "力争" || t == "争取" || t == "努力")
            st.strength = strength::aspirational;
        else
            s.error(x->offset,
                    fmt::format("strength is binding (确保), aspirational (力争, 争取, 努力) or none, not {}",
                                t));
    }
    if (auto const* x = get(e.values, "polarity")) {
        if (auto const v = parse_polarity(x->text))
            st.polarity = *v;
        else
            s.error(x->offset, fmt::format("polarity is higher, lower or neutral, not {}", x->text));
    }
    if (auto const* x = get(e.values, "subject")) st.subject = x->text;
    if (auto const* x = get(e.values, "status")) {
        if (auto const v = parse_status(x->text))
            st.status = *v;
        else
            s.error(x->offset, fmt::format("status is final, estimate or progress, not {}", x->text));
    }
    if (auto const* x = get(e.values, "as_of")) {
        if (auto const d = day(*x, s, false)) {
            st.as_of = *d;
            if (!get(e.values, "period")) st.period = rules::period{rules::date(d->year(), 1, 1), *d};
        }
    }
}

// The tolerance of an `about` goal: percentage points for a rate, a fraction of the target for an amount.
void apply_tolerance(statement& st, field const& f, sink& s) {
    std::string t = f.text;
    bool percent = false, points = false;
    for (std::string_view suffix : {"个百分点", "pp", "%", "％"}) {
        if (t.size() > suffix.size() && t.compare(t.size() - suffix.size(), suffix.size(), suffix) == 0) {
            (suffix == "%" || suffix == "％" ? percent : points) = true;
            t.resize(t.size() - suffix.size());
            break;
        }
    }
    auto const v = number(t);
    if (!v || *v < 0) {
        s.error(
            f.offset,
            fmt::format("tolerance is a number, a share (5%) or percentage points (0.5pp), not {}", f.text));
        return;
    }
    if (is_rate_unit(st.unit)) {
        if (percent) {
            s.error(
                f.offset,
                fmt::format(
                    "the goal is a rate: its tolerance is in percentage points (0.5pp), not a share of the "
                    "target ({})",
                    f.text));
            return;
        }
        st.tolerance = *v;
        return;
    }
    if (points) {
        s.error(f.offset,
                "the goal is an amount: its tolerance is a share of the target (5%), not percentage points");
        return;
    }
    if (!percent && *v >= 1) {
        s.error(f.offset,
                fmt::format("the goal is an amount: its tolerance is a share of the target, 5% or 0.05, "
                            "not {}",
                            f.text));
        return;
    }
    st.tolerance = percent ? *v / 100 : *v;
}

namespace {

std::optional<double> number_field(fields const& v, std::string_view key, sink& s) {
    auto const* f = get(v, key);
    if (!f) return std::nullopt;
    if (auto const x = number(f->text)) return x;
    bool const has_unit = !f->text.empty() && f->text.find_first_of("0123456789") != std::string::npos;
    s.error(f->offset, fmt::format("{} is a number{}, not `{}`", key,
                                   has_unit ? " (the unit goes in `unit:`)" : "", f->text));
    return std::nullopt;
}

}  // namespace

statement structured(entry const& e, file_context const& file, sink& s) {
    auto const& v = e.values;
    statement st;
    st.kind = e.kind;
    bool const goal = e.kind == statement_kind::goal;
    std::string_view const what = goal ? "goal" : "figure";

    if (auto const* m = get(v, "measure")) {
        if (auto const x = parse_measure(m->text))
            st.measure = *x;
        else
            s.error(m->offset,
                    fmt::format("measure is level, growth, average_growth, increase, change, share, "
                                "progress or milestone, not {}",
                                m->text));
    }
    bool const milestone = st.measure == measure::milestone;
    if (auto const* x = get(v, "event")) st.event = x->text;
    if (auto const* x = get(v, "subject")) st.subject = x->text;
    if (auto const* m = get(v, "metric")) {
        st.metric_text = m->text;
    } else if (milestone && !st.event.empty()) {
        st.metric_text = st.subject + st.event;
    } else {
        s.error(e.offset,
                milestone ? fmt::format(
                                "a milestone {} needs `event` (开门营业, 回迁, 竣工) and its `subject`", what)
                          : fmt::format("a {} needs `metric`, or a phrase under `{}:`", what, what));
    }
    if (milestone && st.event.empty() && get(v, "metric") == nullptr) {
        // said above
    } else if (milestone && st.event.empty()) {
        s.error(e.offset, fmt::format("a milestone {} needs `event` (开门营业, 回迁, 竣工)", what));
    }

    if (auto const* c = get(v, "comparator")) {
        std::string const& t = c->text;
        if (auto const x = parse_comparator(t))
            st.comparator = *x;
        else if (t == "≥")
            st.comparator = comparator::at_least;
        else if (t == "≤")
            st.comparator = comparator::at_most;
        else
            s.error(c->offset,
                    fmt::format("comparator is >=, >, <=, <, =, about, range or direction, not {}", t));
    } else if (goal && !milestone && !e.broken.count("comparator")) {
        s.error(e.offset,
                "a goal written field by field needs `comparator` (>=, >, <=, <, =, about, range or "
                "direction)");
    }

    st.value = number_field(v, "value", s);
    st.low = number_field(v, "low", s);
    st.high = number_field(v, "high", s);
    if (auto const* x = get(v, "vague")) {
        if (auto const q = parse_vagueness(x->text))
            st.vague = *q;
        else
            s.error(x->offset,
                    fmt::format("vague is exact, more_than (余, 多), less_than (近) or about (约), not {}",
                                x->text));
    }
    if (auto const* d = get(v, "direction")) {
        if (d->text == "up" || d->text == "增")
            st.direction = 1;
        else if (d->text == "down" || d->text == "减")
            st.direction = -1;
        else
            s.error(d->offset, fmt::format("direction is up or down, not {}", d->text));
        if (st.comparator != comparator::direction)
            s.error(d->key_offset, "`direction` goes with `comparator: direction` (只增不减, 只减不增)");
    }
    auto const* relative = get(v, "relative_to");
    if (relative && st.comparator != comparator::about && st.comparator != comparator::at_least &&
        st.comparator != comparator::more_than)
        s.error(get(v, "comparator") ? get(v, "comparator")->offset : e.offset,
                "a goal with `relative_to` compares with about (同步), >= (不低于) or > (快于)");
    if (st.comparator == comparator::range) {
        if (!st.low || !st.high) {
            s.error(e.offset, fmt::format("a range {} needs `low` and `high`", what));
        } else {
            if (*st.high < *st.low)
                s.error(get(v, "high")->offset, fmt::format("the range's high end {} is below its low end {}",
                                                            get(v, "high")->text, get(v, "low")->text));
        }
    } else if (st.comparator == comparator::direction) {
        if (st.direction == 0 && !get(v, "direction"))
            s.error(e.offset, "a direction goal needs `direction: up` or `down`");
    } else if (relative) {
        // 居民收入增长与经济增长同步: the target is the other statistic's growth for the period, not a number
        st.relative_to = relative->text;
        if (st.measure != measure::growth && st.measure != measure::average_growth)
            s.error(
                relative->key_offset,
                "`relative_to` goes with `measure: growth` or `average_growth` (居民收入增长与经济增长同步)");
        if (auto const* x = get(v, "value"))
            s.error(x->key_offset,
                    "a goal with `relative_to` takes its target from that statistic: no `value`");
    } else if (!milestone && !st.value && !get(v, "value") && !e.broken.count("value")) {
        s.error(e.offset, fmt::format("a {} needs `value`", what));
    }
    if (auto const* d = get(v, "done")) {
        if (d->text == "false" || d->text == "no")
            st.not_done = true;
        else if (d->text != "true" && d->text != "yes")
            s.error(d->offset, fmt::format("done is true or false, not {}", d->text));
        if (!milestone)
            s.error(d->key_offset, "`done` goes with `measure: milestone` (尚未回迁: done: false)");
    }
    for (char const* key : {"low", "high"})
        if (st.comparator != comparator::range && get(v, key))
            s.error(get(v, key)->key_offset, fmt::format("`{}` goes with `comparator: range`", key));

    apply_unit(st, v, file.catalog, s);
    apply_common(st, e, file, s);
    auto const stated = date_of(e, file, s);
    st.reported = stated;

    std::optional<rules::period> p;
    if (auto const* f = get(v, "period")) p = period(*f, s);
    if (goal) {
        std::optional<rules::date> deadline;
        if (auto const* f = get(v, "deadline")) deadline = day(*f, s, true);
        if (deadline) {
            st.deadline = deadline;
            if (!p) {
                // from the start of the year stated (到2020年: from the report's year) or of the deadline's
                int const y =
                    stated && stated->year() <= deadline->year() ? stated->year() : deadline->year();
                p = rules::period{rules::date(static_cast<unsigned short>(y), 1, 1), *deadline};
            }
        } else if (p) {
            st.deadline = p->end;
        } else if (stated) {
            p = rules::period{rules::date(stated->year(), 1, 1), rules::date(stated->year(), 12, 31)};
            st.deadline = p->end;
        } else if (!get(v, "deadline") && !get(v, "period") && !get(v, "date") &&
                   !e.broken.count("deadline") && !e.broken.count("period") && !e.broken.count("date")) {
            s.error(e.offset,
                    "a goal needs a `deadline` (or a `period`, or the `date:` it was stated, for the end "
                    "of that year)");
        }
        st.period = p;
        if (auto const* f = get(v, "tolerance")) apply_tolerance(st, *f, s);
    } else {
        if (p) {
            st.period = p;
        } else if (!get(v, "as_of") && !get(v, "period") && !e.broken.count("period") &&
                   !e.broken.count("as_of")) {
            s.error(e.offset, "a figure needs the `period` it describes (2015, 2015-06, 2015-H1, …)");
        }
    }
    return st;
}

void finish(statement& st, entry const& e, file_context const& file, std::string_view text) {
    st.src.report = file.path;
    st.src.digest = file.digest;
    st.src.start = e.offset;
    st.src.end = e.end;
    st.src.text = std::string(text.substr(e.offset, e.end - e.offset));
    if (auto const* def = file.catalog ? file.catalog->find(st.metric_text) : nullptr) {
        st.metric = def->name;
    } else if (st.metric.empty()) {
        st.metric = st.metric_text;
    }
    if (auto const* def =
            file.catalog && !st.relative_to.empty() ? file.catalog->find(st.relative_to) : nullptr)
        st.relative_to = def->name;  // 经济增长 is 地区生产总值
}

void check_metric(statement const& st, entry const& e, file_context const& file, sink& s) {
    // 居民人均可支配收入 against 居民收入: one statistic compared with itself is always in step
    if (auto const* r = get(e.values, "relative_to"); r && st.relative_to == st.metric)
        s.error(r->offset, fmt::format("`relative_to` names the goal's own statistic ({}): compare it with "
                                       "another (地区生产总值)",
                                       st.metric));
    if (!file.catalog || st.measure == measure::milestone) return;
    if (auto const* r = get(e.values, "relative_to"); r && !file.catalog->find(st.relative_to))
        s.warning(r->offset,
                  fmt::format("`{}` is not in the metric catalog: the goal is compared with figures "
                              "of the same words only",
                              st.relative_to));
    auto const* m = get(e.values, "metric");
    std::size_t const at = m ? m->offset : e.offset;
    auto const* def = file.catalog->find(st.metric_text);
    if (!def) {
        if (!m) return;  // a phrase's own words: the grammar found no catalog name in them either
        std::vector<std::string> names;
        for (auto const& d : file.catalog->metrics()) {
            names.push_back(d.name);
            names.insert(names.end(), d.aliases.begin(), d.aliases.end());
        }
        std::string msg = fmt::format(
            "`{}` is not in the metric catalog: it is matched to figures of the same "
            "words only",
            st.metric_text);
        if (auto const near = closest_word(st.metric_text, names))
            msg += fmt::format("; did you mean `{}`?", *near);
        s.warning(at, msg);
        return;
    }
    if (!m) return;  // a phrase: the grammar put unit and measure together
    auto const* u = get(e.values, "unit");
    std::size_t const uat = u ? u->offset : at;
    bool const in_points = st.unit == "pp", in_percent = st.unit == "%";
    switch (st.measure) {
        case measure::growth:
        case measure::average_growth:
        case measure::share:
        case measure::progress:
            if (!in_percent)
                s.error(uat, fmt::format("a {} is in %, not {}", name(st.measure), st.unit_text));
            return;
        case measure::change:
            if (!in_points)
                s.error(uat, fmt::format("a change is in percentage points: `unit: pp` (个百分点), not {}",
                                         st.unit_text));
            return;
        default: break;
    }
    if (def->kind == metric_kind::rate) {
        if (!in_percent && !in_points)
            s.error(uat, fmt::format("{} is a rate: its level is in %, not {}", def->name,
                                     st.unit_text.empty() ? "a bare number" : st.unit_text));
        return;
    }
    if (in_percent || in_points) {
        s.error(uat,
                fmt::format("{} is an amount ({}): a level in {} is not one; did you mean `measure: growth`?",
                            def->name, def->kind == metric_kind::flow ? "a flow" : "a stock", st.unit_text));
        return;
    }
    if (!def->units.empty() && std::find(def->units.begin(), def->units.end(), st.unit) == def->units.end()) {
        std::string list;
        for (auto const& x : def->units) list += (list.empty() ? "" : ", ") + x;
        s.error(uat, fmt::format("{} is counted in {}, not {}", def->name, list,
                                 st.unit_text.empty() ? "a bare number" : st.unit_text));
    }
}

}  // namespace luoshi::rules::yaml::detail
