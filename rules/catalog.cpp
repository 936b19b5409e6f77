#include "rules/catalog.hpp"

#include "common/text.hpp"

#include <algorithm>

namespace luoshi::rules {
namespace {

// The bytes of the last character of s (s not empty), packed.
std::uint32_t last_character(std::string_view s) {
    std::size_t b = s.size() - 1;
    while (b > 0 && s.size() - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    std::uint32_t key = 0;
    for (std::size_t i = b; i < s.size(); ++i) key = key << 8 | static_cast<unsigned char>(s[i]);
    return key;
}

// What may stand before a catalog name without making it another statistic (DESIGN.md, "Metrics"): whose
// it is when that is the whole territory, when, all of its kinds, or the verb or function word of the clause.
// Any other word before the name narrows it, and the words then name a statistic of their own: 城镇调查失业率
// is a survey, not the registry's 失业率; 规上工业增加值 counts only the larger firms; 海洋生产总值,
// 对东盟出口 and 泸州经济总量 are a sector's, a partner's and a city's share, never the region's whole.
enum class before_name { territory, time, all_kinds, verb, function_word };
struct word_before_name {
    std::string_view text;
    before_name role;
    char const* example;
};
constexpr word_before_name words_before_names[] = {
    {"全国", before_name::territory, "全国财政收入"},
    {"全省", before_name::territory, "全省地区生产总值"},
    {"全市", before_name::territory, "全市城镇新增就业"},
    {"全区", before_name::territory, "全区一般公共预算收入"},
    {"全县", before_name::territory, ""},
    {"全州", before_name::territory, ""},
    {"全盟", before_name::territory, ""},
    {"全旗", before_name::territory, ""},
    {"全镇", before_name::territory, ""},
    {"我国", before_name::territory, "我国经济总量"},
    {"我省", before_name::territory, ""},
    {"我市", before_name::territory, ""},
    {"我区", before_name::territory, ""},
    {"我县", before_name::territory, ""},
    {"本市", before_name::territory, ""},
    {"本区", before_name::territory, ""},
    {"全社会", before_name::territory, "全社会固定资产投资"},
    {"国家", before_name::territory, "国家财政收入"},
    {"全体", before_name::territory, "全体居民人均可支配收入"},
    {"全年", before_name::time, "全年实现地区生产总值"},
    {"年度", before_name::time, ""},
    {"当年", before_name::time, ""},
    {"今年", before_name::time, ""},
    {"去年", before_name::time, ""},
    {"明年", before_name::time, ""},
    {"年均", before_name::time, "年均新增就业岗位"},
    {"平均每年", before_name::time, "平均每年城镇新增就业"},
    {"每年", before_name::time, ""},
    {"年末", before_name::time, ""},
    {"年底", before_name::time, ""},
    {"累计", before_name::time, "前四年累计单位国内生产总值能耗"},
    {"前", before_name::time, "前四年"},
    {"年初确定的", before_name::time, "年初确定的单位国内生产总值能耗"},
    {"现有", before_name::time, "现有五保老人"},
    {"全部", before_name::all_kinds, "全部工业增加值"},
    {"各类", before_name::all_kinds, "各类保障性住房"},
    {"各项", before_name::all_kinds, ""},
    {"实现", before_name::verb, "全年实现地区生产总值"},
    {"完成", before_name::verb, "完成固定资产投资"},
    {"达到", before_name::verb, ""},
    {"提出", before_name::verb, "提出国内生产总值增长8%左右"},
    {"带动", before_name::verb, "带动一般公共预算收入"},
    {"削减", before_name::verb, "削减财政赤字"},
    {"减少", before_name::verb, "再减少农村贫困人口"},
    {"建设", before_name::verb, "建设保障性住房"},
    {"筹集", before_name::verb, "新筹集保障性住房"},
    {"新筹集", before_name::verb, ""},
    {"统筹", before_name::verb, "建设统筹各类保障性住房"},
    {"开展", before_name::verb, "开展职业技能培训"},
    {"改扩建", before_name::verb, "改扩建各类保障性住房"},
    {"把", before_name::function_word, "把居民消费价格涨幅控制在3%左右"},
    {"将", before_name::function_word, ""},
    {"使", before_name::function_word, ""},
    {"再", before_name::function_word, "再减少农村贫困人口"},
    {"也要", before_name::function_word, "也要再减少农村贫困人口"},
    {"但", before_name::function_word, "但赤字率"},
    {"实际", before_name::function_word, "实际对外直接投资"},
};

// The words a list or a clause puts right before the last name of a list: 社会消费品零售总额、固定资产投资
constexpr std::string_view list_marks[] = {"、", "，", ",", "和", "及", "与", "；", "：", " "};

using common::ends_with;

}  // namespace

// The last item of a list, or words of the table above and years (2001年, 前四年) all the way back.
bool leaves_the_name(std::string_view before) {
    for (auto m : list_marks)
        if (ends_with(before, m)) return true;
    static constexpr std::string_view digits[] = {
        "0",  "1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",  "9",  "０", "１", "２", "３", "４", "５",
        "６", "７", "８", "９", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两"};
    while (!before.empty()) {
        std::size_t cut = 0;
        for (auto const& w : words_before_names)
            if (w.text.size() > cut && ends_with(before, w.text)) cut = w.text.size();
        if (cut == 0 && ends_with(before, "年")) {
            // a year or a count of years: 2001年, 四年
            std::size_t n = before.size() - std::string_view("年").size();
            std::size_t const end = n;
            for (bool more = true; more;) {
                more = false;
                for (auto d : digits)
                    if (ends_with(before.substr(0, n), d)) {
                        n -= d.size();
                        more = true;
                        break;
                    }
            }
            if (n < end) cut = before.size() - n;
        }
        if (cut == 0) return false;
        before.remove_suffix(cut);
    }
    return true;
}

void catalog::add(metric_def def) {
    std::size_t index = defs_.size();
    for (std::size_t i = 0; i < defs_.size(); ++i)
        if (defs_[i].name == def.name) index = i;
    if (index == defs_.size()) {
        defs_.push_back(def);
    } else {
        auto& d = defs_[index];
        if (!def.id.empty()) d.id = def.id;
        d.polarity = def.polarity;
        d.kind = def.kind;
        if (!def.units.empty()) d.units = def.units;
        if (!def.parts.empty()) d.parts = def.parts;
        for (auto const& a : def.aliases)
            if (std::find(d.aliases.begin(), d.aliases.end(), a) == d.aliases.end()) d.aliases.push_back(a);
    }
    auto add_alias = [&](std::string const& a) {
        auto it = aliases_.find(a);
        if (it != aliases_.end()) {
            it->second = index;
        } else {
            alias_text_.push_back(a);
            std::string_view const text = alias_text_.back();
            aliases_.emplace(text, index);
            // find looks at suffixes that start a character: an alias that does not start one is never found
            if (text.empty() || (static_cast<unsigned char>(text[0]) & 0xC0) == 0x80) return;
            auto& ending = by_last_character_[last_character(text)];
            ending.insert(
                std::upper_bound(ending.begin(), ending.end(), text,
                                 [](std::string_view x, std::string_view y) { return x.size() > y.size(); }),
                text);
        }
    };
    add_alias(def.name);
    for (auto const& a : def.aliases) add_alias(a);
}

metric_def const* catalog::find(std::string_view text) const {
    // 三产增加值占GDP的比重 is the share of the tertiary sector (三产增加值比重), not GDP
    if (auto share = text.find("占");
        share != std::string_view::npos && share > 0 &&
        (text.find("比重") != std::string_view::npos || text.find("比例") != std::string_view::npos)) {
        std::string const part = std::string(text.substr(0, share)) + "比重";
        if (part == text) return nullptr;
        return find(part);
    }
    // The longest alias the text ends with: only those that end in its last character can, longest first
    if (text.empty()) return nullptr;
    auto const ending = by_last_character_.find(last_character(text));
    if (ending == by_last_character_.end()) return nullptr;
    for (std::string_view a : ending->second)
        if (a.size() <= text.size() && ends_with(text, a) &&
            leaves_the_name(text.substr(0, text.size() - a.size())))
            return &defs_[aliases_.find(a)->second];
    return nullptr;
}

std::string noun_phrase_key(std::string_view metric) {
    static constexpr std::string_view dropped[] = {"的", "“",  "”",  "‘",  "’", "「",
                                                   "」", "『", "』", "\"", " ", "　"};
    std::string out;
    out.reserve(metric.size());
    for (std::size_t i = 0; i < metric.size();) {
        std::size_t skip = 0;
        for (auto d : dropped)
            if (metric.substr(i, d.size()) == d) {
                skip = d.size();
                break;
            }
        if (skip) {
            i += skip;
            continue;
        }
        out += metric[i++];
    }
    return out;
}

}  // namespace luoshi::rules
