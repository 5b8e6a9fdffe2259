#include "factcheck/compare/comparator.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <unordered_map>

#include "factcheck/compare/collector.hpp"
#include "factcheck/compare/copies.hpp"
#include "factcheck/compare/group.hpp"
#include "factcheck/compare/items.hpp"
#include "factcheck/util/civil_date.hpp"
#include "factcheck/util/parallel.hpp"

namespace fc::compare {

using namespace detail;

namespace {

std::vector<Claim> fact_claims(const rules::RuleSet& rules) {
  std::vector<Claim> out;
  for (const auto& fact : rules.facts) {
    Claim c;
    c.source = "fact:" + fact.name;
    c.id = c.source;
    c.key_certain = true;
    c.quote = fact.source;
    auto where = fact.where;
    auto whose = fact.whose;
    std::sort(where.begin(), where.end());
    std::sort(whose.begin(), whose.end());
    auto join = [](const std::vector<std::string>& v) {
      std::string s;
      for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
      return s;
    };
    if (!fact.event.empty()) {
      c.event = fact.event;
      c.where = where;
      c.mention.kind = MentionKind::kDate;
      c.mention.earliest = fact.date_earliest;
      c.mention.latest = fact.date_latest.empty() ? fact.date_earliest : fact.date_latest;
      c.mention.date_value = fact.date_earliest == c.mention.latest
                                 ? fact.date_earliest
                                 : fact.date_earliest + "/" + c.mention.latest;
      c.mention.text = c.mention.date_value;
      c.key = fact.event + "|" + join(where);
    } else {
      c.counted = fact.counted;
      c.whose = whose;
      c.where = where;
      c.mention.kind = *fact.low == *fact.high ? MentionKind::kNumber : MentionKind::kRange;
      c.mention.low = fact.low;
      c.mention.high = fact.high;
      if (*fact.low == *fact.high) c.mention.value = fact.low;
      c.mention.text =
          *fact.low == *fact.high ? fmt(*fact.low) : fmt(*fact.low) + "-" + fmt(*fact.high);
      c.as_of_earliest = fact.date_earliest;
      c.as_of_latest = fact.date_latest.empty() ? fact.date_earliest : fact.date_latest;
      c.key = fact.counted + "|" + join(whose) + "|" + join(where);
    }
    out.push_back(std::move(c));
  }
  return out;
}

bool is_weekday_mismatch(const Claim& c) {
  return c.mention.kind == MentionKind::kDate &&
         c.mention.note.find("weekday") != std::string::npos;
}

/// sort_findings for findings whose ids are all different, as one collector makes them:
/// their order is then total, so sorting pointers, in two halves on two threads (as `jobs`
/// allows) that are then merged, gives the same order, and each finding is moved once.
void sort_distinct_findings(std::vector<Finding>& findings, unsigned jobs) {
  const auto less = [](const Finding* a, const Finding* b) { return finding_order_less(*a, *b); };
  std::vector<Finding*> order(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) order[i] = &findings[i];
  const auto middle = order.begin() + static_cast<std::ptrdiff_t>(order.size() / 2);
  util::parallel_for(2, jobs, [&](std::size_t half) {
    if (half == 0) {
      std::sort(order.begin(), middle, less);
    } else {
      std::sort(middle, order.end(), less);
    }
  });
  std::inplace_merge(order.begin(), middle, order.end(), less);
  // Into that order in place, a cycle of the permutation at a time: no second vector of
  // 195,000 findings (48 MB of fresh memory), each finding moved about once.
  std::vector<std::size_t> source(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    source[i] = static_cast<std::size_t>(order[i] - findings.data());
  }
  for (std::size_t start = 0; start < source.size(); ++start) {
    if (source[start] == start) continue;
    Finding held = std::move(findings[start]);
    std::size_t at = start;
    while (source[at] != start) {
      const std::size_t from = source[at];
      findings[at] = std::move(findings[from]);
      source[at] = at;
      at = from;
    }
    findings[at] = std::move(held);
    source[at] = at;
  }
}

}  // namespace

std::vector<Finding> compare_claims(const std::vector<Claim>& input,
                                    const std::vector<Source>& sources, const rules::RuleSet& rules,
                                    unsigned jobs) {
  return compare_claims(input, sources, rules, Scope{}, jobs);
}

std::string anniversary_event_key(const Claim& c) {
  if (c.counted != "anniversary" || c.event.empty()) return {};
  std::string where;
  for (const auto& w : c.where) where += (where.empty() ? "" : ",") + w;
  return c.event + "|" + where;
}

bool crosses_keys(const Claim& c) {
  return is_weekday_mismatch(c) || !anniversary_event_key(c).empty();
}

void sort_findings(std::vector<Finding>& findings) {
  std::sort(findings.begin(), findings.end(), finding_order_less);
}

std::vector<Finding> compare_claims(const std::vector<Claim>& input,
                                    const std::vector<Source>& sources, const rules::RuleSet& rules,
                                    const Scope& scope, unsigned jobs) {
  std::unordered_map<std::string, const Source*> by_id;
  for (const auto& s : sources) by_id.emplace(s.id, &s);
  const std::vector<Claim> facts = fact_claims(rules);

  bool several_sources = false;
  if (scope.several_sources) {
    several_sources = *scope.several_sources;
  } else {
    // Two sources at least: some claim's source differs from the first one's.
    several_sources = std::any_of(input.begin(), input.end(),
                                  [&](const Claim& c) { return c.source != input.front().source; });
  }
  const auto voices = copies_of(sources);
  const Context ctx{rules, by_id, scope, several_sources, &voices};

  // Group by key (hash map, then sorted keys): claims meet only claims of their key.
  // Keyed by views of the claims' own keys (the claims outlive the map).
  std::unordered_map<std::string_view, std::vector<const Claim*>> keyed;
  std::vector<const Claim*> anniversaries;
  Collector out;
  for (const auto* list : {&input, &facts}) {
    for (const auto& c : *list) {
      if (!c.key.empty()) keyed[c.key].push_back(&c);
      if (!anniversary_event_key(c).empty()) anniversaries.push_back(&c);
      if (is_weekday_mismatch(c) && ctx.in_focus(c)) {
        Finding f;
        f.kind = FindingKind::kDateInconsistency;
        f.severity = Severity::kWarning;
        f.key = "weekday|" + c.mention.date_value;
        f.claims = {c.id};
        f.values = {c.mention.date_value};
        f.sources = {c.source};
        f.message = c.source + " writes \"" + c.mention.text + "\": " + c.mention.note + ".";
        out.add(std::move(f), {{c.source, c.mention.text + "=" + c.mention.date_value}});
      }
    }
  }
  std::vector<std::pair<std::string, std::vector<const Claim*>>> groups;
  groups.reserve(keyed.size());
  for (auto& [k, v] : keyed) groups.emplace_back(k, std::move(v));
  keyed.clear();
  std::sort(groups.begin(), groups.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });

