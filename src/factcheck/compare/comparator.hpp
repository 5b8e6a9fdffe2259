// Comparison: claims grouped by key, values and times compared as intervals, findings
// of SPEC.md's kinds with content fingerprints (issue 5). Never all pairs.
#pragma once

#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/source.hpp"
#include "factcheck/rules/rule_set.hpp"

namespace fc::compare {

/// Findings over all claims, sorted (kind, severity, key, id): deterministic.
[[nodiscard]] std::vector<Finding> compare_claims(const std::vector<Claim>& claims,
                                                  const std::vector<Source>& sources,
                                                  const rules::RuleSet& rules);

}  // namespace fc::compare
