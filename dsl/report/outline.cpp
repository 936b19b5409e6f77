// A report's outline: title, byline, headings (一、 （一） 1. （1）, and short lines with no number),
// paragraphs, and the time each speaks of, inherited downward and overridden by what a node says itself:
//   a heading's words (一、2025年工作回顾), else which way its content leans (一年接着一年干: its paragraphs
//   tell of results or of intent), else what was in force before it;
//   a paragraph's lead (过去五年，…; 刚刚过去的2025年，…), which also holds for the paragraphs after it under
//   the same heading when it opens a part of the report; else its heading's time.
#include "common/text.hpp"
#include "dsl/lexicon/words.hpp"
#include "dsl/report.hpp"
#include "dsl/report/lines.hpp"
#include "dsl/report/scope.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace luoshi::dsl {

using report::line;
using report::line_kind;
using rules::scope_kind;

namespace {

using common::starts_with;

// The level a heading's number gives it, and where its words start: 一、 → 1, （一） → 2, 1. → 3, （1） → 4;
// 0 when the line starts with no number.
std::pair<int, std::size_t> numbered(std::string_view s) {
    std::size_t i = 0;
    bool bracket = false;
    if (starts_with(s, "（"))
        i = 3, bracket = true;
    else if (starts_with(s, "("))
        i = 1, bracket = true;
    std::size_t const digits_from = i;
    bool chinese = false;
    for (bool more = true; more && i < s.size();) {
        more = false;
        for (auto const& n : words::heading_numerals)
            if (s.substr(i, n.text.size()) == n.text) i += n.text.size(), chinese = more = true;
    }
    bool arabic = false;
    if (!chinese)
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, arabic = true;
    if (i == digits_from || i - digits_from > 9) return {0, 0};
    auto const rest = s.substr(i);
    if (bracket) {
        for (std::string_view close : {"）", ")"})
            if (starts_with(rest, close)) return {chinese ? 2 : 4, i + close.size()};
        return {0, 0};
    }
    if (chinese && starts_with(rest, "、")) return {1, i + 3};
    // 1. 1、 but not 1.3万亿元 (a decimal) or 2025年
    if (arabic) {
        for (std::string_view sep : {"、", "．", "."})
            if (starts_with(rest, sep) &&
                !(rest.size() > sep.size() && rest[sep.size()] >= '0' && rest[sep.size()] <= '9'))
                return {3, i + sep.size()};
    }
    return {0, 0};
}

// The first clause of a paragraph, after a vocative (各位代表！过去五年，… → 过去五年), at most 60
// characters.
std::string_view lead_of(std::string_view s) {
    for (auto const& v : words::vocatives)
        if (starts_with(s, v.text)) {
            s.remove_prefix(v.text.size());
            for (std::string_view mark : {"！", "：", "，", "!", ":", ","})
                if (starts_with(s, mark)) {
                    s.remove_prefix(mark.size());
                    break;
                }
        }
    constexpr std::size_t most = 180;  // 60 characters, cut before a whole one
    // a stop past them cannot shorten the lead: the rest of the paragraph is not searched
    std::string_view const head = s.substr(0, most + 3);
    std::size_t end = std::min(s.size(), most);
    for (std::string_view stop : {"，", "。", "；", "：", "！", "？", ",", ";"})
        end = std::min(end, head.find(stop));
    while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0u) == 0x80u) --end;
    return s.substr(0, end);
}

bool is_title(std::string_view s) { return s.find("报告") != std::string_view::npos; }
bool is_byline(std::string_view s) {
    return starts_with(s, "——") || starts_with(s, "—") ||
           (s.find("会议上") != std::string_view::npos && s.size() < 300);
}

class outline_builder {
public:
    outline_builder(std::string_view text, std::optional<rules::date> date)
        : text_(text), date_(date), lines_(report::split_lines(text)), kinds_(report::classify(lines_)) {}

    outline build() &&;

private:
    std::size_t offset_of(std::string_view part) const {
        return static_cast<std::size_t>(part.data() - text_.data());
    }
    std::size_t add(outline_node n) {
        out_.nodes.push_back(std::move(n));
        return out_.nodes.size() - 1;
    }
    // A line before the report's first words (its title, a byline) as a node of the document.
    void add_front_line(outline_node::kind type, std::size_t at, std::string_view text) {
        outline_node n;
        n.type = type;
        n.begin = at;
        n.end = at + text.size();
        n.heading = std::string(text);
        n.parent = 0;
        add(std::move(n));
    }
    // The innermost open heading a node of `level` goes under, closing those it ends.
    int parent_for(int level, std::size_t at) {
        while (!open_.empty() && out_.nodes[open_.back()].level >= level) close(at);
        return innermost();
    }
    int innermost() const { return open_.empty() ? 0 : static_cast<int>(open_.back()); }
    void close(std::size_t at) {
        out_.nodes[open_.back()].end = at;
        open_.pop_back();
    }
    void heading(std::string_view words, int level, std::size_t begin);
    void paragraph(std::size_t begin, std::size_t end);
    void assign_scopes();
    rules::time_scope scope_of_heading(std::size_t i);
    std::optional<rules::time_scope> scope_by_content(std::size_t i);
    std::optional<report::scope_reading> last_turn(std::string_view body, rules::scope_kind from) const;

