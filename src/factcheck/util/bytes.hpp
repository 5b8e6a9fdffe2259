// Prefix and suffix tests that compare bytes in a loop, for the short affixes (Arabic
// clitics of two to four bytes) tested on every word of every text: there a call to
// memcmp, which std::string_view's comparisons make, cost more than the comparison.
#pragma once

#include <cstddef>
#include <string_view>

namespace fc::util {

[[nodiscard]] inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

[[nodiscard]] inline bool begins_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && same_bytes(s.data(), prefix.data(), prefix.size());
}

[[nodiscard]] inline bool finishes_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         same_bytes(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size());
}

}  // namespace fc::util
