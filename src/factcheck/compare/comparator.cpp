#include "factcheck/compare/comparator.hpp"

// Header-only xxHash: no library to link.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>

#include "factcheck/util/civil_date.hpp"
#include "factcheck/util/parallel.hpp"

namespace fc::compare {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
/// Largest group compared pair by pair; beyond it each claim meets its neighbours only.
constexpr std::size_t kMaxPairwise = 300;
constexpr std::size_t kNeighbours = 50;

/// What a claim's counted noun is: the flags of the subjects it is made of.
struct SubjectInfo {
  bool cumulative = false;
  bool constant = false;
  rules::Tolerance tolerance;
  std::optional<Severity> severity;
};

SubjectInfo subject_info(const std::string& counted, const rules::RuleSet& rules) {
  SubjectInfo info;
  info.tolerance = rules.tolerance;
  std::string base = counted.substr(0, counted.find('['));
  std::size_t pos = 0;
  bool tolerance_set = false;
  while (pos <= base.size()) {
    std::size_t sp = base.find(' ', pos);
    if (sp == std::string::npos) sp = base.size();
    const auto* s = rules.subject(std::string_view(base).substr(pos, sp - pos));
    if (s != nullptr) {
      info.cumulative = info.cumulative || s->cumulative;
      info.constant = info.constant || s->constant;
      // The measure (last word) decides the tolerance when it sets one.
      if (s->tolerance && (!tolerance_set || s->role == rules::SubjectRole::kMeasure)) {
        info.tolerance = *s->tolerance;
        tolerance_set = true;
      }
      if (s->severity && (!info.severity || *s->severity < *info.severity))
        info.severity = s->severity;
    }
    pos = sp + 1;
  }
  return info;
}

std::optional<std::int64_t> day_of(const std::string& iso) {
  if (iso.size() < 10) return std::nullopt;
  const auto d = util::parse_iso(std::string_view(iso).substr(0, 10));
  if (!d) return std::nullopt;
  return util::to_days(*d);
}

std::string fmt(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    // What "%.0f" prints, without printf's arbitrary-precision path (a few hundred
    // thousand findings format their figures).
    if (v == 0 && std::signbit(v)) return "-0";
    const auto end = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v)).ptr;
    return std::string(buf, end);
  } else {
    std::snprintf(buf, sizeof buf, "%.6g", v);
  }
  return buf;
}

/// Half the unit of the last written digit, as statcheck reads a rounded figure: "2,500"
/// may stand for [2450, 2550); capped at 5% so a round thousand is not a wide guess.
double rounding_half(double v, int significant_digits) {
  const double a = std::fabs(v);
  if (a == 0) return 0;
  if (a != std::floor(a)) {
    // Decimals: 8.5 was rounded to one decimal.
    for (int d = 1; d <= 6; ++d) {
      const double scale = std::pow(10.0, d);
      if (std::fabs(a * scale - std::round(a * scale)) < 1e-6) return 0.5 / scale;
    }
    return 0;
  }
  if (a < 100) return 0;  // small counts are exact
  int exp = 0;
  if (significant_digits > 0) {
    const int digits = static_cast<int>(std::floor(std::log10(a))) + 1;
    exp = std::max(0, digits - significant_digits);
  } else {
    double x = a;
    while (x >= 10 && std::fmod(x, 10.0) == 0) {
      x /= 10;
      ++exp;
    }
  }
  if (exp == 0) return 0;
  return std::min(0.5 * std::pow(10.0, exp), 0.05 * a);
}

