#include "dsl/report/sections.hpp"

#include "dsl/detail/word_table.hpp"
#include "dsl/lexicon/words.hpp"

#include <string>

namespace luoshi::dsl::report {

namespace {

// A year written in a heading (2015年工作回顾), or none.
std::optional<int> year_in(std::string_view s) {
    for (std::size_t i = 0; i + 7 <= s.size(); ++i) {
        if (s[i] < '1' || s[i] > '2') continue;
        bool digits = true;
        for (std::size_t k = 0; k < 4; ++k) digits = digits && s[i + k] >= '0' && s[i + k] <= '9';
        if (digits && s.substr(i + 4, 3) == "年") {
            int const y = std::stoi(std::string(s.substr(i, 4)));
            if (y >= 1900 && y <= 2100) return y;  // 1007年 is no report's year
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<section> section_of(std::string_view s, std::optional<rules::date> date, bool heading) {
    section sec;
    static detail::word_set const review_words(words::review_words), plan_words(words::plan_words);
    bool const review = review_words.found_in(s);
    bool const plan = plan_words.found_in(s);
    if (!review && !plan && !heading) return std::nullopt;
    int const year = date ? static_cast<int>(date->year()) : 0;
    bool const early = date && date->month() <= 4;  // a report early in the year reviews the year before
    std::optional<int> const y = year_in(s);
    if (review && !plan) {
        sec.kind = rules::statement_kind::figure;
        sec.figure_year = y ? *y
                            : (early && date ? std::optional<int>(year - 1)
                                             : (date ? std::optional<int>(year) : std::nullopt));
        // 过去五年, 五年来: the figures of a plan period's review add up five years, not the last one
        if (!y && words::contains_one_of(s, words::five_year_reviews)) sec.figure_years = 5;
        return sec;
    }
    if (plan) {
        sec.kind = rules::statement_kind::goal;
        return sec;
    }
    if (heading && y && date) {
        // 2015年实施六大工程力争GDP增长8% / 2014年工作 without the words: the year against the report's
        // decides
        if (*y >= year) {
            sec.kind = rules::statement_kind::goal;
        } else {
            sec.kind = rules::statement_kind::figure;
            sec.figure_year = *y;
        }
        return sec;
    }
    return std::nullopt;
}

bool starts_with_review_opener(std::string_view s) {
    return words::starts_with_one_of(s, words::review_openers);
}

bool starts_like_opener(std::string_view s) {
    if (s.size() >= 7 && s[0] >= '1' && s[0] <= '2' && s.substr(4, 3) == "年") return true;
    return words::starts_with_one_of(s, words::opener_starts);
}

bool opens_report_section(std::string_view s) {
    static detail::word_set const openers(words::report_section_openers);
    return openers.found_in(s);
}

}  // namespace luoshi::dsl::report
