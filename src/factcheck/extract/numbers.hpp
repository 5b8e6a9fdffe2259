// Numeric expressions in Arabic and English news: digits of every script with their
// separators, scaled numbers, number words, vague quantities, hedges, ranges, changes,
// percents and ordinals (issue 3). Works on the normalized view; spans are original bytes.
#pragma once

#include <vector>

#include "factcheck/core/mention.hpp"
#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace fc::extract {

/// Interval a vague quantity stands for ("عشرات" = [20, 99]); overridable from checks/.
struct VagueInterval {
  std::string name;  ///< e.g. "tens", "hundreds", "tens_of_thousands"
  double low = 0;
  double high = 0;
};

struct NumberOptions {
  std::vector<VagueInterval> vague;  ///< empty: the built-in defaults
};

/// Every numeric mention of `text`, sorted by span start, non-overlapping. Spans are
/// byte offsets into `text.original`; `Mention::text` is the original bytes there.
/// Line and column are left for the caller to fill.
///
/// Fields: an exact figure has value = low = high and `significant_digits` when written
/// in digits ("2,500" 2, "2512" 4). A hedged figure keeps `value` as written, sets
/// `approximate` and `hedge`, and bounds it: about ±10%; more than / at least: `low`
/// only; less than / at most: `high` only. Vague quantities and ranges have low < high
/// and no value; a change has from/to with low = high = to. `imprecise` marks values
/// beyond 2^53. The built-in vague intervals are listed in numbers.cpp; `vague`
/// overrides them by name (tens, hundreds, thousands, tens_of_thousands, ...).
[[nodiscard]] std::vector<Mention> extract_numbers(const normalize::NormalizedText& text,
                                                   const NumberOptions& options);
/// The same, reading the text's date tokens (tokenize_for_dates(text.text)), which the
/// pipeline makes once for both extractors.
[[nodiscard]] std::vector<Mention> extract_numbers(const normalize::NormalizedText& text,
                                                   const DateTokens& tokens,
                                                   const NumberOptions& options);

}  // namespace fc::extract
