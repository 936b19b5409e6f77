#pragma once

#include <string_view>

namespace luoshi::rules {

// The text of rules/metrics.yaml as shipped, compiled in so the binary needs no data files.
std::string_view builtin_catalog_yaml();

}  // namespace luoshi::rules
