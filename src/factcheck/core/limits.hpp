// The explicit limits of factcheck: each, when hit, gives a clear message naming the
// file, never a crash or an out-of-memory kill. Documented in README.md "Limits".
#pragma once

#include <cstddef>

namespace fc {

/// Largest source file read (bytes). Larger files are refused: split them into articles.
inline constexpr std::size_t kMaxSourceBytes = 256ull * 1024 * 1024;
/// Most mentions kept per source; extraction stops there and says so.
inline constexpr std::size_t kMaxMentionsPerSource = 200000;
/// Largest --json report read back (--baseline, diff), bytes.
inline constexpr std::size_t kMaxReportBytes = 1024ull * 1024 * 1024;
/// Largest manifest or check file (bytes).
inline constexpr std::size_t kMaxYamlBytes = 16ull * 1024 * 1024;

}  // namespace fc
