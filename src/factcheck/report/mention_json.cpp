#include "factcheck/report/mention_json.hpp"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace fc::report {

void write_mention_json(JsonWriter& w, const Mention& m, std::string_view source) {
  w.begin_object();
  if (!source.empty()) w.member("source", source);
  w.member("kind", to_string(m.kind));
  w.member("text", m.text);
  if (m.kind == MentionKind::kDate || m.kind == MentionKind::kDuration) {
    if (!m.date_value.empty()) w.member("value", m.date_value);
    if (!m.earliest.empty()) w.member("earliest", m.earliest);
    if (!m.latest.empty()) w.member("latest", m.latest);
    if (!m.mod.empty()) w.member("mod", m.mod);
    if (m.relative) w.member("relative", true);
    if (m.unresolved) w.member("unresolved", true);
    if (!m.time.empty()) w.member("time", m.time);
    if (!m.day_part.empty()) w.member("day_part", m.day_part);
  } else {
    if (m.value) w.key("value").number(*m.value);
    if (m.low) w.key("low").number(*m.low);
    if (m.high) w.key("high").number(*m.high);
    if (m.from) w.key("from").number(*m.from);
    if (m.to) w.key("to").number(*m.to);
    if (m.imprecise) w.member("imprecise", true);
  }
  if (m.approximate) w.member("approximate", true);
  if (!m.note.empty()) w.member("note", m.note);
  w.key("span").begin_object();
  w.key("start").unsigned_integer(m.span.start);
  w.key("end").unsigned_integer(m.span.end);
  w.key("line").integer(m.span.line);
  w.key("column").integer(m.span.column);
  w.end_object();
  w.end_object();
}

namespace {

void frame_slot(JsonWriter& w, const char* name, const FrameSlot& slot) {
  if (slot.value.empty()) return;
  w.key(name).begin_object();
  w.member("value", slot.value);
  w.member("from", to_string(slot.from));
  w.end_object();
}

}  // namespace

void write_frame_json(JsonWriter& w, const Frame& f) {
  w.key("frame").begin_object();
  frame_slot(w, "measure", f.measure);
  if (!f.unit.empty()) w.member("unit", f.unit);
  w.key("qualifiers").strings(f.qualifiers);
  frame_slot(w, "owner", f.owner);
  frame_slot(w, "counter", f.counter);
  frame_slot(w, "place", f.place);
  if (!f.place_scope.empty()) w.member("place_scope", f.place_scope);
  frame_slot(w, "event", f.event);
  frame_slot(w, "time", f.time);
  w.member("modality", to_string(f.modality));
  w.member("semantics", to_string(f.semantics));
  if (f.max_change_per_day > 0) w.key("max_change_per_day").number(f.max_change_per_day);
  w.end_object();
}

void write_claim_members(JsonWriter& w, const Claim& c) {
  w.member("id", c.id);
  w.member("source", c.source);
  w.key("mention");
  write_mention_json(w, c.mention, "");
  w.member("counted", c.counted);
  w.key("whose").strings(c.whose);
  w.key("where").strings(c.where);
  if (!c.event.empty()) w.member("event", c.event);
  w.key("as_of");
  if (c.as_of_earliest.empty() && c.as_of_latest.empty()) {
    w.null();
  } else {
    w.begin_object();
    if (!c.as_of_earliest.empty()) w.member("earliest", c.as_of_earliest);
    if (!c.as_of_latest.empty()) w.member("latest", c.as_of_latest);
    w.end_object();
  }
  w.member("key", c.key);
  w.member("quote", c.quote);
  write_frame_json(w, c.frame);
}

void write_claim_json(JsonWriter& w, const Claim& claim) {
  w.begin_object();
  write_claim_members(w, claim);
  w.end_object();
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
    m.time = opt_string(j, "time");
    m.day_part = opt_string(j, "day_part");
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

namespace {

FrameSlot slot_from_json(const Json& frame, const char* name) {
  FrameSlot slot;
  const auto it = frame.find(name);
  if (it == frame.end() || !it->is_object()) return slot;
  slot.value = opt_string(*it, "value");
  const auto from = opt_string(*it, "from");
  for (auto p : {Provenance::kClause, Provenance::kSentence, Provenance::kParagraph,
                 Provenance::kHeadline, Provenance::kArticle, Provenance::kAssumed}) {
    if (from == to_string(p)) slot.from = p;
  }
  return slot;
}

}  // namespace

Frame frame_from_json(const Json& j) {
  Frame f;
  f.measure = slot_from_json(j, "measure");
  f.unit = opt_string(j, "unit");
  if (j.contains("qualifiers")) f.qualifiers = j.at("qualifiers").get<std::vector<std::string>>();
  f.owner = slot_from_json(j, "owner");
  f.counter = slot_from_json(j, "counter");
  f.place = slot_from_json(j, "place");
  f.place_scope = opt_string(j, "place_scope");
  f.event = slot_from_json(j, "event");
  f.time = slot_from_json(j, "time");
  const auto modality = opt_string(j, "modality");
  for (auto m : {Modality::kActual, Modality::kForecast, Modality::kPlan, Modality::kLimit,
                 Modality::kBackground}) {
    if (modality == to_string(m)) f.modality = m;
  }
  const auto semantics = opt_string(j, "semantics");
  for (auto s : {Semantics::kUnknown, Semantics::kRunningTotal, Semantics::kLevel,
                 Semantics::kEventConstant, Semantics::kPeriodValue}) {
    if (semantics == to_string(s)) f.semantics = s;
  }
  if (const auto v = opt_number(j, "max_change_per_day")) f.max_change_per_day = *v;
  return f;
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
  if (const auto it = j.find("frame"); it != j.end() && it->is_object()) {
    c.frame = frame_from_json(*it);
  }
  return c;
}

}  // namespace fc::report
