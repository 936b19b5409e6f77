#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace luoshi::common {

// Cells a string takes in a terminal: 2 for East-Asian wide characters, 0 for combining marks.
std::size_t display_width(std::string_view utf8);

// Pads with spaces to `width` cells (left-aligned), for tables of Chinese text.
std::string pad_right(std::string_view utf8, std::size_t width);

// Text from a file or a store, safe to print on a terminal: control characters (C0, DEL, C1: the escape that
// starts `\e]0;title\a`) and bytes that are not UTF-8 written as \x1b, \u009b, \xff; tabs too unless kept.
std::string printable(std::string_view text, bool keep_tabs = false);

// A few bytes of a file that is not text, from offset, as printable() writes them: enough to find the place,
// never the file's content (a secret in /proc/self/environ).
std::string excerpt(std::string_view bytes, std::size_t offset);

// `file:line:col: error: message`, the source line, and a caret under the offending character.
// The caret line copies tabs and counts wide characters as two cells so the `^` lines up. The file name, the
// message and the line are printable(): a control character shows escaped, and the caret counts its escape.
std::string render_diagnostic(std::string_view file, std::string_view text, std::size_t offset,
                              std::string_view level, std::string_view message);

}  // namespace luoshi::common
