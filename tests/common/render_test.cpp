#include "common/render.hpp"
#include "common/source_text.hpp"

#include <doctest/doctest.h>

TEST_SUITE("common") {
    TEST_CASE("a byte offset becomes a 1-based line and a column counted in characters") {
        std::string const text = "goals:\n  - goal: 增长%以上\n";
        auto const at = text.find('%');
        auto const loc = luoshi::common::locate(text, at);
        CHECK(loc.line == 2);
        CHECK(loc.column == 13);
        CHECK(loc.line_text == "  - goal: 增长%以上");
    }

    TEST_CASE("the caret sits under the error even after full-width characters and tabs") {
        std::string const text = "\t地区生产总值增长%以上";
        auto const out =
            luoshi::common::render_diagnostic("a.yaml", text, text.find('%'), "error", "expected 数值");
        CHECK(out ==
              "a.yaml:1:10: error: expected 数值\n 1 | \t地区生产总值增长%以上\n   | \t                ^\n");
    }

    TEST_CASE("display width counts East-Asian wide characters as two cells") {
        CHECK(luoshi::common::display_width("abc") == 3);
        CHECK(luoshi::common::display_width("地区") == 4);
        CHECK(luoshi::common::display_width("８％") == 4);
        CHECK(luoshi::common::pad_right("地区", 6) == "地区  ");
    }
}
