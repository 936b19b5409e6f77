// The golden-file tests of rule files (STYLE.md §8): every rule file, figure table, catalog and project file
// under tests/data/rules is linted as a user would, `luoshi lint NAME` from that folder, and what it prints
// on stdout, then `exit: N`, must be its NAME.expected word for word. A new case is a new pair of files, not
// code.
#include "support.hpp"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace test = luoshi::test;

namespace {

namespace fs = std::filesystem;

fs::path cases_dir() { return test::source_dir() / "tests" / "data" / "rules"; }

bool is_input(fs::path const& p) {
    auto const ext = p.extension().string();
    return ext == ".yaml" || ext == ".yml" || ext == ".csv";
}

// A file's name relative to the cases folder, with forward slashes: how the command line is given it.
std::string relative_name(fs::path const& p) { return fs::relative(p, cases_dir()).generic_string(); }

struct run_result {
    std::string out, err;
    std::string exit_line;  // `exit: N`, or how the process ended otherwise
};

std::string read_all(int fd) {
    std::string text;
    char buffer[4096];
    for (;;) {
        ssize_t const n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            text.append(buffer, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
            break;
        }
    }
    ::close(fd);
    return text;
}

// `luoshi lint NAME` with the cases folder as the working directory.
run_result lint(std::string const& name) {
    std::string const binary = LUOSHI_BINARY;
    std::string const dir = cases_dir().string();
    int out[2], err[2];
    REQUIRE(::pipe(out) == 0);
    REQUIRE(::pipe(err) == 0);
    pid_t const pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        for (int fd : {out[0], out[1], err[0], err[1]}) ::close(fd);
        if (::chdir(dir.c_str()) != 0) ::_exit(127);
        std::vector<std::string> args{binary, "lint", name};
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(binary.c_str(), argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    ::close(err[1]);
    run_result r;
    r.out = read_all(out[0]);  // stderr is a line or two: its pipe does not fill while stdout is read
    r.err = read_all(err[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status))
        r.exit_line = "exit: " + std::to_string(WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        r.exit_line = "killed by signal " + std::to_string(WTERMSIG(status));
    else
        r.exit_line = "ended oddly";
    return r;
}

std::vector<std::string> lines_of(std::string const& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// Where two texts first differ, line by line, as a reader wants to see it.
std::string first_difference(std::string const& expected, std::string const& actual) {
    auto const want = lines_of(expected), got = lines_of(actual);
    std::size_t i = 0;
    while (i < want.size() && i < got.size() && want[i] == got[i]) ++i;
    std::ostringstream s;
    s << "first difference at line " << i + 1 << ":\n";
    s << "  expected: " << (i < want.size() ? want[i] : std::string("(nothing: the expected text ends here)"))
      << "\n";
    s << "  actual:   " << (i < got.size() ? got[i] : std::string("(nothing: the output ends here)")) << "\n";
    if (i >= want.size() && i >= got.size()) s << "  (the texts differ only in their line ends)\n";
    return s.str();
}

}  // namespace

TEST_SUITE("rules") {
    TEST_CASE("every rule file under tests/data/rules lints to exactly what its .expected file holds") {
        REQUIRE(fs::is_directory(cases_dir()));
        std::vector<fs::path> inputs;
        std::set<fs::path> expected_files;
        for (auto const& e : fs::recursive_directory_iterator(cases_dir())) {
            if (!e.is_regular_file()) continue;
            if (is_input(e.path()))
                inputs.push_back(e.path());
            else if (e.path().extension() == ".expected")
                expected_files.insert(e.path());
        }
        std::sort(inputs.begin(), inputs.end());
        REQUIRE_MESSAGE(!inputs.empty(), "no rule files in " << cases_dir());

        SUBCASE("every input has its .expected file, and every .expected file its input") {
            std::map<fs::path, std::string> owner;  // expected file → the input it belongs to
            for (auto const& in : inputs) {
                auto const want = fs::path(in).replace_extension(".expected");
                CHECK_MESSAGE(expected_files.count(want) == 1, relative_name(in)
                                                                   << " has no " << relative_name(want));
                auto const [it, fresh] = owner.emplace(want, relative_name(in));
                CHECK_MESSAGE(fresh, relative_name(in) << " and " << it->second << " would share "
                                                       << relative_name(want) << ": rename one");
            }
            for (auto const& e : expected_files)
                CHECK_MESSAGE(owner.count(e) == 1,
                              relative_name(e)
                                  << " belongs to no input (.yaml, .yml or .csv of the same name)");
        }

        SUBCASE("each lints to its .expected text: stdout, then `exit: N`") {
            std::size_t differing = 0, compared = 0;
            for (auto const& in : inputs) {
                auto const want_path = fs::path(in).replace_extension(".expected");
                if (!fs::exists(want_path)) continue;  // said in the other subcase
                auto const name = relative_name(in);
                auto const expected = test::read_file(want_path);
                auto const r = lint(name);
                auto const actual = r.out + r.exit_line + "\n";
                ++compared;
                if (actual == expected) continue;
                ++differing;
                FAIL_CHECK("luoshi lint " << name << " (in tests/data/rules) differs from "
                                          << relative_name(want_path) << "\n"
                                          << first_difference(expected, actual)
                                          << "--- the whole output, to paste "
                                          << "in if it is right ---\n"
                                          << actual << "--- end ---"
                                          << (r.err.empty() ? std::string() : "\nstderr:\n" + r.err));
            }
            MESSAGE(compared << " rule-file cases compared, " << differing << " differ");
            CHECK(compared == inputs.size());
        }
    }
}
