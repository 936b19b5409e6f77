#include "app/ingest.hpp"
#include "app/judging.hpp"
#include "cli/commands.hpp"
#include "cli/corrections.hpp"
#include "cli/loading.hpp"
#include "cli/output.hpp"
#include "common/render.hpp"
#include "engine/summary.hpp"
#include "engine/verdict.hpp"
#include "formats/document.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "store/database.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace luoshi::cli {

namespace {

namespace fs = std::filesystem;

std::string iso_or(std::optional<rules::date> const& d, std::string_view none) {
    return d ? format_date(*d) : std::string(none);
}

// Where a goal read from a web page, PDF or Word file stands in it: the block it starts in, its whole
// sentence in the extracted text, and the footnotes and endnotes marked in that sentence.
struct document_place {
    std::string place, sentence;
    std::string marked;  // the sentence with its notes' marks: 增长7.5%[1]左右
    std::vector<store::note const*> notes;
};

document_place place_in(store::extraction const& x, std::size_t start, std::size_t end) {
    document_place out;
    out.place = formats::place_at(x.blocks, start);
    if (start > end || end > x.text.size()) return out;
    auto const sentence = sentence_around(x.text, start, end);
    out.notes = notes_in(x.notes, sentence);
    out.sentence = engine::one_line(x.text.substr(sentence.first, sentence.second - sentence.first));
    out.marked = engine::one_line(with_marks(x.text, sentence, out.notes));
    return out;
}

// Where each stored report's region and date came from: a line a report for a few, counts for many; and the
// reports whose region is unknown, whose goals are judged only against their own figures.
void tell_sources(std::vector<app::ingested> const& read) {
    auto source = [](std::string const& value, std::string const& from) {
        return value.empty() ? std::string("unknown") : fmt::format("{} (from {})", value, from);
    };
    if (read.size() <= 10) {
        for (auto const& r : read)
            fmt::print(stderr, "{}: region {}, date {}\n", common::printable(r.path),
                       common::printable(source(r.meta.region, r.meta.region_source)),
                       source(r.meta.date ? format_date(*r.meta.date) : "", r.meta.date_source));
    } else {
        std::map<std::string, std::size_t> regions, dates;
        for (auto const& r : read) {
            ++regions[r.meta.region.empty() ? "unknown" : r.meta.region_source];
            ++dates[r.meta.date ? r.meta.date_source : "unknown"];
        }
        auto counts = [](std::map<std::string, std::size_t> const& m) {
            std::string out;
            for (auto const& [from, n] : m) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", from, n);
            return out;
        };
        fmt::print(stderr, "regions from: {}; dates from: {}\n", counts(regions), counts(dates));
    }
    std::vector<std::string> unknown;
    for (auto const& r : read)
        if (r.meta.region.empty()) unknown.push_back(r.path);
    if (unknown.empty()) return;
    fmt::print(stderr,
               "warning: {} report{} name{} no region ({}{}): {} goals are judged only against {} own "
               "figures, never another report's; give --region, a front matter region: or an index.csv\n",
               unknown.size(), unknown.size() == 1 ? "" : "s", unknown.size() == 1 ? "s" : "",
               common::printable(unknown.front()), unknown.size() > 1 ? ", …" : "",
               unknown.size() == 1 ? "its" : "their", unknown.size() == 1 ? "its" : "their");
}

}  // namespace

