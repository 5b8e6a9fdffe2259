// The offset map of normalize_text written out in full, an entry per normalized byte,
// from fold_code_point alone (as normalize_text kept it before its map came in pieces):
// the reference that NormalizedText's pieces are checked against, byte by byte, by the
// unit tests and the fuzz target.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::test {

struct DenseOffsets {
  std::string text;
  std::vector<std::uint32_t> start;  ///< original start of each normalized byte
  std::vector<std::uint32_t> end;    ///< and end

  /// The first normalized byte starting at or after original offset `orig`.
  [[nodiscard]] std::size_t from_original(std::size_t orig) const {
    return static_cast<std::size_t>(
        std::lower_bound(start.begin(), start.end(), static_cast<std::uint32_t>(orig)) -
        start.begin());
  }
};

inline DenseOffsets dense_offsets(std::string_view original) {
  DenseOffsets d;
  std::size_t pos = 0;
  while (pos < original.size()) {
    std::size_t len = 0;
    const auto cp = util::decode_utf8(original, pos, len);
    std::string folded;
    if (!cp) {
      util::append_utf8(folded, 0xFFFD);
    } else if (*cp == '\r') {
      if (pos + 1 < original.size() && original[pos + 1] == '\n') {  // CRLF: the LF stays
        pos += len;
        continue;
      }
      folded = "\n";
    } else if (*cp == '\t') {
      folded = " ";
    } else {
      normalize::fold_code_point(*cp, folded);
    }
    const bool attached =
        cp && (*cp == 0x0640 || (*cp >= 0x064B && *cp <= 0x065F) || *cp == 0x0670);
    if (folded.empty() && attached) {
      // A removed diacritic or tatweel extends the code point before it.
      for (std::size_t i = d.text.size(); i > 0 && d.end[i - 1] == pos; --i) {
        d.end[i - 1] = static_cast<std::uint32_t>(pos + len);
      }
    }
    for (const char c : folded) {
      d.text += c;
      d.start.push_back(static_cast<std::uint32_t>(pos));
      d.end.push_back(static_cast<std::uint32_t>(pos + len));
    }
    pos += len;
  }
  return d;
}

/// The first place where `n`'s map differs from the dense reference, or "" when none.
inline std::string compare_offsets(const normalize::NormalizedText& n) {
  const DenseOffsets d = dense_offsets(n.original);
  if (n.text != d.text) return "text differs";
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    if (n.start_of(i) != d.start[i]) return "start_of(" + std::to_string(i) + ")";
    if (n.end_of(i) != d.end[i]) return "end_of(" + std::to_string(i) + ")";
  }
  for (std::size_t k = 0; k <= n.original.size() + 1; ++k) {
    if (n.from_original(k) != d.from_original(k)) return "from_original(" + std::to_string(k) + ")";
  }
  return "";
}

}  // namespace fc::test
