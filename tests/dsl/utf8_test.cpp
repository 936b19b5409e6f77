#include "common/utf8.hpp"
#include "common/encoding.hpp"
#include "dsl/detail/word_table.hpp"
#include "dsl/parse.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// RFC 3629, table 3.9: the well-formed byte sequences, checked one by one, as the fast paths must agree.
std::optional<std::size_t> first_invalid(std::string_view s) {
    auto const* p = reinterpret_cast<unsigned char const*>(s.data());
    std::size_t const n = s.size();
    std::size_t i = 0;
    auto in = [&](std::size_t k, unsigned lo, unsigned hi) {
        return i + k < n && p[i + k] >= lo && p[i + k] <= hi;
    };
    while (i < n) {
        unsigned const b = p[i];
        std::size_t len = 0;
        if (b < 0x80)
            len = 1;
        else if (b >= 0xC2 && b <= 0xDF && in(1, 0x80, 0xBF))
            len = 2;
        else if (b == 0xE0 && in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF))
            len = 3;
        else if (((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) && in(1, 0x80, 0xBF) &&
                 in(2, 0x80, 0xBF))
            len = 3;
        else if (b == 0xED && in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF))
            len = 3;
        else if (b == 0xF0 && in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF))
            len = 4;
        else if (b >= 0xF1 && b <= 0xF3 && in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF))
            len = 4;
        else if (b == 0xF4 && in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF))
            len = 4;
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

}  // namespace

TEST_SUITE("dsl") {
    TEST_CASE("UTF-8 validation agrees with the standard's table for every lead and continuation byte") {
        // Each sequence is tried after ASCII bytes (the eight-byte step) or right after a Chinese character
        // (as the second half of a two-character step), and before ASCII or a cut.
        int checked = 0, disagreements = 0;
        for (unsigned b0 = 0x80; b0 <= 0xFF; ++b0)
            for (unsigned b1 = 0; b1 <= 0xFF; b1 += (b0 >= 0xE0 ? 1 : 3))
                for (unsigned b2 : {0x41u, 0x7Fu, 0x80u, 0x9Fu, 0xA0u, 0xBFu, 0xC0u})
                    for (std::string const prefix :
                         {"", "a", "aaaaaaa", "aaaaaaaa", "aaaaaaaaa", "地", "地区地"})
                        for (std::size_t cut : {0u, 1u}) {
                            std::size_t const pad = prefix.size();
                            std::string s = prefix;
                            s += static_cast<char>(b0);
                            s += static_cast<char>(b1);
                            s += static_cast<char>(b2);
                            s += "\x80\x80";
                            if (cut)
                                s.resize(pad + 2);
                            else
                                s += "abcdefghij";
                            ++checked;
                            if (luoshi::common::first_invalid_utf8(s) != first_invalid(s)) ++disagreements;
                        }
        CHECK(checked > 100000);
        CHECK(disagreements == 0);
    }

    TEST_CASE("decoding tells UTF-8 from binary data and broken UTF-8 at the first bad byte") {
        int disagreements = 0;
        for (unsigned b0 = 0; b0 <= 0xFF; ++b0)
            for (unsigned b1 : {0x00u, 0x09u, 0x1Fu, 0x41u, 0x80u, 0x9Fu, 0xA0u, 0xBFu, 0xC0u})
                for (std::size_t pad : {0u, 3u, 8u, 13u, 99u}) {
                    // two Chinese characters first, so that broken UTF-8 is an error and not GB18030; with a
                    // third right before the bytes tried, those are the second half of a two-character step
                    std::string s = pad == 99 ? std::string("地区地") : "地区" + std::string(pad, 'x');
                    s += static_cast<char>(b0);
                    s += static_cast<char>(b1);
                    s += "\xA5\xBF  abcdefgh\n";
                    auto const r = luoshi::common::decode(s);
                    bool binary = false;
                    std::optional<std::size_t> bad = first_invalid(s);
                    for (std::size_t i = 0; i < s.size() && (!bad || i < *bad); ++i) {
                        auto const c = static_cast<unsigned char>(s[i]);
                        if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                            bad = i;
                            binary = true;
                            break;
                        }
                    }
                    auto const* err = std::get_if<luoshi::common::decode_error>(&r);
                    if (bool(err) != bool(bad) || (err && err->offset != *bad)) ++disagreements;
                    if (err && binary && err->message.rfind("not text", 0) != 0) ++disagreements;
                }
        CHECK(disagreements == 0);
    }
}

TEST_SUITE("dsl") {
    TEST_CASE("the word table finds the longest listed word at a place, as x3::symbols does") {
        std::vector<std::string_view> const words = {
            "一",  "一是", "一季度", "一二",     "增长", "增", "同比增长", "同比", "a",   "ab",
            "abc", "，",   "以上",   "规模以上", "一是", "¢",  "¢x",       "𠀀",   "𠀀一"};
        std::vector<std::pair<std::string_view, int>> listed;
        for (std::size_t i = 0; i < words.size(); ++i) listed.emplace_back(words[i], static_cast<int>(i));
        luoshi::dsl::detail::word_table<int> const table(listed);
        std::vector<std::string> const pieces = {"一", "是", "季", "度", "二", "增", "长", "同", "比", "a",
                                                 "b",  "c",  "，", "以", "上", "规", "模", "¢",  "x",  "𠀀"};
        std::mt19937 random(7);
        int disagreements = 0;
        for (int n = 0; n < 20000; ++n) {
            std::string s;
            for (auto k = random() % 5; k-- > 0;) s += pieces[random() % pieces.size()];
            if (s.empty()) continue;
            // by brute force: the longest listed word s starts with, the first listed on a tie
            std::optional<int> expected;
            std::size_t best = 0;
            for (std::size_t i = 0; i < words.size(); ++i)
                if (words[i].size() > best && s.compare(0, words[i].size(), words[i]) == 0)
                    best = words[i].size(), expected = static_cast<int>(i);
            std::size_t len = 0;
            int const* found = table.longest_at(s.data(), s.data() + s.size(), len);
            std::optional<int> const got = found ? std::optional<int>(*found) : std::nullopt;
            if (got != expected || (found && len != best)) ++disagreements;
        }
        CHECK(disagreements == 0);
    }
}
