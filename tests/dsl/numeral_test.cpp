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
        // The digits are read with std::from_chars, which must agree bit for bit with strtod.
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
