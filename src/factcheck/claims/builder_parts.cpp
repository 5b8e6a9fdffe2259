// The parts of a count (issue 17): "ارتفعت الحصيلة إلى 900 قتيل، بينهم 300 طفل و150
// امرأة", "the storms killed 900 people, including 300 children". A figure after "among
// them" counts a part of the figure before it: what happened to the whole happened to it
// ("children killed"), whatever noun it names itself.
#include <algorithm>

#include "factcheck/claims/builder.hpp"
#include "factcheck/claims/frame_cues.hpp"

namespace fc::claims::detail {

namespace {

bool numeric(MentionKind kind) {
  return kind != MentionKind::kDate && kind != MentionKind::kDuration &&
         kind != MentionKind::kOrdinal;
}

}  // namespace

void Builder::share_parts(std::vector<Claim>& claims) const {
  const auto& among = rules_.cue(Cue::kSomeOfThem);
  const std::size_t n = tt_.tokens.size();
  // "At least 69 of the 72 people aboard were killed": what happened, read after the
  // whole, happened to the part; the whole is only how many there were.
  Claim* prev = nullptr;
  for (auto& c : claims) {
    if (!numeric(c.mention.kind)) continue;
    Claim* part = prev;
    prev = &c;
    // (Not in a teaser block for another story: no key there.)
    if (part == nullptr || !part->key.empty() || c.key.empty() || !part->frame.excluded.empty()) {
      continue;
    }
    const auto* m = c.frame.measure.value.empty() ? nullptr : rules_.subject(c.frame.measure.value);
    if (m == nullptr || m->role != rules::SubjectRole::kMeasure) continue;
    const std::size_t pl = token_range(part->mention).second;
    const std::size_t first = token_range(c.mention).first;
    if (pl >= first || first - pl > 4 || !same_clause(pl - 1, first)) continue;
    bool cue = false;
    for (std::size_t k = pl; k < first && !cue; ++k) {
      const std::size_t len = cue_at(tt_, rules_.cue(Cue::kOutOf), k);
      cue = len > 0 && k + len + 1 >= first;
    }
    if (!cue) continue;
    part->counted = c.counted;
    part->key = c.key;
    part->key_certain = c.key_certain;
    part->whose = c.whose;
    part->where = c.where;
    part->where_implied = c.where_implied;
    part->frame.measure = {c.frame.measure.value, Provenance::kClause};
    part->frame.qualifiers = c.frame.qualifiers;
    part->frame.owner = c.frame.owner;
    part->frame.place = c.frame.place;
    part->frame.place_scope = c.frame.place_scope;
    part->frame.semantics = c.frame.semantics;
    part->frame.max_change_per_day = c.frame.max_change_per_day;
    part->frame.event = c.frame.event;
    part->frame.modality = c.frame.modality;
    if (part->as_of_earliest.empty()) {
      part->as_of_earliest = c.as_of_earliest;
      part->as_of_latest = c.as_of_latest;
      part->frame.time = c.frame.time;
    }
    c.key.clear();
    c.counted.clear();
    c.key_certain = false;
    c.frame.measure = {};
    c.frame.qualifiers.clear();
  }

  const Claim* whole = nullptr;  // the last figure with a measure, in its sentence
  int whole_sentence = -1;
  std::size_t parts_clause_tok = n;  // a token of the clause the parts are listed in
  for (auto& c : claims) {
    if (!numeric(c.mention.kind) || !c.frame.excluded.empty()) continue;
    const auto [first, last] = token_range(c.mention);
    if (first >= n || last <= first) continue;
    const int sentence = tt_.tokens[first].sentence;
    const auto* measure =
        c.frame.measure.value.empty() ? nullptr : rules_.subject(c.frame.measure.value);
    const bool has_measure = measure != nullptr && measure->role == rules::SubjectRole::kMeasure;
    // "بينهم 300", "including 300", "من بينهم 14": the cue ends right before the figure.
    bool after_cue = false;
    for (std::size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {
      const std::size_t len = cue_at(tt_, among, k);
      if (len > 0 && k + len == first) after_cue = true;
    }
    // "بينهم 300 رجل و150 امرأة و450 طفلا": the list goes on in the clause.
    const bool listed = !after_cue && parts_clause_tok < n && same_clause(parts_clause_tok, first);
    const bool part = whole != nullptr && whole_sentence == sentence && (after_cue || listed);
    if (!part) {
      parts_clause_tok = n;
      if (has_measure && !c.key.empty()) {
        whole = &c;
        whole_sentence = sentence;
      }
      continue;
    }
    parts_clause_tok = first;
    if (has_measure) continue;  // "بينهم 20 أصيبوا": a measure of its own
    // What the part names itself: people of a kind (an entity: children, civilians); a
    // qualifier it has (men); or nothing, when it is counted in a window of its own ("بينهم
    // 14 في الساعات الـ24 الأخيرة"). An unknown noun ("300 رجل" where no check names it),
    // or a bare part keyed as its whole, would be held to the whole: leave it.
    const auto* own =
        c.frame.measure.value.empty() ? nullptr : rules_.subject(c.frame.measure.value);
    const bool own_entity = own != nullptr && own->role == rules::SubjectRole::kEntity;
    const bool bare = c.key.empty() && c.frame.measure.value.empty();
    if (!own_entity && !(bare && (window_of(first, last) > 0 || !c.frame.qualifiers.empty()))) {
      continue;
    }
    const std::string& measure_name = whole->frame.measure.value;
    c.counted = own_entity ? own->name + " " + measure_name : measure_name;
    c.key_certain = true;
    c.whose = whole->whose;
    c.where = whole->where;
    c.where_implied = whole->where_implied;
    c.frame.measure = {measure_name, Provenance::kSentence};
    c.frame.owner = whole->frame.owner;
    c.frame.place = whole->frame.place;
    c.frame.place_scope = whole->frame.place_scope;
    c.frame.semantics = whole->frame.semantics;
    c.frame.max_change_per_day = whole->frame.max_change_per_day;
    if (c.as_of_earliest.empty()) {
      c.as_of_earliest = whole->as_of_earliest;
      c.as_of_latest = whole->as_of_latest;
      c.frame.time = whole->frame.time;
    }
    // Its own qualifiers narrow it further; the entity is one as well, as in "مقتل 50
    // مدنياً" (civilians killed).
    // The whole's window is the part's too ("in the last 24 hours, 20 people, including 6
    // children").
    for (const auto& q : whole->frame.qualifiers) {
      if (q.rfind("last_", 0) == 0) c.frame.qualifiers.push_back(q);
    }
    sort_unique(c.frame.qualifiers);
    std::string named;
    for (const auto& q : c.frame.qualifiers) named += (named.empty() ? "" : ",") + q;
    if (own_entity) c.frame.qualifiers.push_back(own->name);
    sort_unique(c.frame.qualifiers);
    c.key =
        c.counted + (named.empty() ? "" : "+" + named) + "|" + join(c.whose) + "|" + join(c.where);
    if (c.frame.modality != Modality::kActual)
      c.key += std::string("|") + to_string(c.frame.modality);
    add_window(c, first, last);
  }
}

}  // namespace fc::claims::detail
