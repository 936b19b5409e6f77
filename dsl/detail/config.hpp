#pragma once

#include "dsl/ast.hpp"

#include <boost/spirit/home/x3.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace luoshi::dsl::parser {
namespace x3 = boost::spirit::x3;

// What the grammar records while it runs: where the phrase starts (for spans) and what it expected.
struct failure {
    std::size_t offset;
    std::string expected;  // the rule's user-facing name: 数值
};
struct parse_state {
    char const* base = nullptr;
    std::vector<failure> failures;
    // The last numeral read: amounts try several alternatives at one position, each starting with a numeral.
    char const* numeral_at = nullptr;
    char const* numeral_end = nullptr;
    ast::numeral numeral;
};
struct state_tag;

using iterator_type = char const*;
using context_type = x3::context<state_tag, std::reference_wrapper<parse_state>, x3::unused_type>;

}  // namespace luoshi::dsl::parser
