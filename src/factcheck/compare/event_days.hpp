// The days an event took place on, held to each other: one finding per day that
// disagrees with the days more sources tell, not one per pair.
#pragma once

#include <string>
#include <vector>

#include "factcheck/compare/collector.hpp"
#include "factcheck/compare/group.hpp"
#include "factcheck/compare/items.hpp"

namespace fc::compare::detail {

/// Adds to `out` the disagreements among the dated claims `items` of one date key, the
/// dates of `event`: every date of a unique event, and the days the event is said to
/// have taken place on when they are close enough to be one event's. Whether any was
/// found.
bool event_day_disagreements(const std::string& key, const std::string& event,
                             const std::vector<Item>& items, const Context& ctx, Collector& out);

}  // namespace fc::compare::detail
