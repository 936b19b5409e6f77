#include "formats/detail/text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>

namespace luoshi::formats::detail {

namespace {

char32_t decode_at(std::string_view s, std::size_t i) {
    utf8proc_int32_t c = 0;
    auto const* p = reinterpret_cast<utf8proc_uint8_t const*>(s.data() + i);
    if (utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(s.size() - i), &c) <= 0) return 0;
    return static_cast<char32_t>(c);
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || c == 0x3000; }

std::size_t code_point_size(unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

}  // namespace

void text_builder::add(std::string_view piece, std::string_view place, bool space) {
    if (piece.empty()) return;
    if (!open_ && !text_.empty()) text_ += '\n';  // the blank line between paragraphs
    if (open_ && space && keeps_space(text_, piece)) text_ += ' ';
    if (!open_ || blocks_.empty() || blocks_.back().place != place)
        blocks_.push_back(block{text_.size(), std::string(place)});
    open_ = true;
    text_ += piece;
}

void text_builder::end_paragraph() {
    if (!open_) return;
    text_ += '\n';
    open_ = false;
}

void text_builder::paragraphs(std::string_view s, std::string_view place, std::vector<std::size_t>* marks) {
    end_paragraph();
    std::string_view const all = s;
    std::size_t next = 0;  // the first mark not yet placed: marks come in order, so each is looked at once
    std::size_t const count = marks ? marks->size() : 0;
    while (!s.empty()) {
        auto const nl = s.find('\n');
        auto const line = trim(s.substr(0, nl));
        add(line, place);
        // a mark in the line, or in the spaces trimmed off around it, stands where it falls in the line's
        // text
        std::size_t const begin = static_cast<std::size_t>(line.data() - all.data());
        std::size_t const end =
            nl == std::string_view::npos ? all.size() : static_cast<std::size_t>(s.data() - all.data()) + nl;
        for (; next < count && (*marks)[next] <= end; ++next) {
            std::size_t& m = (*marks)[next];
            m = text_.size() - line.size() + std::min(m > begin ? m - begin : 0, line.size());
        }
        end_paragraph();
        if (nl == std::string_view::npos) break;
        s.remove_prefix(nl + 1);
    }
    for (; next < count; ++next) (*marks)[next] = text_.size();
}

void text_builder::finish(document& d) {
    end_paragraph();
    d.text = std::move(text_);
    d.blocks = std::move(blocks_);
}

bool is_cjk(char32_t c) {
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xAC00 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

char32_t first_code_point(std::string_view s) { return s.empty() ? 0 : decode_at(s, 0); }

char32_t last_code_point(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
    return i == 0 ? 0 : decode_at(s, i - 1);
}

bool keeps_space(std::string_view left, std::string_view right) {
    return !left.empty() && !right.empty() && left.back() != ' ' && left.back() != '\n' &&
           right.front() != ' ' && !is_cjk(last_code_point(left)) && !is_cjk(first_code_point(right));
}

void join(std::string& out, std::string_view piece, bool space) {
    if (space && keeps_space(out, piece)) out += ' ';
    out += piece;
}

std::string_view trim(std::string_view s) {
    while (!s.empty()) {
        char32_t const c = decode_at(s, 0);
        if (!is_space(c) && c != '\n') break;
        s.remove_prefix(code_point_size(static_cast<unsigned char>(s[0])));
    }
    while (!s.empty()) {
        char32_t const c = last_code_point(s);
        if (!is_space(c) && c != '\n') break;
        std::size_t i = s.size() - 1;
        while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
        s.remove_suffix(s.size() - i);
    }
    return s;
}

std::string date_in(std::string_view s) {
    auto digits = [&](std::size_t& i, std::size_t most) {
        int v = 0;
        std::size_t n = 0;
        while (i < s.size() && n < most && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0'), ++n;
        return n ? v : -1;
    };
    // a separator: - / . or the given word (年, 月)
    auto separator = [&](std::size_t& i, std::string_view word) {
        if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) return ++i, true;
        if (s.substr(i, word.size()) == word) return i += word.size(), true;
        return false;
    };
    for (std::size_t at = 0; at + 4 <= s.size(); ++at) {
        if (!(s[at] == '1' || s[at] == '2') || (at > 0 && s[at - 1] >= '0' && s[at - 1] <= '9')) continue;
        std::size_t i = at;
        int const y = digits(i, 4);
        if (i - at != 4 || !separator(i, "年")) continue;
        int const m = digits(i, 2);
        if (m < 1 || m > 12 || !separator(i, "月")) continue;
        int const d = digits(i, 2);
        if (d < 1 || d > 31 || (i < s.size() && s[i] >= '0' && s[i] <= '9')) continue;
        return fmt::format("{:04}-{:02}-{:02}", y, m, d);
    }
    return {};
}

bool has_cjk(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (is_cjk(decode_at(s, i))) return true;
        i += code_point_size(static_cast<unsigned char>(s[i]));
    }
    return false;
}

}  // namespace luoshi::formats::detail
