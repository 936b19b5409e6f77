#pragma once

#include <string_view>

// The HTML report's stylesheet and script: cli/report_page.css and cli/report_page.js, compiled in as text
// (cli/report_page.cpp.in), so that the page needs nothing beside itself.
namespace luoshi::cli {

std::string_view report_style();
std::string_view report_script();

}  // namespace luoshi::cli
