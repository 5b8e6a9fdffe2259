// The explicit limits of factcheck: each, when hit, gives a clear message naming the
// file, never a crash or an out-of-memory kill. Documented in README.md "Limits".
#pragma once

#include <cstddef>

namespace fc {

/// Largest source file read (bytes). Larger files are refused: split them into articles.
inline constexpr std::size_t kMaxSourceBytes = 256ull * 1024 * 1024;
/// Most mentions kept per source; extraction stops there and says so.
inline constexpr std::size_t kMaxMentionsPerSource = 200000;
/// A source (or an `extract --lines` line) longer than this is read a piece at a time
/// (core/pieces.hpp): what reading one piece holds is bounded by the piece's size.
inline constexpr std::size_t kMaxPieceBytes = 8ull * 1024 * 1024;
/// Most claims `check` holds over a run (its comparison and reports take some 2 to 7 KB a
/// claim): the first ones in input order are checked and a problem says where the rest
/// begins. 100 MB of news makes some 215,000.
inline constexpr std::size_t kMaxClaimsPerRun = 250000;
/// Largest --json report read back (--baseline, diff), bytes.
inline constexpr std::size_t kMaxReportBytes = 1024ull * 1024 * 1024;
/// Largest manifest or check file (bytes).
inline constexpr std::size_t kMaxYamlBytes = 16ull * 1024 * 1024;

}  // namespace fc
