#include <algorithm>
#include <map>
#include <set>

#include "factcheck/claims/builder.hpp"
#include "factcheck/claims/frame.hpp"
#include "factcheck/claims/name_sound.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::claims::detail {

void Builder::find_main_place() {
  std::map<std::string, std::pair<int, std::size_t>> counts;  // country → (weight, first)
  for (const auto& m : tt_.matches) {
    if (m.kind != LexKind::kPlace || teaser_[m.first] != 0) continue;
    const auto country = rules_.country_of(rules_.places[m.index].name);
    const auto* place = rules_.place(country);
    if (place != nullptr && place->kind == "country") countries_.emplace_back(m.first, country);
    auto& c = counts.try_emplace(country, 0, m.first).first->second;
    // The headline and the lede name where the story is; the countries a later list
    // names ("pilgrims from Egypt, Jordan and Indonesia") are whose the dead were.
    c.first += tt_.tokens[m.first].sentence <= 1 ? 3 : 1;
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

namespace {

/// The word without one leading clitic (و ف ب ل): "وإقليم" is "إقليم".
std::string_view without_clitic(std::string_view w) {
  for (const char* c : {"\xd9\x88", "\xd9\x81", "\xd8\xa8", "\xd9\x84"}) {
    if (w.size() > 2 && w.rfind(c, 0) == 0) return w.substr(2);
  }
  return w;
}

/// The word without its article: "الخرطوم" is "خرطوم".
std::string_view without_article(std::string_view w) {
  if (w.size() > 4 && w.rfind("\xd8\xa7\xd9\x84", 0) == 0) return w.substr(4);
  return w;
}

}  // namespace

bool Builder::capitalized(std::size_t k) const { return capitalized_at(k, 0); }

bool Builder::capitalized_at(std::size_t k, std::size_t offset) const {
  const auto& t = tt_.tokens[k];
  const auto orig = view_.text.original_text(t.start, t.end);
  return offset < orig.size() && orig[offset] >= 'A' && orig[offset] <= 'Z';
}

bool Builder::place_noun(std::size_t k) const {
  if (k >= tt_.tokens.size()) return false;
  const auto& nouns = rules_.cue(Cue::kPlaceNoun);
  const auto w = tt_.tokens[k].text;
  // Exactly, or after one clitic: "إقليم الحوز", "وولاية"; not "المدينة" ("the city",
  // which names no place after it).
  return nouns.has(w) || nouns.has(without_clitic(w));
}

void Builder::find_places() {
  const auto n = tt_.tokens.size();
  // Sparse: places are few, tokens may be tens of millions (one large file).
  std::map<std::size_t, PlaceAt> at_token;
  for (const auto& m : tt_.matches) {
    if (m.kind != LexKind::kPlace || m.first >= n) continue;
    auto& p = at_token[m.first];
    if (!p.name.empty() && p.length >= m.length) continue;
    p = PlaceAt{rules_.places[m.index].name, m.length, m.prefixed};
  }
  const auto known = [&](std::size_t k) { return at_token.count(k) > 0; };
  const auto unknown_name = [&](std::size_t k) {
    const auto& t = tt_.tokens[k];
    return is_letter_token(t) && !is_stopword(t.text) && !known(k) && by_token_[k].empty() &&
           in_figure_[k] == 0 && !is_any_date(k);
  };
  // An English name is capitalized: "the adjoining district", "a small town" name none.
  const std::string country = main_place_;
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (!place_noun(k) || !same_clause(k, k + 1)) continue;
    // "إقليم الحوز", "ولاية الخرطوم", "province of Tarfaya": the place noun makes the name
    // after it a place, as a preposition would; a name no gazetteer knows is a part of the
    // article's country, keyed by the sound of its name (name_sound), which its Arabic and
    // English spellings share.
    std::size_t at = k + 1;
    // English names the place after its noun only with "of" ("province of Tarfaya").
    if (ascii_word(tt_.tokens[k].text)) {
      if (tt_.tokens[at].text != "of" || at + 1 >= n) continue;
      ++at;
      if (!known(at) && !capitalized(at)) continue;
    }
    if (known(at)) {
      at_token[at].prefixed = true;
    } else if (unknown_name(at) && !country.empty() &&
               !cue_word(rules_.cue(Cue::kSecond), tt_.tokens[at].text)) {
      // ("بين محافظة وأخرى": "another" names none.)
      at_token[at] =
          PlaceAt{country + "/" + name_sound(without_article(tt_.tokens[at].text)), 1, true};
    }
  }
  // "100 died in Jajarkot", "in West Rukum": a capitalized name no gazetteer knows after
  // "in" is a place of the article's country, keyed by the sound of its last word.
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (tt_.tokens[k].text != "in" || !same_clause(k, k + 1)) continue;
    std::size_t end = k + 1;
    while (end < n && end < k + 4 && same_clause(k, end) && ascii_word(tt_.tokens[end].text) &&
           capitalized(end) && !known(end) && !place_noun(end) && in_figure_[end] == 0 &&
           !is_any_date(end)) {
      ++end;
    }
    if (end == k + 1 || known(end) || country.empty() || !unknown_name(end - 1)) continue;
    at_token[end - 1] = PlaceAt{country + "/" + name_sound(tt_.tokens[end - 1].text), 1, true};
  }
  // English puts the name first: "Taroudant province"; not an adjective ("the
  // Sunni-majority town", "the Kurdish-run district") nor before "of" and its own name
  // ("the Christian town of Qaraqosh").
  const auto adjective = [&](std::size_t k) {
    const auto w = tt_.tokens[k].text;
    const auto dash = w.find('-');
    return dash != std::string_view::npos && dash + 1 < w.size() && !capitalized_at(k, dash + 1);
  };
  for (std::size_t k = 1; k < n; ++k) {
    if (!place_noun(k) || !ascii_word(tt_.tokens[k].text) || !same_clause(k - 1, k)) continue;
    if (k + 2 < n && tt_.tokens[k + 1].text == "of" && (known(k + 2) || capitalized(k + 2)))
      continue;
    if (!known(k - 1) && unknown_name(k - 1) && capitalized(k - 1) && !adjective(k - 1) &&
        !country.empty()) {
      at_token[k - 1] = PlaceAt{country + "/" + name_sound(tt_.tokens[k - 1].text), 1, true};
    }
  }
  for (auto& [k, p] : at_token) {
    // "زلزال الحوز", "Beirut blast": a place naming the event; the figure is the event's,
    // in the country it struck (a country is its own).
    const bool after_event =
        k > 0 && std::any_of(by_token_[k - 1].begin(), by_token_[k - 1].end(), [&](std::size_t i) {
          const auto& m = tt_.matches[i];
          return m.kind == LexKind::kEvent;
        });
    bool before_event = false;
    if (k + p.length < n && ascii_word(tt_.tokens[k].text)) {
      for (std::size_t i : by_token_[k + p.length]) {
        if (tt_.matches[i].kind == LexKind::kEvent) before_event = true;
      }
    }
    // A country right after a trigger is as often the subject of a verb ("سحبت الولايات
    // المتحدة قواتها"): only a place within a country names its event so.
    const auto* known_place = rules_.place(p.name);
    const bool within_country = p.name.find('/') != std::string::npos ||
                                (known_place != nullptr && known_place->kind != "country");
    if ((after_event || before_event) && within_country) {
      p.name = rules_.country_of(p.name);
      p.prefixed = true;
      continue;
    }
    // "خارج درنة", "outside Derna": the figure is the rest's.
    for (std::size_t j = k; j-- > (k >= 2 ? k - 2 : 0);) {
      if (cue_at(tt_, rules_.cue(Cue::kOutside), j) > 0) {
        p.name = "outside:" + p.name;
        p.prefixed = true;
        break;
      }
      if (!is_stopword(tt_.tokens[j].text)) break;
    }
  }
  places_at_.assign(std::make_move_iterator(at_token.begin()),
                    std::make_move_iterator(at_token.end()));
}

