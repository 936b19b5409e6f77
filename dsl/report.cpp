#include "dsl/report.hpp"

#include "dsl/detail/word_table.hpp"
#include "dsl/lower.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace luoshi::dsl {
namespace {

using rules::statement_kind;

struct line {
    std::size_t begin = 0, end = 0;  // bytes of the text, without the newline
    std::string_view text;           // trimmed
};

bool ends_sentence(std::string_view s) {
    for (std::string_view p : {"。", "！", "？", "；", "：", "!", "?", ";", ":", "…", "”", "」", "）", ")"})
        if (s.size() >= p.size() && s.substr(s.size() - p.size()) == p) return true;
    return false;
}

bool has_inner_punctuation(std::string_view s) {
    for (std::string_view p : {"，", "。", "；", "、", ",", ";"})
        if (s.find(p) != std::string_view::npos) return true;
    return false;
}

// Words to look for anywhere in a line, at each character with one probe of a word_table: find would stop
// at every byte equal to a word's first, which in Chinese text is the lead byte of many characters.
class word_set {
public:
    word_set(std::initializer_list<std::string_view> words) : table_(listed(words)) {}

    // Whether s (valid UTF-8 but for a character cut at its end) contains one of the words.
    bool found_in(std::string_view s) const {
        char const* p = s.data();
        char const* const last = p + s.size();
        std::size_t len = 0;
        while (p < last) {
            auto const b0 = static_cast<unsigned char>(*p);
            std::ptrdiff_t const n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
            if (last - p < n) break;  // the first 60 bytes of a line may end inside a character
            if (table_.longest_at(p, last, len)) return true;
            p += n;
        }
        return false;
    }

private:
    static std::vector<std::pair<std::string_view, int>> listed(
        std::initializer_list<std::string_view> words) {
        std::vector<std::pair<std::string_view, int>> out;
        for (auto w : words) out.emplace_back(w, 1);
        return out;
    }
    detail::word_table<int> table_;
};

// Two lists of words looked for in one walk: each word's value has the bit of its list and the bits of the
// words that are prefixes of it, so the longest word at a place tells every list that has a word there.
class word_marks {
public:
    word_marks(std::initializer_list<std::string_view> first, std::initializer_list<std::string_view> second)
        : table_(listed(first, second)) {}

    // The lists (bit 1: first, bit 2: second) with a word in s (valid UTF-8 but for a character cut at its
    // end).
    unsigned found_in(std::string_view s) const {
        char const* p = s.data();
        char const* const last = p + s.size();
        std::size_t len = 0;
        unsigned marks = 0;
        while (p < last && marks != 3u) {
            auto const b0 = static_cast<unsigned char>(*p);
            std::ptrdiff_t const n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
            if (last - p < n) break;  // the first 60 bytes of a line may end inside a character
            if (unsigned const* m = table_.longest_at(p, last, len)) marks |= *m;
            p += n;
        }
        return marks;
    }

private:
    static std::vector<std::pair<std::string_view, unsigned>> listed(
        std::initializer_list<std::string_view> first, std::initializer_list<std::string_view> second) {
        std::vector<std::pair<std::string_view, unsigned>> words;
        for (auto w : first) words.emplace_back(w, 1u);
        for (auto w : second) words.emplace_back(w, 2u);
        std::vector<std::pair<std::string_view, unsigned>> out;
        for (auto const& [w, bit] : words) {
            unsigned marks = 0;
            for (auto const& [v, other] : words)
                if (w.substr(0, v.size()) == v) marks |= other;
            out.emplace_back(w, marks);
        }
        return out;
    }
    detail::word_table<unsigned> table_;
};

// Trims what lines are padded with: ASCII spaces, tabs and CR, the ideographic space (U+3000) and the
// no-break space (U+00A0, the &nbsp; of scraped pages).
std::string_view trim(std::string_view s) {
    constexpr std::string_view spaces[] = {" ", "\t", "\r", "\u3000", "\u00a0"};
    auto cut_front = [&] {
        for (auto w : spaces)
            if (s.substr(0, w.size()) == w) {
                s.remove_prefix(w.size());
                return true;
            }
        return false;
    };
    auto cut_back = [&] {
        for (auto w : spaces)
            if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) {
                s.remove_suffix(w.size());
                return true;
            }
        return false;
    };
    while (cut_front()) continue;
    while (cut_back()) continue;
    return s;
}

