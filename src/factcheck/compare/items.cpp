#include "factcheck/compare/items.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string_view>

#include "factcheck/util/civil_date.hpp"

namespace fc::compare::detail {

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
      info.owner_required = info.owner_required || s->owner_required;
      if (s->distinct_beyond > 0) info.distinct_beyond = s->distinct_beyond;
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
  // A vague word names an order of magnitude, loosely from below: writers say "hundreds"
  // of 113 dead and "dozens" of 20, not "tens of thousands" of 185,000. A figure under
  // half its lower bound, or over its upper one, is another order.
  if (it.vague) lo /= 2;
  // "Millions" ("ملايين المتضررين") is said of any count of millions, tens of them too: of
  // the 33 million affected by floods. Nothing larger is common in news to say them with.
  constexpr double kMillion = 1e6;
  if (it.vague && it.stated_lo >= kMillion && it.stated_hi < 10 * kMillion) hi = 100 * kMillion - 1;
  if (!it.vague) {
    const int sig = m.significant_digits;
    if (std::isfinite(lo)) lo -= rounding_half(lo, sig);
    if (std::isfinite(hi)) hi += rounding_half(hi, sig);
  }
  it.agree_lo = lo;
  it.agree_hi = hi;
  if (!it.vague && (!std::isfinite(lo) || !std::isfinite(hi))) {
    it.agree_lo = it.stated_lo - rounding_half(it.stated_lo, m.significant_digits);
    it.agree_hi = it.stated_hi + rounding_half(it.stated_hi, m.significant_digits);
  }
  if (std::isfinite(lo)) lo -= std::fabs(lo) * info.tolerance.relative + info.tolerance.absolute;
  if (std::isfinite(hi)) hi += std::fabs(hi) * info.tolerance.relative + info.tolerance.absolute;
  it.lo = lo;
  it.hi = hi;
  return it;
}

namespace {

/// The hours a TIMEX3 time after a day names ("…TMO", "…T18:07"), from the as-of text.
void set_minutes(Item& it, const std::string& as_of) {
  if (as_of.size() < 12 || as_of[10] != 'T') return;
  const std::string_view t = std::string_view(as_of).substr(11);
  // A clock is a point; a part of the day its customary hours (TIMEX3 leaves them open).
  if (t.size() == 5 && t[2] == ':') {
    const int h = (t[0] - '0') * 10 + (t[1] - '0');
    const int m = (t[3] - '0') * 10 + (t[4] - '0');
    it.minute_lo = it.minute_hi = h * 60 + m;
    return;
  }
  static constexpr std::array<std::pair<std::string_view, std::pair<int, int>>, 5> kParts = {{
      {"MO", {0 * 60, 12 * 60}},  // dawn counts as the morning
      {"MI", {11 * 60, 14 * 60}},
      {"AF", {12 * 60, 18 * 60}},
      {"EV", {17 * 60, 24 * 60}},
      {"NI", {20 * 60, 24 * 60}},
  }};
  for (const auto& [name, range] : kParts) {
    if (t == name) {
      it.minute_lo = range.first;
      it.minute_hi = range.second;
    }
  }
}

}  // namespace

bool apart_in_the_day(const Item& a, const Item& b, const Item** first) {
  if (a.t_lo != a.t_hi || b.t_lo != b.t_hi || a.t_lo != b.t_lo) return false;
  if (a.minute_lo < 0 || b.minute_lo < 0) return false;
  // Two hours apart at least: "morning" and "noon" may be one statement's.
  constexpr int kApart = 120;
  if (a.minute_hi + kApart <= b.minute_lo) {
    if (first != nullptr) *first = &a;
    return true;
  }
  if (b.minute_hi + kApart <= a.minute_lo) {
    if (first != nullptr) *first = &b;
    return true;
  }
  return false;
}

void set_time(Item& it, const Claim& c, const SubjectInfo& info,
              const std::unordered_map<std::string, const Source*>& sources) {
  if (!c.as_of_earliest.empty()) {
    const auto a = day_of(c.as_of_earliest);
    const auto b = day_of(c.as_of_latest.empty() ? c.as_of_earliest : c.as_of_latest);
    if (a && b) {
      it.time_known = true;
      it.t_lo = *a;
      it.t_hi = *b;
      if (*a == *b) set_minutes(it, c.as_of_earliest);
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
    return;
  }
  // No date anywhere (SPEC.md: a source with no date in the manifest or text takes part
  // on what it says): any time, with doubt.
  it.time_known = true;
  it.time_implied = true;
  it.date_unknown = true;
  it.t_lo = std::numeric_limits<std::int32_t>::min();
  it.t_hi = std::numeric_limits<std::int32_t>::max();
  if (!info.cumulative && !info.constant) it.level_implied = true;
}
bool estimates_meet(const Item& a, const Item& b) {
  return (a.stated_hi >= b.lo && a.stated_lo <= b.hi) ||
         (b.stated_hi >= a.lo && b.stated_lo <= a.hi);
}

}  // namespace fc::compare::detail
