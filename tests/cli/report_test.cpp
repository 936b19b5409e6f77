// luoshi report --html: every piece of report text escaped, and the page as a browser shows it (headless
// Chromium, when the machine has it): the counts, rows, the script's filters, a screenshot.
#include "cli/chromium.hpp"
#include "cli/html.hpp"
#include "store/store_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace luoshi {

namespace {

using test::has;
using test::occurrences;

// The examples (reports, the supervision office's rules, the statistics bureau's table) in a fresh store, and
// the page written from it as of 2016-06-30.
std::filesystem::path example_page(test::temp_dir const& dir) {
    auto const db = (dir / "luoshi.db").string();
    auto const examples = test::source_dir() / "examples";
    auto const in =
        test::run_luoshi({"ingest", "--db", db, "reports", "rules", "figures"}, dir.path(), examples);
    REQUIRE_MESSAGE(in.exit_code == 0, in.err);
    auto const page = dir / "report.html";
    auto const r = test::run_luoshi({"report", "--db", db, "--as-of", "2016-06-30", "--html", page.string()},
                                    dir.path(), examples);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(has(r.out, "39 goals as of 2016-06-30"));
    return page;
}

}  // namespace

TEST_SUITE("cli") {
    TEST_CASE("escape() makes report text inert in elements and attributes") {
        CHECK(cli::escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
        CHECK(cli::escape("\"><img src=x onerror=alert(2)>") ==
              "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        CHECK(cli::escape("'&'") == "&#39;&amp;&#39;");
        CHECK(cli::escape("地区生产总值增长8%以上") == "地区生产总值增长8%以上");
    }

    TEST_CASE("a report that carries markup shows it as text: no script runs, no element is made") {
        test::temp_dir dir;
        test::write_file(dir / "evil.txt",
                         "---\nregion: 示例区<b>\ndate: 2015-01-20\n---\n二、2015年主要预期目标\n\n"
                         "地区生产总值<script>alert(1)</script>增长8%以上，"
                         "城镇登记失业率\"><img src=x onerror=alert(2)>控制在4%以内。\n");
        test::write_file(dir / "evil.yaml",
                         "region: 示例区<b>\ndate: 2015-01-20\ngoals:\n  - id: \"x'><svg/onload=alert(3)>\"\n"
                         "    metric: \"<script>alert(4)</script>\"\n    comparator: \">=\"\n    value: 5\n"
                         "    deadline: 2015-12-31\n");
        auto const db = (dir / "luoshi.db").string();
        auto const in =
            test::run_luoshi({"ingest", "--db", db, "evil.txt", "evil.yaml"}, dir.path(), dir.path());
        INFO(in.err);
        REQUIRE(in.exit_code == 0);
        auto const page = dir / "evil.html";
        auto const r = test::run_luoshi(
            {"report", "--db", db, "--as-of", "2016-06-30", "--html", page.string()}, dir.path(), dir.path());
        REQUIRE(r.exit_code == 0);
        auto const html = test::read_file(page);
        CAPTURE(html.size());
        CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
        CHECK(has(html, "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        CHECK(has(html, "&lt;script&gt;alert(4)&lt;/script&gt;"));
        CHECK(has(html, "示例区&lt;b&gt;"));
        for (char const* raw : {"<script>alert", "<img", "<svg/onload", "示例区<b>", "'><svg"}) {
            CAPTURE(raw);
            CHECK(!has(html, raw));
        }
        CHECK(occurrences(html, "<script>") == 1);  // the page's own

        auto const browser = test::chromium();
        if (!browser) {
            MESSAGE(
                "skipped the browser half: no chromium on this machine (Debian: apt-get install chromium)");
            return;
        }
        auto const dom = test::run_chromium(*browser, {"--dump-dom", "file://" + page.string()}, dir);
        REQUIRE_MESSAGE(has(dom, "goals shown"), "chromium printed no DOM");
        // the markup is text in the DOM: serialised escaped again, never as an element
        CHECK(!has(dom, "<img"));
        CHECK(!has(dom, "<svg/onload"));
        CHECK(occurrences(dom, "<script>") == 1);
        CHECK(has(dom, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    TEST_CASE(
        "the example page in headless Chromium: counts, rows, evidence, the filters' script, a screenshot") {
        test::temp_dir dir;
        auto const page = example_page(dir);
        auto const html = test::read_file(page);
        // one file: nothing fetched when viewed
        for (char const* outside : {"http://", "https://", "<link", "src=\"", "@import"}) {
            CAPTURE(outside);
            CHECK(!has(html, outside));
        }
        CHECK(has(html, R"(<div class="total met" id="count-met"><b>20</b>)"));
        CHECK(has(html, R"(<div class="total missed" id="count-missed"><b>9</b>)"));
        CHECK(has(html, R"(<div class="total pending" id="count-pending"><b>10</b>)"));

        auto const browser = test::chromium();
        if (!browser) {
            MESSAGE("skipped: no chromium on this machine (Debian: apt-get install chromium)");
            return;
        }
        auto const dom = test::run_chromium(*browser, {"--dump-dom", "file://" + page.string()}, dir);
        REQUIRE_MESSAGE(has(dom, "</html>"), "chromium printed no DOM");
        // the script ran: it wrote the count of rows shown
        CHECK(has(dom, "<span id=\"shown\">39 of 39 goals shown</span>"));
        CHECK(occurrences(dom, "<tr class=\"goal\"") == 39);
        CHECK(occurrences(dom, "data-verdict=\"met\"") == 20);
        CHECK(occurrences(dom, "data-verdict=\"missed\"") == 9);
        CHECK(occurrences(dom, "data-verdict=\"pending\"") == 10);
        // a few rows: the verdict in colour and in words, the target, the evidence behind the row
        CHECK(has(dom, "data-id=\"duban-2015-03\""));
        CHECK(has(dom, "夜间经济营业额 ≥ 15%"));
        CHECK(has(dom, "<span class=\"verdict missed\">✗ missed</span>"));
        CHECK(has(dom, "地区生产总值增长8%以上"));
        CHECK(has(dom, "<svg class=\"bullet\""));
        CHECK(has(dom, "<tr class=\"evidence\" hidden=\"\">"));
        // the headline targets (二、2015年主要预期目标 …) first in their group, marked
        CHECK(has(dom, "<span class=\"star\" title=\"headline target\">★</span> 地区生产总值增长8%以上"));
        // the view across regions: one metric's goal per region and year, and its chart
        CHECK(has(dom, "<svg id=\"c-chart\""));
        CHECK(has(dom, "<tr class=\"cmp\">"));
        // the evidence is drawn when a row is opened: page.html#ID opens one
        auto const opened =
            test::run_chromium(*browser, {"--dump-dom", "file://" + page.string() + "#g7fd97fef87da"}, dir);
        CHECK(has(opened, "aria-expanded=\"true\" data-i="));
        CHECK(has(opened, "7.6% &lt; 8% (以上)"));
        CHECK(has(opened, "<q>同比增长7.6%</q>"));
        CHECK(occurrences(opened, "<tr class=\"evidence\">") == 1);

        auto const png = dir / "report.png";
        test::run_chromium(
            *browser, {"--window-size=1400,1000", "--screenshot=" + png.string(), "file://" + page.string()},
            dir);
        REQUIRE(std::filesystem::exists(png));
        auto const bytes = test::read_file(png);
        CHECK(bytes.size() > 20000);
        CHECK(bytes.substr(1, 3) == "PNG");
        auto const kept = std::filesystem::temp_directory_path() / "luoshi-report-screenshot.png";
        std::error_code ec;
        std::filesystem::copy_file(png, kept, std::filesystem::copy_options::overwrite_existing, ec);
        MESSAGE("screenshot of the example page: " << kept.string());
    }
}

}  // namespace luoshi
