#pragma once

#include "dsl/arena.hpp"
#include "dsl/ast.hpp"
#include "dsl/parse.hpp"

#include <string_view>

namespace luoshi::dsl {

// Gives the grammar's flat token list its meaning: which quantity is a target, of which metric,
// with which measure, comparator, deadline and strength.
// Working lists are allocated from `work`; the result is not. It marks the tokens as it reads them
// (ast::token's `attributive` and `reading`).
parse_result lower(std::string_view text, ast::phrase& tokens, context const& ctx, arena& work);

// As parse_phrase, but a phrase that states nothing is no error: a report's sentences mostly state nothing,
// and read_report keeps only the notes.
parse_result parse_sentence(std::string_view utf8, context const& ctx);

// The value of one amount in its base unit, with the unit as written.
struct amount_value {
    double value = 0;
    std::string_view unit;  // static text: a unit's base name, "%" or "pp"
    std::string unit_text;
    ast::mark mark = ast::mark::none;
    int unit_index = -1;
    ast::numeral num;
    std::size_t begin = 0, end = 0, number_end = 0;
};
amount_value value_of(std::string_view text, ast::amount const& a);

}  // namespace luoshi::dsl