// Whether s has at most n code points. A code point takes one to four bytes, so most lines are told by their
// length in bytes and only the others are counted.
bool at_most_chars(std::string_view s, std::size_t n) {
    if (s.size() <= n) return true;
    if (s.size() > 4 * n) return false;
    std::size_t count = 0;
    for (char c : s) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count <= n;
}

// 一、2014年工作回顾, （二）主要预期目标, 3. 重点工作: a heading's number is not punctuation of its text.
std::string_view without_list_number(std::string_view s) {
    static constexpr std::string_view numbers[] = {"一", "二", "三", "四", "五",
                                                   "六", "七", "八", "九", "十"};
    std::string_view r = s;
    if (r.substr(0, 3) == "（")
        r.remove_prefix(3);
    else if (r.substr(0, 1) == "(")
        r.remove_prefix(1);
    bool any = false;
    for (bool more = true; more;) {
        more = false;
        for (auto n : numbers)
            if (r.substr(0, n.size()) == n) r.remove_prefix(n.size()), any = more = true;
        while (!r.empty() && r[0] >= '0' && r[0] <= '9') r.remove_prefix(1), any = more = true;
    }
    if (!any) return s;
    for (std::string_view sep : {"、", "）", ")", ".", "．"})
        if (r.substr(0, sep.size()) == sep) return r.substr(sep.size());
    return s;
}

// Bylines, dates of publication, page furniture: not sentences of the report.
bool is_meta(std::string_view s) {
    // a table, looked up once at the start of the line: every line of a report asks
    static detail::word_table<int> const starts = [] {
        std::vector<std::pair<std::string_view, int>> words;
        for (std::string_view w : {"发布时间", "发布日期", "来源", "作者", "记者",     "编辑",     "责任编辑",
                                   "浏览次数", "点击",     "【",   "[",    "打印",     "关闭",     "字号",
                                   "分享",     "图片",     "图为", "摄影", "信息来源", "发布机构", "索引号"})
            words.emplace_back(w, 0);
        return detail::word_table<int>(words);
    }();
    std::size_t len = 0;
    return !s.empty() && starts.longest_at(s.data(), s.data() + s.size(), len) != nullptr;
}

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

// What a heading or a lead sentence says about the section it opens.
std::optional<section> section_of(std::string_view s, std::optional<rules::date> date, bool heading) {
    section sec;
    // the words of a review (bit 1) and of plans (bit 2)
    static word_marks const review_and_plan_words = {
        {"工作回顾", "回顾", "过去一年", "过去的一年", "一年来", "过去五年", "主要成绩", "取得的成绩",
         "成绩单", "已经过去", "刚刚过去"},
        {"工作安排", "工作打算", "工作思路", "目标任务", "主要预期目标", "主要目标", "下一步", "今后",
         "重点工作", "总体要求", "工作部署", "主要任务", "将着力", "工作任务", "发展目标", "要着力",
         "已经到来", "新的一年", "展望"}};
    unsigned const marks = review_and_plan_words.found_in(s);
    bool const review = (marks & 1u) != 0;
    bool const plan = (marks & 2u) != 0;
    if (!review && !plan && !heading) return std::nullopt;  // most lines: nothing else to look at
    int const year = date ? static_cast<int>(date->year()) : 0;
    bool const early = date && date->month() <= 4;  // a report early in the year reviews the year before
    std::optional<int> const y = year_in(s);
    if (review && !plan) {
        sec.kind = statement_kind::figure;
        sec.figure_year = y ? *y
                            : (early && date ? std::optional<int>(year - 1)
                                             : (date ? std::optional<int>(year) : std::nullopt));
        // 过去五年, 五年来: the figures of a plan period's review add up five years, not the last one
        static word_set const five_years = {"过去五年", "过去的五年", "五年来"};
        if (!y && five_years.found_in(s)) sec.figure_years = 5;
        return sec;
    }
    if (plan) {
        sec.kind = statement_kind::goal;
        return sec;
    }
    if (heading && y && date) {
        // 2015年实施六大工程力争GDP增长8% / 2014年工作 without the words: the year against the report's
        // decides
        if (*y >= year) {
            sec.kind = statement_kind::goal;
            return sec;
        }
        if (*y < year) {
            sec.kind = statement_kind::figure;
            sec.figure_year = *y;
            return sec;
        }
    }
    return std::nullopt;
}

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (s.substr(0, w.size()) == w) return true;
    return false;
}