struct Item {
  const Claim* c = nullptr;
  double lo = 0;
  double hi = 0;
  bool precise = true;  ///< exact or an explicit range: not hedged, not vague
  bool vague = false;
  bool hedged = false;
  bool about = false;    ///< hedged as an estimate (نحو, about), not as a bound
  double stated_lo = 0;  ///< the figure as written, before any margin
  double stated_hi = 0;
  bool time_known = false;
  bool time_implied = false;   ///< the publication date stood in for an unknown time
  bool level_implied = false;  ///< ... for a level that can change (troops deployed)
  bool focus = true;           ///< its source is in the scope's focus (always, without one)
  std::int64_t t_lo = 0;
  std::int64_t t_hi = 0;
  std::string value;      ///< canonical value text (fingerprints, messages)
  std::size_t index = 0;  ///< where it stands in its key's items, once they are ordered
  /// Its claim's place in the key's claims sorted by id: orders as the id does, without
  /// comparing strings (a large key sorts and pairs millions of times).
  std::uint32_t rank = 0;
  std::uint32_t source_no = 0;  ///< equal for two items exactly when their sources are
};

/// The value interval of a numeric claim; nullopt when it holds no comparable value.
std::optional<Item> numeric_item(const Claim& c, const SubjectInfo& info) {
  const Mention& m = c.mention;
  Item it;
  it.c = &c;
  double lo = 0;
  double hi = 0;
  switch (m.kind) {
    case MentionKind::kChange: {
      // The "to" value holds as of the mention's time; the "from" value held before it.
      if (!m.to) return std::nullopt;
      lo = hi = *m.to;
      break;
    }
    case MentionKind::kVague:
      if (!m.low || !m.high) return std::nullopt;
      lo = *m.low;
      hi = *m.high;
      it.vague = true;
      it.precise = false;
      break;
    default:
      if (m.value) {
        lo = hi = *m.value;
      } else if (m.low && m.high) {
        lo = *m.low;
        hi = *m.high;
      } else {
        return std::nullopt;
      }
  }
  const bool exact_point = lo == hi;
  if (m.hedge != Hedge::kNone || (m.approximate && !it.vague)) {
    it.hedged = true;
    it.precise = false;
  }
  it.value = exact_point ? fmt(lo) : fmt(lo) + "-" + fmt(hi);
  it.stated_lo = lo;
  it.stated_hi = hi;
  it.about = it.hedged && !it.vague && (m.hedge == Hedge::kAbout || m.hedge == Hedge::kNone);
  switch (m.hedge) {
    case Hedge::kMoreThan:
    case Hedge::kAtLeast:
      hi = kInf;
      break;
    case Hedge::kLessThan:
    case Hedge::kAtMost:
      lo = -kInf;
      break;
    case Hedge::kAbout:
    case Hedge::kNone:
      if (it.hedged) {
        lo -= std::fabs(lo) * info.tolerance.hedge;
        hi += std::fabs(hi) * info.tolerance.hedge;
      }
      break;
  }
  if (!it.vague) {
    const int sig = m.significant_digits;
    if (std::isfinite(lo)) lo -= rounding_half(lo, sig);
    if (std::isfinite(hi)) hi += rounding_half(hi, sig);
  }
  if (std::isfinite(lo)) lo -= std::fabs(lo) * info.tolerance.relative + info.tolerance.absolute;
  if (std::isfinite(hi)) hi += std::fabs(hi) * info.tolerance.relative + info.tolerance.absolute;
  it.lo = lo;
  it.hi = hi;
  return it;
}

/// How long an undated level ("تحتفظ بـ2500 جندي") is taken to hold before publication.
constexpr std::int64_t kLevelDays = 7;

void set_time(Item& it, const Claim& c, const SubjectInfo& info,
              const std::unordered_map<std::string, const Source*>& sources) {
  if (!c.as_of_earliest.empty()) {
    const auto a = day_of(c.as_of_earliest);
    const auto b = day_of(c.as_of_latest.empty() ? c.as_of_earliest : c.as_of_latest);
    if (a && b) {
      it.time_known = true;
      it.t_lo = *a;
      it.t_hi = *b;
      return;
    }
  }
  // A figure stated without a date is read as of the publication day, with doubt (a
  // warning at most): a running count (a toll), a value that cannot change, and a level
  // that can (troops deployed), which articles of the same week should agree on.
  auto s = sources.find(c.source);
  if (s != sources.end() && s->second->published) {
    it.time_known = true;
    it.time_implied = true;
    it.t_lo = it.t_hi = util::to_days(*s->second->published);
    // A fixed value of one event (a magnitude, a turnout) reported without a date is
    // about a recent event: the month before publication. A level holds for some days.
    if (info.constant) {
      it.t_lo -= 30;
    } else if (!info.cumulative) {
      it.t_lo -= kLevelDays;
      it.level_implied = true;
    }
  }
}

