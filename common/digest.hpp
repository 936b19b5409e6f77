#pragma once

#include <string>
#include <string_view>

namespace luoshi::common {

// The SHA-1 of some bytes, 40 lowercase hex digits: a report's identity in the store, whatever its path.
std::string sha1_hex(std::string_view bytes);

}  // namespace luoshi::common
