#pragma once

#include "dsl/ast.hpp"

namespace luoshi::dsl {

// Reads the longest numeral starting at `first`: Arabic (1,000 / 3.2 / full-width ３．２), Chinese
// (一百二十 / 两千 / 壹萬 / 一万零五), mixed with multipliers (3.2万, 4.78万亿, 3万4000), vague
// (70余万, 十几万, 3000多). Returns the end of the numeral, or nullptr when none starts there.
char const* read_numeral(char const* first, char const* last, ast::numeral& out);

}  // namespace luoshi::dsl
