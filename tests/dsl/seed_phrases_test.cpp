#include "dsl/phrase_table.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace test = luoshi::test;

TEST_SUITE("dsl") {
    // tests/data/seed-phrases.tsv points into ../shared/seeds/ by byte offsets (the seeds' sentences stay
    // there): seed file ⇥ start ⇥ end ⇥ reference date ⇥ options ⇥ expected (the language of phrases.tsv).
    TEST_CASE("every goal and result phrase of the seed reports parses to its expected fields") {
        auto const seeds = test::seeds_dir();
        if (!seeds) {
            MESSAGE("skipped: ../shared/seeds is not beside this checkout");
            return;
        }
        std::map<std::string, std::string> texts;
        auto const read = [&](std::vector<std::string> const& cols,
                              std::string& error) -> std::optional<test::phrase_case> {
            auto& text = texts[cols[0]];
            if (text.empty()) text = test::read_file(*seeds / cols[0]);
            std::size_t const b = std::stoul(cols[1]), e = std::stoul(cols[2]);
            if (text.empty() || e > text.size() || b >= e) {
                error = fmt::format("no bytes {}..{} in {}", b, e, cols[0]);
                return std::nullopt;
            }
            return test::phrase_case{text.substr(b, e - b), cols[3], cols[4], cols[5]};
        };
        test::run_cases("seed-phrases.tsv",
                        test::read_file(test::source_dir() / "tests/data/seed-phrases.tsv"), 6, read);
    }
}