std::string hex64(std::uint64_t v) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = kHex[v & 0xF];
  return out;
}

std::string day_text(std::int64_t d) { return util::to_iso(util::from_days(d)); }

void append_time(std::string& out, const Item& it) {
  if (!it.time_known) return;
  if (it.time_implied) {
    out += " (no date given; published ";
    out += day_text(it.t_hi);
    out += ')';
  } else {
    out += " as of ";
    out += day_text(it.t_lo);
    if (it.t_lo != it.t_hi) {
      out += "..";
      out += day_text(it.t_hi);
    }
  }
}

std::string words(std::string s) {
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

void append_key(std::string& out, const Claim& c) {
  out += '"';
  const std::size_t counted = out.size();
  out += c.counted;
  std::replace(out.begin() + static_cast<std::ptrdiff_t>(counted), out.end(), '_', ' ');
  out += '"';
  if (!c.whose.empty()) {
    out += " (";
    for (std::size_t i = 0; i < c.whose.size(); ++i) {
      if (i) out += ", ";
      out += c.whose[i];
    }
    out += ')';
  }
  if (!c.where.empty()) {
    out += " in ";
    for (std::size_t i = 0; i < c.where.size(); ++i) {
      if (i) out += " and ";
      out += c.where[i];
    }
    if (c.where_implied) out += " (assumed: the article's main place)";
  }
}

std::string describe_key(const Claim& c) {
  std::string out;
  append_key(out, c);
  return out;
}

void append_say(std::string& out, const Item& it) {
  out += it.c->source;
  out += " says \"";
  out += it.c->mention.text;
  out += '"';
  if (!std::isinf(it.lo) && !std::isinf(it.hi)) {
    out += " [";
    out += fmt(it.lo);
    out += ", ";
    out += fmt(it.hi);
    out += ']';
  }
  append_time(out, it);
}

class Collector {
 public:
  void add(Finding f, const std::vector<std::pair<std::string, std::string>>& source_values) {
    // Fingerprint: what the finding is, never where it stands.
    std::vector<std::string> parts;
    parts.reserve(source_values.size());
    std::size_t size = f.key.size() + 32;
    for (const auto& [s, v] : source_values) {
      std::string& p = parts.emplace_back();
      p.reserve(s.size() + 1 + v.size());
      p += s;
      p += '=';
      p += v;
      size += p.size() + 1;
    }
    std::sort(parts.begin(), parts.end());
    parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
    std::string material;
    material.reserve(size);
    material += to_string(f.kind);
    material += '\n';
    material += f.key;
    material += '\n';
    for (const auto& p : parts) {
      material += p;
      material += '\n';
    }
    const std::uint64_t hash = XXH3_64bits(material.data(), material.size());
    f.id = hex64(hash);
    std::sort(f.sources.begin(), f.sources.end());
    f.sources.erase(std::unique(f.sources.begin(), f.sources.end()), f.sources.end());
    merge(std::move(f), hash);
  }

  /// Takes `other`'s findings in the order they were made there, each as if it had been
  /// added here (merged with one of the same id): a key's findings are collected on their
  /// own, then taken in key order, and come out as from one collector.
  void absorb(Collector&& other) {
    for (std::size_t i = 0; i < other.findings_.size(); ++i) {
      merge(std::move(other.findings_[i]), other.hashes_[i]);
    }
    other.findings_.clear();
    other.hashes_.clear();
    other.slots_.clear();
  }

  /// Room for `n` findings in all (those taken in later, too).
  void reserve(std::size_t n) {
    findings_.reserve(n);
    hashes_.reserve(n);
    if (n * 2 > slots_.size()) rehash(n * 2);
  }

  [[nodiscard]] std::size_t size() const { return findings_.size(); }

  std::vector<Finding> take() { return std::move(findings_); }

 private:
  /// `f` fingerprinted (its id is hex64(hash)) and its sources sorted.
  void merge(Finding f, std::uint64_t hash) {
    if ((findings_.size() + 1) * 2 > slots_.size())
      rehash(std::max<std::size_t>(16, slots_.size() * 2));
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = static_cast<std::size_t>(hash) & mask;
    while (slots_[slot] != 0 && hashes_[slots_[slot] - 1] != hash) slot = (slot + 1) & mask;
    if (slots_[slot] == 0) {
      findings_.push_back(std::move(f));
      hashes_.push_back(hash);
      slots_[slot] = findings_.size();
      return;
    }
    // Same finding again (another occurrence of the same values): merge its claims.
    Finding& g = findings_[slots_[slot] - 1];
    for (std::size_t i = 0; i < f.claims.size(); ++i) {
      if (std::find(g.claims.begin(), g.claims.end(), f.claims[i]) == g.claims.end()) {
        g.claims.push_back(f.claims[i]);
        g.values.push_back(i < f.values.size() ? f.values[i] : "");
      }
    }
    if (f.severity > g.severity) g.severity = f.severity;
  }

  /// Slots for at least `size` findings (rounded up to a power of two), placed again.
  void rehash(std::size_t size) {
    std::size_t n = 16;
    while (n < size) n *= 2;
    slots_.assign(n, 0);
    const std::size_t mask = n - 1;
    for (std::size_t i = 0; i < hashes_.size(); ++i) {
      std::size_t slot = static_cast<std::size_t>(hashes_[i]) & mask;
      while (slots_[slot] != 0) slot = (slot + 1) & mask;
      slots_[slot] = i + 1;
    }
  }

  std::vector<Finding> findings_;
  std::vector<std::uint64_t> hashes_;  ///< the fingerprint of each finding, as a number
  /// The findings by fingerprint: open addressing on the fingerprint's low bits (an XXH3
  /// hash), 1 + the finding's index, 0 for none; at most half full. A node per finding
  /// (std::unordered_map) was a third of taking 195,000 findings in one by one.
  std::vector<std::size_t> slots_;
};

/// Sorts a finding's claims (and their values) by claim id.
void sort_claims(Finding& f) {
  std::vector<std::size_t> order(f.claims.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return f.claims[a] < f.claims[b]; });
  std::vector<std::string> claims;
  std::vector<std::string> values;
  claims.reserve(order.size());
  values.reserve(order.size());
  for (std::size_t i : order) {
    claims.push_back(std::move(f.claims[i]));
    values.push_back(i < f.values.size() ? std::move(f.values[i]) : std::string());
  }
  f.claims = std::move(claims);
  f.values = std::move(values);
}

