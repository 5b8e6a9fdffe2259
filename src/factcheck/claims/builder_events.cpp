#include <algorithm>
#include <map>
#include <set>

#include "factcheck/claims/builder.hpp"
#include "factcheck/claims/frame.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::claims::detail {

/// Adds the qualifiers of the figure at tokens [first, last) to the frame and the key
/// (`inflation[%]+core,urban|...`): those of its clause, up to 8 tokens before it and 4
/// after, and those beside the noun it counts, [noun_first, noun_last) when it has one
/// ("annual urban inflation rose to 35.7% in June from 32.7% in May": both are urban).
void Builder::add_qualifiers(Claim& c, std::size_t first, std::size_t last, std::size_t noun_first,
                             std::size_t noun_last, bool size_of_change) const {
  std::vector<std::string> found;
  // Those of the counted noun hold for every figure of it, across a figure between ("rural
  // inflation rose to 6.3% in May from 5.9%": both are rural); those of the clause only up
  // to another figure.
  const auto collect = [&](std::size_t lo, std::size_t hi, std::size_t anchor, bool of_noun) {
    std::size_t covered = 0;  // a longer qualifier covers the words of a shorter one
    for (std::size_t k = lo; k < hi && k < tt_.tokens.size(); ++k) {
      if (k < covered) continue;
      if (!same_clause(k, anchor) || (k >= first && k < last)) continue;
      // A qualifier with another figure between it and this one is that figure's ("37
      // مقعداً في النتائج الأولية إلى 33 مقعداً في النتائج النهائية").
      if (!of_noun && other_figure_between(k, first, last)) continue;
      // Between two figures, a qualifier is the earlier's ("من 40 مقعداً في النتائج الأولية
      // إلى 36 مقعداً": the preliminary 40).
      if (!of_noun && k < first) {
        bool after_other = false;
        for (std::size_t j = k; j-- > (k >= 6 ? k - 6 : 0) && same_clause(j, k);) {
          after_other = after_other || in_figure_[j] != 0;
        }
        if (after_other) continue;
      }
      const auto* m = match_at(k, LexKind::kSubject);
      if (m != nullptr && rules_.subjects[m->index].role == rules::SubjectRole::kQualifier) {
        // "141 جريحاً بعضهم في حال حرجة", "1,200 injured, some of them critically": the
        // part's, not the figure's.
        if (k >= last && part_between(last, k)) continue;
        found.push_back(rules_.subjects[m->index].name);
        covered = k + m->length;
      }
    }
  };
  collect(first >= 8 ? first - 8 : 0, last + 4, first, false);
  if (noun_first < tt_.tokens.size()) {
    // A noun after the figure ("36 مقعداً في النتائج النهائية") has its words after it; one
    // before it ("rural inflation rose to 6.3%") those around it.
    const std::size_t from =
        noun_first > first ? noun_first : (noun_first >= 3 ? noun_first - 3 : 0);
    collect(from, noun_last + 2, noun_first, true);
  }
  // A label that opens the sentence before a colon qualifies all its figures:
  // "النتائج الأولية للانتخابات: ... 73 مقعداً ونسبة المشاركة 41%", "Preliminary results:".
  for (const auto& q : label_qualifiers(first)) found.push_back(q);
  if (size_of_change) found.emplace_back("change");
  if (found.empty()) return;
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  auto& q = c.frame.qualifiers;
  q.insert(q.end(), found.begin(), found.end());
  std::sort(q.begin(), q.end());
  q.erase(std::unique(q.begin(), q.end()), q.end());
  if (c.key.empty()) return;
  std::string named;
  for (const auto& name : found) named += (named.empty() ? "" : ",") + name;
  add_key_qualifiers(c.key, named);
}

std::vector<std::string> Builder::label_qualifiers(std::size_t first) const {
  std::vector<std::string> out;
  if (first >= tt_.tokens.size()) return out;
  const int sentence = tt_.tokens[first].sentence;
  std::size_t start = first;
  while (start > 0 && tt_.tokens[start - 1].sentence == sentence) --start;
  const auto& text = view_.text.text;
  for (std::size_t j = start; j + 1 < first && j < start + 8; ++j) {
    const auto gap = std::string_view(text).substr(tt_.tokens[j].end,
                                                   tt_.tokens[j + 1].start - tt_.tokens[j].end);
    if (gap.find(':') == std::string_view::npos) continue;
    for (std::size_t k = start; k <= j; ++k) {
      if (in_figure_[k] != 0) return {};  // a figure's own label: "العجز المتوقع: 79"
      const auto* m = match_at(k, LexKind::kSubject);
      if (m != nullptr && rules_.subjects[m->index].role == rules::SubjectRole::kQualifier) {
        out.push_back(rules_.subjects[m->index].name);
      }
    }
    break;
  }
  return out;
}

bool Builder::part_between(std::size_t from, std::size_t to) const {
  for (std::size_t j = from; j < to; ++j) {
    if (cue_at(tt_, rules_.cue(Cue::kSomeOfThem), j) > 0) return true;
  }
  return false;
}

