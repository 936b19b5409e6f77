#pragma once

#include "formats/document.hpp"

#include <string>
#include <variant>

// One reader per format, each in its own file; read_document picks one by the file's name.
namespace luoshi::formats::detail {

std::variant<document, format_error> read_html(std::string const& bytes);
std::variant<document, format_error> read_pdf(std::string const& bytes);
std::variant<document, format_error> read_docx(std::string const& bytes);

}  // namespace luoshi::formats::detail