/// Two estimates ("نحو 2500", "about 3,000") agree when one's stated figure lies within
/// the other's margin; when they touch only at the edges of both margins, they disagree.
bool estimates_meet(const Item& a, const Item& b) {
  return (a.stated_hi >= b.lo && a.stated_lo <= b.hi) ||
         (b.stated_hi >= a.lo && b.stated_lo <= a.hi);
}

/// Whether two claims of one key contradict; reports it unless `report` is false (a pair
/// outside the scope's focus, still needed to split chains of agreement as a full run does).
bool compare_pair(const Item& a, const Item& b, const SubjectInfo& info, Collector& out,
                  bool report = true) {
  if (a.c == b.c) return false;
  bool doubt_time = false;
  bool went_down = false;
  if (info.constant) {
    // One event's value: different times are different events (the 2018 turnout is not
    // the 2021 one); a claim with no time at all is compared, with doubt.
    if (a.time_known && b.time_known && (a.t_hi < b.t_lo || b.t_hi < a.t_lo)) return false;
    doubt_time = !a.time_known || !b.time_known || a.time_implied || b.time_implied;
  } else {
    if (!a.time_known || !b.time_known) return false;
    // Undated levels in one article are most often of different owners or parts ("73 seats"
    // for one party, "17" for another): only other articles are held to them.
    if ((a.level_implied || b.level_implied) && a.source_no == b.source_no) return false;
    doubt_time = a.time_implied || b.time_implied;
    const bool overlap = !(a.t_hi < b.t_lo || b.t_hi < a.t_lo);
    if (!overlap) {
      if (!info.cumulative) return false;
      // A running count cannot fall: the later figure must reach the earlier one.
      const Item& early = a.t_hi < b.t_lo ? a : b;
      const Item& late = a.t_hi < b.t_lo ? b : a;
      if (late.hi >= early.lo) return false;
      went_down = true;
    }
  }
  const bool apart = a.hi < b.lo || b.hi < a.lo;
  const bool edges_only = !went_down && !apart && a.about && b.about && !estimates_meet(a, b);
  if (!went_down && !apart && !edges_only) return false;
  if (!report) return true;
  Finding f;
  f.kind = FindingKind::kContradiction;
  f.key = a.c->key;
  const bool certain = a.c->key_certain && b.c->key_certain;
  const bool scope_doubt = a.c->where_implied || b.c->where_implied;
  f.severity = (a.precise && b.precise && certain && !doubt_time && !scope_doubt)
                   ? Severity::kError
                   : Severity::kWarning;
  if (info.severity && *info.severity < f.severity) f.severity = *info.severity;
  f.claims = {a.c->id, b.c->id};
  f.values = {a.value, b.value};
  f.sources = {a.c->source, b.c->source};
  const char* why = nullptr;
  if (went_down) {
    why = "a running count cannot go down, yet the later figure is below the earlier one";
  } else if (edges_only) {
    why =
        "both are estimates and neither figure lies within the other's margin: they meet only "
        "at the edges of their tolerance";
  } else {
    why =
        "the figures cannot both hold for the same thing at the same time: their ranges do "
        "not overlap";
  }
  std::array<const char*, 5> doubts{};
  std::size_t n_doubts = 0;
  if (a.vague || b.vague) doubts[n_doubts++] = "a vague quantity";
  if (a.hedged || b.hedged) doubts[n_doubts++] = "a hedged figure";
  if (doubt_time) doubts[n_doubts++] = "a time not stated";
  if (scope_doubt) doubts[n_doubts++] = "a place not stated";
  if (!certain) doubts[n_doubts++] = "a subject no check names";
  std::string& m = f.message;
  append_key(m, *a.c);
  m += ": ";
  append_say(m, a);
  m += ", ";
  append_say(m, b);
  m += "; ";
  m += why;
  m += '.';
  if (n_doubts > 0) {
    m += " A warning, not an error: ";
    for (std::size_t i = 0; i < n_doubts; ++i) {
      if (i) m += ", ";
      m += doubts[i];
    }
    m += '.';
  }
  out.add(std::move(f), {{a.c->source, a.value}, {b.c->source, b.value}});
  return true;
}

