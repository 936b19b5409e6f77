// Reading a whole report: its outline (outline.cpp), its sentences (lines.cpp), each read with the time of
// the part of the outline it sits in.
#include "dsl/report.hpp"

#include "dsl/lexicon/words.hpp"
#include "dsl/lower.hpp"
#include "dsl/report/headline.hpp"
#include "dsl/report/lines.hpp"
#include "dsl/report/meta.hpp"
#include "dsl/report/scope.hpp"
#include "rules/names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>

namespace luoshi::dsl {

using namespace report;

namespace {

// One report as it is read: the sentences in order, each in its node of the outline.
class report_reader {
public:
    report_reader(std::string_view text, report_context const& rctx)
        : text_(text), rctx_(rctx), lines_(split_lines(text)), kinds_(classify(lines_)) {
        out_.statements.reserve(text.size() / 256);  // about one statement in 500 bytes of a report
        auto const meta = read_meta(text);
        out_.date = rctx.date ? rctx.date : meta.date;
        out_.date_source = rctx.date ? "given" : meta.date_source;
        out_.region = !rctx.region.empty() ? rctx.region : meta.region;
        out_.region_source = !rctx.region.empty() ? "given" : meta.region_source;
        out_.title = meta.title;
        out_.outline = read_outline(text, out_.date);
        headline_ = headline_passages(text, out_.outline);
        base_.valid_utf8 = true;  // read_report's caller decoded the text
        base_.reference = out_.date;
        base_.catalog = rctx.catalog;
        base_.region = out_.region;
    }

    report_reading read() &&;

private:
    std::size_t offset_of(std::string_view part) const {
        return static_cast<std::size_t>(part.data() - text_.data());
    }
    void read_sentence(std::size_t b, std::size_t e);
    void drop_restated_goals();
    void read_piece(std::size_t b, std::size_t e);
    void read_body_line(line const& l);
    // Whether a node is under a glossary's heading (名词解释)
    bool in_glossary(std::size_t node) const;

