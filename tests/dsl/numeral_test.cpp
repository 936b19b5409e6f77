#include "dsl/numeral.hpp"
#include "cli/output.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

TEST_SUITE("dsl") {
    TEST_CASE("numerals read to their value and stop where the numeral ends") {
        struct row {
            char const* text;
            double value;
            char const* consumed;  // the bytes read
        };
        row const rows[] = {
            {"8", 8, "8"},
            {"3.2", 3.2, "3.2"},
            {"660.5亿元", 66050000000, "660.5亿"},
            {"1,000人", 1000, "1,000"},
            {"４，５６５", 4565, "４，５６５"},
            {"８％", 8, "８"},
            {"８．５", 8.5, "８．５"},
            {"八", 8, "八"},
            {"三十", 30, "三十"},
            {"一百二十", 120, "一百二十"},
            {"两千", 2000, "两千"},
            {"一万零五", 10005, "一万零五"},
            {"〇", 0, "〇"},
            {"零点五", 0.5, "零点五"},
            {"3.2万", 32000, "3.2万"},
            {"1.04亿", 104000000, "1.04亿"},
            {"4.78万亿", 4.78e12, "4.78万亿"},
            {"3万4000", 34000, "3万4000"},
            {"25万6千", 256000, "25万6千"},
            {"70余万元", 700000, "70余万"},
            {"3000多人", 3000, "3000多"},
            {"十几万", 100000, "十几万"},
            {"15000余平方米", 15000, "15000余"},
            {"一千三", 1300, "一千三"},
            {"九万四", 94000, "九万四"},
            {"百三", 130, "百三"},
            {"两千三点一", 2300.1, "两千三点一"},
            {"十五点七", 15.7, "十五点七"},
            {"四亿五千六百四十二万零一十五", 456420015, "四亿五千六百四十二万零一十五"},
            {"十万柒仟捌佰伍拾肆", 107854, "十万柒仟捌佰伍拾肆"},
            {"负四十五亿零四百零四万", -4504040000, "负四十五亿零四百零四万"},
            {"一百零十万", 1100000, "一百零十万"},
            {"5億1萬4千6百", 500014600, "5億1萬4千6百"},
            {"两千 四 百 五", 2450, "两千 四 百 五"},
            {"-10000", -10000, "-10000"},
            {"2e5", 200000, "2e5"},
            {"15k个百分点", 15000, "15k"},
            {"5km", 5, "5"},
            {"二〇一五", 2, "二"},
            {"8,3个", 8, "8"},
        };
        for (auto const& r : rows) {
            std::string const s = r.text;
            luoshi::dsl::ast::numeral n;
            char const* end = luoshi::dsl::read_numeral(s.data(), s.data() + s.size(), n);
            CAPTURE(r.text);
            REQUIRE(end != nullptr);
            CHECK(n.value == doctest::Approx(r.value));
            CHECK(std::string(s.data(), end) == r.consumed);
        }
    }

    TEST_CASE("what is not a numeral is not read") {
        for (char const* text : {"万", "亿元", "多少", "点五", "-", "负责", "%"}) {
            std::string const s = text;
            luoshi::dsl::ast::numeral n;
            CAPTURE(text);
            CHECK(luoshi::dsl::read_numeral(s.data(), s.data() + s.size(), n) == nullptr);
        }
    }
}

TEST_SUITE("dsl") {
    TEST_CASE("a numeral whose value would be infinite is not read as one") {
        for (char const* text : {"1e999", "9^999"}) {
            std::string const s = text;
            luoshi::dsl::ast::numeral n;
            char const* end = luoshi::dsl::read_numeral(s.data(), s.data() + s.size(), n);
            CAPTURE(text);
            if (end) CHECK(std::isfinite(n.value));
        }
        std::string const digits(400, '9');
        luoshi::dsl::ast::numeral n;
        CHECK(luoshi::dsl::read_numeral(digits.data(), digits.data() + digits.size(), n) == nullptr);
    }
}

TEST_SUITE("dsl") {
    TEST_CASE("Arabic digits read to exactly the double strtod gives") {
        // Short runs take a fast path that must agree bit for bit with strtod, long runs use strtod itself.
        std::mt19937_64 random(20150120);
        int disagreements = 0;
        for (int i = 0; i < 200000; ++i) {
            std::string s;
            auto const whole = random() % 18;
            auto const fraction = random() % 4 == 0 ? 0 : random() % 18;
            for (std::uint64_t k = 0; k < whole; ++k) s += static_cast<char>('0' + random() % 10);
            if (whole == 0 && fraction == 0) s += '7';
            if (fraction > 0) s += '.';
            for (std::uint64_t k = 0; k < fraction; ++k) s += static_cast<char>('0' + random() % 10);
            luoshi::dsl::ast::numeral n;
            if (!luoshi::dsl::read_numeral(s.data(), s.data() + s.size(), n)) continue;
            double const expected = std::strtod(s.c_str(), nullptr);
            if (std::memcmp(&n.value, &expected, sizeof expected) != 0) {
                CAPTURE(s);
                ++disagreements;
            }
        }
        CHECK(disagreements == 0);
    }
}

TEST_SUITE("dsl") {
    TEST_CASE("the fast path for plain digits reads every numeral as the full reader does") {
        // Random runs of the pieces a numeral is made of and the characters that end one; the two readers
        // must agree on the end, the value (bit for bit), the scale, the flags and the lengths.
        static constexpr char const* pieces[] = {
            "0",  "1",    "2",  "5",  "7",    "9",    "00",   "123",      ".",     ",",  "，", "．", "５",
            "e",  "E",    "^",  "k",  "K",    " ",    "十",   "百",       "千",    "万", "亿", "兆", "点",
            "余", "多",   "几", "一", "三",   "零",   "〇",   "%",        "％",    "元", "人", "米", "克",
            "个", "以上", "-",  "/",  "、",   "\n",   "a",    "\xE4\xB8", "\xFF",  "萬", "億", "两", "幺",
            "拾", "仟",   "點", "幾", "万亿", "亿万", "万万", "千米",     "万千瓦"};
        std::mt19937_64 random(20160305);
        int compared = 0, disagreements = 0;
        for (int i = 0; i < 300000; ++i) {
            std::string s = std::to_string(random() % 100000);
            if (random() % 3 == 0) s += "." + std::to_string(random() % 1000);
            for (auto k = random() % 4; k > 0; --k) s += pieces[random() % std::size(pieces)];
            luoshi::dsl::ast::numeral fast, full;
            char const* const a = luoshi::dsl::read_numeral(s.data(), s.data() + s.size(), fast);
            char const* const b = luoshi::dsl::read_numeral_in_full(s.data(), s.data() + s.size(), full);
            ++compared;
            bool const same = a == b && (!a || (std::memcmp(&fast.value, &full.value, sizeof(double)) == 0 &&
                                                fast.scale == full.scale && fast.flags == full.flags &&
                                                fast.digits_len == full.digits_len && fast.len == full.len));
            if (!same) {
                CAPTURE(s);
                CHECK(same);
                if (++disagreements > 10) break;
            }
        }
        CHECK(compared == 300000);
        CHECK(disagreements == 0);
    }
}
