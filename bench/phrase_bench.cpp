// Throughput of the phrase grammar on one core: short report phrases per second, and bytes per second
// over a long paragraph. After the Google Benchmark table it prints a plain "phrases/s" line measured
// with its own timed loop, against the target of one million short phrases per second, and how the rate is
// spread over short windows of one run.
#include "dsl/parse.hpp"

#include "bench/measure.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace std::string_view_literals;

// Short goal and result phrases of the kind a government work report states.
constexpr std::array phrases = {
    "地区生产总值增长8%以上"sv,
    "城镇登记失业率控制在4%以内"sv,
    "新增城镇就业3.2万人以上"sv,
    "力争6月份开门营业"sv,
    "确保2015年10月实现居民回迁"sv,
    "居民消费价格涨幅3%左右"sv,
    "实现地区生产总值660.5亿元，同比增长10.5%"sv,
    "规模以上工业增加值增长9%"sv,
    "固定资产投资增长15%左右"sv,
    "社会消费品零售总额增长12%"sv,
    "一般公共预算收入增长8.5%"sv,
    "城镇居民人均可支配收入增长9%"sv,
    "农村居民人均可支配收入增长10%"sv,
    "外贸进出口总额增长6%"sv,
    "实际利用外资5亿美元"sv,
    "单位地区生产总值能耗下降3.5%"sv,
    "人口自然增长率控制在6‰以内"sv,
    "完成全社会固定资产投资420亿元"sv,
    "新增城镇就业1.2万人"sv,
    "城镇化率提高1.5个百分点"sv,
    "森林覆盖率达到45%"sv,
    "空气质量优良天数比例达到80%以上"sv,
    "新建保障性住房3000套"sv,
    "改造棚户区住房5000户"sv,
    "新增高速公路通车里程120公里"sv,
    "引进内资项目50个"sv,
    "确保年底前竣工"sv,
    "争取明年6月底建成投用"sv,
    "预计全年实现财政收入85亿元"sv,
    "第三产业增加值占比提高到42%"sv,
    "研究与试验发展经费支出占地区生产总值比重达到2.5%"sv,
    "完成造林面积10万亩"sv,
    "粮食总产量稳定在50万吨以上"sv,
    "进出口总额达到12.8亿美元，同比增长7.3%"sv,
    "棚户区改造开工2000套"sv,
    "全年接待游客1500万人次"sv,
    "旅游总收入增长20%以上"sv,
    "农村贫困人口减少2万人"sv,
    "新增私营企业800户以上"sv,
    "三次产业结构调整为8:45:47"sv,
};

luoshi::dsl::context report_context() {
    luoshi::dsl::context ctx;
    ctx.reference = luoshi::rules::date(2015, 1, 20);  // resolves 6月份, 年底, 明年
    return ctx;
}

std::int64_t phrase_bytes() {
    std::size_t n = 0;
    for (auto p : phrases) n += p.size();
    return static_cast<std::int64_t>(n);
}

// About 30 KB: the phrases joined by full-width semicolons and full stops, as a report paragraph reads.
std::string const& paragraph() {
    static std::string const text = [] {
        std::string s;
        std::size_t i = 0;
        while (s.size() < 30 * 1024) {
            s += phrases[i % phrases.size()];
            s += (i % 5 == 4) ? "。" : "；";
            ++i;
        }
        return s;
    }();
    return text;
}

void BM_parse_phrase(benchmark::State& state) {
    auto const ctx = report_context();
    std::size_t i = 0;
    for (auto _ : state) {
        auto r = luoshi::dsl::parse_phrase(phrases[i], ctx);
        benchmark::DoNotOptimize(r);
        if (++i == phrases.size()) i = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * phrase_bytes() / static_cast<std::int64_t>(phrases.size()));
}
BENCHMARK(BM_parse_phrase);

void BM_find_quantities(benchmark::State& state) {
    std::size_t i = 0;
    for (auto _ : state) {
        auto r = luoshi::dsl::find_quantities(phrases[i]);
        benchmark::DoNotOptimize(r);
        if (++i == phrases.size()) i = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * phrase_bytes() / static_cast<std::int64_t>(phrases.size()));
}
BENCHMARK(BM_find_quantities);

