// Glob patterns over relative paths, as .gitignore-style ignore lists write them: `*`
// (any run of characters but '/'), `?` (one character but '/'), `**` as a whole path
// segment (any number of segments). A pattern without '/' names a file or folder at any
// depth; one with '/' is anchored at the list's folder; a folder named excludes
// everything below it. Knows nothing of fact-checking.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fc::util {

/// Whether `path` (segments separated by '/') matches `pattern` whole.
[[nodiscard]] bool glob_match(std::string_view pattern, std::string_view path);

/// Patterns relative to a folder, asked about paths anywhere.
class PathPatterns {
 public:
  PathPatterns() = default;
  /// `base`: the folder the patterns are relative to (made absolute and lexically normal).
  PathPatterns(const std::string& base, std::vector<std::string> patterns);

  /// Whether `path` (as given: relative to the working folder, or absolute) lies under the
  /// base and it, or a folder above it below the base, matches a pattern.
  [[nodiscard]] bool matches(const std::string& path) const;

  [[nodiscard]] bool empty() const { return patterns_.empty(); }

 private:
  std::string base_;
  std::vector<std::string> patterns_;  ///< without a leading "/" or "./" or a trailing "/"
};

}  // namespace fc::util
