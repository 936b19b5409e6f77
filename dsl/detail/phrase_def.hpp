#pragma once

#include "dsl/ast.hpp"
#include "dsl/detail/ast_adapted.hpp"
#include "dsl/detail/config.hpp"
#include "dsl/detail/phrase.hpp"
#include "dsl/detail/utf8.hpp"
#include "dsl/lexicon.hpp"
#include "dsl/numeral.hpp"

// The phrase grammar. A phrase is read as a flat list of tokens (time expressions, plan names,
// keywords, quantities, other characters); dsl/lower.cpp gives the list its meaning.
namespace luoshi::dsl::parser {

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

inline bool is_word_char(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

// 队伍, 陆地, 收拾: a lone financial numeral with a Chinese word character beside it (other than the
// words of numbers themselves: 是叁, 之壹, 又壹) is part of that word.
inline bool inside_word(char const* base, char const* first, char const* end, char const* last) {
    if (end != last) {
        int len = 0;
        char32_t const n = detail::peek_valid_utf8(end, len);
        if (is_word_char(n) && n != U'分' && n != U'又' && n != U'个' && n != U'個') return true;
    }
    if (first != base) {
        char const* p = first - 1;
        while (p != base && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) --p;
        int len = 0;
        char32_t const b = detail::peek_valid_utf8(p, len);
        if (is_word_char(b) && b != U'是' && b != U'之' && b != U'又' && b != U'负' && b != U'負' && b != U'为')
            return true;
    }
    return false;
}

// A numeral (read by dsl::read_numeral), as an X3 primitive like x3::double_.
struct numeral_parser : x3::parser<numeral_parser> {
    using attribute_type = ast::numeral;
    static bool const has_attribute = true;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const& ctx, RContext&, Attribute& attr) const {
        if (first == last) return false;
        auto& state = x3::get<state_tag>(ctx).get();
        if (state.numeral_at != first) {
            state.numeral_at = first;
            state.numeral_end = read_numeral(first, last, state.numeral);
        }
        if (!state.numeral_end) return false;
        if ((state.numeral.flags & ast::lone_financial) && inside_word(state.base, first, state.numeral_end, last))
            return false;
        // 4G, 3D, 5A: a name, not an amount
        if (state.numeral_end != last) {
            char const c = *state.numeral_end;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return false;
        }
        first = state.numeral_end;
        x3::traits::move_to(state.numeral, attr);
        return true;
    }
};


// What a token can start with, checked on its first code point before trying the rule: most characters
// of a report start no number, date or plan name, and a failed X3 alternative is not free.
enum start_class : unsigned { starts_number = 1, starts_time = 2, starts_plan = 4 };

inline unsigned classify_start(char32_t c) {
    if (c < 0x80 && !((c >= U'0' && c <= U'9') || c == U'.' || c == U'-' || c == U'"')) return 0;
    if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) return starts_number | starts_time;
    switch (c) {
        case U'.': case U'．': case U'-': case U'－': case U'零': case U'〇': case U'○': case U'壹': case U'幺':
        case U'贰': case U'貳': case U'两': case U'兩': case U'叁': case U'參': case U'肆': case U'伍': case U'陆':
        case U'陸': case U'柒': case U'捌': case U'玖': case U'拾': case U'佰': case U'仟': case U'负': case U'負':
        case U'万': case U'萬':
            return starts_number;
        case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七': case U'八':
            return starts_number | starts_time;
        case U'九': case U'十': return starts_number | starts_time | starts_plan;
        case U'百': case U'千': case U'对': case U'對': case U'半': return starts_number;
        case U'今': case U'本': case U'当': case U'明': case U'来': case U'去': case U'上': case U'前': case U'后':
        case U'年': case U'全': case U'下': case U'第': case U'正':
            return starts_time;
        case U'“': case U'"': case U'「': case U'‘': return starts_plan;
        default: return 0;
    }
}

enum : unsigned { starts_keyword = 8, starts_other_token = starts_number | starts_time | starts_plan | starts_keyword };

// For each code point of the Basic Multilingual Plane, which tokens may start there: computed once, so the
// token loop pays one load per character instead of a switch per rule.
class start_map {
public:
    start_map() {
        for (char32_t c = 0; c < 0x10000; ++c) classes_[c] = static_cast<std::uint8_t>(classify_start(c));
        for (auto const& k : keywords) {
            int len = 0;
            char32_t const c = detail::peek_valid_utf8(k.text.data(), len);
            if (c < 0x10000) classes_[c] |= starts_keyword;
        }
        classes_[U'%'] |= starts_keyword;  // not a keyword: a stray % must stop a run of text
        classes_[U'％'] |= starts_keyword;
    }
    unsigned operator[](char32_t c) const { return c < 0x10000 ? classes_[c] : 0u; }

private:
    std::uint8_t classes_[0x10000] = {};
};

