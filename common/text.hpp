#pragma once

#include <string_view>

// What C++17's string_view lacks and every reader asks of a text (C++20 has them as members).
namespace luoshi::common {

constexpr bool starts_with(std::string_view s, std::string_view w) { return s.substr(0, w.size()) == w; }

constexpr bool ends_with(std::string_view s, std::string_view w) {
    return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

}  // namespace luoshi::common
