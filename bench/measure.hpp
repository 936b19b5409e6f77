#pragma once

#include <sys/resource.h>  // getrusage (POSIX)
#include <time.h>          // clock_gettime, CLOCK_THREAD_CPUTIME_ID (POSIX)

// What the benchmarks measure besides wall time: the CPU time of this thread and the peak memory.
namespace luoshi::bench {

inline double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Peak resident set size of the process so far, in bytes (Linux reports ru_maxrss in KiB).
inline double peak_rss_bytes() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) * 1024.0;
}

}  // namespace luoshi::bench
