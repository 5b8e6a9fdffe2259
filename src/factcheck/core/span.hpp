// Spans: byte ranges of the original file, with the 1-based line and the 1-based
// column counted in Unicode code points, and the index that computes them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace fc {

/// [start, end) in bytes of the original file; line and column of `start`.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  int line = 0;
  int column = 0;
};

/// Line starts of a text, for line/column lookups of any byte offset.
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  /// 1-based line of byte `offset` (an offset past the end counts as the last line).
  [[nodiscard]] int line_of(std::size_t offset) const;
  /// 1-based column of byte `offset`, counted in code points from the line start.
  [[nodiscard]] int column_of(std::size_t offset) const;
  /// Fills line and column of `span` from its start.
  void locate(Span& span) const;
  /// Fills line and column of spans sorted by start, in one pass over the text: linear
  /// even when thousands of spans share one very long line.
  void locate_sorted(Span* const* spans, std::size_t count) const;
  /// 1-based code point column of the position a YAML library marks with a 0-based line
  /// and a 0-based column counted in bytes (yaml-cpp's marks): errors count code points.
  [[nodiscard]] int column_at(int line0, int byte_column0) const;
  /// Byte offset where 1-based `line` starts.
  [[nodiscard]] std::size_t line_start(int line) const;
  [[nodiscard]] std::size_t line_count() const { return starts_.size(); }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace fc
