#include "app/judging.hpp"
#include "cli/commands.hpp"
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
    auto const as_of = date_flag("--as-of", o.as_of);
    if (!as_of) return 2;
    auto const user_catalog = catalog_with(o.catalogs);
    if (!user_catalog) return 2;
    auto const& catalog = *user_catalog;
    if (!std::filesystem::exists(o.db)) {
        fmt::print(stderr, "error: no store at {} (`luoshi ingest` makes one)\n", o.db);
        return 2;
    }
    auto db = open_store(o.db);
    if (!db) return 2;

    auto const tolerances = app::make_policy(o.rate_tolerance, o.amount_tolerance);
    if (auto const* e = std::get_if<std::string>(&tolerances)) {
        fmt::print(stderr, "error: {}\n", *e);
        return 2;
    }
    auto const& policy = std::get<engine::policy>(tolerances);

    report_page page;
    page.as_of = *as_of;
    page.store = o.db;
    page.reports = db->reports().size();
    store::selection stored;
    stored.region = o.region;
    std::vector<rules::statement> goals, figures;
    db->load(stored, goals, figures);
    app::filter which;
    which.region = o.region;
    which.year = o.year;
    which.min_confidence = o.min_confidence;
    auto j = app::judge_as_of(std::move(goals), std::move(figures), catalog, policy, *as_of, which);
    page.goals = std::move(j.goals);
    page.figures = std::move(j.figures);
    page.verdicts = std::move(j.verdicts);
    page.explanations.resize(page.goals.size());
    page.reasons.resize(page.goals.size());
    for (auto& r : j.rows) {
        page.explanations[r.goal] =
            engine::explain(page.goals[r.goal], page.figures, catalog, policy, *as_of);
        page.reasons[r.goal] = std::move(r.reason) + " (confidence " +
                               std::string(rules::name(r.confidence.level)) + ": " + r.confidence.why + ")";
        page.shown.push_back(r.goal);
    }
    std::string const html = render_html(page);
    if (auto const why = write_file(o.html, html)) {
        fmt::print(stderr, "error: cannot write {}: {}\n", o.html, *why);
        return 2;
    }
    fmt::print("{}: {} goals as of {}, {} KB, one file (open it in a browser; it needs no network)\n", o.html,
               page.shown.size(), format_date(*as_of), (html.size() + 1023) / 1024);
    return 0;
}

}  // namespace luoshi::cli
