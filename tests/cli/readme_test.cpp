// The README's examples still print what it shows: every ```console block is played in order, in a fresh
// copy of examples/, `$ luoshi …` run as a user would (stdout, then stderr), `$ cd` and `$ cat` as a shell
// would, and each output must be the README's word for word.
#include "store/store_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace luoshi {

namespace {

struct step {
    std::vector<std::string> words;  // the command, split as a shell would ("…" keeps spaces)
    std::string expected;            // the lines after it, up to the next command or the block's end
    std::size_t line = 0;            // where it is in the README
};

std::vector<std::string> shell_words(std::string const& command) {
    std::vector<std::string> out;
    std::string word;
    bool quoted = false, any = false;
    for (char c : command) {
        if (c == '"') {
            quoted = !quoted;
            any = true;
        } else if (c == ' ' && !quoted) {
            if (any) out.push_back(word);
            word.clear();
            any = false;
        } else {
            word += c;
            any = true;
        }
    }
    if (any) out.push_back(word);
    return out;
}

std::vector<step> console_steps(std::string const& readme) {
    std::vector<step> out;
    bool in_block = false;
    std::size_t n = 0;
    for (auto const& line : test::split(readme, "\n")) {
        ++n;
        if (!in_block) {
            in_block = line == "```console";
            continue;
        }
        if (line == "```") {
            in_block = false;
        } else if (line.rfind("$ ", 0) == 0) {
            out.push_back({shell_words(line.substr(2)), "", n});
        } else if (!out.empty()) {
            out.back().expected += line + "\n";
        }
    }
    return out;
}

}  // namespace

TEST_SUITE("cli") {
    TEST_CASE("the README's examples print what it shows") {
        test::temp_dir dir;
        auto const sandbox = dir / "clone";
        std::filesystem::create_directories(dir / "scratch");
        std::filesystem::create_directories(sandbox);
        std::filesystem::copy(test::source_dir() / "examples", sandbox / "examples",
                              std::filesystem::copy_options::recursive);
        for (auto const* stale : {"luoshi.db", "luoshi.db-wal", "luoshi.db-shm", "corrections.yaml"})
            std::filesystem::remove(sandbox / "examples" / stale);
        auto const steps = console_steps(test::read_file(test::source_dir() / "README.md"));
        REQUIRE(steps.size() >= 10);
        auto cwd = sandbox;
        for (auto const& s : steps) {
            REQUIRE(!s.words.empty());
            CAPTURE(s.line);
            std::string got;
            if (s.words[0] == "cd") {
                cwd /= s.words.at(1);
            } else if (s.words[0] == "cat") {
                got = test::read_file(cwd / s.words.at(1));
            } else {
                REQUIRE_MESSAGE(s.words[0] == "luoshi", "README.md:" << s.line << ": not a luoshi command");
                auto const r = test::run_luoshi({s.words.begin() + 1, s.words.end()}, dir / "scratch", cwd);
                got = r.out + r.err;
            }
            INFO("README.md:" << s.line << ": $ "
                              << test::split(test::read_file(test::source_dir() / "README.md"),
                                             "\n")[s.line - 1]
                              << "\nprinted:\n"
                              << got);
            CHECK(got == s.expected);
        }
    }
}

}  // namespace luoshi
