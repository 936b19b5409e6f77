#include "app/compare.hpp"
#include "cli/commands.hpp"
#include "cli/corrections.hpp"
#include "cli/loading.hpp"
#include "cli/output.hpp"
#include "common/render.hpp"
#include "engine/summary.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"

#include <fmt/format.h>

#include <set>

namespace luoshi::cli {

namespace {

std::string source_of(rules::statement const& g) {
    return fmt::format("{}, bytes {}–{}", g.src.report, g.src.start, g.src.end);
}

}  // namespace

int run_compare(compare_options const& o) {
    auto const setup =
        setup_judging(o.as_of, o.rate_tolerance, o.amount_tolerance, o.catalogs, o.corrections);
    if (!setup) return 2;
    auto const& catalog = setup->catalog;
    auto const as_of = &setup->as_of;
    app::compare_query q;
    auto const* def = catalog.find(o.metric);
    q.metric = def ? def->name : o.metric;
    q.year = o.year;
    q.headline = o.headline;
    if (o.measure) {
        q.measure = rules::parse_measure(*o.measure);
        if (!q.measure) {
            fmt::print(stderr,
                       "error: --measure: one of level, growth, average_growth, increase, change, share, "
                       "progress, not {}\n",
                       common::printable(*o.measure));
            return 2;
        }
    }
    if (!store_exists(o.db)) return 2;
    auto db = open_store(o.db);
    if (!db) return 2;
    std::vector<rules::statement> goals, figures;
    db->load({}, goals, figures);
    auto const j = app::judge_as_of(std::move(goals), std::move(figures), catalog, setup->policy, *as_of, {},
                                    setup->fixes);
    auto const rows = app::compare(j, q);
    std::string const what = q.metric + (q.measure ? " (" + std::string(rules::name(*q.measure)) + ")" : "") +
                             (q.year ? fmt::format(" stated in {}", *q.year) : std::string()) +
                             (q.headline ? ", headline targets" : "");

    switch (o.format) {
        case format::json: {
            auto out = nlohmann::ordered_json::array();
            for (auto const& r : rows) {
                auto const& g = j.goals[r.goal];
                auto const& v = j.verdicts[r.goal];
                auto const actual = app::actual_of(v);
                bool const number = actual && v.rule != engine::rule::milestone;
                nlohmann::ordered_json row = {
                    {"region", g.region},
                    {"year", r.year},
                    {"id", rules::stable_id(g)},
                    {"goal", engine::goal_text(g)},
                    {"measure", std::string(rules::name(g.measure))},
                    {"comparator", std::string(rules::name(g.comparator))},
                    {"value", g.value ? nlohmann::ordered_json(*g.value) : nlohmann::ordered_json()},
                    {"low", g.low ? nlohmann::ordered_json(*g.low) : nlohmann::ordered_json()},
                    {"high", g.high ? nlohmann::ordered_json(*g.high) : nlohmann::ordered_json()},
                    {"unit", g.unit},
                    {"target", engine::show_target(g)},
                    {"actual", engine::show_actual(v, g, j.figures)},
                    {"actual_value", number && actual->low == actual->high
                                         ? nlohmann::ordered_json(actual->low)
                                         : nlohmann::ordered_json()},
                    {"verdict", std::string(engine::name(v))},
                    {"headline", g.headline},
                    {"deadline", g.deadline ? nlohmann::ordered_json(format_date(*g.deadline))
                                            : nlohmann::ordered_json()},
                    {"others", r.others},
                    {"source",
                     {{"report", g.src.report},
                      {"start", g.src.start},
                      {"end", g.src.end},
                      {"text", g.src.text}}}};
                add_corrected_json(row, j.corrected[r.goal]);
                out.push_back(std::move(row));
            }
            fmt::print("{}\n", out.dump(2));
            break;
        }
        case format::csv: {
            if (o.bom) fmt::print("\xEF\xBB\xBF");
            fmt::print(
                "region,year,id,goal,measure,comparator,value,low,high,unit,target,actual,actual_value,"
                "verdict,"
                "headline,deadline,others,report,start,end,corrected\n");
            for (auto const& r : rows) {
                auto const& g = j.goals[r.goal];
                auto const& v = j.verdicts[r.goal];
                auto const actual = app::actual_of(v);
                bool const number = actual && v.rule != engine::rule::milestone;
                std::vector<std::string> cells{
                    g.region,
                    std::to_string(r.year),
                    rules::stable_id(g),
                    engine::goal_text(g),
                    std::string(rules::name(g.measure)),
                    std::string(rules::name(g.comparator)),
                    sheet_number(g.value),
                    sheet_number(g.low),
                    sheet_number(g.high),
                    g.unit,
                    engine::show_target(g),
                    engine::show_actual(v, g, j.figures),
                    number && actual->low == actual->high ? sheet_number(actual->low) : std::string(),
                    std::string(engine::name(v)),
                    g.headline ? "1" : "0",
                    g.deadline ? format_date(*g.deadline) : std::string(),
                    std::to_string(r.others),
                    g.src.report,
                    std::to_string(g.src.start),
                    std::to_string(g.src.end),
                    corrected_cell(j.corrected[r.goal])};
                std::string line;
                for (std::size_t c = 0; c < cells.size(); ++c) line += (c ? "," : "") + csv_cell(cells[c]);
                fmt::print("{}\n", line);
            }
            break;
        }
        case format::markdown: {
            fmt::print("{} as of {}\n\n", markdown_cell(what), format_date(*as_of));
            fmt::print("| region | year | target | actual | verdict | goal as written | source |\n");
            fmt::print("|---|---|---|---|---|---|---|\n");
            for (auto const& r : rows) {
                auto const& g = j.goals[r.goal];
                auto const& v = j.verdicts[r.goal];
                fmt::print("| {} | {} | {} | {} | **{}** | {} | {} |\n", markdown_cell(g.region), r.year,
                           markdown_cell(engine::show_target(g)),
                           markdown_cell(engine::show_actual(v, g, j.figures)), engine::name(v),
                           markdown_cell(engine::goal_text(g)), markdown_cell(source_of(g)));
            }
            break;
        }
        case format::table: {
            std::vector<std::vector<std::string>> cells{
                {"region", "year", "target", "actual", "verdict", "goal as written", "source"}};
            for (auto const& r : rows) {
                auto const& g = j.goals[r.goal];
                auto const& v = j.verdicts[r.goal];
                std::string target = engine::show_target(g);
                if (j.corrected[r.goal]) target += " (corrected)";
                cells.push_back({g.region.empty() ? "-" : g.region, std::to_string(r.year), target,
                                 engine::show_actual(v, g, j.figures), std::string(engine::name(v)),
                                 shorten((g.headline ? "★ " : "") + engine::goal_text(g), 30),
                                 source_of(g) + (r.others ? fmt::format(" (+{} more)", r.others) : "")});
            }
            fmt::print("{} as of {}\n", common::printable(what), format_date(*as_of));
            print_rows(cells);
            std::size_t met = 0, missed = 0, pending = 0;
            for (auto const& r : rows) {
                met += engine::is_met(j.verdicts[r.goal]);
                missed += engine::is_missed(j.verdicts[r.goal]);
                pending += engine::is_pending(j.verdicts[r.goal]);
            }
            std::set<std::string> regions;
            for (auto const& r : rows) regions.insert(j.goals[r.goal].region);
            fmt::print("\n{} row{} of {} region{}: {} met, {} missed, {} pending\n", rows.size(),
                       rows.size() == 1 ? "" : "s", regions.size(), regions.size() == 1 ? "" : "s", met,
                       missed, pending);
            if (rows.empty())
                fmt::print(
                    stderr,
                    "note: no goal of {} in {}{}: `luoshi audit --metric …` lists the goals of a metric\n",
                    common::printable(q.metric), o.db,
                    q.year ? fmt::format(" stated in {}", *q.year) : std::string());
            break;
        }
    }
    return 0;
}

}  // namespace luoshi::cli
