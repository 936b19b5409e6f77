// libFuzzer target for the format readers: the same bytes read as a web page, a Word file and a PDF by the
// readers read_document picks (linked in, where luoshi loads the PDF and Word ones as a module), with the
// invariants app/ and the store rely on checked by __builtin_trap(): no exception leaves, the text is UTF-8,
// the blocks are in order inside it, and each note's mark is inside it. Never prints.
#include "common/utf8.hpp"
#include "formats/detail/readers.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

namespace {

using namespace luoshi;

void check(bool ok) {
    if (!ok) __builtin_trap();
}

void check_document(formats::document const& d) {
    check(!d.text.empty());
    check(!common::first_invalid_utf8(d.text));
    std::size_t last = 0;
    for (auto const& b : d.blocks) {
        check(b.start >= last && b.start <= d.text.size());
        last = b.start;
    }
    for (auto const& n : d.notes) {
        check(!n.text.empty() && !common::first_invalid_utf8(n.text));
        if (n.at) check(*n.at <= d.text.size());
    }
    check(!common::first_invalid_utf8(d.title));
    check(d.date.empty() || d.date.size() == 10);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string const bytes(reinterpret_cast<char const*>(data), size);
    using namespace formats::detail;
    for (auto const reader : {read_html, read_docx, read_pdf}) {
        auto const read = reader(bytes);
        if (auto const* d = std::get_if<formats::document>(&read))
            check_document(*d);
        else
            check(!std::get<formats::format_error>(read).message.empty());
    }
    return 0;
}
