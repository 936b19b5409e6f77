#pragma once

#include "cli/output.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The gold goals and results of the national reports (../shared/corpus/gold-dev.yaml) as the gold tests read
// them: the entries, their units in our base units, their falls in our signs.
namespace luoshi::test::gold {

// Gold metric ids whose number states a fall as a positive amount (能耗强度下降3.1%以上 → 3.1, >=) where
// luoshi stores a negative growth or increase (−3.1, <=).
inline bool is_reduction(std::string const& metric) {
    return metric == "energy_intensity_reduction" || metric == "rural_poverty_reduction";
}

// A gold comparator with a number to check: the others are qualitative or relative.
inline bool is_numeric(std::string const& comparator) {
    return comparator == ">=" || comparator == "<=" || comparator == "about" || comparator == "range";
}

// A gold unit in our base unit: '%' stays, 万人 → 人 × 10000, 亿吨 → 吨 × 1e8, 万亿美元 → 美元 × 1e12.
struct base_unit {
    std::string unit;  // empty: the gold names no unit, so any unit will do
    double factor = 1;
};

inline base_unit to_base(std::string const& gold_unit) {
    if (gold_unit.empty() || gold_unit == "%") return base_unit{gold_unit, 1};
    std::pair<std::string_view, double> const multipliers[] = {{"万亿", 1e12}, {"亿", 1e8}, {"万", 1e4}};
    for (auto const& [prefix, factor] : multipliers)
        if (gold_unit.size() > prefix.size() && gold_unit.compare(0, prefix.size(), prefix) == 0)
            return base_unit{gold_unit.substr(prefix.size()), factor};
    return base_unit{gold_unit, 1};
}

// A gold number as luoshi stores it: in the base unit, a fall negated.
inline double our_value(double gold_value, bool reduction, base_unit const& u) {
    return (reduction ? -gold_value : gold_value) * u.factor;
}

inline bool close(double want, double got) {
    return std::fabs(want - got) <= 1e-9 * std::max(1.0, std::fabs(want));
}

inline std::string num(double v) { return cli::format_number(v); }

struct gold_entry {
    std::string id, kind, metric, comparator, unit;
    int year = 0;
    std::string target_phrase, target_file, actual_phrase, actual_file;
    std::optional<double> value, low, high;
    std::vector<double> actual_values;  // empty: no numeric actual
    bool actual_given = false;          // actual_value present, numeric or not
};

inline std::string scalar(YAML::Node const& n, char const* key) {
    auto const v = n[key];
    return v && v.IsScalar() ? v.as<std::string>() : std::string();
}

inline std::optional<double> number(YAML::Node const& n) {
    if (!n || !n.IsScalar()) return std::nullopt;
    try {
        return n.as<double>();
    } catch (YAML::BadConversion const&) {
        return std::nullopt;
    }
}

inline gold_entry read_entry(YAML::Node const& n) {
    gold_entry e;
    e.id = scalar(n, "id");
    e.kind = scalar(n, "kind");
    e.metric = scalar(n, "metric");
    e.comparator = scalar(n, "comparator");
    e.unit = scalar(n, "unit");
    if (auto y = number(n["year"])) e.year = static_cast<int>(*y);
    e.target_phrase = scalar(n, "target_phrase");
    e.target_file = scalar(n, "target_file");
    e.actual_phrase = scalar(n, "actual_phrase");
    e.actual_file = scalar(n, "actual_file");
    auto const value = n["value"];
    if (value && value.IsSequence() && value.size() == 2) {
        e.low = number(value[0]);
        e.high = number(value[1]);
        e.value = e.low;
    } else {
        e.value = number(value);
        e.low = number(n["low"]);
        e.high = number(n["high"]);
    }
    auto const actual = n["actual_value"];
    e.actual_given = actual && !actual.IsNull();
    if (actual && actual.IsSequence()) {
        for (auto const& v : actual)
            if (auto x = number(v)) e.actual_values.push_back(*x);
        if (e.actual_values.size() != actual.size()) e.actual_values.clear();
    } else if (auto x = number(actual)) {
        e.actual_values.push_back(*x);
    }
    return e;
}

// The gold file's entries, and the corpus folder whose reports they cite.
struct gold_file {
    std::filesystem::path corpus;
    std::vector<gold_entry> entries;
};

// The gold of the national reports, or nothing (and a message) in a clone without ../shared/.
inline std::optional<gold_file> load_gold_file() {
    auto const shared = test::shared_dir();
    if (!shared) {
        MESSAGE("skipped: no ../shared/ beside the checkout, so no gold corpus to read");
        return std::nullopt;
    }
    gold_file g;
    g.corpus = *shared / "corpus";
    std::filesystem::path const file = g.corpus / "gold-dev.yaml";
    if (!std::filesystem::is_regular_file(file)) {
        MESSAGE("skipped: no ", file.string());
        return std::nullopt;
    }
    YAML::Node root;
    try {
        root = YAML::LoadFile(file.string());
    } catch (YAML::Exception const& e) {
        FAIL("invalid YAML in ", file.string(), ": ", e.what());
    }
    REQUIRE_MESSAGE(root.IsSequence(), file.string(), " is not a list of entries");
    for (auto const& n : root) g.entries.push_back(read_entry(n));
    REQUIRE_MESSAGE(!g.entries.empty(), file.string(), " has no entries");
    return g;
}

}  // namespace luoshi::test::gold
