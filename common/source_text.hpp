#pragma once

#include <cstddef>
#include <string_view>

namespace luoshi::common {

// A byte offset turned into what a person reads: 1-based line, 1-based column in code points.
struct location {
    std::size_t line = 1;
    std::size_t column = 1;
    std::size_t line_begin = 0;  // byte offset of the line's first byte
    std::string_view line_text;  // the line, without its newline
};

location locate(std::string_view text, std::size_t offset);

}  // namespace luoshi::common
