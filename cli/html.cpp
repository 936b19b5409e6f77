#include "cli/html.hpp"

#include "cli/report_page.hpp"

#include "app/judging.hpp"
#include "cli/output.hpp"
#include "engine/summary.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"

#include <fmt/format.h>
#include <zlib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

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

using app::actual_of;

// A bullet chart's positions, for the page's script to draw: the goal's band (左右's tolerance, a range, or
// the good side of a bound) [x, width], the actual as a bar from zero [x, width], then the target lines' x;
// null for a goal without a number to draw.
nlohmann::json bullet(rules::statement const& g, engine::verdict const& v) {
    if (g.measure == rules::measure::milestone || g.comparator == rules::comparator::direction)
        return nullptr;
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
        return nullptr;
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
    constexpr double left = 4, inner = 162;
    auto x = [&](double value) { return std::round(left + (value - lo) / (hi - lo) * inner); };
    auto out = nlohmann::json::array();
    if (std::isnan(band_lo)) {
        out.insert(out.end(), {nullptr, nullptr});
    } else {
        out.push_back(x(band_lo));
        out.push_back(std::max(1.0, x(band_hi) - x(band_lo)));
    }
    if (actual && std::isfinite(actual->low)) {
        double const a = x(actual->low), zero = x(0);
        out.push_back(std::min(a, zero));
        out.push_back(std::max(1.0, std::fabs(a - zero)));
    } else {
        out.insert(out.end(), {nullptr, nullptr});
    }
    for (double t : targets) out.push_back(x(t) - 1);
    return out;
}

// The strings many goals share (a figure's sentence and source, a note's words), each written once in the
// page and named by its index.
class shared_strings {
public:
    std::size_t operator()(std::string const& s) {
        auto const [it, added] = index_.emplace(s, list_.size());
        if (added) list_.push_back(s);
        return it->second;
    }
    nlohmann::json all() const { return list_; }

private:
    std::unordered_map<std::string, std::size_t> index_;
    std::vector<std::string> list_;
};

// The page's data: the goals' rows as columns (no key repeated 20,000 times), and each goal's evidence, read
// only when its row is first opened. A string many goals share is a number into `words`.
struct page_data {
    nlohmann::json columns = nlohmann::json::object();
    nlohmann::json evidence = nlohmann::json::array();
    nlohmann::json figures = nlohmann::json::array();
    std::unordered_map<std::size_t, std::size_t> figure_rows;
    shared_strings words;

    void add(report_page const& page, std::size_t i);
};

nlohmann::json finite_or_null(std::optional<double> v) {
    return v && std::isfinite(*v) ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

void page_data::add(report_page const& page, std::size_t i) {
    auto const& g = page.goals[i];
    auto const& v = page.verdicts[i];
    auto column = [&](char const* key, nlohmann::json value) { columns[key].push_back(std::move(value)); };
    column("id", rules::stable_id(g));
    column("r", words(g.region));
    column("y", app::year_of(g));
    column("m", words(g.metric));
    column("ms", words(std::string(rules::name(g.measure))));
    column("t", engine::goal_text(g));
    column("tg", engine::show_target(g));
    column("a", engine::show_actual(v, g, page.figures));
    column("v", words(std::string(engine::name(v))));
    column("p", v.progress ? finite_or_null(std::round(*v.progress * 1000) / 1000) : nullptr);
    column("dl", g.deadline ? format_date(*g.deadline) : "");
    column("h", g.headline ? 1 : 0);
    column("c", i < page.corrected.size() ? page.corrected[i] : "");
    column("rp", words(g.src.report));
    column("st", g.src.start);
    column("en", g.src.end);
    bool const range = g.comparator == rules::comparator::range && g.low && g.high;
    bool const amount = !range && g.measure != rules::measure::milestone;
    column("val", amount ? finite_or_null(g.value) : nullptr);
    column("lo", range ? finite_or_null(g.low) : nullptr);
    column("hi", range ? finite_or_null(g.high) : nullptr);
    auto const actual = actual_of(v);
    bool const one = actual && v.rule != engine::rule::milestone && actual->low == actual->high;
    column("av", one ? finite_or_null(actual->low) : nullptr);
    column("b", bullet(g, v));

    // the evidence: [reason, sentence, the goal's date and strength, rule, notes]
    auto notes = nlohmann::json::array();
    for (auto const& n : page.explanations[i].notes) {
        auto [row, added] = figure_rows.emplace(n.figure, figure_rows.size());
        if (added) {
            auto const& f = page.figures[n.figure];
            figures.push_back({f.period ? engine::period_text(*f.period) : "", engine::one_line(f.src.text),
                               words(fmt::format("{} · {} · bytes {}–{}", engine::report_label(f),
                                                 f.src.report, f.src.start, f.src.end))});
        }
        notes.push_back({words(std::string(engine::name(n.note))), n.note == engine::note::used ? 1 : 0,
                         engine::show_figure(page.figures, n.figure, g), row->second,
                         words(std::string(engine::why(n.note)))});
    }
    evidence.push_back(
        {page.reasons[i], engine::one_line(g.src.text),
         words((g.reported ? format_date(*g.reported) : "no date") +
               (g.strength != rules::strength::none ? " · " + std::string(rules::name(g.strength)) : "")),
         words(std::string(engine::name(v.rule))), std::move(notes)});
}

std::string json_text(nlohmann::json const& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// zlib's format, which a browser's DecompressionStream('deflate') reads.
std::string deflate(std::string const& bytes) {
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<Bytef const*>(bytes.data()),
                  static_cast<uLong>(bytes.size()), 3) != Z_OK)
        throw std::runtime_error("zlib could not deflate the page's data");
    out.resize(size);
    return out;
}