int run_ingest(ingest_options const& o) {
    report_meta flags;
    if (o.region) flags.region = *o.region;
    if (o.date && !(flags.date = date_flag("--date", *o.date))) return 2;
    auto const user_catalog = catalog_with(o.catalogs);
    if (!user_catalog) return 2;
    auto const& catalog = *user_catalog;
    auto db = open_store(o.db);
    if (!db) return 2;

    std::vector<std::string> ignored, missing;
    std::vector<std::pair<std::string, std::string>> skipped_files;
    auto const files = app::collect_inputs(o.paths, app::is_input_file, ignored, missing, &skipped_files);
    for (auto const& [path, why] : skipped_files)
        fmt::print(stderr, "{}: skipped, {}\n", common::printable(path), why);
    std::size_t added = 0, replaced = 0, skipped = 0, goals = 0, figures = 0;
    std::vector<std::string> failed;
    for (auto const& m : missing) failed.push_back(common::printable(m) + ": no such file or folder");
    // a message on stderr, after the progress line is cleared
    auto say = [&](std::string const& text) {
        if (o.progress) fmt::print(stderr, "\r\x1b[K");
        fmt::print(stderr, "{}", text);
    };
    std::size_t told = 0;
    std::vector<app::ingested> read;  // the reports stored, for where their region and date came from
    auto const store_failed = app::ingest(
        *db, files, flags, catalog, o.replace,
        [&](std::size_t i, std::string const& path) {
            if (o.progress)
                fmt::print(stderr, "\r\x1b[K[{}/{}] {}", i + 1, files.size(),
                           common::printable(shorten(path, 60)));
        },
        [&](app::ingested const& r) {
            using what = app::ingested::what;
            ++told;
            if (!r.details.empty()) say(r.details);
            if (!r.warnings.empty()) say(r.warnings);
            switch (r.outcome) {
                case what::added: ++added; break;
                case what::replaced:
                    ++replaced;
                    say(fmt::format("{}: replaced {}\n", common::printable(r.path),
                                    common::printable(r.note)));
                    break;
                case what::skipped:
                    // said for the first few; a folder ingested again would otherwise print a line per report
                    if (++skipped <= 5)
                        say(fmt::format("{}: skipped, already stored ({})\n", common::printable(r.path),
                                        common::printable(r.note)));
                    break;
                case what::failed:
                    failed.push_back(
                        fmt::format("{}: {}", common::printable(r.path), common::printable(r.note)));
                    break;
            }
            goals += r.goals;
            figures += r.figures;
            if (r.report && (r.outcome == what::added || r.outcome == what::replaced)) read.push_back(r);
        });
    if (o.progress) fmt::print(stderr, "\r\x1b[K");
    if (skipped > 5) fmt::print(stderr, "… and {} more reports skipped, already stored\n", skipped - 5);
    if (o.progress) fmt::print(stderr, "\r\x1b[K");
    tell_sources(read);
    for (auto const& f : failed) fmt::print(stderr, "error: {}\n", f);
    if (store_failed) {
        fmt::print(stderr, "error: {}\n", *store_failed);
        if (told < files.size())
            fmt::print(stderr, "error: {} more file{} not read\n", files.size() - told,
                       files.size() - told == 1 ? "" : "s");
    }
    fmt::print(
        "{}: {} file{} read: {} added, {} replaced, {} skipped (already stored), {} failed; {} goals and "
        "{} "
        "figures added\n",
        o.db, files.size(), files.size() == 1 ? "" : "s", added, replaced, skipped,
        failed.size() - missing.size(), goals, figures);
    if (!ignored.empty())
        fmt::print(
            "{} file{} in the folders not read (not .txt, .md, .html, .htm, .pdf, .docx, .yaml, .yml or "
            ".csv): "
            "{}{}\n",
            ignored.size(), ignored.size() == 1 ? "" : "s", common::printable(ignored.front()),
            ignored.size() > 1 ? ", …" : "");
    return failed.empty() && !store_failed ? 0 : 2;
}

