#include "app/judging.hpp"
#include "cli/commands.hpp"
#include "cli/loading.hpp"
#include "cli/output.hpp"
#include "common/render.hpp"
#include "engine/summary.hpp"
#include "engine/verdict.hpp"
#include "rules/confidence.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "store/database.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace luoshi::cli {

namespace {

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

using audit_data = app::judgement;

void print_table(audit_data const& d, audit_options const& o) {
    std::vector<std::vector<std::string>> cells{
        {"region", "year", "goal", "strength", "target", "actual", "verdict", "reason"}};
    for (auto const& r : d.rows) {
        auto const& g = d.goals[r.goal];
        auto const& v = d.verdicts[r.goal];
        cells.push_back({g.region.empty() ? "-" : g.region, r.year ? std::to_string(r.year) : "-",
                         shorten(engine::goal_text(g), 36), strength_cell(g), engine::show_target(g),
                         engine::show_actual(v, g, d.figures), std::string(engine::name(v)),
                         r.confidence.level == rules::confidence::low
                             ? r.reason + " [low confidence: " + r.confidence.why + "]"
                             : r.reason});
    }
    for (auto& row : cells)
        for (auto& cell : row) cell = common::printable(cell);
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
        j["confidence"] = std::string(rules::name(r.confidence.level));
        j["confidence_why"] = r.confidence.why;
        auto evidence = nlohmann::ordered_json::array();
        for (auto const& [i, role] : app::evidence_of(v)) {
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
    auto const policy = app::make_policy(o.rate_tolerance, o.amount_tolerance);
    if (auto const* e = std::get_if<std::string>(&policy)) {
        fmt::print(stderr, "error: {}\n", *e);
        return 2;
    }
    auto const user_catalog = catalog_with(o.catalogs);
    if (!user_catalog) return 2;
    auto const& catalog = *user_catalog;

    std::vector<rules::statement> goals, figures;
    int status = 0;
    std::optional<store::database> db;
    if (o.files.empty()) {
        // the store: every report ingested, and the run recorded
        db = open_store(o.db);
        if (!db) return 2;
        store::selection which;
        which.region = o.region;
        db->load(which, goals, figures);
        if (goals.empty() && db->reports().empty())
            fmt::print(stderr, "note: {} holds no reports yet: `luoshi ingest PATH...` puts them in\n", o.db);
    } else {
        status = load_reports(o.files, flags, catalog, [&](loaded_report& rep) {
            for (auto& s : rep.reading.statements)
                (s.kind == rules::statement_kind::goal ? goals : figures).push_back(std::move(s));
        });
    }

    app::filter which;
    which.region = o.region;
    which.year = o.year;
    which.verdict = o.verdict;
    which.min_confidence = o.min_confidence;
    if (o.metric) {
        auto const* def = catalog.find(*o.metric);
        which.metric = def ? def->name : *o.metric;
    }
    auto const d = app::judge_as_of(std::move(goals), std::move(figures), catalog,
                                    std::get<engine::policy>(policy), *as_of, which);

    if (db) {
        std::string filters;
        if (o.region) filters += " region=" + *o.region;
        if (o.year) filters += " year=" + std::to_string(*o.year);
        if (o.metric) filters += " metric=" + *o.metric;
        if (o.verdict) filters += " verdict=" + *o.verdict;
        if (o.min_confidence != rules::confidence::low)
            filters += " min-confidence=" + std::string(rules::name(o.min_confidence));
        db->record_run(*as_of, filters.empty() ? filters : filters.substr(1), app::run_rows(d));
    }

    switch (o.format) {
        case format::json: fmt::print("{}\n", audit_json(d).dump(2)); break;
        case format::csv: {
            fmt::print(
                "id,region,year,goal,strength,metric,measure,target,actual,verdict,progress,reason,report,"
                "start,end,confidence\n");
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
                                               std::to_string(g.src.end),
                                               std::string(rules::name(r.confidence.level))};
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
