#include "app/judging.hpp"

#include "engine/summary.hpp"
#include "rules/identity.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace luoshi::app {

std::variant<engine::policy, std::string> make_policy(double rate_tolerance, double amount_tolerance) {
    for (double t : {rate_tolerance, amount_tolerance}) {
        if (!std::isfinite(t)) return fmt::format("a tolerance must be a number, not {}", t);
        if (t < 0) return std::string("a tolerance cannot be negative");
    }
    engine::policy p;
    p.rate_tolerance = rate_tolerance;
    p.amount_tolerance = amount_tolerance;
    return p;
}

int year_of(rules::statement const& g) {
    if (g.reported) return g.reported->year();
    if (g.deadline) return g.deadline->year();
    return 0;
}

bool stated_by(rules::statement const& goal, rules::date as_of) {
    return !goal.reported || *goal.reported <= as_of;
}

std::optional<engine::reading> actual_of(engine::verdict const& v) {
    if (auto const* m = std::get_if<engine::met>(&v.state)) return m->actual;
    if (auto const* m = std::get_if<engine::missed>(&v.state)) return m->actual;
    if (auto const* p = std::get_if<engine::pending>(&v.state)) return p->latest;
    return std::nullopt;
}

std::vector<std::pair<std::size_t, std::string_view>> evidence_of(engine::verdict const& v) {
    std::vector<std::pair<std::size_t, std::string_view>> out;
    auto const used = actual_of(v);
    if (used && !used->parts.empty()) {
        for (std::size_t i : used->parts) out.emplace_back(i, "part of the sum");
    } else if (used) {
        if (used->base) out.emplace_back(*used->base, "earlier level");
        out.emplace_back(used->figure, engine::is_pending(v) ? "latest"
                                       : used->base          ? "later level"
                                                             : "used");
    }
    for (auto const& part : v.parts)
        if (!used || part.actual.figure != used->figure) out.emplace_back(part.actual.figure, "part");
    if (v.other) {
        if (v.other->base) out.emplace_back(*v.other->base, "compared with, earlier level");
        out.emplace_back(v.other->figure, "compared with");
    }
    for (std::size_t i : v.conflicts) out.emplace_back(i, "conflict");
    return out;
}

judgement judge_as_of(std::vector<rules::statement> goals, std::vector<rules::statement> figures,
                      rules::catalog const& catalog, engine::policy const& policy, rules::date as_of,
                      filter const& which, corrections const& fixes) {
    judgement j;
    j.goals = std::move(goals);
    j.figures = std::move(figures);
    j.corrected = apply_corrections(fixes, j.goals, j.figures, catalog);
    j.verdicts = engine::judge(j.goals, j.figures, catalog, policy, as_of);
    for (std::size_t i = 0; i < j.goals.size(); ++i)
        if (j.corrected[i] && j.corrected[i]->figure)
            j.verdicts[i] = judge_one(j.goals[i], j.figures, j.corrected[i], catalog, policy, as_of);
    for (std::size_t i = 0; i < j.goals.size(); ++i) {
        auto const& g = j.goals[i];
        if (!stated_by(g, as_of)) continue;
        if (j.corrected[i] && j.corrected[i]->rejected) {
            ++j.rejected;
            continue;
        }
        int const year = year_of(g);
        if (which.region && g.region != *which.region) continue;
        if (which.year && year != *which.year) continue;
        if (which.metric && g.metric != *which.metric) continue;
        if (which.verdict && engine::name(j.verdicts[i]) != *which.verdict) continue;
        if (which.headline && !g.headline) continue;
        auto confidence = rules::confidence_of(g, catalog);
        if (confidence.level < which.min_confidence) continue;
        j.rows.push_back(
            judged_row{i, year, engine::reason(j.verdicts[i], g, j.figures, as_of), std::move(confidence)});
    }
    std::stable_sort(j.rows.begin(), j.rows.end(), [&](judged_row const& a, judged_row const& b) {
        auto const& ga = j.goals[a.goal];
        auto const& gb = j.goals[b.goal];
        if (ga.region != gb.region) return ga.region < gb.region;
        if (a.year != b.year) return a.year < b.year;
        return ga.headline > gb.headline;
    });
    return j;
}

engine::verdict judge_one(rules::statement const& goal, std::vector<rules::statement> const& figures,
                          std::optional<applied> const& fix, rules::catalog const& catalog,
                          engine::policy const& policy, rules::date as_of) {
    std::vector<rules::statement> const one{goal};
    if (fix && fix->figure)
        return engine::judge(one, figures_for(goal, figures, *fix->figure, catalog), catalog, policy, as_of)
            .front();
    return engine::judge(one, figures, catalog, policy, as_of).front();
}

std::vector<store::verdict_row> run_rows(judgement const& j) {
    std::vector<store::verdict_row> rows;
    for (auto const& r : j.rows) {
        auto const& g = j.goals[r.goal];
        auto const& v = j.verdicts[r.goal];
        store::verdict_row vr;
        vr.goal_id = rules::stable_id(g);
        vr.verdict = std::string(engine::name(v));
        vr.rule = std::string(engine::id(v.rule));
        vr.reason = r.reason;
        vr.progress = v.progress;
        for (auto const& [i, role] : evidence_of(v)) vr.evidence.push_back(rules::stable_id(j.figures[i]));
        rows.push_back(std::move(vr));
    }
    return rows;
}

}  // namespace luoshi::app
