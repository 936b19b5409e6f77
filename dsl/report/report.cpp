// Reading a whole report: its lines (lines.cpp), the sections its headings and lead sentences open
// (sections.cpp), and each sentence read in that context.
#include "dsl/report.hpp"

#include "dsl/lexicon/words.hpp"
#include "dsl/lower.hpp"
#include "dsl/report/lines.hpp"
#include "dsl/report/sections.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace luoshi::dsl {

using namespace report;
using rules::statement_kind;

namespace {

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

}  // namespace

std::optional<rules::date> stated_date(std::string_view utf8) {
    for (auto const& l : split_lines(utf8.substr(0, std::min<std::size_t>(utf8.size(), 4096)))) {
        for (auto const& label : words::date_labels) {
            auto const at = l.text.find(label.text);
            if (at != std::string_view::npos)
                if (auto d = date_after(l.text.substr(at + label.text.size()))) return d;
        }
    }
    return std::nullopt;
}

namespace {

// One report as it is read: the sections in force as the sentences go by, and what was read.
class report_reader {
public:
    report_reader(std::string_view text, report_context const& rctx)
        : text_(text), rctx_(rctx), lines_(split_lines(text)), kinds_(classify(lines_)) {
        out_.date = rctx.date ? rctx.date : stated_date(text);
        out_.statements.reserve(text.size() / 256);  // about one statement in 500 bytes of a report
        base_.valid_utf8 = true;                     // read_report's caller decoded the text
        base_.reference = out_.date;
        base_.catalog = rctx.catalog;
        find_heading_sections();
        find_paragraph_starts();
    }

    report_reading read() &&;

private:
    std::size_t offset_of(std::string_view part) const {
        return static_cast<std::size_t>(part.data() - text_.data());
    }
    bool paragraph_starts_at(std::size_t b) const {
        return std::binary_search(paragraph_starts_.begin(), paragraph_starts_.end(), b);
    }
    std::optional<section> lead_of(std::string_view s) const {
        return section_of(s.substr(0, std::min<std::size_t>(s.size(), 60)), out_.date, false);
    }

    // The sections headings open, and the title (the first heading).
    void find_heading_sections() {
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (kinds_[i] != line_kind::heading) continue;
            if (out_.title.empty()) out_.title = std::string(lines_[i].text);
            if (auto sec = section_of(lines_[i].text, out_.date, true)) {
                sec->start = lines_[i].begin;
                out_.sections.push_back(*sec);
            }
        }
    }

    // Where paragraphs of body text start (after their leading spaces): lead sentences are looked for there.
    void find_paragraph_starts() {
        for (std::size_t i = 0; i < lines_.size(); ++i)
            if (kinds_[i] == line_kind::body && !continues_broken(lines_, kinds_, i))
                paragraph_starts_.push_back(offset_of(lines_[i].text));
    }

    section const& section_for(std::size_t b, std::string_view s);
    void read_sentence(std::size_t b, std::size_t e);
    void read_body_line(line const& l);

    std::string_view text_;
    report_context const& rctx_;
    std::vector<line> const lines_;
    std::vector<line_kind> const kinds_;
    report_reading out_;
    sentence_reader reader_;
    dsl::context base_;
    std::vector<std::size_t> paragraph_starts_;
    std::size_t next_heading_ = 0;  // index into out_.sections: the next heading's section to come into force
    section active_;
    std::optional<section> paragraph_section_;
    std::vector<section> leads_;
    std::size_t open_ = std::string_view::npos;  // start of the sentence being collected
};

