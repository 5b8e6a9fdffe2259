// The publication date of an article read from its text, when the manifest has none:
// a dateline, "posted on ...", "27-7-2021 | 16:56". A site-header date (the day the
// page was saved) is page furniture, not a publication date (issue 4).
#pragma once

#include <optional>
#include <string>

#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::timeres {

struct PublicationGuess {
  util::CivilDate date;
  std::string note;  ///< which candidate was chosen and why, for the report
};

/// The publication date the text states, or nullopt when it states none.
[[nodiscard]] std::optional<PublicationGuess> find_publication_date(
    const normalize::NormalizedText& text);
/// The same, given `tokens` = extract::tokenize_for_dates(text.text), which the caller
/// reuses to extract the text's dates against the date found.
[[nodiscard]] std::optional<PublicationGuess> find_publication_date(
    const normalize::NormalizedText& text, const extract::DateTokens& tokens);

}  // namespace fc::timeres
