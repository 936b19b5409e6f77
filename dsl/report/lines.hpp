#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

// The lines of a report and what each is: a heading, a byline or page furniture, or body text whose
// sentences may run on across lines that page layout broke.
namespace luoshi::dsl::report {

struct line {
    std::size_t begin = 0, end = 0;  // bytes of the text, without the newline
    std::string_view text;           // trimmed
};

enum class line_kind { blank, meta, heading, body };

std::vector<line> split_lines(std::string_view text);

// A heading is a short line with no punctuation inside or at its end; a long line that stops without
// punctuation was broken by layout and goes on in the next line of text, and so does a short line that
// continues such a broken sentence (努力实现居民 ⏎⏎ 2015年底回迁目标；).
std::vector<line_kind> classify(std::vector<line> const& lines);

// Whether line i carries on a sentence that the last body line before it (blank lines between) left without
// its end.
bool continues_broken(std::vector<line> const& lines, std::vector<line_kind> const& kinds, std::size_t i);

// Trims what lines are padded with: ASCII spaces, tabs and CR, the ideographic space (U+3000) and the
// no-break space (U+00A0, the &nbsp; of scraped pages).
std::string_view trim(std::string_view s);

bool ends_sentence(std::string_view s);

// Where the first sentence end (。！？!?) in text[k, e) ends, or npos.
std::size_t next_sentence_end(std::string_view text, std::size_t k, std::size_t e);

}  // namespace luoshi::dsl::report
