// What both archive backends store, as rows: the tables and their columns (checked when
// an index is opened: a table missing, a column missing or added, a trigger or rule on a
// table is refused before anything is written), and a claim's stored JSON both ways.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/source.hpp"

namespace fc::archive {

/// One table of the schema and its columns, in order (without a backend's own row id).
struct TableSpec {
  std::string_view name;
  std::vector<std::string_view> columns;
};

/// The tables of schema version kSchemaVersion.
[[nodiscard]] const std::vector<TableSpec>& schema_tables();

/// What is wrong with a stored schema given as table → its columns (any order): "" when it
/// is the expected one. `extra_column` is a backend's own column every table may hold.
[[nodiscard]] std::string schema_mismatch(
    const std::vector<std::pair<std::string, std::vector<std::string>>>& tables,
    std::string_view extra_column);

/// The stored form of a claim: the SPEC's claim JSON plus what the comparison needs and
/// that leaves out; and back.
[[nodiscard]] std::string claim_row_json(const Claim& c);
[[nodiscard]] Claim claim_from_row_json(std::string_view text);

/// Hedges are stored as their enum value (a new value or order is a new schema version).
[[nodiscard]] Hedge hedge_of(std::int64_t v);

[[nodiscard]] PublishedFrom published_from_of(std::string_view text);

/// Gives `claims` (all of one key, read from their columns) what makes that key, from
/// `head`, one of them read whole from its JSON: counted, whose, where, event, and the
/// frame's measure, unit, qualifiers, modality and semantics, so that an indexed claim
/// meets a draft's as the same claim read from its file would.
void share_key_fields(const Claim& head, std::span<Claim> claims);

}  // namespace fc::archive
