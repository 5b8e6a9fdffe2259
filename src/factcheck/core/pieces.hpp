// Pieces of a long text: a source longer than kMaxPieceBytes is read a piece at a time
// (cut at a line break, in a longer line at a space or tab), so that what reading it
// holds at once (tokens, the normalized text, sentences) is bounded by the piece's size
// whatever the file's shape. A piece keeps where it starts, so that its spans are moved
// to the file's offsets, lines and columns.
#pragma once

#include <cstddef>
#include <string_view>

#include "factcheck/core/span.hpp"

namespace fc {

/// Where a piece of a text begins: its byte offset in the text, and the 1-based line and
/// column (in code points) of that byte.
struct PieceStart {
  std::size_t offset = 0;
  int line = 1;
  int column = 1;
};

/// The end of the piece of `text` that begins at `from` (< text.size()): the whole rest
/// when that is at most `max_bytes`, else just after the last line break within
/// `max_bytes`, else (one line longer than that) just after the last space or tab, else
/// at the last code point boundary. Always after `from`.
[[nodiscard]] std::size_t piece_end(std::string_view text, std::size_t from, std::size_t max_bytes);

/// Where the piece after `piece` begins; `piece` began at `at` and `index` is its own.
[[nodiscard]] PieceStart next_piece_start(const PieceStart& at, std::string_view piece,
                                          const LineIndex& index);

/// Moves a span located in a piece (line and column counted from the piece's start) to
/// the text's line and column; its offsets are left as they are.
void locate_in_text(Span& span, const PieceStart& at);

}  // namespace fc
