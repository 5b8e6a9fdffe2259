#include "factcheck/util/parallel.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

TEST_CASE("parallel_for handles every index once whatever the number of threads", "[util]") {
  const unsigned jobs = GENERATE(1u, 2u, 4u, 0u);
  CAPTURE(jobs);
  std::vector<std::atomic<int>> seen(1000);
  fc::util::parallel_for(seen.size(), jobs, [&](std::size_t i) { ++seen[i]; });
  for (const auto& s : seen) CHECK(s.load() == 1);
}

TEST_CASE("an exception in a parallel_for worker reaches the caller", "[util]") {
  // On several threads as on one: the caller's handler sees it, the process goes on.
  const unsigned jobs = GENERATE(1u, 2u, 4u);
  CAPTURE(jobs);
  std::atomic<int> ran{0};
  CHECK_THROWS_WITH(fc::util::parallel_for(100, jobs,
                                           [&](std::size_t i) {
                                             ++ran;
                                             if (i == 7) throw std::runtime_error("index 7");
                                           }),
                    "index 7");
  CHECK(ran.load() >= 1);
  CHECK(ran.load() <= 100);
}
