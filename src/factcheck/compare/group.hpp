// One key's claims compared on their own: corroborations, one contradiction per
// disagreement (the odd value out against the agreeing ones), single-source claims.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "factcheck/compare/collector.hpp"
#include "factcheck/compare/comparator.hpp"

namespace fc::compare::detail {

/// Largest group compared pair by pair; beyond it each claim meets its neighbours only.
constexpr std::size_t kMaxPairwise = 300;
constexpr std::size_t kNeighbours = 50;

/// What the comparison of the whole set needs, the same for every key.
struct Context {
  const rules::RuleSet& rules;
  const std::unordered_map<std::string, const Source*>& sources;  ///< by id
  const Scope& scope;
  bool several_sources = false;
  /// Source id → its voice: sources whose texts are copies of one another share one
  /// (copies_of). A source not in it is its own voice.
  const std::unordered_map<std::string, std::uint32_t>* voices = nullptr;

  [[nodiscard]] bool in_focus(const Claim& c) const {
    return scope.focus.empty() || scope.focus.count(c.source) != 0;
  }
};

/// What one key's claims give on their own.
struct GroupFindings {
  Collector out;
  std::vector<std::int64_t> event_days;  ///< a date key: the earliest day of each dated claim
};

[[nodiscard]] bool is_numeric_kind(MentionKind k);

/// Compares the claims of one key (sorted here by id): the findings of that key alone,
/// which read nothing another key's comparison writes, so keys can be compared at once.
void compare_group(const std::string& key, std::vector<const Claim*>& claims, const Context& ctx,
                   GroupFindings& res);

}  // namespace fc::compare::detail
