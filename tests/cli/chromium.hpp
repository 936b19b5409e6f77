#pragma once

// Headless Chromium for the tests of the HTML page (tests/cli/report_test.cpp, big_page_test.cpp).
#include "store/store_support.hpp"

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace luoshi::test {

// The browser on this machine, if any (Debian: apt-get install chromium).
inline std::optional<std::string> chromium() {
    for (char const* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"})
        if (std::filesystem::exists(p)) return std::string(p);
    return std::nullopt;
}

// Runs headless Chromium on a page with a fresh profile: its DOM after the scripts ran (--dump-dom URL), or
// a screenshot. What it printed.
inline std::string run_chromium(std::string const& browser, std::vector<std::string> const& args,
                                temp_dir const& dir) {
    std::string cmd = "'" + browser + "' --headless --no-sandbox --disable-gpu --user-data-dir='" +
                      (dir / "profile").string() + "'";
    for (auto const& a : args) cmd += " '" + a + "'";
    cmd += " 2>/dev/null";
    std::string out;
    if (FILE* p = ::popen(cmd.c_str(), "r")) {
        char buf[65536];
        std::size_t n = 0;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        ::pclose(p);
    }
    return out;
}

}  // namespace luoshi::test