// 过去一年, 过去的一年, 一年来, 去年 at the start of a sentence in a paragraph: every sentence asks, and few
// start with the lead byte of 过 (E8), 一 (E4) or 去 (E5)
bool starts_with_review_opener(std::string_view s) {
    if (s.empty() || (s[0] != '\xE8' && s[0] != '\xE4' && s[0] != '\xE5')) return false;
    return starts_with_any(s, {"过去一年", "过去的一年", "一年来", "去年"});
}

// Where the first sentence end (。！？!?) in text[k, e) ends, or npos. The text is valid UTF-8, so their
// bytes are found without walking characters: E3 and EF only ever lead a character, and ! ? are ASCII. SSE2
// looks at 16 bytes at a time for those four bytes.
std::size_t next_sentence_end(std::string_view text, std::size_t k, std::size_t e) {
    auto end_at = [&](std::size_t i) -> std::size_t {
        auto const b = static_cast<unsigned char>(text[i]);
        if (b == '!' || b == '?') return i + 1;
        if (i + 2 >= e) return 0;
        if (b == 0xE3 && text[i + 1] == '\x80' && text[i + 2] == '\x82') return i + 3;  // 。
        if (b == 0xEF && text[i + 1] == '\xBC' && (text[i + 2] == '\x81' || text[i + 2] == '\x9F'))
            return i + 3;  // ！？
        return 0;
    };
#if defined(__SSE2__)
    for (; e - k >= 16; k += 16) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(text.data() + k));
        auto is = [&v](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
        auto candidates = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(is('!'), is('?')), _mm_or_si128(is('\xE3'), is('\xEF')))));
        for (; candidates != 0; candidates &= candidates - 1)
            if (auto const end = end_at(k + static_cast<unsigned>(__builtin_ctz(candidates)))) return end;
    }
#endif
    for (; k < e; ++k)
        if (auto const end = end_at(k)) return end;
    return std::string_view::npos;
}

// Whether a line may open a section: a year (2014年已经过去) or an opener word at its start. Cheap, so the
// full look at the line is only for the few that pass.
bool starts_like_opener(std::string_view s) {
    if (s.size() >= 7 && s[0] >= '1' && s[0] <= '2' && s.substr(4, 3) == "年") return true;
    return starts_with_any(s, {"过去", "一年来", "去年", "今年", "回顾", "展望", "新的一年", "主要预期目标"});
}

// The words with which a report opens a part of itself, as opposed to a paragraph's passing 下一步将.
bool opens_report_section(std::string_view s) {
    static word_set const openers = {"已经过去", "刚刚过去", "工作回顾", "过去一年",     "过去的一年",
                                     "一年来",   "过去五年", "已经到来", "主要预期目标", "工作安排",
                                     "工作打算", "新的一年", "展望"};
    return openers.found_in(s);
}

std::optional<rules::date> date_after(std::string_view s) {
    int y = 0, m = 0, d = 0;
    std::string const str(s.substr(0, std::min<std::size_t>(s.size(), 40)));
    for (std::size_t i = 0; i < str.size(); ++i) {
        if (str[i] < '1' || str[i] > '2') continue;
        char const* p = str.c_str() + i;
        if (std::sscanf(p, "%4d-%2d-%2d", &y, &m, &d) == 3 ||
            std::sscanf(p, "%4d/%2d/%2d", &y, &m, &d) == 3 ||
            std::sscanf(p, "%4d.%2d.%2d", &y, &m, &d) == 3 ||
            std::sscanf(p, "%4d\xE5\xB9\xB4%2d\xE6\x9C\x88%2d\xE6\x97\xA5", &y, &m, &d) == 3) {
            try {
                return rules::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                   static_cast<unsigned short>(d));
            } catch (std::exception const&) {
                return std::nullopt;
            }
        }
    }
    return std::nullopt;
}

