#pragma once

#include <optional>
#include <string>
#include <vector>

namespace luoshi::cli {

enum class format { table, json };

struct parse_options {
    std::string phrase;
    std::optional<std::string> date;     // YYYY-MM-DD; today when absent
    std::optional<std::string> kind;     // goal | figure
    std::optional<std::string> catalog;  // a user's metric catalog, added to the built-in one
    cli::format format = format::table;
    std::string today;  // YYYY-MM-DD, from the clock in main
};

// Exit codes: 0 ok, 2 bad usage or bad input (DESIGN.md).
int run_parse(parse_options const& o);

struct extract_options {
    std::vector<std::string> files;
    std::optional<std::string> region;
    std::optional<std::string> date;
    std::optional<std::string> catalog;
    cli::format format = format::table;
};

// What the reader finds in whole reports; stores nothing. Exit 2 if a file could not be read (after the
// others).
int run_extract(extract_options const& o);

}  // namespace luoshi::cli
