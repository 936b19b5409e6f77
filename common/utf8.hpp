#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

// UTF-8, the one place it is checked and decoded.
namespace luoshi::common {

// The length of the well-formed UTF-8 sequence at p (RFC 3629: no overlong forms, no surrogates, nothing past
// U+10FFFF), 0 when there is none or it is cut short by the `left` bytes that remain.
inline int utf8_length(char const* at, std::size_t left) {
    auto const* p = reinterpret_cast<unsigned char const*>(at);
    unsigned char const b0 = p[0];
    auto cont = [&](std::size_t i) { return i < left && (p[i] & 0xC0u) == 0x80u; };
    if (b0 < 0x80) return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if ((b0 == 0xE0 && p[1] < 0xA0) || (b0 == 0xED && p[1] >= 0xA0)) return 0;
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if ((b0 == 0xF0 && p[1] < 0x90) || (b0 == 0xF4 && p[1] >= 0x90)) return 0;
        return 4;
    }
    return 0;
}

// The offset of the first byte that does not start a well-formed sequence, if any; with `controls_invalid`,
// also of the first control character other than tab, newline, carriage return and form feed (binary data,
// which is valid UTF-8 but no text).
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes, bool controls_invalid = false);

// NUL and the control characters that no text has (tab, newline, carriage return and form feed aside).
constexpr bool is_binary_byte(unsigned char c) {
    return c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
}

// The code point at p in text already known to be valid UTF-8, and its length in bytes.
constexpr char32_t code_point_at(char const* p, int& len) {
    auto const b0 = static_cast<unsigned char>(p[0]);
    if (b0 < 0x80) {
        len = 1;
        return b0;
    }
    auto const b1 = static_cast<unsigned char>(p[1]) & 0x3Fu;
    if (b0 < 0xE0) {
        len = 2;
        return (char32_t{b0 & 0x1Fu} << 6) | b1;
    }
    auto const b2 = static_cast<unsigned char>(p[2]) & 0x3Fu;
    if (b0 < 0xF0) {
        len = 3;
        return (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1} << 6) | b2;
    }
    auto const b3 = static_cast<unsigned char>(p[3]) & 0x3Fu;
    len = 4;
    return (char32_t{b0 & 0x07u} << 18) | (char32_t{b1} << 12) | (char32_t{b2} << 6) | b3;
}

// The code point at p (p < last) if it is well-formed: its length in bytes, 0 when it is not.
inline int decode_utf8(char const* p, char const* last, char32_t& cp) {
    int const len = utf8_length(p, static_cast<std::size_t>(last - p));
    int ignored = 0;
    if (len) cp = code_point_at(p, ignored);
    return len;
}

}  // namespace luoshi::common
