// Tokens of the normalized text for the date grammar: words (Arabic or Latin letters,
// with their clitic stems), digit runs and single punctuation marks, each with its
// normalized byte range. Latin words glued to an English month ("onaugust") are split
// (issue 4).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/extract/date_lexicon.hpp"
#include "factcheck/extract/key_table.hpp"

namespace fc::extract {

/// 40 bytes: an article has a token per six bytes or so, and a 100 MB file 17 million.
struct DateToken {
  /// kJunk: a URL or an e-mail address, up to the next space (no date or number is read
  /// in it, and no expression reaches across it).
  enum class Kind : std::uint8_t { kWord, kNumber, kPunct, kJunk };
  std::string_view text;    ///< the normalized bytes (a view of the tokenized text)
  std::uint32_t begin = 0;  ///< normalized byte offset (texts are under 4 GiB)
  std::uint32_t end = 0;
  std::uint32_t stem_begin = 0;  ///< words: first of its stems in DateTokens::stems
  std::int32_t value = 0;        ///< numbers: the value (digit runs up to 9 digits), else -1
  std::uint16_t digits = 0;      ///< numbers: how many digits were written
  std::uint8_t stem_count = 0;   ///< words: lexicon keys with clitics split off (1 to 4)
  Kind kind = Kind::kPunct;
  bool latin = false;   ///< words: ASCII letters
  bool listed = false;  ///< words: some stem is in a list of the vocabulary (entry != 0)
  bool starts = false;  ///< words: some stem is in the list date_start_list()
};
static_assert(sizeof(DateToken) <= 40, "a date token stays small: there is one per six bytes");

/// The tokens of a text and, in one list, the stems of its words (a token holds no list
/// of its own: an article has hundreds of thousands of tokens). A stem's key is a view of
/// the tokenized text when it is the text (a suffix of a word without ة), else of
/// `key_bytes`, which never moves: its first half holds, at the word's offset, the keys
/// of words with ة (folded to ه, two bytes for two), its second half the splits لل → ال.
struct DateTokens {
  std::vector<DateToken> tokens;
  std::vector<datelex::Stem> stems;
  std::unique_ptr<char[]> key_bytes;  ///< twice the text's size

  /// The stems of token i (empty for numbers and punctuation).
  [[nodiscard]] std::span<const datelex::Stem> stems_of(std::size_t i) const {
    const DateToken& t = tokens[i];
    return {stems.data() + t.stem_begin, t.stem_count};
  }
};

/// The date grammar's word lists (dates.cpp), as a vocabulary that every stem of a
/// tokenized word is looked up in (Stem::entry).
[[nodiscard]] const datelex::Vocabulary& date_vocabulary();
/// The list of the words a date expression can begin with (dates.cpp): the tokenizer
/// marks them (DateToken::starts), and the grammar tries no other word.
[[nodiscard]] datelex::ListBit date_start_list();

/// Splits normalized text into date tokens; spaces separate tokens and are dropped, a
/// line break is kept as a punctuation token "\n" so that no expression spans lines. A
/// Latin word followed by "://", or "www" followed by '.', begins a junk token that runs
/// to the next space, tab or line break; so does an '@' glued to what stands on both
/// sides of it, whose junk token begins where the word it is glued to does (after a
/// space, a tab or a line break).
/// Token texts are views of `normalized`, which must outlive the result.
[[nodiscard]] DateTokens tokenize_for_dates(std::string_view normalized);

}  // namespace fc::extract
