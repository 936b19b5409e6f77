// PDF: poppler gives the words of each page with their boxes; the layout is read here: lines, a page's two
// columns, running headers, footers and page numbers, and the paragraphs that lines broken by layout make.
#include "formats/detail/readers.hpp"
#include "formats/detail/text.hpp"

#include <fmt/format.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-version.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace luoshi::formats::detail {

namespace {

struct word {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // from the page's top left
    std::string text;
    double size = 0;        // of the type
    double first_word = 0;  // the width of the text up to its first break opportunity
};

enum class column { whole, left, right };

struct line {
    int page = 0;
    column col = column::whole;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string text;
    double first_word = 0;  // how wide a start of the line the line before would have had to hold
    double height() const { return y1 - y0; }
};

// Poppler's complaints about a file, the last one kept for the error message.
std::string& last_poppler_error() {
    thread_local std::string e;
    return e;
}

void keep_poppler_error(std::string const& message, void*) { last_poppler_error() = message; }

std::string utf8_of(poppler::ustring const& u) {
    auto const bytes = u.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// The width of a word's start that a line break could not split: one CJK character, or a run of other
// characters up to a space or a CJK one (15% in 15%左右).
double first_word_width(poppler::text_box const& box, std::string const& text) {
    std::size_t glyph = 0;
    double right = box.bbox().x();
    for (std::size_t i = 0; i < text.size(); ++glyph) {
        auto const b = static_cast<unsigned char>(text[i]);
        std::size_t const len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        std::string_view const cp(text.data() + i, len);
        if (cp == " ") break;
        right = std::max(right, box.char_bbox(glyph).right());
        if (is_cjk(first_code_point(cp))) break;
        i += len;
    }
    return right - box.bbox().x();
}

std::vector<word> page_words(poppler::page const& p) {
    std::vector<word> out;
    for (auto& b : p.text_list(poppler::page::text_list_include_font)) {
        if (b.rotation() != 0) continue;  // a rotated stamp or watermark: not the text of the page
        word w;
        w.text = utf8_of(b.text());
        if (trim(w.text).empty()) continue;
        auto const r = b.bbox();
        w.x0 = r.left(), w.y0 = r.top(), w.x1 = r.right(), w.y1 = r.bottom();
        // a box off any page a reader sees (a broken or hostile file): no text of it, and no order to sort
        if (!(std::abs(w.x0) < 1e5 && std::abs(w.x1) < 1e5 && std::abs(w.y0) < 1e5 && std::abs(w.y1) < 1e5))
            continue;
        w.size = b.get_font_size() > 0 ? b.get_font_size() : r.height();
        w.first_word = first_word_width(b, w.text);
        out.push_back(std::move(w));
    }
    return out;
}

// Words on one line, left to right: a word joins the line above it when its height and the line's tallest
// word's overlap by half the smaller one's (a footnote mark raised above the line stays in it; the next line
// does not overlap, nor does a line of the other column set half a line lower).
std::vector<std::vector<word>> rows_of(std::vector<word> words) {
    std::sort(words.begin(), words.end(),
              [](word const& a, word const& b) { return a.y0 + a.y1 < b.y0 + b.y1; });
    std::vector<std::vector<word>> rows;
    double top = 0, bottom = 0;  // the last line's tallest word
    for (auto& w : words) {
        double const overlap = std::min(bottom, w.y1) - std::max(top, w.y0);
        bool const joins = !rows.empty() && overlap >= std::min(bottom - top, w.y1 - w.y0) / 2;
        if (!joins || w.y1 - w.y0 > bottom - top) top = w.y0, bottom = w.y1;
        if (joins) {
            rows.back().push_back(std::move(w));
        } else {
            rows.push_back({std::move(w)});
        }
    }
    for (auto& r : rows)
        std::sort(r.begin(), r.end(), [](word const& a, word const& b) { return a.x0 < b.x0; });
    return rows;
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

struct gutter {
    double left = 0, right = 0;
};

// The space between two columns: an empty strip near the page's middle that few rows cross, with a good part
// of the rows on each side and the left column's lines ending at it (a table's cells do not).
std::optional<gutter> find_gutter(std::vector<std::vector<word>> const& rows, double width) {
    if (rows.size() < 6) return std::nullopt;
    std::vector<double> heights;
    for (auto const& r : rows) heights.push_back(r.front().y1 - r.front().y0);
    double const em = median(heights);
    width = std::clamp(width, 0.0, 1e5);
    auto const from = static_cast<int>(width * 0.3), to = static_cast<int>(width * 0.7);
    auto const strip = static_cast<std::size_t>(std::max(0, to - from));
    std::vector<std::size_t> crossing(strip, 0);  // how many rows have a word over each point
    for (auto const& r : rows) {
        std::vector<bool> covered(strip, false);
        for (auto const& w : r)
            for (int x = std::max(from, static_cast<int>(w.x0)); x < std::min(to, static_cast<int>(w.x1) + 1);
                 ++x)
                covered[static_cast<std::size_t>(x - from)] = true;
        for (std::size_t x = 0; x < strip; ++x) crossing[x] += covered[x];
    }
    std::size_t const tolerated = rows.size() / 10;
    std::optional<gutter> best;
    for (std::size_t i = 0; i < crossing.size();) {
        if (crossing[i] > tolerated) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < crossing.size() && crossing[j] <= tolerated) ++j;
        gutter const g{static_cast<double>(from) + static_cast<double>(i),
                       static_cast<double>(from) + static_cast<double>(j)};
        if (g.right - g.left >= em / 2 && (!best || g.right - g.left > best->right - best->left)) best = g;
        i = j;
    }
    if (!best) return std::nullopt;
    std::size_t left_rows = 0, right_rows = 0;
    std::vector<double> left_ends;
    for (auto const& r : rows) {
        double end = -1;
        for (auto const& w : r)
            if (w.x1 <= best->left + 1) end = std::max(end, w.x1);
        if (end >= 0) ++left_rows, left_ends.push_back(end);
        right_rows += std::any_of(r.begin(), r.end(), [&](word const& w) { return w.x0 >= best->right - 1; });
    }
    std::size_t const needed = std::max<std::size_t>(3, rows.size() / 5);
    if (left_rows < needed || right_rows < needed || median(left_ends) < best->left - 3 * em)
        return std::nullopt;
    return best;
}

bool numeric(char c) { return (c >= '0' && c <= '9') || c == '.' || c == '%' || c == ','; }

// Whether the gap between two words is a space. Justified Chinese text spreads its glyphs, digits too (51 2.6
// in 512.6 is only spacing): a space is a quarter of the type's size between words of other scripts, and
// between digits a whole one (the columns of a table).
bool spaced(word const& a, word const& b) {
    double const gap = b.x0 - a.x1, size = std::max(a.size, b.size);
    if (numeric(a.text.back()) && numeric(b.text.front())) return gap > size;
    return gap > size / 4;
}

line make_line(std::vector<word> const& words, int page, column col) {
    line l;
    l.page = page;
    l.col = col;
    l.x0 = words.front().x0, l.y0 = words.front().y0, l.x1 = words.front().x1, l.y1 = words.front().y1;
    l.first_word = words.front().first_word;
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto const& w = words[i];
        join(l.text, w.text, i > 0 && spaced(words[i - 1], w));
        l.x0 = std::min(l.x0, w.x0), l.x1 = std::max(l.x1, w.x1);
        if (w.y1 - w.y0 > l.height()) l.y0 = w.y0, l.y1 = w.y1;  // the line's type, not a raised mark
    }
    return l;
}

// A page's lines in reading order: on a page of two columns, the left column and then the right one between
// two lines that run across both (a title, a heading over both columns).
std::vector<line> page_lines(std::vector<std::vector<word>> const& rows, int page, double width) {
    auto const g = find_gutter(rows, width);
    std::vector<line> out, left, right;
    auto flush_columns = [&] {
        out.insert(out.end(), left.begin(), left.end());
        out.insert(out.end(), right.begin(), right.end());
        left.clear(), right.clear();
    };
    for (auto const& r : rows) {
        bool const across = !g || std::any_of(r.begin(), r.end(), [&](word const& w) {
            return w.x0 < g->right - 1 && w.x1 > g->left + 1;
        });
        if (across) {
            flush_columns();
            out.push_back(make_line(r, page, column::whole));
            continue;
        }
        std::vector<word> l, rt;
        for (auto const& w : r) (w.x1 <= g->left + 1 ? l : rt).push_back(w);
        if (!l.empty()) left.push_back(make_line(l, page, column::left));
        if (!rt.empty()) right.push_back(make_line(rt, page, column::right));
    }
    flush_columns();
    return out;
}

// 3, - 3 -, — 3 —, 第3页, 第3页 共12页, 3/12: a page number and nothing else.
bool page_number(std::string_view s) {
    bool digit = false;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] >= '0' && s[i] <= '9') {
            digit = true, ++i;
            continue;
        }
        bool skipped = false;
        for (std::string_view w : {" ", "-", "/", "—", "–", "－", "第", "页", "共", "Page", "page", "of"})
            if (s.substr(i, w.size()) == w) {
                i += w.size(), skipped = true;
                break;
            }
        if (!skipped) return false;
    }
    return digit;
}

