// The gold goals and results of the national reports (../shared/corpus/gold-dev.yaml), read phrase by phrase.
#include "dsl/gold.hpp"
#include "dsl/phrase_table.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace {

using namespace luoshi;
using namespace luoshi::test::gold;
namespace fs = std::filesystem;

// How a gold metric id reads in our statements; a fall (is_reduction) reads as a negative growth or increase.
struct metric_reading {
    std::string_view id;
    std::optional<rules::measure> measure;  // none: a metric the gold only judges in words
    std::string_view words;                 // metric_text must contain them
};

// Every metric id of gold-dev.yaml. Targets check measure and words; actuals only the value (and its sign).
metric_reading const metric_table[] = {
    {"gdp_growth", rules::measure::growth, "生产总值"},
    {"new_urban_jobs", rules::measure::increase, "就业"},
    {"registered_urban_unemployment_rate", rules::measure::share, "失业率"},
    {"cpi_growth", rules::measure::growth, "居民消费价格"},
    {"m2_growth", rules::measure::growth, "M2"},
    {"trade_growth", rules::measure::growth, "进出口"},
    {"import_export", rules::measure::growth, "进出口"},
    {"energy_intensity_reduction", rules::measure::growth, "能耗"},
    // Targets that are qualitative or relative, and figures without a target:
    {"household_income_growth", rules::measure::growth, "收入"},
    {"balance_of_payments", std::nullopt, ""},
    {"income_vs_gdp", std::nullopt, ""},
    {"fiscal_revenue_growth", rules::measure::growth, "收入"},
    {"grain_output", rules::measure::level, "粮食产量"},
    {"trade_level", rules::measure::level, "进出口"},
    {"rural_poverty_reduction", rules::measure::increase, "贫困人口"},
    {"services_share_of_gdp", rules::measure::share, "比重"},
};

metric_reading const* find_metric(std::string const& id) {
    for (auto const& m : metric_table)
        if (m.id == id) return &m;
    return nullptr;
}

std::optional<rules::date> parse_date(std::string const& s) {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return std::nullopt;
    try {
        return rules::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                           static_cast<unsigned short>(d));
    } catch (std::exception const&) {
        return std::nullopt;
    }
}

// The gold file and the reports it cites, with their dates from the index.csv beside each report.
struct gold : gold_file {
    explicit gold(gold_file file) : gold_file(std::move(file)) {}

    std::map<fs::path, std::map<std::string, rules::date>> indexes;
    std::map<std::string, std::optional<std::string>> texts;

    std::optional<rules::date> date_of(std::string const& file) {
        fs::path const p = corpus / file;
        auto it = indexes.find(p.parent_path());
        if (it == indexes.end()) {
            std::map<std::string, rules::date> index;
            std::istringstream in(test::read_file(p.parent_path() / "index.csv"));
            std::string line;
            std::getline(in, line);  // file,region,date,title
            while (std::getline(in, line)) {
                auto const cols = test::split(test::trim(line), ",");
                if (cols.size() < 3) continue;
                if (auto d = parse_date(cols[2])) index.emplace(cols[0], *d);
            }
            it = indexes.emplace(p.parent_path(), std::move(index)).first;
        }
        auto const d = it->second.find(p.filename().string());
        if (d == it->second.end()) return std::nullopt;
        return d->second;
    }

    std::optional<std::string> const& text_of(std::string const& file) {
        auto it = texts.find(file);
        if (it == texts.end()) {
            std::optional<std::string> text;
            if (fs::is_regular_file(corpus / file)) text = test::read_file(corpus / file);
            it = texts.emplace(file, std::move(text)).first;
        }
        return it->second;
    }
};

// The gold of the national reports, or nothing (and a message) in a clone without ../shared/.
std::optional<gold> load_gold() {
    auto file = load_gold_file();
    if (!file) return std::nullopt;
    return gold(std::move(*file));
}

std::string show(dsl::parse_result const& r) {
    std::string s;
    for (auto const& st : r.statements) {
        s += "\n    got " + std::string(rules::name(st.kind));
        for (auto const& [k, v] : test::fields(st))
            if (k != "kind" && k != "text" && v != "null") s += " " + k + "=" + v;
    }
    if (r.statements.empty()) s += "\n    got nothing";
    for (auto const& d : r.diagnostics)
        s += "\n    diagnostic @" + std::to_string(d.offset) + ": " + d.message;
    return s;
}

