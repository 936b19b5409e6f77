#include "app/inputs.hpp"
#include "dsl/gold.hpp"
#include "engine/summary.hpp"
#include "engine/verdict.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace luoshi;

std::string file_name(std::string const& path) {
    auto const slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

TEST_SUITE("engine") {
    // The accuracy bar: the national reports 2009–2016, audited as of 2026-11-21, agree with
    // gold-dev.yaml's `expected` on at least 95% of the targets with comparator >=, <=, about, range or
    // relative.
    TEST_CASE("the national reports 2009-2016 audit to the gold verdicts") {
        auto g = test::gold::load_gold_file();
        if (!g) return;
        auto const& catalog = rules::yaml::builtin_catalog();
        std::vector<rules::statement> goals, figures;
        std::map<std::string, std::string> texts;  // file name → bytes, to place the gold phrases
        for (int year = 2009; year <= 2016; ++year) {
            auto const path = g->corpus / "national" / fmt::format("china-{}.txt", year);
            auto r = app::load_report(path.string(), {}, catalog);
            REQUIRE_MESSAGE(std::holds_alternative<app::loaded_report>(r), path.string(), " does not load");
            auto& rep = std::get<app::loaded_report>(r);
            REQUIRE_MESSAGE(rep.meta.date, path.string(), " has no date from index.csv");
            texts[path.filename().string()] = test::read_file(path);
            for (auto& s : rep.reading.statements)
                (s.kind == rules::statement_kind::goal ? goals : figures).push_back(std::move(s));
        }
        auto const as_of = rules::date(2026, 11, 21);
        auto const verdicts = engine::judge(goals, figures, catalog, {}, as_of);

        std::map<std::string, std::string> expectations;  // id → expected verdict
        for (auto const& n : YAML::LoadFile((g->corpus / "gold-dev.yaml").string()))
            expectations[test::gold::scalar(n, "id")] = test::gold::scalar(n, "expected");
        std::size_t total = 0, right = 0;
        std::vector<std::string> disagreements;
        for (auto const& e : g->entries) {
            // relative targets (居民收入增长与经济增长同步) too: their target is the other statistic's figure
            if (e.kind != "target" || (!test::gold::is_numeric(e.comparator) && e.comparator != "relative"))
                continue;
            ++total;
            std::string const expected = expectations[e.id];
            auto const name = file_name(e.target_file);
            auto const& text = texts[name];
            auto const at = text.find(e.target_phrase);
            if (at == std::string::npos) {
                disagreements.push_back(e.id + " " + e.target_phrase + ": not found in " + name);
                continue;
            }
            // the goal read where the gold phrase stands: the one that overlaps it most
            std::optional<std::size_t> best;
            std::size_t best_overlap = 0;
            for (std::size_t i = 0; i < goals.size(); ++i) {
                if (file_name(goals[i].src.report) != name) continue;
                auto const b = std::max(goals[i].src.start, at);
                auto const en = std::min(goals[i].src.end, at + e.target_phrase.size());
                if (en > b && en - b > best_overlap) best = i, best_overlap = en - b;
            }
            if (!best) {
                disagreements.push_back(e.id + " " + e.target_phrase + ": no goal read there (expected " +
                                        expected + ")");
                continue;
            }
            auto const& v = verdicts[*best];
            std::string const got(engine::name(v));
            if (got == expected) {
                ++right;
            } else {
                disagreements.push_back(e.id + " " + e.target_phrase + ": expected " + expected + ", got " +
                                        got + ": " + engine::reason(v, goals[*best], figures, as_of));
            }
        }
        double const share = total ? 100.0 * static_cast<double>(right) / static_cast<double>(total) : 0;
        MESSAGE(
            fmt::format("gold verdicts: {} of {} right ({:.1f}%), as of 2026-11-21", right, total, share));
        for (auto const& d : disagreements) MESSAGE("disagreement: ", d);
        CHECK(total >= 30);
        CHECK(share >= 95.0);
    }
}
