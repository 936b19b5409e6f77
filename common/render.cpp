#include "common/render.hpp"

#include "common/source_text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

namespace luoshi::common {

namespace {

// A code point (or, cp < 0, the byte that starts no UTF-8 sequence) as printable() writes it: nothing when it
// is printed as it is.
std::string escaped(utf8proc_int32_t cp, unsigned char byte, bool keep_tabs) {
    if (cp < 0) return fmt::format("\\x{:02x}", byte);
    if ((cp < 0x20 && !(cp == '\t' && keep_tabs)) || cp == 0x7f) return fmt::format("\\x{:02x}", cp);
    if (cp >= 0x80 && cp < 0xa0) return fmt::format("\\u{:04x}", cp);
    return {};
}

// Each code point of s with its bytes; a byte that starts no valid sequence comes alone, with cp -1.
template <typename F>
void each_raw_code_point(std::string_view s, F f) {
    auto const* p = reinterpret_cast<utf8proc_uint8_t const*>(s.data());
    auto n = static_cast<utf8proc_ssize_t>(s.size());
    while (n > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t len = utf8proc_iterate(p, n, &cp);
        if (len <= 0) {
            cp = -1;
            len = 1;
        }
        f(cp, std::string_view(reinterpret_cast<char const*>(p), static_cast<std::size_t>(len)));
        p += len;
        n -= len;
    }
}

}  // namespace

std::string printable(std::string_view text, bool keep_tabs) {
    std::string out;
    out.reserve(text.size());
    each_raw_code_point(text, [&](utf8proc_int32_t cp, std::string_view bytes) {
        std::string const e = escaped(cp, static_cast<unsigned char>(bytes.front()), keep_tabs);
        out += e.empty() ? std::string(bytes) : e;
    });
    return out;
}

std::string excerpt(std::string_view bytes, std::size_t offset) {
    constexpr std::size_t shown = 8;
    if (offset >= bytes.size()) return {};
    std::string out = printable(bytes.substr(offset, shown));
    if (bytes.size() - offset > shown) out += "…";
    return out;
}

std::size_t display_width(std::string_view utf8) {
    std::size_t w = 0;
    each_raw_code_point(utf8, [&](utf8proc_int32_t cp, std::string_view) {
        int const cw = utf8proc_charwidth(cp < 0 ? 0xFFFD : cp);
        w += cw > 0 ? static_cast<std::size_t>(cw) : 0;
    });
    return w;
}

std::string pad_right(std::string_view utf8, std::size_t width) {
    std::string out(utf8);
    std::size_t const w = display_width(utf8);
    if (w < width) out.append(width - w, ' ');
    return out;
}

std::string render_diagnostic(std::string_view file, std::string_view text, std::size_t offset,
                              std::string_view level, std::string_view message) {
    location const loc = locate(text, offset);
    std::string out = fmt::format("{}:{}:{}: {}: {}\n", printable(file), loc.line, loc.column, level,
                                  printable(message, true));
    std::string const num = std::to_string(loc.line);
    std::string line, caret;
    std::size_t const upto = offset - loc.line_begin;
    std::size_t at = 0;
    each_raw_code_point(loc.line_text, [&](utf8proc_int32_t cp, std::string_view bytes) {
        std::string const e = escaped(cp, static_cast<unsigned char>(bytes.front()), true);
        line += e.empty() ? std::string(bytes) : e;
        bool const before = at < upto;
        at += bytes.size();
        if (!before) return;
        if (!e.empty()) {
            caret.append(e.size(), ' ');
        } else if (cp == '\t') {
            caret += '\t';
        } else {
            int const cw = utf8proc_charwidth(cp);
            caret.append(cw > 0 ? static_cast<std::size_t>(cw) : 0, ' ');
        }
    });
    out += fmt::format(" {} | {}\n", num, line);
    out += fmt::format(" {} | {}^\n", std::string(num.size(), ' '), caret);
    return out;
}

}  // namespace luoshi::common
