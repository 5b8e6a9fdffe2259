// A plain fork-join loop over indices on a few threads, for stages whose items are
// independent (sources, lines, key groups). Knows nothing of fact-checking; callers store
// results by index, so that what they make does not depend on the number of threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace fc::util {

/// Most threads any stage starts, whatever --jobs asks for: `--jobs 100000` failed to
/// create its threads ("Resource temporarily unavailable") and wrote no report.
inline constexpr unsigned kMaxJobs = 256;

/// The number of threads `jobs` asks for: 0 means one per core (at least one), and
/// never more than kMaxJobs.
[[nodiscard]] inline unsigned resolve_jobs(unsigned jobs) {
  return std::min(kMaxJobs, jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : jobs);
}

/// Runs fn(i) for i in [0, n) on `jobs` threads (0: all cores), the calling thread
/// alone when one is enough; each index is handled at most once, in no fixed order
/// across threads. Returns when all are done. An exception thrown by fn stops the
/// handing out of indices and is rethrown here once every thread has stopped (the first
/// one, if several throw), as it would be on one thread: it never ends the process.
template <class Fn>
void parallel_for(std::size_t n, unsigned jobs, Fn&& fn) {
  jobs = static_cast<unsigned>(std::min<std::size_t>(resolve_jobs(jobs), n));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::mutex error_mutex;
  std::exception_ptr error;
  std::vector<std::thread> pool;
  pool.reserve(jobs);
  for (unsigned t = 0; t < jobs; ++t) {
    pool.emplace_back([&] {
      try {
        for (std::size_t i = next++; i < n; i = next++) fn(i);
      } catch (...) {
        next = n;  // no more indices for anyone
        const std::lock_guard<std::mutex> lock(error_mutex);
        if (!error) error = std::current_exception();
      }
    });
  }
  for (auto& th : pool) th.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace fc::util