bool Builder::change_by_before(std::size_t first) const {
  const auto& cues = rules_.cue(Cue::kChangeBy);
  // "up $1.02": a currency sign may stand between.
  std::size_t end = first;
  if (end > 0 && tt_.tokens[end - 1].text == "$") --end;
  for (std::size_t k = end >= 3 ? end - 3 : 0; k < end; ++k) {
    if (!same_clause(k, first)) continue;
    if (cue_at(tt_, cues, k) == end - k) return true;
  }
  return false;
}

/// An aftershock cue in the sentence of token `first`, at most 20 tokens before it.
bool Builder::other_figure_between(std::size_t k, std::size_t first, std::size_t last) const {
  return k < first ? in_figure_between(k + 1, first) : in_figure_between(last, k);
}

bool Builder::aftershock_before(std::size_t first) const {
  const int sentence = tt_.tokens[first].sentence;
  for (std::size_t k = first; k-- > (first >= 20 ? first - 20 : 0);) {
    if (tt_.tokens[k].sentence != sentence) break;
    if (cue_at(tt_, rules_.cue(Cue::kAftershock), k) > 0) return true;
  }
  return false;
}

/// The event nearest to tokens [first, last) in their clause, within 8 tokens.
const LexMatch* Builder::nearest_event(std::size_t first, std::size_t last,
                                       bool skip_measures) const {
  const LexMatch* best = nullptr;
  std::size_t best_dist = 0;
  const std::size_t lo = first >= 8 ? first - 8 : 0;
  for (std::size_t k = lo; k < last + 8 && k < tt_.tokens.size(); ++k) {
    if (!same_clause(k, first) || (k >= first && k < last)) continue;
    for (std::size_t i : by_token_[k]) {
      const auto& m = tt_.matches[i];
      if (m.kind != LexKind::kEvent) continue;
      // "مقتل 50", "killing 50": the word of what happened, not an event the figure is of.
      if (skip_measures && match_at(k, LexKind::kSubject) != nullptr &&
          rules_.subjects[match_at(k, LexKind::kSubject)->index].role ==
              rules::SubjectRole::kMeasure) {
        continue;
      }
      const std::size_t dist = k >= last ? k - last : first - (k + m.length);
      // Closer wins; at equal distance the longer (more specific) trigger.
      if (best == nullptr || dist < best_dist || (dist == best_dist && m.length > best->length)) {
        best = &m;
        best_dist = dist;
      }
    }
  }
  return best;
}

const LexMatch* Builder::event_of_verb(std::size_t first) const {
  const auto& occurred = rules_.cue(Cue::kOccurred);
  const auto& from_event = rules_.cue(Cue::kFromEvent);
  const auto blocks = [&](std::size_t k) {
    return (in_figure_.size() > k && in_figure_[k] != 0) || cue_at(tt_, from_event, k) > 0;
  };
  // The verb within eight tokens before the date in its clause ("erupted on", "اندلعت بين
  // الجيش والدعم السريع في"), no other figure and no "after" between them.
  for (std::size_t v = first; v-- > (first >= 8 ? first - 8 : 0);) {
    if (!same_clause(v, first) || blocks(v)) return nullptr;
    if (cue_at(tt_, occurred, v) == 0) continue;
    // Its subject: the event word just after it ("اندلعت الاشتباكات"), or within ten
    // tokens before it ("the war that broke out", "fighting between … erupted").
    for (std::size_t k = v + 1; k < v + 3 && k < first; ++k) {
      if (const auto* m = match_at(k, LexKind::kEvent)) return m;
    }
    // Another verb of happening first is another subject's ("the quake struck the
    // region and rescue work began on Tuesday").
    for (std::size_t k = v; k-- > (v >= 10 ? v - 10 : 0);) {
      if (!same_clause(k, v) || blocks(k) || cue_at(tt_, occurred, k) > 0) return nullptr;
      if (const auto* m = match_at(k, LexKind::kEvent)) return m;
    }
    return nullptr;
  }
  return nullptr;
}