// The section a sentence at b is read in. A lead sentence at the start of a paragraph opens a section: the
// report's own openers (2014年已经过去, 过去一年, 主要预期目标是) until the next one; a paragraph's
// (…表示，下一步 将…) for that paragraph only.
section const& report_reader::section_for(std::size_t b, std::string_view s) {
    while (next_heading_ < out_.sections.size() && out_.sections[next_heading_].start <= b)
        active_ = out_.sections[next_heading_++];
    bool const paragraph_start = paragraph_starts_at(b);
    if (paragraph_start) {
        paragraph_section_.reset();
        if (auto lead = lead_of(s)) {
            lead->start = b;
            if (opens_report_section(s.substr(0, std::min<std::size_t>(s.size(), 60))))
                active_ = *lead;
            else
                paragraph_section_ = *lead;
            leads_.push_back(*lead);
        }
    } else if (starts_with_review_opener(trim(s))) {
        // 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…: a review opener inside a paragraph
        // of goals makes the rest of that paragraph results
        if (auto lead = lead_of(s); lead && lead->kind == statement_kind::figure) {
            lead->start = b;
            paragraph_section_ = *lead;
            leads_.push_back(*lead);
        }
    }
    return paragraph_section_ ? *paragraph_section_ : active_;
}

void report_reader::read_sentence(std::size_t b, std::size_t e) {
    std::string_view const s = text_.substr(b, e - b);
    if (trim(s).empty()) return;
    section const& in_force = section_for(b, s);
    dsl::context ctx = base_;
    ctx.default_kind = in_force.kind;
    ctx.figure_year = in_force.figure_year;
    ctx.figure_years = in_force.figure_years;
    auto r = reader_.read(s, ctx);
    for (auto& st : r.statements) {
        st.src.start += b;
        st.src.end += b;
        st.region = rctx_.region;
        st.src.report = rctx_.report;
        out_.statements.push_back(std::move(st));
    }
    for (auto& d : r.diagnostics) {
        if (d.severity != severity::note) continue;  // a sentence that states nothing is no error in a report
        d.offset += b;
        out_.diagnostics.push_back(std::move(d));
    }
}

// Sentences of a body line: up to 。！？ inside it, or to its end when it closes a sentence; a sentence that
// a line leaves open goes on in the next.
void report_reader::read_body_line(line const& l) {
    constexpr std::size_t none = std::string_view::npos;
    std::size_t const text_start = offset_of(l.text);
    // A line that opens with a lead (2014年已经过去, 过去一年) starts a sentence even after a line that
    // stopped without punctuation: scraped pages glue a headline to the text before it.
    if (open_ != none && starts_like_opener(l.text) && lead_of(l.text)) {
        read_sentence(open_, l.begin);
        open_ = none;
        if (!paragraph_starts_at(text_start))
            paragraph_starts_.insert(
                std::upper_bound(paragraph_starts_.begin(), paragraph_starts_.end(), text_start), text_start);
    }
    if (open_ == none) open_ = text_start;
    for (std::size_t k = l.begin; (k = next_sentence_end(text_, k, l.end)) != none;) {
        read_sentence(open_, k);
        open_ = k;
    }
    if (ends_sentence(l.text)) {
        read_sentence(open_, l.end);
        open_ = none;
    }
}

report_reading report_reader::read() && {
    constexpr std::size_t none = std::string_view::npos;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        if (kinds_[i] == line_kind::blank) continue;
        if (kinds_[i] == line_kind::body) {
            read_body_line(lines_[i]);
            continue;
        }
        if (open_ != none) {
            read_sentence(open_, lines_[i].begin);
            open_ = none;
        }
        // A heading can state the year's main goal (2015年实施六大工程力争GDP增长8%)
        if (kinds_[i] == line_kind::heading) {
            auto const hb = offset_of(lines_[i].text);
            read_sentence(hb, hb + lines_[i].text.size());
        }
    }
    if (open_ != none) read_sentence(open_, text_.size());
    // the sections as read: headings and lead sentences, in order
    out_.sections.insert(out_.sections.end(), leads_.begin(), leads_.end());
    std::stable_sort(out_.sections.begin(), out_.sections.end(),
                     [](section const& x, section const& y) { return x.start < y.start; });
    return std::move(out_);
}

}  // namespace

report_reading read_report(std::string_view text, report_context const& rctx) {
    return report_reader(text, rctx).read();
}

}  // namespace luoshi::dsl