std::string base64(std::string const& bytes) {
    static constexpr char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        auto const byte = [&](std::size_t k) {
            return k < bytes.size() ? static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k])) : 0u;
        };
        std::uint32_t const n = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
        out += digits[n >> 18 & 63];
        out += digits[n >> 12 & 63];
        out += i + 1 < bytes.size() ? digits[n >> 6 & 63] : '=';
        out += i + 2 < bytes.size() ? digits[n & 63] : '=';
    }
    return out;
}

// JSON inside <script>, appended: no <, > or & as such, so that no text of a report can end the element.
void append_script_safe(std::string& out, std::string const& json) {
    for (char c : json) {
        switch (c) {
            case '<': out += "\\u003c"; break;
            case '>': out += "\\u003e"; break;
            case '&': out += "\\u0026"; break;
            default: out += c;
        }
    }
}

// The page's data in a <script> element: as JSON (made safe to stand there), or past a megabyte deflated in
// base64 (a browser takes seconds to read 15 MB of page; deflated, the data is some six times smaller).
std::string data_element(char const* id, std::string const& data) {
    std::string out;
    if (data.size() > (1u << 20)) {
        out = fmt::format("<script type=\"application/json\" id=\"{}\" data-deflated data-size=\"{}\">", id,
                          data.size());
        out += base64(deflate(data));
    } else {
        out = fmt::format("<script type=\"application/json\" id=\"{}\">", id);
        append_script_safe(out, data);
    }
    return out + "</script>\n";
}

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
        // a bar of a region over all its years has no year; one of all regions of a year, no region
        std::string const name = region.empty() ? "(no region)" : region;
        svg += fmt::format("<text x=\"{}\" y=\"{:.0f}\" text-anchor=\"end\">{}</text>", label - 8, y + 15,
                           escape(year == 0 ? name : fmt::format("{} {}", name, year)));
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

}  // namespace

