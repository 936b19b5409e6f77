#include "cli/commands.hpp"

#include "cli/loading.hpp"
#include "cli/output.hpp"
#include "common/render.hpp"
#include "dsl/parse.hpp"
#include "engine/summary.hpp"
#include "formats/document.hpp"
#include "rules/confidence.hpp"
#include "rules/names.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <fmt/format.h>
#include <boost/date_time/gregorian/gregorian.hpp>

#include <iostream>

namespace luoshi::cli {

namespace {

void print_table(rules::statement const& s) {
    auto row = [](std::string_view k, std::string const& v) {
        if (!v.empty()) fmt::print("  {} {}\n", common::pad_right(k, 12), common::printable(v));
    };
    fmt::print("{}  {}\n", rules::name(s.kind), common::printable(s.src.text));
    row("metric", s.metric);
    row("measure", std::string(rules::name(s.measure)));
    if (s.measure != rules::measure::milestone) row("comparator", std::string(rules::name(s.comparator)));
    std::string value;
    if (s.value) value = format_number(*s.value);
    if (s.low && s.high) value = format_number(*s.low) + " … " + format_number(*s.high);
    if (!s.parts.empty()) {
        for (std::size_t i = 0; i < s.parts.size(); ++i) value += (i ? ":" : "") + format_number(s.parts[i]);
    }
    if (!value.empty()) {
        if (!s.unit.empty() && s.unit != "ratio") value += " " + s.unit;
        if (!s.unit_text.empty() && s.unit_text != s.unit)
            value += fmt::format("  (written {})", s.unit_text);
        row("value", value);
    }
    if (s.vague != rules::vagueness::exact) row("vague", std::string(rules::name(s.vague)));
    if (s.comparator == rules::comparator::direction)
        row("direction", s.direction > 0 ? "only up" : "only down");
    if (!s.relative_to.empty()) row("target", engine::show_target(s));
    if (!s.subject.empty()) row("subject", s.subject);
    if (!s.event.empty()) row("event", s.event);
    if (s.kind == rules::statement_kind::goal) {
        if (s.deadline) row("deadline", format_date(*s.deadline));
    } else {
        if (s.period) row("period", format_date(s.period->begin) + " … " + format_date(s.period->end));
        if (s.as_of) row("as of", format_date(*s.as_of));
        row("status", std::string(rules::name(s.status)));
    }
    if (s.strength != rules::strength::none) row("strength", std::string(rules::name(s.strength)));
}

}  // namespace

int run_parse(parse_options const& o) {
    dsl::context ctx;
    ctx.reference = date_flag("--date", o.date.value_or(o.today));
    if (!ctx.reference) return 2;
    if (o.kind) ctx.kind = *o.kind == "goal" ? rules::statement_kind::goal : rules::statement_kind::figure;
    auto const catalog = catalog_with(o.catalogs);
    if (!catalog) return 2;
    ctx.catalog = &*catalog;

    auto const r = dsl::parse_phrase(o.phrase, ctx);
    bool const failed = !r.ok();
    for (auto const& d : r.diagnostics) {
        if (!failed && d.severity == dsl::severity::note) continue;
        std::string_view const level = d.severity == dsl::severity::error     ? "error"
                                       : d.severity == dsl::severity::warning ? "warning"
                                                                              : "note";
        std::cerr << common::render_diagnostic("phrase", o.phrase, d.offset, level, d.message);
    }
    if (failed) return 2;

    if (o.format == format::json) {
        auto j = to_json(r.statements.front());
        if (r.statements.size() > 1) {
            auto also = nlohmann::ordered_json::array();
            for (std::size_t i = 1; i < r.statements.size(); ++i) also.push_back(to_json(r.statements[i]));
            j["also"] = also;
        }
        fmt::print("{}\n", j.dump(2));
        return 0;
    }
    for (auto const& s : r.statements) print_table(s);
    return 0;
}

namespace {

std::string value_text(rules::statement const& s) {
    std::string v;
    if (s.value) v = format_number(*s.value);
    if (s.low && s.high) v = format_number(*s.low) + "–" + format_number(*s.high);
    for (std::size_t i = 0; i < s.parts.size(); ++i) v += (i ? ":" : "") + format_number(s.parts[i]);
    if (!v.empty() && !s.unit.empty() && s.unit != "ratio") v += " " + s.unit;
    if (s.measure == rules::measure::milestone) v = s.event;
    std::string const cmp =
        s.measure == rules::measure::milestone ? "" : std::string(rules::name(s.comparator));
    return (cmp.empty() || cmp == "=" ? "" : cmp + " ") + v;
}

// UTF-8, GB18030; for a document its format and the library that read it: html GB18030 (gumbo 0.10.1); and
// whether it was written in traditional characters
std::string read_as(loaded_report const& r) {
    std::string const traditional = r.simplified ? ", traditional characters read as simplified" : "";
    if (!r.format) return r.text.encoding + traditional;
    return fmt::format("{}{} ({}){}", formats::name(*r.format),
                       *r.format == formats::format::html ? " " + r.text.encoding : "", r.converter,
                       traditional);
}

void print_extract_table(loaded_report const& r) {
    auto const& st = r.reading.statements;
    std::size_t goals = 0;
    for (auto const& s : st) goals += s.kind == rules::statement_kind::goal;
    fmt::print("{}  ({}{}{}, {})\n", common::printable(r.path),
               r.meta.region.empty() ? "no region" : common::printable(r.meta.region),
               r.meta.date ? ", " + format_date(*r.meta.date) : ", no date",
               r.meta.title.empty() ? "" : ", " + common::printable(r.meta.title), read_as(r));
    std::vector<std::vector<std::string>> rows{
        {"goals", "deadline", "strength", "metric", "measure", "target", "sentence"}};
    for (auto const& s : st)
        if (s.kind == rules::statement_kind::goal)
            rows.push_back({"", s.deadline ? format_date(*s.deadline) : "",
                            std::string(rules::name(s.strength)), shorten(s.metric, 24),
                            std::string(rules::name(s.measure)), value_text(s), shorten(s.src.text, 44)});
    fmt::print("  {} goals\n", goals);
    if (goals) print_rows(rows);
    rows = {{"figures", "period", "status", "metric", "measure", "value", "sentence"}};
    for (auto const& s : st)
        if (s.kind == rules::statement_kind::figure) {
            rows.push_back({"", s.period ? engine::period_text(*s.period) : "",
                            std::string(rules::name(s.status)), shorten(s.metric, 24),
                            std::string(rules::name(s.measure)), value_text(s), shorten(s.src.text, 44)});
        }
    fmt::print("  {} figures\n", st.size() - goals);
    if (st.size() > goals) print_rows(rows);
    print_notes(r);
    fmt::print("\n");
}

}  // namespace

void print_notes(loaded_report const& r) {
    if (r.notes.empty()) return;
    fmt::print("  {} note{}\n", r.notes.size(), r.notes.size() == 1 ? "" : "s");
    std::vector<std::vector<std::string>> rows{{"notes", "mark", "place", "note"}};
    for (auto const& n : r.notes)
        rows.push_back({"", bracketed(n.mark), n.at ? std::string(formats::place_at(r.blocks, *n.at)) : "-",
                        engine::one_line(n.text)});
    print_rows(rows);
}

int run_extract(extract_options const& o) {
    report_meta flags;
    if (o.region) flags.region = *o.region;
    if (o.date && !(flags.date = date_flag("--date", *o.date))) return 2;
    auto const catalog = catalog_with(o.catalogs);
    if (!catalog) return 2;
    json_array_printer json;
    int const status = load_reports(o.files, flags, *catalog, [&](loaded_report& rep) {
        if (o.format == format::json) {
            for (auto const& s : rep.reading.statements) {
                auto j = to_json(s);
                auto const c = rules::confidence_of(s, *catalog);
                j["confidence"] = std::string(rules::name(c.level));
                j["confidence_why"] = c.why;
                // the footnotes and endnotes marked in the statement's sentence (its offsets are into the
                // text extracted from the Word file)
                if (!rep.notes.empty()) {
                    auto notes = nlohmann::ordered_json::array();
                    for (auto const* n :
                         notes_in(rep.notes, sentence_around(rep.text.utf8, s.src.start, s.src.end)))
                        notes.push_back(note_json(*n));
                    if (!notes.empty()) j["notes"] = std::move(notes);
                }
                json.add(j);
            }
        } else {
            print_extract_table(rep);
        }
    });
    if (o.format == format::json) json.finish();
    return status;
}

}  // namespace luoshi::cli
