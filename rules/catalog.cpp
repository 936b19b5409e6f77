#include "rules/catalog.hpp"

#include <algorithm>

namespace luoshi::rules {

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
        for (auto const& a : def.aliases)
            if (std::find(d.aliases.begin(), d.aliases.end(), a) == d.aliases.end()) d.aliases.push_back(a);
    }
    auto add_alias = [&](std::string const& a) {
        auto it = aliases_.find(a);
        if (it != aliases_.end()) {
            it->second = index;
        } else {
            alias_text_.push_back(a);
            aliases_.emplace(alias_text_.back(), index);
            longest_ = std::max(longest_, a.size());
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
    // The longest suffix that is an alias: try each suffix that starts on a character boundary, longest
    // first.
    // no suffix longer than the longest alias can be one
    for (std::size_t i = text.size() > longest_ ? text.size() - longest_ : 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (auto it = aliases_.find(text.substr(i)); it != aliases_.end()) return &defs_[it->second];
    }
    return nullptr;
}

}  // namespace luoshi::rules
