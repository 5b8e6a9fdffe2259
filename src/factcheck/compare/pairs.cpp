#include "factcheck/compare/pairs.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace fc::compare::detail {

Semantics semantics_of(const Claim& c, const SubjectInfo& info) {
  if (c.frame.semantics != Semantics::kUnknown) return c.frame.semantics;
  if (info.constant) return Semantics::kEventConstant;
  if (info.cumulative) return Semantics::kRunningTotal;
  // A percentage of a measure that declares nothing is a rate (a change of prices, a
  // share): it holds for the period it is stated for, like a month's inflation.
  if (c.frame.unit == "%") return Semantics::kPeriodValue;
  return Semantics::kLevel;
}

namespace {

bool overlap(const Item& a, const Item& b) { return !(a.t_hi < b.t_lo || b.t_hi < a.t_lo); }

/// Whether `late` is a change whose text starts from `early`'s figure: "من 103 إلى 84"
/// against an earlier 103.
bool revises(const Item& late, const Item& early) {
  const auto& m = late.c->mention;
  return m.kind == MentionKind::kChange && m.from && *m.from >= early.lo && *m.from <= early.hi;
}

/// The most a later figure of a running count reports: "at least 78" is read as a count of
/// 78 (what a newsroom reports as the toll), so a later lower bound under an earlier
/// count tells the toll lower; other figures, their top.
double reported_top(const Item& late) { return std::isfinite(late.hi) ? late.hi : late.agree_hi; }

/// Whether two figures were counted by two bodies the text names, and not the same one.
bool other_counters(const Item& a, const Item& b) {
  const auto& x = a.c->frame.counter.value;
  const auto& y = b.c->frame.counter.value;
  return !x.empty() && !y.empty() && x != y;
}

/// Days between two items' times (0 when they overlap).
std::int64_t gap_days(const Item& a, const Item& b) {
  if (a.t_hi < b.t_lo) return b.t_lo - a.t_hi;
  if (b.t_hi < a.t_lo) return a.t_lo - b.t_hi;
  return 0;
}

/// Whether the values' ranges are apart by more than `rate` per day over `days`: the
/// smallest relative move that takes one range to the other.
bool drifted_fast(const Item& a, const Item& b, double rate, std::int64_t days) {
  if (!std::isfinite(a.lo) || !std::isfinite(a.hi) || !std::isfinite(b.lo) ||
      !std::isfinite(b.hi)) {
    return false;
  }
  const double gap = a.hi < b.lo ? b.lo - a.hi : (b.hi < a.lo ? a.lo - b.hi : 0.0);
  if (gap <= 0) return false;
  const double base = std::max({std::fabs(a.stated_lo), std::fabs(b.stated_lo), 1e-9});
  return gap / base > rate * static_cast<double>(days);
}

}  // namespace

