// libFuzzer target for the scanner and the grammar: bytes → common::decode → dsl::read_report, parse_phrase
// and find_quantities, with the invariants the CLI relies on checked by __builtin_trap(). Never prints.
#include "common/encoding.hpp"
#include "common/utf8.hpp"
#include "dsl/parse.hpp"
#include "dsl/report.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

namespace {

using namespace luoshi;

void check(bool ok) {
    if (!ok) __builtin_trap();
}

void check_finite(std::optional<double> const& v) {
    if (v) check(std::isfinite(*v));
}

// A statement read from `text`: its source is a span of `text`, and its numbers are numbers.
void check_statement(rules::statement const& st, std::string_view text) {
    check(st.src.start <= st.src.end);
    check(st.src.end <= text.size());
    check(st.src.text == text.substr(st.src.start, st.src.end - st.src.start));
    check_finite(st.value);
    check_finite(st.low);
    check_finite(st.high);
    check_finite(st.tolerance);
    for (double p : st.parts) check(std::isfinite(p));
}

void check_diagnostics(std::vector<dsl::diagnostic> const& ds, std::string_view text) {
    for (auto const& d : ds) check(d.offset <= text.size());
}

// The first `limit` bytes of valid UTF-8, cut back to a code point start.
std::string_view prefix(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t n = limit;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0u) == 0x80u) --n;
    return text.substr(0, n);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const bytes(reinterpret_cast<char const*>(data), size);
    auto decoded = common::decode(bytes);
    if (auto const* e = std::get_if<common::decode_error>(&decoded)) {
        check(e->offset <= size);
        return 0;
    }
    auto const& d = std::get<common::decoded_text>(decoded);
    std::string_view const text = d.utf8;
    check(!common::first_invalid_utf8(text));  // decode hands on valid UTF-8 only
    check(d.to_original(text.size()) == size);

    static rules::catalog const& catalog = rules::yaml::builtin_catalog();
    dsl::report_context ctx;
    ctx.date = rules::date(2015, 3, 5);
    ctx.region = "fuzz";
    ctx.report = "fuzz";
    ctx.catalog = &catalog;
    auto const reading = dsl::read_report(text, ctx);
    for (auto const& st : reading.statements) {
        check_statement(st, text);
        // The CLI maps the offsets back to the file's bytes: in order and inside the file.
        std::size_t const b = d.to_original(st.src.start), e = d.to_original(st.src.end);
        check(b <= e && e <= size);
    }
    check_diagnostics(reading.diagnostics, text);
    // the outline: every node inside the text and inside its parent, in the order of the text (node_at
    // searches them)
    auto const& nodes = reading.outline.nodes;
    check(!nodes.empty());
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        auto const& n = nodes[i];
        check(n.begin <= n.end && n.end <= text.size());
        check(i == 1 || nodes[i - 1].begin <= n.begin);
        check(n.parent >= 0 && static_cast<std::size_t>(n.parent) < i);
        auto const& p = nodes[static_cast<std::size_t>(n.parent)];
        check(p.begin <= n.begin && n.end <= p.end);
    }

    std::string_view const phrase = prefix(text, 4096);
    dsl::context pctx;
    pctx.reference = rules::date(2015, 3, 5);
    pctx.catalog = &catalog;
    auto const parsed = dsl::parse_phrase(phrase, pctx);
    for (auto const& st : parsed.statements) check_statement(st, phrase);
    check_diagnostics(parsed.diagnostics, phrase);

    auto const scanned = dsl::find_quantities(phrase);
    for (auto const& q : scanned.quantities) {
        check(q.begin <= q.end && q.end <= phrase.size());
        check(q.begin <= q.number_end && q.number_end <= q.end);
        check(std::isfinite(q.value));
        check_finite(q.low);
        check_finite(q.high);
    }
    check_diagnostics(scanned.diagnostics, phrase);
    return 0;
}
