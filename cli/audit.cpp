#include "app/judging.hpp"
#include "cli/commands.hpp"
#include "cli/corrections.hpp"
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

std::string_view colour_of(engine::verdict const& v) {
    return engine::is_met(v) ? "\x1b[32m" : engine::is_missed(v) ? "\x1b[31m" : "\x1b[33m";
}

using audit_data = app::judgement;

void print_table(audit_data const& d, audit_options const& o) {
    // the column of corrections only when one applies, and the headline mark only when a goal has it
    bool const any_corrected = std::any_of(d.rows.begin(), d.rows.end(), [&](app::judged_row const& r) {
        return d.corrected[r.goal].has_value();
    });
    bool const any_headline = std::any_of(d.rows.begin(), d.rows.end(),
                                          [&](app::judged_row const& r) { return d.goals[r.goal].headline; });
    std::vector<std::vector<std::string>> cells{
        {"region", "year", "goal", "strength", "target", "actual", "verdict", "reason"}};
    if (any_corrected) cells.front().insert(cells.front().end() - 1, "corrected");
    for (auto const& r : d.rows) {
        auto const& g = d.goals[r.goal];
        auto const& v = d.verdicts[r.goal];
        std::string const goal = (any_headline ? (g.headline ? "★ " : "  ") : "") + engine::goal_text(g);
        cells.push_back({g.region.empty() ? "-" : g.region, r.year ? std::to_string(r.year) : "-",
                         shorten(goal, 36), strength_cell(g), engine::show_target(g),
                         engine::show_actual(v, g, d.figures), std::string(engine::name(v)),
                         r.confidence.level == rules::confidence::low
                             ? r.reason + " [low confidence: " + r.confidence.why + "]"
                             : r.reason});
        if (any_corrected)
            cells.back().insert(cells.back().end() - 1, shorten(corrected_cell(d.corrected[r.goal]), 40));
    }
    constexpr std::size_t verdict_column = 6;
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
            if (c == verdict_column && i > 0 && o.color)
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
    if (any_headline) fmt::print("★ a headline target (the report's main targets)\n");
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
        add_corrected_json(j, d.corrected[r.goal]);
        all.push_back(std::move(j));
    }
    return all;
}

}  // namespace

int run_audit(audit_options const& o) {
    auto const setup =
        setup_judging(o.as_of, o.rate_tolerance, o.amount_tolerance, o.catalogs, o.corrections);
    if (!setup) return 2;
    auto const& catalog = setup->catalog;
    auto const* as_of = &setup->as_of;
    report_meta flags;
    if (o.date && !(flags.date = date_flag("--date", *o.date))) return 2;

    std::vector<rules::statement> goals, figures;
    int status = 0;
    std::optional<store::database> db;
    if (o.files.empty()) {
        // the store: every report ingested, and the run recorded; a store that is not there is not made
        if (!store_exists(o.db)) return 2;
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
    which.headline = o.headline;
    which.min_confidence = o.min_confidence;
    if (o.metric) {
        auto const* def = catalog.find(*o.metric);
        which.metric = def ? def->name : *o.metric;
    }
    auto const d = app::judge_as_of(std::move(goals), std::move(figures), catalog, setup->policy, *as_of,
                                    which, setup->fixes);

    if (db) {
        std::string filters;
        if (o.region) filters += " region=" + *o.region;
        if (o.year) filters += " year=" + std::to_string(*o.year);
        if (o.metric) filters += " metric=" + *o.metric;
        if (o.verdict) filters += " verdict=" + *o.verdict;
        if (o.headline) filters += " headline";
        if (o.min_confidence != rules::confidence::low)
            filters += " min-confidence=" + std::string(rules::name(o.min_confidence));
        db->record_run(*as_of, filters.empty() ? filters : filters.substr(1), app::run_rows(d));
    }

    switch (o.format) {
        case format::json: fmt::print("{}\n", audit_json(d).dump(2)); break;
        case format::csv: {
            // the text columns as before, then numbers a spreadsheet can sum and sort (DESIGN.md: columns are
            // only ever added at the end)
            if (o.bom) fmt::print("\xEF\xBB\xBF");
            fmt::print(
                "id,region,year,goal,strength,metric,measure,target,actual,verdict,progress,reason,report,"
                "start,end,confidence,comparator,value,low,high,unit,actual_value,actual_low,actual_high,"
                "deadline,period_begin,period_end,headline,corrected\n");
            for (auto const& r : d.rows) {
                auto const& g = d.goals[r.goal];
                auto const& v = d.verdicts[r.goal];
                auto const actual = app::actual_of(v);
                bool const number = actual && v.rule != engine::rule::milestone;
                std::vector<std::string> cells{
                    rules::stable_id(g),
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
                    std::string(rules::name(r.confidence.level)),
                    g.measure == rules::measure::milestone ? std::string()
                                                           : std::string(rules::name(g.comparator)),
                    sheet_number(g.value),
                    sheet_number(g.low),
                    sheet_number(g.high),
                    g.unit,
                    number && actual->low == actual->high ? sheet_number(actual->low) : std::string(),
                    number ? sheet_number(actual->low) : std::string(),
                    number ? sheet_number(actual->high) : std::string(),
                    g.deadline ? format_date(*g.deadline) : std::string(),
                    g.period ? format_date(g.period->begin) : std::string(),
                    g.period ? format_date(g.period->end) : std::string(),
                    g.headline ? "1" : "0",
                    corrected_cell(d.corrected[r.goal])};
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
    if (d.rejected)
        fmt::print(stderr, "note: {} goal{} rejected in {} left out\n", d.rejected,
                   d.rejected == 1 ? "" : "s", o.corrections);
    if (db && !o.region) warn_orphans(setup->fixes, d.goals);
    return status;
}

}  // namespace luoshi::cli
