#pragma once

#include "common/utf8.hpp"
#include "dsl/ast.hpp"
#include "dsl/detail/ast_adapted.hpp"
#include "dsl/detail/config.hpp"
#include "dsl/detail/phrase.hpp"
#include "dsl/detail/scan.hpp"
#include "dsl/detail/word_table.hpp"
#include "dsl/lexicon/keywords.hpp"
#include "dsl/lexicon/units.hpp"
#include "dsl/numeral.hpp"

#include <type_traits>

// The phrase grammar: the rules for the tokens of a phrase (time expressions, plan names, quantities;
// keywords are a table lookup, detail/scan.hpp). dsl/parse.cpp walks the text and calls them where
// detail/scan.hpp says one may start; dsl/lower.cpp gives the token list its meaning.
namespace luoshi::dsl::parser {

using detail::inside_word;
using detail::is_word_char;
using detail::minus_ends_word;
using detail::starts;
using detail::starts_number;

// Called when a `>` expectation fails. It records and does not print: only the caller knows the
// file name and where the phrase sits in it.
struct record_failure {
    template <typename It, typename Exception, typename Context>
    x3::error_handler_result on_error(It&, It const&, Exception const& x, Context const& ctx) const {
        auto& state = x3::get<state_tag>(ctx).get();
        state.failures.push_back({static_cast<std::size_t>(x.where() - state.base), x.which()});
        return x3::error_handler_result::fail;
    }
};

// Records the byte span of what a rule matched.
struct record_span {
    template <typename It, typename Attr, typename Context>
    void on_success(It const& first, It const& last, Attr& attr, Context const& ctx) const {
        auto const& state = x3::get<state_tag>(ctx).get();
        attr.begin = static_cast<std::size_t>(first - state.base);
        attr.end = static_cast<std::size_t>(last - state.base);
    }
};

inline bool ascii_unit_follows(char const* p, char const* last) {
    char const* e = p;
    while (e != last && ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z') || (*e >= '0' && *e <= '9')))
        ++e;
    std::string_view const word(p, static_cast<std::size_t>(e - p));
    for (auto const& u : units)
        if (u.text == word) return true;
    return false;
}

// The numeral at first into state.numeral, read once per position: the alternatives of an amount all start
// with one. Returns its end, nullptr when none starts there.
inline char const* read_numeral_once(parse_state& state, char const* first, char const* last) {
    if (state.numeral_at != first) {
        state.numeral_at = first;
        state.numeral_end = read_numeral(first, last, state.numeral);
    }
    return state.numeral_end;
}

// A numeral (read by dsl::read_numeral), as an X3 primitive like x3::double_.
struct numeral_parser : x3::parser<numeral_parser> {
    using attribute_type = ast::numeral;
    static bool const has_attribute = true;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const& ctx, RContext&, Attribute& attr) const {
        if (first == last) return false;
        auto& state = x3::get<state_tag>(ctx).get();
        if (!read_numeral_once(state, first, last)) return false;
        if ((state.numeral.flags & ast::negative) && minus_ends_word(state.base, first)) return false;
        if ((state.numeral.flags & ast::lone_financial) &&
            inside_word(state.base, first, state.numeral_end, last))
            return false;
        // 4G, 3D, 5A: a name, not an amount; 168cm, 250m, 5kg: an amount with its unit
        if (state.numeral_end != last) {
            char const c = *state.numeral_end;
            bool const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (letter && !ascii_unit_follows(state.numeral_end, last)) return false;
        }
        first = state.numeral_end;
        x3::traits::move_to(state.numeral, attr);
        return true;
    }
};

// Whether a fraction, a mixed number or a digit-pair discount may start here: only when the character after
// the numeral is 又, 分, a slash, a space or another digit. Most quantities (8%, 3.2万人) skip those rules.
inline bool rare_amount_may_start(parse_state& state, char const* first, char const* last) {
    if (first == last) return false;
    char const* const end = read_numeral_once(state, first, last);
    if (!end || end == last) return false;
    int len = 0;
    char32_t const c = common::code_point_at(state.numeral_end, len);
    switch (c) {
        case U'又':
        case U'分':
        case U'/':
        case U'／':
        case U' ': return true;
        default: return (c >= U'0' && c <= U'9') || (starts()[c] & starts_number) != 0;
    }
}

struct rare_amount_ahead : x3::parser<rare_amount_ahead> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const& ctx, RContext&, Attribute&) const {
        return rare_amount_may_start(x3::get<state_tag>(ctx).get(), first, last);
    }
};

