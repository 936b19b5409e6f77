// luoshi_t2s_compile OUT.cpp: reads OpenCC's t2s dictionaries at build time and writes out the characters
// they may change (t2s_changeable.hpp), so that telling a simplified report from a traditional one loads no
// dictionary: loading them and collecting those characters took 15 M instructions in every run that read a
// report, more than reading one.
#include "common/utf8.hpp"

#include <fmt/format.h>
#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/DictGroup.hpp>
#include <opencc/Exception.hpp>
#include <opencc/Lexicon.hpp>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {

std::vector<char32_t> code_points(std::string const& s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        int len = 0;
        out.push_back(luoshi::common::code_point_at(s.data() + i, len));
        i += static_cast<std::size_t>(len);
    }
    return out;
}

// Of each key, the characters where a value differs; every one of a key whose value has another length, as
// a change cannot be pinned to a character there. A group is read dictionary by dictionary: its own lexicon
// would be a sorted copy of all of theirs.
void add_changeable(opencc::Dict const& dict, std::set<char32_t>& out) {
    if (auto const* group = dynamic_cast<opencc::DictGroup const*>(&dict)) {
        for (auto const& member : group->GetDicts()) add_changeable(*member, out);
        return;
    }
    for (auto const& entry : *dict.GetLexicon()) {
        auto const key = code_points(entry->Key());
        for (auto const& value : entry->Values()) {
            auto const to = code_points(value);
            for (std::size_t i = 0; i < key.size(); ++i)
                if (to.size() != key.size() || key[i] != to[i]) out.insert(key[i]);
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: luoshi_t2s_compile OUT.cpp\n";
        return 2;
    }
    std::set<char32_t> changeable;
    try {
        auto const t2s = opencc::Config().NewFromFile("t2s.json");
        for (auto const& conversion : t2s->GetConversionChain()->GetConversions())
            add_changeable(*conversion->GetDict(), changeable);
    } catch (opencc::Exception const& e) {
        std::cerr << "OpenCC cannot load t2s.json: " << e.what() << "\n";
        return 1;
    }
    std::string out =
        "// Written at build time by luoshi_t2s_compile from OpenCC's t2s dictionaries "
        "(common/CMakeLists.txt).\n"
        "#include \"common/t2s_changeable.hpp\"\n\n"
        "namespace luoshi::common {\n\n"
        "char32_t const t2s_changeable[] = {";
    std::size_t n = 0;
    for (auto const c : changeable)
        out += fmt::format("{}0x{:X},", n++ % 12 ? " " : "\n    ", std::uint32_t{c});
    out += fmt::format(
        "\n}};\nstd::size_t const t2s_changeable_count = {};\n\n}}  // namespace luoshi::common\n",
        changeable.size());
    std::ofstream file(argv[1], std::ios::binary | std::ios::trunc);
    file << out;
    if (!file.flush()) {
        std::cerr << argv[1] << ": cannot be written\n";
        return 2;
    }
    return 0;
}
