#include "dsl/numeral.hpp"

#include "common/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace luoshi::dsl {
namespace {

enum class kind { none, digit, zero, small_unit, big_unit, point, vague, space, sign };

struct piece {
    kind k = kind::none;
    double value = 0;  // the digit, or the unit's multiplier
    int len = 0;       // bytes
};

int cjk_digit(char32_t c) {
    switch (c) {
        case U'零':
        case U'〇':
        case U'○': return 0;
        case U'一':
        case U'壹':
        case U'幺': return 1;
        case U'二':
        case U'贰':
        case U'貳':
        case U'两':
        case U'兩':
        case U'倆': return 2;
        case U'三':
        case U'叁':
        case U'參': return 3;
        case U'四':
        case U'肆': return 4;
        case U'五':
        case U'伍': return 5;
        case U'六':
        case U'陆':
        case U'陸': return 6;
        case U'七':
        case U'柒': return 7;
        case U'八':
        case U'捌': return 8;
        case U'九':
        case U'玖': return 9;
        default: return -1;
    }
}

double small_unit(char32_t c) {
    switch (c) {
        case U'十':
        case U'拾': return 10;
        case U'百':
        case U'佰': return 100;
        case U'千':
        case U'仟': return 1000;
        default: return 0;
    }
}

double big_unit(char32_t c) {
    switch (c) {
        case U'万':
        case U'萬': return 1e4;
        case U'亿':
        case U'億': return 1e8;
        case U'兆': return 1e12;
        default: return 0;
    }
}

int arabic_digit(char32_t c) {
    if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
    if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
    return -1;
}

bool is_point(char32_t c) { return c == U'.' || c == U'．'; }
bool is_comma(char32_t c) { return c == U',' || c == U'，'; }
bool is_ascii_alpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

struct cursor {
    char const* p;
    char const* last;
    char32_t peek(int& len) const {
        char32_t c = 0;
        len = p < last ? common::decode_utf8(p, last, c) : 0;
        return len ? c : 0;
    }
};

// The digits of an Arabic number, full-width or not, with thousands separators: into buf as ASCII. Returns
// the end, or nullptr past thirty digits (a code or noise, never an amount).
char const* read_whole_digits(cursor c, std::string& buf, std::uint16_t& flags, int& count) {
    int len = 0, run = 0;
    bool first_zero = false;
    for (;;) {
        char32_t const ch = c.peek(len);
        int const d = arabic_digit(ch);
        if (d >= 0) {
            if (count == 0 && d == 0) first_zero = true;
            buf += static_cast<char>('0' + d);
            // stop at once: read to its end from each of its digits, a long run took time squared
            if (++count > 30) return nullptr;
            ++run;
            c.p += len;
            continue;
        }
        // A separator counts only between groups of exactly three digits: 1,000 but not 8,3个.
        if (is_comma(ch) && count > 0 && run <= 3 && !first_zero) {
            cursor t{c.p + len, c.last};
            int k = 0, l2 = 0;
            while (k < 4 && arabic_digit(t.peek(l2)) >= 0) t.p += l2, ++k;
            if (k == 3) {
                flags |= ast::grouped;
                run = 0;
                c.p += len;
                continue;
            }
        }
        break;
    }
    if (first_zero && count > 1) flags |= ast::leading_zero;
    return c.p;
}

// 2e5, 12.32e+14, 2^5; 15k (but not 5km): an exponent or a thousand after the digits, applied to v. Returns
// the end.
char const* read_exponent(cursor c, double& v) {
    int len = 0;
    char32_t const ch = c.peek(len);
    if (ch == U'e' || ch == U'E' || ch == U'^') {
        cursor e{c.p + len, c.last};
        int l2 = 0, x = 0, k = 0, d;
        double xs = 1;
        for (char32_t sg = e.peek(l2); sg == U'+' || sg == U'-' || sg == U'－' || sg == U'＋';
             sg = e.peek(l2)) {
            if (sg == U'-' || sg == U'－') xs = -xs;
            e.p += l2;
        }
        while ((d = arabic_digit(e.peek(l2))) >= 0 && k < 3) {
            x = x * 10 + d;
            e.p += l2;
            ++k;
        }
        double const with_exponent = ch == U'^' ? std::pow(v, xs * x) : v * std::pow(10.0, xs * x);
        if (k > 0 && !is_ascii_alpha(e.peek(l2)) && std::isfinite(with_exponent)) {
            v = with_exponent;
            return e.p;
        }
    } else if (ch == U'k' || ch == U'K') {
        cursor e{c.p + len, c.last};
        int l2 = 0;
        if (!is_ascii_alpha(e.peek(l2))) {
            v *= 1000;
            return e.p;
        }
    }
    return c.p;
}

// Reads an Arabic number: digits with thousands separators and a decimal part, full-width or not, and an
// exponent. The digits are read as strtod reads them, so 1.7 is the double nearest to 1.7 and not
// 1 + 7 × 0.1.
char const* read_arabic(char const* p, char const* last, double& value, std::uint16_t& flags) {
    std::string buf;
    int n = 0, len = 0;
    char const* at = read_whole_digits(cursor{p, last}, buf, flags, n);
    if (!at) return nullptr;
    cursor c{at, last};
    if (n == 0 && !is_point(c.peek(len))) return nullptr;  // .5 is read below
    if (is_point(c.peek(len))) {
        cursor frac{c.p + len, last};
        int l2 = 0, k = 0;
        std::string decimals = ".";
        for (int d; (d = arabic_digit(frac.peek(l2))) >= 0; frac.p += l2, ++k)
            decimals += static_cast<char>('0' + d);
        if (k > 0) {
            flags |= ast::decimal;
            buf += decimals;
            c.p = frac.p;
        } else if (n == 0) {
            return nullptr;
        }
    }
    double v = 0;
    std::from_chars(buf.data(), buf.data() + buf.size(), v);
    if (n >= 7 && !(flags & (ast::grouped | ast::decimal))) flags |= ast::long_digits;
    c.p = read_exponent(c, v);
    if (!std::isfinite(v)) return nullptr;  // four hundred digits in a row are no amount
    value = v;
    return c.p;
}

// A Chinese numeral (and the Arabic digits mixed into one: 3万4000, 5億1萬4千6百), read piece by piece:
// digits wait for their unit (三千), units add up in a section (三千五百), big units (万, 亿) multiply what
// came before, and a lone digit after a unit abbreviates (一千三 → 1300).
class numeral_reader {
public:
    numeral_reader(char const* first, char const* last) : first_(first), c_{first, last} {}

