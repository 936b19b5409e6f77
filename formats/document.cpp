#include "formats/document.hpp"

#include "formats/detail/readers.hpp"

#include <algorithm>
#include <cctype>

namespace luoshi::formats {

std::optional<format> format_of(std::string_view path) {
    auto const dot = path.rfind('.');
    auto const slash = path.find_last_of("/\\");
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return std::nullopt;
    std::string ext(path.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == "html" || ext == "htm") return format::html;
    if (ext == "pdf") return format::pdf;
    if (ext == "docx") return format::docx;
    return std::nullopt;
}

std::string_view name(format f) {
    switch (f) {
        case format::html: return "html";
        case format::pdf: return "pdf";
        case format::docx: return "docx";
    }
    return "html";
}

std::string_view document::place_at(std::size_t offset) const { return formats::place_at(blocks, offset); }

std::variant<document, format_error> read_document(std::string_view path, std::string const& bytes) {
    auto const f = format_of(path);
    if (!f) return format_error{"not a web page, PDF or Word file by its name (.html, .htm, .pdf, .docx)"};
    switch (*f) {
        case format::html: return detail::read_html(bytes);
        case format::pdf:
        case format::docx: return detail::read_office(*f, bytes);
    }
    return format_error{"unknown format"};
}

}  // namespace luoshi::formats
