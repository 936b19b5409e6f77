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
    std::istringstream in(test::read_file(path));
    REQUIRE_MESSAGE(in.good(), "cannot read ", path.string());
    std::string line;
    int lineno = 0, rows = 0, failed = 0;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty() || line[0] == '#') continue;
        auto const cols = test::split(line, "\t");
        if (cols.size() != 4) {
            FAIL_CHECK(path.filename().string(), ":", lineno, ": want 4 tab-separated columns, got ", cols.size());
            continue;
        }
        ++rows;
        dsl::context ctx;
        ctx.catalog = &rules::yaml::builtin_catalog();
        if (cols[1] != "-") {
            int y = 0, m = 0, d = 0;
            REQUIRE(std::sscanf(cols[1].c_str(), "%d-%d-%d", &y, &m, &d) == 3);
            ctx.reference = rules::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                        static_cast<unsigned short>(d));
        }
        std::string option_error;
        if (!test::apply_options(cols[2], ctx, option_error)) {
            FAIL_CHECK("line ", lineno, ": ", option_error);
            continue;
        }
        auto const r = dsl::parse_phrase(cols[0], ctx);
        auto const miss = test::check(r, cols[3]);
        if (!miss.empty()) {
            ++failed;
            std::string all;
            for (auto const& m : miss) all += "\n  " + m;
            FAIL_CHECK(path.filename().string(), ":", lineno, ": ", cols[0], all);
        }
    }
    MESSAGE(path.filename().string(), ": ", rows - failed, " of ", rows, " rows hold");
    CHECK(rows > 0);
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
