#include "factcheck/compare/group.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string_view>

#include "factcheck/compare/event_days.hpp"
#include "factcheck/compare/messages.hpp"
#include "factcheck/compare/pairs.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::compare::detail {

namespace {

/// Chains of intervals that share a value (5,000 and 6,500 do not agree because a range
/// across both agrees with each): a claim outside what the chain shares, or that
/// contradicts one already in it, starts a new chain (agreeing and disagreeing at once
/// would make the report say both).
/// Each chain is a range of the returned order.
struct Chains {
  std::vector<const Item*> order;                          ///< items sorted by lo
  std::vector<std::pair<std::size_t, std::size_t>> spans;  ///< [begin, end) into order
};

template <class GetLo, class GetHi>
Chains chains_of(std::vector<const Item*> items, GetLo lo, GetHi hi, const Conflicts& conflicts) {
  std::sort(items.begin(), items.end(), [&](const Item* a, const Item* b) {
    return lo(*a) != lo(*b) ? lo(*a) < lo(*b) : a->rank < b->rank;
  });
  // Where each item stands in `items` (by Item::index): an item is in the chain being
  // built, [i, next), when its position is; the others are not among `items` (npos).
  constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> position;
  if (!conflicts.empty()) {
    std::size_t n = 0;
    for (const Item* it : items) n = std::max(n, it->index + 1);
    position.assign(n, npos);
    for (std::size_t k = 0; k < items.size(); ++k) position[items[k]->index] = k;
  }
  Chains out;
  std::size_t i = 0;
  while (i < items.size()) {
    std::size_t j = i + 1;
    double reach = hi(*items[i]);
    const auto conflicts_with_chain = [&](std::size_t next) {
      return conflicts.any_of(items[next]->index, [&](std::size_t other) {
        const std::size_t at = other < position.size() ? position[other] : npos;
        return at >= i && at < next;
      });
    };
    while (j < items.size() && lo(*items[j]) <= reach && !conflicts_with_chain(j)) {
      reach = std::min(reach, hi(*items[j]));
      ++j;
    }
    out.spans.emplace_back(i, j);
    i = j;
  }
  out.order = std::move(items);
  return out;
}

/// Distinct voices among items[b, e): copies of one text are one.
std::size_t voices_in(const std::vector<const Item*>& items, std::size_t b, std::size_t e) {
  std::set<std::uint32_t> voices;
  for (std::size_t k = b; k < e; ++k) voices.insert(items[k]->voice);
  return voices.size();
}

/// A corroboration for each chain of two or more voices with an item in focus.
template <class Describe>
void corroborate(const Chains& chains, const std::string& key, Describe describe, Collector& out) {
  const auto& items = chains.order;
  for (const auto& [i, j] : chains.spans) {
    // Outside the focus a chain is skipped before anything is built for it.
    bool focus = false;
    for (std::size_t k = i; k < j && !focus; ++k) focus = items[k]->focus;
    if (!focus || j - i < 2) continue;
    std::set<std::string_view> sources;  // views of the claims' own source ids
    for (std::size_t k = i; k < j; ++k) sources.insert(items[k]->c->source);
    const std::size_t voices = voices_in(items, i, j);
    if (sources.size() < 2 || voices < 2) continue;
    Finding f;
    f.kind = FindingKind::kCorroboration;
    f.severity = Severity::kInfo;
    f.key = key;
    std::vector<std::pair<std::string, std::string>> sv;
    for (std::size_t k = i; k < j; ++k) {
      f.claims.push_back(items[k]->c->id);
      f.values.push_back(items[k]->value);
      f.sources.push_back(items[k]->c->source);
      // The id is made from the key and the values agreed on, not from who agrees: a
      // source that joins with a value already given keeps the corroboration's id (diff
      // then says it gained a source rather than that one ended and another began).
      sv.emplace_back(std::string(), items[k]->value);
    }
    f.message = std::to_string(sources.size()) + " sources agree on " + describe() + ": ";
    std::set<std::string> shown;
    for (std::size_t k = i; k < j; ++k) {
      const std::string s = items[k]->c->source + " \"" + items[k]->c->mention.text + "\"";
      if (shown.insert(s).second) f.message += (shown.size() > 1 ? ", " : "") + s;
    }
    f.message += ".";
    if (voices < sources.size()) {
      f.message +=
          " Copies of one text count once: " + std::to_string(voices) + " independent voices.";
    }
    out.add(std::move(f), sv);
  }
}

void single_source(const std::string& key, const std::vector<const Claim*>& claims,
                   Collector& out) {
  Finding f;
  f.kind = FindingKind::kSingleSource;
  f.severity = Severity::kInfo;
  f.key = key;
  std::vector<std::pair<std::string, std::string>> sv;
  for (const auto* c : claims) {
    f.claims.push_back(c->id);
    const std::string v =
        c->mention.kind == MentionKind::kDate ? c->mention.date_value : c->mention.text;
    f.values.push_back(v);
    f.sources.push_back(c->source);
    sv.emplace_back(c->source, v);
  }
  f.message = "Only " + claims.front()->source + " states this (" + key +
              "); no other source confirms or contradicts it.";
  out.add(std::move(f), sv);
}

/// A clash between two items of a key, by Item::index.
struct Clashing {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  Verdict verdict;
};

/// The slots of a claim that were assumed rather than read (named in a warning), as bits
/// of kAssumedNames: one mask per item, computed once however many clashes it is in.
constexpr std::array<const char*, 7> kAssumedNames{"event",
                                                   "measure",
                                                   "owner",
                                                   "place",
                                                   "the source's date (unknown)",
                                                   "time",
                                                   "what is counted (no check names it)"};

std::uint8_t assumed_slots(const Item& it) {
  const Claim& c = *it.c;
  std::uint8_t mask = 0;
  const auto set = [&](std::size_t bit) { mask = static_cast<std::uint8_t>(mask | (1u << bit)); };
  if (!c.frame.event.value.empty() && c.frame.event.from == Provenance::kAssumed) set(0);
  if (!c.frame.measure.value.empty() && c.frame.measure.from == Provenance::kAssumed) set(1);
  if (!c.frame.owner.value.empty() && c.frame.owner.from == Provenance::kAssumed) set(2);
  if (c.where_implied ||
      (!c.frame.place.value.empty() && c.frame.place.from == Provenance::kAssumed)) {
    set(3);
  }
  if (it.date_unknown) {
    set(4);
  } else if (it.time_implied ||
             (!c.frame.time.value.empty() && c.frame.time.from == Provenance::kAssumed)) {
    set(5);
  }
  if (!c.key_certain) set(6);
  return mask;
}

/// One disagreement: the odd value out (one chain of agreeing claims) against the chain it
/// clashes with.
struct Disagreement {
  std::vector<std::uint32_t> odd;      ///< item indices, sorted, once each
  std::vector<std::uint32_t> against;  ///< item indices, sorted, once each
  std::uint8_t assumed = 0;            ///< assumed_slots of every claim in it
  bool error = true;                   ///< every pair precise, certain, stated in full
  bool went_down = false;
  bool drifted = false;
  bool nearby = false;
  bool edges_only = false;
  bool apart = false;
  bool doubt_time = false;
  bool vague = false;
  bool hedged = false;
};

/// What decides which side of a clash a chain is on: the voices behind it, its latest
/// time, its first claim, and (read only on a tie of voices) how many voices it is at odds
/// with. Chains past those of chains_of are single items, vague or unbounded.
class ChainFacts {
 public:
  ChainFacts(const std::vector<Item>& items, const Conflicts& conflicts)
      : items_(items), conflicts_(conflicts) {}