int run_reports(reports_options const& o) {
    auto db = open_store(o.db);
    if (!db) return 2;
    auto const all = db->reports();
    if (o.format == format::json) {
        auto out = nlohmann::ordered_json::array();
        for (auto const& r : all)
            out.push_back(
                {{"id", r.id},
                 {"path", r.path},
                 {"region", r.region},
                 {"region_source", r.region_source},
                 {"date", r.date ? nlohmann::ordered_json(format_date(*r.date)) : nlohmann::ordered_json()},
                 {"date_source", r.date_source},
                 {"title", r.title},
                 {"digest", r.digest},
                 {"encoding", r.encoding},
                 {"format", r.format},
                 {"bytes", r.bytes},
                 {"goals", r.goals},
                 {"figures", r.figures},
                 {"notes", r.notes},
                 {"ingested_at", r.ingested_at}});
        fmt::print("{}\n", out.dump(2));
        return 0;
    }
    std::vector<std::vector<std::string>> rows{
        {"region", "date", "from", "title", "goals", "figures", "format", "encoding", "path"}};
    std::size_t goals = 0, figures = 0;
    for (auto const& r : all) {
        // where the region and the date came from: index.csv, index.csv → index.csv; title, byline
        std::string from = r.region_source == r.date_source
                               ? r.region_source
                               : fmt::format("{}, {}", r.region_source.empty() ? "-" : r.region_source,
                                             r.date_source.empty() ? "-" : r.date_source);
        rows.push_back({r.region.empty() ? "-" : r.region, iso_or(r.date, "-"), from.empty() ? "-" : from,
                        shorten(r.title, 40), std::to_string(r.goals), std::to_string(r.figures), r.format,
                        r.encoding.empty() ? "-" : r.encoding, r.path});
        goals += r.goals;
        figures += r.figures;
    }
    print_rows(rows);
    fmt::print("\n{} report{}, {} goals, {} figures in {}\n", all.size(), all.size() == 1 ? "" : "s", goals,
               figures, o.db);
    return 0;
}

