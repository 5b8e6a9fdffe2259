// The quote a claim carries: its sentence, or, when the sentence is long (a line with no
// full stop, a table flattened to one line), a bounded window of it around the figure,
// so that what a source holds and what its reports say grow with its figures, not with
// its figures times the length of their sentence.
#pragma once

#include <cstddef>
#include <string_view>

namespace fc::claims {

/// Longest sentence quoted whole (bytes, after trimming its white space).
inline constexpr std::size_t kMaxWholeQuoteBytes = 1024;
/// Bytes kept on each side of the figure when the sentence is longer.
inline constexpr std::size_t kQuoteContextBytes = 320;

struct QuoteWindow {
  std::size_t start = 0;  ///< byte offset in the text
  std::size_t end = 0;    ///< one past the last byte
};

/// The quote of a figure at [figure_start, figure_end) in the sentence [sentence_start,
/// sentence_end) of `text` (byte offsets, all into `text`): the sentence without its
/// surrounding white space when it is at most `max_whole` bytes; else the figure with
/// at most `context` bytes on each side, cut after a space before it and before a space
/// after it when one lies within the window (else at a code point boundary), trimmed of
/// white space. The figure is always inside the window, however long it is; offsets
/// outside the text or the sentence are clamped.
[[nodiscard]] QuoteWindow quote_window(std::string_view text, std::size_t sentence_start,
                                       std::size_t sentence_end, std::size_t figure_start,
                                       std::size_t figure_end,
                                       std::size_t max_whole = kMaxWholeQuoteBytes,
                                       std::size_t context = kQuoteContextBytes);

}  // namespace fc::claims
