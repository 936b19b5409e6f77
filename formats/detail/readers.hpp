#pragma once

#include "formats/document.hpp"

#include <string>
#include <variant>

// One reader per format, each in its own file; read_document picks one by the file's name.
namespace luoshi::formats::detail {

using document_reader = std::variant<document, format_error> (*)(std::string const& bytes);

std::variant<document, format_error> read_html(std::string const& bytes);
std::variant<document, format_error> read_pdf(std::string const& bytes);
std::variant<document, format_error> read_docx(std::string const& bytes);

// The PDF and Word readers as the module luoshi_formats_office exports them, under the name
// office_readers_symbol (office_module.cpp); read_office loads it when the first such file is read.
struct office_readers {
    document_reader pdf;
    document_reader docx;
};
inline constexpr char office_readers_symbol[] = "luoshi_office_readers";

std::variant<document, format_error> read_office(format f, std::string const& bytes);

}  // namespace luoshi::formats::detail