    std::string_view text_;
    std::optional<rules::date> date_;
    std::vector<line> const lines_;
    std::vector<line_kind> const kinds_;
    outline out_;
    std::vector<std::size_t> open_;  // the headings open at this place, outermost first
    std::vector<int> paragraphs_;    // by node: the paragraphs directly under it so far
    // the scope of the last node read of results (a review) and of intent (targets), as scopes are assigned
    std::optional<rules::time_scope> last_review_, last_intent_;
};

void outline_builder::heading(std::string_view words, int level, std::size_t begin) {
    outline_node n;
    n.type = outline_node::kind::heading;
    n.level = level;
    n.begin = begin;
    n.heading = std::string(words);
    n.parent = parent_for(level, begin);
    open_.push_back(add(std::move(n)));
}

void outline_builder::paragraph(std::size_t begin, std::size_t end) {
    auto const body = text_.substr(begin, end - begin);
    // （一）着力强化内需主导作用，服务构建新发展格局。坚持…: a sub-section whose heading is the paragraph's
    // first sentence
    if (auto const [level, words] = numbered(body); level > 0) {
        auto const rest = body.substr(words);
        // at most as long as a sentence is read at once (its words are read for the time they name)
        std::size_t stop = std::min({rest.find("。"), rest.size(), max_sentence_bytes});
        while (stop < rest.size() && (static_cast<unsigned char>(rest[stop]) & 0xC0u) == 0x80u) --stop;
        heading(rest.substr(0, stop), level, begin);
    }
    outline_node n;
    n.type = outline_node::kind::paragraph;
    n.begin = begin;
    n.end = end;
    n.heading = std::string(lead_of(body));
    n.parent = innermost();
    n.level = out_.nodes[static_cast<std::size_t>(n.parent)].level + 1;
    auto const parent = static_cast<std::size_t>(n.parent);
    if (paragraphs_.size() <= parent) paragraphs_.resize(parent + 1);
    n.number = ++paragraphs_[parent];
    add(std::move(n));
}

outline outline_builder::build() && {
    outline_node doc;
    doc.end = text_.size();
    add(doc);
    bool titled = false;
    std::optional<std::size_t> para_begin;
    std::size_t para_end = 0;
    auto flush = [&] {
        if (para_begin) paragraph(*para_begin, para_end);
        para_begin.reset();
    };
    // The title: the first short line that names a report, near the top; what comes before it is page
    // furniture (下载, 打印, 字号). Once the speaker addresses the hall (各位代表：) the report has begun:
    // 首先报告２００１年的工作 after it is its first part, no title.
    std::optional<std::size_t> title_line;
    for (std::size_t i = 0; i < lines_.size() && i < 40 && !title_line; ++i) {
        if (kinds_[i] == line_kind::body &&
            words::starts_with_one_of(report::trim(lines_[i].text), words::vocatives))
            break;
        if (kinds_[i] == line_kind::heading && is_title(lines_[i].text)) title_line = i;
    }
    bool in_front = title_line.has_value();  // before the first part of the report proper
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        auto const& l = lines_[i];
        auto const kind = kinds_[i];
        if (kind == line_kind::blank) continue;
        if (title_line && i < *title_line) continue;
        std::size_t const at = offset_of(l.text);
        if (kind == line_kind::body) {
            in_front = false;
            // a body line that opens with a number, or that does not carry on the one before, starts a
            // paragraph
            bool const starts = !report::continues_broken(lines_, kinds_, i) || numbered(l.text).first > 0;
            if (starts) flush();
            if (!para_begin) para_begin = at;
            para_end = at + l.text.size();
            continue;
        }
        flush();
        if (kind == line_kind::meta) continue;
        if (!titled && title_line && i == *title_line) {
            add_front_line(outline_node::kind::title, at, l.text);
            titled = true;
            continue;
        }
        // the lines between the title and the report's first words: byline, date, source, speaker; a line
        // that names the time of a part (2014年工作回顾) is the first heading
        if (in_front &&
            (is_byline(l.text) || (numbered(l.text).first == 0 && !report::scope_of_words(l.text, date_)))) {
            add_front_line(outline_node::kind::byline, at, l.text);
            continue;
        }
        auto const [level, words] = numbered(l.text);
        in_front = false;
        heading(l.text.substr(words), level > 0 ? level : 1, at);
    }
    flush();
    while (!open_.empty()) close(text_.size());
    // a paragraph of bylines (——2015年2月5日在…会议上) read as body: a byline all the same
    assign_scopes();
    return std::move(out_);
}

