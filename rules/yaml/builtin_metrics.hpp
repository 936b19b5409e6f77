#pragma once

#include "rules/catalog.hpp"

#include <vector>

namespace luoshi::rules::yaml {

// The metrics of rules/metrics.yaml as load_catalog reads them, written out as C++ at build time by
// luoshi_catalog_compile (catalog_compile.cpp).
std::vector<metric_def> builtin_metrics();

}  // namespace luoshi::rules::yaml