// After a percent sign no unit follows: 15%所得税优惠 is 15% (所得税 a tax), not 15 schools (所).
struct not_after_percent : x3::parser<not_after_percent> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const&, Context const&, RContext&, Attribute&) const {
        // the amount's numeral is before, at least one character, whole: the text is UTF-8, so walking back
        // from its last byte to the byte that leads that character stays in the text
        It p = std::prev(first);
        std::size_t n = 1;
        while (n < 4 && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) --p, ++n;
        std::string_view const before(&*p, n);
        return before != "%" && before != "％" && before != "‰";
    }
};

// 二〇一五年: a year written in Chinese digits, one digit per place.
struct cn_year_parser : x3::parser<cn_year_parser> {
    using attribute_type = int;
    static bool const has_attribute = true;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute& attr) const {
        It p = first;
        int year = 0;
        for (int i = 0; i < 4; ++i) {
            if (p == last) return false;
            int len = 0;
            char32_t const c = common::code_point_at(p, len);
            int d;
            switch (c) {
                case U'〇':
                case U'零':
                case U'○': d = 0; break;
                case U'一': d = 1; break;
                case U'二': d = 2; break;
                case U'三': d = 3; break;
                case U'四': d = 4; break;
                case U'五': d = 5; break;
                case U'六': d = 6; break;
                case U'七': d = 7; break;
                case U'八': d = 8; break;
                case U'九': d = 9; break;
                default: return false;
            }
            year = year * 10 + d;
            p += len;
        }
        if (year < 1900) return false;
        first = p;
        x3::traits::move_to(year, attr);
        return true;
    }
};

// A word_table as an X3 primitive, in the place of x3::symbols; with T = x3::unused_type, a set of words
// that yields no value.
template <class T>
struct word_parser : x3::parser<word_parser<T>> {
    using attribute_type = T;
    static bool const has_attribute = !std::is_same_v<T, x3::unused_type>;

    explicit word_parser(std::vector<std::pair<std::string_view, T>> const& words) : table(words) {}

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute& attr) const {
        if (first == last || !table.may_start_with(*first)) return false;
        std::size_t len = 0;
        T const* value = table.longest_at(first, last, len);
        if (!value) return false;
        first += len;
        if constexpr (has_attribute) x3::traits::move_to(*value, attr);
        return true;
    }

    detail::word_table<T> table;
};

inline std::vector<std::pair<std::string_view, int>> unit_words() {
    std::vector<std::pair<std::string_view, int>> out;
    int i = 0;
    for (auto const& u : units) out.emplace_back(u.text, i++);
    return out;
}

inline std::vector<std::pair<std::string_view, ast::mark>> percent_mark_words() {
    return {{"%", ast::mark::percent},     {"％", ast::mark::percent}, {"‰", ast::mark::permille},
            {"百分点", ast::mark::points}, {"成", ast::mark::tenths},  {"折", ast::mark::discount}};
}

inline std::vector<std::pair<std::string_view, ast::mark>> percent_of_words() {
    return {{"百", ast::mark::percent},          {"佰", ast::mark::percent},
            {"千", ast::mark::permille},         {"仟", ast::mark::permille},
            {"万", ast::mark::per_ten_thousand}, {"萬", ast::mark::per_ten_thousand}};
}

inline std::vector<std::pair<std::string_view, x3::unused_type>> words_of(
    std::vector<std::string_view> const& list) {
    std::vector<std::pair<std::string_view, x3::unused_type>> out;
    for (auto const w : list) out.emplace_back(w, x3::unused);
    return out;
}
// Tried after every amount, and word tables turn most places away on their first byte
inline auto range_sep_words() { return words_of({"-", "－", "—", "——", "–", "~", "～", "至", "到", "〜"}); }
inline auto ratio_sep_words() { return words_of({":", "∶", "："}); }

