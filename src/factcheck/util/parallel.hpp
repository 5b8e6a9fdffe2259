// A plain fork-join loop over indices on a few threads, for stages whose items are
// independent (sources, lines, key groups). Knows nothing of fact-checking; callers store
// results by index, so that what they make does not depend on the number of threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace fc::util {

/// The number of threads `jobs` asks for: 0 means one per core (at least one).
[[nodiscard]] inline unsigned resolve_jobs(unsigned jobs) {
  return jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : jobs;
}

/// Runs fn(i) for i in [0, n) on `jobs` threads (0: all cores), the calling thread
/// alone when one is enough; each index is handled exactly once, in no fixed order
/// across threads. Returns when all are done.
template <class Fn>
void parallel_for(std::size_t n, unsigned jobs, Fn&& fn) {
  jobs = static_cast<unsigned>(std::min<std::size_t>(resolve_jobs(jobs), n));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> pool;
  pool.reserve(jobs);
  for (unsigned t = 0; t < jobs; ++t) {
    pool.emplace_back([&] {
      for (std::size_t i = next++; i < n; i = next++) fn(i);
    });
  }
  for (auto& th : pool) th.join();
}

}  // namespace fc::util
