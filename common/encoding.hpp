#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace luoshi::common {

// A file's text as UTF-8, with the way back to the file's own bytes.
struct decoded_text {
    std::string utf8;
    std::string encoding;  // "UTF-8" or "GB18030"
    std::size_t bom = 0;   // bytes of a UTF-8 byte order mark skipped at the start
    // GB18030 only: for each code point start in utf8, its offset in the file (utf8.size() maps to the file's
    // size)
    std::vector<std::uint32_t> original;
    std::vector<std::uint32_t> utf8_starts;

    // The file offset of a UTF-8 offset (a code point start or the end).
    std::size_t to_original(std::size_t utf8_offset) const;
};

struct decode_error {
    std::size_t offset = 0;  // bytes into the file
    std::string message;
};

// UTF-8 (with or without a BOM) or GB18030/GBK, told apart by validity. A file that is mostly UTF-8 but
// breaks somewhere (a truncated download) is an error at the first bad byte, never read as GB18030; binary
// data (NUL bytes, control characters) is an error too.
std::variant<decoded_text, decode_error> decode(std::string_view bytes);

// Bytes in a charset glibc's iconv knows (GB18030, BIG5, …) as UTF-8; none when they are not valid in it.
std::optional<std::string> to_utf8(std::string_view bytes, char const* charset);

}  // namespace luoshi::common
