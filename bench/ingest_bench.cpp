// Ingest throughput against extraction alone, and the time of an audit over the store.
//
// Writes a corpus of at least 100 MB into a temporary folder: the 17 national reports (../shared/corpus/
// national/, with their index.csv) and the 5 seeds (../shared/seeds/, given a date by YAML front matter),
// copied again and again into numbered folders, each copy ending in a line of its own so that no two files
// have the same bytes (the store keeps one report per content hash). Then, on one core:
//   1. extraction alone: every file read, decoded and read by the scanner (what `luoshi extract` does);
//   2. ingest: the same, plus storing each report into a fresh SQLite file (what `luoshi ingest` does);
//   3. an audit of 100,000 goals: more copies are ingested (untimed) until the store holds 100,000 goals,
//   then
//      everything is loaded from the store, judged and the run recorded (what `luoshi audit` does).
// Prints reports/s and MB/s of 1 and 2, their ratio against the target (ingest within 2x of extraction), and
// the seconds of 3 split into load, judge and record.
//
// The corpus size in MiB comes from the first argument or LUOSHI_BENCH_MB (default 100).
#include "app/ingest.hpp"
#include "app/inputs.hpp"
#include "app/judging.hpp"
#include "bench/measure.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "store/database.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifndef LUOSHI_SHARED_DIR
#define LUOSHI_SHARED_DIR ""
#endif

