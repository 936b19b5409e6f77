#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Traditional Chinese read as simplified: 報告 → 报告, 增長 → 增长, 以內 → 以内 (OpenCC's t2s), with the way
// back from every character of the simplified text to the one it was converted from.
namespace luoshi::common {

struct simplified_text {
    std::string utf8;
    // for each code point start of utf8, and its end: the offset of the code point it came from in the text
    // converted (and that text's end)
    std::vector<std::uint32_t> starts, from;

    std::size_t to_source(std::size_t offset) const;
};

// The text in simplified characters when it is written in traditional ones (a sample of it changes under
// t2s); nothing when it is simplified already. Throws std::runtime_error when OpenCC cannot be loaded.
std::optional<simplified_text> simplified_chinese(std::string_view utf8);

// The text converted to simplified characters, whatever it is written in (OpenCC's t2s).
std::string simplified_characters(std::string_view utf8);

// The text in traditional characters (OpenCC's s2t): what the tests write to check the other way.
std::string traditional_chinese(std::string_view utf8);

}  // namespace luoshi::common
