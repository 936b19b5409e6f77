#include "dsl/detail/phrase_def.hpp"

namespace luoshi::dsl::parser {
BOOST_SPIRIT_INSTANTIATE(phrase_type, iterator_type, context_type)
}  // namespace luoshi::dsl::parser
