#pragma once

#include <cstddef>
#include <string>

namespace luoshi::common {

enum class severity { error, warning, note };

// What the reader or a loader says about a place in a text; rendered file:line:col by common/render.
struct diagnostic {
    common::severity severity = severity::error;
    std::size_t offset = 0;  // bytes into the text given
    std::string message;
};

}  // namespace luoshi::common
