#pragma once

#include "common/utf8.hpp"
#include "dsl/ast.hpp"
#include "dsl/detail/word_table.hpp"
#include "dsl/lexicon/keywords.hpp"
#include "dsl/lexicon/units.hpp"
#include "dsl/numeral.hpp"

#include <cctype>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

// What the token loop (dsl/parse.cpp) and the grammar (phrase_def.hpp) need to know about single
// characters: where a token may start, and where plain text ends. No X3 here.
namespace luoshi::dsl::detail {

constexpr bool is_word_char(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

// 队伍, 陆地, 收拾: a lone financial numeral with a Chinese word character beside it (other than the
// words of numbers themselves: 是叁, 之壹, 又壹) is part of that word.
inline bool inside_word(char const* base, char const* first, char const* end, char const* last) {
    if (end != last) {
        int len = 0;
        char32_t const n = common::code_point_at(end, len);
        if (is_word_char(n) && n != U'分' && n != U'又' && n != U'个' && n != U'個') return true;
    }
    if (first != base) {
        char const* p = first - 1;
        while (p != base && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) --p;
        int len = 0;
        char32_t const b = common::code_point_at(p, len);
        if (is_word_char(b) && b != U'是' && b != U'之' && b != U'又' && b != U'负' && b != U'負' &&
            b != U'为')
            return true;
    }
    return false;
}

// 减负2500亿元, 担负, 抱负: 负 after these is the end of a word, not a minus sign (负2%: a sign)
inline bool minus_ends_word(char const* base, char const* first) {
    int len = 0;
    char32_t const c = common::code_point_at(first, len);
    if ((c != U'负' && c != U'負') || first == base) return false;
    char const* p = first - 1;
    while (p != base && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) --p;
    switch (common::code_point_at(p, len)) {
        case U'减':
        case U'担':
        case U'抱':
        case U'胜':
        case U'背':
        case U'辜':
        case U'自':
        case U'肩': return true;
        default: return false;
    }
}

enum start_class : unsigned {
    starts_number = 1,
    starts_time = 2,
    starts_plan = 4,
    starts_keyword = 8,
    starts_token = starts_number | starts_time | starts_plan | starts_keyword,
    word_char = 16,  // is_word_char: plain text runs on over these
    // for time_may_start: the digits of a date, what may join two of them (1-10月), and what ends one
    time_digit = 32,
    time_joiner = 64,
    time_unit = 128,
};

constexpr bool is_time_digit(char32_t c) {
    switch (c) {
        case U'〇':
        case U'零':
        case U'○':
        case U'一':
        case U'二':
        case U'三':
        case U'四':
        case U'五':
        case U'六':
        case U'七':
        case U'八':
        case U'九':
        case U'十': return true;
        default: return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
    }
}

constexpr unsigned classify_time(char32_t c) {
    if (is_time_digit(c)) return time_digit;
    switch (c) {
        case U'-':
        case U'－':
        case U'—':
        case U'至':
        case U'到':
        case U'~': return time_joiner;
        case U'年':
        case U'月':
        case U'季': return time_unit;
        default: return 0;
    }
}

constexpr unsigned classify_start(char32_t c) {
    if (is_financial_numeral(c)) return starts_number;
    if (c < 0x80 && !((c >= U'0' && c <= U'9') || c == U'.' || c == U'-' || c == U'"')) return 0;
    if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) return starts_number | starts_time;
    switch (c) {
        case U'.':
        case U'．':
        case U'-':
        case U'－':
        case U'零':
        case U'〇':
        case U'○':
        case U'幺':
        case U'两':
        case U'兩':
        case U'倆':
        case U'负':
        case U'負':
        case U'万':
        case U'萬': return starts_number;
        case U'一':
        case U'二':
        case U'三':
        case U'四':
        case U'五':
        case U'六':
        case U'七':
        case U'八': return starts_number | starts_time;
        case U'九':
        case U'十': return starts_number | starts_time | starts_plan;
        case U'百':
        case U'千':
        case U'对':
        case U'對':
        case U'半': return starts_number;
        case U'今':
        case U'本':
        case U'当':
        case U'明':
        case U'来':
        case U'去':
        case U'上':
        case U'前':
        case U'后':
        case U'年':
        case U'全':
        case U'下':
        case U'第':
        case U'正': return starts_time;
        case U'“':
        case U'"':
        case U'「':
        case U'‘': return starts_plan;
        default: return 0;
    }
}

// White space, and the punctuation lowering skips or stops at: an `other` token of one such code point is
// marked so (ast::token's `space`, `punct`) as the tokenizer makes it.
constexpr bool is_space_code_point(char32_t c) {
    switch (c) {
        case U' ':
        case U'\t':
        case U'\r':
        case U'\n':
        case U'\u3000':
        case U'\u00a0': return true;
        default: return false;
    }
}
constexpr bool is_punct_code_point(char32_t c) {
    switch (c) {
        case U'“':
        case U'”':
        case U'"':
        case U'‘':
        case U'’':
        case U'\'':
        case U'（':
        case U'）':
        case U'(':
        case U')':
        case U'《':
        case U'》':
        case U'【':
        case U'】':
        case U'[':
        case U']':
        case U'「':
        case U'」':
        case U'—':
        case U'-':
        case U'…':
        case U'·':
        case U'/': return true;
        default: return is_space_code_point(c);
    }
}

// For each code point of the Basic Multilingual Plane, which tokens may start there: the token loop pays one
// load per character instead of a switch per rule.
class start_map {
public:
    start_map() {
        for (char32_t c = 0; c < 0x10000; ++c)
            classes_[c] = static_cast<std::uint8_t>(classify_start(c) | classify_time(c) |
                                                    (is_word_char(c) ? word_char : 0u));
        for (auto const& k : keywords) {
            int len = 0;
            char32_t const c = common::code_point_at(k.text.data(), len);
            if (c < 0x10000) classes_[c] |= starts_keyword;
        }
        classes_[U'%'] |= starts_keyword;  // not a keyword: a stray % must stop a run of text
        classes_[U'％'] |= starts_keyword;
    }
    unsigned operator[](char32_t c) const { return c < 0x10000 ? classes_[c] : 0u; }
    unsigned in_bmp(char32_t c) const { return classes_[c]; }  // c < 0x10000

private:
    std::uint8_t classes_[0x10000] = {};
};

inline start_map const start_table;
inline start_map const& starts() { return start_table; }

// The keywords of lexicon.hpp, each with its index into `keywords`: the longest at a place is a keyword
// token (同比增长 rather than 同比). A table, not an X3 rule: a keyword is a lookup and nothing more.
inline word_table<int> const& keyword_table() {
    static word_table<int> const table = [] {
        std::vector<std::pair<std::string_view, int>> words;
        int i = 0;
        for (auto const& k : keywords) words.emplace_back(k.text, i++);
        return word_table<int>(words);
    }();
    return table;
}

// Years named relative to the report's: 明年, 上年 (the grammar's table, phrase_def.hpp, is built from this
// list).
inline constexpr std::pair<char const*, ast::year_ref> year_ref_words[] = {
    {"今年", ast::year_ref::this_year},        {"本年", ast::year_ref::this_year},
    {"当年", ast::year_ref::this_year},        {"本年度", ast::year_ref::this_year},
    {"今年度", ast::year_ref::this_year},      {"明年", ast::year_ref::next_year},
    {"来年", ast::year_ref::next_year},        {"去年", ast::year_ref::last_year},
    {"上年", ast::year_ref::last_year},        {"上一年", ast::year_ref::last_year},
    {"前年", ast::year_ref::year_before_last}, {"后年", ast::year_ref::year_after_next}};

// Words whose last character begins a time word: a time does not start inside them (在…基础上年均增长7%:
// 基础上, then 年均, not 上年, the year before)
inline constexpr std::string_view words_ending_in_a_time_start[] = {"基础上", "之上"};

// Whether a time word would start inside a word at p (text begins at first)
inline bool inside_a_word(char const* first, char const* p, char const* last) {
    for (std::string_view w : words_ending_in_a_time_start) {
        std::size_t const head = w.size() - 3;  // the word up to its last character (3 bytes in UTF-8)
        if (static_cast<std::size_t>(p - first) >= head && static_cast<std::size_t>(last - p) >= 3 &&
            std::string_view(p - head, w.size()) == w)
            return true;
    }
    return false;
}

// Parts that stand alone and mean the report's year: 年底, 上半年.
inline constexpr std::pair<char const*, ast::time_part> standalone_part_words[] = {
    {"年底", ast::time_part::end},           {"年末", ast::time_part::end},
    {"年底前", ast::time_part::end},         {"年内", ast::time_part::within},
    {"全年", ast::time_part::whole},         {"上半年", ast::time_part::first_half},
    {"下半年", ast::time_part::second_half}, {"一季度", ast::time_part::q1},
    {"二季度", ast::time_part::q2},          {"三季度", ast::time_part::q3},
    {"四季度", ast::time_part::q4},          {"第一季度", ast::time_part::q1},
    {"第二季度", ast::time_part::q2},        {"第三季度", ast::time_part::q3},
    {"第四季度", ast::time_part::q4},        {"前三季度", ast::time_part::first_three_quarters}};

// The words a date can start with where no digit starts it (正 aside: 正月).
inline word_table<int> const& time_start_words() {
    static word_table<int> const table = [] {
        std::vector<std::pair<std::string_view, int>> words;
        for (auto const& w : year_ref_words) words.emplace_back(w.first, 0);
        for (auto const& w : standalone_part_words) words.emplace_back(w.first, 0);
        return word_table<int>(words);
    }();
    return table;
}

// Whether a date may start at p. A digit starts one only when 年, 月 or 季 follows the digits (2015年, 6月,
// 1-10月, 一季度): every quantity starts with a digit, and trying the date rules on 8% costs. Any other
// character starts one only with a word of the lists above: 上, 下, 全, 年 begin many more words than dates.
inline bool time_may_start(char const* p, char const* last) {
    auto const& classes = starts();
    int len = 0;
    char32_t c = common::code_point_at(p, len);
    if (!(classes[c] & time_digit)) {
        std::size_t n = 0;
        return c == U'正' || time_start_words().longest_at(p, last, n) != nullptr;
    }
    // 2015-01-13, 2015/01/13
    if (last - p >= 8 && std::isdigit(static_cast<unsigned char>(p[0])) &&
        std::isdigit(static_cast<unsigned char>(p[3])) && (p[4] == '-' || p[4] == '/') &&
        std::isdigit(static_cast<unsigned char>(p[5])))
        return true;
    for (int n = 0; p != last && n < 8; ++n) {
        unsigned const cls = classes[common::code_point_at(p, len)];
        if (cls & (time_digit | time_joiner)) {
            p += len;
            continue;
        }
        return (cls & time_unit) != 0;
    }
    return false;
}

// The end of the plain text at p (p < last), whose first character (len bytes, start class cls) the caller
// has read: a run of Chinese characters up to the next place where a token may start; a word of ASCII letters
// and digits (GDP, M2) or a web address; or one other character.
inline char const* plain_text_end(char const* p, char const* last, int len, unsigned cls) {
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9') || c == '_'; };
    if (alpha(*p)) {
        // a web address is one piece of text: its 30%25 is not a percentage
        std::string_view const rest(p, static_cast<std::size_t>(last - p));
        if (rest.rfind("http://", 0) == 0 || rest.rfind("https://", 0) == 0 || rest.rfind("www.", 0) == 0) {
            while (p != last && static_cast<unsigned char>(*p) > 0x20 &&
                   static_cast<unsigned char>(*p) < 0x80)
                ++p;
        } else {
            while (p != last && alnum(*p)) ++p;
        }
        return p;
    }
    p += len;
    if (cls & word_char) {
        auto const& stop = starts();
        while (last - p >= 3) {
            // every word character is a three-byte one, with a lead byte from E3 to EF
            auto const b0 = static_cast<unsigned char>(p[0]);
            if (b0 < 0xE3 || b0 > 0xEF) break;
            // its code point: the sum of its bytes in place less their fixed bits (1110, 10, 10), as they are
            // valid UTF-8
            char32_t const n = (char32_t{b0} << 12) + (char32_t{static_cast<unsigned char>(p[1])} << 6) +
                               static_cast<unsigned char>(p[2]) - 0xE2080u;
            if ((stop.in_bmp(n) & (word_char | starts_token)) != word_char) break;
            p += 3;
        }
    }
    return p;
}

}  // namespace luoshi::dsl::detail