// The goal a numeric gold target must parse to, in our terms.
struct expected_goal {
    rules::measure measure = rules::measure::level;
    rules::comparator comparator = rules::comparator::equal;
    std::optional<double> value, low, high;
    std::string unit;
    std::string words;
    rules::date deadline;

    std::string describe() const {
        std::string s = "goal measure=" + std::string(rules::name(measure)) +
                        " cmp=" + std::string(rules::name(comparator));
        if (comparator == rules::comparator::range)
            s += " low=" + num(*low) + " high=" + num(*high);
        else
            s += " value=" + num(*value);
        return s + " unit=" + unit + " deadline=" + cli::format_date(deadline) + " metric_text∋" + words;
    }

    bool matches(rules::statement const& st) const {
        if (st.kind != rules::statement_kind::goal || st.measure != measure) return false;
        // the gold's classes are ≥, ≤, about and range: 低于4.6% (strictly below) is in the ≤ class
        auto const strict = [](rules::comparator c) {
            if (c == rules::comparator::more_than) return rules::comparator::at_least;
            if (c == rules::comparator::less_than) return rules::comparator::at_most;
            return c;
        };
        if (strict(st.comparator) != comparator) return false;
        if (st.unit != unit || st.deadline != deadline) return false;
        if (st.metric_text.find(words) == std::string::npos) return false;
        if (comparator == rules::comparator::range)
            return st.low && st.high && close(*low, *st.low) && close(*high, *st.high);
        return st.value && close(*value, *st.value);
    }
};

// The expectation for a target, or why the gold entry cannot give one.
std::variant<expected_goal, std::string> expect(gold_entry const& e) {
    auto const* m = find_metric(e.metric);
    if (!m || !m->measure) return "metric id " + e.metric + " has no reading in the test's metric table";
    if (e.unit.empty()) return "no gold unit";
    auto const u = to_base(e.unit);
    expected_goal g;
    g.measure = *m->measure;
    g.words = std::string(m->words);
    g.unit = u.unit;
    g.deadline = rules::date(static_cast<unsigned short>(e.year), 12, 31);
    bool const reduction = is_reduction(e.metric);
    if (e.comparator == "range") {
        if (!e.low || !e.high) return "a range without low and high";
        g.comparator = rules::comparator::range;
        g.low = our_value(reduction ? *e.high : *e.low, reduction, u);
        g.high = our_value(reduction ? *e.low : *e.high, reduction, u);
        g.value = g.low;
        return g;
    }
    if (!e.value) return "no gold value";
    g.value = our_value(*e.value, reduction, u);
    if (e.comparator == "about") g.comparator = rules::comparator::about;
    // A fall of at least 3.1% is a growth of at most −3.1%.
    auto const at_least = reduction ? rules::comparator::at_most : rules::comparator::at_least;
    auto const at_most = reduction ? rules::comparator::at_least : rules::comparator::at_most;
    if (e.comparator == ">=") g.comparator = at_least;
    if (e.comparator == "<=") g.comparator = at_most;
    return g;
}

}  // namespace

