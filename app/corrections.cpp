#include "app/corrections.hpp"

#include "engine/summary.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace luoshi::app {

rules::correction const* corrections::find(std::string const& goal_id) const {
    for (auto const& c : items)
        if (c.goal == goal_id) return &c;
    return nullptr;
}

namespace {

std::string value_text(std::optional<double> v, std::string const& unit) {
    return v ? engine::show_value(*v, unit) : std::string("—");
}

std::string day_text(std::optional<rules::date> const& d) { return d ? rules::iso_date(*d) : "—"; }

}  // namespace

std::vector<std::optional<applied>> apply_corrections(corrections const& fixes,
                                                      std::vector<rules::statement>& goals,
                                                      std::vector<rules::statement> const& figures,
                                                      rules::catalog const& catalog) {
    std::vector<std::optional<applied>> out(goals.size());
    if (fixes.items.empty()) return out;
    std::map<std::string, rules::correction const*> by_id;
    for (auto const& c : fixes.items) by_id.emplace(c.goal, &c);
    std::map<std::string, std::size_t> figure_index;
    for (auto const& c : fixes.items)
        if (c.figure) figure_index.emplace(*c.figure, figures.size());
    if (!figure_index.empty())
        for (std::size_t i = 0; i < figures.size(); ++i)
            if (auto it = figure_index.find(rules::stable_id(figures[i])); it != figure_index.end())
                it->second = i;

    for (std::size_t i = 0; i < goals.size(); ++i) {
        auto const it = by_id.find(rules::stable_id(goals[i]));
        if (it == by_id.end()) continue;
        auto const& c = *it->second;
        auto& g = goals[i];
        applied a;
        a.rejected = c.reject;
        a.why = c.why;
        a.note = c.note;
        auto changed = [&](std::string field, std::string was, std::string now) {
            a.fields.push_back({std::move(field), std::move(was), std::move(now)});
        };
        if (c.metric) {
            auto const* def = catalog.find(*c.metric);
            std::string const now = def ? def->name : *c.metric;
            changed("metric", g.metric, now);
            g.metric = now;
        }
        if (c.region) {
            changed("region", g.region.empty() ? "—" : g.region, *c.region);
            g.region = *c.region;
        }
        if (c.comparator) {
            changed("comparator", std::string(rules::name(g.comparator)),
                    std::string(rules::name(*c.comparator)));
            g.comparator = *c.comparator;
        }
        if (c.value) {
            changed("value", value_text(g.value, g.unit), value_text(c.value, g.unit));
            g.value = *c.value;
        }
        if (c.low) {
            changed("low", value_text(g.low, g.unit), value_text(c.low, g.unit));
            g.low = *c.low;
        }
        if (c.high) {
            changed("high", value_text(g.high, g.unit), value_text(c.high, g.unit));
            g.high = *c.high;
        }
        if (g.comparator == rules::comparator::range && g.low && !g.value) g.value = g.low;
        // a number given by hand replaces the other statistic a relative goal was compared with
        if ((c.value || c.low || c.high) && !g.relative_to.empty()) {
            changed("relative_to", g.relative_to, "—");
            g.relative_to.clear();
        }
        if (c.deadline) {
            changed("deadline", day_text(g.deadline), day_text(c.deadline));
            g.deadline = *c.deadline;
            // the period targeted ends with the deadline
            if (g.period) g.period->end = *c.deadline;
        }
        if (c.figure) {
            auto const at = figure_index.at(*c.figure);
            if (at < figures.size()) {
                a.figure = at;
                changed("figure", "as matched", *c.figure);
            } else {
                a.missing_figure = *c.figure;
            }
        }
        out[i] = std::move(a);
    }
    return out;
}

std::vector<rules::statement> figures_for(rules::statement const& goal,
                                          std::vector<rules::statement> const& figures, std::size_t chosen,
                                          rules::catalog const& catalog) {
    std::vector<rules::statement> out = figures;
    auto const canonical = [&](std::string const& m) {
        auto const* def = catalog.find(m);
        return def ? def->name : m;
    };
    std::string const metric = canonical(goal.metric);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (i == chosen) continue;
        if (out[i].region == goal.region && canonical(out[i].metric) == metric)
            out[i].region += "\x1f(set aside)";
    }
    out[chosen].region = goal.region;
    out[chosen].metric = goal.metric;
    if (goal.measure == rules::measure::milestone) {
        out[chosen].subject = goal.subject;
        out[chosen].event = goal.event;
    }
    return out;
}

std::vector<rules::correction const*> orphans(corrections const& fixes,
                                              std::vector<std::string> const& goal_ids) {
    std::set<std::string, std::less<>> ids(goal_ids.begin(), goal_ids.end());
    std::vector<rules::correction const*> out;
    for (auto const& c : fixes.items)
        if (!ids.count(c.goal)) out.push_back(&c);
    return out;
}

}  // namespace luoshi::app
