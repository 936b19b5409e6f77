#include "common/render.hpp"

#include "common/source_text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

namespace luoshi::common {

namespace {

template <typename F>
void each_code_point(std::string_view s, F f) {
    auto const* p = reinterpret_cast<utf8proc_uint8_t const*>(s.data());
    auto n = static_cast<utf8proc_ssize_t>(s.size());
    while (n > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t len = utf8proc_iterate(p, n, &cp);
        if (len <= 0) {
            cp = 0xFFFD;
            len = 1;
        }
        f(cp, static_cast<std::size_t>(len));
        p += len;
        n -= len;
    }
}

}  // namespace

std::size_t display_width(std::string_view utf8) {
    std::size_t w = 0;
    each_code_point(utf8, [&](utf8proc_int32_t cp, std::size_t) {
        int const cw = utf8proc_charwidth(cp);
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
    std::string out = fmt::format("{}:{}:{}: {}: {}\n", file, loc.line, loc.column, level, message);
    std::string const num = std::to_string(loc.line);
    out += fmt::format(" {} | {}\n", num, loc.line_text);
    std::string caret;
    std::size_t const upto = offset - loc.line_begin;
    each_code_point(loc.line_text.substr(0, std::min(upto, loc.line_text.size())),
                    [&](utf8proc_int32_t cp, std::size_t) {
                        if (cp == '\t') {
                            caret += '\t';
                            return;
                        }
                        int const cw = utf8proc_charwidth(cp);
                        caret.append(cw > 0 ? static_cast<std::size_t>(cw) : 0, ' ');
                    });
    out += fmt::format(" {} | {}^\n", std::string(num.size(), ' '), caret);
    return out;
}

}  // namespace luoshi::common
