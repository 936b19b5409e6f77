#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace luoshi::test {

inline std::filesystem::path source_dir() { return LUOSHI_SOURCE_DIR; }

// ../shared/ beside the checkout: corpora for the accuracy tests. Absent in a user's clone.
inline std::optional<std::filesystem::path> shared_dir() {
    std::filesystem::path const p = LUOSHI_SHARED_DIR;
    if (std::filesystem::is_directory(p)) return p;
    return std::nullopt;
}

inline std::string read_file(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace luoshi::test
