// Words of a normalized text for claim building: tokens with their byte ranges, the
// clause and sentence each belongs to, and the check-lexicon matches (subjects, places,
// owners, events, units) found on them. Built once per source.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "factcheck/rules/rule_set.hpp"

namespace fc::claims {

struct Token {
  std::size_t start = 0;  ///< normalized byte offsets
  std::size_t end = 0;
  std::string_view text;  ///< folded text: a view of the tokenized text, which outlives it
  int clause = 0;         ///< clause number: a new one after , ، ; ؛ : – — and sentence ends
  int sentence = 0;       ///< index into the sentence list
  bool numeric = false;   ///< starts with a digit
};

/// A lexicon match: `length` tokens from `first`.
struct LexMatch {
  std::size_t first = 0;
  std::size_t length = 1;
  rules::LexKind kind = rules::LexKind::kSubject;
  std::size_t index = 0;
  bool prefixed = false;  ///< the first token carries a preposition clitic (بالعراق)
};

struct TokenizedText {
  std::vector<Token> tokens;
  /// Matches, sorted by first token; overlapping matches of different kinds are kept,
  /// of one kind only the longest.
  std::vector<LexMatch> matches;
  /// Every token's variants (rules::token_variant_views: the word without its clitics,
  /// article, possessive), as views of the token texts: token k's are
  /// variants[first_variant[k], first_variant[k + 1]). None for a numeric token.
  std::vector<std::string_view> variants;
  std::vector<std::uint32_t> first_variant;

  [[nodiscard]] std::span<const std::string_view> variants_of(std::size_t k) const {
    return {variants.data() + first_variant[k], first_variant[k + 1] - first_variant[k]};
  }

  /// Index of the first token whose end is after `offset`.
  [[nodiscard]] std::size_t token_at_or_after(std::size_t offset) const;
};

/// Tokenizes `text` (normalized) and matches the lexicon of `rules`. `sentences` are
/// normalized byte ranges (sorted).
[[nodiscard]] TokenizedText tokenize(
    const std::string& text, const std::vector<std::pair<std::size_t, std::size_t>>& sentences,
    const rules::RuleSet& rules);

}  // namespace fc::claims
