#include "cli/commands.hpp"
#include "cli/corrections.hpp"
#include "cli/loading.hpp"
#include "cli/output.hpp"
#include "common/render.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"
#include "rules/yaml/corrections.hpp"
#include "rules/yaml/entry.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace luoshi::cli {

std::optional<app::corrections> read_corrections(std::string const& path) {
    app::corrections out;
    out.path = path;
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec)) return out;
    auto const text = read_text(path);
    if (!text) return std::nullopt;
    auto file = rules::yaml::load_corrections(*text);
    for (auto const& d : file.diagnostics)
        fmt::print(stderr, "{}",
                   common::render_diagnostic(path, *text, d.offset,
                                             d.severity == common::severity::error ? "error" : "warning",
                                             d.message));
    if (!file.ok()) return std::nullopt;
    out.items = std::move(file.items);
    return out;
}

std::string corrected_cell(std::optional<app::applied> const& a) {
    if (!a) return "";
    std::string out;
    if (a->rejected) out = "rejected";
    for (auto const& f : a->fields) out += (out.empty() ? "" : "; ") + f.field + " " + f.was + " → " + f.now;
    if (!a->missing_figure.empty())
        out += (out.empty() ? "" : "; ") + ("figure " + a->missing_figure + " not found");
    if (!a->why.empty()) out += (out.empty() ? "" : ": ") + a->why;
    if (!a->note.empty()) out += (out.empty() ? "note: " : "; note: ") + a->note;
    return out;
}

void add_corrected_json(nlohmann::ordered_json& j, std::optional<app::applied> const& a) {
    if (!a) return;
    auto fields = nlohmann::ordered_json::array();
    for (auto const& f : a->fields) fields.push_back({{"field", f.field}, {"was", f.was}, {"now", f.now}});
    j["corrected"] = std::move(fields);
    nlohmann::ordered_json c = {{"rejected", a->rejected}};
    if (!a->why.empty()) c["why"] = a->why;
    if (!a->note.empty()) c["note"] = a->note;
    if (!a->missing_figure.empty()) c["missing_figure"] = a->missing_figure;
    j["correction"] = std::move(c);
}

void warn_orphans(app::corrections const& fixes, std::vector<rules::statement> const& goals) {
    if (fixes.items.empty()) return;
    std::vector<std::string> ids;
    ids.reserve(goals.size());
    for (auto const& g : goals) ids.push_back(rules::stable_id(g));
    for (auto const* c : app::orphans(fixes, ids))
        fmt::print(
            stderr,
            "warning: {}: the correction of {} names no goal in the store (the reader no longer finds it, "
            "or the id is mistyped; `luoshi lint {}` lists them)\n",
            fixes.path, common::printable(c->goal), fixes.path);
}

