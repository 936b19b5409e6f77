#include "common/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace luoshi::common {

namespace {

// Whether the 16 bytes at p begin with five three-byte characters whose lead bytes admit every continuation
// (not E0, ED): the bulk of Chinese text passed five characters at a time, where the checks one character at
// a time cost a tenth of reading a whole report.
bool five_chinese_characters(char const* p) {
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
    return false;
#endif
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes, bool controls_invalid) {
    std::size_t const n = bytes.size();
    for (std::size_t i = 0; i < n;) {
        if (n - i >= 16 && five_chinese_characters(bytes.data() + i)) {
            i += 15;
            continue;
        }
        if (controls_invalid && is_binary_byte(static_cast<unsigned char>(bytes[i]))) return i;
        int const len = utf8_length(bytes.data() + i, n - i);
        if (len == 0) return i;
        i += static_cast<std::size_t>(len);
    }
    return std::nullopt;
}

}  // namespace luoshi::common
