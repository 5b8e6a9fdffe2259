// The normalized view of an article for matching, with a map from every normalized
// byte back to the original bytes, so that every later stage reports spans in the
// original file. Folds: Unicode decimal digits of every script to ASCII; U+066B and
// U+066C to '.' and ','; U+066A to '%'; tatweel, Arabic diacritics, bidi and zero-width
// controls removed; alef forms to bare alef and alef maqsura to yeh; spaces to ' ';
// ASCII to lower case; ICU NFKC for the rest. Quotes always come from the original.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fc::normalize {

struct NormalizedText {
  std::string_view original;  ///< the source bytes (owned by the Source)
  std::string text;           ///< normalized UTF-8

  /// A run of normalized bytes and where it came from. Most of a text is copied with its
  /// code points' lengths unchanged (ASCII, Arabic letters, alef forms folded to bare
  /// alef): one `kept` piece maps such a run byte for byte onto the original, so that a
  /// text of a few thousand words has a few hundred pieces, not the eight bytes per byte
  /// of a map entry per normalized byte. The rest (a digit of another script, a
  /// ligature, NFKC) is one `folded` piece per code point.
  struct Piece {
    std::uint32_t norm = 0;      ///< the first normalized byte
    std::uint32_t orig = 0;      ///< the original byte it starts at
    std::uint32_t orig_end = 0;  ///< the original end of its last code point (a removed
                                 ///< diacritic or tatweel after it extends it)
    bool folded = false;         ///< every byte maps to [orig, orig_end); else byte for byte
  };
  /// In order, the last one (at text.size()) ending the others.
  std::vector<Piece> pieces;

  /// The original byte offset where the code point(s) that produced normalized byte i
  /// start, and where they end (i < text.size()). Never decreasing in i.
  [[nodiscard]] std::uint32_t start_of(std::size_t i) const;
  [[nodiscard]] std::uint32_t end_of(std::size_t i) const;
  /// The first normalized byte whose start_of is at or after original offset `orig`
  /// (text.size() if none).
  [[nodiscard]] std::size_t from_original(std::size_t orig) const;
  /// Original [start, end) of normalized [start, end). An empty range maps to a point.
  [[nodiscard]] std::pair<std::size_t, std::size_t> to_original(std::size_t start,
                                                                std::size_t end) const;
  /// The original bytes of normalized [start, end).
  [[nodiscard]] std::string_view original_text(std::size_t start, std::size_t end) const;

 private:
  /// The piece holding normalized byte i (i < text.size()).
  [[nodiscard]] std::size_t piece_of(std::size_t i) const;
};

/// Normalizes valid UTF-8 `original` (which must outlive the result).
[[nodiscard]] NormalizedText normalize_text(std::string_view original);

/// Folds one code point the way normalize_text does; appends the result to `out`.
/// Exposed for lexicons that must be folded like the text they are matched against.
void fold_code_point(char32_t cp, std::string& out);

/// Folds a lexicon entry or pattern literal like the text (same rules, no offset map).
[[nodiscard]] std::string fold(std::string_view utf8);

/// Sentence boundaries of the normalized text (ICU, Arabic and English rules), as
/// normalized byte ranges; line breaks always end a sentence.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> split_sentences(
    const NormalizedText& text);

/// "ar" when Arabic letters outnumber Latin ones, "en" when Latin letters dominate,
/// "" when the text has neither.
[[nodiscard]] std::string detect_language(std::string_view utf8);

}  // namespace fc::normalize
