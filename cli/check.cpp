#include "app/ingest.hpp"
#include "app/judging.hpp"
#include "cli/commands.hpp"
#include "cli/corrections.hpp"
#include "cli/html.hpp"
#include "cli/loading.hpp"
#include "cli/output.hpp"
#include "common/render.hpp"
#include "engine/summary.hpp"
#include "engine/verdict.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"
#include "store/database.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace luoshi::cli {

namespace {

// A goal's verdict as the baseline keeps it: enough to say what changed and to read well in a diff.
struct judged_goal {
    std::string region;
    int year = 0;
    std::string goal;  // as written (engine::goal_text)
    std::string verdict, rule, reason;
    std::optional<double> progress;
    std::vector<std::string> evidence;  // figure ids
    std::vector<std::string>
        sources;  // "report: sentence" of the goal and of each figure, for JUnit and people
};

using verdict_map = std::map<std::string, judged_goal>;  // by goal id: sorted, so the baseline diffs well

constexpr int baseline_version = 1;

nlohmann::ordered_json to_json(verdict_map const& goals, rules::date as_of) {
    nlohmann::ordered_json j;
    j["luoshi_baseline"] = baseline_version;
    j["as_of"] = format_date(as_of);
    auto& all = j["goals"] = nlohmann::ordered_json::object();
    for (auto const& [id, g] : goals) {
        all[id] = {{"region", g.region},
                   {"year", g.year},
                   {"goal", g.goal},
                   {"verdict", g.verdict},
                   {"rule", g.rule},
                   {"reason", g.reason},
                   {"progress", g.progress ? nlohmann::ordered_json(*g.progress) : nlohmann::ordered_json()},
                   {"evidence", g.evidence}};
    }
    return j;
}

// The baseline file; nothing and the reason when it is not one.
std::optional<verdict_map> read_baseline(std::string const& path, std::string& error) {
    auto const text = app::read_all(path, error);
    if (!text) return std::nullopt;
    auto const j = nlohmann::json::parse(*text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("luoshi_baseline") || !j.contains("goals") ||
        !j["goals"].is_object()) {
        error =
            "not a luoshi baseline (a JSON object with `luoshi_baseline` and `goals`, as --update-baseline "
            "writes it)";
        return std::nullopt;
    }
    if (!j["luoshi_baseline"].is_number_integer() || j["luoshi_baseline"].get<int>() > baseline_version) {
        error = "written by a newer luoshi: upgrade luoshi to read it";
        return std::nullopt;
    }
    verdict_map out;
    for (auto const& [id, g] : j["goals"].items()) {
        if (!g.is_object()) continue;
        judged_goal b;
        auto text_of = [&](char const* k) {
            return g.contains(k) && g[k].is_string() ? g[k].get<std::string>() : std::string();
        };
        b.region = text_of("region");
        b.year = g.contains("year") && g["year"].is_number_integer() ? g["year"].get<int>() : 0;
        b.goal = text_of("goal");
        b.verdict = text_of("verdict");
        b.rule = text_of("rule");
        b.reason = text_of("reason");
        if (g.contains("evidence") && g["evidence"].is_array())
            for (auto const& e : g["evidence"])
                if (e.is_string()) b.evidence.push_back(e.get<std::string>());
        out.emplace(id, std::move(b));
    }
    return out;
}

struct change {
    std::string id;
    std::string kind;  // new, gone, pending → met, met → missed, …, evidence
    judged_goal const* now = nullptr;
    judged_goal const* was = nullptr;
    bool newly_missed() const {
        return now && now->verdict == "missed" && (!was || was->verdict != "missed");
    }
    bool newly_met() const { return now && now->verdict == "met" && (!was || was->verdict != "met"); }
};

// Newly missed first, then newly met, then the rest; by id within each.
int rank(change const& c) {
    if (c.newly_missed()) return 0;
    if (c.was && c.now && c.was->verdict != c.now->verdict) return c.newly_met() ? 1 : 2;
    if (c.kind == "new") return 3;
    if (c.kind == "gone") return 4;
    return 5;
}

std::vector<change> compare(verdict_map const& was, verdict_map const& now) {
    std::vector<change> out;
    for (auto const& [id, g] : now) {
        auto const it = was.find(id);
        if (it == was.end()) {
            out.push_back({id, "new", &g, nullptr});
        } else if (it->second.verdict != g.verdict) {
            out.push_back({id, it->second.verdict + " → " + g.verdict, &g, &it->second});
        } else if (it->second.evidence != g.evidence) {
            out.push_back({id, "evidence", &g, &it->second});
        }
    }
    for (auto const& [id, g] : was)
        if (!now.count(id)) out.push_back({id, "gone", nullptr, &g});
    std::stable_sort(out.begin(), out.end(), [](change const& a, change const& b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.id < b.id;
    });
    return out;
}

// Text in XML: escaped as HTML is, and the control characters XML 1.0 has no place for made spaces.
std::string xml(std::string_view s) {
    std::string text(s);
    for (auto& c : text)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') c = ' ';
    return escape(text);
}

// JUnit XML: a test suite per region and year, a test case per goal; missed fails, pending is skipped.
std::string junit(verdict_map const& goals, rules::date as_of) {
    std::map<std::pair<std::string, int>, std::vector<std::pair<std::string, judged_goal const*>>> suites;
    std::size_t failures = 0, skipped = 0;
    for (auto const& [id, g] : goals) {
        suites[{g.region, g.year}].emplace_back(id, &g);
        failures += g.verdict == "missed";
        skipped += g.verdict == "pending";
    }
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format(
        "<testsuites name=\"luoshi check as of {}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\">\n",
        format_date(as_of), goals.size(), failures, skipped);
    for (auto const& [key, cases] : suites) {
        std::size_t f = 0, s = 0;
        for (auto const& c : cases) {
            f += c.second->verdict == "missed";
            s += c.second->verdict == "pending";
        }
        out +=
            fmt::format("  <testsuite name=\"{} {}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\">\n",
                        xml(key.first.empty() ? "(no region)" : key.first), key.second, cases.size(), f, s);
        for (auto const& [id, g] : cases) {
            std::string sources;
            for (auto const& src : g->sources) sources += src + "\n";
            out +=
                fmt::format("    <testcase classname=\"luoshi.{}.{}\" name=\"{} {}\">\n",
                            xml(key.first.empty() ? "none" : key.first), key.second, xml(id), xml(g->goal));
            if (g->verdict == "missed")
                out += fmt::format("      <failure message=\"{}\" type=\"missed\">{}</failure>\n",
                                   xml(g->reason), xml(g->reason + "\n" + sources));
            else if (g->verdict == "pending")
                out += fmt::format("      <skipped message=\"{}\"/>\n", xml(g->reason));
            out += fmt::format("      <system-out>{}</system-out>\n",
                               xml(g->verdict + ": " + g->reason + "\n" + sources));
            out += "    </testcase>\n";
        }
        out += "  </testsuite>\n";
    }
    out += "</testsuites>\n";
    return out;
}

std::string mark(std::string const& verdict) {
    return verdict == "met"       ? "✅ met"
           : verdict == "missed"  ? "❌ missed"
           : verdict == "pending" ? "⏳ pending"
                                  : verdict;
}

struct counts {
    std::size_t met = 0, missed = 0, pending = 0;
    std::size_t fresh = 0, gone = 0, newly_met = 0, newly_missed = 0, other_moves = 0, evidence = 0;
};

counts count(verdict_map const& goals, std::vector<change> const& changes) {
    counts c;
    for (auto const& [id, g] : goals) {
        c.met += g.verdict == "met";
        c.missed += g.verdict == "missed";
        c.pending += g.verdict == "pending";
    }
    for (auto const& ch : changes) {
        if (ch.kind == "new") ++c.fresh;
        if (ch.kind == "gone") ++c.gone;
        if (ch.kind == "evidence") ++c.evidence;
        // a new goal that is missed is newly missed too (and fails --fail-on missed)
        if (ch.newly_met())
            ++c.newly_met;
        else if (ch.newly_missed())
            ++c.newly_missed;
        else if (ch.was && ch.now && ch.was->verdict != ch.now->verdict)
            ++c.other_moves;
    }
    return c;
}

std::string counts_line(counts const& c, std::size_t goals) {
    return fmt::format(
        "{} goal{}: {} met, {} missed, {} pending; changes: {} new, {} newly met, {} newly missed, "
        "{} other verdict change{}, {} evidence changed, {} gone",
        goals, goals == 1 ? "" : "s", c.met, c.missed, c.pending, c.fresh, c.newly_met, c.newly_missed,
        c.other_moves, c.other_moves == 1 ? "" : "s", c.evidence, c.gone);
}

std::string markdown(verdict_map const& goals, std::vector<change> const& changes, counts const& c,
                     rules::date as_of, std::vector<std::string> const& failed_on) {
    std::string out = fmt::format("### luoshi check — as of {}\n\n", format_date(as_of));
    out += fmt::format("**{} goals**: ✅ {} met · ❌ {} missed · ⏳ {} pending\n\n", goals.size(), c.met,
                       c.missed, c.pending);
    if (!failed_on.empty()) {
        out += "**Fails on:** ";
        for (std::size_t i = 0; i < failed_on.size(); ++i) out += (i ? "; " : "") + failed_on[i];
        out += "\n\n";
    }
    if (changes.empty()) return out + "No change against the baseline.\n";
    out += "| change | goal | region | year | now | reason |\n|---|---|---|---|---|---|\n";
    // GitHub keeps a step summary up to 1 MiB: the first changes (newly missed first), then a count
    constexpr std::size_t rows = 300;
    std::size_t written = 0;
    for (auto const& ch : changes) {
        if (written++ == rows) {
            out += fmt::format("\n… and {} more changes (`luoshi check --format json` lists them all)\n",
                               changes.size() - rows);
            break;
        }
        auto const* g = ch.now ? ch.now : ch.was;
        std::string const kind = ch.newly_missed() ? "❌ " + ch.kind
                                 : ch.newly_met()  ? "✅ " + ch.kind
                                                   : ch.kind;
        out += fmt::format("| {} | `{}` {} | {} | {} | {} | {} |\n", markdown_cell(kind), ch.id,
                           markdown_cell(g->goal), markdown_cell(g->region), g->year,
                           ch.now ? mark(ch.now->verdict) : "—",
                           ch.now ? markdown_cell(ch.now->reason) : "no longer stated");
    }
    out += fmt::format(
        "\n{} new · {} newly met · {} newly missed · {} other verdict changes · {} evidence changed · "
        "{} gone\n",
        c.fresh, c.newly_met, c.newly_missed, c.other_moves, c.evidence, c.gone);
    return out;
}

}  // namespace

