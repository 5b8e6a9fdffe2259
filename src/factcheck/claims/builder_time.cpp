#include <algorithm>
#include <map>
#include <set>

#include "factcheck/claims/builder.hpp"
#include "factcheck/claims/frame.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::claims::detail {

void Builder::find_dates() {
  for (const auto& m : view_.mentions) {
    DateRef d;
    std::tie(d.first, d.last) = token_range(m);
    if (m.kind == MentionKind::kDate) {
      if (!m.unresolved) {
        d.earliest = m.earliest;
        d.latest = m.latest.empty() ? m.earliest : m.latest;
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
    // A trigger right beside the date: "الغزو عام 2003", "invasion of 2003".
    for (std::size_t k = d.first >= 2 ? d.first - 2 : 0; k < d.last + 2 && k < tt_.tokens.size();
         ++k) {
      if (const auto* ev = match_at(k, LexKind::kEvent); ev != nullptr && same_clause(k, d.first)) {
        // The first trigger (the one before the date, "الغزو عام 2003 عن مقتل") names it.
        if (!d.bound) d.event = ev->index;
        d.bound = true;
      }
    }
    dates_.push_back(d);
  }
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

/// A figure with no date of its own in a sentence that names one before it: the
/// sentence's date is its time. When that date, over a year before publication, dates
/// an event of a kind that recurs (a quake, not an invasion), the figure is that earlier
/// event's: history ("منذ زلزال 1999 الذي تسبب في مقتل 17 ألف شخص").
void Builder::sentence_time(Claim& c, std::size_t first) const {
  const int sentence = tt_.tokens[first].sentence;
  const DateRef* best = nullptr;
  for (const auto& d : dates_from(first >= 60 ? first - 60 : 0, first)) {
    if (d.earliest.empty() || d.first >= first || tt_.tokens[d.first].sentence != sentence) {
      continue;
    }
    best = &d;  // in text order: the last is the nearest
  }
  if (best == nullptr) return;
  auto& f = c.frame;
  f.time = {best->earliest == best->latest ? best->earliest : best->earliest + ".." + best->latest,
            Provenance::kSentence};
  const auto latest = util::parse_iso(best->latest);
  if (!latest || !view_.source.published || f.modality != Modality::kActual) return;
  if (best->bound && !rules_.events[best->event].unique &&
      util::to_days(*latest) + 365 < util::to_days(*view_.source.published)) {
    f.modality = Modality::kBackground;
  }
}

/// The as-of time of a figure: a date of its clause that dates no event; else the
/// publication date when the sentence states a present state; else unknown. Returns
/// where the time was read (kAssumed: nowhere).
Provenance Builder::as_of(Claim& c, std::size_t first, std::size_t last) const {
  // A date that dates an event ("الغزو عام 2003") is the time of the event, not of a
  // count reported since ("killed in the invasion"), except for a value of that very
  // event that cannot change (the turnout of the 2018 election).
  bool constant = false;
  for (const auto& s : rules_.subjects) {
    if (s.constant && (" " + c.counted + " ").find(" " + s.name + " ") != std::string::npos) {
      constant = true;
    }
  }
  const DateRef* best = nullptr;
  std::size_t best_dist = 0;
  // Within 10 tokens of [first, last): a date that starts at most 10 tokens and its own
  // length before `first`, or at most 10 after `last`.
  const std::size_t reach = 10 + dates_span_;
  for (const auto& d : dates_from(first >= reach ? first - reach : 0, last + 10)) {
    if ((d.bound && !constant) || d.earliest.empty()) continue;
    if (!same_clause(d.first, first)) continue;
    const std::size_t dist =
        d.first >= last ? d.first - last : (first >= d.last ? first - d.last : 0);
    if (dist > 10) continue;
    if (best == nullptr || dist < best_dist) {
      best = &d;
      best_dist = dist;
    }
  }
  if (best != nullptr) {
    c.as_of_earliest = best->earliest;
    c.as_of_latest = best->latest;
    return Provenance::kClause;
  }
  if (!view_.source.published) return Provenance::kAssumed;
  const int sentence = tt_.tokens[first].sentence;
  const int clause = tt_.tokens[first].clause;
  bool present = false;
  for (std::size_t k = first >= 12 ? first - 12 : 0; k < last + 8 && k < tt_.tokens.size(); ++k) {
    const auto& t = tt_.tokens[k];
    if (t.sentence != sentence) continue;
    if (k >= last && t.clause != clause) break;
    if (rules_.cue(Cue::kPresent).has(t.text)) present = true;
  }
  if (!present) return Provenance::kAssumed;
  c.as_of_earliest = c.as_of_latest = util::to_iso(*view_.source.published);
  return Provenance::kSentence;
}

bool Builder::is_any_date(std::size_t tok) const {
  const auto near = dates_from(tok >= dates_span_ ? tok - dates_span_ : 0, tok);
  return std::any_of(near.begin(), near.end(),
                     [&](const DateRef& d) { return tok >= d.first && tok < d.last; });
}

}  // namespace fc::claims::detail
