#pragma once

#include "formats/document.hpp"

#include <string>
#include <string_view>
#include <vector>

// What the three readers share: building the text with its blocks, spaces between Chinese and other text,
// dates and titles.
namespace luoshi::formats::detail {

// Builds document::text: paragraphs as lines with a blank line between two, and the blocks they came from.
class text_builder {
public:
    // Appends to the open paragraph (opening one when none is), after a space when `space` and neither side
    // is CJK; a place other than the last starts a block.
    void add(std::string_view piece, std::string_view place, bool space = false);
    // Closes the open paragraph, if any.
    void end_paragraph();
    // A paragraph of its own: the lines of s (cut at '\n'), each trimmed, the empty ones left out. With
    // `marks`, byte offsets into s in increasing order become the offsets into the text where they stand.
    void paragraphs(std::string_view s, std::string_view place, std::vector<std::size_t>* marks = nullptr);
    bool empty() const { return text_.empty(); }
    void finish(document& d);

private:
    std::string text_;
    std::vector<block> blocks_;
    bool open_ = false;
};

// Whether a code point is Chinese, Japanese or Korean text or their full-width punctuation: no space is kept
// next to one (HTML's line breaks and indents, a PDF's gaps between glyphs, are layout, not text).
bool is_cjk(char32_t c);
// The first and last code points of a string (0 when empty or invalid).
char32_t first_code_point(std::string_view s);
char32_t last_code_point(std::string_view s);

// Whether a space the layout put between two stretches of text is kept: not next to CJK text, and only one.
bool keeps_space(std::string_view left, std::string_view right);
// Appends piece to out, after a space when `space` says the layout had one and keeps_space.
void join(std::string& out, std::string_view piece, bool space);

// Spaces (ASCII, no-break, ideographic) cut off both ends.
std::string_view trim(std::string_view s);

// A date in s, the first one: 2015-01-20, 2015/1/20, 2015.01.20, 2015年1月20日; as YYYY-MM-DD, or empty.
std::string date_in(std::string_view s);

// Whether s holds a CJK character: a metadata title of only Latin letters is a file name, not a title.
bool has_cjk(std::string_view s);

}  // namespace luoshi::formats::detail
