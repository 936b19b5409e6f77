#include "cli/commands.hpp"
#include "cli/extract.hpp"
#include "cli/html.hpp"
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

    report_page page;
    page.as_of = *as_of;
    page.store = o.db;
    page.reports = db->reports().size();
    store::selection which;
    which.region = o.region;
    db->load(which, page.goals, page.figures);
    engine::policy policy;
    policy.rate_tolerance = o.rate_tolerance;
    policy.amount_tolerance = o.amount_tolerance;
    page.verdicts = engine::judge(page.goals, page.figures, catalog, policy, *as_of);
    page.explanations.resize(page.goals.size());
    page.reasons.resize(page.goals.size());
    for (std::size_t i = 0; i < page.goals.size(); ++i) {
        auto const& g = page.goals[i];
        if (g.reported && *g.reported > *as_of) continue;  // not stated yet on that date
        if (o.region && g.region != *o.region) continue;
        if (o.year && year_of(g) != *o.year) continue;
        page.explanations[i] = engine::explain(g, page.figures, catalog, policy, *as_of);
        page.reasons[i] = engine::reason(page.verdicts[i], g, page.figures, *as_of);
        page.shown.push_back(i);
    }
    std::stable_sort(page.shown.begin(), page.shown.end(), [&](std::size_t a, std::size_t b) {
        auto const& ga = page.goals[a];
        auto const& gb = page.goals[b];
        if (ga.region != gb.region) return ga.region < gb.region;
        return year_of(ga) < year_of(gb);
    });
    std::string const html = render_html(page);
    if (!write_file(o.html, html)) {
        fmt::print(stderr, "error: cannot write {}\n", o.html);
        return 2;
    }
    fmt::print("{}: {} goals as of {}, {} KB, one file (open it in a browser; it needs no network)\n", o.html,
               page.shown.size(), format_date(*as_of), (html.size() + 1023) / 1024);
    return 0;
}

}  // namespace luoshi::cli
