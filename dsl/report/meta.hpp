#pragma once

#include "rules/statement.hpp"

#include <optional>
#include <string>
#include <string_view>

// What a report says about itself: its title, its region and its date, from the title, the byline
// (——2015年2月5日在示例区第十四届人民代表大会第四次会议上), a date line (发布时间：2015-01-13) or the
// signature.
namespace luoshi::dsl::report {

struct report_meta {
    std::string title;
    std::string region;
    std::string region_source;  // title, byline, signature; empty when none names one
    std::optional<rules::date> date;
    std::string date_source;  // byline, 发布时间 (the label), title
};

report_meta read_meta(std::string_view text);

// Whether a line opens a part of the report with its first words (过去一年，…; 2014年已经过去): it starts a
// sentence even right after a line that stopped without punctuation.
bool opens_part(std::string_view line, std::optional<rules::date> date);

}  // namespace luoshi::dsl::report