int run_check(check_options const& o) {
    auto const as_of = date_flag("--as-of", o.as_of);
    if (!as_of) return 2;
    report_meta flags;
    if (o.region) flags.region = *o.region;
    if (o.date && !(flags.date = date_flag("--date", *o.date))) return 2;
    if (o.update_baseline && !o.baseline) {
        fmt::print(stderr, "error: --update-baseline needs --baseline FILE\n");
        return 2;
    }
    auto const tolerances = app::make_policy(o.rate_tolerance, o.amount_tolerance);
    if (auto const* e = std::get_if<std::string>(&tolerances)) {
        fmt::print(stderr, "error: {}\n", *e);
        return 2;
    }
    std::set<std::string> fail_on(o.fail_on.begin(), o.fail_on.end());
    if (fail_on.empty()) fail_on.insert("missed");
    auto const user_catalog = catalog_with(o.catalogs);
    if (!user_catalog) return 2;
    auto const& catalog = *user_catalog;
    // the corrections too: a broken file stops the check before anything is stored
    auto const fixes = read_corrections(o.corrections);
    if (!fixes) return 2;

    // the baseline is read first: a broken one stops everything before the drop is stored
    verdict_map baseline;
    bool const have_baseline = o.baseline && std::filesystem::exists(*o.baseline);
    if (have_baseline) {
        std::string error;
        auto b = read_baseline(*o.baseline, error);
        if (!b) {
            fmt::print(stderr, "error: {}: {}; nothing of the drop was stored\n", *o.baseline, error);
            return 2;
        }
        baseline = std::move(*b);
    }

    // 1. every input of the drop read and validated before anything is stored
    std::vector<std::string> ignored, missing;
    std::vector<std::pair<std::string, std::string>> skipped_files;
    auto const files = app::collect_inputs(o.drops, app::is_input_file, ignored, missing, &skipped_files);
    for (auto const& [path, why] : skipped_files)
        fmt::print(stderr, "{}: skipped, {}\n", common::printable(path), why);
    std::vector<loaded_report> loaded;
    std::size_t broken = 0;
    std::string warnings;
    for (auto const& m : missing) {
        fmt::print(stderr, "error: {}: no such file or folder\n", common::printable(m));
        ++broken;
    }
    for (auto const& path : files) {
        auto r = app::load_report(path, flags, catalog);
        if (auto const* e = std::get_if<app::load_error>(&r)) {
            fmt::print(stderr, "{}", describe(*e));
            ++broken;
            continue;
        }
        auto& rep = std::get<loaded_report>(r);
        warnings += rep.warnings;
        loaded.push_back(std::move(rep));
    }
    if (files.empty() && missing.empty()) {
        fmt::print(stderr, "error: the drop holds no reports, rule files or figure tables\n");
        return 2;
    }
    if (broken) {
        fmt::print(stderr,
                   "error: {} input{} of the drop could not be read or validated: nothing of the drop was "
                   "stored{}\n",
                   broken, broken == 1 ? "" : "s", o.baseline ? " and the baseline was not touched" : "");
        return 2;
    }
    fmt::print(stderr, "{}", warnings);

    // 2. stored whole, in one transaction, or not at all
    auto db = open_store(o.db);
    if (!db) return 2;
    auto const stored = app::store_drop(*db, loaded);
    if (auto const* e = std::get_if<app::drop_refused>(&stored)) {
        if (e->path.empty())
            fmt::print(stderr, "error: {}: {}; nothing of the drop was stored\n", o.db, e->why);
        else
            fmt::print(stderr, "error: {}: {}\nerror: nothing of the drop was stored{}\n",
                       common::printable(e->path), common::printable(e->why),
                       o.baseline ? " and the baseline was not touched" : "");
        return 2;
    }
    auto const [added, replaced, skipped] = std::get<app::drop_stored>(stored);

    // 3. the audit, recorded as a run of the check
    std::vector<rules::statement> goals, figures;
    store::selection stored_region;
    stored_region.region = o.region;
    db->load(stored_region, goals, figures);
    app::filter which;
    which.region = o.region;
    which.min_confidence = o.min_confidence;
    auto const judged = app::judge_as_of(std::move(goals), std::move(figures), catalog,
                                         std::get<engine::policy>(tolerances), *as_of, which, *fixes);
    verdict_map now;
    bool conflicts = false;
    for (auto const& r : judged.rows) {
        auto const& g = judged.goals[r.goal];
        auto const& v = judged.verdicts[r.goal];
        auto const& figures_all = judged.figures;
        judged_goal j;
        j.region = g.region;
        j.year = r.year;
        j.goal = engine::goal_text(g);
        j.verdict = std::string(engine::name(v));
        j.rule = std::string(engine::id(v.rule));
        j.reason = r.reason;
        if (auto const fixed = corrected_cell(judged.corrected[r.goal]); !fixed.empty())
            j.reason += " [corrected: " + fixed + "]";
        j.progress = v.progress;
        j.sources.push_back(fmt::format("goal: {} ({}, bytes {}–{})", engine::one_line(g.src.text),
                                        g.src.report, g.src.start, g.src.end));
        for (auto const& [f, role] : app::evidence_of(v)) {
            j.evidence.push_back(rules::stable_id(figures_all[f]));
            j.sources.push_back(
                fmt::format("{}: {} ({}, bytes {}–{})", role, engine::one_line(figures_all[f].src.text),
                            figures_all[f].src.report, figures_all[f].src.start, figures_all[f].src.end));
        }
        conflicts = conflicts || !v.conflicts.empty();
        now.emplace(rules::stable_id(g), std::move(j));
    }
    db->record_run(*as_of, o.region ? "region=" + *o.region : "", app::run_rows(judged), "check", files);

    // 4. what changed, and whether that fails the check
    auto const changes = compare(baseline, now);
    auto const c = count(now, changes);
    std::vector<std::string> failed_on;
    if (fail_on.count("missed") && c.newly_missed)
        failed_on.push_back(
            fmt::format("{} goal{} newly missed", c.newly_missed, c.newly_missed == 1 ? "" : "s"));
    if (fail_on.count("changed") && !changes.empty())
        failed_on.push_back(
            fmt::format("{} change{} against the baseline", changes.size(), changes.size() == 1 ? "" : "s"));
    if (fail_on.count("error") && (!warnings.empty() || conflicts))
        failed_on.push_back(!warnings.empty() ? "warnings in the drop's inputs" : "figures that disagree");

    std::string const drop_line =
        fmt::format("{} file{} in the drop: {} added, {} replaced, {} already stored", files.size(),
                    files.size() == 1 ? "" : "s", added, replaced, skipped);
    std::string const against = have_baseline ? *o.baseline
                                : o.baseline  ? *o.baseline + " (none yet)"
                                              : "no baseline";
    if (o.format == format::json) {
        nlohmann::ordered_json j;
        j["as_of"] = format_date(*as_of);
        j["drop"] = files;
        j["baseline"] = o.baseline ? nlohmann::ordered_json(*o.baseline) : nlohmann::ordered_json();
        j["counts"] = {{"goals", now.size()},
                       {"met", c.met},
                       {"missed", c.missed},
                       {"pending", c.pending},
                       {"new", c.fresh},
                       {"newly_met", c.newly_met},
                       {"newly_missed", c.newly_missed},
                       {"other_changes", c.other_moves},
                       {"evidence_changed", c.evidence},
                       {"gone", c.gone}};
        auto list = nlohmann::ordered_json::array();
        for (auto const& ch : changes) {
            auto const* g = ch.now ? ch.now : ch.was;
            list.push_back(
                {{"id", ch.id},
                 {"change", ch.kind},
                 {"region", g->region},
                 {"year", g->year},
                 {"goal", g->goal},
                 {"was", ch.was ? nlohmann::ordered_json(ch.was->verdict) : nlohmann::ordered_json()},
                 {"now", ch.now ? nlohmann::ordered_json(ch.now->verdict) : nlohmann::ordered_json()},
                 {"reason", ch.now ? ch.now->reason : std::string()},
                 {"evidence", ch.now ? ch.now->evidence : std::vector<std::string>()}});
        }
        j["changes"] = std::move(list);
        j["failed_on"] = failed_on;
        fmt::print("{}\n", j.dump(2));
    } else if (o.format == format::markdown) {
        fmt::print("{}", markdown(now, changes, c, *as_of, failed_on));
    } else {
        fmt::print("{}; judged as of {} against {}\n", drop_line, format_date(*as_of), against);
        if (changes.empty()) {
            fmt::print("no change\n");
        } else {
            std::vector<std::vector<std::string>> cells{{"change", "id", "region", "year", "goal", "reason"}};
            // a first check of a big store lists every goal as new: a CI log keeps the first ones
            constexpr std::size_t shown = 200;
            for (auto const& ch : changes) {
                if (cells.size() > shown) break;
                auto const* g = ch.now ? ch.now : ch.was;
                cells.push_back({ch.kind, ch.id, g->region, std::to_string(g->year), shorten(g->goal, 30),
                                 ch.now ? ch.now->reason : "no longer stated in the store"});
            }
            print_rows(cells);
            if (changes.size() > shown)
                fmt::print("  … and {} more changes (--format json or --summary lists them all)\n",
                           changes.size() - shown);
        }
        fmt::print("\n{}\n", counts_line(c, now.size()));
        for (auto const& f : failed_on) fmt::print("fails on: {}\n", f);
    }

    if (o.junit)
        if (auto const why = write_file(*o.junit, junit(now, *as_of))) {
            fmt::print(stderr, "error: cannot write {}: {}\n", *o.junit, *why);
            return 2;
        }
    // appended, as $GITHUB_STEP_SUMMARY wants; a new file otherwise
    if (o.summary)
        if (auto const why = append_file(*o.summary, markdown(now, changes, c, *as_of, failed_on) + "\n")) {
            fmt::print(stderr, "error: cannot write {}: {}\n", *o.summary, *why);
            return 2;
        }
    if (o.update_baseline) {
        if (auto const why = write_file(*o.baseline, to_json(now, *as_of).dump(2) + "\n")) {
            fmt::print(stderr, "error: cannot write {}: {}\n", *o.baseline, *why);
            return 2;
        }
        std::fflush(stdout);
        fmt::print(stderr, "{}: baseline updated ({} goals)\n", *o.baseline, now.size());
    }
    return failed_on.empty() ? 0 : 1;
}