int run_explain(explain_options const& o) {
    auto const as_of = date_flag("--as-of", o.as_of);
    if (!as_of) return 2;
    auto const tolerances = app::make_policy(o.rate_tolerance, o.amount_tolerance);
    if (auto const* e = std::get_if<std::string>(&tolerances)) {
        fmt::print(stderr, "error: {}\n", *e);
        return 2;
    }
    auto const& policy = std::get<engine::policy>(tolerances);
    auto const user_catalog = catalog_with(o.catalogs);
    if (!user_catalog) return 2;
    auto const& catalog = *user_catalog;
    auto const fixes = read_corrections(o.corrections);
    if (!fixes) return 2;
    if (!store_exists(o.db)) return 2;
    auto db = open_store(o.db);
    if (!db) return 2;
    auto const place = db->place_of(o.goal_id);
    auto const rep = place ? db->report_by_id(place->first) : std::nullopt;
    if (!rep) {
        fmt::print(stderr, "error: no goal {} in {} (`luoshi audit --format json` lists the ids)\n",
                   o.goal_id, o.db);
        return 2;
    }
    store::selection which;
    which.region = place->second;
    std::vector<rules::statement> goals, figures;
    db->load(which, goals, figures);
    auto const it = std::find_if(goals.begin(), goals.end(),
                                 [&](rules::statement const& g) { return rules::stable_id(g) == o.goal_id; });
    if (it == goals.end()) {
        fmt::print(stderr, "error: {} is a figure, not a goal\n", o.goal_id);
        return 2;
    }
    // the reviewer's correction first, as audit applies it
    std::vector<rules::statement> corrected_goal{*it};
    auto const fixed = app::apply_corrections(*fixes, corrected_goal, figures, catalog).front();
    auto const& g = corrected_goal.front();
    auto const doc = rep->format != "text" ? db->extracted(rep->id) : std::nullopt;
    auto const where = doc ? place_in(*doc, g.src.start, g.src.end) : document_place{};
    auto const ex = engine::explain(
        g, fixed && fixed->figure ? app::figures_for(g, figures, *fixed->figure, catalog) : figures, catalog,
        policy, *as_of);
    auto const& v = ex.verdict;
    std::string const reason = engine::reason(v, g, figures, *as_of);

    if (o.format == format::json) {
        auto j = to_json(g);
        j["verdict"] = std::string(engine::name(v));
        j["reason"] = reason;
        j["rule"] = std::string(engine::id(v.rule));
        j["actual"] = engine::show_actual(v, g, figures);
        j["progress"] = v.progress ? nlohmann::ordered_json(*v.progress) : nlohmann::ordered_json();
        auto notes = nlohmann::ordered_json::array();
        for (auto const& n : ex.notes) {
            auto f = to_json(figures[n.figure]);
            f["role"] = std::string(engine::name(n.note));
            f["why"] = std::string(engine::why(n.note));
            notes.push_back(std::move(f));
        }
        j["figures"] = std::move(notes);
        add_corrected_json(j, fixed);
        if (doc) {
            auto notes_json = nlohmann::ordered_json::array();
            for (auto const* n : where.notes) notes_json.push_back(note_json(*n));
            j["document"] = {{"format", rep->format},
                             {"converter", doc->converter},
                             {"place", where.place},
                             {"sentence", where.sentence},
                             {"notes", std::move(notes_json)}};
        }
        fmt::print("{}\n", j.dump(2));
        return 0;
    }
    auto line = [](std::string_view k, std::string const& text) {
        fmt::print("  {} {}\n", common::pad_right(k, 9), common::printable(text));
    };
    fmt::print("goal {}  {}\n", common::printable(o.goal_id), common::printable(engine::goal_text(g)));
    if (engine::goal_text(g) != engine::one_line(g.src.text)) line("written", engine::one_line(g.src.text));
    line("report", fmt::format("{} ({}, {}{}), bytes {}–{}", g.src.report,
                               rep->region.empty() ? "no region" : rep->region, iso_or(rep->date, "no date"),
                               rep->title.empty() ? "" : ", " + rep->title, g.src.start, g.src.end) +
                       (doc ? " of the text read from the " + rep->format + " file" : ""));
    if (doc) {
        line("in file", fmt::format("{}, {} (read by {})", g.src.report, where.place, doc->converter));
        line("sentence", where.marked);
        for (auto const* n : where.notes) line("note", bracketed(n->mark) + " " + engine::one_line(n->text));
    }
    if (!g.node.empty() || g.scope.kind != rules::scope_kind::unknown)
        line("part", fmt::format("{} ({})", g.node.empty() ? "-" : g.node, scope_text(g.scope)));
    line("metric", g.metric + (g.metric_text != g.metric ? " (written " + g.metric_text + ")" : ""));
    line("target", engine::show_target(g) + (g.deadline ? ", deadline " + format_date(*g.deadline) : "") +
                       (g.strength != rules::strength::none
                            ? ", " + std::string(rules::name(g.strength)) + " (shown, never weighed)"
                            : ""));
    if (fixed) line("corrected", corrected_cell(fixed) + " (" + o.corrections + ")");
    line("rule", std::string(engine::name(v.rule)));
    line("verdict", fmt::format("{} as of {}", engine::name(v), format_date(*as_of)) +
                        (fixed && fixed->rejected ? " — rejected: not a goal, audits leave it out" : ""));
    line("reason", reason);
    if (v.progress) line("progress", fmt::format("{:.1f}%", *v.progress * 100));
    if (ex.notes.empty()) {
        fmt::print("\nno figure of {} in {} for {}\n", common::printable(g.metric), common::printable(o.db),
                   g.region.empty() ? "this region" : common::printable(g.region));
        return 0;
    }
    fmt::print("\nfigures of {} in {} ({}):\n",
               g.measure == rules::measure::milestone ? "its milestones"
               : g.relative_to.empty()
                   ? common::printable(g.metric)
                   : common::printable(g.metric) + " and " + common::printable(g.relative_to),
               g.region.empty() ? "no region" : common::printable(g.region), ex.notes.size());
    std::vector<std::vector<std::string>> rows{
        {"", "use", "value", "period", "status", "report", "why", "part of the report", "sentence"}};
    for (auto const& n : ex.notes) {
        auto const& f = figures[n.figure];
        rows.push_back({"", std::string(engine::name(n.note)), engine::show_figure(figures, n.figure, g),
                        f.period ? engine::period_text(*f.period) : "", std::string(rules::name(f.status)),
                        engine::report_label(f), std::string(engine::why(n.note)),
                        f.node.empty() ? "-" : shorten(f.node, 30), shorten(f.src.text, 40)});
    }
    print_rows(rows);
    return 0;
}

}  // namespace luoshi::cli