/// Pairs of a key's items reported as contradicting each other, by `Item::index`. An item
/// is paired only with the `window` items after it (all of them in a small key, its
/// neighbours in a large one), so a pair is one bit in the earlier item's row: a key of
/// 60,000 claims has over a million such pairs, which as a list took 35 MB of fresh memory
/// per draft check and as bits take 480 KB.
class Conflicts {
 public:
  /// Room for `items` items, each paired with at most the `window` after it; no pair yet.
  void reset(std::size_t items, std::size_t window) {
    window_ = window;
    words_ = (window + 63) / 64;
    bits_.assign(items * words_, 0);
    any_ = false;
  }
  /// Records that items `a` and `b` contradict (|a - b| at most the window).
  void add(std::size_t a, std::size_t b) {
    if (b < a) std::swap(a, b);
    const std::size_t d = b - a - 1;
    bits_[a * words_ + d / 64] |= std::uint64_t{1} << (d % 64);
    any_ = true;
  }
  [[nodiscard]] bool empty() const { return !any_; }
  /// Whether `fn(other)` holds for some item `other` that `item` contradicts.
  template <class Fn>
  [[nodiscard]] bool any_of(std::size_t item, Fn fn) const {
    if (!any_) return false;
    for (std::size_t w = 0; w < words_; ++w) {  // the later items
      for (std::uint64_t word = bits_[item * words_ + w]; word != 0; word &= word - 1) {
        if (fn(item + 1 + w * 64 + static_cast<std::size_t>(std::countr_zero(word)))) return true;
      }
    }
    for (std::size_t k = item > window_ ? item - window_ : 0; k < item; ++k) {  // the earlier
      const std::size_t d = item - k - 1;
      if (((bits_[k * words_ + d / 64] >> (d % 64)) & 1) != 0 && fn(k)) return true;
    }
    return false;
  }

