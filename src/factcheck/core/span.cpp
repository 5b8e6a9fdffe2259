#include "factcheck/core/span.hpp"

#include <algorithm>
#include <cstring>

namespace fc {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  // memchr finds the line ends many bytes at a time (the loop it replaced was a fiftieth
  // of reading an archive).
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* p = begin; p < end;) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (nl == nullptr) break;
    p = static_cast<const char*>(nl) + 1;
    starts_.push_back(static_cast<std::size_t>(p - begin));
  }
}

int LineIndex::line_of(std::size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<int>(it - starts_.begin());
}

int LineIndex::column_of(std::size_t offset) const {
  const std::size_t begin = starts_[static_cast<std::size_t>(line_of(offset) - 1)];
  const std::size_t end = std::min(offset, text_.size());
  int column = 1;
  for (std::size_t i = begin; i < end; ++i) {
    // Count lead bytes only: continuation bytes are 10xxxxxx.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  // A '\r' before '\n' is part of the line ending, never a column of its own; nothing to do.
  return column;
}

int LineIndex::column_at(int line0, int byte_column0) const {
  if (line0 < 0 || byte_column0 < 0) return byte_column0 + 1;
  if (static_cast<std::size_t>(line0) >= starts_.size()) return byte_column0 + 1;
  const std::size_t offset = line_start(line0 + 1) + static_cast<std::size_t>(byte_column0);
  return column_of(std::min(offset, text_.size()));
}

void LineIndex::locate(Span& span) const {
  span.line = line_of(span.start);
  span.column = column_of(span.start);
}

void LineIndex::locate_sorted(Span* const* spans, std::size_t count) const {
  int line = 0;
  std::size_t at = 0;  // offset whose column is `column`
  int column = 1;
  for (std::size_t k = 0; k < count; ++k) {
    Span& span = *spans[k];
    const int l = line_of(span.start);
    if (l != line || span.start < at) {
      line = l;
      at = starts_[static_cast<std::size_t>(l - 1)];
      column = 1;
    }
    const std::size_t end = std::min(span.start, text_.size());
    for (; at < end; ++at) {
      if ((static_cast<unsigned char>(text_[at]) & 0xC0) != 0x80) ++column;
    }
    at = std::max(at, span.start);
    span.line = line;
    span.column = column;
  }
}

std::size_t LineIndex::line_start(int line) const {
  if (line <= 0) return 0;
  const auto idx = static_cast<std::size_t>(line - 1);
  return idx < starts_.size() ? starts_[idx] : text_.size();
}

}  // namespace fc
