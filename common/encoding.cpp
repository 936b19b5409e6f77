#include "common/encoding.hpp"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace luoshi::common {

namespace {

// Length of the valid UTF-8 sequence at p, 0 when invalid or cut short.
int utf8_length(unsigned char const* p, std::size_t left) {
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

// Whether the 16 bytes at p begin with five three-byte characters whose lead bytes admit every continuation
// (not E0, ED): one SSE2 test for the bulk of Chinese text, which the byte-wise checks take 15 bytes to pass.
bool five_three_byte_characters(unsigned char const* p) {
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

bool is_binary_byte(unsigned char c) {
    return c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
}

// GB18030 character length at p: 1, 2 or 4 bytes; 0 when the bytes cannot start one.
int gb18030_length(unsigned char const* p, std::size_t left) {
    unsigned char const b0 = p[0];
    if (b0 < 0x80) return 1;
    if (b0 < 0x81 || b0 > 0xFE || left < 2) return 0;
    unsigned char const b1 = p[1];
    if ((b1 >= 0x40 && b1 <= 0x7E) || (b1 >= 0x80 && b1 <= 0xFE)) return 2;
    if (b1 >= 0x30 && b1 <= 0x39 && left >= 4 && p[2] >= 0x81 && p[2] <= 0xFE && p[3] >= 0x30 && p[3] <= 0x39)
        return 4;
    return 0;
}

}  // namespace

std::optional<std::string> to_utf8(std::string_view bytes, char const* charset) {
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string out(bytes.size() * 3 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* o = out.data();
    std::size_t out_left = out.size();
    std::size_t const r = iconv(cd, &in, &in_left, &o, &out_left);
    iconv_close(cd);
    if (r == static_cast<std::size_t>(-1)) return std::nullopt;
    out.resize(out.size() - out_left);
    return out;
}

std::size_t decoded_text::to_original(std::size_t utf8_offset) const {
    if (original.empty()) return utf8_offset + bom;
    auto const it = std::lower_bound(utf8_starts.begin(), utf8_starts.end(), utf8_offset);
    if (it == utf8_starts.end()) return original.back();
    return original[static_cast<std::size_t>(it - utf8_starts.begin())];
}

std::variant<decoded_text, decode_error> decode(std::string_view bytes) {
    auto const* p = reinterpret_cast<unsigned char const*>(bytes.data());
    std::size_t const n = bytes.size();
    std::size_t start = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) start = 3;

    // UTF-8: valid through to the end?
    std::size_t i = start, multibyte = 0;
    std::optional<std::size_t> bad;
    // Two Chinese characters as one word: lead bytes 1110xxxx, continuation bytes 10xxxxxx (the masks are
    // built from bytes, so the test does not depend on the byte order)
    auto word_of = [](unsigned char const* at) {
        std::uint64_t w;
        std::memcpy(&w, at, sizeof w);
        return w;
    };
    static constexpr unsigned char two_mask[8] = {0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0, 0};
    static constexpr unsigned char two_bits[8] = {0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0, 0};
    std::uint64_t const cjk_mask = word_of(two_mask), cjk_bits = word_of(two_bits);
    while (i < n) {
        if (n - i >= 16 && five_three_byte_characters(p + i)) {
            multibyte += 5;
            i += 15;
            continue;
        }
        if (n - i >= 8) {
            std::uint64_t const word = word_of(p + i);
            // two three-byte characters whose lead bytes admit every continuation (not E0, ED)
            if ((word & cjk_mask) == cjk_bits && p[i] != 0xE0 && p[i] != 0xED && p[i + 3] != 0xE0 &&
                p[i + 3] != 0xED) {
                multibyte += 2;
                i += 6;
                continue;
            }
            // eight ASCII bytes, none of them below 0x20 (where the binary bytes are)
            constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
            if ((word & highs) == 0 && ((word - 0x20 * ones) & ~word & highs) == 0) {
                i += 8;
                continue;
            }
        }
        // Most of the text: a three-byte character whose lead byte admits every continuation (not E0, ED)
        if (p[i] >= 0xE1 && p[i] <= 0xEF && p[i] != 0xED && n - i >= 3 && (p[i + 1] & 0xC0u) == 0x80u &&
            (p[i + 2] & 0xC0u) == 0x80u) {
            ++multibyte;
            i += 3;
            continue;
        }
        if (is_binary_byte(p[i]))
            return decode_error{i, fmt::format("not text: byte 0x{:02X} at offset {}", p[i], i)};
        int const len = utf8_length(p + i, n - i);
        if (len == 0) {
            bad = i;
            break;
        }
        if (len > 1) ++multibyte;
        i += static_cast<std::size_t>(len);
    }
    if (!bad) {
        decoded_text d;
        d.utf8.assign(bytes.substr(start));
        d.encoding = "UTF-8";
        d.bom = start;
        return d;
    }
    // Broken UTF-8 — a BOM, or UTF-8 characters before the break — is reported as such, never guessed as
    // GB18030.
    bool const cut_short = *bad + 4 > n;
    if (start > 0 || multibyte >= 2 || (cut_short && multibyte >= 1))
        return decode_error{*bad,
                            fmt::format("invalid UTF-8 at byte {}{}", *bad,
                                        cut_short ? " (the file ends in the middle of a character)" : "")};

    // GB18030 / GBK
    decoded_text d;
    d.encoding = "GB18030";
    std::size_t j = 0;
    while (j < n) {
        if (is_binary_byte(p[j]))
            return decode_error{j, fmt::format("not text: byte 0x{:02X} at offset {}", p[j], j)};
        int const len = gb18030_length(p + j, n - j);
        if (len == 0)
            return decode_error{j,
                                fmt::format("neither UTF-8 nor GB18030: bad byte sequence at offset {}", j)};
        j += static_cast<std::size_t>(len);
    }
    auto utf8 = to_utf8(bytes, "GB18030");
    if (!utf8) return decode_error{0, "GB18030 text that iconv cannot convert"};
    d.utf8 = std::move(*utf8);
    // Each GB18030 character is one code point: walk both to map UTF-8 offsets back to the file's.
    std::size_t g = 0, u = 0;
    while (g < n && u < d.utf8.size()) {
        d.original.push_back(static_cast<std::uint32_t>(g));
        d.utf8_starts.push_back(static_cast<std::uint32_t>(u));
        g += static_cast<std::size_t>(gb18030_length(p + g, n - g));
        auto const b = static_cast<unsigned char>(d.utf8[u]);
        u += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }
    d.original.push_back(static_cast<std::uint32_t>(n));
    d.utf8_starts.push_back(static_cast<std::uint32_t>(d.utf8.size()));
    return d;
}

}  // namespace luoshi::common
