#include "dsl/numeral.hpp"

#include "dsl/detail/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

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

// digits ÷ 10^fraction for at most 15 digits: both exact doubles, their quotient correctly rounded.
double exact_decimal(std::uint64_t digits, int fraction) {
    static constexpr double powers_of_ten[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                               1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    auto const whole = static_cast<double>(digits);
    return fraction > 0 ? whole / powers_of_ten[fraction] : whole;
}

// The value of the digits in buf ("660.5", "1000", ".5"), exactly what strtod gives. Up to 15 digits the
// digits as an integer and the power of ten are both exact doubles, and IEEE division rounds their quotient
// correctly, as strtod rounds the decimal (Clinger's fast path); longer runs go through strtod.
double decimal_value(char const* buf, std::size_t nb) {
    std::uint64_t digits = 0;
    int count = 0, fraction = -1;
    for (std::size_t i = 0; i < nb; ++i) {
        if (buf[i] == '.') {
            fraction = 0;
            continue;
        }
        digits = digits * 10 + static_cast<std::uint64_t>(buf[i] - '0');
        if (++count > 15) return std::strtod(buf, nullptr);
        if (fraction >= 0) ++fraction;
    }
    return exact_decimal(digits, fraction);
}

struct cursor {
    char const* p;
    char const* last;
    char32_t peek(int& len) const {
        char32_t c = 0;
        len = p < last ? detail::decode_utf8(p, last, c) : 0;
        return len ? c : 0;
    }
};

// Reads an Arabic number: digits with thousands separators and a decimal part, full-width or not. The digits
// are read as strtod reads them (decimal_value), so 1.7 is the double nearest to 1.7 and not 1 + 7 × 0.1.
char const* read_arabic(char const* p, char const* last, double& value, std::uint16_t& flags) {
    cursor c{p, last};
    char buf[64];
    std::size_t nb = 0;
    auto put = [&](char ch) {
        if (nb + 1 < sizeof buf) buf[nb++] = ch;
    };
    int n = 0, len = 0, run = 0;
    bool first_zero = false;
    for (;;) {
        char32_t ch = c.peek(len);
        int d = arabic_digit(ch);
        if (d >= 0) {
            if (n == 0 && d == 0) first_zero = true;
            put(static_cast<char>('0' + d));
            ++n;
            ++run;
            c.p += len;
            continue;
        }
        // A separator counts only between groups of exactly three digits: 1,000 but not 8,3个.
        if (is_comma(ch) && n > 0 && run <= 3 && !first_zero) {
            char const* q = c.p + len;
            int k = 0, l2 = 0;
            while (k < 4) {
                cursor t{q, last};
                if (arabic_digit(t.peek(l2)) < 0) break;
                q += l2;
                ++k;
            }
            if (k == 3) {
                flags |= ast::grouped;
                run = 0;
                c.p += len;
                continue;
            }
        }
        break;
    }
    if (n == 0 && !is_point(c.peek(len))) return nullptr;  // .5 is read below
    if (n > 30) return nullptr;  // a run of thirty digits is a code or noise, never an amount
    if (first_zero && n > 1) flags |= ast::leading_zero;
    char32_t ch = c.peek(len);
    if (is_point(ch)) {
        cursor frac{c.p + len, last};
        int l2 = 0, k = 0;
        std::size_t const mark = nb;
        put('.');
        for (int d; (d = arabic_digit(frac.peek(l2))) >= 0;) {
            put(static_cast<char>('0' + d));
            frac.p += l2;
            ++k;
        }
        if (k > 0) {
            flags |= ast::decimal;
            c.p = frac.p;
        } else {
            nb = mark;
            if (n == 0) return nullptr;
        }
    }
    buf[nb] = '\0';
    double v = decimal_value(buf, nb);
    if (n >= 7 && !(flags & (ast::grouped | ast::decimal))) flags |= ast::long_digits;
    // 2e5, 12.32e+14, 2^5; 15k (but not 5km)
    ch = c.peek(len);
    if (ch == U'e' || ch == U'E' || ch == U'^') {
        cursor e{c.p + len, last};
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
        int l3 = 0;
        double const with_exponent = ch == U'^' ? std::pow(v, xs * x) : v * std::pow(10.0, xs * x);
        if (k > 0 && !is_ascii_alpha(e.peek(l3)) && std::isfinite(with_exponent)) {
            v = with_exponent;
            c.p = e.p;
        }
    } else if (ch == U'k' || ch == U'K') {
        cursor e{c.p + len, last};
        int l2 = 0;
        if (!is_ascii_alpha(e.peek(l2))) {
            v *= 1000;
            c.p = e.p;
        }
    }
    if (!std::isfinite(v)) return nullptr;  // four hundred digits in a row are no amount
    value = v;
    return c.p;
}

// What may go on with a numeral after its digits or after a multiplier: more digits, a Chinese unit (十), a
// Chinese decimal point, a vague 余, or a space before more of it.
bool goes_on_with_a_numeral(char32_t c) {
    switch (c) {
        case U' ':
        case U'点':
        case U'點':
        case U'余':
        case U'多':
        case U'几':
        case U'幾': return true;
        default: return arabic_digit(c) >= 0 || small_unit(c) > 0;
    }
}

// Whether a numeral that has read Arabic digits may go on at c: the above, separators and exponents (，, e,
// k), or a multiplier (万).
bool may_continue_arabic(char32_t c) {
    switch (c) {
        case U',':
        case U'.':
        case U'e':
        case U'E':
        case U'^':
        case U'k':
        case U'K':
        case U'，':
        case U'．': return true;
        default: return goes_on_with_a_numeral(c) || big_unit(c) > 0;
    }
}

// The common case, 8% or 660.5亿: ASCII digits, perhaps a decimal part and multipliers, and then nothing a
// numeral goes on with. Returns the end, or nullptr to leave the numeral to the full reader, which
// gives the same result for every numeral this one reads (tests/dsl/numeral_test.cpp compares them).
char const* read_plain_digits(char const* first, char const* last, ast::numeral& out) {
    char const* p = first;
    std::uint64_t digits = 0;
    int n = 0;
    while (p < last && *p >= '0' && *p <= '9' && n <= 15)
        digits = digits * 10 + static_cast<unsigned>(*p++ - '0'), ++n;
    int fraction = 0;
    if (p < last && *p == '.' && p + 1 < last && p[1] >= '0' && p[1] <= '9') {
        ++p;
        while (p < last && *p >= '0' && *p <= '9' && n <= 15)
            digits = digits * 10 + static_cast<unsigned>(*p++ - '0'), ++n, ++fraction;
    }
    if (n > 15) return nullptr;  // past an exact double: strtod's rounding, in the full reader
    double value = exact_decimal(digits, fraction);
    // Multipliers after the digits (660.5亿, 4.78万亿): each multiplies what is there, in the order written,
    // as the full reader multiplies them
    char const* const digits_end = p;
    double scale = 1;
    char32_t c = 0;
    int len = 0;
    while (p < last) {
        c = static_cast<unsigned char>(*p);
        len = 1;
        if (c >= 0x80 && (len = detail::decode_utf8(p, last, c)) == 0) return nullptr;
        double const big = big_unit(c);
        if (big == 0) break;
        value *= big;
        scale *= big;
        p += len;
    }
    if (p < last) {
        if (p == digits_end) {
            // right after the digits: nothing that goes on with them (a separator, a decimal part, 十, 余)
            if (may_continue_arabic(c) && !(fraction > 0 && c == U'.')) return nullptr;
        } else if (goes_on_with_a_numeral(c) || cjk_digit(c) >= 0) {
            return nullptr;  // after a multiplier: more of the number (3万4000, 3万余, 3万四)
        }
    }
    if (!std::isfinite(value)) return nullptr;
    std::uint16_t flags = ast::arabic;
    if (*first == '0' && n - fraction > 1) flags |= ast::leading_zero;
    if (fraction > 0) flags |= ast::decimal;
    if (n >= 7 && fraction == 0) flags |= ast::long_digits;
    out = ast::numeral{};
    out.value = value;
    out.scale = scale;
    out.flags = flags;
    out.digits_len = static_cast<std::uint16_t>(digits_end - first);
    out.len = static_cast<std::uint16_t>(p - first);
    return p;
}

}  // namespace