  /// Adds a chain of `members` (item indices) said by `voices` voices; returns its number.
  std::size_t add(std::vector<std::uint32_t> members, std::size_t voices) {
    std::int64_t t = std::numeric_limits<std::int64_t>::min();
    std::uint32_t r = std::numeric_limits<std::uint32_t>::max();
    for (std::uint32_t k : members) {
      t = std::max(t, items_[k].t_hi);
      r = std::min(r, items_[k].rank);
    }
    support.push_back(voices);
    latest.push_back(t);
    first_rank.push_back(r);
    members_.push_back(std::move(members));
    opposed_.push_back(kUnknown);
    return support.size() - 1;
  }
  [[nodiscard]] std::size_t size() const { return support.size(); }

  /// The distinct voices of the claims that clash with one of the chain's, read from every
  /// conflict (in focus or not, so that a draft check decides as a whole comparison does).
  std::size_t opposition(std::size_t chain) const {
    if (opposed_[chain] == kUnknown) {
      std::vector<std::uint32_t> voices;
      for (std::uint32_t k : members_[chain]) {
        (void)conflicts_.any_of(k, [&](std::size_t other) {
          voices.push_back(items_[other].voice);
          return false;
        });
      }
      std::sort(voices.begin(), voices.end());
      opposed_[chain] =
          static_cast<std::size_t>(std::unique(voices.begin(), voices.end()) - voices.begin());
    }
    return opposed_[chain];
  }

