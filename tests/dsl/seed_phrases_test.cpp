#include "dsl/phrase_table.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace {

using namespace luoshi;

rules::date read_date(std::string const& s) {
    int y = 0, m = 0, d = 0;
    REQUIRE(std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) == 3);
    return rules::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

}  // namespace

TEST_SUITE("dsl") {
// tests/data/seed-phrases.tsv points into ../shared/seeds/ by byte offsets (the seeds' sentences stay there):
// seed file ⇥ start ⇥ end ⇥ reference date ⇥ options ⇥ expected (the language of phrases.tsv).
TEST_CASE("every goal and result phrase of the seed reports parses to its expected fields") {
    auto const shared = test::shared_dir();
    if (!shared || !std::filesystem::is_directory(*shared / "seeds")) {
        MESSAGE("skipped: ../shared/seeds is not beside this checkout");
        return;
    }
    std::istringstream in(test::read_file(test::source_dir() / "tests/data/seed-phrases.tsv"));
    std::map<std::string, std::string> seeds;
    std::string line;
    int lineno = 0, rows = 0, failed = 0;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty() || line[0] == '#') continue;
        auto const cols = test::split(line, "\t");
        if (cols.size() != 6) {
            FAIL_CHECK("seed-phrases.tsv:", lineno, ": want 6 tab-separated columns, got ", cols.size());
            continue;
        }
        auto& text = seeds[cols[0]];
        if (text.empty()) text = test::read_file(*shared / "seeds" / cols[0]);
        std::size_t const b = std::stoul(cols[1]), e = std::stoul(cols[2]);
        if (text.empty() || e > text.size() || b >= e) {
            FAIL_CHECK("seed-phrases.tsv:", lineno, ": no bytes ", b, "..", e, " in ", cols[0]);
            continue;
        }
        ++rows;
        dsl::context ctx;
        ctx.catalog = &rules::yaml::builtin_catalog();
        ctx.reference = read_date(cols[3]);
        std::string option_error;
        if (!test::apply_options(cols[4], ctx, option_error)) {
            FAIL_CHECK("line ", lineno, ": ", option_error);
            continue;
        }
        std::string const phrase = text.substr(b, e - b);
        auto const miss = test::check(dsl::parse_phrase(phrase, ctx), cols[5]);
        if (!miss.empty()) {
            ++failed;
            std::string all;
            for (auto const& m : miss) all += "\n  " + m;
            FAIL_CHECK("seed-phrases.tsv:", lineno, ": ", phrase, all);
        }
    }
    MESSAGE("seed phrases: ", rows - failed, " of ", rows, " parse right");
    CHECK(rows > 0);
}
}
