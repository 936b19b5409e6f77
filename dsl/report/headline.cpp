#include "dsl/report/headline.hpp"

#include "dsl/lexicon/words.hpp"

#include <algorithm>
#include <optional>

namespace luoshi::dsl::report {

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

constexpr std::string_view target_word = "目标";

constexpr bool every_name_ends_with_target_word() {
    for (auto const& name : words::headline_names)
        if (!common::ends_with(name.text, target_word)) return false;
    return true;
}
static_assert(every_name_ends_with_target_word(), "list_start looks at each 目标 of a paragraph once");

// The text after a name of the main targets and its 是 / 为 / colon, if the name is followed by one: where
// the list starts. 提出这些预期目标，是综合考虑… has no such join and opens no passage. Every name ends with
// 目标, so each 目标 of the paragraph is looked at once, the first one joined wins.
std::optional<std::size_t> list_start(std::string_view para) {
    for (std::size_t at = para.find(target_word); at != std::string_view::npos;
         at = para.find(target_word, at + 1)) {
        std::size_t k = at + target_word.size();
        if (!words::ends_with_one_of(para.substr(0, k), words::headline_names)) continue;
        bool joined = false;
        for (bool more = true; more;) {  // 是：, 为：, 是, ：
            more = false;
            for (auto const& j : words::headline_joins)
                if (para.substr(k, j.text.size()) == j.text) {
                    k += j.text.size();
                    joined = more = true;
                    break;
                }
        }
        if (joined) return k;
    }
    return std::nullopt;
}

// 二、2015年主要预期目标: a heading that is the name of the main targets heads them all
bool names_the_targets(std::string_view heading) {
    while (!heading.empty() && is_space_byte(heading.back())) heading.remove_suffix(1);
    for (auto const& j : words::headline_joins)
        if (heading.size() >= j.text.size() && heading.substr(heading.size() - j.text.size()) == j.text)
            heading.remove_suffix(j.text.size());
    return words::ends_with_one_of(heading, words::headline_names);
}

}  // namespace

std::vector<passage> headline_passages(std::string_view text, outline const& o) {
    std::vector<passage> out;
    for (std::size_t i = 0; i < o.nodes.size(); ++i) {
        auto const& n = o.nodes[i];
        if (n.type != outline_node::kind::paragraph && n.type != outline_node::kind::heading) continue;
        // a heading holds all it heads: only its own line names the passage
        std::size_t end = n.end;
        if (n.type == outline_node::kind::heading) end = std::min(n.end, text.find('\n', n.begin));
        std::string_view const para = text.substr(n.begin, end - n.begin);
        if (n.type == outline_node::kind::heading && names_the_targets(para)) {
            if (end < n.end) out.push_back({end, n.end});
            continue;
        }
        auto const at = list_start(para);
        if (!at) continue;
        std::size_t b = n.begin + *at;
        while (b < end && is_space_byte(text[b])) ++b;
        if (b < end) {
            out.push_back({b, end});
            continue;
        }
        // the list is the next paragraph
        for (std::size_t j = i + 1; j < o.nodes.size(); ++j)
            if (o.nodes[j].type == outline_node::kind::paragraph && o.nodes[j].begin >= end) {
                out.push_back({o.nodes[j].begin, o.nodes[j].end});
                break;
            }
    }
    return out;
}

}  // namespace luoshi::dsl::report