  std::vector<std::size_t> support;
  std::vector<std::int64_t> latest;
  std::vector<std::uint32_t> first_rank;

 private:
  static constexpr std::size_t kUnknown = std::numeric_limits<std::size_t>::max();
  const std::vector<Item>& items_;
  const Conflicts& conflicts_;
  std::vector<std::vector<std::uint32_t>> members_;
  mutable std::vector<std::size_t> opposed_;
};

/// Which of two clashing chains is the odd one out: the one fewer voices say; between
/// equals, the one at odds with more voices (700,000 against both 884,000 of five days
/// before and "over a million" of that day, each said once), then the later (a new figure
/// against what was reported before), then the later id.
bool first_is_odd(std::size_t support_a, std::size_t support_b, std::int64_t latest_a,
                  std::int64_t latest_b, std::size_t ca, std::size_t cb, const ChainFacts& facts) {
  if (support_a != support_b) return support_a < support_b;
  if (ca != cb) {
    const std::size_t oa = facts.opposition(ca);
    const std::size_t ob = facts.opposition(cb);
    if (oa != ob) return oa > ob;
  }
  if (latest_a != latest_b) return latest_a > latest_b;
  return facts.first_rank[ca] > facts.first_rank[cb];
}

/// The disagreements among `clashes` that hold a claim in focus. The clashes of each odd
/// chain (against every chain it clashes with: a stale toll against the two later ones
/// it is below is one disagreement) are split into the groups of claims that clash with
/// one another (a chain holds one value at every time: the 3000s of two days against the
/// 2500s of those days are two disagreements, not one).
///
/// Which side is odd is read from the claims that take part in the clashes of the two
/// chains, not from the whole chains: a toll of 2497 stated on the 11th and again,
/// stale, on the 22nd agrees on its value, but only the 22nd's is below the 13th's 2946;
/// that one voice against one, the later is the odd one.
///
/// A group without a claim in focus gives no finding, so `clashes` holds only those that
/// touch a chain a clash in focus touches (compare_group keeps no other): a draft against
/// a key of 60,000 archive claims (millions of clashes) pays for its own groups only.
std::vector<Disagreement> disagreements_in(const std::vector<Item>& items,
                                           const std::vector<Clashing>& clashes,
                                           const std::vector<std::size_t>& chain_of,
                                           const ChainFacts& facts) {
  // The voices and latest time on each side of each pair of chains (lower chain first):
  // a pair with a chain a clash in focus touches has all its clashes here.
  struct Sides {
    std::vector<std::uint32_t> voices[2];
    std::int64_t latest[2] = {std::numeric_limits<std::int64_t>::min(),
                              std::numeric_limits<std::int64_t>::min()};
    std::size_t count[2] = {0, 0};  ///< distinct voices
  };
  std::map<std::pair<std::size_t, std::size_t>, Sides> sides;
  for (const auto& cl : clashes) {
    std::size_t ca = chain_of[cl.a];
    std::size_t cb = chain_of[cl.b];
    std::uint32_t ia = cl.a;
    std::uint32_t ib = cl.b;
    if (cb < ca) {
      std::swap(ca, cb);
      std::swap(ia, ib);
    }
    auto& sd = sides[{ca, cb}];
    sd.voices[0].push_back(items[ia].voice);
    sd.voices[1].push_back(items[ib].voice);
    sd.latest[0] = std::max(sd.latest[0], items[ia].t_hi);
    sd.latest[1] = std::max(sd.latest[1], items[ib].t_hi);
  }
  for (auto& [pair, sd] : sides) {
    for (int k = 0; k < 2; ++k) {
      auto& v = sd.voices[k];
      std::sort(v.begin(), v.end());
      sd.count[k] = static_cast<std::size_t>(std::unique(v.begin(), v.end()) - v.begin());
      std::vector<std::uint32_t>().swap(v);
    }
  }
  const auto odd_chain_of = [&](const Clashing& cl, bool& odd_first) {
    const std::size_t ca = chain_of[cl.a];
    const std::size_t cb = chain_of[cl.b];
    if (ca == cb) {
      odd_first = first_is_odd(facts.support[ca], facts.support[cb], facts.latest[ca],
                               facts.latest[cb], ca, cb, facts);
    } else {
      const auto& sd = sides.at({std::min(ca, cb), std::max(ca, cb)});
      const int a_side = ca <= cb ? 0 : 1;
      const int b_side = 1 - a_side;
      odd_first = first_is_odd(sd.count[a_side], sd.count[b_side], sd.latest[a_side],
                               sd.latest[b_side], ca, cb, facts);
    }
    return odd_first ? ca : cb;
  };
  // The odd chains of the clashes in focus; then every clash of those chains.
  std::set<std::size_t> wanted;
  for (const auto& cl : clashes) {
    if (!items[cl.a].focus && !items[cl.b].focus) continue;
    bool odd = false;
    wanted.insert(odd_chain_of(cl, odd));
  }
  std::map<std::size_t, std::vector<std::uint32_t>> by_chains;
  std::vector<bool> odd_first(clashes.size());
  for (std::size_t i = 0; i < clashes.size(); ++i) {
    bool odd = false;
    const std::size_t chain = odd_chain_of(clashes[i], odd);
    if (wanted.count(chain) == 0) continue;
    odd_first[i] = odd;
    by_chains[chain].push_back(static_cast<std::uint32_t>(i));
  }
  constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> parent(items.size(), none);  // union-find, reset per group
  std::vector<std::uint32_t> touched;
  std::vector<std::uint8_t> assumed(items.size(), 0);
  std::vector<bool> assumed_known(items.size(), false);
  const auto assumed_of = [&](std::uint32_t k) {
    if (!assumed_known[k]) {
      assumed[k] = assumed_slots(items[k]);
      assumed_known[k] = true;
    }
    return assumed[k];
  };
  std::vector<bool> part_focus(items.size(), false);  // by root
  std::vector<Disagreement> found;
  for (const auto& [chains, list] : by_chains) {
    const auto root = [&](std::uint32_t x) {
      if (parent[x] == none) {
        parent[x] = x;
        touched.push_back(x);
      }
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    for (std::uint32_t i : list) {
      const std::uint32_t ra = root(clashes[i].a);
      const std::uint32_t rb = root(clashes[i].b);
      if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
    }
    for (std::uint32_t i : list) {
      if (items[clashes[i].a].focus || items[clashes[i].b].focus) {
        part_focus[root(clashes[i].a)] = true;
      }
    }
    std::map<std::uint32_t, Disagreement> parts;  // by root: deterministic order
    for (std::uint32_t i : list) {
      const Clashing& cl = clashes[i];
      const std::uint32_t r = root(cl.a);
      if (!part_focus[r]) continue;
      Disagreement& d = parts[r];
      const Item& a = items[cl.a];
      const Item& b = items[cl.b];
      d.odd.push_back(odd_first[i] ? cl.a : cl.b);
      d.against.push_back(odd_first[i] ? cl.b : cl.a);
      const Verdict& v = cl.verdict;
      const bool certain = a.c->key_certain && b.c->key_certain;
      const bool scope_doubt = a.c->where_implied || b.c->where_implied;
      const std::uint8_t slots = static_cast<std::uint8_t>(assumed_of(cl.a) | assumed_of(cl.b));
      d.assumed = static_cast<std::uint8_t>(d.assumed | slots);
      d.error = d.error && a.precise && b.precise && certain && !v.doubt_time && !scope_doubt &&
                slots == 0;
      d.went_down = d.went_down || v.clash == Clash::kWentDown;
      d.drifted = d.drifted || v.clash == Clash::kDriftedFast;
      d.nearby = d.nearby || v.clash == Clash::kNearbyApart;
      d.edges_only = d.edges_only || v.clash == Clash::kEdgesOnly;
      d.apart = d.apart || v.clash == Clash::kApart;
      d.doubt_time = d.doubt_time || v.doubt_time;
      d.vague = d.vague || a.vague || b.vague;
      d.hedged = d.hedged || a.hedged || b.hedged;
    }
    for (auto& [r, d] : parts) {
      for (auto* side : {&d.odd, &d.against}) {
        std::sort(side->begin(), side->end());
        side->erase(std::unique(side->begin(), side->end()), side->end());
      }
      found.push_back(std::move(d));
    }
    for (std::uint32_t x : touched) {
      parent[x] = none;
      part_focus[x] = false;
    }
    touched.clear();
  }
  return found;
}

void report_disagreements(const std::vector<Item>& items, const std::vector<Clashing>& clashes,
                          const std::vector<std::size_t>& chain_of, const ChainFacts& facts,
                          const SubjectInfo& info, const rules::RuleSet& rules, Collector& out) {
  for (const auto& d : disagreements_in(items, clashes, chain_of, facts)) {
    Finding f;
    f.kind = FindingKind::kContradiction;
    const Item& first = items[d.odd.front()];
    f.key = first.c->key;
    f.severity = d.error ? Severity::kError : Severity::kWarning;
    if (info.severity && *info.severity < f.severity) f.severity = *info.severity;
    std::vector<std::pair<std::string, std::string>> sv;
    for (const auto* side : {&d.odd, &d.against}) {
      for (std::uint32_t k : *side) {
        f.claims.push_back(items[k].c->id);
        f.values.push_back(items[k].value);
        f.sources.push_back(items[k].c->source);
        sv.emplace_back(items[k].c->source, items[k].value);
      }
    }
    std::string& m = f.message;
    append_key(m, *first.c, rules);
    m += ": ";
    bool comma = false;
    for (std::uint32_t k : d.odd) {
      if (comma) m += ", ";
      append_say(m, items[k]);
      comma = true;
    }
    m += "; against ";
    comma = false;
    for (std::uint32_t k : d.against) {
      if (comma) m += ", ";
      append_say(m, items[k]);
      comma = true;
    }
    m += "; ";
    if (d.went_down) {
      m += "a running count cannot go down, yet the later figure is below the earlier one";
    } else if (d.apart) {
      m += "the figures cannot both hold for the same thing at the same time: their ranges do "
           "not overlap";
    } else if (d.nearby) {
      m += "a level stated for days this close should agree (its measure declares no rate of "
           "change), yet the ranges do not overlap";
    } else if (d.drifted) {
      m += "a level cannot change that fast: the difference is more than the measure's "
           "declared change per day allows between these dates";
    } else {
      m += "both are estimates and neither figure lies within the other's margin: they meet "
           "only at the edges of their tolerance";
    }
    m += '.';
    if (f.severity != Severity::kError) {
      std::array<const char*, 3> doubts{};
      std::size_t n = 0;
      if (d.vague) doubts[n++] = "a vague quantity";
      if (d.hedged) doubts[n++] = "a hedged figure";
      if (d.drifted || d.nearby) doubts[n++] = "figures of different days";
      if (n > 0 || d.assumed != 0) {
        m += " A warning, not an error: ";
        for (std::size_t i = 0; i < n; ++i) {
          if (i) m += ", ";
          m += doubts[i];
        }
        if (d.assumed != 0) {
          m += n > 0 ? "; assumed, not read: " : "assumed, not read: ";
          bool c2 = false;
          for (std::size_t bit = 0; bit < kAssumedNames.size(); ++bit) {
            if ((d.assumed & (1u << bit)) == 0) continue;
            if (c2) m += ", ";
            m += kAssumedNames[bit];
            c2 = true;
          }
        }
        m += '.';
      }
    }
    out.add(std::move(f), sv);
  }
}

/// Whether two forecasts are of one statement: published within kForecastDays of each
/// other (a period's equality is left to the period-value rule).
bool same_forecast(const Item& a, const Item& b, const Context& ctx) {
  constexpr std::int64_t kForecastDays = 3;
  const auto pa = ctx.sources.find(a.c->source);
  const auto pb = ctx.sources.find(b.c->source);
  if (pa == ctx.sources.end() || pb == ctx.sources.end() || !pa->second->published ||
      !pb->second->published) {
    return false;
  }
  const auto da = util::to_days(*pa->second->published);
  const auto db = util::to_days(*pb->second->published);
  return (da > db ? da - db : db - da) <= kForecastDays;
}

/// Two forecasts of one statement's days: of one period when both state theirs; when one
/// names only the day it was made (or none), the same statement's figure, with doubt
/// ("a deficit of 79 billion in 2024" against "a deficit of 97 billion", both reporting
/// one budget).
Verdict judge_forecasts(const Item& a, const Item& b, double drift) {
  const auto period = [](const Item& x) {
    return x.time_known && !x.time_implied && x.t_hi - x.t_lo > kInstantDays;
  };
  if (period(a) && period(b)) return judge(a, b, Semantics::kPeriodValue, drift);
  Item x = a;
  Item y = b;
  for (Item* it : {&x, &y}) {
    it->time_known = true;
    it->time_implied = false;
    it->t_lo = 0;
    it->t_hi = 0;
  }
  Verdict v = judge(x, y, Semantics::kPeriodValue, drift);
  v.doubt_time = true;
  return v;
}

/// Drops the undated items of one event constant's key when its dated items tell of
/// events further apart than one event lasts (the magnitudes of two quakes in one country,
/// years apart): a figure with no date could be either's, so it meets neither.
void drop_undated_among_events(std::vector<Item>& items) {
  std::int64_t latest_start = std::numeric_limits<std::int64_t>::min();
  std::int64_t earliest_end = std::numeric_limits<std::int64_t>::max();
  for (const auto& it : items) {
    if (it.date_unknown || !it.time_known) continue;
    latest_start = std::max<std::int64_t>(latest_start, it.t_lo);
    earliest_end = std::min<std::int64_t>(earliest_end, it.t_hi);
  }
  if (earliest_end == std::numeric_limits<std::int64_t>::max() ||
      latest_start - earliest_end <= kOneEventDays) {
    return;
  }
  items.erase(
      std::remove_if(items.begin(), items.end(), [](const Item& it) { return it.date_unknown; }),
      items.end());
}

/// Marks the parts of each source's breakdowns: an item below another of its source whose
/// time overlaps its own ("1,845,045 pilgrims, 969,694 of them men"; "2946 dead, 1684 in Al
/// Haouz" when the place was not read). A source with very many items of one key (one large
/// file) is left as it is: the pass over its pairs would be quadratic.
void mark_parts(std::vector<Item>& items) {
  constexpr std::size_t kMaxPerSource = 64;
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return items[a].source_no < items[b].source_no;
  });
  for (std::size_t b = 0; b < order.size();) {
    std::size_t e = b;
    while (e < order.size() && items[order[e]].source_no == items[order[b]].source_no) ++e;
    if (e - b <= kMaxPerSource) {
      for (std::size_t i = b; i < e; ++i) {
        Item& small = items[order[i]];
        if (small.vague) continue;
        for (std::size_t j = b; j < e && !small.part; ++j) {
          const Item& big = items[order[j]];
          const bool overlap = !(small.t_hi < big.t_lo || big.t_hi < small.t_lo);
          if (!big.vague && overlap && big.stated_lo > small.stated_hi * 1.0000001) {
            small.part = true;
          }
        }
      }
    }
    b = e;
  }
}

}  // namespace

