#include "factcheck/compare/event_days.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "factcheck/compare/messages.hpp"

namespace fc::compare::detail {

bool event_day_disagreements(const std::string& key, const std::string& event,
                             const std::vector<Item>& items, const Context& ctx, Collector& out) {
  bool disagreed = false;
  const auto* ev = ctx.rules.event(event);
  const bool unique = ev != nullptr && ev->unique;
  const double within = ev != nullptr ? ev->same_within_days : 10;
  // The days an event took place on ("the quake that struck on Friday") are held to
  // each other when they are close enough to be one event's; a unique event's every date.
  const auto held = [&](const Item& a, const Item& b) {
    if (unique) return true;
    if (a.c->frame.semantics != Semantics::kEventConstant ||
        b.c->frame.semantics != Semantics::kEventConstant) {
      return false;
    }
    const double gap = a.hi < b.lo ? b.lo - a.hi : a.lo - b.hi;
    return gap <= within;
  };
  const auto apart = [](const Item& a, const Item& b) { return a.hi < b.lo || b.hi < a.lo; };
  // The days told, the most often told first: each other day is one finding, its claims
  // against the days before it they are held to (not a finding per pair). Of an agreeing
  // day the finding cites one claim and names every source that tells it.
  std::vector<std::vector<const Item*>> days;
  {
    std::map<std::pair<double, double>, std::size_t> at;
    for (std::size_t i = 0; i < items.size() && i < kMaxPairwise; ++i) {
      const auto [pos, added] = at.emplace(std::pair{items[i].lo, items[i].hi}, days.size());
      if (added) days.emplace_back();
      days[pos->second].push_back(&items[i]);
    }
    std::stable_sort(days.begin(), days.end(),
                     [](const auto& x, const auto& y) { return x.size() > y.size(); });
  }
  for (std::size_t g = 1; g < days.size(); ++g) {
    std::vector<const Item*> odd;
    std::vector<std::vector<const Item*>> against(g);
    for (const Item* a : days[g]) {
      bool any = false;
      for (std::size_t h = 0; h < g; ++h) {
        for (const Item* b : days[h]) {
          if (!(a->focus || b->focus) || !apart(*a, *b) || !held(*a, *b)) {
            continue;
          }
          any = true;
          if (std::find(against[h].begin(), against[h].end(), b) == against[h].end()) {
            against[h].push_back(b);
          }
        }
      }
      if (any) odd.push_back(a);
    }
    if (odd.empty()) continue;
    Finding f;
    // Two sources that date one event apart contradict each other; one source that does
    // is inconsistent with itself.
    bool across = false;
    for (const auto& side : against) {
      for (const Item* b : side) {
        for (const Item* a : odd) across = across || a->c->source != b->c->source;
      }
    }
    f.kind = across ? FindingKind::kContradiction : FindingKind::kDateInconsistency;
    f.severity = Severity::kWarning;
    f.key = key;
    std::vector<std::pair<std::string, std::string>> votes;
    // A day is quoted by its plainest telling: "15 April 2023" before "mid-April" or
    // "last Tuesday".
    const auto plainest = [](const std::vector<const Item*>& side) {
      for (const Item* it : side) {
        if (it->c->mention.mod.empty() && !it->c->mention.relative) return it;
      }
      return side.front();
    };
    const auto cite = [&](const Item* it) {
      f.claims.push_back(it->c->id);
      f.values.push_back(it->value);
    };
    const auto tell = [&](const std::vector<const Item*>& side) {
      std::vector<std::string> told;
      for (const Item* it : side) {
        f.sources.push_back(it->c->source);
        votes.emplace_back(it->c->source, it->value);
        if (std::find(told.begin(), told.end(), it->c->source) == told.end()) {
          told.push_back(it->c->source);
        }
      }
      std::string names;
      for (std::size_t i = 0; i < told.size() && i < 4; ++i) {
        names += (i == 0 ? "" : (i + 1 == told.size() ? " and " : ", ")) + told[i];
      }
      if (told.size() > 4) names += " and " + std::to_string(told.size() - 4) + " more";
      return names + " \"" + plainest(side)->c->mention.text + "\" (" + side.front()->value + ")";
    };
    for (const Item* a : odd) cite(a);
    std::string msg = "The " + words(event) +
                      " happened once, but its dates disagree: " + tell(odd) + "; against ";
    bool first = true;
    for (const auto& side : against) {
      if (side.empty()) continue;
      cite(plainest(side));
      msg += (first ? "" : "; ") + tell(side);
      first = false;
    }
    f.message = msg + ".";
    out.add(std::move(f), votes);
    disagreed = true;
  }
  return disagreed;
}

}  // namespace fc::compare::detail
