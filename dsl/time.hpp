#pragma once

#include "dsl/ast.hpp"
#include "rules/statement.hpp"

#include <optional>
#include <string>

namespace luoshi::dsl {

struct resolved_time {
    std::optional<rules::period> period;
    std::string error;  // set when the expression names a day that does not exist
};

// Resolves a time expression against the reference date (the report's date) to the period it names:
// 年底 → [Jan 1, Dec 31] of the reference year; 6月前 → [Jan 1, May 31]; 2015年10月 → October 2015.
resolved_time resolve(ast::time_expr const& t, std::optional<rules::date> reference);

// A date, or nothing when the year is outside what the calendar and reports know (1900–2200) or the day does
// not exist. Text can say 1007年; Boost.Date_Time throws for it, this does not.
std::optional<rules::date> safe_date(int year, int month, int day);

// The same day n years on (Feb 29 becomes Feb 28), or nothing outside 1900–2200.
std::optional<rules::date> shift_years(rules::date d, int years);

// The whole of a year, or nothing for a year outside 1900–2200.
std::optional<rules::period> year_period(int year);

// 十三五 → 2016-01-01..2020-12-31; with 末 the last year only.
rules::period resolve(ast::plan_expr const& p);

}  // namespace luoshi::dsl
