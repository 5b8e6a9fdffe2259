#include "factcheck/core/pieces.hpp"

namespace fc {

std::size_t piece_end(std::string_view text, std::size_t from, std::size_t max_bytes) {
  if (text.size() - from <= max_bytes) return text.size();
  const std::string_view window = text.substr(from, max_bytes);
  if (const auto nl = window.rfind('\n'); nl != std::string_view::npos) return from + nl + 1;
  if (const auto sp = window.find_last_of(" \t"); sp != std::string_view::npos) {
    return from + sp + 1;
  }
  // No space in max_bytes: a cut between two code points (continuation bytes are
  // 10xxxxxx), never inside one.
  std::size_t end = from + max_bytes;
  while (end > from + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

PieceStart next_piece_start(const PieceStart& at, std::string_view piece, const LineIndex& index) {
  PieceStart next;
  next.offset = at.offset + piece.size();
  const int lines = static_cast<int>(index.line_count());
  next.line = at.line + lines - 1;
  next.column = index.column_of(piece.size()) + (lines == 1 ? at.column - 1 : 0);
  return next;
}

void locate_in_text(Span& span, const PieceStart& at) {
  if (span.line == 1) span.column += at.column - 1;
  span.line += at.line - 1;
}

}  // namespace fc
