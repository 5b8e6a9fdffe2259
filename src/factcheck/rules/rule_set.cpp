#include "factcheck/rules/rule_set.hpp"

namespace fc::rules {

Result<RuleSet> load_builtin() { return RuleSet{}; }

std::vector<Error> load_dir(const std::string& dir, RuleSet& /*rules*/) {
  return {Error{ErrorCode::kNotImplemented, "--checks is not implemented yet (issue 5)", dir}};
}

}  // namespace fc::rules
