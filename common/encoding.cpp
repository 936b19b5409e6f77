#include "common/encoding.hpp"

#include "common/utf8.hpp"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <optional>

namespace luoshi::common {

namespace {

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

    // UTF-8: valid through to the end? Binary data (NUL, control characters) is valid UTF-8 but no text.
    auto const bad_at = first_invalid_utf8(bytes.substr(start), true);
    std::optional<std::size_t> const bad =
        bad_at ? std::optional<std::size_t>(start + *bad_at) : std::nullopt;
    if (bad && is_binary_byte(p[*bad]))
        return decode_error{*bad, fmt::format("not text: byte 0x{:02X} at offset {}", p[*bad], *bad)};
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
    std::size_t multibyte = 0;  // characters of more than a byte before the break
    for (std::size_t i = start; i < *bad; ++i) multibyte += p[i] >= 0xC0;
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
