// libFuzzer target: the check-definition loader. Any input gives definitions or errors
// with file:line:col, never a crash, a hang or a pattern that runs away (RE2 is linear).
#include <cstdint>
#include <string_view>

#include "factcheck/rules/rule_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fc::rules::RuleSet rules;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto errors = fc::rules::load_text(text, "fuzz/checks.yaml", rules);
  (void)errors;
  return 0;
}
