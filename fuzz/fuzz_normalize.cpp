// libFuzzer target: normalization and its offset map. Invariants: the map (in pieces)
// gives every normalized byte exactly the original range the dense reference gives it
// (tests/support/dense_offsets.hpp), inside the original and never going backwards, and
// sentence ranges lie inside the normalized text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/util/utf8.hpp"
#include "support/dense_offsets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (fc::util::find_invalid_utf8(text)) return 0;  // ingest rejects these before normalizing
  const auto n = fc::normalize::normalize_text(text);
  if (n.pieces.empty() || n.pieces.back().norm != n.text.size()) std::abort();
  std::uint32_t last = 0;
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    const std::uint32_t start = n.start_of(i);
    const std::uint32_t end = n.end_of(i);
    if (start >= end || end > size || start < last) std::abort();
    last = start;
  }
  if (!fc::test::compare_offsets(n).empty()) std::abort();
  for (const auto& [s, e] : fc::normalize::split_sentences(n)) {
    if (s > e || e > n.text.size()) std::abort();
  }
  return 0;
}
