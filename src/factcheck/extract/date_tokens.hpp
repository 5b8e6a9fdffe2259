// Tokens of the normalized text for the date grammar: words (Arabic or Latin letters,
// with their clitic stems), digit runs and single punctuation marks, each with its
// normalized byte range. Latin words glued to an English month ("onaugust") are split
// (issue 4).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/extract/date_lexicon.hpp"

namespace fc::extract {

struct DateToken {
  enum class Kind { kWord, kNumber, kPunct };
  Kind kind = Kind::kPunct;
  std::size_t begin = 0;  ///< normalized byte offset
  std::size_t end = 0;
  std::string text;      ///< the normalized bytes
  datelex::Stems stems;  ///< words: lexicon keys with clitics split off
  long value = 0;        ///< numbers: the value (digit runs up to 9 digits)
  int digits = 0;        ///< numbers: how many digits were written
  bool latin = false;    ///< words: ASCII letters
};

/// Splits normalized text into date tokens; spaces separate tokens and are dropped, a
/// line break is kept as a punctuation token "\n" so that no expression spans lines.
[[nodiscard]] std::vector<DateToken> tokenize_for_dates(std::string_view normalized);

}  // namespace fc::extract
