// Escaping text taken from sources for Markdown (CommonMark + GitHub's extensions) and
// isolating right-to-left text inside left-to-right tables. Nothing an article contains
// (Markdown, HTML, links, images, table pipes, math, bidi overrides or embeddings) can
// change the structure or direction of a report built from these pieces.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fc::report {

/// Text safe inside a Markdown paragraph, heading or table cell (never at a line start):
/// ASCII punctuation that Markdown or HTML reads is backslash-escaped, autolink triggers
/// are broken, line breaks and control characters become spaces, bidi embeddings,
/// overrides and isolates (U+202A-U+202E, U+2066-U+2069) are removed, bytes that are not
/// UTF-8 become U+FFFD.
[[nodiscard]] std::string escape_text(std::string_view text);

/// escape_text appended to `out` (the writers build their lines in one buffer).
void append_escaped(std::string& out, std::string_view text);

/// An isolate in HTML: an element with a `dir` attribute is bidi-isolated (HTML's
/// rendering rules give it `unicode-bidi: isolate`), and `span` with `dir` is what
/// GitHub's sanitizer keeps (it drops `<bdi>`). Invisible U+2068/U+2069 would do the same
/// in plain text, but GitHub flags files that hold them.
inline constexpr std::string_view kIsolateOpen = "<span dir=\"auto\">";
inline constexpr std::string_view kIsolateClose = "</span>";

/// `escaped` inside an isolate (kIsolateOpen … kIsolateClose): Arabic reads right to left
/// inside a left-to-right line without moving its neighbours.
[[nodiscard]] std::string isolate(std::string_view escaped);

/// escape_text + isolate.
[[nodiscard]] std::string isolated_text(std::string_view text);
/// isolated_text appended to `out`.
void append_isolated(std::string& out, std::string_view text);

/// A message that names what articles say: escaped, each quoted or Arabic run of it
/// (bidi_text.hpp, rtl_runs) isolated.
[[nodiscard]] std::string message_text(std::string_view text);
/// message_text appended to `out`.
void append_message(std::string& out, std::string_view text);

/// A code span (for ids and keys one copies), with a fence longer than any backtick run
/// inside; controls and bidi characters removed.
[[nodiscard]] std::string code_span(std::string_view text);

/// The escaped quote with the bytes [mark_start, mark_end) (offsets into `quote`) in bold,
/// shortened to about `context` code points on each side of the mark, cut between words
/// ("…" where cut; inside a word only when one word is longer than `context`).
/// When the range is not inside the quote the quote is returned unmarked.
[[nodiscard]] std::string marked_quote(std::string_view quote, std::size_t mark_start,
                                       std::size_t mark_end, std::size_t context = 120);
/// marked_quote appended to `out`.
void append_marked_quote(std::string& out, std::string_view quote, std::size_t mark_start,
                         std::size_t mark_end, std::size_t context = 120);

/// Text for a Mermaid diagram line: letters, digits, spaces and `- _ . ,`
/// `( )` are kept, anything else (`: # ;` and backticks, controls, bidi characters)
/// becomes a space.
[[nodiscard]] std::string mermaid_text(std::string_view text);

}  // namespace fc::report
