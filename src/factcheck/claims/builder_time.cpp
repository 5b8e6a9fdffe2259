#include <algorithm>
#include <map>
#include <set>

#include "factcheck/claims/builder.hpp"
#include "factcheck/claims/frame.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::claims::detail {

namespace {

/// The TIMEX3 time after a day (DateRef::time_of_day) of a mention of one day.
std::string timex_time_of_day(const Mention& m) {
  if (!m.time.empty()) return "T" + m.time;
  if (m.day_part == "dawn" || m.day_part == "morning") return "TMO";
  if (m.day_part == "noon") return "TMI";
  if (m.day_part == "afternoon") return "TAF";
  if (m.day_part == "evening") return "TEV";
  if (m.day_part == "night") return "TNI";
  return "";
}

}  // namespace

void Builder::find_dates() {
  for (const auto& m : view_.mentions) {
    DateRef d;
    std::tie(d.first, d.last) = token_range(m);
    if (m.kind == MentionKind::kDate) {
      if (!m.unresolved) {
        d.earliest = m.earliest;
        d.latest = m.latest.empty() ? m.earliest : m.latest;
        if (d.earliest == d.latest) d.time_of_day = timex_time_of_day(m);
      }
    } else if (m.kind == MentionKind::kNumber && m.value && *m.value >= 1900 && *m.value <= 2100 &&
               *m.value == static_cast<int>(*m.value) && m.text.size() == 4 && d.first > 0 &&
               match_at(d.first - 1, LexKind::kEvent) != nullptr) {
      // A bare year right after an event ("انتخابات 2018") that no date reading took.
      const std::string y = std::to_string(static_cast<int>(*m.value));
      d.earliest = y + "-01-01";
      d.latest = y + "-12-31";
    } else {
      continue;
    }
    // A trigger right beside the date: "الغزو عام 2003", "invasion of 2003". Not one after
    // a day counted from it ("اليوم التالي للانفجار", "the day after the quake"): that is
    // the day of what the sentence tells, a toll announced, not the event's.
    bool counted_from = false;
    for (std::size_t k = d.first; k < d.last && k < tt_.tokens.size(); ++k) {
      counted_from = counted_from || cue_at(tt_, rules_.cue(Cue::kFromEvent), k) > 0;
    }
    for (std::size_t k = d.first >= 2 ? d.first - 2 : 0; k < d.last + 2 && k < tt_.tokens.size();
         ++k) {
      if (counted_from && k >= d.last) break;
      if (const auto* ev = match_at(k, LexKind::kEvent); ev != nullptr && same_clause(k, d.first)) {
        // The first trigger (the one before the date, "الغزو عام 2003 عن مقتل") names it.
        if (!d.bound) d.event = ev->index;
        d.bound = true;
      }
    }
    // Or the trigger a relative clause or adjectives lead from to the date, with no figure
    // between: "الهزة العنيفة التي ضربت مساء أمس الجمعة", "the blast that ripped through the
    // port on Tuesday". A date after "since" starts a period instead.
    bool since = false;
    for (std::size_t k = d.first; !d.bound && k-- > (d.first >= 9 ? d.first - 9 : 0);) {
      if (!same_clause(k, d.first) || in_figure_[k] != 0 || tt_.tokens[k].numeric) break;
      if (cue_at(tt_, rules_.cue(Cue::kSince), k) > 0) since = true;
      if (const auto* ev = match_at(k, LexKind::kEvent); ev != nullptr && !since) {
        d.event = ev->index;
        d.bound = true;
      }
    }
    // Or the event a verb of happening tells of earlier in the sentence, past its
    // figures and commas: "ضرب زلزال بقوة 7.8 درجة تركيا وسوريا، فجر الإثنين، ما أسفر عن
    // ..." dates the quake, not the toll after it.
    if (!d.bound && m.kind == MentionKind::kDate) {
      if (const auto* ev = event_told_before(d.first)) {
        d.event = ev->index;
        d.bound = true;
      }
    }
    dates_.push_back(d);
  }
}

