#include "factcheck/report/mention_json.hpp"

#include <cmath>

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