const PlaceAt* Builder::place_at(std::size_t k) const {
  const auto it = std::lower_bound(places_at_.begin(), places_at_.end(), k,
                                   [](const auto& e, std::size_t v) { return e.first < v; });
  return it != places_at_.end() && it->first == k ? &it->second : nullptr;
}

namespace {

/// Whether the bytes hold an opening or closing quotation mark (" « » “ ” ').
bool has_quote(std::string_view gap) {
  for (const char* q : {"\"", "\xc2\xab", "\xc2\xbb", "\xe2\x80\x9c", "\xe2\x80\x9d"}) {
    if (gap.find(q) != std::string_view::npos) return true;
  }
  return false;
}

/// An owner's name as a key writes it: each word without its article, a final ة or an
/// English possessive, so that "الكتلة الصدرية" and "التيار الصدري" meet on "صدري".
std::string owner_name(const std::vector<std::string_view>& words) {
  std::string out;
  for (auto w : words) {
    w = without_article(w);
    if (w.size() > 2 && w.substr(w.size() - 2) == "\xd8\xa9") w.remove_suffix(2);
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    if (w.empty()) continue;
    out += (out.empty() ? "" : " ") + std::string(w);
  }
  return out;
}

}  // namespace

std::string Builder::organisation_name(std::size_t k) const {
  const auto n = tt_.tokens.size();
  const auto& orgs = rules_.cue(Cue::kOrganisation);
  const auto w = tt_.tokens[k].text;
  const auto& text = view_.text.text;
  if (ascii_word(w)) {
    if (!orgs.has(w) || k == 0) return {};
    // "the Fatah alliance": capitalized words right before the noun.
    std::vector<std::string_view> words;
    for (std::size_t j = k; j-- > (k >= 2 ? k - 2 : 0);) {
      if (!same_clause(j, k) || !capitalized(j) || is_stopword(tt_.tokens[j].text)) break;
      words.insert(words.begin(), tt_.tokens[j].text);
    }
    return owner_name(words);
  }
  if (!cue_word(orgs, w) || k + 1 >= n || !same_clause(k, k + 1)) return {};
  std::vector<std::string_view> words;
  const auto gap = [&](std::size_t j) {
    return std::string_view(text).substr(tt_.tokens[j].end,
                                         tt_.tokens[j + 1].start - tt_.tokens[j].end);
  };
  if (has_quote(gap(k))) {
    // كتلة "تقدم", ائتلاف "دولة القانون": the quoted words.
    for (std::size_t j = k + 1; j < n && j < k + 6 && same_clause(j, k); ++j) {
      words.push_back(tt_.tokens[j].text);
      if (j + 1 >= n || has_quote(gap(j))) break;
    }
  } else {
    // الكتلة الصدرية, الحزب الديمقراطي الكردستاني: the adjectives after the noun.
    for (std::size_t j = k + 1; j < n && j < k + 3 && same_clause(j, k); ++j) {
      const auto t = tt_.tokens[j].text;
      if (t.rfind("\xd8\xa7\xd9\x84", 0) != 0 || is_stopword(t) || !by_token_[j].empty()) break;
      words.push_back(t);
    }
  }
  return owner_name(words);
}