std::vector<line> split_lines(std::string_view text) {
    std::vector<line> out;
    std::size_t b = 0;
    while (b <= text.size()) {
        std::size_t e = text.find('\n', b);
        if (e == std::string_view::npos) e = text.size();
        line l;
        l.begin = b;
        l.end = e;
        l.text = trim(text.substr(b, e - b));
        out.push_back(l);
        if (e == text.size()) break;
        b = e + 1;
    }
    return out;
}

}  // namespace

std::optional<rules::date> stated_date(std::string_view utf8) {
    for (auto const& l : split_lines(utf8.substr(0, std::min<std::size_t>(utf8.size(), 4096)))) {
        for (std::string_view w : {"发布时间", "发布日期", "日期", "时间"}) {
            auto const at = l.text.find(w);
            if (at != std::string_view::npos) {
                if (auto d = date_after(l.text.substr(at + w.size()))) return d;
            }
        }
    }
    return std::nullopt;
}

report_reading read_report(std::string_view text, report_context const& rctx) {
    report_reading out;
    out.date = rctx.date ? rctx.date : stated_date(text);

    // A report states about one thing in 500 bytes, rarely one in 256: room made once instead of by doubling,
    // which moves them all
    out.statements.reserve(text.size() / 256 + 8);
    auto const lines = split_lines(text);
    // Which lines are sentences of the text: not blank, not meta, not a heading. A heading is a short line
    // with no punctuation inside or at its end; a long line that stops without punctuation was broken by
    // layout and goes on in the next line of text.
    enum class kind { blank, meta, heading, body };
    std::vector<kind> kinds(lines.size(), kind::blank);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto const& l = lines[i];
        if (l.text.empty()) continue;
        if (is_meta(l.text))
            kinds[i] = kind::meta;
        else if (at_most_chars(l.text, 40) && !ends_sentence(l.text) &&
                 !has_inner_punctuation(without_list_number(l.text)))
            kinds[i] = kind::heading;
        else
            kinds[i] = kind::body;
    }
    // Whether line i carries on a sentence that the last body line before it (blank lines between) left
    // without its end.
    auto continues_broken = [&](std::size_t i) {
        std::size_t p = i;
        while (p > 0 && kinds[p - 1] == kind::blank) --p;
        return p > 0 && kinds[p - 1] == kind::body && !ends_sentence(lines[p - 1].text);
    };
    // A short line that continues a broken sentence is body, not a heading: 努力实现居民 ⏎⏎
    // 2015年底回迁目标；
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (kinds[i] == kind::heading && continues_broken(i)) kinds[i] = kind::body;

    dsl::context base;
    base.valid_utf8 = true;  // read_report's caller decoded the text
    base.reference = out.date;
    base.catalog = rctx.catalog;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (kinds[i] == kind::heading) {
            if (out.title.empty()) out.title = std::string(lines[i].text);
            if (auto s = section_of(lines[i].text, out.date, true)) {
                s->start = lines[i].begin;
                out.sections.push_back(*s);
            }
        }
    }

    // Where paragraphs of body text start (after their leading spaces): lead sentences are looked for there.
    std::vector<std::size_t> paragraph_starts;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (kinds[i] != kind::body) continue;
        if (!continues_broken(i))
            paragraph_starts.push_back(static_cast<std::size_t>(lines[i].text.data() - text.data()));
    }

    // Sentences: spans of body text up to 。！？ or to a line end that closes a sentence.
    std::size_t si = 0;  // index into out.sections
    section active;
    std::optional<section> paragraph_section;
    std::vector<section> leads;
    auto read_sentence = [&](std::size_t b, std::size_t e) {
        std::string_view const s = text.substr(b, e - b);
        if (trim(s).empty()) return;
        while (si < out.sections.size() && out.sections[si].start <= b) active = out.sections[si++];
        // A lead sentence at the start of a paragraph opens a section: the report's own openers
        // (2014年已经过去, 过去一年, 主要预期目标是) until the next one; a paragraph's (…表示，下一步将…) for
        // that paragraph only
        bool const paragraph_start = !paragraph_starts.empty() &&
                                     std::binary_search(paragraph_starts.begin(), paragraph_starts.end(), b);
        if (paragraph_start) paragraph_section.reset();
        if (paragraph_start)
            if (auto lead = section_of(s.substr(0, std::min<std::size_t>(s.size(), 60)), out.date, false)) {
                lead->start = b;
                if (opens_report_section(s.substr(0, std::min<std::size_t>(s.size(), 60))))
                    active = *lead;
                else
                    paragraph_section = *lead;
                leads.push_back(*lead);
            }
        // 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…: a review opener inside a paragraph
        // of goals makes the rest of that paragraph results
        if (!paragraph_start && starts_with_review_opener(trim(s)))
            if (auto lead = section_of(s.substr(0, std::min<std::size_t>(s.size(), 60)), out.date, false))
                if (lead->kind == statement_kind::figure) {
                    lead->start = b;
                    paragraph_section = *lead;
                    leads.push_back(*lead);
                }
        section const& in_force = paragraph_section ? *paragraph_section : active;
        dsl::context ctx = base;
        ctx.default_kind = in_force.kind;
        ctx.figure_year = in_force.figure_year;
        ctx.figure_years = in_force.figure_years;
        auto r = parse_sentence(s, ctx);
        for (auto& st : r.statements) {
            st.src.start += b;
            st.src.end += b;
            st.region = rctx.region;
            st.src.report = rctx.report;
            out.statements.push_back(std::move(st));
        }
        for (auto& d : r.diagnostics) {
            if (d.severity != severity::note)
                continue;  // a sentence that states nothing is no error in a report
            d.offset += b;
            out.diagnostics.push_back(std::move(d));
        }
    };
    constexpr std::size_t none = std::string_view::npos;
    std::size_t open = none;  // start of the sentence being collected
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (kinds[i] == kind::blank) continue;
        if (kinds[i] != kind::body) {
            if (open != none) {
                read_sentence(open, lines[i].begin);
                open = none;
            }
            // A heading can state the year's main goal (2015年实施六大工程力争GDP增长8%)
            if (kinds[i] == kind::heading) {
                auto const hb = static_cast<std::size_t>(lines[i].text.data() - text.data());
                read_sentence(hb, hb + lines[i].text.size());
            }
            continue;
        }
        auto const& l = lines[i];
        std::size_t const text_start = static_cast<std::size_t>(l.text.data() - text.data());
        // A line that opens with a lead (2014年已经过去, 过去一年) starts a sentence even after a line that
        // stopped without punctuation: scraped pages glue a headline to the text before it.
        if (open != none && starts_like_opener(l.text) &&
            section_of(l.text.substr(0, std::min<std::size_t>(l.text.size(), 60)), out.date, false)) {
            read_sentence(open, l.begin);
            open = none;
            if (!std::binary_search(paragraph_starts.begin(), paragraph_starts.end(), text_start))
                paragraph_starts.insert(
                    std::upper_bound(paragraph_starts.begin(), paragraph_starts.end(), text_start),
                    text_start);
        }
        if (open == none) open = text_start;
        // split inside the line at sentence ends (。！？!?)
        for (std::size_t k = l.begin; (k = next_sentence_end(text, k, l.end)) != none;) {
            read_sentence(open, k);
            open = k;
        }
        if (ends_sentence(l.text)) {
            read_sentence(open, l.end);
            open = none;
        }
    }
    if (open != none) read_sentence(open, text.size());
    // the sections as read: headings and lead sentences, in order
    out.sections.insert(out.sections.end(), leads.begin(), leads.end());
    std::stable_sort(out.sections.begin(), out.sections.end(),
                     [](section const& x, section const& y) { return x.start < y.start; });
    return out;
}

}  // namespace luoshi::dsl