const LexMatch* Builder::event_told_before(std::size_t first) const {
  const auto& occurred = rules_.cue(Cue::kOccurred);
  const int sentence = tt_.tokens[first].sentence;
  for (std::size_t k = first; k-- > (first >= 12 ? first - 12 : 0);) {
    if (tt_.tokens[k].sentence != sentence) return nullptr;
    if (cue_at(tt_, rules_.cue(Cue::kOtherDeed), k) > 0 ||
        cue_at(tt_, rules_.cue(Cue::kFromEvent), k) > 0 ||
        cue_at(tt_, rules_.cue(Cue::kSince), k) > 0 || is_any_date(k)) {
      return nullptr;
    }
    const auto* ev = match_at(k, LexKind::kEvent);
    if (ev == nullptr) continue;
    // The verb just before the event's word ("ضرب زلزال") or just after it ("the quake
    // struck", "الزلزال الذي ضرب").
    const std::size_t end = k + ev->length;
    for (std::size_t j = k >= 2 ? k - 2 : 0; j < end + 2 && j < first; ++j) {
      if ((j < k || j >= end) && cue_at(tt_, occurred, j) > 0) return ev;
    }
    return nullptr;
  }
  return nullptr;
}

/// Dates and sentences come in text order; where they do (always, but it is checked),
/// the dates near a token and the sentence of an offset are found by binary search
/// instead of a pass over all of them per claim, which made a text of 100,000 claims
/// (one large file) quadratic.
void Builder::index_dates_and_sentences() {
  dates_sorted_ =
      std::is_sorted(dates_.begin(), dates_.end(),
                     [](const DateRef& a, const DateRef& b) { return a.first < b.first; });
  for (const auto& d : dates_)
    dates_span_ = std::max(dates_span_, d.last - std::min(d.first, d.last));
  const auto& ss = view_.sentences;
  sentences_sorted_ = true;
  for (std::size_t i = 0; i < ss.size(); ++i) {
    if (ss[i].first > ss[i].second || (i > 0 && ss[i].first < ss[i - 1].second)) {
      sentences_sorted_ = false;
      break;
    }
  }
}

/// The dates, in their order, whose first token lies in [lo, hi]: all of them when
/// they are not in text order.
std::span<const DateRef> Builder::dates_from(std::size_t lo, std::size_t hi) const {
  if (!dates_sorted_) return dates_;
  const auto b = std::lower_bound(dates_.begin(), dates_.end(), lo,
                                  [](const DateRef& d, std::size_t v) { return d.first < v; });
  const auto e = std::upper_bound(b, dates_.end(), hi,
                                  [](std::size_t v, const DateRef& d) { return v < d.first; });
  return {b, e};
}

bool Builder::starts_period(const DateRef& d) const {
  if (d.first >= tt_.tokens.size()) return false;
  bool since = false;
  // "منذ 15 أبريل", "since fighting erupted on April 15", "منذ زلزال 1999": a since earlier
  // in the date's clause, with no figure between.
  for (std::size_t k = d.first; k-- > (d.first >= 14 ? d.first - 14 : 0);) {
    if (!same_clause(k, d.first) || in_figure_[k] != 0) break;
    if (cue_at(tt_, rules_.cue(Cue::kSince), k) > 0) {
      since = true;
      break;
    }
  }
  if (!since) return false;
  // "since 1960, when a quake killed 12,000": the date of what the clause after it says.
  // "منذ أبريل، في حين يقدر ...": a contrast after it is another statement.
  for (std::size_t k = d.last; k < d.last + 3 && k < tt_.tokens.size(); ++k) {
    if (cue_at(tt_, rules_.cue(Cue::kWhereas), k) > 0) break;
    if (cue_at(tt_, rules_.cue(Cue::kWhen), k) > 0) return false;
  }
  return true;
}

bool Builder::ends_period(const DateRef& d) const {
  for (std::size_t k = d.first; k-- > (d.first >= 3 ? d.first - 3 : 0);) {
    if (in_figure_[k] != 0) break;
    const std::size_t len = cue_at(tt_, rules_.cue(Cue::kUntil), k);
    if (len > 0 && k + len + 1 >= d.first) return true;
  }
  return false;
}

