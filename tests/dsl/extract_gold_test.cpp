// The gold goals and results of the national reports (../shared/corpus/gold-dev.yaml), found by reading each
// report whole, as `luoshi extract` does: the scanner must tell goals from results in context.
#include "app/inputs.hpp"
#include "cli/output.hpp"
#include "dsl/gold.hpp"
#include "rules/names.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace {

using namespace luoshi;
using namespace luoshi::test::gold;
namespace fs = std::filesystem;

// One report as luoshi reads it whole, with its raw bytes to find the gold phrases in.
struct report {
    std::string bytes;
    std::vector<rules::statement> statements;
    std::string error;  // the load failed
};

// The gold file and the reports it cites.
struct gold : gold_file {
    explicit gold(gold_file file) : gold_file(std::move(file)) {}

    std::map<std::string, report> reports;  // by the file as the gold names it

    // Each report is loaded once, with no flags: region and date come from the index.csv beside it.
    report const& report_of(std::string const& file) {
        auto it = reports.find(file);
        if (it != reports.end()) return it->second;
        report r;
        fs::path const path = corpus / file;
        if (!fs::is_regular_file(path)) {
            r.error = "no file " + path.string();
        } else {
            r.bytes = test::read_file(path);
            auto loaded = app::load_report(path.string(), {}, rules::yaml::builtin_catalog());
            if (auto const* err = std::get_if<app::load_error>(&loaded))
                r.error =
                    "cannot load " + err->path + " @" + std::to_string(err->offset) + ": " + err->message;
            else
                r.statements = std::move(std::get<app::loaded_report>(loaded).reading.statements);
        }
        return reports.emplace(file, std::move(r)).first->second;
    }
};

std::optional<gold> load_gold() {
    auto file = load_gold_file();
    if (!file) return std::nullopt;
    return gold(std::move(*file));
}

// Every byte offset where the phrase occurs in the raw file.
std::vector<std::size_t> occurrences(std::string const& bytes, std::string const& phrase) {
    std::vector<std::size_t> at;
    if (phrase.empty()) return at;
    for (auto p = bytes.find(phrase); p != std::string::npos; p = bytes.find(phrase, p + 1)) at.push_back(p);
    return at;
}

std::vector<rules::statement const*> overlapping(report const& r, std::size_t start, std::size_t end) {
    std::vector<rules::statement const*> out;
    for (auto const& st : r.statements)
        if (st.src.start < end && st.src.end > start) out.push_back(&st);
    return out;
}

std::string describe(rules::statement const& st) {
    std::string s = std::string(rules::name(st.kind)) + " " + std::string(rules::name(st.measure)) + " " +
                    std::string(rules::name(st.comparator));
    if (st.comparator == rules::comparator::range && st.low && st.high)
        s += " " + num(*st.low) + ".." + num(*st.high);
    else
        s += " " + (st.value ? num(*st.value) : std::string("no value"));
    s += st.unit.empty() ? " (no unit)" : " " + st.unit;
    s += " metric_text=" + st.metric_text + " @" + std::to_string(st.src.start) + "-" +
         std::to_string(st.src.end);
    return s;
}

// What overlapped the phrase at each of its occurrences, for a miss.
std::string show(report const& r, std::vector<std::size_t> const& at, std::size_t length) {
    std::string s;
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (at.size() > 1)
            s += "\n    occurrence " + std::to_string(i + 1) + " of " + std::to_string(at.size());
        auto const sts = overlapping(r, at[i], at[i] + length);
        for (auto const* st : sts) s += "\n    got " + describe(*st);
        if (sts.empty()) s += "\n    nothing overlapping";
    }
    return s;
}

bool has_unit(rules::statement const& st, base_unit const& u) { return u.unit.empty() || st.unit == u.unit; }

// The goal a numeric gold target must be found as: its value (or range), in the base unit, a fall negated.
struct expected_goal {
    std::optional<double> value, low, high;
    base_unit unit;

    std::string describe() const {
        std::string s =
            low && high ? "a goal of " + num(*low) + ".." + num(*high) : "a goal of " + num(*value);
        return s + (unit.unit.empty() ? "" : " " + unit.unit);
    }

    bool matches(rules::statement const& st) const {
        if (st.kind != rules::statement_kind::goal || !has_unit(st, unit)) return false;
        if (low && high) return st.low && st.high && close(*low, *st.low) && close(*high, *st.high);
        return st.value && close(*value, *st.value);
    }
};

std::optional<expected_goal> expect_goal(gold_entry const& e) {
    expected_goal g;
    g.unit = to_base(e.unit);
    bool const reduction = is_reduction(e.metric);
    if (e.comparator == "range") {
        if (!e.low || !e.high) return std::nullopt;
        double const a = our_value(*e.low, reduction, g.unit), b = our_value(*e.high, reduction, g.unit);
        g.low = std::min(a, b);
        g.high = std::max(a, b);
        g.value = g.low;
        return g;
    }
    if (!e.value) return std::nullopt;
    g.value = our_value(*e.value, reduction, g.unit);
    return g;
}

std::string percent(std::size_t found, std::size_t total) {
    return total == 0 ? std::string("n/a")
                      : num(std::round(1000.0 * double(found) / double(total)) / 10) + "%";
}

