// Check definitions: checks/*.yaml, built into the binary and added to or overridden by
// name with --checks DIR, validated into a RuleSet (issue 5). Errors carry file:line:col.
#pragma once

#include <string>
#include <vector>

#include "factcheck/core/error.hpp"
#include "factcheck/extract/numbers.hpp"

namespace fc::rules {

struct RuleSet {
  std::vector<extract::VagueInterval> vague;  ///< vague quantity intervals
};

/// The checks compiled into the binary (checks/*.yaml at build time).
[[nodiscard]] Result<RuleSet> load_builtin();

/// Adds or overrides, by name, the definitions of every *.yaml file in `dir` (sorted).
/// Returns every error found (file:line:col); valid files still apply.
[[nodiscard]] std::vector<Error> load_dir(const std::string& dir, RuleSet& rules);

}  // namespace fc::rules