std::string render_html(report_page const& page) {
    // the chart's bars: region and year while they are few, else region, else year
    std::map<std::pair<std::string, int>, std::vector<std::size_t>> groups;
    std::set<std::string> regions, metrics, years;
    for (std::size_t i : page.shown) {
        auto const& g = page.goals[i];
        groups[{g.region, app::year_of(g)}].push_back(i);
        regions.insert(g.region);
        years.insert(std::to_string(app::year_of(g)));
        metrics.insert(g.metric);
    }
    std::map<std::pair<std::string, int>, std::vector<std::size_t>> bars_of = groups;
    if (groups.size() > 40) {
        bars_of.clear();
        for (std::size_t i : page.shown) {
            auto const& g = page.goals[i];
            if (regions.size() <= 40)
                bars_of[{g.region, 0}].push_back(i);
            else
                bars_of[{"all regions", app::year_of(g)}].push_back(i);
        }
    }
    auto const [met, missed, pending] = tally(page.verdicts, page.shown);
    std::string const as_of = format_date(page.as_of);
    bool const any_headline = std::any_of(page.shown.begin(), page.shown.end(),
                                          [&](std::size_t i) { return page.goals[i].headline; });
    std::string out =
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out +=
        fmt::format("<title>目标落实情况 · as of {} · luoshi</title>\n<style>{}</style>\n</head>\n<body>\n",
                    as_of, report_style());
    out += fmt::format(
        "<header><h1>目标落实情况 <small>goals met, missed and pending as of {}</small></h1>"
        "<p class=\"sub\">{} goals from {} reports and rule files in {} · judged by luoshi · click a "
        "goal for its evidence{}</p></header>\n",
        as_of, page.shown.size(), page.reports, escape(page.store),
        any_headline ? " · ★ a headline target (the report's main targets), listed first" : "");

    std::vector<std::tuple<std::string, int, std::size_t, std::size_t, std::size_t>> bars;
    for (auto const& [key, members] : bars_of) {
        auto const [a, b, c] = tally(page.verdicts, members);
        bars.emplace_back(key.first, key.second, a, b, c);
    }
    out += "<section id=\"headline\"><div class=\"totals\">";
    out += fmt::format("<div class=\"total met\" id=\"count-met\"><b>{}</b>✓ met</div>", met);
    out += fmt::format("<div class=\"total missed\" id=\"count-missed\"><b>{}</b>✗ missed</div>", missed);
    out += fmt::format("<div class=\"total pending\" id=\"count-pending\"><b>{}</b>… pending</div>", pending);
    out += "</div>" + headline_chart(bars) + "</section>\n";

    // across regions: the metric most regions set a goal of, 地区生产总值 when there is one
    std::map<std::string, std::set<std::string>> regions_of;
    for (std::size_t i : page.shown) regions_of[page.goals[i].metric].insert(page.goals[i].region);
    std::string chosen;
    std::size_t most = 0;
    for (auto const& [m, rs] : regions_of)
        if (rs.size() > most || (m == "地区生产总值" && rs.size() >= most)) {
            chosen = m;
            most = rs.size();
        }
    if (!page.shown.empty()) {
        std::string metric_options;
        std::vector<std::pair<std::string, std::size_t>> by_reach;
        for (auto const& [m, rs] : regions_of) by_reach.emplace_back(m, rs.size());
        std::stable_sort(by_reach.begin(), by_reach.end(),
                         [](auto const& a, auto const& b) { return a.second > b.second; });
        for (auto const& [m, n] : by_reach)
            metric_options += fmt::format("<option value=\"{}\"{}>{} ({} region{})</option>", escape(m),
                                          m == chosen ? " selected" : "", escape(m), n, n == 1 ? "" : "s");
        out +=
            "<details id=\"compare\" open><summary>Across regions <small class=\"muted\" "
            "id=\"c-count\"></small></summary><div class=\"pick\">";
        out += fmt::format("<label>metric <select id=\"c-metric\">{}</select></label>", metric_options);
        out += "<label>measure <select id=\"c-measure\"></select></label>";
        out += fmt::format("<label>year <select id=\"c-year\">{}</select></label>", options(years));
        out += "<label><input type=\"checkbox\" id=\"c-headline\"> headline targets only</label></div>";
        out += "<div id=\"c-plot\"></div><div id=\"c-table\"></div></details>\n";
    }

    out += "<section id=\"filters\">";
    out += fmt::format("<label>region <select id=\"f-region\">{}</select></label>", options(regions));
    out += fmt::format("<label>year <select id=\"f-year\">{}</select></label>", options(years));
    out += fmt::format("<label>metric <select id=\"f-metric\">{}</select></label>", options(metrics));
    out += "<span>";
    for (char const* v : {"met", "missed", "pending"})
        out += fmt::format(
            "<label><input type=\"checkbox\" name=\"verdict\" value=\"{}\" checked> {}</label> ", v, v);
    out += "</span>";
    if (any_headline) out += "<label><input type=\"checkbox\" id=\"f-headline\"> ★ headline only</label>";
    out += "<input type=\"search\" id=\"f-search\" placeholder=\"search goals, metrics, sentences\">";
    out += fmt::format("<span id=\"shown\">{} of {} goals</span></section>\n<main id=\"goals\">\n",
                       page.shown.size(), page.shown.size());
    out += page.shown.empty()
               ? "<p class=\"empty\">No goal to show: the store holds none for these filters.</p>"
               : "<p class=\"empty\">The goals are drawn by the page's script: it needs JavaScript.</p>";
    out += "</main>\n<p id=\"timing\" class=\"muted\" hidden></p>\n";

    // the data: the rows, read when the page opens; the evidence, when a row is first opened
    page_data data;
    for (std::size_t i : page.shown) data.add(page, i);
    std::string const rows =
        "{\"columns\":" + json_text(data.columns) + ",\n\"words\":" + json_text(data.words.all()) + "}";
    std::string const evidence =
        "{\"evidence\":" + json_text(data.evidence) + ",\n\"figures\":" + json_text(data.figures) + "}";
    out += data_element("data", rows);
    out += data_element("evidence", evidence);
    out += fmt::format("<script>{}</script>\n</body>\n</html>\n", report_script());
    return out;
}

}  // namespace luoshi::cli
