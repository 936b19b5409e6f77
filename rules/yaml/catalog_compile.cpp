// luoshi_catalog_compile CATALOG.yaml OUT.cpp: reads the built-in metric catalog (rules/metrics.yaml) at
// build time, as any catalog is read (load_catalog), and writes its metrics out as C++ (builtin_metrics()),
// so that no run parses its YAML: yaml-cpp took 42 M instructions for it, more than reading a report. A
// catalog with errors fails the build, each error shown where it is.
#include "common/render.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace luoshi;

// A C++ string literal of the bytes (UTF-8 kept as it is).
std::string literal(std::string_view s) {
    std::string out = "\"";
    for (char const c : s) {
        if (c == '"' || c == '\\')
            out += {'\\', c};
        else if (static_cast<unsigned char>(c) < 0x20)
            out += fmt::format("\\{:03o}", static_cast<unsigned char>(c));
        else
            out += c;
    }
    return out + "\"";
}

std::string literals(std::vector<std::string> const& list) {
    std::string out = "{";
    for (auto const& s : list) out += (out.size() > 1 ? ", " : "") + literal(s);
    return out + "}";
}

std::string nested(std::vector<std::vector<std::string>> const& lists) {
    std::string out = "{";
    for (auto const& l : lists) out += (out.size() > 1 ? ", " : "") + literals(l);
    return out + "}";
}

char const* name(rules::polarity p) {
    switch (p) {
        case rules::polarity::higher_is_better: return "polarity::higher_is_better";
        case rules::polarity::lower_is_better: return "polarity::lower_is_better";
        case rules::polarity::neutral: return "polarity::neutral";
    }
    return "";
}

char const* name(rules::metric_kind k) {
    switch (k) {
        case rules::metric_kind::flow: return "metric_kind::flow";
        case rules::metric_kind::stock: return "metric_kind::stock";
        case rules::metric_kind::rate: return "metric_kind::rate";
    }
    return "";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: luoshi_catalog_compile CATALOG.yaml OUT.cpp\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in) {
        std::cerr << argv[1] << ": cannot be read\n";
        return 2;
    }
    rules::catalog catalog;
    auto const errors = rules::yaml::load_catalog(text, catalog);
    for (auto const& e : errors)
        std::cerr << common::render_diagnostic(argv[1], text, e.offset, "error", e.message);
    if (!errors.empty()) return 1;

    std::string out =
        "// Written at build time by luoshi_catalog_compile from rules/metrics.yaml "
        "(rules/yaml/CMakeLists.txt).\n"
        "#include \"rules/yaml/builtin_metrics.hpp\"\n\n"
        "namespace luoshi::rules::yaml {\n\n"
        "std::vector<metric_def> builtin_metrics() {\n"
        "    return {\n";
    for (auto const& m : catalog.metrics())
        out += fmt::format("        {{{}, {}, {}, {}, {}, {}, {}}},\n", literal(m.name), literal(m.id),
                           literals(m.aliases), name(m.polarity), name(m.kind), literals(m.units),
                           nested(m.parts));
    out += "    };\n}\n\n}  // namespace luoshi::rules::yaml\n";
    std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
    file << out;
    if (!file.flush()) {
        std::cerr << argv[2] << ": cannot be written\n";
        return 2;
    }
    return 0;
}