Verdict judge(const Item& a, const Item& b, Semantics semantics, double max_change_per_day,
              double distinct_beyond) {
  Verdict v;
  if (a.c == b.c) return v;
  // Frames that name different events (the main quake, an aftershock) or different
  // qualifiers (urban, food) are about different things, whatever key they share.
  const Frame& fa = a.c->frame;
  const Frame& fb = b.c->frame;
  // A marked event (an aftershock, a second quake) is another event; two kinds of event
  // named ("the invasion", "the war") may be one story's, read with doubt.
  bool other_event = false;
  if (!fa.event.value.empty() && !fb.event.value.empty() && fa.event.value != fb.event.value) {
    const auto marked = [](const std::string& e) {
      return e == "aftershock" || e.find('#') != std::string::npos;
    };
    if (marked(fa.event.value) || marked(fb.event.value)) return v;
    other_event = true;
  }
  if (fa.qualifiers != fb.qualifiers) return v;
  // Aftershocks come by the dozen: two told apart by nothing are not one quake, and their
  // magnitudes are no one event's constant ("6.2" and "4.2" are two aftershocks).
  if (semantics == Semantics::kEventConstant && fa.event.value == "aftershock" &&
      fb.event.value == "aftershock") {
    return v;
  }
  // A part of a breakdown one source gives is not the whole another source states. Within
  // one article, of two figures of one key and time, one under four fifths of the other is
  // a part of it ("1,660,915 from abroad ... 1,056,317 from Asia"); closer ones are one
  // count stated twice, and are held to each other.
  if (a.source_no != b.source_no && (a.part || b.part)) return v;
  if (a.source_no == b.source_no && !a.vague && !b.vague && overlap(a, b)) {
    const double small = std::min(std::fabs(a.stated_hi), std::fabs(b.stated_hi));
    const double big = std::max(std::fabs(a.stated_lo), std::fabs(b.stated_lo));
    if (big > 0 && small < big * kSameArticlePartRatio) return v;
  }
  const bool undated = a.date_unknown || b.date_unknown;
  // A measure the checks do not name (a `~` key: the stem of the word after the figure)
  // says nothing of what is counted: "269 مليار ريال" and "79 مليار ريال" share the
  // noun and are a budget line and a deficit. Two such figures may agree (a corroboration)
  // but are never a contradiction: an editor cannot act on one whose subject is a guess.
  if (!a.c->key_certain || !b.c->key_certain) return v;
  // Two figures of one key in one paragraph of one source are a change ("rose to 41% from
  // 40.3%"), a comparison or a breakdown: a writer does not contradict a figure a few
  // words away.
  if (a.source_no == b.source_no && a.c->mention.span.line == b.c->mention.span.line) return v;
  // A vague quantity ("hundreds", "مئات") is no measurement of one event's constant; nor
  // is it held to a figure that is no measurement either ("dozens" against "more than
  // 100", a bound): two figures that both only bound the count meet nothing firm.
  if (semantics == Semantics::kEventConstant && (a.vague || b.vague)) return v;
  if ((a.vague && !b.precise) || (b.vague && !a.precise)) return v;
  // A running total grows: a figure whose source has no date cannot be placed before or
  // after another, so a difference says nothing.
  if (semantics == Semantics::kRunningTotal && undated) return v;
  bool went_down = false;
  bool drifted = false;
  bool nearby = false;
  switch (semantics) {
    case Semantics::kEventConstant:
      // One event's value: different times are different events (the 2018 turnout is not
      // the 2021 one); a claim with no time at all is compared, with doubt.
      if (a.time_known && b.time_known && !overlap(a, b)) return v;
      // Values too far apart for one event's to be misreported are two events' ("6.1" and
      // "4.7": the quake and an aftershock the text did not call one).
      if (distinct_beyond > 0 && std::max(a.lo - b.hi, b.lo - a.hi) > distinct_beyond) return v;
      v.doubt_time = !a.time_known || !b.time_known || a.time_implied || b.time_implied;
      break;
    case Semantics::kPeriodValue:
      // A month's rate holds for that month: other periods, or a period not stated, are
      // other figures.
      if (!a.time_known || !b.time_known || a.time_implied || b.time_implied) return v;
      if (a.t_lo != b.t_lo || a.t_hi != b.t_hi) return v;
      break;
    case Semantics::kUnknown:
    case Semantics::kRunningTotal:
    case Semantics::kLevel: {
      if (!a.time_known || !b.time_known) return v;
      // Undated levels in one article are most often of different owners or parts ("73
      // seats" for one party, "17" for another): only other articles are held to them.
      if ((a.level_implied || b.level_implied) && a.source_no == b.source_no) return v;
      // A running count that rises through the day: a figure without its own time (only
      // its publication day) may be the morning's or the evening's, so against another of
      // that day it is an update ("rose from 296 to 1037"), not a second claim about one
      // time. A vague quantity ("tens of thousands") is no update and is still held to
      // the figures beside it.
      if (semantics == Semantics::kRunningTotal && (a.time_implied || b.time_implied) && !a.vague &&
          !b.vague && overlap(a, b)) {
        return v;
      }
      // One passage's successive counts ("5 at first, then dozens, 296 by the morning,
      // 1,037 in the evening") narrate the count's rise: only two it dates to one moment
      // are held to each other. Far apart in one article they are two claims of it.
      if (semantics == Semantics::kRunningTotal && a.source_no == b.source_no &&
          std::abs(a.c->mention.span.line - b.c->mention.span.line) <= kPassageLines &&
          (a.time_implied || b.time_implied || a.t_lo != b.t_lo || a.t_hi != b.t_hi ||
           a.minute_lo != b.minute_lo || a.minute_hi != b.minute_hi)) {
        return v;
      }
      // A count told at two hours of one day ("111 by Monday morning", "2,921 on Monday
      // evening") is the morning's and the evening's: the later must reach the earlier.
      if (const Item* first = nullptr;
          semantics == Semantics::kRunningTotal && apart_in_the_day(a, b, &first)) {
        const Item& late = first == &a ? b : a;
        const double top = reported_top(late);
        if (a.vague || b.vague || top >= first->lo || other_counters(a, b)) return v;
        if (std::isfinite(first->lo) && top < first->lo * kPartRatio) return v;
        if (revises(late, *first)) return v;
        went_down = true;
      }
      v.doubt_time = a.time_implied || b.time_implied;
      // A time that is a stretch of days ("in the month before publication" for a figure
      // the article reports as earlier, "in 2023") says when the figure held, not that it
      // held at the other's time: only the same stretch, or times apart, are compared.
      // (A source with no date at all is compared at any time, with doubt.)
      // The days a level without a date is read for (the week before publication) are no
      // such stretch against a day close to the publication: the level is the one of
      // "now", and a figure dated to those days is held to it.
      const auto stretch = [](const Item& x, const Item& other) {
        if (x.t_hi - x.t_lo <= kInstantDays) return false;
        return !(x.level_implied && other.t_lo == other.t_hi &&
                 other.t_lo + kInstantDays >= x.t_hi && other.t_lo <= x.t_hi);
      };
      if (!undated && overlap(a, b) && (stretch(a, b) || stretch(b, a)) &&
          (a.t_lo != b.t_lo || a.t_hi != b.t_hi)) {
        return v;
      }
      if (!overlap(a, b)) {
        if (semantics == Semantics::kRunningTotal) {
          // A running count cannot fall: the later figure must reach the earlier one.
          const Item& early = a.t_hi < b.t_lo ? a : b;
          const Item& late = a.t_hi < b.t_lo ? b : a;
          const double top = reported_top(late);
          if (top >= early.lo) return v;
          if (gap_days(a, b) > kOneEventDays) return v;
          // A vague quantity ("dozens", "آلاف") is no count of the total; and a later
          // figure under half the earlier one is a part of it (a province, the critically
          // injured, the bodies identified), not the total restated lower.
          if (a.vague || b.vague) return v;
          if (std::isfinite(early.lo) && top < early.lo * kPartRatio) return v;
          // Another body's count (the WHO's after a ministry's) is its own series; a
          // later figure its text tells as a revision of the earlier one ("revised the
          // toll from 103 to 84") reports the fall, it does not contradict it.
          if (other_counters(a, b) || revises(late, early)) return v;
          went_down = true;
        } else {
          const std::int64_t days = gap_days(a, b);
          v.doubt_time = true;
          if (max_change_per_day > 0) {
            if (days > kNearbyDays) return v;
            if (!drifted_fast(a, b, max_change_per_day, days)) return v;
            drifted = true;
          } else {
            // No declared rate: stated days (not periods) close together are one time.
            const bool days_only =
                a.t_lo == a.t_hi && b.t_lo == b.t_hi && !a.time_implied && !b.time_implied;
            if (!days_only || days > kUndeclaredLevelDays) return v;
            nearby = true;
          }
        }
      }
      break;
    }
  }
  if (undated || other_event) v.doubt_time = true;
  if (went_down) {
    v.clash = Clash::kWentDown;
    return v;
  }
  if (drifted) {
    v.clash = Clash::kDriftedFast;
    return v;
  }
  const bool apart = a.hi < b.lo || b.hi < a.lo;
  if (nearby) {
    if (apart) v.clash = Clash::kNearbyApart;
  } else if (apart) {
    v.clash = Clash::kApart;
  } else if (a.about && b.about && !estimates_meet(a, b)) {
    v.clash = Clash::kEdgesOnly;
  }
  return v;
}

void Conflicts::reset(std::size_t items, std::size_t window) {
  window_ = window;
  words_ = (window + 63) / 64;
  bits_.assign(items * words_, 0);
  any_ = false;
}

void Conflicts::add(std::size_t a, std::size_t b) {
  if (b < a) std::swap(a, b);
  const std::size_t d = b - a - 1;
  bits_[a * words_ + d / 64] |= std::uint64_t{1} << (d % 64);
  any_ = true;
}

}  // namespace fc::compare::detail
