#pragma once

#include "common/diagnostic.hpp"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What every YAML reader of rules/yaml checks that yaml-cpp does not: a key given twice in one mapping, of
// which yaml-cpp silently keeps the last. Private to rules/yaml (a YAML type crosses it).
namespace luoshi::rules::yaml::detail {

struct repeated_key {
    std::size_t offset = 0;  // the second key, in the text the node was loaded from
    std::string message;
};

// Every key given again in a mapping of the tree (aliases are followed once).
std::vector<repeated_key> repeated_keys(YAML::Node const& root, std::string_view text);

// One YAML document as a tree; nothing, with the error at its place ("invalid YAML: …" and a hint when a
// value needs quotes) added to `errors`, when it does not parse.
std::optional<YAML::Node> parse_root(std::string_view text, std::vector<common::diagnostic>& errors);

// The tree of a document whose keys are read (a project, a corrections file): nothing for one that does not
// parse (its error added) or is empty; every key given twice in it added to `errors`.
std::optional<YAML::Node> keyed_root(std::string_view text, std::vector<common::diagnostic>& errors);

// The hint for a YAML syntax error that a value needing quotes causes: unit: %, comparator: >=.
std::string quoting_hint(std::string const& yaml_message);

}  // namespace luoshi::rules::yaml::detail
