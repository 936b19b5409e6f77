#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include "dsl/lexicon/keywords.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

// The plain parse tree of a phrase: a flat list of tokens, each with its byte span.
// Lowering (dsl/lower/) turns it into rules::statement values.
namespace luoshi::dsl::ast {

struct span {
    std::size_t begin = 0, end = 0;  // byte offsets into the phrase; set by on_success
};

// A number as written: 3.2万 → {32000, scale 1e4}; 十几万 → {100000, vague_more}.
struct numeral {
    double value = 0;
    double scale = 1;              // product of the multipliers written after the digits (万, 亿)
    std::uint16_t flags = 0;       // numeral_flag bits
    std::uint16_t digits_len = 0;  // bytes of the digits before the first trailing multiplier
    std::uint16_t len = 0;         // bytes of the whole numeral
};

enum numeral_flag : std::uint16_t {
    arabic = 1u << 0,   // has ASCII or full-width digits
    chinese = 1u << 1,  // has Chinese numerals
    decimal = 1u << 2,
    grouped = 1u << 3,       // thousands separators: 1,000
    leading_zero = 1u << 4,  // 0371: a code, not an amount
    vague_more = 1u << 5,    // 余, 多, 几
    negative = 1u << 6,
    single_cjk = 1u << 7,      // one Chinese digit alone: 一, 两 (reads as a word more often than a number)
    long_digits = 1u << 8,     // 7+ digits with no separator or decimal: a phone or document number
    lone_financial = 1u << 9,  // 伍, 陆, 拾 alone: a number only where no word surrounds it
    leading_unit = 1u << 10,   // starts with 十/百/千 and no digit: 百万 (as in 百万分之五)
};

// tenths: 七成 = 70%; discount: 8折 = 80%, 75折 = 75%
enum class mark : std::uint8_t {
    none,
    percent,
    points,
    permille,
    per_ten_thousand,
    tenths,
    discount,
    fraction
};

// 8%, 3.2万人, 3个百分点, 600亿元
struct plain_amount : span {
    numeral num;
    mark kind = mark::none;
    int unit = -1;      // index into dsl::units; -1 for none
    bool half = false;  // 一年半, 三斤半, 三成半: and a half of the unit
};

// 百分之八, 千分之三
struct percent_of : span {
    mark kind = mark::percent;
    numeral num;
};

// 三分之二 (denominator first, as written)
struct fraction_cn : span {
    numeral denominator;
    numeral numerator;
};

// 2/3
struct fraction_slash : span {
    numeral numerator;
    numeral denominator;
};

// 三百五十又三分之一, 1 4/3: a whole number and a fraction
struct mixed_cn : span {
    numeral whole;
    numeral denominator;
    numeral numerator;
};

struct mixed_slash : span {
    numeral whole;
    numeral numerator;
    numeral denominator;
};

// 五五折, 三八折: two digits before 折 are a discount of 55%, 38%
struct discount_pair : span {
    int tens = 0;
    int ones = 0;
};

using amount = boost::spirit::x3::variant<plain_amount, percent_of, fraction_cn, fraction_slash, mixed_cn,
                                          mixed_slash, discount_pair>;

struct quantity : span {
    amount first;
    boost::optional<amount> second;  // the upper bound of a range: 6.5%—7%
    std::vector<numeral> ratio;      // further parts of a ratio: 1:82.4:16.6
    // the unit it is counted per, as written after a slash (30万元/人, 0.8人/百亿元): bytes, empty when none;
    // set by the tokenizer, not the grammar
    std::size_t per_begin = 0, per_end = 0;
    bool per_of_next = false;  // 每千人5批次: 千人 is what the next amount is counted per, no amount itself
};

enum class year_ref : std::uint8_t { this_year, next_year, last_year, year_before_last, year_after_next };

enum class time_part : std::uint8_t {
    whole,
    end,
    within,
    first_half,
    second_half,
    q1,
    q2,
    q3,
    q4,
    first_three_quarters,
    before,
    start,
    month_end,
    month_before,
};

struct time_expr : span {
    boost::optional<int> year;
    boost::optional<year_ref> relative;
    boost::optional<int> from_month;  // 1-10月: the first month of a span of months
    boost::optional<int> month;
    boost::optional<int> day;
    boost::optional<time_part> part;
};

struct plan_expr : span {
    int number = 0;                   // 十三五 → 13
    boost::optional<time_part> part;  // 末 → end, 期间 → whole
};

enum class token_kind : std::uint8_t { keyword, time, plan, quantity, other };

// One token of a phrase: what it is and its bytes. A keyword's `index` is into dsl::keywords (its role is
// kept with it); a time's, a plan's or a quantity's is into the phrase's list of those; `other` is text that
// no rule reads, and the tokenizer notes whether a one-character one is punctuation or white space.
struct token {
    token_kind kind = token_kind::other;
    std::uint32_t index = 0;
    std::size_t begin = 0, end = 0;
    dsl::role role = dsl::role::word;  // a keyword's
    bool punct = false;                // `other`: one code point of punctuation or white space
    bool space = false;                // `other`: one code point of white space

    bool is(dsl::role r) const { return kind == token_kind::keyword && role == r; }
};

// The tokens of one phrase and the parse trees they refer to.
struct phrase {
    std::vector<token> tokens;
    std::vector<time_expr> times;
    std::vector<plan_expr> plans;
    std::vector<quantity> quantities;
};

}  // namespace luoshi::dsl::ast
