// Whole-report extraction throughput on one core, and peak memory over a long run.
//
// Loads the 5 seed reports (../shared/seeds/) and the 17 national reports (../shared/corpus/national/) once,
// about 1 MB, then streams a virtual corpus of at least 100 MiB by cycling through them report by report:
// each report's bytes are decoded (common::decode) and read (dsl::read_report with its date and the built-in
// catalog), its goals and figures counted, and its results dropped before the next report. Nothing but the
// ~1 MB of source bytes outlives a report, so peak RSS should stay flat however long the corpus is.
//
// Prints the bytes read per second of wall time and of this thread's CPU time, the goals and figures found,
// and the peak RSS (getrusage ru_maxrss) at the start, after the first pass, at 25/50/75% and at the end.
//
// The corpus size in MiB comes from the first argument or LUOSHI_BENCH_MB (default 100), so a profile can
// run a short pass: LUOSHI_BENCH_MB=2 valgrind --tool=callgrind build-bench/bench/luoshi_extract_bench
#include "bench/measure.hpp"
#include "common/encoding.hpp"
#include "dsl/report.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#ifndef LUOSHI_SHARED_DIR
#define LUOSHI_SHARED_DIR ""
#endif

namespace {

namespace fs = std::filesystem;
using luoshi::rules::date;

constexpr double mb = 1e6;                       // figures are printed in decimal megabytes
constexpr std::size_t default_corpus_mib = 100;  // the bar: a corpus of at least 100 MB
constexpr double target_mb_per_s = 30.0;

struct report {
    std::string name;   // file name, for the slowest-reports list
    std::string bytes;  // the file as read, before decoding
    date when;
    std::string region;
    double cpu_seconds = 0;  // this report's share of the run's thread CPU time
    std::uint64_t reads = 0;
};

std::optional<std::string> read_file(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// yyyy-mm-dd
std::optional<date> parse_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto num = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    int const y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (y < 1400 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    try {
        return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                    static_cast<unsigned short>(d));
    } catch (std::exception const&) {
        return std::nullopt;
    }
}

// The national reports with the dates and regions of index.csv (file,region,date,title).
bool load_national(fs::path const& dir, std::vector<report>& out) {
    auto const csv = read_file(dir / "index.csv");
    if (!csv) {
        std::fprintf(stderr, "error: cannot read %s\n", (dir / "index.csv").c_str());
        return false;
    }
    std::istringstream in(*csv);
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (header || line.empty()) {
            header = false;
            continue;
        }
        std::size_t const c1 = line.find(','), c2 = line.find(',', c1 + 1), c3 = line.find(',', c2 + 1);
        if (c1 == std::string::npos || c2 == std::string::npos) continue;
        std::string const file = line.substr(0, c1);
        auto const when = parse_date(std::string_view(line).substr(c2 + 1, c3 - c2 - 1));
        auto bytes = read_file(dir / file);
        if (!when || !bytes) {
            std::fprintf(stderr, "error: %s: %s\n", file.c_str(),
                         !when ? "bad date in index.csv" : "unreadable");
            return false;
        }
        out.push_back({file, std::move(*bytes), *when, line.substr(c1 + 1, c2 - c1 - 1)});
    }
    return true;
}

// The seeds: regional reports of mid-2015, read at 2015-06-30.
bool load_seeds(fs::path const& dir, std::vector<report>& out) {
    std::vector<fs::path> files;
    for (auto const& e : fs::directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (auto const& f : files) {
        auto bytes = read_file(f);
        if (!bytes) {
            std::fprintf(stderr, "error: %s: unreadable\n", f.c_str());
            return false;
        }
        out.push_back({f.filename().string(), std::move(*bytes), date(2015, 6, 30), ""});
    }
    return true;
}

using luoshi::bench::peak_rss_bytes;
using luoshi::bench::thread_cpu_seconds;

std::size_t corpus_mib(int argc, char** argv) {
    char const* s = argc > 1 ? argv[1] : std::getenv("LUOSHI_BENCH_MB");
    if (!s || !*s) return default_corpus_mib;
    char* end = nullptr;
    unsigned long const v = std::strtoul(s, &end, 10);
    if (*end || v == 0) {
        std::fprintf(stderr, "note: corpus size '%s' is not a whole number of MiB; using %zu\n", s,
                     default_corpus_mib);
        return default_corpus_mib;
    }
    return static_cast<std::size_t>(v);
}

struct counts {
    std::uint64_t goals = 0, figures = 0, reports = 0, bytes = 0;
};

// Decodes and reads one report; only the counts survive it. Not inlined, so that a profile can collect
// exactly this: valgrind --tool=callgrind --toggle-collect='*extract_one_report*'
[[gnu::noinline]] void extract_one_report(report& r, luoshi::rules::catalog const& catalog, counts& c) {
    double const cpu0 = thread_cpu_seconds();
    auto decoded = luoshi::common::decode(r.bytes);
    if (auto const* e = std::get_if<luoshi::common::decode_error>(&decoded)) {
        std::fprintf(stderr, "error: %s: byte %zu: %s\n", r.name.c_str(), e->offset, e->message.c_str());
        std::exit(1);
    }
    auto const& text = std::get<luoshi::common::decoded_text>(decoded);
    luoshi::dsl::report_context ctx;
    ctx.date = r.when;
    ctx.region = r.region;
    ctx.report = r.name;
    ctx.catalog = &catalog;
    auto const reading = luoshi::dsl::read_report(text.utf8, ctx);
    for (auto const& st : reading.statements) {
        if (st.kind == luoshi::rules::statement_kind::goal)
            ++c.goals;
        else
            ++c.figures;
    }
    ++c.reports;
    c.bytes += r.bytes.size();
    r.cpu_seconds += thread_cpu_seconds() - cpu0;
    ++r.reads;
}

}  // namespace