struct year_ref_table : x3::symbols<ast::year_ref> {
    year_ref_table() {
        for (auto const& [word, ref] : detail::year_ref_words) add(word, ref);
    }
};

// Parts that follow a year or a month: 2015年底, 6月前.
struct time_part_table : x3::symbols<ast::time_part> {
    time_part_table() {
        add("底", ast::time_part::end)("末", ast::time_part::end)("底前", ast::time_part::end)(
            "末前", ast::time_part::end)("年底", ast::time_part::end)("年末", ast::time_part::end)(
            "年底前", ast::time_part::end)("内", ast::time_part::within)("年内", ast::time_part::within)(
            "前", ast::time_part::before)("以前", ast::time_part::before)("之前", ast::time_part::before)(
            "全年", ast::time_part::whole)("初", ast::time_part::start)("年初", ast::time_part::start)(
            "上半年", ast::time_part::first_half)("下半年", ast::time_part::second_half)(
            "一季度", ast::time_part::q1)("二季度", ast::time_part::q2)("三季度", ast::time_part::q3)(
            "四季度", ast::time_part::q4)("第一季度", ast::time_part::q1)("第二季度", ast::time_part::q2)(
            "第三季度", ast::time_part::q3)("第四季度", ast::time_part::q4)(
            "前三季度", ast::time_part::first_three_quarters)("前三个季度",
                                                              ast::time_part::first_three_quarters);
    }
};

struct standalone_part_table : x3::symbols<ast::time_part> {
    standalone_part_table() {
        for (auto const& [word, part] : detail::standalone_part_words) add(word, part);
    }
};

struct cn_month_table : x3::symbols<int> {
    cn_month_table() {
        add("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9)("十", 10)(
            "十一", 11)("十二", 12)("正", 1);
    }
};

struct plan_table : x3::symbols<int> {
    plan_table() {
        add("九五", 9)("十五", 10)("十一五", 11)("十二五", 12)("十三五", 13)("十四五", 14)("十五五", 15);
    }
};

// Plan names that cannot be read as a number: 十五 alone is fifteen unless quoted or followed by 期间.
struct strict_plan_table : x3::symbols<int> {
    strict_plan_table() { add("十一五", 11)("十二五", 12)("十三五", 13)("十四五", 14)("十五五", 15); }
};

struct plan_part_table : x3::symbols<ast::time_part> {
    plan_part_table() {
        add("期间", ast::time_part::whole)("时期", ast::time_part::whole)("规划", ast::time_part::whole)(
            "计划", ast::time_part::whole)("以来", ast::time_part::whole)("末", ast::time_part::end)(
            "末期", ast::time_part::end)("期末", ast::time_part::end)("规划期末", ast::time_part::end)(
            "时期末", ast::time_part::end);
    }
};

// 半折 = 50%, 半成 = 5%, 一半 = 50% (“百亿县”达到一半以上): percentages written as words
inline std::vector<std::pair<std::string_view, ast::percent_of>> percent_words() {
    auto pct = [](double v) {
        ast::percent_of p;
        p.kind = ast::mark::percent;
        p.num.value = v;
        return p;
    };
    return {{"半折", pct(50)}, {"半成", pct(5)}, {"一半", pct(50)}};
}

