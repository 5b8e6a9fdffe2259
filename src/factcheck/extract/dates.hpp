// Date and duration expressions, absolute, partial, relative and Hijri, resolved against
// the publication date or an earlier date of the same passage, never the clock (issue 4).
#pragma once

#include <optional>
#include <vector>

#include "factcheck/core/mention.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::extract {

struct DateOptions {
  std::optional<util::CivilDate> published;  ///< anchor for relative dates; none: unresolved
  bool prefer_future = false;  ///< bare weekdays and months resolve forward (schedules)
};

/// Every date and duration mention of `text`, sorted by span start, non-overlapping.
/// Spans are byte offsets into `text.original`; line and column are left to the caller.
[[nodiscard]] std::vector<Mention> extract_dates(const normalize::NormalizedText& text,
                                                 const DateOptions& options);

}  // namespace fc::extract