std::string without_digits(std::string_view s) {
    std::string out;
    for (char c : s)
        if ((c < '0' || c > '9') && c != ' ') out += c;
    return out;
}

// Running headers and footers: a row at a page's top or bottom edge that is a page number, or whose words
// (less their digits) stand at the edge of at least half the pages, two at least. Done before the columns are
// looked for: a page number sits in the middle, where the space between two columns is.
void drop_running_rows(std::vector<std::vector<std::vector<word>>>& pages,
                       std::vector<double> const& heights) {
    auto text_of = [](std::vector<word> const& row) { return make_line(row, 0, column::whole).text; };
    auto edges = [&](std::size_t p) {  // rows are in order from the top
        std::vector<std::size_t> out;
        auto const& rows = pages[p];
        for (std::size_t k = 0; k < rows.size() && k < 2; ++k)
            if (rows[k].front().y1 < heights[p] * 0.12) out.push_back(k);
        for (std::size_t k = 0; k < rows.size() && k < 2; ++k) {
            std::size_t const i = rows.size() - 1 - k;
            if (rows[i].front().y0 > heights[p] * 0.88 && std::find(out.begin(), out.end(), i) == out.end())
                out.push_back(i);
        }
        return out;
    };
    std::map<std::string, std::set<std::size_t>> seen;  // words at an edge → the pages they stand on
    for (std::size_t p = 0; p < pages.size(); ++p)
        for (std::size_t i : edges(p)) seen[without_digits(text_of(pages[p][i]))].insert(p);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        std::vector<bool> drop(pages[p].size(), false);
        for (std::size_t i : edges(p)) {
            std::string const t = text_of(pages[p][i]);
            auto const n = seen[without_digits(t)].size();
            drop[i] = page_number(t) || (n >= 2 && 2 * n >= pages.size());
        }
        std::vector<std::vector<word>> kept;
        for (std::size_t i = 0; i < pages[p].size(); ++i)
            if (!drop[i]) kept.push_back(std::move(pages[p][i]));
        pages[p] = std::move(kept);
    }
}

