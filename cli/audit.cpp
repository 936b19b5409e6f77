#include "cli/commands.hpp"
#include "cli/extract.hpp"
#include "cli/output.hpp"
#include "common/render.hpp"
#include "engine/summary.hpp"
#include "engine/verdict.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "store/database.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

namespace luoshi::cli {

namespace {

struct row {
    std::size_t goal;  // index into goals and verdicts
    int year;
    std::string reason;  // built once, for every format and the run
};

std::string progress_cell(engine::verdict const& v) {
    return v.progress ? fmt::format("{:.3f}", *v.progress) : "";
}

// 确保 and 力争 are shown and never change a verdict
std::string strength_cell(rules::statement const& g) {
    return g.strength == rules::strength::none ? "" : std::string(rules::name(g.strength));
}

std::string csv_cell(std::string const& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string_view colour_of(engine::verdict const& v) {
    return engine::is_met(v) ? "\x1b[32m" : engine::is_missed(v) ? "\x1b[31m" : "\x1b[33m";
}

struct audit_data {
    std::vector<rules::statement> goals, figures;
    std::vector<engine::verdict> verdicts;
    std::vector<row> rows;
};

void print_table(audit_data const& d, audit_options const& o) {
    std::vector<std::vector<std::string>> cells{
        {"region", "year", "goal", "strength", "target", "actual", "verdict", "reason"}};
    for (auto const& r : d.rows) {
        auto const& g = d.goals[r.goal];
        auto const& v = d.verdicts[r.goal];
        cells.push_back({g.region.empty() ? "-" : g.region, r.year ? std::to_string(r.year) : "-",
                         shorten(engine::goal_text(g), 36), strength_cell(g), engine::show_target(g),
                         engine::show_actual(v, g, d.figures), std::string(engine::name(v)), r.reason});
    }
    std::vector<std::size_t> widths(cells.front().size(), 0);
    for (auto const& r : cells)
        for (std::size_t c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths[c], common::display_width(r[c]));
    for (std::size_t i = 0; i < cells.size(); ++i) {
        std::string line;
        for (std::size_t c = 0; c < cells[i].size(); ++c) {
            bool const last = c + 1 == cells[i].size();
            std::string cell = last ? cells[i][c] : common::pad_right(cells[i][c], widths[c]);
            if (c == 6 && i > 0 && o.color)
                cell = std::string(colour_of(d.verdicts[d.rows[i - 1].goal])) + cell + "\x1b[0m";
            line += (c ? "  " : "") + cell;
        }
        fmt::print("{}\n", line);
    }
    std::size_t met = 0, missed = 0, pending = 0;
    for (auto const& r : d.rows) {
        auto const& v = d.verdicts[r.goal];
        met += engine::is_met(v);
        missed += engine::is_missed(v);
        pending += engine::is_pending(v);
    }
    fmt::print("\n{} goals as of {}: {} met, {} missed, {} pending\n", d.rows.size(), o.as_of, met, missed,
               pending);
}

nlohmann::ordered_json audit_json(audit_data const& d) {
    auto all = nlohmann::ordered_json::array();
    for (auto const& r : d.rows) {
        auto const& g = d.goals[r.goal];
        auto const& v = d.verdicts[r.goal];
        auto j = to_json(g);
        j["year"] = r.year;
        j["verdict"] = std::string(engine::name(v));
        j["reason"] = r.reason;
        j["rule"] = std::string(engine::id(v.rule));
        j["actual"] = engine::show_actual(v, g, d.figures);
        j["progress"] = v.progress ? nlohmann::ordered_json(*v.progress) : nlohmann::ordered_json();
        auto evidence = nlohmann::ordered_json::array();
        for (auto const& [i, role] : evidence_of(v)) {
            auto f = to_json(d.figures[i]);
            f["role"] = std::string(role);
            evidence.push_back(std::move(f));
        }
        j["evidence"] = std::move(evidence);
        all.push_back(std::move(j));
    }
    return all;
}

}  // namespace

int run_audit(audit_options const& o) {
    auto const as_of = date_flag("--as-of", o.as_of);
    if (!as_of) return 2;
    report_meta flags;
    if (o.date && !(flags.date = date_flag("--date", *o.date))) return 2;
    if (o.rate_tolerance < 0 || o.amount_tolerance < 0) {
        fmt::print(stderr, "error: a tolerance cannot be negative\n");
        return 2;
    }
    auto const user_catalog = catalog_with(o.catalogs);
    if (!user_catalog) return 2;
    auto const& catalog = *user_catalog;

    audit_data d;
    int status = 0;
    std::optional<store::database> db;
    if (o.files.empty()) {
        // the store: every report ingested, and the run recorded
        db = open_store(o.db);
        if (!db) return 2;
        store::selection which;
        which.region = o.region;
        db->load(which, d.goals, d.figures);
        if (d.goals.empty() && db->reports().empty())
            fmt::print(stderr, "note: {} holds no reports yet: `luoshi ingest PATH...` puts them in\n", o.db);
    } else {
        status = load_reports(o.files, flags, catalog, [&](loaded_report& rep) {
            for (auto& s : rep.reading.statements)
                (s.kind == rules::statement_kind::goal ? d.goals : d.figures).push_back(std::move(s));
        });
    }

    engine::policy policy;
    policy.rate_tolerance = o.rate_tolerance;
    policy.amount_tolerance = o.amount_tolerance;
    d.verdicts = engine::judge(d.goals, d.figures, catalog, policy, *as_of);

    std::string metric;
    if (o.metric) {
        auto const* def = catalog.find(*o.metric);
        metric = def ? def->name : *o.metric;
    }
    for (std::size_t i = 0; i < d.goals.size(); ++i) {
        auto const& g = d.goals[i];
        if (g.reported && *g.reported > *as_of) continue;  // not stated yet on that date
        int const year = year_of(g);
        if (o.region && g.region != *o.region) continue;
        if (o.year && year != *o.year) continue;
        if (o.metric && g.metric != metric) continue;
        if (o.verdict && engine::name(d.verdicts[i]) != *o.verdict) continue;
        d.rows.push_back(row{i, year, engine::reason(d.verdicts[i], g, d.figures, *as_of)});
    }
    std::stable_sort(d.rows.begin(), d.rows.end(), [&](row const& a, row const& b) {
        auto const& ga = d.goals[a.goal];
        auto const& gb = d.goals[b.goal];
        if (ga.region != gb.region) return ga.region < gb.region;
        return a.year < b.year;
    });

    if (db) {
        std::vector<store::verdict_row> rows;
        for (auto const& r : d.rows) {
            auto const& g = d.goals[r.goal];
            auto const& v = d.verdicts[r.goal];
            store::verdict_row vr;
            vr.goal_id = rules::stable_id(g);
            vr.verdict = std::string(engine::name(v));
            vr.rule = std::string(engine::id(v.rule));
            vr.reason = r.reason;
            vr.progress = v.progress;
            for (auto const& [i, role] : evidence_of(v))
                vr.evidence.push_back(rules::stable_id(d.figures[i]));
            rows.push_back(std::move(vr));
        }
        std::string filters;
        if (o.region) filters += " region=" + *o.region;
        if (o.year) filters += " year=" + std::to_string(*o.year);
        if (o.metric) filters += " metric=" + *o.metric;
        if (o.verdict) filters += " verdict=" + *o.verdict;
        db->record_run(*as_of, filters.empty() ? filters : filters.substr(1), rows);
    }

    switch (o.format) {
        case format::json: std::cout << audit_json(d).dump(2) << "\n"; break;
        case format::csv: {
            fmt::print(
                "id,region,year,goal,strength,metric,measure,target,actual,verdict,progress,reason,report,"
                "start,"
                "end\n");
            for (auto const& r : d.rows) {
                auto const& g = d.goals[r.goal];
                auto const& v = d.verdicts[r.goal];
                std::vector<std::string> cells{rules::stable_id(g),
                                               g.region,
                                               std::to_string(r.year),
                                               engine::goal_text(g),
                                               std::string(rules::name(g.strength)),
                                               g.metric,
                                               std::string(rules::name(g.measure)),
                                               engine::show_target(g),
                                               engine::show_actual(v, g, d.figures),
                                               std::string(engine::name(v)),
                                               progress_cell(v),
                                               r.reason,
                                               g.src.report,
                                               std::to_string(g.src.start),
                                               std::to_string(g.src.end)};
                std::string line;
                for (std::size_t c = 0; c < cells.size(); ++c) line += (c ? "," : "") + csv_cell(cells[c]);
                fmt::print("{}\n", line);
            }
            break;
        }
        case format::markdown: {
            fmt::print("| region | year | goal | strength | target | actual | verdict | reason |\n");
            fmt::print("|---|---|---|---|---|---|---|---|\n");
            for (auto const& r : d.rows) {
                auto const& g = d.goals[r.goal];
                auto const& v = d.verdicts[r.goal];
                fmt::print("| {} | {} | {} | {} | {} | {} | **{}** | {} |\n", markdown_cell(g.region), r.year,
                           markdown_cell(engine::goal_text(g)), strength_cell(g),
                           markdown_cell(engine::show_target(g)),
                           markdown_cell(engine::show_actual(v, g, d.figures)), engine::name(v),
                           markdown_cell(r.reason));
            }
            break;
        }
        case format::table: print_table(d, o); break;
    }
    return status;
}

}  // namespace luoshi::cli