double recall(std::size_t found, std::size_t total) { return total == 0 ? 0 : double(found) / double(total); }

}  // namespace

TEST_SUITE("dsl") {
    TEST_CASE("gold goals and figures are found in whole reports") {
        auto g = load_gold();
        if (!g) return;

        // Goals: every numeric target, found as a goal where its phrase stands in the report.
        std::size_t goals = 0, goals_found = 0;
        std::vector<std::string> goal_misses, goals_skipped;
        for (auto const& e : g->entries) {
            if (e.kind != "target") continue;
            if (!is_numeric(e.comparator)) {
                goals_skipped.push_back(e.id + " " + e.target_phrase + " (" + e.comparator + ")");
                continue;
            }
            ++goals;
            std::string const head = e.id + " " + e.target_phrase + " in " + e.target_file + ": ";
            auto const want = expect_goal(e);
            if (!want) {
                goal_misses.push_back(head + "the gold entry has no value");
                continue;
            }
            auto const& r = g->report_of(e.target_file);
            if (!r.error.empty()) {
                goal_misses.push_back(head + r.error);
                continue;
            }
            auto const at = occurrences(r.bytes, e.target_phrase);
            if (at.empty()) {
                goal_misses.push_back(head + "the phrase is not in the file");
                continue;
            }
            bool found = false;
            for (auto const off : at)
                for (auto const* st : overlapping(r, off, off + e.target_phrase.size()))
                    found = found || want->matches(*st);
            if (found)
                ++goals_found;
            else
                goal_misses.push_back(head + "\n    want " + want->describe() +
                                      show(r, at, e.target_phrase.size()));
        }

        // Figures: every value of a numeric actual (and every actual without a target), carried by a figure
        // where its phrase stands in the report.
        std::size_t figures = 0, figures_found = 0;
        std::vector<std::string> figure_misses, figures_skipped, span_only;
        for (auto const& e : g->entries) {
            if (e.actual_phrase.empty()) continue;
            bool const unmatched = e.kind == "unmatched_actual";
            if (e.actual_values.empty() && !unmatched) {
                figures_skipped.push_back(
                    e.id + " " + e.actual_phrase +
                    (e.actual_given ? " (actual_value is not a number)" : " (no number)"));
                continue;
            }
            std::size_t const expected = std::max<std::size_t>(1, e.actual_values.size());
            figures += expected;
            std::string const head = e.id + " " + e.actual_phrase + " in " + e.actual_file + ": ";
            auto const& r = g->report_of(e.actual_file);
            if (!r.error.empty()) {
                figure_misses.push_back(head + r.error);
                continue;
            }
            auto const at = occurrences(r.bytes, e.actual_phrase);
            if (at.empty()) {
                figure_misses.push_back(head + "the phrase is not in the file");
                continue;
            }
            std::vector<rules::statement const*> sts;
            for (auto const off : at)
                for (auto const* st : overlapping(r, off, off + e.actual_phrase.size()))
                    if (st->kind == rules::statement_kind::figure) sts.push_back(st);
            if (e.actual_values.empty()) {  // an actual without a target and without a value: span only
                if (!sts.empty()) {
                    ++figures_found;
                    span_only.push_back(e.id + " " + e.actual_phrase + ": " + describe(*sts.front()));
                } else {
                    figure_misses.push_back(head + "\n    want a figure (span only)" +
                                            show(r, at, e.actual_phrase.size()));
                }
                continue;
            }
            auto const unit = to_base(e.unit);
            bool const reduction = is_reduction(e.metric);
            std::string missing;
            for (double const v : e.actual_values) {
                double const want = our_value(v, reduction, unit);
                bool found = false;
                for (auto const* st : sts)
                    found = found || (st->value && close(want, *st->value) && has_unit(*st, unit));
                if (found)
                    ++figures_found;
                else
                    missing += (missing.empty() ? "" : ", ") + num(want) +
                               (unit.unit.empty() ? "" : " " + unit.unit);
            }
            if (!missing.empty())
                figure_misses.push_back(head + "\n    want a figure of " + missing +
                                        show(r, at, e.actual_phrase.size()));
        }

        MESSAGE("gold goals found in whole reports: ", goals_found, " of ", goals, " (",
                percent(goals_found, goals), "); ", goals_skipped.size(), " qualitative or relative skipped");
        MESSAGE("gold figures found in whole reports: ", figures_found, " of ", figures, " (",
                percent(figures_found, figures), "); ", figures_skipped.size(),
                " actuals without a number skipped");
        for (auto const& s : goals_skipped) MESSAGE("skipped goal ", s);
        for (auto const& s : figures_skipped) MESSAGE("skipped figure ", s);
        for (auto const& s : span_only) MESSAGE("span only ", s);
        for (auto const& m : goal_misses) MESSAGE("missed goal ", m);
        for (auto const& m : figure_misses) MESSAGE("missed figure ", m);
        CHECK(goals > 0);
        CHECK(figures > 0);
        CHECK_MESSAGE(recall(goals_found, goals) >= 0.95, "goal recall ", percent(goals_found, goals),
                      " is below 95%");
        CHECK_MESSAGE(recall(figures_found, figures) >= 0.95, "figure recall ",
                      percent(figures_found, figures), " is below 95%");
    }
}
