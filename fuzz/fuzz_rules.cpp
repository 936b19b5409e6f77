// libFuzzer target for what people write by hand: bytes → common::decode → rule file, figure table, project
// file, catalog and report front matter loaders, with the invariants the CLI relies on checked by
// __builtin_trap(): no exception leaves, every diagnostic has a place in the text, every statement's source
// is a span of it, and a valid rule file written back by `luoshi rules` loads to as many statements. Never
// prints.
#include "common/encoding.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "rules/yaml/load.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

namespace {

using namespace luoshi;

void check(bool ok) {
    if (!ok) __builtin_trap();
}

void check_file(rules::yaml::rule_file const& f, std::string_view text) {
    for (auto const& d : f.diagnostics) check(d.offset <= text.size());
    if (!f.ok()) check(f.statements.empty());
    for (auto const& st : f.statements) {
        check(st.src.start <= st.src.end && st.src.end <= text.size());
        check(st.src.text == text.substr(st.src.start, st.src.end - st.src.start));
        check(!st.id.empty());
        for (auto const& v : {st.value, st.low, st.high, st.tolerance})
            if (v) check(std::isfinite(*v));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    auto decoded = common::decode(std::string_view(reinterpret_cast<char const*>(data), size));
    if (std::holds_alternative<common::decode_error>(decoded)) return 0;
    std::string_view const text = std::get<common::decoded_text>(decoded).utf8;
    static rules::catalog const& catalog = rules::yaml::builtin_catalog();
    rules::yaml::file_context ctx;
    ctx.path = "fuzz.yaml";
    ctx.digest = "0";
    ctx.catalog = &catalog;
    try {
        auto const rules_file = rules::yaml::load_rules(text, ctx);
        check_file(rules_file, text);
        if (rules_file.ok() && !rules_file.statements.empty()) {
            std::string const written = rules::yaml::write_rules(rules_file.statements, catalog);
            auto const again = rules::yaml::load_rules(written, ctx);
            check_file(again, written);
        }
        ctx.path = "fuzz.csv";
        check_file(rules::yaml::load_figures_csv(text, ctx), text);
        auto const project = rules::yaml::load_project(text);
        for (auto const& d : project.diagnostics) check(d.offset <= text.size());
        rules::catalog scratch;
        for (auto const& d : rules::yaml::load_catalog(text, scratch)) check(d.offset <= text.size());
        auto const fm = rules::yaml::load_front_matter(text);
        check(fm.body <= text.size());
        for (auto const& d : fm.diagnostics) check(d.offset <= text.size());
    } catch (...) {
        check(false);  // bad input is a diagnostic, never an exception
    }
    return 0;
}
