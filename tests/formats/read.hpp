#pragma once

#include "formats/document.hpp"

#include <doctest/doctest.h>

#include <string>
#include <variant>

namespace luoshi::test {

// A document read as its name says, failing the test when it cannot be.
inline formats::document read_document(std::string const& name, std::string const& bytes) {
    auto r = formats::read_document(name, bytes);
    if (auto const* e = std::get_if<formats::format_error>(&r)) FAIL(name << ": " << e->message);
    return std::get<formats::document>(std::move(r));
}

// Why a document cannot be read, failing the test when it can.
inline std::string document_error(std::string const& name, std::string const& bytes) {
    auto r = formats::read_document(name, bytes);
    REQUIRE_MESSAGE(std::holds_alternative<formats::format_error>(r), name << " was read");
    return std::get<formats::format_error>(r).message;
}

}  // namespace luoshi::test
