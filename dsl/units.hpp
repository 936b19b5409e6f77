#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Units written on their own, as a rule file or a CSV gives them: the same words the grammar reads after a
// number.
namespace luoshi::dsl {

struct unit_reading {
    std::string unit;  // the base unit: 人, 元, %, pp; "" for a bare number
    double scale = 1;  // what one of the written unit is in the base unit: 万人 → 10000
};

// 万人 → {人, 10000}; 亿元 → {元, 1e8}; % and ％ → {%, 1}; 个百分点 and pp → {pp, 1}; 万 → {"", 10000}; "" →
// {"", 1}. Nothing when the grammar does not read the text as a unit.
std::optional<unit_reading> read_unit(std::string_view utf8);

// The units the grammar knows, as written (for a "did you mean").
std::vector<std::string> unit_words();

}  // namespace luoshi::dsl
