#include "rules/yaml/repeated_keys.hpp"

#include "common/source_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace luoshi::rules::yaml::detail {

namespace {

std::size_t at(YAML::Node const& n) { return static_cast<std::size_t>(std::max(0, n.Mark().pos)); }

// Aliases can make a small text a tree of billions of nodes: the walk stops after this many.
constexpr std::size_t max_nodes = 100000;

void walk(YAML::Node const& node, std::string_view text, std::vector<repeated_key>& out, std::size_t& seen) {
    if (++seen > max_nodes) return;
    if (node.IsSequence()) {
        for (auto const& item : node) walk(item, text, out, seen);
    } else if (node.IsMap()) {
        std::map<std::string, std::size_t> first;
        for (auto const& kv : node) {
            if (kv.first.IsScalar()) {
                auto const [it, fresh] = first.emplace(kv.first.Scalar(), at(kv.first));
                if (!fresh)
                    out.push_back({at(kv.first),
                                   fmt::format("`{}` is given twice in one mapping (first on line {}): which "
                                               "one is meant?",
                                               kv.first.Scalar(), common::locate(text, it->second).line)});
            }
            walk(kv.second, text, out, seen);
        }
    }
}

}  // namespace

std::vector<repeated_key> repeated_keys(YAML::Node const& root, std::string_view text) {
    std::vector<repeated_key> out;
    std::size_t seen = 0;
    walk(root, text, out, seen);
    return out;
}

}  // namespace luoshi::rules::yaml::detail
