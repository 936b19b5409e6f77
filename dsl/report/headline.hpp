#pragma once

#include "dsl/report.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

// The headline targets of a report: the passage that lists the year's main expected targets
// (今年经济社会发展的 主要预期目标是：地区生产总值增长5%左右，…), or a plan's (“十五五”…的主要目标是：…).
namespace luoshi::dsl::report {

struct passage {
    std::size_t begin = 0, end = 0;  // bytes of the text
};

// The passages: from the words after such a name (主要预期目标是：) to the end of its paragraph; when the
// name ends its paragraph (…主要预期目标是：⏎ 国内生产总值增长8％左右；…), the next paragraph.
std::vector<passage> headline_passages(std::string_view text, outline const& o);

}  // namespace luoshi::dsl::report
