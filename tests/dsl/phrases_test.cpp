#include "dsl/phrase_table.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <vector>

namespace {

using namespace luoshi;

// Reads one phrase table: phrase ⇥ reference date ⇥ options ⇥ expected. A new phrasing is a row.
void run_table(std::filesystem::path const& path) {
    test::run_cases(path.filename().string(), test::read_file(path), 4,
                    [](std::vector<std::string> const& cols, std::string&) {
                        return std::optional<test::phrase_case>({cols[0], cols[1], cols[2], cols[3]});
                    });
}

}  // namespace

TEST_SUITE("dsl") {
    TEST_CASE("every row of the phrase tables parses to its expected goals and figures") {
        // tests/data/phrases*.tsv: one file per theme, all in the same format
        std::vector<std::filesystem::path> tables;
        for (auto const& e : std::filesystem::directory_iterator(test::source_dir() / "tests/data")) {
            auto const name = e.path().filename().string();
            if (name.rfind("phrases", 0) == 0 && e.path().extension() == ".tsv") tables.push_back(e.path());
        }
        std::sort(tables.begin(), tables.end());
        REQUIRE(!tables.empty());
        for (auto const& t : tables) run_table(t);
    }
}
