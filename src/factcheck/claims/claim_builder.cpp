#include "factcheck/claims/claim_builder.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <span>

#include "factcheck/claims/frame.hpp"
#include "factcheck/claims/frame_cues.hpp"
#include "factcheck/claims/quote_window.hpp"
#include "factcheck/claims/text_tokens.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::claims {

namespace {

using rules::Cue;
using rules::LexKind;

bool is_letter_token(const Token& t) { return !t.numeric && !t.text.empty() && t.text[0] != '%'; }

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

std::string stem(sb_stemmer* st, const std::string& word) {
  if (st == nullptr) return word;
  const sb_symbol* out = sb_stemmer_stem(st, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return word;
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<std::size_t>(sb_stemmer_length(st)));
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

/// A date mention's place in the token stream.
struct DateRef {
  std::size_t first = 0;
  std::size_t last = 0;  ///< exclusive
  std::string earliest;  ///< ISO days; empty when unresolved
  std::string latest;
  bool bound = false;     ///< dates an event (a trigger right beside it)
  std::size_t event = 0;  ///< the event it dates (an index of rules.events) when bound
};

class Builder {
 public:
  Builder(const SourceView& view, const rules::RuleSet& rules)
      : view_(view),
        rules_(rules),
        tt_(tokenize(view.text.text, view.sentences, rules)),
        ar_stemmer_(sb_stemmer_new("arabic", "UTF_8")),
        en_stemmer_(sb_stemmer_new("english", "UTF_8")) {
    by_token_.assign(tt_.tokens.size(), {});
    for (std::size_t i = 0; i < tt_.matches.size(); ++i)
      by_token_[tt_.matches[i].first].push_back(i);
    teaser_ = teaser_mask(tt_, view_.text.text, rules_);
    find_main_place();
    find_dates();
    index_dates_and_sentences();
  }

  std::vector<Claim> build() {
    std::vector<Claim> out;
    out.reserve(view_.mentions.size());
    for (const auto& m : view_.mentions) out.push_back(build_one(m));
    return out;
  }

 private:
  /// Normalized [start, end) of an original span.
  std::pair<std::size_t, std::size_t> to_normalized(const Span& span) const {
    const std::size_t s = view_.text.from_original(span.start);
    const std::size_t e = view_.text.from_original(span.end);
    return {s, std::max(s, e)};
  }

  std::pair<std::size_t, std::size_t> token_range(const Mention& m) const {
    const auto [s, e] = to_normalized(m.span);
    const std::size_t first = tt_.token_at_or_after(s);
    std::size_t last = first;
    while (last < tt_.tokens.size() && tt_.tokens[last].start < e) ++last;
    return {first, std::max(last, first)};
  }

  const LexMatch* match_at(std::size_t tok, LexKind kind) const {
    if (tok >= by_token_.size()) return nullptr;
    for (std::size_t i : by_token_[tok]) {
      if (tt_.matches[i].kind == kind) return &tt_.matches[i];
    }
    return nullptr;
  }

  bool same_clause(std::size_t a, std::size_t b) const {
    return a < tt_.tokens.size() && b < tt_.tokens.size() &&
           tt_.tokens[a].clause == tt_.tokens[b].clause;
  }

  void find_main_place() {
    std::map<std::string, std::pair<int, std::size_t>> counts;  // country → (count, first)
    for (const auto& m : tt_.matches) {
      if (m.kind != LexKind::kPlace || teaser_[m.first] != 0) continue;
      const auto country = rules_.country_of(rules_.places[m.index].name);
      const auto* place = rules_.place(country);
      if (place != nullptr && place->kind == "country") countries_.emplace_back(m.first, country);
      auto& c = counts.try_emplace(country, 0, m.first).first->second;
      ++c.first;
    }
    int best = 0;
    std::size_t first = 0;
    for (const auto& [name, c] : counts) {
      if (c.first > best || (c.first == best && c.second < first)) {
        best = c.first;
        first = c.second;
        main_place_ = name;
      }
    }
  }

  void find_dates() {
    for (const auto& m : view_.mentions) {
      DateRef d;
      std::tie(d.first, d.last) = token_range(m);
      if (m.kind == MentionKind::kDate) {
        if (!m.unresolved) {
          d.earliest = m.earliest;
          d.latest = m.latest.empty() ? m.earliest : m.latest;
        }
      } else if (m.kind == MentionKind::kNumber && m.value && *m.value >= 1900 &&
                 *m.value <= 2100 && *m.value == static_cast<int>(*m.value) && m.text.size() == 4 &&
                 d.first > 0 && match_at(d.first - 1, LexKind::kEvent) != nullptr) {
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
        if (const auto* ev = match_at(k, LexKind::kEvent);
            ev != nullptr && same_clause(k, d.first)) {
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
  void index_dates_and_sentences() {
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
  std::span<const DateRef> dates_from(std::size_t lo, std::size_t hi) const {
    if (!dates_sorted_) return dates_;
    const auto b = std::lower_bound(dates_.begin(), dates_.end(), lo,
                                    [](const DateRef& d, std::size_t v) { return d.first < v; });
    const auto e = std::upper_bound(b, dates_.end(), hi,
                                    [](std::size_t v, const DateRef& d) { return v < d.first; });
    return {b, e};
  }

  /// The nearest subject match of `role` in [from, to) within the clause of `anchor`.
  const LexMatch* subject_in(std::size_t from, std::size_t to, std::size_t anchor,
                             rules::SubjectRole role, bool backwards) const {
    if (backwards) {
      for (std::size_t k = to; k-- > from;) {
        if (!same_clause(k, anchor)) break;
        const auto* m = match_at(k, LexKind::kSubject);
        if (m != nullptr && rules_.subjects[m->index].role == role) return m;
      }
      return nullptr;
    }
    for (std::size_t k = from; k < to && k < tt_.tokens.size(); ++k) {
      if (!same_clause(k, anchor)) break;
      const auto* m = match_at(k, LexKind::kSubject);
      if (m != nullptr && rules_.subjects[m->index].role == role) return m;
    }
    return nullptr;
  }

  struct Scope {
    std::vector<std::string> whose;
    Provenance whose_from = Provenance::kClause;  ///< kSentence: marked before its clause
    Provenance where_from = Provenance::kClause;  ///< kSentence: another clause of it
    std::vector<std::string> where;
    bool where_implied = false;
  };

  /// Places and owners around tokens [lo, hi) of one clause (`anchor`), with the noun
  /// phrase [np_lo, np_hi) whose adjectives name the owner.
  Scope scope(std::size_t lo, std::size_t hi, std::size_t anchor, std::size_t np_lo,
              std::size_t np_hi, std::size_t mention_first) const {
    Scope sc;
    // Owners named by adjectives or owner words inside the noun phrase.
    for (std::size_t k = np_lo; k < np_hi && k < tt_.tokens.size(); ++k) {
      if (!same_clause(k, anchor)) continue;
      const auto* m = match_at(k, LexKind::kPlaceAdjective);
      if (m != nullptr && match_at(k, LexKind::kPlace) == nullptr) {
        sc.whose.push_back(rules_.places[m->index].name);
      } else if (const auto* o = match_at(k, LexKind::kOwner)) {
        sc.whose.push_back(rules_.owners[o->index].name);
      }
    }
    // Owners marked by لدى / بقيادة / led by, earlier in the sentence.
    const int sentence = tt_.tokens[anchor].sentence;
    const std::size_t back = mention_first >= 12 ? mention_first - 12 : 0;
    std::set<std::size_t> owner_tokens;
    for (std::size_t k = std::min(back, lo); k < hi && k < tt_.tokens.size(); ++k) {
      if (tt_.tokens[k].sentence != sentence ||
          !rules_.cue(Cue::kOwnerMarker).has(tt_.tokens[k].text))
        continue;
      for (std::size_t j = k + 1; j < k + 3 && j < tt_.tokens.size(); ++j) {
        if (!same_clause(k, anchor)) sc.whose_from = Provenance::kSentence;
        if (const auto* p = match_at(j, LexKind::kPlace)) {
          sc.whose.push_back(rules_.country_of(rules_.places[p->index].name));
          for (std::size_t q = j; q < j + p->length; ++q) owner_tokens.insert(q);
          break;
        }
        if (const auto* o = match_at(j, LexKind::kOwner)) {
          sc.whose.push_back(rules_.owners[o->index].name);
          break;
        }
      }
    }
    // Places of the clause: after a preposition (في العراق, بالعراق, in Iraq) or bare.
    struct Found {
      std::string name;
      bool prepositional;
      std::size_t tok;
      int group;  ///< places joined by a conjunction ("في تركيا وسوريا") share one
    };
    int group = 0;
    std::vector<Found> found;
    bool last_prepositional = false;
    for (std::size_t k = lo; k < hi && k < tt_.tokens.size(); ++k) {
      if (!same_clause(k, anchor) || owner_tokens.count(k) > 0) continue;
      const auto* p = match_at(k, LexKind::kPlace);
      if (p == nullptr) continue;
      const auto& tok = tt_.tokens[k].text;
      bool prep = p->prefixed || (k > 0 && is_place_preposition(tt_.tokens[k - 1].text)) ||
                  (k > 1 && is_place_preposition(tt_.tokens[k - 2].text) &&
                   match_at(k - 1, LexKind::kPlace) == nullptr && !tt_.tokens[k - 1].numeric);
      // "في تركيا وسوريا": a conjunct continues the list.
      bool conjunct = false;
      if (!prep && last_prepositional && tok.rfind("\xd9\x88", 0) == 0) conjunct = prep = true;
      if (!prep && last_prepositional && k > 0 && tt_.tokens[k - 1].text == "and") {
        conjunct = prep = true;
      }
      if (!conjunct) ++group;
      // "iraq's death toll": an English possessive names the place.
      if (tok.size() > 2 && tok.compare(tok.size() - 2, 2, "'s") == 0) prep = true;
      found.push_back(Found{rules_.places[p->index].name, prep, k, group});
      last_prepositional = prep;
      k += p->length - 1;
    }
    const bool any_prep =
        std::any_of(found.begin(), found.end(), [](const Found& f) { return f.prepositional; });
    // Of several places after prepositions, the group nearest the figure: "وفي سوريا قتل
    // 237 ... في جنوب شرق تركيا" is Syria's toll, "across Turkey and Syria" both.
    int nearest = -1;
    std::size_t nearest_dist = 0;
    for (const auto& f : found) {
      if (!f.prepositional) continue;
      const std::size_t d = f.tok >= mention_first ? f.tok - mention_first : mention_first - f.tok;
      if (nearest < 0 || d < nearest_dist) {
        nearest = f.group;
        nearest_dist = d;
      }
    }
    for (const auto& f : found) {
      if ((f.prepositional && f.group == nearest) || (!any_prep && f.tok >= mention_first)) {
        sc.where.push_back(f.name);
      } else if (any_prep && f.tok < mention_first) {
        // A bare place before the figure with a place named after it: the owner
        // ("أرسلت الولايات المتحدة آلاف الجنود إلى العراق", "the US has 2,500 troops in Iraq").
        sc.whose.push_back(rules_.country_of(f.name));
      }
    }
    sort_unique(sc.whose);
    sort_unique(sc.where);
    // Keep the most specific places: a base in Iraq is more than Iraq.
    std::vector<std::string> specific;
    for (const auto& w : sc.where) {
      const bool has_child =
          std::any_of(sc.where.begin(), sc.where.end(),
                      [&](const std::string& o) { return rules_.contains(w, o); });
      if (!has_child) specific.push_back(w);
    }
    sc.where = std::move(specific);
    if (sc.where.empty()) sentence_place(sc, lo, hi, anchor);
    if (sc.where.empty() && !main_place_.empty()) {
      sc.where.push_back(main_place_);
      sc.where_implied = true;
    }
    return sc;
  }

  /// A place for a clause that names none: the country just named when the clause says
  /// "the country" ("عدد القتلى في البلاد"), else a place after a preposition in another
  /// clause of the sentence, the nearest before the figure first ("في لبنان، بلغ عدد
  /// الضحايا 340").
  void sentence_place(Scope& sc, std::size_t lo, std::size_t hi, std::size_t anchor) const {
    const auto n = tt_.tokens.size();
    for (std::size_t k = lo; k < hi && k < n; ++k) {
      if (!same_clause(k, anchor) || cue_at(tt_, rules_.cue(Cue::kThisCountry), k) == 0) continue;
      const auto it = std::lower_bound(countries_.begin(), countries_.end(), k,
                                       [](const auto& c, std::size_t v) { return c.first < v; });
      if (it == countries_.begin()) return;
      sc.where.push_back(std::prev(it)->second);
      sc.where_from = std::prev(it)->first >= n || tt_.tokens[std::prev(it)->first].sentence !=
                                                       tt_.tokens[anchor].sentence
                          ? Provenance::kParagraph
                          : Provenance::kSentence;
      return;
    }
    const int sentence = tt_.tokens[anchor].sentence;
    auto prepositional = [&](std::size_t k) -> const LexMatch* {
      const auto* p = match_at(k, LexKind::kPlace);
      if (p == nullptr) return nullptr;
      const bool prep = p->prefixed || (k > 0 && is_place_preposition(tt_.tokens[k - 1].text));
      return prep ? p : nullptr;
    };
    for (std::size_t k = anchor; k-- > (anchor >= 40 ? anchor - 40 : 0);) {
      if (tt_.tokens[k].sentence != sentence) break;
      if (const auto* p = prepositional(k)) {
        sc.where.push_back(rules_.places[p->index].name);
        sc.where_from = Provenance::kSentence;
        return;
      }
    }
    for (std::size_t k = anchor + 1; k < anchor + 40 && k < n; ++k) {
      if (tt_.tokens[k].sentence != sentence) break;
      if (const auto* p = prepositional(k)) {
        sc.where.push_back(rules_.places[p->index].name);
        sc.where_from = Provenance::kSentence;
        return;
      }
    }
  }

  /// A figure with no date of its own in a sentence that names one before it: the
  /// sentence's date is its time. When that date, over a year before publication, dates
  /// an event of a kind that recurs (a quake, not an invasion), the figure is that earlier
  /// event's: history ("منذ زلزال 1999 الذي تسبب في مقتل 17 ألف شخص").
  void sentence_time(Claim& c, std::size_t first) const {
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
    f.time = {
        best->earliest == best->latest ? best->earliest : best->earliest + ".." + best->latest,
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
  Provenance as_of(Claim& c, std::size_t first, std::size_t last) const {
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

  void quote(Claim& c, std::size_t norm_start) const {
    auto sentences = std::span<const std::pair<std::size_t, std::size_t>>(view_.sentences);
    if (sentences_sorted_) {
      // The one sentence that can hold the offset: the last to start at or before it.
      auto it = std::upper_bound(sentences.begin(), sentences.end(), norm_start,
                                 [](std::size_t v, const auto& se) { return v < se.first; });
      sentences = it == sentences.begin()
                      ? sentences.subspan(0, 0)
                      : sentences.subspan(static_cast<std::size_t>(it - sentences.begin()) - 1, 1);
    }
    for (const auto& [s, e] : sentences) {
      if (norm_start >= s && norm_start < e) {
        const auto [os, oe] = view_.text.to_original(s, e);
        const auto w =
            quote_window(view_.text.original, os, oe, c.mention.span.start, c.mention.span.end);
        c.quote = std::string(view_.text.original.substr(w.start, w.end - w.start));
        c.quote_start = w.start;
        return;
      }
    }
  }

  void numeric_claim(Claim& c, std::size_t first, std::size_t last) {
    const auto n = tt_.tokens.size();
    const LexMatch* entity = nullptr;
    const LexMatch* measure = nullptr;
    std::size_t noun_tok = n;
    // A percentage names its subject before it ("نسبة المشاركة بلغت 41% من الناخبين",
    // "inflation rose to 33.9%"); what follows is the base, not the subject.
    const auto& mt = c.mention.text;
    const bool percent =
        c.mention.kind == MentionKind::kPercent || mt.find('%') != std::string::npos ||
        mt.find("\xd9\xaa") != std::string::npos || mt.find("percent") != std::string::npos;
    if (percent) {
      entity =
          subject_in(first >= 10 ? first - 10 : 0, first, first, rules::SubjectRole::kEntity, true);
      if (entity != nullptr) noun_tok = entity->first;
    }
    // The noun after the figure: "2500 جندي", "14 صاروخاً", "عشرات الآلاف من المدنيين",
    // "2,500 US troops", "50 civilians were killed".
    for (std::size_t k = last; k < last + 4 && k < n && entity == nullptr; ++k) {
      if (!same_clause(k, first) || tt_.tokens[k].numeric) break;
      if (const auto* m = match_at(k, LexKind::kSubject)) {
        // A noun right before another figure is that figure's ("ارتفع إلى 912 وأصيب 5383").
        if (k + m->length < n && tt_.tokens[k + m->length].numeric && k > last) break;
        if (k + m->length < n && tt_.tokens[k + m->length].numeric &&
            tt_.tokens[k].text.rfind("\xd9\x88", 0) == 0) {
          break;
        }
        const auto role = rules_.subjects[m->index].role;
        if (role == rules::SubjectRole::kQualifier) {
          k += m->length - 1;
          continue;
        }
        if (role == rules::SubjectRole::kMeasure) {
          if (measure == nullptr) measure = m;
        } else if (entity == nullptr) {
          entity = m;
          noun_tok = k;
        }
        if (entity != nullptr) break;
        k += m->length - 1;
        continue;
      }
      const bool skippable =
          is_stopword(tt_.tokens[k].text) || match_at(k, LexKind::kPlaceAdjective) != nullptr ||
          match_at(k, LexKind::kUnit) != nullptr || match_at(k, LexKind::kOwner) != nullptr;
      if (!skippable) break;
    }
    // An unknown noun right after the figure is what it counts ("أربعة ملفات"): then no
    // noun before it is taken.
    bool noun_follows = false;
    for (std::size_t k = last; k < last + 2 && k < n && entity == nullptr && !percent; ++k) {
      if (!same_clause(k, first)) break;
      const auto& t = tt_.tokens[k];
      if (is_any_date(k)) break;
      if (!is_letter_token(t) || is_stopword(t.text)) continue;
      noun_follows = match_at(k, LexKind::kSubject) == nullptr &&
                     match_at(k, LexKind::kUnit) == nullptr &&
                     match_at(k, LexKind::kPlaceAdjective) == nullptr &&
                     match_at(k, LexKind::kOwner) == nullptr;
      break;
    }
    // Or the noun before it: "القوات ... من 5200 إلى 2500", "troops numbered 2,500".
    if (entity == nullptr && !noun_follows) {
      const std::size_t from = first >= 10 ? first - 10 : 0;
      entity = subject_in(from, first, first, rules::SubjectRole::kEntity, true);
      if (entity == nullptr) {
        const auto* generic = subject_in(from, first, first, rules::SubjectRole::kGeneric, true);
        if (generic != nullptr && generic->first + 4 >= first) entity = generic;
      }
      if (entity != nullptr) noun_tok = entity->first;
    }
    // What happened to it, close by: "مقتل ... المدنيين", "قُتل ... مدني", "were killed".
    if (measure == nullptr) {
      // An unknown noun after the figure is what it counts: a measure before it must be
      // right beside it ("مقتل 50 عاملا"), not the toll of the sentence ("خلال 9 ساعات").
      const std::size_t reach = noun_follows ? 2 : 8;
      const std::size_t from = first >= reach ? first - reach : 0;
      measure = subject_in(from, first, first, rules::SubjectRole::kMeasure, true);
    }
    if (measure == nullptr) {
      const std::size_t after = (noun_tok < n ? noun_tok + (entity ? entity->length : 1) : last);
      measure = subject_in(after, after + 3, first, rules::SubjectRole::kMeasure, false);
    }
    std::string counted;
    bool certain = false;
    // "زلزال بقوة 7.8", "injured in the quake": an entity that is an event names the event
    // (the frame's event slot), not what is counted, when a measure is there.
    if (entity != nullptr && measure != nullptr &&
        rules_.event(rules_.subjects[entity->index].name) != nullptr) {
      entity = nullptr;
    }
    if (entity != nullptr && rules_.subjects[entity->index].role == rules::SubjectRole::kEntity) {
      counted = rules_.subjects[entity->index].name;
      certain = true;
    }
    if (measure != nullptr) {
      counted += (counted.empty() ? "" : " ") + rules_.subjects[measure->index].name;
      certain = true;
    }
    if (counted.empty()) {
      // No check names the noun: the stem of the word after the figure.
      for (std::size_t k = last; k < last + 2 && k < n; ++k) {
        if (!same_clause(k, first)) break;
        const auto& t = tt_.tokens[k];
        if (!is_letter_token(t) || is_stopword(t.text)) continue;
        if (match_at(k, LexKind::kPlace) || match_at(k, LexKind::kPlaceAdjective) ||
            match_at(k, LexKind::kEvent) || match_at(k, LexKind::kOwner) ||
            match_at(k, LexKind::kSubject)) {
          break;
        }
        const bool arabic = static_cast<unsigned char>(t.text[0]) >= 0xd8;
        const auto variants = rules::token_variants(t.text);
        const std::string word =
            arabic && variants.size() > 1 ? variants.back() : std::string(t.text);
        counted = "~" + stem(arabic ? ar_stemmer_.get() : en_stemmer_.get(), word);
        if (is_any_date(k)) counted.clear();
        break;
      }
    }
    // Unit of measure: currencies, barrels, and percentages.
    std::string unit;
    for (std::size_t k = last; k < last + 3 && k < n; ++k) {
      if (!same_clause(k, first)) break;
      if (const auto* u = match_at(k, LexKind::kUnit)) {
        unit = rules_.units[u->index].name;
        break;
      }
    }
    const auto [ns, ne] = std::pair{tt_.tokens[first].start, tt_.tokens[first].end};
    (void)ne;
    if (unit.empty() && ns > 0 && view_.text.text[ns - 1] == '$') unit = "USD";
    if (percent) unit = "%";
    if (!counted.empty() && !unit.empty()) counted += "[" + unit + "]";
    c.counted = counted;
    c.key_certain = certain;

    const std::size_t np_lo = noun_tok < n ? (noun_tok >= 2 ? noun_tok - 2 : 0) : last;
    const std::size_t np_hi =
        noun_tok < n ? noun_tok + (entity ? entity->length : 1) + 3 : last + 2;
    // Adjectives between the figure and its noun ("2,500 US troops") belong to it too.
    const std::size_t lo_np = std::min(np_lo, last);
    auto sc = scope(first >= 8 ? first - 8 : 0, last + 8, first, lo_np, np_hi, first);
    // "Iraqi civilians killed in Iraq" is "civilians killed in Iraq": an owner that is the
    // country of the place says nothing more.
    std::vector<std::string> whose;
    for (const auto& w : sc.whose) {
      const bool same = std::any_of(sc.where.begin(), sc.where.end(), [&](const std::string& p) {
        return rules_.country_of(p) == w;
      });
      if (!same) whose.push_back(w);
    }
    c.whose = std::move(whose);
    c.where = std::move(sc.where);
    c.where_implied = sc.where_implied;
    const Provenance where_from = sc.where_from;
    c.counted = counted.substr(0, counted.find('['));
    const Provenance time_from = as_of(c, first, last);
    c.counted = counted;
    if (!c.counted.empty()) {
      c.key = c.counted + "|" + join(c.whose) + "|" + join(c.where);
    }
    // The frame: what happened (the measure) to what is counted (a qualifier), or what is
    // counted when nothing happened to it ("2500 جندي": troops).
    auto& f = c.frame;
    fill_measure(c, measure != nullptr ? &rules_.subjects[measure->index] : nullptr,
                 entity != nullptr ? &rules_.subjects[entity->index] : nullptr, counted, unit,
                 rules_);
    if (!c.whose.empty()) f.owner = {join(c.whose), sc.whose_from};
    fill_place(c, where_from, rules_);
    fill_time(c, time_from, view_.source.published);
    // Which event: "زلزال ثان بقوة 6.4", "an aftershock of 4.1" are not the main quake.
    if (const auto* ev = nearest_event(first, last)) {
      const std::string mark = event_mark(tt_, rules_, ev->first, ev->length);
      const auto& name = rules_.events[ev->index].name;
      f.event = {name + (mark.empty() || mark == name ? "" : "#" + mark), Provenance::kClause};
      if (!mark.empty() && !c.key.empty()) c.key += "|" + f.event.value;
    }
    // A constant of one event read after an aftershock in its sentence ("20 aftershocks
    // followed, the strongest measuring 6.6") is the aftershock's.
    if (f.semantics == Semantics::kEventConstant && f.event.value.find('#') == std::string::npos &&
        f.event.value != "aftershock" && aftershock_before(first)) {
      f.event = {"aftershock", Provenance::kSentence};
      if (!c.key.empty()) c.key += "|aftershock";
    }
    // What narrows the figure in its clause ("التضخم الأساسي", "monthly urban inflation"):
    // part of the key, so a core rate and a headline one never meet.
    add_qualifiers(c, first, last, entity != nullptr ? entity->first : n,
                   entity != nullptr ? entity->first + entity->length : n);
    // A forecast, plan, limit or history is never compared with what was counted.
    f.modality = modality_at(tt_, rules_, first, last);
    if (time_from == Provenance::kAssumed) sentence_time(c, first);
    if (f.modality != Modality::kActual && !c.key.empty()) {
      c.key += std::string("|") + to_string(f.modality);
    }
  }

  /// Adds the qualifiers of the figure at tokens [first, last) to the frame and the key
  /// (`inflation[%]+core,urban|...`): those of its clause, up to 8 tokens before it and 4
  /// after, and those beside the noun it counts, [noun_first, noun_last) when it has one
  /// ("annual urban inflation rose to 35.7% in June from 32.7% in May": both are urban).
  void add_qualifiers(Claim& c, std::size_t first, std::size_t last, std::size_t noun_first,
                      std::size_t noun_last) const {
    std::vector<std::string> found;
    const auto collect = [&](std::size_t lo, std::size_t hi, std::size_t anchor) {
      for (std::size_t k = lo; k < hi && k < tt_.tokens.size(); ++k) {
        if (!same_clause(k, anchor) || (k >= first && k < last)) continue;
        const auto* m = match_at(k, LexKind::kSubject);
        if (m != nullptr && rules_.subjects[m->index].role == rules::SubjectRole::kQualifier) {
          found.push_back(rules_.subjects[m->index].name);
        }
      }
    };
    collect(first >= 8 ? first - 8 : 0, last + 4, first);
    if (noun_first < tt_.tokens.size()) {
      collect(noun_first >= 3 ? noun_first - 3 : 0, noun_last + 2, noun_first);
    }
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
    const std::size_t bar = c.key.find('|');
    c.key.insert(bar == std::string::npos ? c.key.size() : bar, "+" + named);
  }

  bool is_place_preposition(std::string_view t) const {
    return cue_word(rules_.cue(Cue::kPlacePreposition), t);
  }
  bool is_stopword(std::string_view t) const { return rules_.cue(Cue::kStopword).has(t); }

  /// An aftershock cue in the sentence of token `first`, at most 20 tokens before it.
  bool aftershock_before(std::size_t first) const {
    const int sentence = tt_.tokens[first].sentence;
    for (std::size_t k = first; k-- > (first >= 20 ? first - 20 : 0);) {
      if (tt_.tokens[k].sentence != sentence) break;
      if (cue_at(tt_, rules_.cue(Cue::kAftershock), k) > 0) return true;
    }
    return false;
  }

  bool is_any_date(std::size_t tok) const {
    const auto near = dates_from(tok >= dates_span_ ? tok - dates_span_ : 0, tok);
    return std::any_of(near.begin(), near.end(),
                       [&](const DateRef& d) { return tok >= d.first && tok < d.last; });
  }

  /// The event nearest to tokens [first, last) in their clause, within 8 tokens.
  const LexMatch* nearest_event(std::size_t first, std::size_t last) const {
    const LexMatch* best = nullptr;
    std::size_t best_dist = 0;
    const std::size_t lo = first >= 8 ? first - 8 : 0;
    for (std::size_t k = lo; k < last + 8 && k < tt_.tokens.size(); ++k) {
      if (!same_clause(k, first) || (k >= first && k < last)) continue;
      for (std::size_t i : by_token_[k]) {
        const auto& m = tt_.matches[i];
        if (m.kind != LexKind::kEvent) continue;
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

  void date_claim(Claim& c, std::size_t first, std::size_t last) {
    if (c.mention.unresolved || c.mention.earliest.empty()) return;
    const auto* ev = nearest_event(first, last);
    if (ev == nullptr) return;
    c.event = rules_.events[ev->index].name;
    const std::size_t lo = std::min(first, ev->first);
    const std::size_t hi = std::max(last, ev->first + ev->length);
    auto sc = scope(lo >= 6 ? lo - 6 : 0, hi + 6, ev->first, ev->first, ev->first, ev->first);
    // One place for an event: the article's own country when it is among several.
    if (sc.where.size() > 1 && !main_place_.empty()) {
      const bool has_main =
          std::any_of(sc.where.begin(), sc.where.end(),
                      [&](const std::string& w) { return rules_.country_of(w) == main_place_; });
      if (has_main) sc.where = {main_place_};
    }
    c.where = std::move(sc.where);
    c.where_implied = sc.where_implied;
    c.key = c.event + "|" + join(c.where);
    c.key_certain = true;
    c.frame.event = {c.event, Provenance::kClause};
    const auto* e = rules_.event(c.event);
    if (e != nullptr && e->unique) c.frame.semantics = Semantics::kEventConstant;
    fill_place(c, sc.where_from, rules_);
  }

  void ordinal_claim(Claim& c, std::size_t first, std::size_t last) {
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

  Claim build_one(const Mention& m) {
    Claim c;
    c.source = view_.source.id;
    c.id =
        view_.source.id + ":" + std::to_string(m.span.line) + ":" + std::to_string(m.span.column);
    c.mention = m;
    const auto [ns, ne] = to_normalized(m.span);
    (void)ne;
    quote(c, ns);
    const auto [first, last] = token_range(m);
    if (first >= tt_.tokens.size() || last <= first) return c;
    if (teaser_[first] != 0) {
      // A "Read also" block is another story: no key, and the frame says why.
      c.frame.excluded = "teaser";
      return c;
    }
    switch (m.kind) {
      case MentionKind::kNumber:
      case MentionKind::kVague:
      case MentionKind::kRange:
      case MentionKind::kChange:
      case MentionKind::kPercent:
        if (!m.imprecise) numeric_claim(c, first, last);
        break;
      case MentionKind::kDate:
        date_claim(c, first, last);
        break;
      case MentionKind::kOrdinal:
        ordinal_claim(c, first, last);
        break;
      case MentionKind::kDuration:
        break;
    }
    return c;
  }

  const SourceView& view_;
  const rules::RuleSet& rules_;
  TokenizedText tt_;
  std::vector<std::vector<std::size_t>> by_token_;
  std::vector<DateRef> dates_;
  bool dates_sorted_ = false;      ///< dates_ in order of their first token
  std::size_t dates_span_ = 0;     ///< the most tokens a date takes
  bool sentences_sorted_ = false;  ///< view_.sentences in order, none overlapping
  std::string main_place_;
  std::vector<char> teaser_;  ///< per token: inside a teaser block for another story
  std::vector<std::pair<std::size_t, std::string>> countries_;  ///< (token, country), in order
  StemmerPtr ar_stemmer_;
  StemmerPtr en_stemmer_;
};

}  // namespace

std::vector<Claim> build_claims(const SourceView& view, const rules::RuleSet& rules) {
  if (!rules.lexicon) {
    rules::RuleSet copy = rules;
    rules::rebuild_lexicon(copy);
    return Builder(view, copy).build();
  }
  return Builder(view, rules).build();
}

}  // namespace fc::claims
