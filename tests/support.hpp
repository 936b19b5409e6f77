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

}  // namespace luoshi::test
