// JSON form of mentions (SPEC.md "Mentions"), shared by `extract`, `claims` and the
// JSON report. Keys in a fixed order; numbers written as integers when integral.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/mention.hpp"

namespace fc::report {

using Json = nlohmann::ordered_json;

/// {"source", "kind", "text", "value", ..., "span": {...}}; `source` omitted when empty.
[[nodiscard]] Json mention_to_json(const Mention& mention, const std::string& source);

/// SPEC.md "Claims": {"id", "source", "mention", "counted", "whose", "where", "as_of",
/// "key", "quote"} (+ "event" for dates).
[[nodiscard]] Json claim_to_json(const Claim& claim);

/// A number as JSON: an integer when it is one and fits, else a double.
[[nodiscard]] Json number_to_json(double value);

/// Compact one-line JSON, UTF-8 kept as is.
[[nodiscard]] std::string dump_line(const Json& json);

}  // namespace fc::report

namespace fc::report {

/// Reads back what mention_to_json wrote. Throws nlohmann::json::exception on a missing
/// key or a wrong type: the caller (from_json) translates it into an Error.
[[nodiscard]] Mention mention_from_json(const Json& json);

/// Reads back what claim_to_json wrote; throws like mention_from_json.
[[nodiscard]] Claim claim_from_json(const Json& json);

}  // namespace fc::report