char const* read_numeral(char const* first, char const* last, ast::numeral& out) {
    if (first < last && *first >= '0' && *first <= '9')
        if (char const* end = read_plain_digits(first, last, out)) return end;
    return read_numeral_in_full(first, last, out);
}

char const* read_numeral_in_full(char const* first, char const* last, ast::numeral& out) {
    cursor c{first, last};
    out = ast::numeral{};
    std::uint16_t flags = 0;
    double sign = 1;
    int len = 0;
    char32_t ch = c.peek(len);
    if (ch == U'-' || ch == U'－' || ch == U'负' || ch == U'負') {
        cursor after{c.p + len, last};
        int l2 = 0;
        char32_t n = after.peek(l2);
        if (arabic_digit(n) < 0 && cjk_digit(n) < 0 && small_unit(n) == 0 && !is_point(n)) return nullptr;
        sign = -1;
        flags |= ast::negative;
        c.p += len;
    }
    char const* const start = c.p;

    double total = 0, section = 0, current = 0;
    bool have_current = false;     // a digit waits for its unit
    bool any = false;              // something numeric was read
    double last_unit = 0;          // the unit just before a trailing lone digit: 九万四 → 94000
    bool zero_since_unit = false;  // 一万零五: the 零 forbids the abbreviation
    bool current_is_cjk_digit = false;
    bool prev_was_digit = false;
    int pieces = 0;
    char const* digits_end = nullptr;  // before the first trailing multiplier
    double scale = 1;
    double largest_big = 0;
    bool trailing_multipliers = false;
    char const* end = nullptr;

    for (;;) {
        ch = c.peek(len);
        if (!len) break;
        // Spaces inside a numeral only when more of it follows: 两千 四 百 五, 1000  万.
        if (ch == U' ' && any) {
            char const* q = c.p;
            while (q < last && *q == ' ') ++q;
            cursor t{q, last};
            int l2 = 0;
            char32_t n = t.peek(l2);
            bool numeric_next = (cjk_digit(n) >= 0 && !prev_was_digit) || small_unit(n) > 0 ||
                                big_unit(n) > 0 || n == U'余' || n == U'几' || n == U'幾' || n == U'点' ||
                                n == U'點' || (arabic_digit(n) >= 0 && !prev_was_digit);
            if (!numeric_next) break;
            c.p = q;
            continue;
        }
        int a = arabic_digit(ch);
        if (a >= 0 || (is_point(ch) && !any)) {
            if (prev_was_digit) break;  // two numbers in a row
            double v = 0;
            char const* after = read_arabic(c.p, last, v, flags);
            if (!after) break;
            flags |= ast::arabic;
            current = v;
            have_current = true;
            current_is_cjk_digit = false;
            prev_was_digit = true;
            any = true;
            ++pieces;
            c.p = after;
            end = c.p;
            if (trailing_multipliers) trailing_multipliers = false, digits_end = nullptr, scale = 1;
            continue;
        }
        int d = cjk_digit(ch);
        if (d == 0) {
            // 零 between units; alone it is the number 0 (零点五)
            if (prev_was_digit) break;  // 二〇一五 is a digit string (a year), not an amount
            zero_since_unit = true;
            flags |= ast::chinese;
            any = true;
            prev_was_digit = false;
            ++pieces;
            c.p += len;
            end = c.p;
            continue;
        }
        if (d > 0) {
            if (prev_was_digit) break;  // 一二: two numbers, or a word
            current = d;
            have_current = true;
            current_is_cjk_digit = true;
            prev_was_digit = true;
            flags |= ast::chinese;
            any = true;
            ++pieces;
            c.p += len;
            end = c.p;
            if (trailing_multipliers) trailing_multipliers = false, digits_end = nullptr, scale = 1;
            continue;
        }
        double u = small_unit(ch);
        if (u == 1000 && any) {
            // 80千米, 20万千瓦, 5千克: 千 belongs to the unit
            cursor after{c.p + len, last};
            int l2 = 0;
            char32_t n = after.peek(l2);
            if (n == U'米' || n == U'瓦' || n == U'克') break;
        }
        if (u > 0) {
            if (!any || (pieces == 1 && zero_since_unit && !have_current && section == 0 && total == 0))
                flags |= ast::leading_unit;
            // 十 alone is 10; after another small unit without a digit (十百) it is not a numeral.
            if (!have_current && any && !zero_since_unit && section > 0 && !prev_was_digit) break;
            double m = have_current ? current : 1;
            section += m * u;
            current = 0;
            have_current = false;
            last_unit = u;
            zero_since_unit = false;
            prev_was_digit = false;
            flags |= ast::chinese;
            any = true;
            ++pieces;
            c.p += len;
            end = c.p;
            continue;
        }
        double big = big_unit(ch);
        if (big > 0) {
            if (!any) break;  // 万 alone is not a number
            double sec = section + (have_current ? current : 0);
            if (!trailing_multipliers) {
                digits_end = c.p;
                trailing_multipliers = true;
            }
            if (sec == 0 && total > 0 && big <= largest_big) {
                total *= big;  // 一万万
            } else if (big > largest_big) {
                total = (total + sec) * big;  // 一万亿: 亿 multiplies what came before
            } else {
                total += sec * big;  // 五兆六十二亿: 亿 adds to what 兆 made
            }
            largest_big = std::max(largest_big, big);
            scale *= big;
            section = 0;
            current = 0;
            have_current = false;
            last_unit = big;
            zero_since_unit = false;
            prev_was_digit = false;
            any = true;
            ++pieces;
            c.p += len;
            end = c.p;
            continue;
        }
        if ((ch == U'点' || ch == U'點') && any) {
            // Chinese decimal part: 十五点七, 一千六点五
            cursor frac{c.p + len, last};
            while (frac.p < last && *frac.p == ' ') ++frac.p;  // 四百 点 五
            int l2 = 0, k = 0;
            double f = 0, fs = 0.1;
            for (;;) {
                char32_t n = frac.peek(l2);
                int dd = cjk_digit(n);
                if (dd < 0) dd = arabic_digit(n);
                if (dd < 0) break;
                f += dd * fs;
                fs /= 10;
                frac.p += l2;
                ++k;
            }
            if (k == 0) break;
            double whole = total + section + (have_current ? current : 0);
            if (have_current && current_is_cjk_digit && last_unit >= 10 && !zero_since_unit && pieces > 1)
                whole = total + section + current * last_unit / 10;  // 两千三点一 → 2300.1
            total = 0;
            section = 0;
            current = whole + f;
            have_current = true;
            current_is_cjk_digit = false;
            last_unit = 0;
            flags |= ast::decimal;
            prev_was_digit = true;
            c.p = frac.p;
            end = c.p;
            continue;
        }
        if ((ch == U'余' || ch == U'多' || ch == U'几' || ch == U'幾') && any) {
            // 十几万, 70余万元, 3000多人; 多 must follow a digit or unit, not start a word (多少).
            cursor after{c.p + len, last};
            int l2 = 0;
            char32_t n = after.peek(l2);
            if (ch == U'多' && (n == U'少' || n == U'样' || n == U'种')) break;
            flags |= ast::vague_more;
            prev_was_digit = false;
            c.p += len;
            end = c.p;
            continue;
        }
        break;
    }
    if (!any || !end) return nullptr;
    if (pieces == 1 && !(flags & ast::arabic)) {
        // 陆地, 队伍, 收拾: alone, the financial forms are more often part of a word (the caller looks at
        // the neighbours, which it can see and this function cannot)
        cursor one{start, last};
        int l1 = 0;
        if (is_financial_numeral(one.peek(l1))) flags |= ast::lone_financial;
    }

    double value;
    if (have_current && current_is_cjk_digit && last_unit >= 10 && !zero_since_unit && pieces > 1)
        value = total + section + current * last_unit / 10;  // 一千三 → 1300, 九万四 → 94000
    else
        value = total + section + (have_current ? current : 0);

    if (pieces == 1 && (flags & ast::chinese) && !(flags & ast::arabic)) flags |= ast::single_cjk;
    if (!std::isfinite(value)) return nullptr;
    out.value = sign * value;
    out.scale = trailing_multipliers ? scale : 1;
    out.flags = flags;
    out.digits_len =
        static_cast<std::uint16_t>((trailing_multipliers && digits_end ? digits_end : end) - first);
    out.len = static_cast<std::uint16_t>(end - first);
    return end;
}

}  // namespace luoshi::dsl
