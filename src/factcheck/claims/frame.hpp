// Filling a claim's frame (issue 17) from what the claim builder found: the measure and
// its qualifiers, the place and its scope, the time; each slot with where it was read.
#pragma once

#include <optional>
#include <string>

#include "factcheck/core/claim.hpp"
#include "factcheck/rules/rule_set.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::claims {

/// The measure (what happened: `measure`, else what is counted: `entity`, else the
/// uncertain `counted` noun), the entity beside a measure as a qualifier (not an entity
/// that is an event: the quake of "زلزال بقوة 7.8"), the unit and the declared semantics.
void fill_measure(Claim& claim, const rules::Subject* measure, const rules::Subject* entity,
                  const std::string& counted, const std::string& unit, const rules::RuleSet& rules);

/// The place: the claim's places (several: a sum over them, scope "sum"), read `from`
/// (the article's main place when it was implied), with the scope of its kind.
void fill_place(Claim& claim, Provenance from, const rules::RuleSet& rules);

/// The time: the claim's own as-of, read `from`, else the publication date (assumed).
void fill_time(Claim& claim, Provenance from, const std::optional<util::CivilDate>& published);

}  // namespace fc::claims
