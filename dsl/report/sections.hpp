#pragma once

#include "dsl/report.hpp"

#include <optional>
#include <string_view>

// What a heading or a lead sentence says about the section it opens: goals (工作安排, 主要预期目标) or
// results (工作回顾, 过去一年), and the year results describe.
namespace luoshi::dsl::report {

// A heading (heading = true) or the first words of a paragraph; nothing when it opens no section.
std::optional<section> section_of(std::string_view s, std::optional<rules::date> date, bool heading);

// 过去一年, 过去的一年, 一年来, 去年 at the start of a sentence inside a paragraph
bool starts_with_review_opener(std::string_view s);

// Whether a line may open a section: a year (2014年已经过去) or an opener word at its start. Cheap, so the
// full look at the line is only for the few that pass.
bool starts_like_opener(std::string_view s);

// The words with which a report opens a part of itself, as opposed to a paragraph's passing 下一步将.
bool opens_report_section(std::string_view s);

}  // namespace luoshi::dsl::report