void Builder::date_claim(Claim& c, std::size_t first, std::size_t last) {
  if (c.mention.unresolved || c.mention.earliest.empty()) return;
  const auto* ev = nearest_event(first, last);
  const bool by_verb = ev == nullptr;
  if (by_verb) ev = event_of_verb(first);
  if (ev == nullptr) return;
  c.event = rules_.events[ev->index].name;
  const std::size_t lo = std::min(first, ev->first);
  const std::size_t hi = std::max(last, ev->first + ev->length);
  auto sc = scope(lo >= 6 ? lo - 6 : 0, hi + 6, ev->first, ev->first, ev->first, ev->first);
  // One place for an event: the article's own country when it is among several.
  if (sc.where.size() > 1 && !main_place_.empty()) {
    const bool has_main = std::any_of(sc.where.begin(), sc.where.end(), [&](const std::string& w) {
      return rules_.country_of(w) == main_place_;
    });
    if (has_main) sc.where = {main_place_};
  }
  c.where = std::move(sc.where);
  c.where_implied = sc.where_implied;
  c.key = c.event + "|" + join(c.where);
  c.key_certain = true;
  c.frame.event = {c.event, Provenance::kClause};
  const auto* e = rules_.event(c.event);
  if ((e != nullptr && e->unique) || by_verb || occurred_at(*ev, first, last)) {
    // Every date of a unique event, and the day another took place on, is one of its
    // constants, held to the others of its key. It is its country's: "the blast in
    // Beirut" and "the blast in Lebanon" are one blast, keyed together.
    c.frame.semantics = Semantics::kEventConstant;
    if (c.where.size() == 1) {
      const std::string country = rules_.country_of(c.where.front());
      if (!country.empty() && country != c.where.front()) {
        c.where = {country};
        c.key = c.event + "|" + country;
      }
    }
    // A night spans midnight, and an hour before it is the next day a few time zones
    // east: "ليل الجمعة", "Friday at 23:11" and "Saturday" may tell one event's time. An
    // evening does not: "Thursday evening" for a quake of Friday is a wrong day.
    auto& m = c.mention;
    const bool late = m.day_part == "night" || (!m.time.empty() && m.time >= "22:00");
    const auto day = util::parse_iso(m.earliest);
    if (late && day && (m.latest.empty() || m.latest == m.earliest)) {
      m.latest = util::to_iso(util::add_days(*day, 1));
      m.note = "a night's day: the day after it too";
    }
  } else {
    // A day something else happened around the event (a toll announced, the day after)
    // says nothing of the event's date: it is no claim about it to compare.
    c.key.clear();
    c.key_certain = false;
  }
  fill_place(c, sc.where_from, rules_);
}

bool Builder::occurred_at(const LexMatch& ev, std::size_t first, std::size_t last) const {
  const auto& occurred = rules_.cue(Cue::kOccurred);
  const auto& from_event = rules_.cue(Cue::kFromEvent);
  const auto has = [&](const rules::CueList& list, std::size_t lo, std::size_t hi) {
    for (std::size_t k = lo; k < hi && k < tt_.tokens.size(); ++k) {
      if (cue_at(tt_, list, k) > 0) return true;
    }
    return false;
  };
  const auto figure_in = [&](std::size_t lo, std::size_t hi) {
    for (std::size_t k = lo; k < hi && k < in_figure_.size(); ++k) {
      if (in_figure_[k] != 0) return true;
    }
    return false;
  };
  // "اليوم التالي للانفجار", "the day after the quake": counted from it.
  if (has(from_event, first, last)) return false;
  const std::size_t ev_end = ev.first + ev.length;
  // The event's own verb, or a phrase of checks/ that tells it ("انتهاء المهمة القتالية").
  const auto& e = rules_.events[ev.index];
  const bool told =
      has(occurred, ev.first, ev_end) || (e.ar.empty() && e.en.empty() && !e.patterns.empty());
  if (ev.first >= last) {
    // The date first: "the Aug. 4 blast"; "on Tuesday a quake struck".
    const std::size_t gap = ev.first - last;
    if (gap > 2 || figure_in(last, ev.first) || has(from_event, last, ev.first)) return false;
    for (std::size_t k = last; k < ev.first; ++k) {
      if (!rules_.cue(Cue::kStopword).has(tt_.tokens[k].text)) return false;
    }
    return gap == 0 || told || has(occurred, ev_end, ev_end + 2);
  }
  // The event first: "الزلزال الذي ضرب المملكة في الثامن من سبتمبر", "the election held
  // on Sunday", "اندلاع الحرب بين الجيش والدعم السريع في 15 أبريل", "انتخابات 2018".
  if (first < ev_end) return false;
  const std::size_t gap = first - ev_end;
  if (gap > 8 || figure_in(ev_end, first) || has(from_event, ev_end, first)) return false;
  if (gap == 0 || told) return true;
  if (has(occurred, ev_end, first)) return true;
  const std::size_t before = ev.first >= 2 ? ev.first - 2 : 0;
  if (has(occurred, before, ev.first)) return true;
  // "هزيمة التنظيم في العراق عام 2017", "the invasion of the island in 1974": the event's
  // noun with its complements, then the date, no other deed's verb between.
  return !has(rules_.cue(Cue::kOtherDeed), ev_end, first);
}

void Builder::ordinal_claim(Claim& c, std::size_t first, std::size_t last) {
  // "الذكرى العشرين للغزو", "the 20th anniversary of the invasion".
  bool anniversary = false;
  for (std::size_t k = first >= 2 ? first - 2 : 0; k < last + 2 && k < tt_.tokens.size(); ++k) {
    if (rules_.cue(Cue::kAnniversary).has(tt_.tokens[k].text)) anniversary = true;
  }
  if (!anniversary) return;
  const auto* ev = nearest_event(first, last);
  if (ev == nullptr) return;
  c.counted = "anniversary";
  c.event = rules_.events[ev->index].name;
  auto sc = scope(first >= 6 ? first - 6 : 0, last + 6, first, first, first, first);
  c.where = std::move(sc.where);
  c.where_implied = sc.where_implied;
}

}  // namespace fc::claims::detail
