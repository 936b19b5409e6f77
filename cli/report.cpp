#include "app/judging.hpp"
#include "cli/commands.hpp"
#include "cli/corrections.hpp"
#include "cli/html.hpp"
#include "cli/loading.hpp"
#include "cli/output.hpp"
#include "engine/summary.hpp"
#include "store/database.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace luoshi::cli {

int run_report(report_options const& o) {
    auto const setup =
        setup_judging(o.as_of, o.rate_tolerance, o.amount_tolerance, o.catalogs, o.corrections);
    if (!setup) return 2;
    auto const& catalog = setup->catalog;
    auto const& policy = setup->policy;
    auto const as_of = setup->as_of;
    if (!store_exists(o.db)) return 2;
    auto db = open_store(o.db);
    if (!db) return 2;

    report_page page;
    page.as_of = as_of;
    page.store = o.db;
    page.reports = db->reports().size();
    store::selection stored;
    stored.region = o.region;
    std::vector<rules::statement> goals, figures;
    db->load(stored, goals, figures);
    app::filter which;
    which.region = o.region;
    which.year = o.year;
    which.headline = o.headline;
    which.min_confidence = o.min_confidence;
    auto j =
        app::judge_as_of(std::move(goals), std::move(figures), catalog, policy, as_of, which, setup->fixes);
    // every goal's figures and what was made of them, from one index (a page may hold 20,000 goals)
    page.explanations = engine::explain_all(j.goals, j.figures, j.verdicts, catalog, policy, as_of);
    page.reasons.resize(j.goals.size());
    page.corrected.resize(j.goals.size());
    for (auto& r : j.rows) {
        auto const& fix = j.corrected[r.goal];
        if (fix && fix->figure)  // judged by the figure the reviewer chose: explained against it too
            page.explanations[r.goal] = engine::explain(
                j.goals[r.goal], app::figures_for(j.goals[r.goal], j.figures, *fix->figure, catalog), catalog,
                policy, as_of);
        page.corrected[r.goal] = corrected_cell(fix);
        page.reasons[r.goal] = std::move(r.reason) + " (confidence " +
                               std::string(rules::name(r.confidence.level)) + ": " + r.confidence.why + ")";
        page.shown.push_back(r.goal);
    }
    page.goals = std::move(j.goals);
    page.figures = std::move(j.figures);
    page.verdicts = std::move(j.verdicts);
    std::string const html = render_html(page);
    if (auto const why = write_file(o.html, html)) {
        fmt::print(stderr, "error: cannot write {}: {}\n", o.html, *why);
        return 2;
    }
    fmt::print("{}: {} goals as of {}, {} KB, one file (open it in a browser; it needs no network)\n", o.html,
               page.shown.size(), format_date(as_of), (html.size() + 1023) / 1024);
    if (j.rejected)
        fmt::print(stderr, "note: {} goal{} rejected in {} left out\n", j.rejected,
                   j.rejected == 1 ? "" : "s", o.corrections);
    return 0;
}

}  // namespace luoshi::cli