TEST_SUITE("dsl") {
    TEST_CASE("gold phrases are found verbatim in the dated reports they cite") {
        auto g = load_gold();
        if (!g) return;
        std::size_t phrases = 0;
        for (auto const& e : g->entries) {
            CHECK_MESSAGE(find_metric(e.metric) != nullptr, e.id, ": metric id ", e.metric,
                          " is not in the metric table");
            std::pair<std::string const*, std::string const*> const cited[] = {
                {&e.target_phrase, &e.target_file}, {&e.actual_phrase, &e.actual_file}};
            for (auto const& [phrase, file] : cited) {
                if (phrase->empty()) continue;
                ++phrases;
                if (file->empty()) {
                    FAIL_CHECK(e.id, ": ", *phrase, " names no file");
                    continue;
                }
                CHECK_MESSAGE(g->date_of(*file).has_value(), e.id, ": ", *file,
                              " has no date in its index.csv");
                auto const& text = g->text_of(*file);
                if (!text) {
                    FAIL_CHECK(e.id, ": no file ", (g->corpus / *file).string());
                    continue;
                }
                bool const verbatim = text->find(*phrase) != std::string::npos;
                CHECK_MESSAGE(verbatim, e.id, ": ", *phrase, " is not in ", *file);
            }
        }
        MESSAGE("gold phrases: ", phrases, " checked against their reports");
    }

    TEST_CASE("every numeric gold target parses to its goal") {
        auto g = load_gold();
        if (!g) return;
        std::size_t total = 0, right = 0, skipped = 0;
        std::vector<std::string> misses;
        for (auto const& e : g->entries) {
            if (e.kind != "target") continue;
            if (e.comparator == "qualitative" || e.comparator == "relative") {
                ++skipped;
                continue;
            }
            ++total;
            std::string const head = e.id + " " + e.target_phrase + ": ";
            if (!is_numeric(e.comparator)) {
                misses.push_back(head + "gold comparator " + e.comparator +
                                 " is neither numeric nor qualitative");
                continue;
            }
            auto const want = expect(e);
            if (auto const* why = std::get_if<std::string>(&want)) {
                misses.push_back(head + *why);
                continue;
            }
            auto const& goal = std::get<expected_goal>(want);
            auto const reference = g->date_of(e.target_file);
            if (!reference) {
                misses.push_back(head + e.target_file + " has no date in its index.csv");
                continue;
            }
            dsl::context ctx;
            ctx.reference = reference;
            ctx.kind = rules::statement_kind::goal;
            auto const r = dsl::parse_phrase(e.target_phrase, ctx);
            bool found = false;
            for (auto const& st : r.statements) found = found || goal.matches(st);
            if (found)
                ++right;
            else
                misses.push_back(head + "\n    want " + goal.describe() + show(r));
        }
        MESSAGE("gold targets: ", right, " of ", total, " parse right (", skipped,
                " qualitative or relative skipped)");
        for (auto const& m : misses) MESSAGE("miss ", m);
        CHECK(total > 0);
        CHECK_MESSAGE(misses.empty(), misses.size(), " gold targets do not parse right");
    }

    TEST_CASE("every numeric gold actual yields figures with its values") {
        auto g = load_gold();
        if (!g) return;
        std::size_t phrases = 0, phrases_read = 0, values = 0, values_read = 0;
        std::vector<std::string> misses;
        for (auto const& e : g->entries) {
            if (e.actual_phrase.empty() || e.actual_values.empty()) continue;
            ++phrases;
            values += e.actual_values.size();
            std::string const head = e.id + " " + e.actual_phrase + ": ";
            auto const* m = find_metric(e.metric);
            auto const reference = g->date_of(e.actual_file);
            if (!m || !reference) {
                misses.push_back(head + (m ? e.actual_file + " has no date in its index.csv"
                                           : "metric id " + e.metric + " is not in the metric table"));
                continue;
            }
            auto const unit = to_base(e.unit);
            dsl::context ctx;
            ctx.reference = reference;
            auto const r = dsl::parse_phrase(e.actual_phrase, ctx);
            std::string missing;
            for (double const v : e.actual_values) {
                double const want = our_value(v, is_reduction(e.metric), unit);
                bool found = false;
                for (auto const& st : r.statements)
                    found = found ||
                            (st.kind == rules::statement_kind::figure && st.value && close(want, *st.value));
                if (found)
                    ++values_read;
                else
                    missing += (missing.empty() ? "" : ", ") + num(want) +
                               (unit.unit.empty() ? "" : " " + unit.unit);
            }
            if (missing.empty())
                ++phrases_read;
            else
                misses.push_back(head + "\n    want a figure of " + missing + show(r));
        }
        MESSAGE("gold actuals: ", values_read, " of ", values, " values read (", phrases_read, " of ",
                phrases, " phrases whole)");
        for (auto const& m : misses) MESSAGE("miss ", m);
        CHECK(values > 0);
        CHECK_MESSAGE(misses.empty(), misses.size(), " gold actual phrases miss a value");
    }
}