inline start_map const& starts() {
    static start_map const m;
    return m;
}

// Plain text no other rule reads: a run of Chinese characters up to the next place where a keyword,
// number or date may start; a word of ASCII letters and digits (GDP, M2); or one other character.
struct other_parser : x3::parser<other_parser> {
    using attribute_type = ast::other;
    static bool const has_attribute = true;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute& attr) const {
        if (first == last) return false;
        auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
        auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9') || c == '_'; };
        It p = first;
        if (alpha(*p)) {
            // a web address is one piece of text: its 30%25 is not a percentage
            std::string_view const rest(p, static_cast<std::size_t>(last - p));
            if (rest.rfind("http://", 0) == 0 || rest.rfind("https://", 0) == 0 || rest.rfind("www.", 0) == 0) {
                while (p != last && static_cast<unsigned char>(*p) > 0x20 && static_cast<unsigned char>(*p) < 0x80) ++p;
            } else {
                while (p != last && alnum(*p)) ++p;
            }
        } else {
            int len = 0;
            char32_t const c = detail::peek_valid_utf8(p, len);
            if (last - p < len) return false;
            p += len;
            if (is_word_char(c)) {
                auto const& stop = starts();
                while (p != last) {
                    char32_t const n = detail::peek_valid_utf8(p, len);
                    if (!is_word_char(n) || (stop[n] & starts_other_token) || last - p < len) break;
                    p += len;
                }
            }
        }
        first = p;
        x3::traits::move_to(ast::other{}, attr);
        return true;
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
            char32_t const c = detail::peek_valid_utf8(p, len);
            int d;
            switch (c) {
                case U'〇': case U'零': case U'○': d = 0; break;
                case U'一': d = 1; break; case U'二': d = 2; break; case U'三': d = 3; break;
                case U'四': d = 4; break; case U'五': d = 5; break; case U'六': d = 6; break;
                case U'七': d = 7; break; case U'八': d = 8; break; case U'九': d = 9; break;
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

template <unsigned Class>
struct can_start : x3::parser<can_start<Class>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute&) const {
        if (first == last) return false;
        int len = 0;
        return (starts()[detail::peek_valid_utf8(first, len)] & Class) != 0;
    }
};

struct keyword_table : x3::symbols<ast::keyword> {
    keyword_table() {
        int i = 0;
        for (auto const& k : keywords) {
            ast::keyword kw;
            kw.id = i++;
            add(std::string(k.text), kw);
        }
    }
};

struct unit_table : x3::symbols<int> {
    unit_table() {
        int i = 0;
        for (auto const& u : units) add(std::string(u.text), i++);
    }
};

struct percent_mark_table : x3::symbols<ast::mark> {
    percent_mark_table() {
        add("%", ast::mark::percent)("％", ast::mark::percent)("‰", ast::mark::permille)
           ("百分点", ast::mark::points)("成", ast::mark::tenths)("折", ast::mark::discount);
    }
};

struct percent_of_table : x3::symbols<ast::mark> {
    percent_of_table() {
        add("百", ast::mark::percent)("佰", ast::mark::percent)("千", ast::mark::permille)
           ("仟", ast::mark::permille)("万", ast::mark::per_ten_thousand)("萬", ast::mark::per_ten_thousand);
    }
};

struct range_sep_table : x3::symbols<x3::unused_type> {
    range_sep_table() {
        for (char const* s : {"-", "－", "—", "——", "–", "~", "～", "至", "到", "〜"}) add(s);
    }
};

struct ratio_sep_table : x3::symbols<x3::unused_type> {
    ratio_sep_table() {
        for (char const* s : {":", "∶", "："}) add(s);
    }
};

struct year_ref_table : x3::symbols<ast::year_ref> {
    year_ref_table() {
        add("今年", ast::year_ref::this_year)("本年", ast::year_ref::this_year)("当年", ast::year_ref::this_year)
           ("本年度", ast::year_ref::this_year)("今年度", ast::year_ref::this_year)
           ("明年", ast::year_ref::next_year)("来年", ast::year_ref::next_year)
           ("去年", ast::year_ref::last_year)("上年", ast::year_ref::last_year)
           ("上一年", ast::year_ref::last_year)("前年", ast::year_ref::year_before_last)
           ("后年", ast::year_ref::year_after_next);
    }
};

