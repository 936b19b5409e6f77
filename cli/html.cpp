#include "cli/html.hpp"

#include "app/judging.hpp"
#include "cli/output.hpp"
#include "engine/summary.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace luoshi::cli {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

constexpr char const* style = R"css(
:root { --met: #1a7f37; --met-bg: #dafbe1; --missed: #c62828; --missed-bg: #ffe3e3; --pending: #8a6100;
  --pending-bg: #fff4cc; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif; color: #1f2328; background: #fff; }
header { padding: 20px 28px 8px; border-bottom: 1px solid var(--line); }
h1 { margin: 0; font-size: 24px; } h1 small { font-weight: normal; color: var(--muted); font-size: 16px; }
.sub { margin: 4px 0 0; color: var(--muted); }
#headline { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; padding: 16px 28px; }
.totals { display: flex; gap: 10px; flex-wrap: wrap; }
.total { border: 2px solid; border-radius: 10px; padding: 8px 16px; min-width: 118px; }
.total b { display: block; font-size: 30px; line-height: 1.1; }
.total.met { border-color: var(--met); background: var(--met-bg); color: var(--met); }
.total.missed { border-color: var(--missed); background: var(--missed-bg); color: var(--missed); border-style: dashed; }
.total.pending { border-color: var(--pending); background: var(--pending-bg); color: var(--pending); border-style: dotted; }
#chart text { font-size: 12px; fill: #1f2328; }
#filters { position: sticky; top: 0; z-index: 2; background: #f6f8fa; border-top: 1px solid var(--line);
  border-bottom: 1px solid var(--line); padding: 8px 28px; display: flex; flex-wrap: wrap; gap: 14px; align-items: center; }
#filters label { color: var(--muted); } #filters select, #filters input[type=search] { font: inherit; padding: 2px 6px; }
#filters select { max-width: 14em; }
#filters input[type=search] { width: 16em; } #shown { margin-left: auto; color: var(--muted); }
main { padding: 8px 28px 40px; }
h2 { font-size: 18px; margin: 22px 0 6px; } h2 small { font-weight: normal; color: var(--muted); font-size: 14px; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line); padding: 4px 8px; font-size: 13px; }
td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: middle; }
tr.goal { cursor: pointer; } tr.goal:hover { background: #f6f8fa; } tr.goal:focus { outline: 2px solid #0969da; }
.toggle { display: inline-block; width: 1em; color: var(--muted); }
tr.goal[aria-expanded=true] .toggle { transform: rotate(90deg); }
.id { color: var(--muted); font-size: 12px; font-family: ui-monospace, monospace; }
.verdict { display: inline-block; border-radius: 6px; padding: 1px 8px; font-weight: 600; white-space: nowrap; border: 1px solid; }
.verdict.met { color: var(--met); background: var(--met-bg); }
.verdict.missed { color: var(--missed); background: var(--missed-bg); border-style: dashed; }
.verdict.pending { color: var(--pending); background: var(--pending-bg); border-style: dotted; }
.num { white-space: nowrap; } .muted { color: var(--muted); }
.progress { display: inline-block; width: 70px; height: 8px; background: #eaeef2; border-radius: 4px; vertical-align: middle; margin-right: 4px; }
.progress span { display: block; height: 8px; border-radius: 4px; background: #57606a; }
tr.evidence td { background: #f6f8fa; padding: 10px 16px 14px 36px; overflow-wrap: anywhere; word-break: break-word; }
.reason { margin: 0 0 8px; }
blockquote { margin: 6px 0; padding: 4px 10px; border-left: 4px solid var(--line); background: #fff; }
cite { display: block; color: var(--muted); font-style: normal; font-size: 13px; }
ul.figures { margin: 6px 0 0; padding-left: 18px; } ul.figures li { margin: 4px 0; }
.role { display: inline-block; min-width: 6em; font-weight: 600; } .role.used { color: var(--met); }
.empty { color: var(--muted); padding: 20px 0; }
@media print { #filters { display: none; } tr.evidence[hidden] { display: table-row; } }
)css";

constexpr char const* script = R"js(
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.goal'));
  function toggle(row) {
    var open = row.getAttribute('aria-expanded') === 'true';
    row.setAttribute('aria-expanded', open ? 'false' : 'true');
    row.nextElementSibling.hidden = open;
  }
  rows.forEach(function (row) {
    row.addEventListener('click', function () { toggle(row); });
    row.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(row); }
    });
  });
  var region = document.getElementById('f-region'), year = document.getElementById('f-year'),
      metric = document.getElementById('f-metric'), search = document.getElementById('f-search'),
      verdicts = Array.prototype.slice.call(document.querySelectorAll('#filters input[name=verdict]'));
  function apply() {
    var q = search.value.trim().toLowerCase(), shown = 0, wanted = {};
    verdicts.forEach(function (v) { wanted[v.value] = v.checked; });
    rows.forEach(function (row) {
      var d = row.dataset;
      var ok = (!region.value || d.region === region.value) && (!year.value || d.year === year.value) &&
               (!metric.value || d.metric === metric.value) && wanted[d.verdict] &&
               (!q || d.search.indexOf(q) >= 0);
      row.hidden = !ok;
      if (!ok) row.nextElementSibling.hidden = true;
      else if (row.getAttribute('aria-expanded') === 'true') row.nextElementSibling.hidden = false;
      if (ok) shown++;
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.group'), function (g) {
      g.hidden = !g.querySelector('tr.goal:not([hidden])');
    });
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' goals shown';
  }
  // report.html#GOAL_ID opens that goal's evidence: a link to one verdict
  var target = location.hash && document.querySelector('tr.goal[data-id="' + decodeURIComponent(location.hash.slice(1)).replace(/"/g, '') + '"]');
  if (target) { toggle(target); target.scrollIntoView({block: 'center'}); }
  [region, year, metric, search].concat(verdicts).forEach(function (el) {
    el.addEventListener('input', apply); el.addEventListener('change', apply);
  });
  apply();
})();
)js";

