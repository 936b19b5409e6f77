#include "cli/loading.hpp"

#include "app/judging.hpp"
#include "cli/corrections.hpp"
#include "cli/output.hpp"

#include "common/render.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace luoshi::cli {

std::optional<judging_setup> setup_judging(std::string const& as_of, double rate_tolerance,
                                           double amount_tolerance, std::vector<std::string> const& catalogs,
                                           std::string const& corrections) {
    auto const date = date_flag("--as-of", as_of);
    if (!date) return std::nullopt;
    auto const policy = app::make_policy(rate_tolerance, amount_tolerance);
    if (auto const* e = std::get_if<std::string>(&policy)) {
        fmt::print(stderr, "error: {}\n", *e);
        return std::nullopt;
    }
    auto catalog = catalog_with(catalogs);
    if (!catalog) return std::nullopt;
    auto fixes = read_corrections(corrections);
    if (!fixes) return std::nullopt;
    return judging_setup{*date, std::get<engine::policy>(policy), std::move(*catalog), std::move(*fixes)};
}

bool store_exists(std::string const& path) {
    std::error_code ec;
    if (path.empty() || path == ":memory:" || std::filesystem::exists(path, ec)) return true;
    fmt::print(stderr,
               "error: no store at {}: `luoshi ingest PATH...` makes one (or --db names another); nothing "
               "was created\n",
               common::printable(path));
    return false;
}

std::optional<store::database> open_store(std::string const& path) {
    auto opened = store::database::open(path);
    if (auto const* e = std::get_if<std::string>(&opened)) {
        fmt::print(stderr, "error: {}\n", *e);
        return std::nullopt;
    }
    return std::move(std::get<store::database>(opened));
}

int load_reports(std::vector<std::string> const& paths, report_meta const& flags,
                 rules::catalog const& catalog, std::function<void(loaded_report&)> const& use) {
    int status = 0;
    for (auto const& path : paths) {
        auto r = app::load_report(path, flags, catalog);
        if (auto const* e = std::get_if<app::load_error>(&r)) {
            if (!e->details.empty())
                fmt::print(stderr, "{}", e->details);
            else
                fmt::print(stderr, "{}: error: {}\n", common::printable(e->path),
                           common::printable(e->message));
            status = 2;
            continue;
        }
        auto& rep = std::get<loaded_report>(r);
        fmt::print(stderr, "{}", rep.warnings);
        if (!rep.meta.date && !rep.rules)
            fmt::print(stderr,
                       "{}: note: no report date (give --date, front matter or index.csv): 年底, 明年 stay "
                       "unresolved and its figures count as known on any date\n",
                       common::printable(path));
        use(rep);
    }
    return status;
}

}  // namespace luoshi::cli