// Parts that follow a year or a month: 2015年底, 6月前.
struct time_part_table : x3::symbols<ast::time_part> {
    time_part_table() {
        add("底", ast::time_part::end)("末", ast::time_part::end)("底前", ast::time_part::end)
           ("末前", ast::time_part::end)("年底", ast::time_part::end)("年末", ast::time_part::end)
           ("年底前", ast::time_part::end)("内", ast::time_part::within)("年内", ast::time_part::within)
           ("前", ast::time_part::before)("以前", ast::time_part::before)("之前", ast::time_part::before)
           ("全年", ast::time_part::whole)("初", ast::time_part::start)("年初", ast::time_part::start)
           ("上半年", ast::time_part::first_half)("下半年", ast::time_part::second_half)
           ("一季度", ast::time_part::q1)("二季度", ast::time_part::q2)("三季度", ast::time_part::q3)
           ("四季度", ast::time_part::q4)("第一季度", ast::time_part::q1)("第二季度", ast::time_part::q2)
           ("第三季度", ast::time_part::q3)("第四季度", ast::time_part::q4)
           ("前三季度", ast::time_part::first_three_quarters)("前三个季度", ast::time_part::first_three_quarters);
    }
};

// Parts that stand alone and mean the report's year: 年底, 上半年.
struct standalone_part_table : x3::symbols<ast::time_part> {
    standalone_part_table() {
        add("年底", ast::time_part::end)("年末", ast::time_part::end)("年底前", ast::time_part::end)
           ("年内", ast::time_part::within)("全年", ast::time_part::whole)
           ("上半年", ast::time_part::first_half)("下半年", ast::time_part::second_half)
           ("一季度", ast::time_part::q1)("二季度", ast::time_part::q2)("三季度", ast::time_part::q3)
           ("四季度", ast::time_part::q4)("第一季度", ast::time_part::q1)("第二季度", ast::time_part::q2)
           ("第三季度", ast::time_part::q3)("第四季度", ast::time_part::q4)
           ("前三季度", ast::time_part::first_three_quarters);
    }
};