std::string_view verdict_word(engine::verdict const& v) { return engine::name(v); }

std::string verdict_badge(engine::verdict const& v) {
    std::string_view const w = verdict_word(v);
    std::string_view const mark = engine::is_met(v) ? "✓" : engine::is_missed(v) ? "✗" : "…";
    return fmt::format("<span class=\"verdict {}\">{} {}</span>", w, mark, w);
}

using app::actual_of;

// A bullet chart: the goal's band (左右's tolerance, a range, or the good side of a bound) shaded, the target
// as a line, the actual as a bar from zero. Nothing for a goal without a number to draw.
std::string bullet(rules::statement const& g, engine::verdict const& v) {
    if (g.measure == rules::measure::milestone || g.comparator == rules::comparator::direction) return "";
    std::vector<double> targets;
    double band_lo = std::numeric_limits<double>::quiet_NaN(), band_hi = band_lo;
    if (g.comparator == rules::comparator::range && g.low && g.high) {
        targets = {*g.low, *g.high};
        band_lo = *g.low;
        band_hi = *g.high;
    } else if (g.value) {
        targets = {*g.value};
        if (g.comparator == rules::comparator::about) {
            double const tol = rules::is_rate_unit(g.unit) ? v.tolerance : std::fabs(*g.value) * v.tolerance;
            band_lo = *g.value - tol;
            band_hi = *g.value + tol;
        }
    } else {
        return "";
    }
    auto const actual = actual_of(v);
    std::vector<double> xs = targets;
    xs.push_back(0);
    if (!std::isnan(band_lo)) xs.insert(xs.end(), {band_lo, band_hi});
    if (actual) {
        if (std::isfinite(actual->low)) xs.push_back(actual->low);
        if (std::isfinite(actual->high)) xs.push_back(actual->high);
    }
    double lo = *std::min_element(xs.begin(), xs.end()), hi = *std::max_element(xs.begin(), xs.end());
    double const pad = (hi - lo) * 0.1 + (hi == lo ? 1 : 0);
    lo = lo < 0 ? lo - pad : 0;
    hi = hi > 0 ? hi + pad : 0;
    // the good side of a bound, when there is no band: ≥ shades from the target up, ≤ from it down
    if (std::isnan(band_lo) && targets.size() == 1) {
        using rules::comparator;
        if (g.comparator == comparator::at_least || g.comparator == comparator::more_than) {
            band_lo = targets[0];
            band_hi = hi;
        } else if (g.comparator == comparator::at_most || g.comparator == comparator::less_than) {
            band_lo = lo;
            band_hi = targets[0];
        }
    }
    constexpr double width = 170, height = 26, left = 4, inner = width - 8;
    auto x = [&](double value) { return left + (value - lo) / (hi - lo) * inner; };
    std::string const colour = engine::is_met(v) ? "#1a7f37" : engine::is_missed(v) ? "#c62828" : "#8a6100";
    std::string title = "target " + engine::show_target(g);
    if (actual) title += "; actual " + engine::show_value(actual->low, g.unit);
    std::string svg = fmt::format(
        "<svg class=\"bullet\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" "
        "aria-label=\"{}\">"
        "<title>{}</title><rect x=\"{}\" y=\"3\" width=\"{}\" height=\"20\" fill=\"#eaeef2\"/>",
        width, height, width, height, escape(title), escape(title), left, inner);
    if (!std::isnan(band_lo))
        svg += fmt::format("<rect x=\"{:.1f}\" y=\"3\" width=\"{:.1f}\" height=\"20\" fill=\"#c8d1da\"/>",
                           x(band_lo), std::max(0.5, x(band_hi) - x(band_lo)));
    if (actual && std::isfinite(actual->low)) {
        double const a = x(actual->low), zero = x(0);
        svg += fmt::format("<rect x=\"{:.1f}\" y=\"9\" width=\"{:.1f}\" height=\"8\" fill=\"{}\"/>",
                           std::min(a, zero), std::max(1.0, std::fabs(a - zero)), colour);
    }
    for (double t : targets)
        svg += fmt::format("<rect x=\"{:.1f}\" y=\"4\" width=\"2.5\" height=\"18\" fill=\"#1f2328\"/>",
                           x(t) - 1.25);
    return svg + "</svg>";
}