    std::string_view text_;
    report_context const& rctx_;
    std::vector<line> const lines_;
    std::vector<line_kind> const kinds_;
    report_reading out_;
    sentence_reader reader_;
    dsl::context base_;
    std::size_t open_ = std::string_view::npos;  // start of the sentence being collected
    std::size_t node_ = 0;                       // the outline node of the last sentence
    std::optional<rules::time_scope> within_;    // a time a sentence inside that node opened
    bool definitions_ = false;                   // that node is inside a glossary
    std::vector<passage> headline_;              // the passages that list the main targets
    bool full_ = false;                          // max_report_statements read: the rest is not
};

// The bytes of the clause break (，；： , ; :) that starts at text[i], or 0.
std::size_t clause_break_at(std::string_view text, std::size_t i) {
    char const c = text[i];
    if (c == ',' || c == ';' || c == ':') return 1;
    // ， EF BC 8C, ； EF BC 9B, ： EF BC 9A
    if (c != '\xEF' || i + 2 >= text.size() || text[i + 1] != '\xBC') return 0;
    return text[i + 2] == '\x8C' || text[i + 2] == '\x9B' || text[i + 2] == '\x9A' ? 3 : 0;
}

// A sentence longer than max_sentence_bytes is read in pieces, each cut after the last clause break that
// fits; a stretch of it with none is a clause that long, which the reader would give up on after holding its
// tokens: it is given up on here, read to its end.
void report_reader::read_sentence(std::size_t b, std::size_t e) {
    std::size_t const size = e - b;
    bool warned = false;
    while (e - b > max_sentence_bytes) {
        std::size_t cut = 0;
        for (std::size_t i = b + max_sentence_bytes; i-- > b && !cut;)
            if (std::size_t const n = clause_break_at(text_, i); n && i + n <= b + max_sentence_bytes)
                cut = i + n;
        if (!cut) {
            std::size_t end = b + max_sentence_bytes;
            while (end < e && !clause_break_at(text_, end)) ++end;
            out_.diagnostics.push_back({severity::warning, b, unread_clause(end - b)});
            b = end;
            continue;
        }
        if (!warned)
            out_.diagnostics.push_back(
                {severity::warning, b,
                 fmt::format("a sentence of {} bytes with no end (。！？) is read in pieces of at most {}",
                             size, max_sentence_bytes)});
        warned = true;
        read_piece(b, cut);
        b = cut;
    }
    read_piece(b, e);
}

bool report_reader::in_glossary(std::size_t node) const {
    for (int i = static_cast<int>(node); i > 0; i = out_.outline.nodes[static_cast<std::size_t>(i)].parent) {
        auto const& n = out_.outline.nodes[static_cast<std::size_t>(i)];
        if (n.type == outline_node::kind::heading &&
            words::contains_one_of(n.heading, words::glossary_headings))
            return true;
    }
    return false;
}

void report_reader::read_piece(std::size_t b, std::size_t e) {
    if (full_) return;
    std::string_view const s = text_.substr(b, e - b);
    if (trim(s).empty()) return;
    auto const node = out_.outline.node_at(offset_of(trim(s)));
    auto const& n = out_.outline.nodes[node];
    if (n.type == outline_node::kind::title || n.type == outline_node::kind::byline) return;
    // 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…: a sentence inside a paragraph that
    // opens with a time of its own holds for the rest of the paragraph
    if (node != node_) node_ = node, within_.reset(), definitions_ = in_glossary(node);
    // … only a time that is its own clause frames the rest (2025年，…; 过去一年，…):
    // 2025年林下经济总面积202万亩 in a paragraph of the five years is that sentence's year alone
    auto const framing = [](std::string_view t) {
        auto const comma = t.find("，");
        return comma != std::string_view::npos && comma <= 8 * 3;
    };
    if (offset_of(trim(s)) > n.begin && framing(trim(s)) && opens_part(trim(s), out_.date))
        if (auto own = scope_of_words(trim(s).substr(0, trim(s).find("，")), out_.date, true))
            within_ = own->scope;
    dsl::context ctx = base_;
    ctx.scope = within_ ? *within_ : n.scope;
    ctx.definitions = definitions_;
    auto r = reader_.read(s, ctx);
    auto const scope = ctx.scope;
    std::string const path = r.statements.empty() ? std::string() : out_.outline.path(node);
    for (auto& st : r.statements) {
        st.src.start += b;
        st.src.end += b;
        st.region = out_.region;
        st.src.report = rctx_.report;
        st.scope = scope;
        st.node = path;
        st.headline = st.kind == rules::statement_kind::goal &&
                      std::any_of(headline_.begin(), headline_.end(), [&](passage const& p) {
                          return st.src.start >= p.begin && st.src.start < p.end;
                      });
        out_.statements.push_back(std::move(st));
    }
    if (out_.statements.size() >= max_report_statements) {
        full_ = true;
        out_.diagnostics.push_back(
            {severity::warning, e,
             fmt::format("{} statements read, the most from one report: the text after this is not read (a "
                         "report states some hundreds; is this many reports in one file?)",
                         out_.statements.size())});
    }
    for (auto& d : r.diagnostics) {
        if (d.severity == severity::error)
            continue;  // a sentence that states nothing is no error in a report
        d.offset += b;
        out_.diagnostics.push_back(std::move(d));
    }
}

// Sentences of a body line: up to 。！？ inside it, or to its end when it closes a sentence; a sentence that
// a line leaves open goes on in the next, unless that line opens a part of the report (过去一年，…).
void report_reader::read_body_line(line const& l) {
    constexpr std::size_t none = std::string_view::npos;
    std::size_t const text_start = offset_of(l.text);
    if (open_ != none && opens_part(l.text, out_.date)) {
        read_sentence(open_, l.begin);
        open_ = none;
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
    drop_restated_goals();
    return std::move(out_);
}

// 提出居民消费价格涨幅控制在4%左右，综合考虑了…: a goal the report states again, in the same terms, after the
// list of targets is the same goal: it is kept once, where first stated (or where the headline targets state
// it), and a note names the restatement
void report_reader::drop_restated_goals() {
    auto terms = [](rules::statement const& st) {  // what makes two goals the same goal
        auto num = [](std::optional<double> v) { return v ? fmt::format("{}", *v) : std::string("-"); };
        return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", st.metric,
                           static_cast<int>(st.measure), static_cast<int>(st.comparator), num(st.value),
                           num(st.low), num(st.high), st.unit,
                           st.deadline ? rules::iso_date(*st.deadline) : std::string("-"), st.event,
                           st.subject);
    };
    auto in_heading = [this](rules::statement const& st) {
        return out_.outline.nodes[out_.outline.node_at(st.src.start)].type == outline_node::kind::heading;
    };
    auto& sts = out_.statements;
    std::unordered_map<std::string, std::size_t> first_at;  // a goal's terms → its place in `kept`
    std::vector<rules::statement> kept;
    kept.reserve(sts.size());
    for (auto& st : sts) {
        if (st.kind == rules::statement_kind::goal) {
            auto const [at, fresh] = first_at.emplace(terms(st), kept.size());
            if (!fresh) {
                auto& first = kept[at->second];
                if (st.headline && first.headline) {  // both in headline passages: the list states its own
                    kept.push_back(std::move(st));
                    continue;
                }
                // the headline targets' statement, or else a paragraph's over a heading's (2015年实施六大工程
                // 力争GDP增长8%), is the one cited
                if (st.headline || (in_heading(first) && !in_heading(st))) std::swap(first, st);
                out_.diagnostics.push_back(
                    {severity::note, st.src.start,
                     "restates the goal stated at byte " + std::to_string(first.src.start)});
                continue;
            }
        }
        kept.push_back(std::move(st));
    }
    sts = std::move(kept);
}

}  // namespace

report_reading read_report(std::string_view text, report_context const& rctx) {
    return report_reader(text, rctx).read();
}

}  // namespace luoshi::dsl
