#pragma once

#include "formats/fixtures.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace luoshi::test {

inline std::filesystem::path source_dir() { return LUOSHI_SOURCE_DIR; }

// ../shared/ beside the checkout: corpora for the accuracy tests. Absent in a user's clone.
inline std::optional<std::filesystem::path> shared_dir() {
    std::filesystem::path const p = LUOSHI_SHARED_DIR;
    if (std::filesystem::is_directory(p)) return p;
    return std::nullopt;
}

// ../shared/seeds/: the seed reports the seed tests read by byte offsets. Absent in a user's clone.
inline std::optional<std::filesystem::path> seeds_dir() {
    auto const shared = shared_dir();
    if (!shared || !std::filesystem::is_directory(*shared / "seeds")) return std::nullopt;
    return *shared / "seeds";
}

inline std::string read_file(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The cells of a table row: s cut at every sep.
inline std::vector<std::string> split(std::string const& s, std::string const& sep) {
    std::vector<std::string> out;
    std::size_t b = 0;
    for (;;) {
        auto e = s.find(sep, b);
        out.push_back(s.substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (e == std::string::npos) break;
        b = e + sep.size();
    }
    return out;
}

// Whether text holds part, and how many times.
inline bool has(std::string const& text, std::string const& part) {
    return text.find(part) != std::string::npos;
}

inline std::size_t occurrences(std::string const& text, std::string const& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

// A cell without the spaces (and a CR) around it.
inline std::string trim(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
    return s;
}

// The same text in GB18030, as a file from a mainland government site often is.
inline std::string to_gb18030(std::string const& utf8) { return encode(utf8, "GB18030"); }

}  // namespace luoshi::test