std::string progress_cell(engine::verdict const& v) {
    if (!v.progress) return "<span class=\"muted\">—</span>";
    double const p = std::clamp(*v.progress, 0.0, 1.0);
    return fmt::format("<span class=\"progress\"><span style=\"width:{:.0f}%\"></span></span>{:.0f}%",
                       p * 100, p * 100);
}

// The headline chart: one stacked bar per region and year, met · missed · pending, each with its count
// written in it, and a pattern so it reads in grey-scale too.
std::string headline_chart(
    std::vector<std::tuple<std::string, int, std::size_t, std::size_t, std::size_t>> const& bars) {
    constexpr double label = 150, bar_width = 460, row = 28;
    std::size_t most = 1;
    for (auto const& [r, y, met, missed, pending] : bars) most = std::max(most, met + missed + pending);
    double const h = static_cast<double>(bars.size()) * row + 24;
    std::string svg = fmt::format(
        "<svg id=\"chart\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"met, missed and pending "
        "goals per "
        "region and year\"><defs>"
        "<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#c62828\"/>"
        "<rect width=\"2\" height=\"6\" fill=\"#ffffff\" opacity=\"0.55\"/></pattern>"
        "<pattern id=\"dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" "
        "height=\"5\" fill=\"#d4a72c\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#ffffff\" "
        "opacity=\"0.7\"/></pattern></defs>",
        label + bar_width + 60, h);
    double y = 4;
    for (auto const& [region, year, met, missed, pending] : bars) {
        svg += fmt::format("<text x=\"{}\" y=\"{:.0f}\" text-anchor=\"end\">{} {}</text>", label - 8, y + 15,
                           escape(region.empty() ? "(no region)" : region), year);
        double x = label;
        for (auto const& [count, fill, text_fill] :
             {std::tuple{met, "#1a7f37", "#ffffff"}, std::tuple{missed, "url(#hatch)", "#ffffff"},
              std::tuple{pending, "url(#dots)", "#1f2328"}}) {
            if (count == 0) continue;
            double const w = bar_width * static_cast<double>(count) / static_cast<double>(most);
            svg += fmt::format(
                "<rect x=\"{:.1f}\" y=\"{:.0f}\" width=\"{:.1f}\" height=\"22\" fill=\"{}\" "
                "stroke=\"#ffffff\"/>",
                x, y, w, fill);
            // the count on its bar, outlined so it reads on the patterns
            if (w >= 16)
                svg += fmt::format(
                    "<text x=\"{:.1f}\" y=\"{:.0f}\" text-anchor=\"middle\" style=\"fill:{};"
                    "font-weight:700;font-size:13px;paint-order:stroke;stroke:{};stroke-width:3px\">{}"
                    "</text>",
                    x + w / 2, y + 16, text_fill, text_fill == std::string_view("#ffffff") ? "#333" : "#fff",
                    count);
            x += w;
        }
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.0f}\" class=\"muted\">{}</text>", x + 6, y + 15,
                           met + missed + pending);
        y += row;
    }
    svg +=
        fmt::format("<text x=\"{}\" y=\"{:.0f}\">■ met   ▨ missed   ⁘ pending</text></svg>", label, y + 12);
    return svg;
}