void BM_parse_paragraph(benchmark::State& state) {
    auto const ctx = report_context();
    auto const& text = paragraph();
    for (auto _ : state) {
        auto r = luoshi::dsl::parse_phrase(text, ctx);
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    state.counters["KB"] = static_cast<double>(text.size()) / 1024.0;
}
BENCHMARK(BM_parse_paragraph);

using luoshi::bench::thread_cpu_seconds;

struct rate {
    double wall;  // phrases per second of steady_clock time
    double
        cpu;  // phrases per second of this thread's CPU time: what one core does when others compete for it
};

// Runs f over the phrases in turn for about `seconds` of wall time.
template <class F>
rate phrases_per_second(F&& f, double seconds) {
    using clock = std::chrono::steady_clock;
    auto const start = clock::now();
    double const cpu_start = thread_cpu_seconds();
    auto const stop = start + std::chrono::duration<double>(seconds);
    std::uint64_t n = 0;
    auto now = start;
    do {
        for (auto p : phrases) f(p);  // check the clock once per round of phrases
        n += phrases.size();
        now = clock::now();
    } while (now < stop);
    double const cpu = thread_cpu_seconds() - cpu_start;
    double const wall = std::chrono::duration<double>(now - start).count();
    return {static_cast<double>(n) / wall, static_cast<double>(n) / cpu};
}

// A fixed chain of dependent multiply-adds, whose speed depends only on the core's clock: it uses no memory
// and no branch a neighbour could disturb. Timed between the windows below, it tells whether a slow window
// was a slow clock or a core shared with someone else's work (caches, branch predictors).
[[gnu::noinline]] std::uint64_t multiply_chain(std::uint64_t x, std::uint64_t steps) {
    for (std::uint64_t i = 0; i < steps; ++i) {
        x = x * 6364136223846793005u + 1442695040888963407u;
        asm volatile("" : "+r"(x));  // one step after the other, none folded away
    }
    return x;
}

struct windows {
    std::vector<double> phrases;  // phrases per second of thread CPU time, one per window
    std::vector<double> chain;    // multiply-chain steps per second of thread CPU time, between the windows
};

// `count` windows of about `seconds` each, with f run over the phrases in turn, and the multiply chain timed
// after each. A window's length is read from steady_clock, which costs no system call; its rate is per second
// of thread CPU time, read only at its two ends: reading that clock is a system call, and one per round of
// phrases slows the phrases by a sixth (what the kernel does on entry and exit evicts the reader's code and
// branch history).
template <class F>
windows phrases_in_windows(F&& f, int count, double seconds) {
    using clock = std::chrono::steady_clock;
    windows w;
    std::uint64_t x = 1;
    constexpr std::uint64_t chain_steps = 2'000'000;
    for (int k = 0; k < count; ++k) {
        auto const stop = clock::now() + std::chrono::duration<double>(seconds);
        double const start = thread_cpu_seconds();
        std::uint64_t n = 0;
        do {
            for (auto p : phrases) f(p);
            n += phrases.size();
        } while (clock::now() < stop);
        w.phrases.push_back(static_cast<double>(n) / (thread_cpu_seconds() - start));
        double const chain_start = thread_cpu_seconds();
        x = multiply_chain(x, chain_steps);
        w.chain.push_back(static_cast<double>(chain_steps) / (thread_cpu_seconds() - chain_start));
    }
    benchmark::DoNotOptimize(x);
    return w;
}

double percentile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5)];
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

    // A phrase the grammar no longer reads would make the figures meaningless: say so up front.
    auto const ctx = report_context();
    int unread = 0;
    for (auto p : phrases) {
        if (!luoshi::dsl::parse_phrase(p, ctx).ok()) {
            std::fprintf(stderr, "note: not read as a goal or figure: %.*s\n", static_cast<int>(p.size()),
                         p.data());
            ++unread;
        }
    }
    if (unread) std::fprintf(stderr, "note: %d of %zu phrases not read\n", unread, phrases.size());

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    auto const parse_one = [&](std::string_view p) {
        auto r = luoshi::dsl::parse_phrase(p, ctx);
        benchmark::DoNotOptimize(r);
    };
    auto const parse = phrases_per_second(parse_one, 2.0);
    auto const scan = phrases_per_second(
        [](std::string_view p) {
            auto r = luoshi::dsl::find_quantities(p);
            benchmark::DoNotOptimize(r);
        },
        1.0);
    constexpr int window_count = 50;
    constexpr double window_seconds = 0.02;
    auto const w = phrases_in_windows(parse_one, window_count, window_seconds);
    int const at_target = static_cast<int>(
        std::count_if(w.phrases.begin(), w.phrases.end(), [](double r) { return r >= 1e6; }));
    double const chain_fast = percentile(w.chain, 1.0), chain_slow = percentile(w.chain, 0.0);

    std::printf("find_quantities phrases/s: %.0f (thread CPU time: %.0f)\n", scan.wall, scan.cpu);
    std::printf("parse phrases/s by thread CPU time: %.0f\n", parse.cpu);
    std::printf(
        "parse phrases/s in %d windows of %.0f ms: best %.0f, 90th percentile %.0f, median %.0f, "
        "slowest %.0f; %d of %d at or above 1000000\n",
        window_count, window_seconds * 1000, percentile(w.phrases, 1.0), percentile(w.phrases, 0.9),
        percentile(w.phrases, 0.5), percentile(w.phrases, 0.0), at_target, window_count);
    std::printf(
        "core clock between the windows (a fixed multiply chain): %.0f to %.0f M steps/s (%.0f%% apart)\n",
        chain_slow / 1e6, chain_fast / 1e6, 100.0 * (chain_fast - chain_slow) / chain_fast);
    std::printf("phrases/s: %.0f (target 1000000)\n", parse.wall);
    return 0;
}
