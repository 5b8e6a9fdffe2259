// Reading one check file: the YAML schema of checks/ (README there), each node checked
// and every error placed at file:line:col. What the files define is merged by rule_set.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factcheck/core/error.hpp"
#include "factcheck/rules/rule_set.hpp"

namespace fc::rules {

/// Parses one file's text into `out` (its definitions only). Returns every error found,
/// none when the file is valid.
[[nodiscard]] std::vector<Error> parse_text(std::string_view text, const std::string& file,
                                            RuleSet& out);

/// Adds `src`'s definitions to `dst`: an entry of a name already defined replaces it, cue
/// lists add up (a newsroom's file adds words to the built-in lists).
void merge_into(RuleSet& dst, RuleSet&& src);

}  // namespace fc::rules
