#include "rules/yaml/load.hpp"

#include "dsl/units.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <map>

namespace luoshi::rules::yaml {

namespace {

// A string as YAML reads it back unchanged: plain when that is safe, double-quoted otherwise.
std::string scalar(std::string const& s) {
    bool plain = !s.empty() && s.front() != ' ' && s.back() != ' ';
    if (plain && std::string_view("-?:,[]{}#&*!|>'\"%@`=~").find(s.front()) != std::string_view::npos)
        plain = false;
    if (plain && (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos || s.back() == ':' ||
                  s.find('\n') != std::string::npos || s.find('\t') != std::string::npos))
        plain = false;
    static constexpr std::string_view words[] = {"true", "false", "yes", "no", "on", "off", "null", "~",
                                                 "True", "False", "Yes", "No", "On", "Off", "Null", "NULL"};
    for (auto w : words)
        if (s == w) plain = false;
    if (plain && s.find_first_not_of("0123456789.+-eE") == std::string::npos) plain = false;  // 2015 as text
    if (plain) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '\t') {
            out += "\\t";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

// The shortest decimal that reads back as the same double.
std::string number(double v) {
    for (int precision = 6; precision <= 17; ++precision) {
        std::string const s = fmt::format("{:.{}g}", v, precision);
        if (std::strtod(s.c_str(), nullptr) == v) return s;
    }
    return fmt::format("{:.17g}", v);
}

std::string day(date const& d) { return iso_date(d); }

// Value, low and high in the unit as written (3.2 万人) when they read back exactly, else in the base unit.
std::string unit_and_scale(statement const& st, double& scale) {
    scale = 1;
    if (st.unit_text.empty() || st.unit_text == st.unit) return st.unit;
    auto const r = dsl::read_unit(st.unit_text);
    if (!r || r->unit != st.unit || r->scale == 1) return st.unit;
    for (auto const* x : {&st.value, &st.low, &st.high}) {
        if (!*x) continue;
        std::string const back = number(**x / r->scale);
        if (std::strtod(back.c_str(), nullptr) * r->scale != **x) return st.unit;
    }
    scale = r->scale;
    return st.unit_text;
}

void line(std::string& out, std::string_view key, std::string const& value) {
    out += fmt::format("    {}: {}\n", key, value);
}

void entry(std::string& out, statement const& st, catalog const& cat) {
    bool const goal = st.kind == statement_kind::goal;
    std::string sentence = st.src.text;
    for (auto& c : sentence)
        if (c == '\n' || c == '\r') c = ' ';
    if (!sentence.empty() || !st.src.report.empty())
        out += fmt::format("  # {}{}{}\n", sentence, sentence.empty() ? "" : " — ", st.src.report);
    out += fmt::format("  - id: {}\n", scalar(stable_id(st)));
    bool const milestone = st.measure == measure::milestone;
    // the words as written when the catalog reads them as the same metric, so both round-trip
    auto const* def = cat.find(st.metric_text);
    std::string const metric = def && def->name == st.metric ? st.metric_text : st.metric;
    if (!milestone || metric != st.subject + st.event) line(out, "metric", scalar(metric));
    line(out, "measure", std::string(name(st.measure)));
    if (!milestone) line(out, "comparator", scalar(std::string(name(st.comparator))));
    double scale = 1;
    std::string const unit = unit_and_scale(st, scale);
    if (st.comparator == comparator::range && st.low && st.high) {
        line(out, "low", number(*st.low / scale));
        line(out, "high", number(*st.high / scale));
    } else if (st.value) {
        line(out, "value", number(*st.value / scale));
    }
    if (st.comparator == comparator::direction) line(out, "direction", st.direction < 0 ? "down" : "up");
    if (!st.relative_to.empty()) line(out, "relative_to", scalar(st.relative_to));
    if (!unit.empty()) line(out, "unit", scalar(unit));
    if (st.vague != vagueness::exact) line(out, "vague", std::string(name(st.vague)));
    if (!st.subject.empty()) line(out, "subject", scalar(st.subject));
    if (!st.event.empty()) line(out, "event", scalar(st.event));
    if (!goal && st.not_done) line(out, "done", "false");
    if (goal && st.deadline) line(out, "deadline", day(*st.deadline));
    if (st.period) line(out, "period", day(st.period->begin) + "/" + day(st.period->end));
    if (st.as_of) line(out, "as_of", day(*st.as_of));
    if (!goal && st.status != figure_status::final) line(out, "status", std::string(name(st.status)));
    if (goal && st.strength != strength::none) line(out, "strength", std::string(name(st.strength)));
    if (goal && st.tolerance) {
        bool const rate = is_rate_unit(st.unit);
        line(out, "tolerance",
             rate ? number(*st.tolerance) + "pp" : scalar(number(*st.tolerance * 100) + "%"));
    }
    if (st.polarity) line(out, "polarity", std::string(name(*st.polarity)));
    if (st.scope.kind != scope_kind::unknown)
        line(out, "scope",
             std::string(name(st.scope.kind)) +
                 (st.scope.from ? " " + std::to_string(st.scope.from) +
                                      (st.scope.to != st.scope.from ? "-" + std::to_string(st.scope.to) : "")
                                : ""));
    if (!st.node.empty()) line(out, "node", scalar(st.node));
    if (goal && st.headline) line(out, "headline", "true");
}

}  // namespace

std::string write_rules(std::vector<statement> const& statements, catalog const& cat) {
    // one document per region and date stated, in the order they first appear
    std::vector<std::pair<std::string, std::optional<date>>> order;
    std::map<std::pair<std::string, std::string>, std::vector<statement const*>> groups;
    std::size_t skipped = 0;
    for (auto const& st : statements) {
        if (st.kind == statement_kind::goal && !st.deadline) {
            ++skipped;  // a goal whose report had no date: nothing to judge it by, and nothing to write back
            continue;
        }
        std::pair<std::string, std::string> key{st.region, st.reported ? day(*st.reported) : ""};
        auto& g = groups[key];
        if (g.empty()) order.emplace_back(st.region, st.reported);
        g.push_back(&st);
    }
    std::string out =
        "# luoshi rules: the goals as stored; `luoshi ingest` or `luoshi lint` reads this file back\n";
    if (skipped)
        out += fmt::format("# {} goal{} without a deadline (a report without a date) left out\n", skipped,
                           skipped == 1 ? "" : "s");
    bool first = true;
    for (auto const& [region, reported] : order) {
        auto const& g = groups[{region, reported ? day(*reported) : ""}];
        out += first ? "" : "---\n";
        first = false;
        out += fmt::format("region: {}\n", scalar(region));
        if (reported) out += fmt::format("date: {}\n", day(*reported));
        for (auto kind : {statement_kind::goal, statement_kind::figure}) {
            bool any = false;
            for (auto const* st : g) {
                if (st->kind != kind) continue;
                if (!any) out += kind == statement_kind::goal ? "goals:\n" : "figures:\n";
                any = true;
                entry(out, *st, cat);
            }
        }
    }
    return out;
}

}  // namespace luoshi::rules::yaml