// The scope of heading i: its words; else the way its content leans, with the years of the last scope of
// that side before it; else nothing (it inherits).
rules::time_scope outline_builder::scope_of_heading(std::size_t i) {
    auto& n = out_.nodes[i];
    auto const& parent = out_.nodes[static_cast<std::size_t>(n.parent)];
    auto own = report::scope_of_words(n.heading, date_);
    // the government's own conduct (强化政府自身建设) names a subject, not a time: inside a review or the
    // year's tasks it is reviewed or planned with the rest, and a part of its own takes the time its content
    // leans to (清退办公用房7236平方米: results; 政协委员提案办复率达到100%: the year's tasks); else it is of
    // no time (DESIGN: other), as a glossary is
    if (own && own->scope.kind == scope_kind::other) {
        if (parent.scope.kind != scope_kind::unknown && parent.scope.kind != scope_kind::other) return {};
        if (auto by_content = scope_by_content(i)) return *by_content;
    }
    if (own) {
        n.why = "heading: " + own->why;
        return own->scope;
    }
    if (!date_) return {};
    // a part of a part whose time its own words said is of that time (（五）从严从实开展… in a review;
    // （一）坚持 依法行政 under 四、加强政府自身建设)
    if (parent.scope.kind != scope_kind::unknown && parent.why.rfind("inherited", 0) != 0) return {};
    return scope_by_content(i).value_or(rules::time_scope{});
}

// Which way heading i's content leans, with the years of the last scope of that side before it; nothing when
// it leans to neither.
std::optional<rules::time_scope> outline_builder::scope_by_content(std::size_t i) {
    auto& n = out_.nodes[i];
    if (!date_) return std::nullopt;
    auto const body = text_.substr(n.begin, n.end - n.begin);
    int const lean = report::content_lean(body);
    double const per_100_chars = 100.0 * lean / (static_cast<double>(body.size()) / 3 + 1);
    // Results: a lean of at least six, and three in every four hundred characters. Intent needs twice that: a
    // part of targets almost always says so in its heading, and news of work done reads much like plans
    bool const review = per_100_chars >= 0.75 && lean >= 6;
    bool const intent = per_100_chars <= -1.5 && lean <= -12;
    if (!review && !intent) return std::nullopt;
    n.why = fmt::format("content: leans to {} ({:+d} over {} characters)", review ? "results" : "intent",
                        lean, body.size() / 3);
    int const r = date_->year();
    int const reviewed = date_->month() <= 4 ? r - 1 : r;
    rules::time_scope s = review ? rules::time_scope{scope_kind::review_year, reviewed, reviewed}
                                 : rules::time_scope{scope_kind::year_targets, r, r};
    // the years of the last scope of that side before it
    if (auto const& last = review ? last_review_ : last_intent_) {
        s = *last;
        s.inferred = false;
    }
    return s;
}

// Whether node i is inside node `outer` (or is it).
bool inside(outline const& o, std::size_t i, int outer) {
    for (auto n = static_cast<int>(i); n >= 0; n = o.nodes[static_cast<std::size_t>(n)].parent)
        if (n == outer) return true;
    return false;
}

// The last sentence after a paragraph's first that turns to what is to be done with a time that is a clause
// of its own (…取得显著成效。新的一年，要…), if any: a review's sentence that ends in 全面完成 turns nothing.
std::optional<report::scope_reading> outline_builder::last_turn(std::string_view body,
                                                                scope_kind from) const {
    constexpr std::size_t time_clause = 30;  // ten characters: 新的一年, 今后五年, 2026年
    std::optional<report::scope_reading> turn;
    for (std::size_t at = body.find("。"); at != std::string_view::npos; at = body.find("。", at)) {
        at += std::string_view("。").size();
        auto const lead = lead_of(body.substr(at));
        if (lead.size() > time_clause) continue;
        auto const said = report::scope_of_words(lead, date_, true);
        if (!said || !said->opener || said->scope.kind == from) continue;
        auto const k = said->scope.kind;
        if (k == scope_kind::year_targets || k == scope_kind::plan_targets || k == scope_kind::vision)
            turn = said;
    }
    return turn;
}