int run_history(history_options const& o) {
    if (!std::filesystem::exists(o.db)) {
        fmt::print(stderr, "error: no store at {}\n", o.db);
        return 2;
    }
    auto db = open_store(o.db);
    if (!db) return 2;
    auto const h = db->history(o.goal_id);
    if (h.empty()) {
        bool const known = db->place_of(o.goal_id).has_value();
        fmt::print(stderr, "error: {}\n",
                   known
                       ? fmt::format("{} has not been judged yet: `luoshi audit` or `luoshi check` judges it",
                                     o.goal_id)
                       : fmt::format("no goal {} in {} (`luoshi audit --format json` lists the ids)",
                                     o.goal_id, o.db));
        return 2;
    }
    if (o.format == format::json) {
        auto arr = nlohmann::ordered_json::array();
        for (auto const& j : h)
            arr.push_back({{"run", j.run.id},
                           {"started_at", j.run.started_at},
                           {"command", j.run.command},
                           {"as_of", format_date(j.run.as_of)},
                           {"inputs", j.run.inputs},
                           {"verdict", j.verdict.verdict},
                           {"rule", j.verdict.rule},
                           {"reason", j.verdict.reason},
                           {"progress", j.verdict.progress ? nlohmann::ordered_json(*j.verdict.progress)
                                                           : nlohmann::ordered_json()},
                           {"evidence", j.verdict.evidence}});
        fmt::print("{}\n", arr.dump(2));
        return 0;
    }
    std::vector<std::vector<std::string>> cells{
        {"run", "when", "command", "as of", "verdict", "change", "reason"}};
    std::string last;
    std::vector<std::string> last_evidence;
    // runs that judged the goal the same way as the run before (the same command, as-of date, verdict,
    // reason and evidence: an audit run again) are one row, "4–9 (6 runs)", so the history shows changes
    auto same = [](store::database::judged const& a, store::database::judged const& b) {
        return a.run.command == b.run.command && a.run.as_of == b.run.as_of && a.run.inputs == b.run.inputs &&
               a.verdict.verdict == b.verdict.verdict && a.verdict.reason == b.verdict.reason &&
               a.verdict.evidence == b.verdict.evidence;
    };
    std::size_t shown = 0;
    for (std::size_t i = 0; i < h.size(); ++i) {
        auto const& j = h[i];
        std::size_t k = i;
        while (k + 1 < h.size() && same(h[k + 1], j)) ++k;
        std::string const moved = last.empty()                          ? "first judged"
                                  : last != j.verdict.verdict           ? last + " → " + j.verdict.verdict
                                  : last_evidence != j.verdict.evidence ? "evidence changed"
                                                                        : "";
        std::string command = j.run.command;
        if (!j.run.inputs.empty())
            command += fmt::format(" ({} file{})", j.run.inputs.size(), j.run.inputs.size() == 1 ? "" : "s");
        std::string const runs = k == i ? std::to_string(j.run.id)
                                        : fmt::format("{}–{} ({} runs)", j.run.id, h[k].run.id, k - i + 1);
        cells.push_back({runs, k == i ? j.run.started_at : h[k].run.started_at, command,
                         format_date(j.run.as_of), j.verdict.verdict, moved, j.verdict.reason});
        last = j.verdict.verdict;
        last_evidence = j.verdict.evidence;
        ++shown;
        i = k;
    }
    fmt::print(
        "goal {}: {} run{}{}\n", o.goal_id, h.size(), h.size() == 1 ? "" : "s",
        shown < h.size()
            ? fmt::format(", {} rows (runs that judged it the same way as the one before are one row)", shown)
            : "");
    print_rows(cells);
    return 0;
}

}  // namespace luoshi::cli
