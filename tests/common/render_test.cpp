#include "common/render.hpp"
#include "common/source_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

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

    // Issue 20: a region or a source holding `\e]0;title\a` retitled the terminal of whoever listed it.
    TEST_CASE("printable escapes control characters and bytes that are not UTF-8, and nothing else") {
        struct row {
            std::string text, shown;
        };
        std::vector<row> const rows{
            {"示例区", "示例区"},
            {"\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"},
            {"a\x1b[2Jb", "a\\x1b[2Jb"},
            {"tab\there", "tab\\x09here"},
            {"line\nbreak\r", "line\\x0abreak\\x0d"},
            {"del\x7f", "del\\x7f"},
            {"c1 \xc2\x9b csi", "c1 \\u009b csi"},
            {"bad \xff byte", "bad \\xff byte"},
            {std::string("nul \0 byte", 10), "nul \\x00 byte"},
            {"８％ 全角", "８％ 全角"},
        };
        for (auto const& r : rows) {
            CAPTURE(r.text);
            CHECK(luoshi::common::printable(r.text) == r.shown);
        }
        CHECK(luoshi::common::printable("a\tb", true) == "a\tb");
    }

    TEST_CASE("a diagnostic escapes control characters in the line and moves the caret past the escape") {
        std::string const text = "region: \x1b]0;x\x07\n  bad: 1\n";
        auto const out = luoshi::common::render_diagnostic("a\x1b.yaml", text, text.find('x'), "error",
                                                           "unknown key `\x1b`");
        CHECK(out ==
              "a\\x1b.yaml:1:13: error: unknown key `\\x1b`\n 1 | region: \\x1b]0;x\\x07\n   |               "
              " ^\n");
    }

    TEST_CASE("an excerpt of a file that is not text is a few escaped bytes, never the file") {
        std::string const environ_like = std::string("HOME=/root\0SECRET=hunter2-and-more\0PATH=/bin", 44);
        auto const shown = luoshi::common::excerpt(environ_like, 10);
        CHECK(shown == "\\x00SECRET=…");
        CHECK(shown.find("hunter2") == std::string::npos);
        CHECK(luoshi::common::excerpt("ab", 5).empty());
    }
}