    char const* read(ast::numeral& out);

private:
    // Each piece: false where the numeral ends before it.
    bool space();
    bool arabic();
    bool zero(int len);
    bool digit(int d, int len);
    bool small(double unit, int len);
    bool big(double unit, int len);
    bool point(int len);
    bool vague(char32_t ch, int len);

    void took(char const* to) {
        c_.p = to;
        end_ = to;
    }
    // a digit or an Arabic number after trailing multipliers: they were no trailing multipliers after all
    void digits_after_multipliers() {
        if (trailing_multipliers_) trailing_multipliers_ = false, digits_end_ = nullptr, scale_ = 1;
    }
    // 一千三 → 1300, 九万四 → 94000: a lone digit after a unit abbreviates the next unit down
    bool abbreviated() const {
        return have_current_ && current_is_cjk_digit_ && last_unit_ >= 10 && !zero_since_unit_ && pieces_ > 1;
    }

    char const* first_;
    cursor c_;
    std::uint16_t flags_ = 0;
    double total_ = 0, section_ = 0, current_ = 0;
    bool have_current_ = false;     // a digit waits for its unit
    bool any_ = false;              // something numeric was read
    double last_unit_ = 0;          // the unit just before a trailing lone digit: 九万四 → 94000
    bool zero_since_unit_ = false;  // 一万零五: the 零 forbids the abbreviation
    bool current_is_cjk_digit_ = false;
    bool prev_was_digit_ = false;
    int pieces_ = 0;
    char const* digits_end_ = nullptr;  // before the first trailing multiplier
    double scale_ = 1;
    double largest_big_ = 0;
    bool trailing_multipliers_ = false;
    char const* end_ = nullptr;
};

// Spaces inside a numeral only when more of it follows: 两千 四 百 五, 1000  万.
bool numeral_reader::space() {
    char const* q = c_.p;
    while (q < c_.last && *q == ' ') ++q;
    int l2 = 0;
    char32_t const n = cursor{q, c_.last}.peek(l2);
    bool const numeric_next = (cjk_digit(n) >= 0 && !prev_was_digit_) || small_unit(n) > 0 ||
                              big_unit(n) > 0 || n == U'余' || n == U'几' || n == U'幾' || n == U'点' ||
                              n == U'點' || (arabic_digit(n) >= 0 && !prev_was_digit_);
    if (!numeric_next) return false;
    c_.p = q;
    return true;
}

bool numeral_reader::arabic() {
    if (prev_was_digit_) return false;  // two numbers in a row
    double v = 0;
    char const* after = read_arabic(c_.p, c_.last, v, flags_);
    if (!after) return false;
    flags_ |= ast::arabic;
    current_ = v;
    have_current_ = true;
    current_is_cjk_digit_ = false;
    prev_was_digit_ = true;
    any_ = true;
    ++pieces_;
    took(after);
    digits_after_multipliers();
    return true;
}

// 零 between units; alone it is the number 0 (零点五)
bool numeral_reader::zero(int len) {
    if (prev_was_digit_) return false;  // 二〇一五 is a digit string (a year), not an amount
    zero_since_unit_ = true;
    flags_ |= ast::chinese;
    any_ = true;
    prev_was_digit_ = false;
    ++pieces_;
    took(c_.p + len);
    return true;
}

bool numeral_reader::digit(int d, int len) {
    if (prev_was_digit_) return false;  // 一二: two numbers, or a word
    current_ = d;
    have_current_ = true;
    current_is_cjk_digit_ = true;
    prev_was_digit_ = true;
    flags_ |= ast::chinese;
    any_ = true;
    ++pieces_;
    took(c_.p + len);
    digits_after_multipliers();
    return true;
}

// 十, 百, 千
bool numeral_reader::small(double u, int len) {
    if (u == 1000 && any_) {
        // 80千米, 20万千瓦, 5千克: 千 belongs to the unit
        int l2 = 0;
        char32_t const n = cursor{c_.p + len, c_.last}.peek(l2);
        if (n == U'米' || n == U'瓦' || n == U'克') return false;
    }
    if (!any_ || (pieces_ == 1 && zero_since_unit_ && !have_current_ && section_ == 0 && total_ == 0))
        flags_ |= ast::leading_unit;
    // 十 alone is 10; after another small unit without a digit (十百) it is not a numeral.
    if (!have_current_ && any_ && !zero_since_unit_ && section_ > 0 && !prev_was_digit_) return false;
    section_ += (have_current_ ? current_ : 1) * u;
    current_ = 0;
    have_current_ = false;
    last_unit_ = u;
    zero_since_unit_ = false;
    prev_was_digit_ = false;
    flags_ |= ast::chinese;
    any_ = true;
    ++pieces_;
    took(c_.p + len);
    return true;
}

// 万, 亿, 兆
bool numeral_reader::big(double u, int len) {
    if (!any_) return false;  // 万 alone is not a number
    double const sec = section_ + (have_current_ ? current_ : 0);
    if (!trailing_multipliers_) {
        digits_end_ = c_.p;
        trailing_multipliers_ = true;
    }
    if (sec == 0 && total_ > 0 && u <= largest_big_) {
        total_ *= u;  // 一万万
    } else if (u > largest_big_) {
        total_ = (total_ + sec) * u;  // 一万亿: 亿 multiplies what came before
    } else {
        total_ += sec * u;  // 五兆六十二亿: 亿 adds to what 兆 made
    }
    largest_big_ = std::max(largest_big_, u);
    scale_ *= u;
    section_ = 0;
    current_ = 0;
    have_current_ = false;
    last_unit_ = u;
    zero_since_unit_ = false;
    prev_was_digit_ = false;
    any_ = true;
    ++pieces_;
    took(c_.p + len);
    return true;
}

// A Chinese decimal part: 十五点七, 一千六点五, 四百 点 五
bool numeral_reader::point(int len) {
    cursor frac{c_.p + len, c_.last};
    while (frac.p < c_.last && *frac.p == ' ') ++frac.p;
    int l2 = 0, k = 0;
    double f = 0, fs = 0.1;
    for (;;) {
        char32_t const n = frac.peek(l2);
        int dd = cjk_digit(n);
        if (dd < 0) dd = arabic_digit(n);
        if (dd < 0) break;
        f += dd * fs;
        fs /= 10;
        frac.p += l2;
        ++k;
    }
    if (k == 0) return false;
    double whole = total_ + section_ + (have_current_ ? current_ : 0);
    if (abbreviated()) whole = total_ + section_ + current_ * last_unit_ / 10;  // 两千三点一 → 2300.1
    total_ = 0;
    section_ = 0;
    current_ = whole + f;
    have_current_ = true;
    current_is_cjk_digit_ = false;
    last_unit_ = 0;
    flags_ |= ast::decimal;
    prev_was_digit_ = true;
    took(frac.p);
    return true;
}

// 十几万, 70余万元, 3000多人; 多 must follow a digit or unit, not start a word (多少).
bool numeral_reader::vague(char32_t ch, int len) {
    int l2 = 0;
    char32_t const n = cursor{c_.p + len, c_.last}.peek(l2);
    if (ch == U'多' && (n == U'少' || n == U'样' || n == U'种')) return false;
    flags_ |= ast::vague_more;
    prev_was_digit_ = false;
    took(c_.p + len);
    return true;
}

char const* numeral_reader::read(ast::numeral& out) {
    out = ast::numeral{};
    double sign = 1;
    int len = 0;
    char32_t ch = c_.peek(len);
    if (ch == U'-' || ch == U'－' || ch == U'负' || ch == U'負') {
        int l2 = 0;
        char32_t const n = cursor{c_.p + len, c_.last}.peek(l2);
        if (arabic_digit(n) < 0 && cjk_digit(n) < 0 && small_unit(n) == 0 && !is_point(n)) return nullptr;
        sign = -1;
        flags_ |= ast::negative;
        c_.p += len;
    }
    char const* const start = c_.p;
    for (bool more = true; more;) {
        ch = c_.peek(len);
        if (!len) break;
        int const d = cjk_digit(ch);
        if (ch == U' ' && any_)
            more = space();
        else if (arabic_digit(ch) >= 0 || (is_point(ch) && !any_))
            more = arabic();
        else if (d == 0)
            more = zero(len);
        else if (d > 0)
            more = digit(d, len);
        else if (small_unit(ch) > 0)
            more = small(small_unit(ch), len);
        else if (big_unit(ch) > 0)
            more = big(big_unit(ch), len);
        else if ((ch == U'点' || ch == U'點') && any_)
            more = point(len);
        else if ((ch == U'余' || ch == U'多' || ch == U'几' || ch == U'幾') && any_)
            more = vague(ch, len);
        else
            more = false;
    }
    if (!any_ || !end_) return nullptr;
    // 陆地, 队伍, 收拾: alone, the financial forms are more often part of a word (the caller looks at the
    // neighbours, which it can see and this function cannot)
    int l1 = 0;
    if (pieces_ == 1 && !(flags_ & ast::arabic) && is_financial_numeral(cursor{start, c_.last}.peek(l1)))
        flags_ |= ast::lone_financial;
    double const value = abbreviated() ? total_ + section_ + current_ * last_unit_ / 10
                                       : total_ + section_ + (have_current_ ? current_ : 0);
    if (pieces_ == 1 && (flags_ & ast::chinese) && !(flags_ & ast::arabic)) flags_ |= ast::single_cjk;
    if (!std::isfinite(value)) return nullptr;
    out.value = sign * value;
    out.scale = trailing_multipliers_ ? scale_ : 1;
    out.flags = flags_;
    out.digits_len =
        static_cast<std::uint16_t>((trailing_multipliers_ && digits_end_ ? digits_end_ : end_) - first_);
    out.len = static_cast<std::uint16_t>(end_ - first_);
    return end_;
}

}  // namespace

char const* read_numeral(char const* first, char const* last, ast::numeral& out) {
    return numeral_reader(first, last).read(out);
}

}  // namespace luoshi::dsl
