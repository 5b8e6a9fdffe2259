// Nothing silently dropped: every claim that ends in no finding is listed with the reason
// it was not compared (issue 17).
#pragma once

#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/source.hpp"

namespace fc::compare {

/// The claims of `claims` that no finding of `findings` names, each with its reason, in
/// claim order.
[[nodiscard]] std::vector<NotCompared> not_compared(const std::vector<Claim>& claims,
                                                    const std::vector<Finding>& findings,
                                                    const std::vector<Source>& sources);

}  // namespace fc::compare
