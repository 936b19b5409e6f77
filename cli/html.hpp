#pragma once

#include "engine/verdict.hpp"
#include "rules/statement.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// `luoshi report --html`: one self-contained page (inline CSS, inline SVG, a little plain JavaScript; nothing
// fetched when it is viewed). The goals are JSON in the page, drawn a few hundred rows at a time by its
// script. Written by hand rather than through a template engine: one page, and every piece of text goes
// through escape(), which a test holds.
namespace luoshi::cli {

// Text as HTML shows it, in an element or in a quoted attribute: & < > " ' replaced.
std::string escape(std::string_view text);

struct report_page {
    rules::date as_of;
    std::string store;  // where the data came from, for the header
    std::size_t reports = 0;
    std::vector<rules::statement> goals, figures;
    std::vector<engine::verdict> verdicts;          // one per goal
    std::vector<engine::explanation> explanations;  // one per goal: the figures and what was made of them
    std::vector<std::string> reasons;               // one per goal
    std::vector<std::size_t> shown;                 // the goals on the page (indexes), in order
    std::vector<std::string> corrected;  // one per goal: what a reviewer's correction changed, or ""
};

std::string render_html(report_page const& page);

}  // namespace luoshi::cli
