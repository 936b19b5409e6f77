#pragma once

#include "rules/statement.hpp"

#include <optional>
#include <string>
#include <string_view>

// What time a heading or a paragraph's lead says the part it opens speaks of, and which way the content of a
// part leans when its heading names no time (一年接着一年干).
namespace luoshi::dsl::report {

struct scope_reading {
    rules::time_scope scope;
    std::string why;      // the words that decided: 工作回顾 + 2025年
    bool opener = false;  // the words open a part of the report: the paragraphs after it share its time
    bool tensed = false;  // a word says review or intent (工作回顾, 目标); else only a time was named
};

// The first clause's words decide the class (a review, targets, a vision, other): the first word that has
// one, so that 刚刚过去的2017年，主要目标任务全面完成 is a review although 目标任务 is a planning word. The
// first time named (a year, a plan, five years) gives the years. Nothing when the words name no time. `lead`:
// the words are a paragraph's first clause, where the report's own year alone says nothing.
std::optional<scope_reading> scope_of_words(std::string_view text, std::optional<rules::date> date,
                                            bool lead = false);

// Which way a part's content leans: the weights of its words of results (> 0) and of intent (< 0), summed.
int content_lean(std::string_view text);

// The years of a plan: 十三五 (13) → 2016–2020.
rules::time_scope plan_years(int number, rules::scope_kind kind);

}  // namespace luoshi::dsl::report
