#pragma once

#include "dsl/ast.hpp"
#include "dsl/detail/tokenize.hpp"
#include "dsl/parse.hpp"

#include <string>
#include <string_view>

// Lowering (dsl/lower/): gives the grammar's flat token list its meaning — which quantity is a target, of
// which metric, with which measure, comparator, deadline and strength.
namespace luoshi::dsl {

parse_result lower_phrase(std::string_view text, ast::phrase const& tokens, context const& ctx);

// The warning for a clause longer than max_clause_bytes, which is not read.
std::string unread_clause(std::size_t bytes);

// Reads sentences one after another as parse_phrase does, but a sentence that states nothing is no error (a
// report's sentences mostly state nothing, and read_report keeps only the notes). The token lists are reused
// from one sentence to the next.
class sentence_reader {
public:
    parse_result read(std::string_view utf8, context const& ctx);

private:
    detail::token_list tokens_;
};

// The value of one amount in its base unit, with the unit as written.
struct amount_value {
    double value = 0;
    std::string_view unit;  // static text: a unit's base name, "%" or "pp"
    std::string unit_text;
    ast::mark mark = ast::mark::none;
    int unit_index = -1;
    ast::numeral num;
    std::size_t begin = 0, end = 0, number_end = 0;
    std::string per;  // the unit it is counted per, as written: 30万元/人 → 人 (the unit is then 元/人)
};
amount_value value_of(std::string_view text, ast::amount const& a);

}  // namespace luoshi::dsl