bool is_numeric_kind(MentionKind k) {
  return k == MentionKind::kNumber || k == MentionKind::kVague || k == MentionKind::kRange ||
         k == MentionKind::kChange || k == MentionKind::kPercent;
}

void compare_group(const std::string& key, std::vector<const Claim*>& claims, const Context& ctx,
                   GroupFindings& res) {
  const auto by_id = [](const Claim* a, const Claim* b) { return a->id < b->id; };
  // Stored claims come in id order with the few read now after them: sort only what is not.
  const auto sorted_end = std::is_sorted_until(claims.begin(), claims.end(), by_id);
  if (sorted_end != claims.end()) {
    std::sort(sorted_end, claims.end(), by_id);
    std::inplace_merge(claims.begin(), sorted_end, claims.end(), by_id);
  }
  // Each claim's rank (its place in id order) and a number for its source.
  std::vector<std::uint32_t> source_nos(claims.size());
  std::unordered_map<std::string_view, std::uint32_t> numbers;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const std::string& src = claims[i]->source;
    if (i > 0 && claims[i - 1]->source == src) {
      source_nos[i] = source_nos[i - 1];
    } else {
      source_nos[i] =
          numbers.emplace(src, static_cast<std::uint32_t>(numbers.size())).first->second;
    }
  }
  const auto voice_of = [&](const Claim& c, std::uint32_t source_no) -> std::uint32_t {
    // Copies of one text share a voice; other sources are each their own, numbered past
    // every copy group's number.
    if (ctx.voices != nullptr) {
      auto v = ctx.voices->find(c.source);
      if (v != ctx.voices->end()) return v->second;
    }
    return (1u << 31) + source_no;
  };
  const std::string& first_source = claims.front()->source;
  const bool one_source = numbers.size() == 1;
  const bool is_date = claims.front()->mention.kind == MentionKind::kDate;
  // A key whose claims disagree (a contradiction or date inconsistency within one source)
  // is reported as that finding, not again as a claim "no other source contradicts".
  bool disagreed = false;

  if (is_date) {
    std::vector<Item> items;
    items.reserve(claims.size());
    for (std::size_t ci = 0; ci < claims.size(); ++ci) {
      const Claim* c = claims[ci];
      const auto a = day_of(c->mention.earliest);
      const auto b = day_of(c->mention.latest.empty() ? c->mention.earliest : c->mention.latest);
      if (!a || !b) continue;
      Item& it = items.emplace_back();
      it.c = c;
      it.rank = static_cast<std::uint32_t>(ci);
      it.source_no = source_nos[ci];
      it.voice = voice_of(*c, source_nos[ci]);
      it.focus = ctx.in_focus(*c);
      it.lo = static_cast<double>(*a);
      it.hi = static_cast<double>(*b);
      it.value = c->mention.earliest == c->mention.latest || c->mention.latest.empty()
                     ? c->mention.earliest
                     : c->mention.earliest + ".." + c->mention.latest;
      res.event_days.push_back(*a);
    }
    std::vector<const Item*> ptrs;
    for (const auto& it : items) ptrs.push_back(&it);
    const std::string event = claims.front()->event;
    corroborate(
        chains_of(
            ptrs, [](const Item& i) { return i.lo; }, [](const Item& i) { return i.hi; },
            Conflicts()),
        key, [&] { return "the date of the " + words(event) + " (" + key + ")"; }, res.out);
    disagreed = event_day_disagreements(key, event, items, ctx, res.out) || disagreed;
  } else if (is_numeric_kind(claims.front()->mention.kind)) {
    const SubjectInfo info = subject_info(claims.front()->counted, ctx.rules);
    const Semantics semantics = semantics_of(*claims.front(), info);
    const double drift = claims.front()->frame.max_change_per_day;
    // Forecasts and plans (keyed apart from reported figures: `|forecast`) are held only
    // to forecasts of the same stated period made in the same days: two outlets reporting
    // one budget statement must agree; successive projections may not.
    const Modality modality = claims.front()->frame.modality;
    const bool forecast = modality == Modality::kForecast || modality == Modality::kPlan;
    std::vector<Item> items;
    items.reserve(claims.size());
    for (std::size_t ci = 0; ci < claims.size(); ++ci) {
      const Claim* c = claims[ci];
      if (!is_numeric_kind(c->mention.kind)) continue;
      // Limits and history are never held against reported figures, nor forecasts and
      // plans (a key holds one modality).
      if (c->frame.modality != modality || (!forecast && modality != Modality::kActual)) continue;
      auto it = numeric_item(*c, info);
      if (!it) continue;
      it->rank = static_cast<std::uint32_t>(ci);
      it->source_no = source_nos[ci];
      it->voice = voice_of(*c, source_nos[ci]);
      it->focus = ctx.in_focus(*c);
      set_time(*it, *c, info, ctx.sources);
      items.push_back(std::move(*it));
    }
    if (semantics == Semantics::kEventConstant) drop_undated_among_events(items);
    if (items.size() > kMaxPairwise) {
      std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.t_lo != b.t_lo ? a.t_lo < b.t_lo : a.rank < b.rank;
      });
    }
    for (std::size_t i = 0; i < items.size(); ++i) items[i].index = i;
    mark_parts(items);
    const bool all_pairs = items.size() <= kMaxPairwise;
    Conflicts conflicts;
    conflicts.reset(items.size(), all_pairs ? items.size() : kNeighbours);
    std::vector<Clashing> clashes;
    const std::size_t window = all_pairs ? items.size() : kNeighbours;
    // A measure that is someone's (seats) with no owner read is not held to others: the
    // seats of one party are not the seats of another.
    const bool comparable = !info.owner_required || !claims.front()->whose.empty();
    const auto verdict = [&](const Item& a, const Item& b) {
      return forecast ? judge_forecasts(a, b, drift)
                      : judge(a, b, semantics, drift, info.distinct_beyond);
    };
    // With a focus (a draft against the archive), a clash of two claims out of it is kept
    // as a conflict only, which the chains need; its verdict is made again below for the
    // few a finding in focus can hold. A key of 60,000 claims has some two million.
    const bool focused = !ctx.scope.focus.empty();
    bool deferred = false;
    for (std::size_t i = 0; i < items.size() && comparable; ++i) {
      for (std::size_t j = i + 1; j < items.size() && j <= i + window; ++j) {
        if (forecast && !same_forecast(items[i], items[j], ctx)) continue;
        const Verdict v = verdict(items[i], items[j]);
        if (v.clash == Clash::kNone) continue;
        conflicts.add(i, j);
        if (focused && !items[i].focus && !items[j].focus) {
          deferred = true;
          continue;
        }
        clashes.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), v});
      }
    }
    std::vector<const Item*> agreeing;
    for (const auto& it : items) {
      if (!it.vague) agreeing.push_back(&it);
    }
    const Chains chains = chains_of(
        agreeing, [](const Item& i) { return i.agree_lo; },
        [](const Item& i) { return i.agree_hi; }, conflicts);
    const Claim& first = *claims.front();
    corroborate(
        chains, key, [&] { return describe_key(first, ctx.rules); }, res.out);
    if (!clashes.empty()) {
      // Each item's chain (an item in no chain, vague or unbounded, is one of its own),
      // with the voices behind it, its latest time and its first claim.
      constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
      std::vector<std::size_t> chain_of(items.size(), npos);
      ChainFacts facts(items, conflicts);
      for (const auto& [b, e] : chains.spans) {
        std::vector<std::uint32_t> members;
        members.reserve(e - b);
        for (std::size_t k = b; k < e; ++k) {
          members.push_back(static_cast<std::uint32_t>(chains.order[k]->index));
        }
        const std::size_t n = facts.add(members, voices_in(chains.order, b, e));
        for (std::uint32_t k : members) chain_of[k] = n;
      }
      for (const auto& it : items) {
        if (chain_of[it.index] != npos) continue;
        chain_of[it.index] = facts.add({static_cast<std::uint32_t>(it.index)}, 1);
      }
      // The clashes out of focus a finding in focus reads: those of the chains a clash in
      // focus touches (the odd chain of a finding is one side of a clash in focus). Without
      // a focus every claim is in it, and every clash is kept already.
      if (deferred) {
        std::vector<bool> candidate(facts.size(), false);
        for (const auto& cl : clashes) candidate[chain_of[cl.a]] = candidate[chain_of[cl.b]] = true;
        for (const auto& it : items) {
          if (!candidate[chain_of[it.index]] || it.focus) continue;
          (void)conflicts.any_of(it.index, [&](std::size_t other) {
            const Item& o = items[other];
            // A clash with an item in focus is kept already; one of two candidates' items
            // is added from the earlier.
            if (o.focus || (candidate[chain_of[other]] && other < it.index)) return false;
            const std::size_t a = std::min(it.index, other);
            const std::size_t b = std::max(it.index, other);
            clashes.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b),
                               verdict(items[a], items[b])});
            return false;
          });
        }
        std::sort(clashes.begin(), clashes.end(), [](const Clashing& x, const Clashing& y) {
          return x.a != y.a ? x.a < y.a : x.b < y.b;
        });
      }
      report_disagreements(items, clashes, chain_of, facts, info, ctx.rules, res.out);
      disagreed = true;
    }
  } else {
    return;
  }
  if (one_source && !disagreed && ctx.several_sources && first_source.rfind("fact:", 0) != 0 &&
      ctx.in_focus(*claims.front())) {
    single_source(key, claims, res.out);
  }
}
}  // namespace fc::compare::detail
