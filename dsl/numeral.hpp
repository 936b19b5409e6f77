#pragma once

#include "dsl/ast.hpp"

namespace luoshi::dsl {

// 壹 贰 叁 … 拾 佰 仟: the financial forms of the digits and units (a lone one is usually part of a word:
// 队伍).
constexpr bool is_financial_numeral(char32_t c) {
    switch (c) {
        case U'壹':
        case U'贰':
        case U'貳':
        case U'叁':
        case U'參':
        case U'肆':
        case U'伍':
        case U'陆':
        case U'陸':
        case U'柒':
        case U'捌':
        case U'玖':
        case U'拾':
        case U'佰':
        case U'仟': return true;
        default: return false;
    }
}

// Reads the longest numeral starting at `first`: Arabic (1,000 / 3.2 / full-width ３．２), Chinese
// (一百二十 / 两千 / 壹萬 / 一万零五), mixed with multipliers (3.2万, 4.78万亿, 3万4000), vague
// (70余万, 十几万, 3000多). Returns the end of the numeral, or nullptr when none starts there.
char const* read_numeral(char const* first, char const* last, ast::numeral& out);

}  // namespace luoshi::dsl