bool Builder::owned_by_other(const DateRef& d, std::size_t first, std::size_t last) const {
  if (d.first >= first && d.first < last) return false;
  // "rose to 5% in June from 4.2% in May", "to 9 million bpd in July from 10 million bpd in
  // May": June and July are the figure's before them (its unit too).
  for (std::size_t k = d.first; k-- > (d.first >= 4 ? d.first - 4 : 0);) {
    if (k >= first && k < last) return false;
    if (in_figure_[k] != 0) return true;
    if (!is_stopword(tt_.tokens[k].text) && !is_place_preposition(tt_.tokens[k].text) &&
        match_at(k, LexKind::kUnit) == nullptr) {
      return false;
    }
  }
  return false;
}

bool Builder::earlier_figure(std::size_t first, std::size_t last) const {
  const int sentence = tt_.tokens[first].sentence;
  for (std::size_t k = first; k-- > (first >= 14 ? first - 14 : 0);) {
    if (tt_.tokens[k].sentence != sentence) break;
    if (cue_at(tt_, rules_.cue(Cue::kEarlierAuxiliary), k) > 0) return true;
    if (cue_at(tt_, rules_.cue(Cue::kEarlier), k) > 0) return true;
  }
  for (std::size_t k = last; k < last + 3 && k < tt_.tokens.size(); ++k) {
    if (!same_clause(k, first)) break;
    if (cue_at(tt_, rules_.cue(Cue::kEarlier), k) > 0) return true;
  }
  return false;
}

/// The time of a figure, nearest first: a date of its clause that dates no event (the
/// date right after the figure before one ahead of it), a date that ends the period of its
/// sentence ("حتى الأول من مايو"), the publication day when the sentence states a present
/// state, the date of the sentence's statement before the figure; else, for a figure the
/// sentence reports as earlier than the article's own ("وكانت ... قد", "the previous
/// toll"), the month before publication; else nothing (assumed later: the publication
/// day). A date that starts a period ("منذ 15 أبريل", "since 2014") is never the time.
Builder::TimeRead Builder::as_of(Claim& c, std::size_t first, std::size_t last) const {
  // A date that dates an event ("الغزو عام 2003") is the time of the event, not of a
  // count reported since ("killed in the invasion").
  // Only a running count goes on after its event: any other figure beside a dated event
  // (the rockets of an attack, the turnout of an election) is that event's.
  bool cumulative = false;
  bool named = false;
  for (const auto& s : rules_.subjects) {
    if ((" " + c.counted + " ").find(" " + s.name + " ") == std::string::npos) continue;
    named = true;
    cumulative = cumulative || s.cumulative;
  }
  const bool of_event = named && !cumulative;
  TimeRead out;
  const auto set = [&](const DateRef& d, Provenance from) {
    // "2023-02-06TMO": the morning's count is not the evening's.
    c.as_of_earliest = d.earliest + d.time_of_day;
    c.as_of_latest = d.latest + d.time_of_day;
    out.from = from;
    out.stated = true;
    out.latest = d.latest;
  };
  const auto usable = [&](const DateRef& d) {
    return !d.earliest.empty() && (!d.bound || of_event) && !starts_period(d) &&
           !owned_by_other(d, first, last);
  };
  const DateRef* best = nullptr;
  std::size_t best_dist = 0;
  // Within 10 tokens of [first, last): a date that starts at most 10 tokens and its own
  // length before `first`, or at most 10 after `last`.
  const std::size_t reach = 10 + dates_span_;
  // The figure's unit is the figure's: "10 million bpd in May" is one token from May.
  std::size_t end = last;
  while (end < tt_.tokens.size() && match_at(end, LexKind::kUnit) != nullptr) ++end;
  for (const auto& d : dates_from(first >= reach ? first - reach : 0, last + 10)) {
    if (!same_clause(d.first, first) || !usable(d)) continue;
    const bool after = d.first >= last;
    const std::size_t dist =
        after ? d.first - std::min(end, d.first) : (first >= d.last ? first - d.last : 0);
    if (dist > 10) continue;
    // In text order: a date after the figure wins a tie with one before it.
    if (best == nullptr || dist < best_dist || (after && dist == best_dist)) {
      best = &d;
      best_dist = dist;
    }
  }
  if (best != nullptr) {
    set(*best, Provenance::kClause);
    return out;
  }
  const int sentence = tt_.tokens[first].sentence;
  for (const auto& d : dates_from(first >= 60 ? first - 60 : 0, last + 60)) {
    if (d.first >= tt_.tokens.size() || tt_.tokens[d.first].sentence != sentence) continue;
    if (!d.earliest.empty() && ends_period(d)) {
      set(d, Provenance::kSentence);
      return out;
    }
  }
  const auto& published = view_.source.published;
  if (published) {
    const int clause = tt_.tokens[first].clause;
    for (std::size_t k = first >= 12 ? first - 12 : 0; k < last + 8 && k < tt_.tokens.size(); ++k) {
      const auto& t = tt_.tokens[k];
      if (t.sentence != sentence) continue;
      if (k >= last && t.clause != clause) break;
      if (rules_.cue(Cue::kPresent).has(t.text)) {
        // "For the current year, the ministry now expects revenues of …": a present before
        // a forecast's verb is the day of the statement; the period it is for is the
        // sentence's date, read below.
        bool of_statement = false;
        for (std::size_t j = k + 1; j <= k + 2 && j < tt_.tokens.size(); ++j) {
          of_statement = of_statement || cue_at(tt_, rules_.cue(Cue::kForecast), j) > 0;
        }
        if (of_statement) continue;
        c.as_of_earliest = c.as_of_latest = util::to_iso(*published);
        out.from = Provenance::kSentence;
        return out;
      }
    }
  }
  const DateRef* statement = nullptr;
  for (const auto& d : dates_from(first >= 60 ? first - 60 : 0, first)) {
    if (d.first >= first || tt_.tokens[d.first].sentence != sentence) continue;
    if (usable(d)) statement = &d;  // in text order: the last is the nearest
  }
  if (statement != nullptr) {
    set(*statement, Provenance::kSentence);
    return out;
  }
  if (published && earlier_figure(first, last)) {
    const auto day = util::to_days(*published);
    c.as_of_earliest = util::to_iso(util::from_days(day - kEarlierDays));
    c.as_of_latest = util::to_iso(util::from_days(day - 1));
    out.from = Provenance::kAssumed;
  }
  return out;
}

