#include "rules/catalog.hpp"

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

}  // namespace

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
        if (a.size() <= text.size() && text.substr(text.size() - a.size()) == a)
            return &defs_[aliases_.find(a)->second];
    return nullptr;
}

}  // namespace luoshi::rules
