#pragma once

#include "dsl/ast.hpp"
#include "dsl/detail/config.hpp"

// The token rules of the phrase grammar, each instantiated once in phrase.cpp.
namespace luoshi::dsl::parser {

struct quantity_class;
struct time_class;
struct plan_class;
using quantity_type = x3::rule<quantity_class, ast::quantity>;
using time_type = x3::rule<time_class, ast::time_expr>;
using plan_type = x3::rule<plan_class, ast::plan_expr>;
BOOST_SPIRIT_DECLARE(quantity_type, time_type, plan_type)

quantity_type const& quantity_rule();
time_type const& time_rule();
plan_type const& plan_rule();

}  // namespace luoshi::dsl::parser