  // Each key on its own, on `jobs` threads, the largest groups first so that no thread is
  // left with a big one at the end; then their findings in key order, as one loop over
  // the sorted keys would have made them.
  std::vector<GroupFindings> found(groups.size());
  std::vector<std::size_t> order(groups.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return groups[a].second.size() > groups[b].second.size();
  });
  util::parallel_for(order.size(), jobs, [&](std::size_t i) {
    const std::size_t g = order[i];
    compare_group(groups[g].first, groups[g].second, ctx, found[g]);
  });
  std::size_t total = out.size() + anniversaries.size();
  for (const auto& g : found) total += g.out.size();
  out.reserve(total);
  std::map<std::string, std::vector<std::int64_t>> event_days;  // key → earliest days
  for (std::size_t g = 0; g < groups.size(); ++g) {
    out.absorb(std::move(found[g].out));
    if (!found[g].event_days.empty()) {
      event_days.emplace(groups[g].first, std::move(found[g].event_days));
    }
  }

  // "الذكرى العشرين": the ordinal must match the years since the event.
  for (const auto* c : anniversaries) {
    if (!ctx.in_focus(*c)) continue;
    const std::string event_key = anniversary_event_key(*c);  // "event|places"
    auto it = event_days.find(event_key);
    auto src = by_id.find(c->source);
    if (it == event_days.end() || src == by_id.end() || !src->second->published ||
        !c->mention.value) {
      continue;
    }
    const auto earliest = *std::min_element(it->second.begin(), it->second.end());
    const int event_year = util::from_days(earliest).year;
    const int years = src->second->published->year - event_year;
    const double n = *c->mention.value;
    if (std::fabs(n - years) > 1.0) {
      Finding f;
      f.kind = FindingKind::kDateInconsistency;
      f.severity = Severity::kWarning;
      f.key = "anniversary|" + event_key;
      f.claims = {c->id};
      f.values = {fmt(n)};
      f.sources = {c->source};
      f.message = c->source + " speaks of anniversary " + fmt(n) + " of the " + c->event +
                  ", but the sources date the " + c->event + " to " + std::to_string(event_year) +
                  ", " + std::to_string(years) + " years before publication.";
      out.add(std::move(f), {{c->source, fmt(n)}});
    }
  }

  auto findings = out.take();
  for (auto& f : findings) {
    sort_claims(f);
    for (const auto& s : rules.suppressions) {
      const bool by_id_match = !s.finding.empty() && s.finding == f.id;
      const bool by_key =
          !s.key.empty() && s.key == f.key && (s.kind.empty() || s.kind == to_string(f.kind));
      if (by_id_match || by_key) {
        f.suppressed = true;
        f.suppression_reason = s.reason;
        break;
      }
    }
  }
  sort_distinct_findings(findings, jobs);
  return findings;
}

}  // namespace fc::compare