struct cn_month_table : x3::symbols<int> {
    cn_month_table() {
        add("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9)("十", 10)
           ("十一", 11)("十二", 12)("正", 1);
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
        add("期间", ast::time_part::whole)("时期", ast::time_part::whole)("规划", ast::time_part::whole)
           ("计划", ast::time_part::whole)("以来", ast::time_part::whole)("末", ast::time_part::end)
           ("末期", ast::time_part::end)("期末", ast::time_part::end)("规划期末", ast::time_part::end)
           ("时期末", ast::time_part::end);
    }
};

// 对折 = 50%, 半成 = 5%: percentages written as words
struct percent_word_table : x3::symbols<ast::percent_of> {
    percent_word_table() {
        auto pct = [](double v) {
            ast::percent_of p;
            p.kind = ast::mark::percent;
            p.num.value = v;
            return p;
        };
        add("半折", pct(50))("半成", pct(5));
    }
};

struct digit_table : x3::symbols<int> {
    digit_table() {
        char const* const cn[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        char const* const ar[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        for (int i = 0; i < 10; ++i) add(cn[i], i)(ar[i], i);
        add("两", 2);
    }
};

percent_word_table const percent_word_sym;
digit_table const digit_sym;
keyword_table const keyword_sym;
unit_table const unit_sym;
percent_mark_table const percent_mark;
percent_of_table const percent_of_sym;
range_sep_table const range_sep;
ratio_sep_table const ratio_sep;
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
struct quantity_class : record_span {};
struct time_class : record_span {};
struct plan_class : record_span {};
struct keyword_class : record_span {};
struct other_class : record_span {};
// A token that cannot be read (百分之 with no number, a stray %) is recorded and skipped one character at a
// time, so one bad fragment neither hides the rest of a report nor stops the scan.
struct token_class {
    template <typename It, typename Exception, typename Context>
    x3::error_handler_result on_error(It& first, It const& last, Exception const& x, Context const& ctx) const {
        auto& state = x3::get<state_tag>(ctx).get();
        state.failures.push_back({static_cast<std::size_t>(x.where() - state.base), x.which()});
        if (first == last) return x3::error_handler_result::fail;
        int len = 0;
        detail::peek_valid_utf8(first, len);
        first += len;
        return x3::error_handler_result::retry;
    }
};
struct phrase_class : record_failure {};

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
x3::rule<quantity_class, ast::quantity> const quantity = "数量";
x3::rule<time_class, ast::time_expr> const time = "时间";
x3::rule<plan_class, ast::plan_expr> const plan = "五年规划";
x3::rule<keyword_class, ast::keyword> const keyword = "关键词";
x3::rule<other_class, ast::other> const other = "字符";
x3::rule<token_class, ast::token> const token = "词";
x3::rule<struct numeral_expected_class> const numeral_expected = "数值";
// Rules of their own so that a failed month leaves no value behind in the optional it fills.
x3::rule<struct year_class, int> const year = "年份";
x3::rule<struct month_class, int> const month = "月份";
x3::rule<struct month_span_class, int> const month_span = "月份";
x3::rule<struct day_class, int> const day = "日期";
phrase_type const phrase_rule = "短语";

auto const spaces = x3::omit[*x3::lit(' ')];
auto const year4 = x3::uint_parser<int, 10, 4, 4>() >> x3::lit("年");
auto const year_def = (x3::uint_parser<int, 10, 4, 4>() | cn_year_parser{}) >> x3::lit("年");
auto const month_number = x3::uint_parser<int, 10, 1, 2>() | cn_month;
auto const month_def = month_number >> (x3::lit("月份") | "月");
// 1-10月, 1—9月, 1至8月: the first month of the span; the last is read by `month`
auto const month_span_def = month_number >> (x3::lit("-") | "－" | "—" | "–" | "～" | "~" | "至" | "到") >> &month;
auto const day_def = x3::uint_parser<int, 10, 1, 2>() >> (x3::lit("日") | "号");
auto const open_quote = x3::lit("“") | "\"" | "「" | "‘";
auto const close_quote = x3::lit("”") | "\"" | "」" | "’";
auto const none_int = x3::attr(boost::optional<int>());
auto const none_ref = x3::attr(boost::optional<ast::year_ref>());

auto const numeral_def = numeral_parser{};
auto const fen_zhi = spaces >> x3::lit("分") >> spaces >> x3::lit("之") >> spaces;
// 个百分点, 个 百 分 点, 個百分點: percentage points, spaces and all
auto const points_mark = -((x3::lit("个") | "個") >> spaces) >> (x3::lit("百") | "佰") >> spaces >> (x3::lit("分") | "份")
                       >> spaces >> (x3::lit("点") | "點") >> x3::attr(ast::mark::points);
auto const percent_marker_def = points_mark | percent_mark;
auto const plain_amount_def = numeral >> ((spaces >> percent_marker) | x3::attr(ast::mark::none))
                              >> ((spaces >> unit_sym) | x3::attr(-1));
// 百分之八, 百 分 之 八, 千分之三, 万分之三: nothing but a number can follow
auto const percent_of_def = percent_of_sym >> fen_zhi > numeral;
auto const fraction_cn_def = numeral >> fen_zhi >> numeral;
auto const fraction_slash_def = numeral >> (x3::lit('/') | "／") >> numeral;
auto const mixed_cn_def = numeral >> spaces >> x3::lit("又") >> spaces >> numeral >> fen_zhi >> numeral;
auto const mixed_slash_def = numeral >> +x3::lit(' ') >> numeral >> (x3::lit('/') | "／") >> numeral;
auto const percent_word_def = percent_word_sym;
auto const discount_pair_def = digit_sym >> spaces >> digit_sym >> spaces >> x3::lit("折");
auto const amount_def = percent_word | percent_of | discount_pair | mixed_cn | mixed_slash | fraction_cn | fraction_slash | plain_amount;
// A range takes a second amount only where it is not a year: 8%至2020年 is a deadline, not a range.
auto const quantity_def = amount >> -(range_sep >> !year4 >> amount) >> *(ratio_sep >> numeral);
auto const time_def =
      (year >> none_ref >> -month_span >> -month >> -day >> -time_part_sym)
    | (none_int >> year_ref_sym >> -month_span >> -month >> -day >> -time_part_sym)
    | (none_int >> none_ref >> -month_span >> month >> -day >> -time_part_sym)
    | (none_int >> none_ref >> none_int >> none_int >> none_int >> standalone_part_sym);
auto const plan_def = (open_quote >> plan_sym >> close_quote >> -plan_part_sym)
                    | (strict_plan_sym >> -plan_part_sym)
                    | (plan_sym >> plan_part_sym);
auto const keyword_def = keyword_sym;
// A percent sign with no number before it is the one place a phrase cannot go on: 增长%以上.
auto const percent_sign = x3::lit("%") | "％";
auto const numeral_expected_def = x3::omit[numeral];
auto const other_def = ((!percent_sign) | x3::expect[numeral_expected]) >> other_parser{};
// Plain text first: a character that can start no other token goes straight to `other`, without X3
// building and dropping an attribute for each rule that would fail on it.
auto const token_def = (!can_start<starts_other_token>{} >> other) | (can_start<starts_time>{} >> time)
                     | (can_start<starts_plan>{} >> plan) | (can_start<starts_keyword>{} >> keyword)
                     | (can_start<starts_number>{} >> quantity) | other;
auto const phrase_rule_def = *token > x3::eoi;

BOOST_SPIRIT_DEFINE(year, month, month_span, day)
BOOST_SPIRIT_DEFINE(percent_marker, mixed_cn, mixed_slash, percent_word, discount_pair)
BOOST_SPIRIT_DEFINE(numeral, plain_amount, percent_of, fraction_cn, fraction_slash, amount, quantity, time, plan,
                    keyword, other, token, numeral_expected, phrase_rule)

phrase_type const& phrase() { return phrase_rule; }

}  // namespace luoshi::dsl::parser
