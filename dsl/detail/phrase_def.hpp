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

// A numeral (read by dsl::read_numeral), as an X3 primitive like x3::double_.
struct numeral_parser : x3::parser<numeral_parser> {
    using attribute_type = ast::numeral;
    static bool const has_attribute = true;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute& attr) const {
        if (first == last) return false;
        ast::numeral n;
        char const* end = read_numeral(first, last, n);
        if (!end) return false;
        first = end;
        x3::traits::move_to(n, attr);
        return true;
    }
};

// One code point that no other rule reads; a word of ASCII letters and digits (GDP, M2) as one.
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
            while (p != last && alnum(*p)) ++p;
        } else {
            char32_t cp = 0;
            int len = detail::decode_utf8(p, last, cp);
            if (len == 0) return false;
            p += len;
        }
        first = p;
        x3::traits::move_to(ast::other{}, attr);
        return true;
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
           ("个百分点", ast::mark::points)("個百分點", ast::mark::points)("百分点", ast::mark::points)
           ("个百分 点", ast::mark::points)("個百分 點", ast::mark::points)
           ("成", ast::mark::tenths)("折", ast::mark::tenths);
    }
};

struct percent_of_table : x3::symbols<ast::mark> {
    percent_of_table() {
        add("百分之", ast::mark::percent)("百 分 之", ast::mark::percent)("百  分 之", ast::mark::percent)
           ("千分之", ast::mark::permille)("万分之", ast::mark::per_ten_thousand)
           ("萬分之", ast::mark::per_ten_thousand);
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
struct quantity_class : record_span {};
struct time_class : record_span {};
struct plan_class : record_span {};
struct keyword_class : record_span {};
struct other_class : record_span {};
struct token_class;
struct phrase_class : record_failure {};

x3::rule<numeral_class, ast::numeral> const numeral = "数值";
x3::rule<plain_amount_class, ast::plain_amount> const plain_amount = "数量";
x3::rule<percent_of_class, ast::percent_of> const percent_of = "百分数";
x3::rule<fraction_cn_class, ast::fraction_cn> const fraction_cn = "分数";
x3::rule<fraction_slash_class, ast::fraction_slash> const fraction_slash = "分数";
x3::rule<struct amount_class, ast::amount> const amount = "数量";
x3::rule<quantity_class, ast::quantity> const quantity = "数量";
x3::rule<time_class, ast::time_expr> const time = "时间";
x3::rule<plan_class, ast::plan_expr> const plan = "五年规划";
x3::rule<keyword_class, ast::keyword> const keyword = "关键词";
x3::rule<other_class, ast::other> const other = "字符";
x3::rule<token_class, ast::token> const token = "词";
x3::rule<struct numeral_expected_class> const numeral_expected = "数值";
phrase_type const phrase_rule = "短语";

auto const spaces = x3::omit[*x3::lit(' ')];
auto const year4 = x3::uint_parser<int, 10, 4, 4>() >> x3::lit("年");
auto const month = (x3::uint_parser<int, 10, 1, 2>() | cn_month) >> (x3::lit("月份") | "月");
auto const day = x3::uint_parser<int, 10, 1, 2>() >> (x3::lit("日") | "号");
auto const open_quote = x3::lit("“") | "\"" | "「" | "‘";
auto const close_quote = x3::lit("”") | "\"" | "」" | "’";
auto const none_int = x3::attr(boost::optional<int>());
auto const none_ref = x3::attr(boost::optional<ast::year_ref>());

auto const numeral_def = numeral_parser{};
auto const plain_amount_def = numeral >> ((spaces >> percent_mark) | x3::attr(ast::mark::none))
                              >> ((spaces >> unit_sym) | x3::attr(-1));
auto const percent_of_def = percent_of_sym > numeral;
auto const fraction_cn_def = numeral >> spaces >> x3::lit("分") >> spaces >> x3::lit("之") >> spaces > numeral;
auto const fraction_slash_def = numeral >> (x3::lit('/') | "／") >> numeral;
auto const amount_def = percent_of | fraction_cn | fraction_slash | plain_amount;
// A range takes a second amount only where it is not a year: 8%至2020年 is a deadline, not a range.
auto const quantity_def = amount >> -(range_sep >> !year4 >> amount) >> *(ratio_sep >> numeral);
auto const time_def =
      (year4 >> none_ref >> -month >> -day >> -time_part_sym)
    | (none_int >> year_ref_sym >> -month >> -day >> -time_part_sym)
    | (none_int >> none_ref >> month >> -day >> -time_part_sym)
    | (none_int >> none_ref >> none_int >> none_int >> standalone_part_sym);
auto const plan_def = (open_quote >> plan_sym >> close_quote >> -plan_part_sym)
                    | (strict_plan_sym >> -plan_part_sym)
                    | (plan_sym >> plan_part_sym);
auto const keyword_def = keyword_sym;
// A percent sign with no number before it is the one place a phrase cannot go on: 增长%以上.
auto const percent_sign = x3::lit("%") | "％";
auto const numeral_expected_def = x3::omit[numeral];
auto const other_def = ((!percent_sign) | x3::expect[numeral_expected]) >> other_parser{};
auto const token_def = time | plan | keyword | quantity | other;
auto const phrase_rule_def = *token > x3::eoi;

BOOST_SPIRIT_DEFINE(numeral, plain_amount, percent_of, fraction_cn, fraction_slash, amount, quantity, time, plan,
                    keyword, other, token, numeral_expected, phrase_rule)

phrase_type const& phrase() { return phrase_rule; }

}  // namespace luoshi::dsl::parser