struct digit_table : x3::symbols<int> {
    digit_table() {
        char const* const cn[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        char const* const ar[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        for (int i = 0; i < 10; ++i) add(cn[i], i)(ar[i], i);
        add("两", 2);
    }
};

word_parser<ast::percent_of> const percent_word_sym(percent_words());
digit_table const digit_sym;
word_parser<int> const unit_sym(unit_words());
word_parser<ast::mark> const percent_mark(percent_mark_words());
word_parser<ast::mark> const percent_of_sym(percent_of_words());
word_parser<x3::unused_type> const range_sep(range_sep_words());
word_parser<x3::unused_type> const ratio_sep(ratio_sep_words());
year_ref_table const year_ref_sym;
time_part_table const time_part_sym;
standalone_part_table const standalone_part_sym;
cn_month_table const cn_month;
plan_table const plan_sym;
strict_plan_table const strict_plan_sym;
plan_part_table const plan_part_sym;

struct numeral_class;
struct plain_amount_class : record_span {};
struct percent_of_class : record_span {};
struct fraction_cn_class : record_span {};
struct fraction_slash_class : record_span {};
struct mixed_cn_class : record_span {};
struct percent_word_class : record_span {};
struct discount_pair_class : record_span {};
struct mixed_slash_class : record_span {};
// A quantity that breaks off (百分之 with no number) is recorded and not read; the scan goes on after it.
struct quantity_class : record_span, record_failure {};
struct time_class : record_span {};
struct plan_class : record_span {};

x3::rule<numeral_class, ast::numeral> const numeral = "数值";
x3::rule<plain_amount_class, ast::plain_amount> const plain_amount = "数量";
x3::rule<percent_of_class, ast::percent_of> const percent_of = "百分数";
x3::rule<fraction_cn_class, ast::fraction_cn> const fraction_cn = "分数";
x3::rule<fraction_slash_class, ast::fraction_slash> const fraction_slash = "分数";
x3::rule<mixed_cn_class, ast::mixed_cn> const mixed_cn = "带分数";
x3::rule<mixed_slash_class, ast::mixed_slash> const mixed_slash = "带分数";
x3::rule<struct percent_mark_class, ast::mark> const percent_marker = "百分号";
x3::rule<percent_word_class, ast::percent_of> const percent_word = "百分数";
x3::rule<discount_pair_class, ast::discount_pair> const discount_pair = "折扣";
x3::rule<struct amount_class, ast::amount> const amount = "数量";
quantity_type const quantity = "数量";
time_type const time = "时间";
plan_type const plan = "五年规划";
// Rules of their own so that a failed month leaves no value behind in the optional it fills.
x3::rule<struct year_class, int> const year = "年份";
x3::rule<struct month_class, int> const month = "月份";
x3::rule<struct month_span_class, int> const month_span = "月份";
x3::rule<struct day_class, int> const day = "日期";

auto const spaces = x3::omit[*x3::lit(' ')];
auto const year4 = x3::uint_parser<int, 10, 4, 4>() >> x3::lit("年");
auto const year_def = (x3::uint_parser<int, 10, 4, 4>() | cn_year_parser{}) >> x3::lit("年");
auto const month_number = x3::uint_parser<int, 10, 1, 2>() | cn_month;
auto const month_def = month_number >> (x3::lit("月份") | "月");
// 1-10月, 1—9月, 1至8月: the first month of the span; the last is read by `month`
auto const month_span_def = month_number >> (x3::lit("-") | "－" | "—" | "–" | "～" | "~" | "至" | "到") >>
                            &month;
auto const day_def = x3::uint_parser<int, 10, 1, 2>() >> (x3::lit("日") | "号");
auto const open_quote = x3::lit("“") | "\"" | "「" | "‘";
auto const close_quote = x3::lit("”") | "\"" | "」" | "’";
auto const none_int = x3::attr(boost::optional<int>());
auto const none_ref = x3::attr(boost::optional<ast::year_ref>());

auto const numeral_def = numeral_parser{};
auto const fen_zhi = spaces >> x3::lit("分") >> spaces >> x3::lit("之") >> spaces;
// 个百分点, 个 百 分 点, 個百分點: percentage points, spaces and all
auto const points_mark = -((x3::lit("个") | "個") >> spaces) >> (x3::lit("百") | "佰") >> spaces >>
                         (x3::lit("分") | "份") >> spaces >>
                         (x3::lit("点") | "點") >> x3::attr(ast::mark::points);
// The table first: it holds the one word points_mark could also match (百分点) and answers % at once
auto const percent_marker_def = percent_mark | points_mark;
auto const plain_amount_def =
    numeral >> ((spaces >> percent_marker) | x3::attr(ast::mark::none)) >>
    ((not_after_percent{} >> spaces >> unit_sym) | x3::attr(-1)) >> x3::matches[x3::lit("半")];
// 百分之八, 百 分 之 八, 千分之三, 万分之三: nothing but a number can follow
auto const percent_of_def = percent_of_sym >> fen_zhi > numeral;
auto const rare = rare_amount_ahead{};
auto const fraction_cn_def = rare >> numeral >> fen_zhi >> numeral;
auto const fraction_slash_def = rare >> numeral >> (x3::lit('/') | "／") >> numeral;
auto const mixed_cn_def = rare >> numeral >> spaces >> x3::lit("又") >> spaces >> numeral >> fen_zhi
                          >> numeral;
auto const mixed_slash_def = rare >> numeral >> +x3::lit(' ') >> numeral >> (x3::lit('/') | "／") >> numeral;
auto const percent_word_def = percent_word_sym;
auto const discount_pair_def = rare >> digit_sym >> spaces >> digit_sym >> spaces >> x3::lit("折");
// percent_word | percent_of | discount_pair | mixed_cn | mixed_slash | fraction_cn | fraction_slash |
// plain_amount, in that order, each tried only where the first thing it reads is there: most amounts are
// plain, and trying the others at every number cost more than reading it.
struct amount_parser : x3::parser<amount_parser> {
    using attribute_type = ast::amount;
    static bool const has_attribute = true;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const& ctx, RContext&, Attribute& attr) const {
        if (first == last) return false;
        auto take = [&](auto const& rule, auto value) {
            if (!rule.parse(first, last, ctx, x3::unused, value)) return false;
            attr = std::move(value);
            return true;
        };
        std::size_t len = 0;
        if (percent_word_sym.table.may_start_with(*first) &&
            percent_word_sym.table.longest_at(first, last, len) && take(percent_word, ast::percent_of{}))
            return true;
        if (percent_of_sym.table.may_start_with(*first) &&
            percent_of_sym.table.longest_at(first, last, len) && take(percent_of, ast::percent_of{}))
            return true;
        if (rare_amount_may_start(x3::get<state_tag>(ctx).get(), first, last) &&
            (take(discount_pair, ast::discount_pair{}) || take(mixed_cn, ast::mixed_cn{}) ||
             take(mixed_slash, ast::mixed_slash{}) || take(fraction_cn, ast::fraction_cn{}) ||
             take(fraction_slash, ast::fraction_slash{})))
            return true;
        return take(plain_amount, ast::plain_amount{});
    }
};

auto const amount_def = amount_parser{};
// A range takes a second amount only where it is not a year: 8%至2020年 is a deadline, not a range.
auto const quantity_def = amount >> -(range_sep >> !year4 >> amount) >> *(ratio_sep >> numeral);
// 2015-01-13, 2015/01/13: a date as forms write it
auto const iso_date =
    x3::uint_parser<int, 10, 4, 4>() >> none_ref >> x3::attr(boost::optional<int>()) >>
    (x3::lit('-') | '/') >> x3::uint_parser<int, 10, 1, 2>() >>
    (x3::lit('-') | '/') >> x3::uint_parser<int, 10, 1, 2>() >> x3::attr(boost::optional<ast::time_part>());
auto const time_def = iso_date | (year >> none_ref >> -month_span >> -month >> -day >> -time_part_sym) |
                      (none_int >> year_ref_sym >> -month_span >> -month >> -day >> -time_part_sym) |
                      (none_int >> none_ref >> -month_span >> month >> -day >> -time_part_sym) |
                      (none_int >> none_ref >> none_int >> none_int >> none_int >> standalone_part_sym);
auto const plan_def = (open_quote >> plan_sym >> close_quote >> -plan_part_sym) |
                      (strict_plan_sym >> -plan_part_sym) | (plan_sym >> plan_part_sym);
BOOST_SPIRIT_DEFINE(year, month, month_span, day)
BOOST_SPIRIT_DEFINE(percent_marker, mixed_cn, mixed_slash, percent_word, discount_pair)
BOOST_SPIRIT_DEFINE(numeral, plain_amount, percent_of, fraction_cn, fraction_slash, amount, quantity, time,
                    plan)

quantity_type const& quantity_rule() { return quantity; }
time_type const& time_rule() { return time; }
plan_type const& plan_rule() { return plan; }

}  // namespace luoshi::dsl::parser
