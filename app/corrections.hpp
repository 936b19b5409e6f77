#pragma once

#include "rules/catalog.hpp"
#include "rules/correction.hpp"
#include "rules/statement.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// A reviewer's corrections, applied to the goals before they are judged: by goal id, so they hold across
// ingests of the same bytes.
namespace luoshi::app {

struct corrections {
    std::string path;  // the file they came from (corrections.yaml beside luoshi.yaml)
    std::vector<rules::correction> items;
    rules::correction const* find(std::string const& goal_id) const;
};

// What a correction did to one goal.
struct applied {
    bool rejected = false;
    std::string why, note;
    std::vector<rules::corrected_field> fields;  // each field set, with what it was
    std::optional<std::size_t> figure;           // the figure the reviewer chose, by index into the figures
    std::string missing_figure;                  // the id of a chosen figure not among them
};

// Applies the corrections to the goals in place (the metric through the catalog's canonical names): one
// entry per goal, empty for a goal no correction names.
std::vector<std::optional<applied>> apply_corrections(corrections const& fixes,
                                                      std::vector<rules::statement>& goals,
                                                      std::vector<rules::statement> const& figures,
                                                      rules::catalog const& catalog);

// The figures as a goal with a chosen figure is judged against them: every other figure of its region and
// metric set aside, and the chosen one taken as the goal's (a reviewer chose it because the reader named its
// metric or region otherwise). Indexes stay those of `figures`.
std::vector<rules::statement> figures_for(rules::statement const& goal,
                                          std::vector<rules::statement> const& figures, std::size_t chosen,
                                          rules::catalog const& catalog);

// The corrections that name no goal among the ids given: a goal the reader no longer finds, or a typo.
std::vector<rules::correction const*> orphans(corrections const& fixes,
                                              std::vector<std::string> const& goal_ids);

}  // namespace luoshi::app