int run_correct(correct_options const& o) {
    auto fixes = read_corrections(o.file);
    if (!fixes) {
        fmt::print(stderr, "error: {} has errors: fix them first; nothing was written\n", o.file);
        return 2;
    }
    // the goal must be one the store holds: a correction is by id, never by row number
    std::error_code ec;
    if (!o.undo) {
        if (!std::filesystem::exists(o.db, ec)) {
            fmt::print(stderr, "error: no store at {}: `luoshi ingest` makes one, `--db` names another\n",
                       o.db);
            return 2;
        }
        auto db = open_store(o.db);
        if (!db) return 2;
        // ids as the store derives or keeps them (a rule file's own ids can start with any letter)
        auto const place = db->place_of(o.goal_id);
        std::vector<rules::statement> goals, figures;
        if (place) db->load({}, goals, figures);
        auto const holds = [](std::vector<rules::statement> const& all, std::string const& id) {
            return std::any_of(all.begin(), all.end(),
                               [&](rules::statement const& s) { return rules::stable_id(s) == id; });
        };
        if (!place || !holds(goals, o.goal_id)) {
            fmt::print(stderr, "error: no goal {} in {} (`luoshi audit --format csv` lists the ids)\n",
                       common::printable(o.goal_id), o.db);
            return 2;
        }
        if (o.figure && !holds(figures, *o.figure)) {
            fmt::print(stderr,
                       "error: no figure {} in {} (`luoshi explain {}` lists the figures of its metric)\n",
                       common::printable(*o.figure), o.db, common::printable(o.goal_id));
            return 2;
        }
    }
    auto it = std::find_if(fixes->items.begin(), fixes->items.end(),
                           [&](rules::correction const& c) { return c.goal == o.goal_id; });
    if (o.undo) {
        if (it == fixes->items.end()) {
            fmt::print(stderr, "error: {} has no correction of {}\n", o.file, common::printable(o.goal_id));
            return 2;
        }
        fixes->items.erase(it);
    } else {
        if (it == fixes->items.end()) {
            fixes->items.push_back({});
            it = std::prev(fixes->items.end());
            it->goal = o.goal_id;
        }
        auto& c = *it;
        bool const fields =
            o.metric || o.region || o.comparator || o.value || o.low || o.high || o.deadline || o.figure;
        if (o.reject && fields) {
            fmt::print(stderr, "error: --reject and a field at once: a rejected goal is not judged\n");
            return 2;
        }
        if (o.reject) {  // a rejected goal keeps no field corrections
            rules::correction r;
            r.goal = o.goal_id;
            r.reject = true;
            r.why = c.why;
            r.note = c.note;
            c = std::move(r);
        }
        if (fields) c.reject = false;
        if (o.why) c.why = *o.why;
        if (o.note) c.note = *o.note;
        if (o.metric) c.metric = *o.metric;
        if (o.region) c.region = *o.region;
        if (o.comparator) {
            auto const cmp = rules::parse_comparator(*o.comparator);
            if (!cmp) {
                fmt::print(stderr, "error: --comparator: one of >=, >, <=, <, =, about, range, not {}\n",
                           common::printable(*o.comparator));
                return 2;
            }
            c.comparator = *cmp;
        }
        for (auto [flag, given, into] :
             {std::tuple{"--value", &o.value, &c.value}, std::tuple{"--low", &o.low, &c.low},
              std::tuple{"--high", &o.high, &c.high}}) {
            if (!*given) continue;
            auto const n = rules::yaml::detail::number(**given);
            if (!n) {
                fmt::print(stderr, "error: {}: a number in the goal's base unit (8 for 8%), not {}\n", flag,
                           common::printable(**given));
                return 2;
            }
            *into = *n;
        }
        if (o.deadline) {
            auto const d = date_flag("--deadline", *o.deadline);
            if (!d) return 2;
            c.deadline = *d;
        }
        if (o.figure) c.figure = *o.figure;
        if (!c.reject && !fields && c.note.empty() && !c.metric && !c.region && !c.comparator && !c.value &&
            !c.low && !c.high && !c.deadline && !c.figure) {
            fmt::print(stderr,
                       "error: say what to correct: --reject, --metric, --value, --comparator, --deadline, "
                       "--region, --figure or --note\n");
            return 2;
        }
    }
    std::string const text = rules::yaml::write_corrections(fixes->items);
    // what is written must read back: never leave a file that stops every audit
    auto const check = rules::yaml::load_corrections(text);
    if (!check.ok()) {
        for (auto const& d : check.diagnostics)
            fmt::print(stderr, "{}", common::render_diagnostic(o.file, text, d.offset, "error", d.message));
        fmt::print(stderr, "error: the correction would not read back; {} is left as it was\n", o.file);
        return 2;
    }
    if (auto const why = write_file(o.file, text)) {
        fmt::print(stderr, "error: cannot write {}: {}\n", o.file, *why);
        return 2;
    }
    if (o.undo) {
        fmt::print("{}: the correction of {} removed\n", o.file, common::printable(o.goal_id));
        return 0;
    }
    auto const& c = *std::find_if(fixes->items.begin(), fixes->items.end(),
                                  [&](rules::correction const& x) { return x.goal == o.goal_id; });
    std::string what = c.reject ? "rejected" : "";
    auto add = [&](std::string const& s) { what += (what.empty() ? "" : ", ") + s; };
    if (c.metric) add("metric " + *c.metric);
    if (c.region) add("region " + *c.region);
    if (c.comparator) add("comparator " + std::string(rules::name(*c.comparator)));
    if (c.value) add("value " + format_number(*c.value));
    if (c.low) add("low " + format_number(*c.low));
    if (c.high) add("high " + format_number(*c.high));
    if (c.deadline) add("deadline " + format_date(*c.deadline));
    if (c.figure) add("judged by " + *c.figure);
    if (!c.note.empty()) add("note");
    fmt::print("{}: {} {}{}\n", o.file, common::printable(o.goal_id), common::printable(what),
               c.why.empty() ? "" : " (" + common::printable(c.why) + ")");
    return 0;
}

}  // namespace luoshi::cli
