#include <algorithm>
#include <map>
#include <set>

#include "factcheck/claims/builder.hpp"
#include "factcheck/claims/frame.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::claims::detail {

void Builder::find_main_place() {
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

/// Places and owners around tokens [lo, hi) of one clause (`anchor`), with the noun
/// phrase [np_lo, np_hi) whose adjectives name the owner.
Builder::Scope Builder::scope(std::size_t lo, std::size_t hi, std::size_t anchor, std::size_t np_lo,
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
    const bool has_child = std::any_of(sc.where.begin(), sc.where.end(),
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
void Builder::sentence_place(Scope& sc, std::size_t lo, std::size_t hi, std::size_t anchor) const {
  const auto n = tt_.tokens.size();
  for (std::size_t k = lo; k < hi && k < n; ++k) {
    if (!same_clause(k, anchor) || cue_at(tt_, rules_.cue(Cue::kThisCountry), k) == 0) continue;
    const auto it = std::lower_bound(countries_.begin(), countries_.end(), k,
                                     [](const auto& c, std::size_t v) { return c.first < v; });
    if (it == countries_.begin()) return;
    sc.where.push_back(std::prev(it)->second);
    sc.where_from = std::prev(it)->first >= n ||
                            tt_.tokens[std::prev(it)->first].sentence != tt_.tokens[anchor].sentence
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

}  // namespace fc::claims::detail
