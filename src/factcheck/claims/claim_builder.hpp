// Claims: what each mention is about: what is counted, whose, where, as of when; for a
// date, the event it dates (issue 5). Keys are shared by Arabic and English claims.
#pragma once

#include <utility>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/source.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/rules/rule_set.hpp"

namespace fc::claims {

/// The input of one source for claim building. `mentions` have spans (with line and
/// column) in original bytes; `sentences` are normalized byte ranges of `text`.
struct SourceView {
  const Source& source;
  const normalize::NormalizedText& text;
  const std::vector<std::pair<std::size_t, std::size_t>>& sentences;
  const std::vector<Mention>& mentions;
};

/// One claim per mention, in mention order.
[[nodiscard]] std::vector<Claim> build_claims(const SourceView& view, const rules::RuleSet& rules);

}  // namespace fc::claims
