#pragma once

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace luoshi::dsl::detail {

// Decodes one UTF-8 code point at p (p < last). Returns its length in bytes, or 0 for an invalid sequence.
inline int decode_utf8(char const* p, char const* last, char32_t& cp) {
    auto const b0 = static_cast<unsigned char>(*p);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    int len = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1Fu;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0Fu;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07u;
        min = 0x10000;
    } else
        return 0;
    if (last - p < len) return 0;
    for (int i = 1; i < len; ++i) {
        auto const b = static_cast<unsigned char>(p[i]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

// The code point at p in text already known to be valid UTF-8 (dsl::invalid_utf8 checked it): no checks.
constexpr char32_t peek_valid_utf8(char const* p, int& len) {
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

// Whether the 16 bytes at p begin with five three-byte characters whose lead bytes admit every continuation
// (not E0, ED): one SSE2 test for the bulk of Chinese text, which the byte-wise checks take 15 bytes to pass.
inline bool five_three_byte_characters(unsigned char const* p) {
#if defined(__SSE2__)
    alignas(16) static constexpr unsigned char shape_mask[16] = {
        0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0};
    alignas(16) static constexpr unsigned char shape_bits[16] = {
        0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0};
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
    __m128i const shape =
        _mm_cmpeq_epi8(_mm_and_si128(v, _mm_load_si128(reinterpret_cast<__m128i const*>(shape_mask))),
                       _mm_load_si128(reinterpret_cast<__m128i const*>(shape_bits)));
    __m128i const e0_or_ed = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE0))),
                                          _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xED))));
    constexpr int lead_lanes = 1 << 0 | 1 << 3 | 1 << 6 | 1 << 9 | 1 << 12;
    return _mm_movemask_epi8(shape) == 0xFFFF && (_mm_movemask_epi8(e0_or_ed) & lead_lanes) == 0;
#else
    (void)p;
    return false;  // the callers' byte-wise checks do it all
#endif
}

}  // namespace luoshi::dsl::detail