bool Builder::history(Claim& c, const TimeRead& t, std::size_t first) const {
  const auto& published = view_.source.published;
  if (!published || c.frame.modality != Modality::kActual) return false;
  const auto pub = util::to_days(*published);
  const auto old = [&](const std::string& latest) {
    const auto d = util::parse_iso(latest);
    return d && util::to_days(*d) + 365 < pub;
  };
  // A toll dated over a year before publication is another event's ("In 2004, a quake
  // near Al Hoceima killed 628"): a running total of then is no point of today's. (A
  // constant of an old event keeps its date and meets only figures of that time.)
  if (t.stated && old(t.latest) && c.frame.semantics == Semantics::kRunningTotal) return true;
  // Any figure after the date of a recurring event long past in its sentence ("منذ زلزال
  // 1999 الذي تسبب في مقتل 17 ألف شخص").
  const int sentence = tt_.tokens[first].sentence;
  const DateRef* best = nullptr;
  for (const auto& d : dates_from(first >= 60 ? first - 60 : 0, first)) {
    if (d.earliest.empty() || d.first >= first || tt_.tokens[d.first].sentence != sentence) {
      continue;
    }
    best = &d;
  }
  if (best == nullptr || !best->bound || rules_.events[best->event].unique || !old(best->latest)) {
    return false;
  }
  // The figure is that event's: its time is the event's date.
  if (!t.stated) {
    c.as_of_earliest = best->earliest;
    c.as_of_latest = best->latest;
    c.frame.time = {
        best->earliest == best->latest ? best->earliest : best->earliest + ".." + best->latest,
        Provenance::kSentence};
  }
  return true;
}

bool Builder::is_any_date(std::size_t tok) const {
  const auto near = dates_from(tok >= dates_span_ ? tok - dates_span_ : 0, tok);
  return std::any_of(near.begin(), near.end(),
                     [&](const DateRef& d) { return tok >= d.first && tok < d.last; });
}

}  // namespace fc::claims::detail
