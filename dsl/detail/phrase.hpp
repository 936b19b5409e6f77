#pragma once

#include "dsl/ast.hpp"
#include "dsl/detail/config.hpp"

namespace luoshi::dsl::parser {

struct phrase_class;
using phrase_type = x3::rule<phrase_class, ast::phrase>;
BOOST_SPIRIT_DECLARE(phrase_type)

phrase_type const& phrase();

}  // namespace luoshi::dsl::parser
