#pragma once

#include "dsl/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::plain_amount, num, kind, unit, half)
BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::percent_of, kind, num)
BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::fraction_cn, denominator, numerator)
BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::fraction_slash, numerator, denominator)
BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::mixed_cn, whole, denominator, numerator)
BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::mixed_slash, whole, numerator, denominator)
BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::discount_pair, tens, ones)
BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::quantity, first, second, ratio)
BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::time_expr, year, relative, from_month, month, day, part)
BOOST_FUSION_ADAPT_STRUCT(luoshi::dsl::ast::plan_expr, number, part)
