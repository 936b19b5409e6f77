#pragma once

#include "app/inputs.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <iconv.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <variant>
#include <vector>

extern char** environ;

namespace luoshi::test {

// A fresh folder under the system's temp directory, removed with everything in it when the test ends.
class temp_dir {
public:
    temp_dir() {
        static std::atomic<unsigned> counter{0};
        auto const stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ = std::filesystem::temp_directory_path() /
                ("luoshi-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
                 std::to_string(stamp));
        std::filesystem::create_directories(path_);
    }
    temp_dir(temp_dir const&) = delete;
    temp_dir& operator=(temp_dir const&) = delete;
    ~temp_dir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::filesystem::path const& path() const { return path_; }
    std::filesystem::path operator/(std::string const& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

inline void write_file(std::filesystem::path const& p, std::string const& bytes) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
    REQUIRE(out.good());
}

inline std::filesystem::path example_report(std::string const& name) {
    return source_dir() / "examples" / "reports" / name;
}

// Bytes no text decoder accepts: seeded noise with NULs and invalid UTF-8 lead bytes in it.
inline std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 gen(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    std::string out(n, '\0');
    for (auto& c : out) c = static_cast<char>(byte(gen));
    for (std::size_t i = 0; i < n; i += 7) out[i] = '\0';
    out[1] = static_cast<char>(0xff);
    return out;
}

inline app::loaded_report load(std::filesystem::path const& p, app::report_meta const& flags = {}) {
    auto r = app::load_report(p.string(), flags, rules::yaml::builtin_catalog());
    if (auto const* e = std::get_if<app::load_error>(&r)) FAIL(e->path << ": " << e->message);
    return std::get<app::loaded_report>(std::move(r));
}

struct counts {
    std::size_t goals = 0, figures = 0;
    bool operator==(counts const& o) const { return goals == o.goals && figures == o.figures; }
};

inline counts count_statements(std::vector<rules::statement> const& statements) {
    counts c;
    for (auto const& s : statements) (s.kind == rules::statement_kind::goal ? c.goals : c.figures) += 1;
    return c;
}

inline std::filesystem::path luoshi_binary() { return LUOSHI_BINARY; }

// Starts the luoshi binary with its output sent to the given files; returns the child's pid.
inline pid_t spawn_luoshi(std::vector<std::string> const& args, std::string const& out_path,
                          std::string const& err_path, std::string const& cwd = {}) {
    std::vector<std::string> argv_text{luoshi_binary().string()};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    pid_t pid = 0;
    int const rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE_MESSAGE(rc == 0, "cannot start " << argv_text[0]);
    return pid;
}

struct run_result {
    int exit_code = -1;  // -1 when the process did not exit normally
    std::string out, err;
};

// Runs luoshi to its end (in the working directory `cwd` when given); stdout and stderr are kept in files of
// `scratch`.
inline run_result run_luoshi(std::vector<std::string> const& args, std::filesystem::path const& scratch,
                             std::filesystem::path const& cwd = {}) {
    auto const out = (scratch / "luoshi.stdout").string();
    auto const err = (scratch / "luoshi.stderr").string();
    pid_t const pid = spawn_luoshi(args, out, err, cwd.string());
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    run_result r;
    if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
}

}  // namespace luoshi::test