 private:
  std::size_t window_ = 0;
  std::size_t words_ = 0;
  std::vector<std::uint64_t> bits_;  ///< row i: bit d set when items i and i + 1 + d contradict
  bool any_ = false;
};

/// Corroboration: chains of overlapping intervals holding two or more sources. A claim that
/// contradicts one already in the chain starts a new chain: agreeing and disagreeing at
/// once would make the report say both.
template <class GetLo, class GetHi, class Describe>
void corroborate(std::vector<const Item*> items, GetLo lo, GetHi hi, const std::string& key,
                 Describe describe, Collector& out, const Conflicts& conflicts = Conflicts()) {
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
      reach = std::max(reach, hi(*items[j]));
      ++j;
    }
    // Outside the focus a chain is skipped before anything is built for it.
    bool focus = false;
    for (std::size_t k = i; k < j && !focus; ++k) focus = items[k]->focus;
    std::set<std::string_view> sources;  // views of the claims' own source ids
    if (focus) {
      for (std::size_t k = i; k < j; ++k) sources.insert(items[k]->c->source);
    }
    if (sources.size() >= 2) {
      Finding f;
      f.kind = FindingKind::kCorroboration;
      f.severity = Severity::kInfo;
      f.key = key;
      std::vector<std::pair<std::string, std::string>> sv;
      for (std::size_t k = i; k < j; ++k) {
        f.claims.push_back(items[k]->c->id);
        f.values.push_back(items[k]->value);
        f.sources.push_back(items[k]->c->source);
        sv.emplace_back(items[k]->c->source, items[k]->value);
      }
      f.message = std::to_string(sources.size()) + " sources agree on " + describe() + ": ";
      std::set<std::string> shown;
      for (std::size_t k = i; k < j; ++k) {
        const std::string s = items[k]->c->source + " \"" + items[k]->c->mention.text + "\"";
        if (shown.insert(s).second) f.message += (shown.size() > 1 ? ", " : "") + s;
      }
      f.message += ".";
      out.add(std::move(f), sv);
    }
    i = j;
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

bool is_numeric_kind(MentionKind k) {
  return k == MentionKind::kNumber || k == MentionKind::kVague || k == MentionKind::kRange ||
         k == MentionKind::kChange || k == MentionKind::kPercent;
}

/// What the comparison of the whole set needs, the same for every key.
struct Context {
  const rules::RuleSet& rules;
  const std::unordered_map<std::string, const Source*>& sources;  ///< by id
  const Scope& scope;
  bool several_sources = false;

  [[nodiscard]] bool in_focus(const Claim& c) const {
    return scope.focus.empty() || scope.focus.count(c.source) != 0;
  }
};

/// What one key's claims give on their own.
struct GroupFindings {
  Collector out;
  std::vector<std::int64_t> event_days;  ///< a date key: the earliest day of each dated claim
};

