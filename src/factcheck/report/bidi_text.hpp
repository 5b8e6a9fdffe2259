// Right-to-left runs inside left-to-right messages. A message such as
// `000 says "ما بين 185000 و 208000" [185000, 208000]` is scrambled by the Unicode bidi
// algorithm when shown as it is: the Arabic, its numbers and the brackets after it swap
// places. Each quoted or Arabic run is found here and isolated, as plain text (U+2068 …
// U+2069, for SARIF, GitHub annotations and the terminal) or by the Markdown writer (an
// HTML element with a dir attribute). Bidi controls taken from an article are removed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fc::report {

/// A byte range [start, end) of a text.
struct ByteRange {
  std::size_t start = 0;
  std::size_t end = 0;
};

/// The runs of `text` to isolate, in order, never overlapping: the content of a quotation
/// ("…", “…”, «…») that holds right-to-left letters, whole; elsewhere each stretch without
/// left-to-right letters or brackets, quotes, pipes or semicolons that holds
/// right-to-left letters, its leading and trailing spaces and closing punctuation left out.
[[nodiscard]] std::vector<ByteRange> rtl_runs(std::string_view text);

/// True for U+202A–U+202E and U+2066–U+2069 (embeddings, overrides, isolates): an article
/// could reorder what is shown around them.
[[nodiscard]] bool is_bidi_control(char32_t cp);

/// `text` for a plain-text output: bidi controls removed, controls (and line breaks,
/// unless `keep_line_breaks`) as spaces, invalid UTF-8 as U+FFFD, and every rtl_runs run
/// between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE.
[[nodiscard]] std::string plain_isolated(std::string_view text, bool keep_line_breaks = false);

/// `text` with bidi controls removed and invalid UTF-8 as U+FFFD, nothing else changed
/// (snippets of the article's own text).
[[nodiscard]] std::string without_bidi_controls(std::string_view text);

}  // namespace fc::report
