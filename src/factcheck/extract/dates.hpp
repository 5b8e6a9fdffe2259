// Date and duration expressions, absolute, partial, relative and Hijri, resolved against
// the publication date or an earlier date of the same passage, never the clock (issue 4).
#pragma once

#include <optional>
#include <vector>

#include "factcheck/core/mention.hpp"
#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::extract {

struct DateOptions {
  std::optional<util::CivilDate> published;  ///< anchor for relative dates; none: unresolved
  bool prefer_future = false;  ///< bare weekdays and months resolve forward (schedules)
};

/// Every date and duration mention of `text`, sorted by span start, non-overlapping.
/// Spans are byte offsets into `text.original`; line and column are left to the caller.
/// Dates carry `date_value` at the text's own granularity (2003, 2021-07, 2021-W28,
/// 2003-03-20, 2023-08-07/2023-08-08, 2023-Q1) and `earliest`/`latest`; a relative date
/// without `published` is `unresolved` (the clock is never read). A duration carries
/// ISO 8601 (P3Y); when the text places it after an earlier explicit date ("بعد ثلاث
/// سنوات" after "عام 2011") its `earliest`/`latest` hold the point it lands on (2014),
/// with `relative` set and a `note`. Impossible dates (31 فبراير) are reported with a
/// `note`, `unresolved`, and no days.
[[nodiscard]] std::vector<Mention> extract_dates(const normalize::NormalizedText& text,
                                                 const DateOptions& options);
/// The same, given `tokens` = tokenize_for_dates(text.text): a text read twice (for its
/// publication date, then against it) is tokenized once.
[[nodiscard]] std::vector<Mention> extract_dates(const normalize::NormalizedText& text,
                                                 const DateTokens& tokens,
                                                 const DateOptions& options);

}  // namespace fc::extract
