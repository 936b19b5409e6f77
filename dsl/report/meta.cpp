#include "dsl/report/meta.hpp"

#include "common/text.hpp"

#include "dsl/lexicon/words.hpp"
#include "dsl/report.hpp"
#include "dsl/report/lines.hpp"
#include "dsl/report/scope.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace luoshi::dsl {
namespace report {

namespace {

using common::ends_with;
using common::starts_with;

// 2015-01-13, 2015/01/13, 2015.01.13, 2015年1月13日 near the start of s.
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

// A region's name as the words end: 上海市, 内蒙古自治区, 兰州市城关区, 示例区; 全国 for the State Council's.
std::string region_name(std::string_view words) {
    // a leading year: 2026年上海市
    if (words.size() > 7 && words[0] >= '1' && words[0] <= '2' && words.substr(4, 3) == "年")
        words.remove_prefix(7);
    while (!words.empty() && (words.front() == ' ')) words.remove_prefix(1);
    if (words.find("国务院") != std::string_view::npos || words == "全国" || words == "中华人民共和国")
        return "全国";
    static constexpr std::string_view ends[] = {"自治区", "自治州", "街道", "省", "市", "区",
                                                "县",     "州",     "盟",   "旗", "镇", "乡"};
    std::size_t chars = 0;
    for (char c : words) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (chars < 2 || chars > 16) return {};
    for (auto e : ends)
        if (ends_with(words, e)) return std::string(words);
    return {};
}

// 2026年上海市政府工作报告 → 上海市
std::string region_in_title(std::string_view title) {
    for (std::string_view tail : {"人民政府工作报告", "政府工作报告", "人民政府工作报告（全文）"}) {
        auto const at = title.find(tail);
        if (at != std::string_view::npos) return region_name(title.substr(0, at));
    }
    return {};
}

// ——2015年2月5日在示例区第十四届人民代表大会第四次会议上 → 示例区 (在第十二届全国人民代表大会 → 全国)
std::string region_in_byline(std::string_view line) {
    auto const at = line.find("在");
    auto const congress = line.find("人民代表大会");
    if (at == std::string_view::npos || congress == std::string_view::npos || congress < at) return {};
    auto words = line.substr(at + 3, congress - at - 3);
    if (words.find("全国") != std::string_view::npos) return "全国";
    auto const nth = words.find("第");
    if (nth != std::string_view::npos) words = words.substr(0, nth);
    return region_name(words);
}

}  // namespace

report_meta read_meta(std::string_view text) {
    report_meta m;
    auto const head = text.substr(0, std::min<std::size_t>(text.size(), 8192));
    auto const lines = split_lines(head);
    std::string first_heading;
    for (auto const& l : lines) {
        if (l.text.empty()) continue;
        if (m.title.empty() && l.text.find("报告") != std::string_view::npos && l.text.size() < 180)
            m.title = std::string(l.text);
        if (first_heading.empty() && l.text.size() < 120 && !ends_sentence(l.text))
            first_heading = std::string(l.text);
        bool const byline = starts_with(l.text, "—") && l.text.find("会议上") != std::string_view::npos;
        if (byline && !m.date) {
            if (auto d = date_after(l.text)) m.date = d, m.date_source = "byline";
        }
        if (byline && m.region.empty()) {
            m.region = region_in_byline(l.text);
            if (!m.region.empty()) m.region_source = "byline";
        }
    }
    if (m.title.empty()) m.title = first_heading;
    if (m.region.empty() && !m.title.empty()) {
        m.region = region_in_title(m.title);
        if (!m.region.empty()) m.region_source = "title";
    }
    if (!m.date)
        if (auto d = stated_date(text)) m.date = d, m.date_source = "a date line at the top";
    // the signature at the end: 示例区人民政府
    if (m.region.empty()) {
        auto const tail = text.substr(text.size() > 2048 ? text.size() - 2048 : 0);
        for (auto const& l : split_lines(tail))
            if (ends_with(l.text, "人民政府") && l.text.size() < 60) {
                m.region = region_name(l.text.substr(0, l.text.size() - std::string_view("人民政府").size()));
                if (!m.region.empty()) m.region_source = "signature";
            }
    }
    return m;
}

bool opens_part(std::string_view line, std::optional<rules::date> date) {
    bool const year_first = line.size() >= 7 && line[0] >= '1' && line[0] <= '2' && line.substr(4, 3) == "年";
    if (!year_first && !words::starts_with_one_of(line, words::opener_starts)) return false;
    auto const first_clause =
        line.substr(0, std::min(line.find("，"), std::min<std::size_t>(line.size(), 60)));
    auto const s = scope_of_words(first_clause, date, true);
    return s && s->opener;
}

}  // namespace report

std::string region_named_in(std::string_view title) { return report::region_in_title(title); }

std::optional<rules::date> stated_date(std::string_view utf8) {
    for (auto const& l : report::split_lines(utf8.substr(0, std::min<std::size_t>(utf8.size(), 4096)))) {
        for (auto const& label : words::date_labels) {
            auto const at = l.text.find(label.text);
            if (at != std::string_view::npos)
                if (auto d = report::date_after(l.text.substr(at + label.text.size()))) return d;
        }
    }
    return std::nullopt;
}

}  // namespace luoshi::dsl
