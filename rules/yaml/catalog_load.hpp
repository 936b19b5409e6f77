#pragma once

#include "rules/catalog.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace luoshi::rules::yaml {

struct load_diagnostic {
    std::size_t offset = 0;  // bytes into the file
    std::string message;
};

// Reads a catalog file (the shape of rules/metrics.yaml) into `into`. Every error is collected,
// none thrown; a file with errors adds nothing.
std::vector<load_diagnostic> load_catalog(std::string_view yaml_text, catalog& into);

// The catalog luoshi ships with.
catalog const& builtin_catalog();

}  // namespace luoshi::rules::yaml
