// libFuzzer target: normalization and its offset map. Invariants: the map has one entry
// per normalized byte, never points outside the original, never goes backwards, and
// sentence ranges lie inside the normalized text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/util/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (fc::util::find_invalid_utf8(text)) return 0;  // ingest rejects these before normalizing
  const auto n = fc::normalize::normalize_text(text);
  if (n.orig_start.size() != n.text.size() || n.orig_end.size() != n.text.size()) std::abort();
  std::uint32_t last = 0;
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    if (n.orig_start[i] >= n.orig_end[i] || n.orig_end[i] > size || n.orig_start[i] < last) {
      std::abort();
    }
    last = n.orig_start[i];
  }
  for (const auto& [s, e] : fc::normalize::split_sentences(n)) {
    if (s > e || e > n.text.size()) std::abort();
  }
  return 0;
}
