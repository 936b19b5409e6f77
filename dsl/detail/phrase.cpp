#include "dsl/detail/phrase_def.hpp"

namespace luoshi::dsl::parser {
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(time_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(plan_type, iterator_type, context_type)
}  // namespace luoshi::dsl::parser
