#include "factcheck/compare/not_compared.hpp"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "factcheck/compare/group.hpp"

namespace fc::compare {

namespace {

/// What a key's claims hold: how many sources, and whether one more than one says it.
struct KeyCount {
  std::string_view first_source;
  bool several = false;
};

const char* modality_reason(Modality m) {
  switch (m) {
    case Modality::kForecast:
      return "a forecast or expectation: never compared with reported figures";
    case Modality::kPlan:
      return "a plan or target: never compared with reported figures";
    case Modality::kLimit:
      return "a limit or cap: never compared with reported figures";
    case Modality::kBackground:
      return "historical background: never compared with reported figures";
    case Modality::kActual:
      break;
  }
  return "";
}

}  // namespace

std::vector<NotCompared> not_compared(const std::vector<Claim>& claims,
                                      const std::vector<Finding>& findings,
                                      const std::vector<Source>& sources) {
  std::unordered_set<std::string_view> in_finding;
  for (const auto& f : findings) {
    for (const auto& id : f.claims) in_finding.insert(id);
  }
  std::unordered_map<std::string_view, KeyCount> keys;
  std::unordered_set<std::string_view> all_sources;
  for (const auto& c : claims) {
    all_sources.insert(c.source);
    if (c.key.empty()) continue;
    auto [it, fresh] = keys.try_emplace(c.key, KeyCount{c.source, false});
    if (!fresh && it->second.first_source != c.source) it->second.several = true;
  }
  std::unordered_map<std::string_view, const Source*> by_id;
  for (const auto& s : sources) by_id.emplace(s.id, &s);

  std::vector<NotCompared> out;
  for (const auto& c : claims) {
    if (in_finding.count(c.id) != 0) continue;
    const char* reason = nullptr;
    const MentionKind kind = c.mention.kind;
    if (c.key.empty()) {
      reason = "nothing in the text says what the figure counts";
    } else if (kind != MentionKind::kDate && !detail::is_numeric_kind(kind)) {
      reason = "a kind of mention the comparison does not hold against others";
    } else if (c.frame.modality != Modality::kActual) {
      reason = modality_reason(c.frame.modality);
    } else if (kind != MentionKind::kDate && !c.mention.value && !c.mention.low && !c.mention.to) {
      reason = "no figure to compare (a vague quantity without bounds)";
    } else if (all_sources.size() < 2) {
      reason = "the only source given: nothing to compare it with";
    } else if (!keys.at(c.key).several) {
      // Single-source findings are made per key; a claim here is one whose finding was
      // not asked for (outside a draft's focus).
      reason = "no other source states it";
    } else {
      auto s = by_id.find(c.source);
      const bool undated = c.as_of_earliest.empty() && (s == by_id.end() || !s->second->published);
      reason = undated ? "other sources state it, none agrees or disagrees (the source's date "
                         "is unknown)"
                       : "other sources state it, but none for the same time, period or event";
    }
    out.push_back({c.id, c.source, reason});
  }
  return out;
}

}  // namespace fc::compare