/// Compares the claims of one key (sorted here by id): the findings of that key alone,
/// which read nothing another key's comparison writes, so keys can be compared at once.
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
  const std::string& first_source = claims.front()->source;
  const bool one_source = numbers.size() == 1;
  const bool is_date = claims.front()->mention.kind == MentionKind::kDate;

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
        ptrs, [](const Item& i) { return i.lo; }, [](const Item& i) { return i.hi; }, key,
        [&] { return "the date of the " + words(event) + " (" + key + ")"; }, res.out);
    const auto* ev = ctx.rules.event(event);
    if (ev != nullptr && ev->unique) {
      for (std::size_t i = 0; i < items.size() && i < kMaxPairwise; ++i) {
        for (std::size_t j = i + 1; j < items.size() && j < kMaxPairwise; ++j) {
          const Item& a = items[i];
          const Item& b = items[j];
          if ((a.focus || b.focus) && (a.hi < b.lo || b.hi < a.lo)) {
            Finding f;
            f.kind = FindingKind::kDateInconsistency;
            f.severity = Severity::kWarning;
            f.key = key;
            f.claims = {a.c->id, b.c->id};
            f.values = {a.value, b.value};
            f.sources = {a.c->source, b.c->source};
            f.message = "The " + words(event) + " happened once, but " + a.c->source +
                        " dates it \"" + a.c->mention.text + "\" (" + a.value + ") and " +
                        b.c->source + " dates it \"" + b.c->mention.text + "\" (" + b.value + ").";
            res.out.add(std::move(f), {{a.c->source, a.value}, {b.c->source, b.value}});
          }
        }
      }
    }
  } else if (is_numeric_kind(claims.front()->mention.kind)) {
    const SubjectInfo info = subject_info(claims.front()->counted, ctx.rules);
    std::vector<Item> items;
    items.reserve(claims.size());
    for (std::size_t ci = 0; ci < claims.size(); ++ci) {
      const Claim* c = claims[ci];
      if (!is_numeric_kind(c->mention.kind)) continue;
      auto it = numeric_item(*c, info);
      if (!it) continue;
      it->rank = static_cast<std::uint32_t>(ci);
      it->source_no = source_nos[ci];
      it->focus = ctx.in_focus(*c);
      set_time(*it, *c, info, ctx.sources);
      items.push_back(std::move(*it));
    }
    Conflicts conflicts;
    const auto pair = [&](const Item& a, const Item& b) {
      if (compare_pair(a, b, info, res.out, a.focus || b.focus)) conflicts.add(a.index, b.index);
    };
    if (items.size() > kMaxPairwise) {
      std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.t_lo != b.t_lo ? a.t_lo < b.t_lo : a.rank < b.rank;
      });
    }
    for (std::size_t i = 0; i < items.size(); ++i) items[i].index = i;
    const bool all_pairs = items.size() <= kMaxPairwise;
    conflicts.reset(items.size(), all_pairs ? items.size() : kNeighbours);
    if (all_pairs) {
      for (std::size_t i = 0; i < items.size(); ++i) {
        for (std::size_t j = i + 1; j < items.size(); ++j) pair(items[i], items[j]);
      }
    } else {
      for (std::size_t i = 0; i < items.size(); ++i) {
        for (std::size_t j = i + 1; j < items.size() && j <= i + kNeighbours; ++j) {
          pair(items[i], items[j]);
        }
      }
    }
    std::vector<const Item*> agreeing;
    for (const auto& it : items) {
      if (!it.vague && std::isfinite(it.lo) && std::isfinite(it.hi)) agreeing.push_back(&it);
    }
    const Claim& first = *claims.front();
    corroborate(
        agreeing, [](const Item& i) { return i.lo; }, [](const Item& i) { return i.hi; }, key,
        [&] { return describe_key(first); }, res.out, conflicts);
  } else {
    return;
  }
  if (one_source && ctx.several_sources && first_source.rfind("fact:", 0) != 0 &&
      ctx.in_focus(*claims.front())) {
    single_source(key, claims, res.out);
  }
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
  const Context ctx{rules, by_id, scope, several_sources};

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
