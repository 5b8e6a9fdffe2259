#include "factcheck/extract/merge.hpp"

#include <algorithm>

namespace fc::extract {

std::vector<Mention> merge_mentions(std::vector<Mention> dates, std::vector<Mention> numbers) {
  std::vector<Mention> out = std::move(dates);
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  const std::size_t n_dates = out.size();
  std::vector<char> dropped(n_dates, 0);
  for (auto& m : numbers) {
    // Dates are sorted: find the first one that could overlap.
    const auto dates_end = out.begin() + static_cast<std::ptrdiff_t>(n_dates);
    auto it =
        std::lower_bound(out.begin(), dates_end, m.span.start,
                         [](const Mention& d, std::size_t start) { return d.span.end <= start; });
    const bool overlaps = it != dates_end && it->span.start < m.span.end;
    if (!overlaps) {
      out.push_back(std::move(m));
      continue;
    }
    // "ما بين 15 و24 سنة": a range that holds a duration whole ("24 سنة"), and no other date,
    // is a range of that unit; the duration goes.
    if (m.kind == MentionKind::kRange && it->kind == MentionKind::kDuration &&
        it->span.start >= m.span.start && it->span.end <= m.span.end &&
        (it + 1 == dates_end || (it + 1)->span.start >= m.span.end)) {
      dropped[static_cast<std::size_t>(it - out.begin())] = 1;
      out.push_back(std::move(m));
    }
  }
  std::size_t w = 0;
  for (std::size_t r = 0; r < out.size(); ++r) {
    if (r < n_dates && dropped[r] != 0) continue;
    if (w != r) out[w] = std::move(out[r]);
    ++w;
  }
  out.resize(w);
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
  return out;
}

}  // namespace fc::extract