struct area {
    double left = 1e9, right = -1e9;
};

// Whether line b goes on the paragraph of line a: the same size of type, no wider gap than between lines, b
// not indented, and a full up to its column's edge (the start of b would not have fitted on a).
bool continues(line const& a, line const& b, std::map<std::pair<int, column>, area> const& areas) {
    double const h = a.height();
    if (std::abs(b.height() - h) > 0.2 * h) return false;
    auto const& aa = areas.at({a.page, a.col});
    auto const& ba = areas.at({b.page, b.col});
    bool const same_area = a.page == b.page && a.col == b.col;
    if (same_area && b.y0 - a.y1 > 0.5 * h) return false;
    if (b.x0 > ba.left + 0.8 * b.height()) return false;
    return a.x1 + b.first_word >= aa.right - 0.6 * h;
}

std::optional<format_error> refused(std::string const& bytes) {
    std::string_view const head = std::string_view(bytes).substr(0, 1024);
    if (head.find("%PDF-") == std::string_view::npos) return format_error{"not a PDF file (no %PDF- header)"};
    std::string_view const tail =
        std::string_view(bytes).substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
    if (tail.find("%%EOF") == std::string_view::npos)
        return format_error{
            "a truncated PDF: it does not end as a PDF file does (no %%EOF); download it again"};
    return std::nullopt;
}

}  // namespace

std::variant<document, format_error> read_pdf(std::string const& bytes) {
    if (auto e = refused(bytes)) return *e;
    poppler::set_debug_error_function(keep_poppler_error, nullptr);
    last_poppler_error().clear();
    poppler::byte_array data(bytes.begin(), bytes.end());
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_data(&data));
    if (!pdf) return format_error{fmt::format("poppler cannot read the PDF: {}", last_poppler_error())};
    if (pdf->is_locked())
        return format_error{
            "an encrypted PDF that needs a password to open; luoshi takes none: save a copy "
            "without the password"};
    std::vector<std::vector<std::vector<word>>> rows;  // by page
    std::vector<double> heights, widths;
    for (int i = 0; i < pdf->pages(); ++i) {
        std::unique_ptr<poppler::page> p(pdf->create_page(i));
        if (!p)
            return format_error{fmt::format("poppler cannot read page {}: {}", i + 1, last_poppler_error())};
        auto const box = p->page_rect();
        heights.push_back(box.height());
        widths.push_back(box.width());
        rows.push_back(rows_of(page_words(*p)));
    }
    drop_running_rows(rows, heights);
    std::vector<std::vector<line>> pages;
    for (std::size_t i = 0; i < rows.size(); ++i)
        pages.push_back(page_lines(rows[i], static_cast<int>(i) + 1, widths[i]));
    std::map<std::pair<int, column>, area> areas;
    for (auto const& ls : pages)
        for (auto const& l : ls) {
            auto& a = areas[{l.page, l.col}];
            a.left = std::min(a.left, l.x0), a.right = std::max(a.right, l.x1);
        }
    text_builder text;
    line const* last = nullptr;
    for (auto const& ls : pages)
        for (std::size_t i = 0; i < ls.size(); ++i) {
            auto const& l = ls[i];
            if (last && !continues(*last, l, areas)) text.end_paragraph();
            text.add(trim(l.text), fmt::format("page {}, line {}", l.page, i + 1), true);
            last = &l;
        }
    document d;
    d.format = format::pdf;
    d.encoding = "UTF-8";
    d.converter = "poppler " + poppler::version_string();
    if (text.empty())
        return format_error{
            "a PDF with no text layer (a scanned document?): luoshi reads a PDF's text and does "
            "no OCR"};
    std::string const title = utf8_of(pdf->get_title());
    if (has_cjk(title)) d.title = std::string(trim(title));
    text.finish(d);
    return d;
}

}  // namespace luoshi::formats::detail
