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

// 十三五 → 2016-01-01..2020-12-31; with 末 the last year only.
rules::period resolve(ast::plan_expr const& p);

}  // namespace luoshi::dsl
