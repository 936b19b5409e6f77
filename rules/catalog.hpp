#pragma once

#include "rules/statement.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace luoshi::rules {

enum class metric_kind { flow, stock, rate };

struct metric_def {
    std::string name;                  // canonical: 地区生产总值
    std::string id;                    // short and ASCII: gdp
    std::vector<std::string> aliases;  // 生产总值, 国内生产总值, GDP, ...
    rules::polarity polarity = polarity::higher_is_better;
    metric_kind kind = metric_kind::flow;
    std::vector<std::string> units;  // base units it is counted in (元; 斤, 吨), when the catalog says
    // the statistics a report may give instead of this one, each for a part of what it covers, each part
    // under its names through the years: 居民人均可支配收入 as 城镇居民人均可支配收入 and
    // 农村居民人均可支配收入 (农村居民人均纯收入 before 2014). A relative goal of the whole is judged on
    // every part when the whole's figure is not given.
    std::vector<std::vector<std::string>> parts;
};

// Whether words before a catalog name leave it the same statistic: only the whole territory (全省), a time
// (全年, 2015年), all kinds (各类), the clause's verb (实现) or a list before it (…、) — 城镇调查 does not.
bool leaves_the_name(std::string_view before);

// The metric catalog: canonical names, aliases, polarity and kind (DESIGN.md "Metrics").
class catalog {
public:
    catalog() = default;
    // The index holds views into alias_text_: a copy builds its own index over its own text.
    catalog(catalog const& other) { *this = other; }
    catalog& operator=(catalog const& other) {
        if (this != &other) {
            defs_.clear();
            alias_text_.clear();
            aliases_.clear();
            by_last_character_.clear();
            for (auto const& d : other.defs_) add(d);
        }
        return *this;
    }
    catalog(catalog&&) noexcept = default;  // deque and map nodes keep their addresses when moved
    catalog& operator=(catalog&&) noexcept = default;

    // A later definition with the same name extends the earlier one (a user file adds aliases).
    void add(metric_def def);

    // The metric a text names: the longest alias that ends the text when the words before it only say the
    // whole territory, the time, all kinds, or are the clause's verb (全年实现地区生产总值 → 地区生产总值);
    // other words before it make another statistic (城镇调查失业率 is not 失业率: nullptr).
    // In "X占Y的比重" only X is looked at, so a share of GDP is not GDP. nullptr when none fits.
    metric_def const* find(std::string_view metric_text) const;

    std::vector<metric_def> const& metrics() const { return defs_; }

private:
    std::vector<metric_def> defs_;
    std::deque<std::string> alias_text_;                         // owns the keys of aliases_
    std::unordered_map<std::string_view, std::size_t> aliases_;  // alias (and name) → index into defs_
    // The aliases by the bytes of their last character, longest first: the aliases a text can end with
    std::unordered_map<std::uint32_t, std::vector<std::string_view>> by_last_character_;
};

// The key two metric names are matched by: the same noun phrase, apart from 的, quotation marks and blanks
// (中央财政用于“三农”的支出 and 中央财政用于“三农”支出 are one statistic). Never shown; the names stay as
// written.
std::string noun_phrase_key(std::string_view metric);

}  // namespace luoshi::rules
