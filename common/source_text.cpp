#include "common/source_text.hpp"

#include <algorithm>

namespace luoshi::common {

location locate(std::string_view text, std::size_t offset) {
    location loc;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++loc.line;
            loc.line_begin = i + 1;
        }
    std::size_t line_end = text.find('\n', loc.line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    loc.line_text = text.substr(loc.line_begin, line_end - loc.line_begin);
    if (!loc.line_text.empty() && loc.line_text.back() == '\r') loc.line_text.remove_suffix(1);
    for (std::size_t i = loc.line_begin; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++loc.column;
    return loc;
}

}  // namespace luoshi::common
