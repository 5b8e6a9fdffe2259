// Comparison: claims grouped by key, values and times compared as intervals, findings
// of SPEC.md's kinds with content fingerprints (issue 5). Never all pairs.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/source.hpp"
#include "factcheck/rules/rule_set.hpp"

namespace fc::compare {

/// Findings over all claims, sorted (kind, severity, key, id): deterministic. Keys are
/// compared on `jobs` threads (0: all cores); the findings are the same whatever their
/// number.
[[nodiscard]] std::vector<Finding> compare_claims(const std::vector<Claim>& claims,
                                                  const std::vector<Source>& sources,
                                                  const rules::RuleSet& rules, unsigned jobs = 1);

/// What a comparison is asked for when `claims` are a selection of a larger set (a draft
/// against an archive index).
struct Scope {
  /// Only findings that involve one of these sources are made; the others are skipped
  /// without being built. Empty: every finding.
  std::set<std::string> focus;
  /// Whether the whole set holds claims of two or more sources (a claim is single-source
  /// only then). Unset: counted from `claims`.
  std::optional<bool> several_sources;
};

/// As above, restricted by `scope`. Every finding made is exactly the one the whole set
/// would give (same id, claims, values, message), provided `claims` hold every claim of
/// each key they hold (and of the event keys of their anniversaries); a claim's quote, span and
/// change "from" value are not read.
[[nodiscard]] std::vector<Finding> compare_claims(const std::vector<Claim>& claims,
                                                  const std::vector<Source>& sources,
                                                  const rules::RuleSet& rules, const Scope& scope,
                                                  unsigned jobs = 1);

/// The key of the dated event an anniversary claim ("the 20th anniversary of the
/// invasion") is checked against, "event|places"; empty when `claim` is no anniversary.
[[nodiscard]] std::string anniversary_event_key(const Claim& claim);

/// Whether findings on `claim` depend on claims outside its key's group: an anniversary
/// (read against its event's dates) and a weekday that does not match its date (merged
/// with the same mismatch written under another key). Comparing a selection key by key,
/// such claims and the keys they reach must be compared in one call.
[[nodiscard]] bool crosses_keys(const Claim& claim);

/// Sorts findings as compare_claims returns them: kind, severity (highest first), key, id.
void sort_findings(std::vector<Finding>& findings);

}  // namespace fc::compare