// met, missed and pending among the goals given
std::tuple<std::size_t, std::size_t, std::size_t> tally(std::vector<engine::verdict> const& verdicts,
                                                        std::vector<std::size_t> const& goals) {
    std::size_t met = 0, missed = 0, pending = 0;
    for (std::size_t i : goals) {
        met += engine::is_met(verdicts[i]);
        missed += engine::is_missed(verdicts[i]);
        pending += engine::is_pending(verdicts[i]);
    }
    return {met, missed, pending};
}

std::string options(std::set<std::string> const& values) {
    std::string out = "<option value=\"\">all</option>";
    for (auto const& v : values) out += fmt::format("<option value=\"{}\">{}</option>", escape(v), escape(v));
    return out;
}

std::string lower_ascii(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

std::string render_html(report_page const& page) {
    // groups: region, then year, in the order of the shown goals sorted so
    std::map<std::pair<std::string, int>, std::vector<std::size_t>> groups;
    std::set<std::string> regions, metrics;
    std::set<std::string> years;
    for (std::size_t i : page.shown) {
        auto const& g = page.goals[i];
        groups[{g.region, app::year_of(g)}].push_back(i);
        regions.insert(g.region);
        years.insert(std::to_string(app::year_of(g)));
        metrics.insert(g.metric);
    }
    auto const [met, missed, pending] = tally(page.verdicts, page.shown);
    std::string const as_of = format_date(page.as_of);
    std::string out =
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out +=
        fmt::format("<title>目标落实情况 · as of {} · luoshi</title>\n<style>{}</style>\n</head>\n<body>\n",
                    as_of, style);
    out += fmt::format(
        "<header><h1>目标落实情况 <small>goals met, missed and pending as of {}</small></h1>"
        "<p class=\"sub\">{} goals from {} reports and rule files in {} · judged by luoshi · click a "
        "goal for its evidence</p></header>\n",
        as_of, page.shown.size(), page.reports, escape(page.store));

    std::vector<std::tuple<std::string, int, std::size_t, std::size_t, std::size_t>> bars;
    for (auto const& [key, members] : groups) {
        auto const [a, b, c] = tally(page.verdicts, members);
        bars.emplace_back(key.first, key.second, a, b, c);
    }
    out += "<section id=\"headline\"><div class=\"totals\">";
    out += fmt::format("<div class=\"total met\" id=\"count-met\"><b>{}</b>✓ met</div>", met);
    out += fmt::format("<div class=\"total missed\" id=\"count-missed\"><b>{}</b>✗ missed</div>", missed);
    out += fmt::format("<div class=\"total pending\" id=\"count-pending\"><b>{}</b>… pending</div>", pending);
    out += "</div>" + headline_chart(bars) + "</section>\n";

    out += "<section id=\"filters\">";
    out += fmt::format("<label>region <select id=\"f-region\">{}</select></label>", options(regions));
    out += fmt::format("<label>year <select id=\"f-year\">{}</select></label>", options(years));
    out += fmt::format("<label>metric <select id=\"f-metric\">{}</select></label>", options(metrics));
    out += "<span>";
    for (char const* v : {"met", "missed", "pending"})
        out += fmt::format(
            "<label><input type=\"checkbox\" name=\"verdict\" value=\"{}\" checked> {}</label> ", v, v);
    out += "</span><input type=\"search\" id=\"f-search\" placeholder=\"search goals, metrics, sentences\">";
    out += fmt::format("<span id=\"shown\">{} of {} goals shown</span></section>\n<main>\n",
                       page.shown.size(), page.shown.size());
    if (page.shown.empty())
        out += "<p class=\"empty\">No goal to show: the store holds none for these filters.</p>";

    for (auto const& [key, members] : groups) {
        auto const [a, b, c] = tally(page.verdicts, members);
        out += fmt::format(
            "<section class=\"group\" data-region=\"{}\" data-year=\"{}\">\n<h2>{} · {} <small>{} "
            "goals: {} met · {} missed · {} pending</small></h2>\n",
            escape(key.first), key.second, escape(key.first.empty() ? "(no region)" : key.first), key.second,
            members.size(), a, b, c);
        out +=
            "<table><thead><tr><th>goal as written</th><th>target</th><th>actual</th><th>verdict</th>"
            "<th>progress</th><th>deadline</th><th>actual against target</th></tr></thead><tbody>\n";
        for (std::size_t i : members) {
            auto const& g = page.goals[i];
            auto const& v = page.verdicts[i];
            std::string const text = engine::goal_text(g);
            std::string const id = rules::stable_id(g);
            std::string const actual = engine::show_actual(v, g, page.figures);
            std::string const search = lower_ascii(text + " " + g.metric + " " + g.region + " " + id + " " +
                                                   engine::one_line(g.src.text) + " " + page.reasons[i]);
            out += fmt::format(
                "<tr class=\"goal\" tabindex=\"0\" aria-expanded=\"false\" data-id=\"{}\" data-region=\"{}\" "
                "data-year=\"{}\" data-metric=\"{}\" data-verdict=\"{}\" data-search=\"{}\">"
                "<td><span class=\"toggle\">▸</span> {} <span class=\"id\">{}</span></td><td "
                "class=\"num\">{}</td>"
                "<td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td "
                "class=\"num\">{}</td><td>{}</td></tr>\n",
                escape(id), escape(g.region), app::year_of(g), escape(g.metric), verdict_word(v),
                escape(search), escape(text), escape(id), escape(engine::show_target(g)),
                actual.empty() ? "<span class=\"muted\">—</span>" : escape(actual), verdict_badge(v),
                progress_cell(v), g.deadline ? format_date(*g.deadline) : "—", bullet(g, v));

            // the evidence: what `explain` prints
            std::string evidence = fmt::format("<p class=\"reason\"><b>{}</b> — {}</p>",
                                               escape(std::string(verdict_word(v))), escape(page.reasons[i]));
            evidence += fmt::format(
                "<blockquote>{}<cite>goal · {} · {}{} · bytes {}–{} · rule: {}</cite></blockquote>",
                escape(engine::one_line(g.src.text)), escape(g.src.report),
                g.reported ? format_date(*g.reported) : "no date",
                g.strength != rules::strength::none ? " · " + std::string(rules::name(g.strength)) : "",
                g.src.start, g.src.end, escape(std::string(engine::name(v.rule))));
            auto const& notes = page.explanations[i].notes;
            if (notes.empty()) {
                evidence += "<p class=\"muted\">No figure of this metric in this region yet.</p>";
            } else {
                evidence += "<ul class=\"figures\">";
                for (auto const& n : notes) {
                    auto const& f = page.figures[n.figure];
                    evidence += fmt::format(
                        "<li><span class=\"role {}\">{}</span> <b>{}</b> {} — {} <q>{}</q><cite>{} · {} · "
                        "bytes "
                        "{}–{}</cite></li>",
                        n.note == engine::note::used ? "used" : "", escape(std::string(engine::name(n.note))),
                        escape(engine::show_figure(page.figures, n.figure, g)),
                        escape(f.period ? engine::period_text(*f.period) : ""),
                        escape(std::string(engine::why(n.note))), escape(engine::one_line(f.src.text)),
                        escape(engine::report_label(f)), escape(f.src.report), f.src.start, f.src.end);
                }
                evidence += "</ul>";
            }
            out += fmt::format("<tr class=\"evidence\" hidden><td colspan=\"7\">{}</td></tr>\n", evidence);
        }
        out += "</tbody></table>\n</section>\n";
    }
    out += fmt::format("</main>\n<script>{}</script>\n</body>\n</html>\n", script);
    return out;
}

}  // namespace luoshi::cli
