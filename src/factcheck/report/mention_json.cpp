#include "factcheck/report/mention_json.hpp"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace fc::report {

Json number_to_json(double value) {
  // 2^53: beyond it a double no longer holds every integer exactly.
  if (std::isfinite(value) && std::fabs(value) < 9007199254740992.0 && value == std::floor(value)) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

Json mention_to_json(const Mention& m, const std::string& source) {
  Json j;
  if (!source.empty()) j["source"] = source;
  j["kind"] = std::string(to_string(m.kind));
  j["text"] = m.text;
  if (m.kind == MentionKind::kDate || m.kind == MentionKind::kDuration) {
    if (!m.date_value.empty()) j["value"] = m.date_value;
    if (!m.earliest.empty()) j["earliest"] = m.earliest;
    if (!m.latest.empty()) j["latest"] = m.latest;
    if (!m.mod.empty()) j["mod"] = m.mod;
    if (m.relative) j["relative"] = true;
    if (m.unresolved) j["unresolved"] = true;
  } else {
    if (m.value) j["value"] = number_to_json(*m.value);
    if (m.low) j["low"] = number_to_json(*m.low);
    if (m.high) j["high"] = number_to_json(*m.high);
    if (m.from) j["from"] = number_to_json(*m.from);
    if (m.to) j["to"] = number_to_json(*m.to);
    if (m.imprecise) j["imprecise"] = true;
  }
  if (m.approximate) j["approximate"] = true;
  if (!m.note.empty()) j["note"] = m.note;
  j["span"] = Json{{"start", m.span.start},
                   {"end", m.span.end},
                   {"line", m.span.line},
                   {"column", m.span.column}};
  return j;
}

Json claim_to_json(const Claim& c) {
  Json j;
  j["id"] = c.id;
  j["source"] = c.source;
  j["mention"] = mention_to_json(c.mention, "");
  j["counted"] = c.counted;
  j["whose"] = c.whose;
  j["where"] = c.where;
  if (!c.event.empty()) j["event"] = c.event;
  Json as_of = Json::object();
  if (!c.as_of_earliest.empty()) as_of["earliest"] = c.as_of_earliest;
  if (!c.as_of_latest.empty()) as_of["latest"] = c.as_of_latest;
  j["as_of"] = as_of.empty() ? Json(nullptr) : as_of;
  j["key"] = c.key;
  j["quote"] = c.quote;
  return j;
}

std::string dump_line(const Json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace fc::report

namespace fc::report {

namespace {

std::optional<double> opt_number(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<double>();
}

std::string opt_string(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::string>();
}

bool opt_bool(const Json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && !it->is_null() && it->get<bool>();
}

}  // namespace

Mention mention_from_json(const Json& j) {
  Mention m;
  const std::string kind = j.at("kind").get<std::string>();
  const auto parsed = mention_kind_from_string(kind);
  if (!parsed) {
    throw nlohmann::json::other_error::create(501, "unknown mention kind '" + kind + "'", &j);
  }
  m.kind = *parsed;
  m.text = j.at("text").get<std::string>();
  if (m.kind == MentionKind::kDate || m.kind == MentionKind::kDuration) {
    m.date_value = opt_string(j, "value");
    m.earliest = opt_string(j, "earliest");
    m.latest = opt_string(j, "latest");
    m.mod = opt_string(j, "mod");
    m.relative = opt_bool(j, "relative");
    m.unresolved = opt_bool(j, "unresolved");
  } else {
    m.value = opt_number(j, "value");
    m.low = opt_number(j, "low");
    m.high = opt_number(j, "high");
    m.from = opt_number(j, "from");
    m.to = opt_number(j, "to");
    m.imprecise = opt_bool(j, "imprecise");
  }
  m.approximate = opt_bool(j, "approximate");
  m.note = opt_string(j, "note");
  const Json& span = j.at("span");
  m.span.start = span.at("start").get<std::size_t>();
  m.span.end = span.at("end").get<std::size_t>();
  m.span.line = span.at("line").get<int>();
  m.span.column = span.at("column").get<int>();
  return m;
}

Claim claim_from_json(const Json& j) {
  Claim c;
  c.id = j.at("id").get<std::string>();
  c.source = j.at("source").get<std::string>();
  c.mention = mention_from_json(j.at("mention"));
  c.counted = opt_string(j, "counted");
  if (j.contains("whose")) c.whose = j.at("whose").get<std::vector<std::string>>();
  if (j.contains("where")) c.where = j.at("where").get<std::vector<std::string>>();
  c.event = opt_string(j, "event");
  if (const auto it = j.find("as_of"); it != j.end() && it->is_object()) {
    c.as_of_earliest = opt_string(*it, "earliest");
    c.as_of_latest = opt_string(*it, "latest");
  }
  c.key = opt_string(j, "key");
  c.quote = opt_string(j, "quote");
  return c;
}

}  // namespace fc::report
