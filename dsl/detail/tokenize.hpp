#pragma once

#include "dsl/ast.hpp"
#include "dsl/parse.hpp"

#include <string_view>
#include <vector>

namespace luoshi::dsl::detail {

struct token_list {
    ast::phrase phrase;
    std::vector<diagnostic> diagnostics;  // a quantity that broke off (百分之 with no number), bad UTF-8
    bool ok = false;
};

// The tokens of a phrase: times, plans, keywords and quantities where their rules match, plain text between.
// `checked`: the caller knows the text is valid UTF-8 (a decoded report). The lists of `out` are cleared and
// filled again, so that a reader of many sentences reuses their room.
void tokenize(std::string_view text, bool checked, token_list& out);

}  // namespace luoshi::dsl::detail