int main(int argc, char** argv) {
    fs::path const shared = LUOSHI_SHARED_DIR;
    if (shared.empty() || !fs::is_directory(shared / "seeds") ||
        !fs::is_directory(shared / "corpus/national")) {
        std::printf("skipped: ../shared is not beside this checkout (looked in '%s')\n", shared.c_str());
        return 0;
    }
    std::vector<report> reports;
    if (!load_seeds(shared / "seeds", reports) || !load_national(shared / "corpus/national", reports))
        return 1;
    if (reports.empty()) {
        std::printf("skipped: no reports in %s\n", shared.c_str());
        return 0;
    }
    std::size_t source_bytes = 0;
    for (auto const& r : reports) source_bytes += r.bytes.size();
    auto const& catalog = luoshi::rules::yaml::builtin_catalog();  // loaded before the clock starts

    std::uint64_t const target_bytes = static_cast<std::uint64_t>(corpus_mib(argc, argv)) * 1024 * 1024;
    std::printf(
        "corpus: %zu reports, %.2f MB (%zu seeds at 2015-06-30, national at their index.csv dates), "
        "cycled to %.1f MB, report by report\n",
        reports.size(), static_cast<double>(source_bytes) / mb,
        static_cast<std::size_t>(
            std::count_if(reports.begin(), reports.end(), [](report const& r) { return r.region.empty(); })),
        static_cast<double>(target_bytes) / mb);
    std::fflush(stdout);

    // Peak RSS at the start, after one pass over the reports (the working set of the largest report), at each
    // quarter of the corpus, and at the end. Flat from the first pass on means memory does not grow with it.
    double const rss_start = peak_rss_bytes();
    double rss_first_pass = 0;
    double rss_quarter[3] = {0, 0, 0};
    int quarters_seen = 0;

    counts c;
    using clock = std::chrono::steady_clock;
    auto const t0 = clock::now();
    double const cpu0 = thread_cpu_seconds();
    std::size_t i = 0;
    while (c.bytes < target_bytes) {
        extract_one_report(reports[i], catalog, c);
        if (++i == reports.size()) {
            i = 0;
            if (rss_first_pass == 0) rss_first_pass = peak_rss_bytes();
        }
        while (quarters_seen < 3 &&
               c.bytes * 4 >= target_bytes * static_cast<std::uint64_t>(quarters_seen + 1))
            rss_quarter[quarters_seen++] = peak_rss_bytes();
    }
    double const cpu = thread_cpu_seconds() - cpu0;
    double const wall = std::chrono::duration<double>(clock::now() - t0).count();
    double const rss_end = peak_rss_bytes();
    if (rss_first_pass == 0) rss_first_pass = rss_end;  // a corpus shorter than one pass

    double const total_mb = static_cast<double>(c.bytes) / mb;
    std::printf(
        "extract: %.1f MB in %.2f s = %.1f MB/s (thread CPU: %.1f MB/s), %llu reports, %llu goals, "
        "%llu figures\n",
        total_mb, wall, total_mb / wall, total_mb / cpu, static_cast<unsigned long long>(c.reports),
        static_cast<unsigned long long>(c.goals), static_cast<unsigned long long>(c.figures));
    std::printf(
        "peak RSS: %.1f MB at start, %.1f MB after the first pass, %.1f MB at 25%%, %.1f MB at 50%%, "
        "%.1f MB at 75%%, %.1f MB at end (target: flat)\n",
        rss_start / mb, rss_first_pass / mb, rss_quarter[0] / mb, rss_quarter[1] / mb, rss_quarter[2] / mb,
        rss_end / mb);
    std::printf("peak RSS growth from the first pass to the end: %+.1f MB over %.1f MB of corpus\n",
                (rss_end - rss_first_pass) / mb, total_mb);

    // The slowest reports by thread CPU time per byte: where a profile should look first.
    std::vector<report const*> by_rate;
    for (auto const& r : reports)
        if (r.reads) by_rate.push_back(&r);
    auto rate = [](report const* r) {
        return static_cast<double>(r->bytes.size()) * static_cast<double>(r->reads) / mb / r->cpu_seconds;
    };
    std::sort(by_rate.begin(), by_rate.end(), [&](auto* a, auto* b) { return rate(a) < rate(b); });
    std::printf("slowest reports (thread CPU):");
    for (std::size_t k = 0; k < std::min<std::size_t>(3, by_rate.size()); ++k)
        std::printf("%s %s %.1f MB/s", k ? "," : "", by_rate[k]->name.c_str(), rate(by_rate[k]));
    std::printf("\n");
    std::printf("target: %.0f MB/s on one core (compare the thread CPU figure on a busy machine)\n",
                target_mb_per_s);
    return 0;
}
