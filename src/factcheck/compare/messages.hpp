// The words of findings: how a key, a claim's figure and its time are written.
#pragma once

#include <cstdint>
#include <string>

#include "factcheck/compare/items.hpp"

namespace fc::compare::detail {

[[nodiscard]] std::string day_text(std::int64_t d);
/// " as of 2023-03-07" or " (no date given; published 2023-03-07)"; nothing when unknown.
void append_time(std::string& out, const Item& it);
/// `s` with underscores as spaces.
[[nodiscard]] std::string words(std::string s);
/// "\"troops\" (US) in Iraq": what the claim counts, whose and where, places by the
/// labels of `rules` (IQ is Iraq).
void append_key(std::string& out, const Claim& c, const rules::RuleSet& rules);
[[nodiscard]] std::string describe_key(const Claim& c, const rules::RuleSet& rules);
/// "000 says \"2500\" [2450, 2550] as of 2023-03-07".
void append_say(std::string& out, const Item& it);

}  // namespace fc::compare::detail
