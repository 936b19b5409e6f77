#pragma once

#include "common/diagnostic.hpp"
#include "rules/correction.hpp"

#include <string>
#include <string_view>
#include <vector>

// The corrections file (corrections.yaml beside luoshi.yaml): a mapping from goal ids to what a reviewer
// decided. No YAML type crosses this header.
namespace luoshi::rules::yaml {

struct corrections_file {
    std::vector<correction> items;                // in the order written
    std::vector<common::diagnostic> diagnostics;  // sorted by offset; any error: nothing is to be applied
    bool ok() const {
        for (auto const& d : diagnostics)
            if (d.severity == common::severity::error) return false;
        return true;
    }
};

// Every error collected with its byte offset, nothing thrown for bad input.
corrections_file load_corrections(std::string_view utf8);

// The file as `luoshi correct` writes it: a comment on top, one entry per goal in id order, so that its diff
// reads well in review. load_corrections reads it back to the same corrections.
std::string write_corrections(std::vector<correction> const& items);

}  // namespace luoshi::rules::yaml
