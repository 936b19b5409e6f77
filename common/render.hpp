#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace luoshi::common {

// Cells a string takes in a terminal: 2 for East-Asian wide characters, 0 for combining marks.
std::size_t display_width(std::string_view utf8);

// Pads with spaces to `width` cells (left-aligned), for tables of Chinese text.
std::string pad_right(std::string_view utf8, std::size_t width);

// `file:line:col: error: message`, the source line, and a caret under the offending character.
// The caret line copies tabs and counts wide characters as two cells so the `^` lines up.
std::string render_diagnostic(std::string_view file, std::string_view text, std::size_t offset,
                              std::string_view level, std::string_view message);

}  // namespace luoshi::common