namespace {

namespace fs = std::filesystem;
using namespace luoshi;
using clock_type = std::chrono::steady_clock;

constexpr double mb = 1e6;
constexpr double target_ratio = 2.0;
constexpr std::size_t audit_goals = 100000;

std::string read_file(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct source {
    std::string name;
    std::string bytes;
};

// Writes copy number n of every source into dir/n/, with an index.csv that gives the copy a region of its own
// (a copy stands for another district: the same goals of one region over and over would make every goal meet
// every copy's figures); returns the bytes written.
std::size_t write_copy(fs::path const& dir, std::size_t n, std::vector<source> const& national,
                       std::string const& index, std::vector<source> const& seeds,
                       std::vector<std::string>& files) {
    fs::path const d = dir / std::to_string(n);
    fs::create_directories(d);
    std::size_t bytes = 0;
    auto write = [&](std::string const& name, std::string const& text) {
        std::ofstream(d / name, std::ios::binary) << text;
        files.push_back((d / name).string());
        bytes += text.size();
    };
    std::string const tail = "\n（副本" + std::to_string(n) + "）\n";
    for (auto const& s : national) write(s.name, s.bytes + tail);
    std::string const region = "副本" + std::to_string(n);
    for (auto const& s : seeds)
        write(s.name, "---\nregion: " + region + "区\ndate: 2015-06-30\n---\n" + s.bytes + tail);
    std::string csv;
    std::istringstream in(index);
    std::string line;
    for (bool header = true; std::getline(in, line); header = false) {
        auto const c1 = line.find(','), c2 = line.find(',', c1 + 1);
        if (!header && c1 != std::string::npos && c2 != std::string::npos)
            line = line.substr(0, c1 + 1) + region + line.substr(c2);
        csv += line + "\n";
    }
    std::ofstream(d / "index.csv", std::ios::binary) << csv;
    return bytes;
}

double seconds_since(clock_type::time_point t) {
    return std::chrono::duration<double>(clock_type::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
    fs::path const shared = LUOSHI_SHARED_DIR;
    if (!fs::is_directory(shared / "corpus" / "national") || !fs::is_directory(shared / "seeds")) {
        std::printf("skipped: ../shared is not beside this checkout\n");
        return 0;
    }
    char const* arg = argc > 1 ? argv[1] : std::getenv("LUOSHI_BENCH_MB");
    std::size_t const corpus_mib = arg && *arg ? std::strtoul(arg, nullptr, 10) : 100;

    std::vector<source> national, seeds;
    for (auto const& e : fs::directory_iterator(shared / "corpus" / "national"))
        if (e.path().extension() == ".txt")
            national.push_back({e.path().filename().string(), read_file(e.path())});
    for (auto const& e : fs::directory_iterator(shared / "seeds"))
        if (e.path().extension() == ".txt")
            seeds.push_back({e.path().filename().string(), read_file(e.path())});
    std::string const index = read_file(shared / "corpus" / "national" / "index.csv");

    fs::path const dir = fs::temp_directory_path() / ("luoshi-ingest-bench-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    std::vector<std::string> files;
    std::size_t bytes = 0, copies = 0;
    while (bytes < corpus_mib * 1024 * 1024)
        bytes += write_copy(dir, copies++, national, index, seeds, files);
    std::printf("corpus: %zu reports, %.1f MB in %zu copies of %zu national reports and %zu seeds, in %s\n",
                files.size(), static_cast<double>(bytes) / mb, copies, national.size(), seeds.size(),
                dir.c_str());

    auto const& catalog = rules::yaml::builtin_catalog();
    // 1. extraction alone
    std::size_t goals = 0, figures = 0;
    double cpu0 = bench::thread_cpu_seconds();
    auto t0 = clock_type::now();
    for (auto const& f : files) {
        auto r = app::load_report(f, {}, catalog);
        if (auto const* rep = std::get_if<app::loaded_report>(&r))
            for (auto const& s : rep->reading.statements)
                (s.kind == rules::statement_kind::goal ? goals : figures)++;
    }
    double const extract_s = seconds_since(t0), extract_cpu = bench::thread_cpu_seconds() - cpu0;
    std::printf("extract: %.2f s (thread CPU %.2f s): %.0f reports/s, %.1f MB/s; %zu goals, %zu figures\n",
                extract_s, extract_cpu, static_cast<double>(files.size()) / extract_cpu,
                static_cast<double>(bytes) / mb / extract_cpu, goals, figures);

    // 2. ingest into a fresh file, as `luoshi ingest` does: batches of 256 reports, each report whole or
    // absent
    fs::path const db_path = dir / "bench.db";
    auto opened = store::database::open(db_path.string());
    if (auto const* e = std::get_if<std::string>(&opened)) {
        std::fprintf(stderr, "error: %s\n", e->c_str());
        return 1;
    }
    auto& db = std::get<store::database>(opened);
    auto ingest = [&](std::vector<std::string> const& paths) {
        std::size_t stored = 0;
        auto const failed = app::ingest(
            db, paths, {}, catalog, false, [](std::size_t, std::string const&) {},
            [&](app::ingested const& r) { stored += r.goals; });
        if (failed) std::fprintf(stderr, "error: %s\n", failed->c_str());
        return stored;
    };
    cpu0 = bench::thread_cpu_seconds();
    t0 = clock_type::now();
    std::size_t stored_goals = ingest(files);
    double const ingest_s = seconds_since(t0), ingest_cpu = bench::thread_cpu_seconds() - cpu0;
    double const ratio = ingest_s / extract_s;
    auto size_of = [](fs::path const& p) {
        std::error_code ec;
        auto const n = fs::file_size(p, ec);
        return ec ? 0.0 : static_cast<double>(n);
    };
    std::printf(
        "ingest: %.2f s (thread CPU %.2f s): %.0f reports/s, %.1f MB/s; the database is %.1f MB (with its "
        "write-ahead log)\n",
        ingest_s, ingest_cpu, static_cast<double>(files.size()) / ingest_s,
        static_cast<double>(bytes) / mb / ingest_s,
        (size_of(db_path) + size_of(db_path.string() + "-wal")) / mb);
    std::printf("ingest / extract (wall): x%.2f (target: within x%.0f) — %s\n", ratio, target_ratio,
                ratio <= target_ratio ? "met" : "NOT met");

    // 3. an audit of at least 100,000 goals
    while (stored_goals < audit_goals) {
        std::vector<std::string> more;
        write_copy(dir, copies++, national, index, seeds, more);
        stored_goals += ingest(more);
    }
    t0 = clock_type::now();
    std::vector<rules::statement> all_goals, all_figures;
    db.load({}, all_goals, all_figures);
    double const load_s = seconds_since(t0);
    auto t1 = clock_type::now();
    auto const as_of = rules::date(2026, 11, 21);
    auto const judged =
        app::judge_as_of(std::move(all_goals), std::move(all_figures), catalog, {}, as_of, {});
    double const judge_s = seconds_since(t1);
    t1 = clock_type::now();
    db.record_run(as_of, "bench", app::run_rows(judged));
    double const record_s = seconds_since(t1);
    std::printf(
        "audit: %zu goals, %zu figures: %.2f s = load %.2f s + judge and reasons %.2f s + run record %.2f "
        "s\n",
        judged.goals.size(), judged.figures.size(), load_s + judge_s + record_s, load_s, judge_s, record_s);
    std::printf("peak RSS: %.1f MB\n", bench::peak_rss_bytes() / mb);
    fs::remove_all(dir);
    return 0;
}
