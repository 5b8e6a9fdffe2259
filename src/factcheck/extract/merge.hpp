// Merges the mentions of the extractors: one expression is reported once. A date
// (or duration) wins over a number inside it ("عام 2003" is a year, not a count).
#pragma once

#include <vector>

#include "factcheck/core/mention.hpp"

namespace fc::extract {

/// Dates first, then numbers that overlap no date; result sorted by span start.
[[nodiscard]] std::vector<Mention> merge_mentions(std::vector<Mention> dates,
                                                  std::vector<Mention> numbers);

}  // namespace fc::extract
