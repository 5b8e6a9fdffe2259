#include "factcheck/extract/merge.hpp"

#include <algorithm>

namespace fc::extract {

std::vector<Mention> merge_mentions(std::vector<Mention> dates, std::vector<Mention> numbers) {
  std::vector<Mention> out = std::move(dates);
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  const std::size_t n_dates = out.size();
  for (auto& m : numbers) {
    // Dates are sorted: find the first one that could overlap.
    auto it = std::lower_bound(
        out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n_dates), m.span.start,
        [](const Mention& d, std::size_t start) { return d.span.end <= start; });
    const bool overlaps =
        it != out.begin() + static_cast<std::ptrdiff_t>(n_dates) && it->span.start < m.span.end;
    if (!overlaps) out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
  return out;
}

}  // namespace fc::extract
