#include "factcheck/archive/rows.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "factcheck/report/mention_json.hpp"

namespace fc::archive {

const std::vector<TableSpec>& schema_tables() {
  static const std::vector<TableSpec> kTables = {
      {"sources",
       {"id", "path", "outlet", "language", "published", "published_from", "published_note",
        "content_hash", "claims"}},
      {"claims",
       {"source_id",   "claim_id",      "key",    "published",  "kind",           "text",
        "value",       "low",           "high",   "to_value",   "approximate",    "hedge",
        "digits",      "earliest",      "latest", "date_value", "as_of_earliest", "as_of_latest",
        "key_certain", "where_implied", "json"}},
      {"suppressions", {"source_id", "target", "reason", "origin"}},
  };
  return kTables;
}

std::string schema_mismatch(
    const std::vector<std::pair<std::string, std::vector<std::string>>>& tables,
    std::string_view extra_column) {
  std::map<std::string, std::vector<std::string>, std::less<>> stored;
  for (const auto& [name, columns] : tables) {
    auto& cols = stored[name];
    for (const auto& c : columns) {
      if (c != extra_column) cols.push_back(c);
    }
    std::sort(cols.begin(), cols.end());
  }
  for (const auto& spec : schema_tables()) {
    const auto it = stored.find(spec.name);
    if (it == stored.end()) return "table " + std::string(spec.name) + " is missing";
    std::vector<std::string> want(spec.columns.begin(), spec.columns.end());
    std::sort(want.begin(), want.end());
    if (it->second != want) {
      return "table " + std::string(spec.name) + " does not have the columns of this version";
    }
  }
  return {};
}

Hedge hedge_of(std::int64_t v) {
  return v >= static_cast<int>(Hedge::kNone) && v <= static_cast<int>(Hedge::kAtMost)
             ? static_cast<Hedge>(v)
             : Hedge::kNone;
}

PublishedFrom published_from_of(std::string_view text) {
  for (const auto from : {PublishedFrom::kManifest, PublishedFrom::kText, PublishedFrom::kOption}) {
    if (text == to_string(from)) return from;
  }
  return PublishedFrom::kUnknown;
}

std::string claim_row_json(const Claim& c) {
  std::string out;
  report::JsonWriter j(out);
  j.begin_object();
  report::write_claim_members(j, c);
  j.member("key_certain", c.key_certain);
  j.member("where_implied", c.where_implied);
  j.key("quote_start").unsigned_integer(c.quote_start);
  j.key("hedge").integer(static_cast<int>(c.mention.hedge));
  j.key("significant_digits").integer(c.mention.significant_digits);
  j.end_object();
  return out;
}

void share_key_fields(const Claim& head, std::span<Claim> claims) {
  for (Claim& c : claims) {
    c.counted = head.counted;
    c.whose = head.whose;
    c.where = head.where;
    c.event = head.event;
    c.frame.measure = head.frame.measure;
    c.frame.unit = head.frame.unit;
    c.frame.qualifiers = head.frame.qualifiers;
    c.frame.modality = head.frame.modality;
    c.frame.semantics = head.frame.semantics;
    c.frame.max_change_per_day = head.frame.max_change_per_day;
  }
}

Claim claim_from_row_json(std::string_view text) {
  const auto j = report::Json::parse(text);
  Claim c = report::claim_from_json(j);
  c.key_certain = j.value("key_certain", false);
  c.where_implied = j.value("where_implied", false);
  c.quote_start = j.value("quote_start", std::size_t{0});
  c.mention.hedge = hedge_of(j.value("hedge", 0));
  c.mention.significant_digits = j.value("significant_digits", 0);
  return c;
}

}  // namespace fc::archive
