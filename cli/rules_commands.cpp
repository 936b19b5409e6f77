#include "app/corrections.hpp"
#include "cli/commands.hpp"
#include "cli/loading.hpp"
#include "cli/output.hpp"
#include "common/encoding.hpp"
#include "common/render.hpp"
#include "common/source_text.hpp"
#include "rules/identity.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "rules/yaml/corrections.hpp"
#include "rules/yaml/load.hpp"
#include "store/database.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

namespace luoshi::cli {

namespace {

bool is_lint_file(std::string const& path) { return app::kind_of(path) != app::input_kind::report; }

struct finding {
    std::size_t offset = 0;
    bool error = true;
    std::string message;
    bool text = true;  // false: the file is not text, and no line of it is shown
};

// What a YAML file is: a project file (luoshi.yaml), a metric catalog (`metrics:` at the top) or rules.
enum class yaml_kind { rules, catalog, project, corrections };

yaml_kind yaml_kind_of(std::string const& path, std::string const& text) {
    if (std::filesystem::path(path).filename() == "luoshi.yaml") return yaml_kind::project;
    if (std::filesystem::path(path).filename() == "corrections.yaml") return yaml_kind::corrections;
    // a catalog starts with `metrics:` (after comments)
    std::size_t i = 0;
    while (i < text.size()) {
        auto const eol = text.find('\n', i);
        std::string_view l(text.data() + i, (eol == std::string::npos ? text.size() : eol) - i);
        i = eol == std::string::npos ? text.size() : eol + 1;
        if (l.empty() || l[0] == '#' || l == "---" || l == "\r") continue;
        return l.rfind("metrics:", 0) == 0 ? yaml_kind::catalog : yaml_kind::rules;
    }
    return yaml_kind::rules;
}

}  // namespace

int run_lint(lint_options const& o) {
    report_meta flags;
    if (o.region) flags.region = *o.region;
    if (o.date && !(flags.date = date_flag("--date", *o.date))) return 2;
    auto const user_catalog = catalog_with(o.catalogs);
    if (!user_catalog) return 2;
    std::vector<std::string> ignored, missing;
    auto const files = app::collect_inputs(o.files, is_lint_file, ignored, missing);
    std::size_t errors = 0, warnings = 0, bad_files = 0;
    auto json = nlohmann::ordered_json::array();
    for (auto const& m : missing) {
        fmt::print(stderr, "error: {}: no such file or folder\n", common::printable(m));
        ++bad_files;
    }
    for (auto const& path : files) {
        std::string unread;
        auto const read = app::read_all(path, unread);
        std::string_view const bytes = read ? std::string_view(*read) : std::string_view();
        std::vector<finding> found;
        std::string text;
        std::string summary;
        if (!read) {
            found.push_back({0, true, unread});
        } else if (auto decoded = common::decode(bytes);
                   auto const* e = std::get_if<common::decode_error>(&decoded)) {
            found.push_back({e->offset, true,
                             fmt::format("{} (near \"{}\")", e->message, common::excerpt(bytes, e->offset)),
                             false});
        } else {
            auto const& utf8 = std::get<common::decoded_text>(decoded);
            text = utf8.utf8;
            auto const kind = app::kind_of(path);
            auto const yaml = kind == app::input_kind::rules ? yaml_kind_of(path, text) : yaml_kind::rules;
            if (kind == app::input_kind::report) {
                found.push_back({0, true, "not a rule file (.yaml, .yml) or a figure table (.csv)"});
            } else if (kind == app::input_kind::rules && yaml == yaml_kind::project) {
                auto const p = rules::yaml::load_project(text);
                for (auto const& d : p.diagnostics)
                    found.push_back({d.offset, d.severity == rules::yaml::severity::error, d.message});
                summary = "a project file";
            } else if (kind == app::input_kind::rules && yaml == yaml_kind::corrections) {
                auto const c = rules::yaml::load_corrections(text);
                for (auto const& d : c.diagnostics)
                    found.push_back({d.offset, d.severity == rules::yaml::severity::error, d.message});
                summary = fmt::format("a corrections file, {} correction{}", c.items.size(),
                                      c.items.size() == 1 ? "" : "s");
                // each correction must still name a goal of the store: a goal the reader no longer finds
                // (after a better reader, a replaced report) is said, never dropped silently
                if (c.ok() && !c.items.empty()) {
                    std::error_code ec;
                    if (!std::filesystem::exists(o.db, ec)) {
                        summary += fmt::format("; ids not checked: no store at {}", o.db);
                    } else if (auto db = open_store(o.db)) {
                        std::vector<rules::statement> goals, figures;
                        db->load({}, goals, figures);
                        std::vector<std::string> ids;
                        for (auto const& g : goals) ids.push_back(rules::stable_id(g));
                        app::corrections all{path, c.items};
                        for (auto const* x : app::orphans(all, ids))
                            found.push_back(
                                {x->offset, true,
                                 fmt::format(
                                     "no goal {} in {}: the reader no longer finds it (a changed reader "
                                     "or report), or the id is mistyped; correct the new id, or remove this",
                                     x->goal, o.db)});
                        std::set<std::string> figure_ids;
                        for (auto const& f : figures) figure_ids.insert(rules::stable_id(f));
                        for (auto const& x : c.items)
                            if (x.figure && !figure_ids.count(*x.figure))
                                found.push_back(
                                    {x.offset, true,
                                     fmt::format("{}: no figure {} in {}", x.goal, *x.figure, o.db)});
                        std::stable_sort(found.begin(), found.end(), [](finding const& a, finding const& b) {
                            return a.offset < b.offset;
                        });
                    }
                }
            } else if (kind == app::input_kind::rules && yaml == yaml_kind::catalog) {
                rules::catalog scratch;
                for (auto const& d : rules::yaml::load_catalog(text, scratch))
                    found.push_back({d.offset, true, d.message});
                summary = fmt::format("a metric catalog, {} metric{}", scratch.metrics().size(),
                                      scratch.metrics().size() == 1 ? "" : "s");
            } else {
                rules::yaml::file_context ctx;
                ctx.path = path;
                ctx.region = flags.region;
                ctx.date = flags.date;
                ctx.catalog = &*user_catalog;
                auto const file = kind == app::input_kind::rules ? rules::yaml::load_rules(text, ctx)
                                                                 : rules::yaml::load_figures_csv(text, ctx);
                for (auto const& d : file.diagnostics)
                    found.push_back({d.offset, d.severity == rules::yaml::severity::error, d.message});
                std::size_t goals = 0, figures = 0;
                for (auto const& st : file.statements)
                    (st.kind == rules::statement_kind::goal ? goals : figures)++;
                summary = fmt::format("{} goal{}, {} figure{}", goals, goals == 1 ? "" : "s", figures,
                                      figures == 1 ? "" : "s");
            }
        }
        std::size_t file_errors = 0;
        for (auto const& f : found) {
            file_errors += f.error;
            (f.error ? errors : warnings) += 1;
            if (!f.text) {
                if (o.format == format::json)
                    json.push_back({{"file", path},
                                    {"line", nullptr},
                                    {"column", nullptr},
                                    {"offset", f.offset},
                                    {"severity", "error"},
                                    {"message", f.message}});
                else
                    fmt::print("{}: error: {}\n", common::printable(path), f.message);
            } else if (o.format == format::json) {
                auto const loc = common::locate(text, f.offset);
                json.push_back({{"file", path},
                                {"line", loc.line},
                                {"column", loc.column},
                                {"offset", f.offset},
                                {"severity", f.error ? "error" : "warning"},
                                {"message", f.message}});
            } else {
                fmt::print("{}", common::render_diagnostic(path, text, f.offset,
                                                           f.error ? "error" : "warning", f.message));
            }
        }
        if (file_errors) ++bad_files;
        if (o.format != format::json && !file_errors)
            fmt::print("{}: ok ({})\n", common::printable(path), common::printable(summary));
    }
    if (o.format == format::json) {
        fmt::print("{}\n", json.dump(2));
    } else {
        fmt::print("{} file{} checked: {} with errors; {} error{}, {} warning{}\n", files.size(),
                   files.size() == 1 ? "" : "s", bad_files, errors, errors == 1 ? "" : "s", warnings,
                   warnings == 1 ? "" : "s");
    }
    if (files.empty() && missing.empty()) {
        fmt::print(stderr, "error: no rule files (.yaml, .yml, .csv) in {}\n",
                   o.files.empty() ? "" : o.files.front());
        return 2;
    }
    return bad_files ? 2 : 0;
}

int run_rules(rules_options const& o) {
    auto const user_catalog = catalog_with(o.catalogs);
    if (!user_catalog) return 2;
    if (!std::filesystem::exists(o.db)) {
        fmt::print(stderr, "error: no store at {} (`luoshi ingest` makes one)\n", o.db);
        return 2;
    }
    auto db = open_store(o.db);
    if (!db) return 2;
    std::vector<rules::statement> goals, figures;
    store::selection which;
    which.region = o.region;
    db->load(which, goals, figures);
    std::vector<rules::statement> out;
    auto keep = [&](rules::statement const& s) {
        return !o.year || (s.reported && static_cast<int>(s.reported->year()) == *o.year);
    };
    for (auto& g : goals)
        if (keep(g)) out.push_back(std::move(g));
    if (o.figures)
        for (auto& f : figures)
            if (keep(f)) out.push_back(std::move(f));
    std::string text;
    if (o.format == "json") {
        auto arr = nlohmann::ordered_json::array();
        for (auto const& s : out) arr.push_back(to_json(s));
        text = arr.dump(2) + "\n";
    } else {
        text = rules::yaml::write_rules(out, *user_catalog);
    }
    if (o.output) {
        if (auto const why = write_file(*o.output, text)) {
            fmt::print(stderr, "error: cannot write {}: {}\n", *o.output, *why);
            return 2;
        }
        std::size_t const n = static_cast<std::size_t>(std::count_if(
            out.begin(), out.end(), [](auto const& s) { return s.kind == rules::statement_kind::goal; }));
        fmt::print(stderr, "{}: {} goal{} and {} figure{} written\n", *o.output, n, n == 1 ? "" : "s",
                   out.size() - n, out.size() - n == 1 ? "" : "s");
    } else {
        fmt::print("{}", text);
    }
    return 0;
}

std::optional<project_settings> read_project(std::string const& path) {
    project_settings out;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return out;
    auto const text = read_text(path);
    if (!text) return std::nullopt;
    auto const p = rules::yaml::load_project(*text);
    bool bad = false;
    for (auto const& d : p.diagnostics) {
        bool const error = d.severity == rules::yaml::severity::error;
        bad = bad || error;
        fmt::print(stderr, "{}",
                   common::render_diagnostic(path, *text, d.offset, error ? "error" : "warning", d.message));
    }
    if (bad) return std::nullopt;
    out.found = true;
    auto const folder = std::filesystem::path(path).parent_path();
    for (auto const& c : p.catalogs) out.catalogs.push_back((folder / c).string());
    out.rate_tolerance = p.rate_tolerance;
    out.amount_tolerance = p.amount_tolerance;
    if (p.db) out.db = (folder / *p.db).string();
    out.corrections = (folder / "corrections.yaml").string();
    return out;
}

}  // namespace luoshi::cli