void outline_builder::assign_scopes() {
    // what a paragraph's lead that opens a part sets, for all that follows it under the same heading (its
    // paragraphs and the parts of it that say nothing of their own)
    struct carry {
        int heading;
        rules::time_scope scope;
        std::string why;
    };
    std::optional<carry> carried;
    for (std::size_t i = 1; i < out_.nodes.size(); ++i) {
        auto& n = out_.nodes[i];
        auto const& parent = out_.nodes[static_cast<std::size_t>(n.parent)];
        switch (n.type) {
            case outline_node::kind::title:
            case outline_node::kind::byline:
                n.scope = {scope_kind::other, 0, 0};
                n.why = "title and byline";
                break;
            case outline_node::kind::heading: {
                if (carried && !inside(out_, i, carried->heading)) carried.reset();
                n.scope = scope_of_heading(i);
                if (n.scope.kind != scope_kind::unknown) {
                    carried.reset();
                } else if (carried) {
                    n.scope = carried->scope;
                    n.why = "after the " + carried->why;
                } else {
                    // nothing said: its parent's time, or (a part at the top) the time in force before it
                    auto const& before = out_.nodes[i - 1];
                    bool const top = n.parent == 0;
                    if (top && before.scope.kind != scope_kind::other) {
                        n.scope = before.scope;
                        n.scope.inferred = n.scope.kind != scope_kind::unknown;
                        n.why = "inherited from the part before";
                    } else {
                        n.scope = parent.scope;
                        n.why = "inherited";
                    }
                }
                break;
            }
            case outline_node::kind::paragraph: {
                auto const own = report::scope_of_words(n.heading, date_, true);
                // 我们按照“十二五”规划提出的改革任务… inside the review of 2011: the plan the year's work was
                // done under, named with no word of intent, keeps the review
                bool const work_under_plan =
                    own && !own->tensed && parent.scope.kind == scope_kind::review_year &&
                    own->scope.kind == scope_kind::plan_targets && own->scope.from <= parent.scope.from &&
                    parent.scope.to <= own->scope.to;
                if (own && !work_under_plan && !(own->scope.kind == scope_kind::other)) {
                    n.scope = own->scope;
                    n.why = "lead: " + own->why;
                    if (own->opener) carried = carry{n.parent, own->scope, n.why};
                    // 过去一年，国防和军队建设取得显著成效。新的一年，要…: a later sentence of the paragraph
                    // that opens another time is what the paragraphs after it go on with
                    if (own->opener)
                        if (auto turn = last_turn(text_.substr(n.begin, n.end - n.begin), own->scope.kind))
                            carried = carry{n.parent, turn->scope, "turn: " + turn->why};
                } else if (carried && n.parent == carried->heading) {
                    n.scope = carried->scope;
                    n.why = "after the " + carried->why;
                } else {
                    n.scope = parent.scope;
                    n.why = "inherited";
                }
                break;
            }
            case outline_node::kind::document: break;
        }
        auto const k = n.scope.kind;
        if (k == scope_kind::review_year || k == scope_kind::review_plan) last_review_ = n.scope;
        if (k == scope_kind::year_targets || k == scope_kind::plan_targets) last_intent_ = n.scope;
    }
}

}  // namespace

std::size_t outline::node_at(std::size_t offset) const {
    if (nodes.size() < 2) return 0;
    // The last node to begin at or before the offset holds it, or else the first of its parents that does:
    // nodes nest, so every node that holds the offset is one of those parents (a search, not a walk over
    // every node for every sentence, which took a report of 200 MB hours)
    auto const after = std::upper_bound(nodes.begin() + 1, nodes.end(), offset,
                                        [](std::size_t o, outline_node const& n) { return o < n.begin; });
    for (auto i = static_cast<int>(after - nodes.begin()) - 1; i > 0;
         i = nodes[static_cast<std::size_t>(i)].parent)
        if (offset < nodes[static_cast<std::size_t>(i)].end) return static_cast<std::size_t>(i);
    return 0;
}

std::string outline::path(std::size_t node) const {
    std::vector<std::string> parts;
    for (auto i = static_cast<int>(node); i > 0; i = nodes[static_cast<std::size_t>(i)].parent) {
        auto const& n = nodes[static_cast<std::size_t>(i)];
        if (n.type == outline_node::kind::paragraph) {
            parts.push_back("¶" + std::to_string(n.number));
        } else {
            // a heading's words, cut at 24 characters
            std::string_view h = n.heading;
            std::size_t cut = 0, chars = 0;
            while (cut < h.size() && chars < 24) {
                auto const b = static_cast<unsigned char>(h[cut]);
                cut += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
                ++chars;
            }
            parts.push_back(std::string(h.substr(0, std::min(cut, h.size()))) + (cut < h.size() ? "…" : ""));
        }
    }
    std::string out;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) out += (out.empty() ? "" : " › ") + *it;
    return out;
}

outline read_outline(std::string_view utf8, std::optional<rules::date> date) {
    return outline_builder(utf8, date).build();
}

}  // namespace luoshi::dsl
