// JSON form of mentions (SPEC.md "Mentions") and claims, shared by `extract`, `claims`,
// the JSON report and the archive index. Keys in a fixed order; numbers written as
// integers when integral. Written with JsonWriter; read back through nlohmann.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/mention.hpp"
#include "factcheck/report/json_writer.hpp"

namespace fc::report {

using Json = nlohmann::ordered_json;

/// {"source", "kind", "text", "value", ..., "span": {...}}; `source` omitted when empty.
void write_mention_json(JsonWriter& writer, const Mention& mention, std::string_view source);

/// SPEC.md "Claims": the members "id", "source", "mention", "counted", "whose", "where",
/// ("event" for dates), "as_of", "key", "quote", "frame", into an object the caller has begun (and
/// may add to before it ends it).
void write_claim_members(JsonWriter& writer, const Claim& claim);

/// "frame": {"measure": {"value", "from"}, "unit", "qualifiers", "owner", "place",
/// "place_scope", "event", "time", "modality", "semantics", "max_change_per_day"}; a slot
/// with no value is left out.
void write_frame_json(JsonWriter& writer, const Frame& frame);

/// One claim as an object of write_claim_members alone (a line of `claims`' JSON Lines).
void write_claim_json(JsonWriter& writer, const Claim& claim);

}  // namespace fc::report

namespace fc::report {

/// Reads back what write_mention_json wrote. Throws nlohmann::json::exception on a missing
/// key or a wrong type: the caller (from_json) translates it into an Error.
[[nodiscard]] Mention mention_from_json(const Json& json);

/// Reads back what write_frame_json wrote (the object of "frame").
[[nodiscard]] Frame frame_from_json(const Json& json);

/// Reads back what write_claim_members wrote; throws like mention_from_json.
[[nodiscard]] Claim claim_from_json(const Json& json);

}  // namespace fc::report
