#include "app/inputs.hpp"
#include "dsl/phrase_table.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <map>
#include <set>
#include <sstream>

namespace test = luoshi::test;
using namespace luoshi;

namespace {

struct annotated {
    std::string file;
    std::size_t start = 0, end = 0;
    std::string date;
    std::string expected;
    int line = 0;
};

}  // namespace

TEST_SUITE("dsl") {
    // The whole seed reports read as a user reads them (luoshi extract), checked against the annotation of
    // every goal, figure and trap in them (tests/data/seed-phrases.tsv, byte offsets into ../shared/seeds/).
    TEST_CASE("whole seed reports yield their annotated goals and figures with precision and recall") {
        auto const seeds = test::seeds_dir();
        if (!seeds) {
            MESSAGE("skipped: ../shared/seeds is not beside this checkout");
            return;
        }
        std::map<std::string, std::vector<annotated>> rows;
        std::istringstream in(test::read_file(test::source_dir() / "tests/data/seed-phrases.tsv"));
        std::string l;
        int lineno = 0;
        while (std::getline(in, l)) {
            ++lineno;
            if (l.empty() || l[0] == '#') continue;
            auto const c = test::split(l, "\t");
            REQUIRE(c.size() == 6);
            rows[c[0]].push_back({c[0], std::stoul(c[1]), std::stoul(c[2]), c[3], c[5], lineno});
        }
        // Precision is judged where the annotation speaks: statements inside an annotated phrase or trap. A
        // statement elsewhere is unjudged (the annotation may have left out a true figure): counted and
        // listed, not scored.
        int expected_rows = 0, found_rows = 0, extracted = 0, right = 0, judged = 0;
        std::vector<std::string> misses, strays;
        for (auto const& [file, list] : rows) {
            std::string error;
            app::report_meta flags;
            flags.date =
                app::parse_iso_date(list.front().date, error);  // the date the annotation read the seed at
            auto r = app::load_report((*seeds / file).string(), flags, rules::yaml::builtin_catalog());
            REQUIRE_MESSAGE(std::holds_alternative<app::loaded_report>(r), file);
            auto const& statements = std::get<app::loaded_report>(r).reading.statements;
            extracted += static_cast<int>(statements.size());
            std::set<std::size_t> claimed;  // statements inside an annotated phrase
            for (auto const& a : list) {
                dsl::parse_result within;
                for (std::size_t i = 0; i < statements.size(); ++i)
                    if (statements[i].src.start >= a.start && statements[i].src.start < a.end) {
                        within.statements.push_back(statements[i]);
                        claimed.insert(i);
                    }
                bool const trap = a.expected == "none";
                judged += static_cast<int>(within.statements.size());
                auto const miss = test::check(within, a.expected);
                if (!trap) ++expected_rows;
                if (miss.empty()) {
                    if (!trap) ++found_rows;
                    right += static_cast<int>(within.statements.size());
                } else {
                    std::string all;
                    for (auto const& m : miss) all += "\n    " + m;
                    misses.push_back(
                        fmt::format("seed-phrases.tsv:{} {}@{}-{}{}", a.line, file, a.start, a.end, all));
                }
            }
            for (std::size_t i = 0; i < statements.size(); ++i)
                if (!claimed.count(i))
                    strays.push_back(
                        fmt::format("{}@{}: {} {} {} {}", file, statements[i].src.start,
                                    rules::name(statements[i].kind), statements[i].metric,
                                    statements[i].value ? cli::format_number(*statements[i].value) : "",
                                    statements[i].src.text));
        }
        double const recall = expected_rows ? 100.0 * found_rows / expected_rows : 0;
        double const precision = judged ? 100.0 * right / judged : 0;
        MESSAGE(fmt::format(
            "seeds, whole reports: recall {} of {} annotated phrases ({:.1f}%), precision {} of {} "
            "judged statements ({:.1f}%); {} more statements outside the annotation, unjudged",
            found_rows, expected_rows, recall, right, judged, precision, extracted - judged));
        std::string detail;
        for (auto const& m : misses) detail += "\n  miss " + m;
        for (auto const& s : strays) detail += "\n  not annotated: " + s;
        if (!detail.empty()) MESSAGE(detail);
        CHECK(recall >= 95.0);
        CHECK(precision >= 90.0);
    }
}