bool Builder::at_venue(std::size_t k) const {
  // "في مؤتمر صحافي ببغداد", "a news conference in Geneva": the venue's noun ends right
  // before the place or its preposition.
  const auto& venue = rules_.cue(Cue::kVenue);
  for (std::size_t j = k; j-- > (k >= 5 ? k - 5 : 0);) {
    const std::size_t len = cue_at(tt_, venue, j);
    if (len > 0 &&
        (j + len == k || (j + len + 1 == k && is_place_preposition(tt_.tokens[j + len].text)))) {
      return true;
    }
  }
  return false;
}

std::string Builder::party_owner(std::size_t first, std::size_t last) const {
  // The nearest name in the figure's clause: before it ("وحلّت كتلة "تقدم" ... بـ38
  // مقعداً") or right after it ("38 مقعداً لتحالف "تقدم"").
  for (std::size_t k = last; k < last + 5 && k < tt_.tokens.size(); ++k) {
    if (!same_clause(k, first) || in_figure_[k] != 0) break;
    if (auto name = organisation_name(k); !name.empty()) return name;
  }
  // Across a figure of the same owner: "تراجع ائتلاف "دولة القانون" من 37 مقعداً إلى 33".
  for (std::size_t k = first; k-- > (first >= 16 ? first - 16 : 0);) {
    if (!same_clause(k, first)) break;
    if (auto name = organisation_name(k); !name.empty()) return name;
  }
  return {};
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
    const PlaceAt* p = place_at(k);
    if (p == nullptr || at_venue(k)) continue;
    const auto& tok = tt_.tokens[k].text;
    bool prep = p->prefixed || (k > 0 && is_place_preposition(tt_.tokens[k - 1].text)) ||
                (k > 1 && is_place_preposition(tt_.tokens[k - 2].text) &&
                 place_at(k - 1) == nullptr && !tt_.tokens[k - 1].numeric);
    // "في تركيا وسوريا": a conjunct continues the list.
    bool conjunct = false;
    if (!prep && last_prepositional && tok.rfind("\xd9\x88", 0) == 0) conjunct = prep = true;
    if (!prep && last_prepositional && k > 0 && tt_.tokens[k - 1].text == "and") {
      conjunct = prep = true;
    }
    if (!conjunct) ++group;
    // "iraq's death toll": an English possessive names the place.
    if (tok.size() > 2 && tok.compare(tok.size() - 2, 2, "'s") == 0) prep = true;
    found.push_back(Found{p->name, prep, k, group});
    last_prepositional = prep;
    k += p->length - 1;
  }
  const bool any_prep =
      std::any_of(found.begin(), found.end(), [](const Found& f) { return f.prepositional; });
  // Of several places after prepositions, the group nearest the figure: "وفي سوريا قتل
  // 237 ... في جنوب شرق تركيا" is Syria's toll, "across Turkey and Syria" both.
  // Distances after the figure count from its end, and a tie goes to the place after it:
  // "3,000 troops in Baghdad and 2,500 in Mosul" puts the 2,500 in Mosul.
  std::size_t mention_end = mention_first;
  while (mention_end < in_figure_.size() && in_figure_[mention_end] != 0) ++mention_end;
  if (mention_end > mention_first) --mention_end;
  int nearest = -1;
  std::size_t nearest_dist = 0;
  for (const auto& f : found) {
    if (!f.prepositional) continue;
    const bool after = f.tok > mention_end;
    // The preposition before a place after the figure stands between them, not the one
    // before a place before it ("في بغداد و25 في الموصل").
    const bool own_preposition = after && is_place_preposition(tt_.tokens[f.tok - 1].text);
    const std::size_t d = after ? f.tok - mention_end - (own_preposition ? 1 : 0)
                                : mention_first - std::min(f.tok, mention_first);
    if (nearest < 0 || d < nearest_dist || (after && d == nearest_dist)) {
      nearest = f.group;
      nearest_dist = d;
    }
  }
  // With no place after a preposition and an owner named otherwise ("Poland had 4,125 US
  // troops"), a bare place before the figure is where they are.
  const bool owned_otherwise = !sc.whose.empty();
  for (const auto& f : found) {
    if ((f.prepositional && f.group == nearest) || (!any_prep && f.tok >= mention_first) ||
        (!any_prep && owned_otherwise &&
         std::find(sc.whose.begin(), sc.whose.end(), rules_.country_of(f.name)) ==
             sc.whose.end())) {
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
  auto prepositional = [&](std::size_t k) -> const PlaceAt* {
    const PlaceAt* p = place_at(k);
    if (p == nullptr || at_venue(k)) return nullptr;
    const bool prep = p->prefixed || (k > 0 && is_place_preposition(tt_.tokens[k - 1].text));
    return prep ? p : nullptr;
  };
  for (std::size_t k = anchor; k-- > (anchor >= 40 ? anchor - 40 : 0);) {
    if (tt_.tokens[k].sentence != sentence) break;
    if (const auto* p = prepositional(k)) {
      sc.where.push_back(p->name);
      sc.where_from = Provenance::kSentence;
      return;
    }
  }
  for (std::size_t k = anchor + 1; k < anchor + 40 && k < n; ++k) {
    if (tt_.tokens[k].sentence != sentence) break;
    if (const auto* p = prepositional(k)) {
      sc.where.push_back(p->name);
      sc.where_from = Provenance::kSentence;
      return;
    }
  }
}

}  // namespace fc::claims::detail
