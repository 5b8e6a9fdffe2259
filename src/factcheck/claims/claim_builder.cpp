#include "factcheck/claims/claim_builder.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "factcheck/claims/builder.hpp"
#include "factcheck/claims/frame.hpp"
#include "factcheck/claims/quote_window.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::claims {

namespace detail {

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

void add_key_qualifiers(std::string& key, const std::string& names) {
  const std::size_t bar = std::min(key.find('|'), key.size());
  const bool has_some = key.find('+') < bar;
  key.insert(bar, (has_some ? "," : "+") + names);
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

Builder::Builder(const SourceView& view, const rules::RuleSet& rules)
    : view_(view),
      rules_(rules),
      tt_(tokenize(view.text.text, view.sentences, rules)),
      ar_stemmer_(sb_stemmer_new("arabic", "UTF_8")),
      en_stemmer_(sb_stemmer_new("english", "UTF_8")) {
  // The words of a body's name are its name: "صندوق الأمم المتحدة للسكان" counts no
  // population, "the US Geological Survey" is no American figure, "الدفاع المدني" no
  // civilians. A subject inside a body is dropped; an owner or a place only inside a
  // longer one ("الأمم المتحدة" alone is both a body and an owner).
  std::vector<std::size_t> body_len(tt_.tokens.size(), 0);
  for (const auto& m : tt_.matches) {
    if (m.kind != LexKind::kBody) continue;
    for (std::size_t k = m.first; k < m.first + m.length && k < body_len.size(); ++k) {
      body_len[k] = std::max(body_len[k], m.length);
    }
  }
  const auto inside_body = [&](const LexMatch& m) {
    if (m.kind == LexKind::kBody || m.first >= body_len.size() || body_len[m.first] == 0) {
      return false;
    }
    if (m.kind == LexKind::kSubject) return true;
    return m.kind != LexKind::kEvent && m.kind != LexKind::kUnit && body_len[m.first] > m.length;
  };
  by_token_.assign(tt_.tokens.size(), {});
  for (std::size_t i = 0; i < tt_.matches.size(); ++i) {
    if (!inside_body(tt_.matches[i])) by_token_[tt_.matches[i].first].push_back(i);
  }
  teaser_ = teaser_mask(tt_, view_.text.text, rules_);
  // Where each numeric mention starts: a noun right before another figure is that
  // figure's, not the one before it.
  figure_at_.assign(tt_.tokens.size(), 0);
  in_figure_.assign(tt_.tokens.size(), 0);
  for (const auto& m : view_.mentions) {
    if (m.kind == MentionKind::kDate || m.kind == MentionKind::kDuration ||
        m.kind == MentionKind::kOrdinal) {
      continue;
    }
    const auto [f, l] = token_range(m);
    if (f < l && f < figure_at_.size()) figure_at_[f] = count_noun(m, f, l) ? 2 : 1;
    for (std::size_t k = f; k < l && k < in_figure_.size(); ++k) in_figure_[k] = 1;
  }
  find_main_place();
  find_dates();
  index_dates_and_sentences();
  find_windows();
  find_places();
}

std::size_t Builder::label_anchor(std::size_t first) const {
  if (first == 0 || first >= tt_.tokens.size() || same_clause(first - 1, first)) return first;
  const auto& text = view_.text.text;
  const std::size_t from = tt_.tokens[first - 1].end;
  const std::size_t to = tt_.tokens[first].start;
  const auto gap = std::string_view(text).substr(from, to - from);
  return gap.find(':') != std::string_view::npos ? first - 1 : first;
}

bool Builder::can_be(const rules::Subject& measure, const Mention& m) {
  return !measure.max_value || !m.low || *m.low <= *measure.max_value;
}

bool Builder::event_adjective(std::size_t k) const {
  // English puts the adjective before the noun ("the devastating floods"; "the blast
  // killed" is a verb), Arabic after it.
  if (ascii_word(tt_.tokens[k].text)) return match_at(k + 1, LexKind::kEvent) != nullptr;
  for (std::size_t j = k; j-- > (k >= 3 ? k - 3 : 0);) {
    const auto* ev = match_at(j, LexKind::kEvent);
    if (ev != nullptr && j + ev->length == k) return true;
  }
  return false;
}

bool Builder::in_figure_between(std::size_t from, std::size_t to) const {
  for (std::size_t j = from; j < to && j < in_figure_.size(); ++j) {
    if (in_figure_[j] != 0) return true;
  }
  return false;
}

bool Builder::count_noun(const Mention& m, std::size_t first, std::size_t last) const {
  if (m.kind != MentionKind::kNumber || !m.value || *m.value != 2 || last != first + 1 ||
      tt_.tokens[first].numeric || !is_letter_token(tt_.tokens[first])) {
    return false;
  }
  // Not the cardinal two itself (اثنان, اثنين, two), with or without clitics.
  const std::string_view t = tt_.tokens[first].text;
  for (std::string_view two : {"\xd8\xa7\xd8\xab\xd9\x86",  // اثن
                               "\xd8\xab\xd9\x86\xd8\xaa",  // ثنت
                               "two"}) {
    if (t.find(two) != std::string_view::npos) return false;
  }
  return true;
}

bool Builder::figure_follows(std::size_t k) const {
  for (std::size_t j = k; j < k + 4 && j < tt_.tokens.size(); ++j) {
    // Not past the clause's end: "3,640 were injured, with a dozen deaths elsewhere".
    if (k > 0 && !same_clause(k - 1, j)) return false;
    if (figure_at_[j] == 1 || tt_.tokens[j].numeric) return true;
    if (!is_stopword(tt_.tokens[j].text)) return false;
  }
  return false;
}

bool Builder::either_or_measure(const LexMatch& m) const {
  const auto& either_or = rules_.cue(Cue::kEitherOr);
  const auto other_measure = [&](const LexMatch* o) {
    return o != nullptr && rules_.subjects[o->index].role == rules::SubjectRole::kMeasure &&
           o->index != m.index;
  };
  const std::size_t after = m.first + m.length;
  // After it, within a verb's reach: "lost their lives or sustained injuries".
  if (const std::size_t cue = cue_at(tt_, either_or, after);
      cue > 0 && same_clause(m.first, after)) {
    for (std::size_t j = after + cue; j < after + cue + 3 && same_clause(m.first, j); ++j) {
      if (in_figure_[j] != 0) break;
      if (other_measure(match_at(j, LexKind::kSubject))) return true;
    }
  }
  // Joined by "and" with no figure between, two measures are one count of both: "1500 بين
  // قتيل وجريح", "عدد القتلى والجرحى", "the dead and injured reach 900" (but "14 قتيلاً
  // و78 جريحاً" pairs each figure with its own).
  const auto conjoined = [&](std::size_t j) {
    return j < tt_.tokens.size() && tt_.tokens[j].text.rfind("\xd9\x88", 0) == 0;  // و
  };
  if (after < tt_.tokens.size() && same_clause(m.first, after) && in_figure_[after] == 0) {
    const std::size_t j = tt_.tokens[after].text == "and" ? after + 1 : after;
    if ((j > after || conjoined(j)) && same_clause(m.first, j) && in_figure_[j] == 0) {
      // Unless a figure follows the other: it is that figure's ("471 استشهدوا وأصيب أكثر
      // من 314").
      const auto* o = match_at(j, LexKind::kSubject);
      if (o != nullptr && o->first == j && other_measure(o) && !figure_follows(j + o->length)) {
        return true;
      }
    }
  }
  if (m.first > 0 && (conjoined(m.first) || tt_.tokens[m.first - 1].text == "and")) {
    const std::size_t end = conjoined(m.first) ? m.first : m.first - 1;
    for (std::size_t j = end; j-- > (end >= 3 ? end - 3 : 0);) {
      const auto* o = match_at(j, LexKind::kSubject);
      // Unless a figure stands before the other: it is that figure's ("471 فلسطينياً
      // استشهدوا وأصيب 314").
      if (o != nullptr && j + o->length == end && other_measure(o) && in_figure_[j] == 0 &&
          same_clause(j, m.first)) {
        bool own_figure = false;
        for (std::size_t f = j; f-- > (j >= 6 ? j - 6 : 0) && same_clause(f, j);) {
          own_figure = own_figure || in_figure_[f] != 0;
        }
        if (!own_figure) return true;
      }
    }
  }
  // Before it: the other measure ends right before the cue.
  for (std::size_t cue = m.first; cue-- > (m.first >= 3 ? m.first - 3 : 0);) {
    const std::size_t len = cue_at(tt_, either_or, cue);
    if (len == 0 || cue + len != m.first) continue;
    for (std::size_t j = cue; j-- > (cue >= 4 ? cue - 4 : 0);) {
      const auto* o = match_at(j, LexKind::kSubject);
      if (o != nullptr && j + o->length == cue && other_measure(o)) return true;
    }
  }
  return false;
}

/// The nearest subject match of `role` in [from, to) within the clause of `anchor`.
const LexMatch* Builder::subject_in(std::size_t from, std::size_t to, std::size_t anchor,
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

void Builder::quote(Claim& c, std::size_t norm_start) const {
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

const LexMatch* Builder::measure_after_noun(std::size_t first, std::size_t last,
                                            std::size_t noun_tok, const LexMatch* entity,
                                            int max_words) const {
  // What happened, after the noun: "75 people had been confirmed dead", past at most
  // max_words words other than stopwords ("14 صاروخاً من دون تسجيل إصابات" counts no
  // injured), not past another figure ("إلى 61 و4 مفقودين"), but past the list of its
  // parts ("20 people, including 6 children and two women, were killed").
  const std::size_t n = tt_.tokens.size();
  const int sentence = first < n ? tt_.tokens[first].sentence : -1;
  std::size_t k = noun_tok < n ? noun_tok + (entity ? entity->length : 1) : last;
  std::size_t ref = first;  // a token of the clause the search stays in
  if (max_words < 0) {
    // Right after the noun, not joined by و or "and" (then it is the next figure's:
    // "قتل 40 شخصاً وأصيب 95").
    if (k >= n || !same_clause(k, first) || in_figure_[k] != 0) return nullptr;
    const auto& t = tt_.tokens[k];
    if (t.text.rfind("\xd9\x88", 0) == 0 || t.text == "and") return nullptr;
    const auto* m = match_at(k, LexKind::kSubject);
    return m != nullptr && rules_.subjects[m->index].role == rules::SubjectRole::kMeasure ? m
                                                                                          : nullptr;
  }
  for (int words = 0; k < n && words <= max_words; ++k) {
    if (!same_clause(k, ref)) {
      std::size_t at = k;
      if (cue_at(tt_, rules_.cue(Cue::kSomeOfThem), at) == 0 && at + 1 < n) ++at;
      if (cue_at(tt_, rules_.cue(Cue::kSomeOfThem), at) == 0) break;
      std::size_t end = at;
      while (end < n && end < at + 14 && same_clause(end, at)) ++end;
      // The clause after the list, in the same sentence.
      while (end < n && end < at + 16 && !is_letter_token(tt_.tokens[end])) ++end;
      if (end >= n || tt_.tokens[end].sentence != sentence || same_clause(end, at)) break;
      k = end;
      ref = end;
    }
    if (in_figure_[k] != 0 || tt_.tokens[k].numeric) break;
    const auto* m = match_at(k, LexKind::kSubject);
    if (m != nullptr && rules_.subjects[m->index].role == rules::SubjectRole::kMeasure) return m;
    // ("9 حجاج مصريين لقوا حتفهم": a nationality after the noun is the noun's.)
    if (!is_stopword(tt_.tokens[k].text) && match_at(k, LexKind::kPlaceAdjective) == nullptr) {
      ++words;
    }
  }
  return nullptr;
}

void Builder::numeric_claim(Claim& c, std::size_t first, std::size_t last) {
  const auto n = tt_.tokens.size();
  // "بانفجارين", "twice": the noun counts itself, two of an event or of times; no
  // measure of the clause is its.
  if (first < n && figure_at_[first] == 2) return;
  // "الساعات الـ24 الأخيرة": the length of a window, no figure of anything.
  if (in_window(first, last)) return;
  // "منذ عقود", "for years": a stretch of time of no stated length counts nothing.
  if (c.mention.kind == MentionKind::kVague && !c.mention.date_value.empty()) return;
  const LexMatch* entity = nullptr;
  const LexMatch* measure = nullptr;
  std::size_t noun_tok = n;
  // A percentage names its subject before it ("نسبة المشاركة بلغت 41% من الناخبين",
  // "inflation rose to 33.9%"); what follows is the base, not the subject.
  const auto& mt = c.mention.text;
  bool percent = c.mention.kind == MentionKind::kPercent;
  for (const char* sign : {"%", "\xd9\xaa", "percent", "per cent",
                           "\xd8\xa7\xd9\x84\xd9\x85\xd8\xa6\xd8\xa9",             // المئة
                           "\xd8\xa7\xd9\x84\xd9\x85\xd8\xa7\xd8\xa6\xd8\xa9"}) {  // المائة
    percent = percent || mt.find(sign) != std::string::npos;
  }
  // "العجز المتوقع: 79 مليار ريال": a figure that opens its clause after a colon is the
  // value of the label before it; that clause is read as the figure's own.
  const std::size_t anchor = label_anchor(first);
  if (percent) {
    // A percentage is a rate: of the nouns before it, a rate's ("النمو المتوقع للناتج
    // المحلي: 4.7%" is growth, not the GDP) before the nearest.
    const std::size_t from = first >= 10 ? first - 10 : 0;
    for (std::size_t k = first; k-- > from && entity == nullptr;) {
      if (!same_clause(k, anchor)) break;
      const auto* m = match_at(k, LexKind::kSubject);
      if (m != nullptr && rules_.subjects[m->index].role == rules::SubjectRole::kEntity &&
          rules_.subjects[m->index].semantics == Semantics::kPeriodValue) {
        entity = m;
      }
    }
    if (entity == nullptr)
      entity = subject_in(from, first, anchor, rules::SubjectRole::kEntity, true);
    if (entity != nullptr) noun_tok = entity->first;
  }
  // A noun inside the mention's own words ("78 شخصاً على الأقل", "تجاوز عدد الجرحى خمسة
  // آلاف") is its noun before any outside it.
  for (std::size_t k = first; k < last && entity == nullptr && !percent; ++k) {
    const auto* m = match_at(k, LexKind::kSubject);
    if (m == nullptr || tt_.tokens[k].numeric) continue;
    const auto role = rules_.subjects[m->index].role;
    if (role == rules::SubjectRole::kMeasure) {
      if (measure == nullptr) measure = m;
    } else if (role != rules::SubjectRole::kQualifier) {
      entity = m;
      noun_tok = k;
    }
  }
  // "من أصل 329", "of the 72 people aboard": the whole a part was counted out of, nobody's
  // share; what the part counts before the cue ("انتشال 70 جثة من أصل 72") is not its.
  // The part stands before the cue: "the deaths of the 12 miners" counts no whole.
  bool whole = false;
  for (std::size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {
    const std::size_t len = cue_at(tt_, rules_.cue(Cue::kOutOf), k);
    if (len == 0 || k + len + 1 < first) continue;
    for (std::size_t j = k; j-- > (k >= 4 ? k - 4 : 0) && same_clause(j, k);) {
      if (in_figure_[j] != 0) whole = true;
    }
  }
  bool measure_after = false;  // "158 lives", "50 قتيلا": what happened follows the figure
  // The noun after the figure: "2500 جندي", "14 صاروخاً", "عشرات الآلاف من المدنيين",
  // "2,500 US troops", "50 civilians were killed".
  for (std::size_t k = last; k < last + 4 && k < n && entity == nullptr; ++k) {
    if (!same_clause(k, first) || tt_.tokens[k].numeric || figure_at_[k] != 0) break;
    if (const auto* m = match_at(k, LexKind::kSubject)) {
      // A noun right before another figure is that figure's ("ارتفع إلى 912 وأصيب 5383",
      // "قتل 78 وأصيب أكثر من أربعة آلاف").
      // But a measure right after the figure, before a figure joined by و, is the first
      // of two pairs: "14 قتيلاً و78 جريحاً", "73 قتيلا و171 مصابا".
      const std::size_t next = k + m->length;
      const bool paired =
          k == last && next < n &&
          (tt_.tokens[next].text.rfind("\xd9\x88", 0) == 0 || tt_.tokens[next].text == "and");
      if (next < n && figure_follows(next) &&
          (k > last || tt_.tokens[k].text.rfind("\xd9\x88", 0) == 0 ||
           (rules_.subjects[m->index].role == rules::SubjectRole::kMeasure && !paired))) {
        break;
      }
      const auto role = rules_.subjects[m->index].role;
      if (role == rules::SubjectRole::kQualifier) {
        k += m->length - 1;
        continue;
      }
      if (role == rules::SubjectRole::kMeasure) {
        if (measure == nullptr) measure = m;
        measure_after = true;
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
    if (is_any_date(k) || cue_at(tt_, rules_.cue(Cue::kSomeOfThem), k) > 0) break;
    if (!is_letter_token(t) || is_stopword(t.text)) continue;
    noun_follows =
        match_at(k, LexKind::kSubject) == nullptr && match_at(k, LexKind::kUnit) == nullptr &&
        match_at(k, LexKind::kPlaceAdjective) == nullptr &&
        match_at(k, LexKind::kOwner) == nullptr && match_at(k, LexKind::kPlace) == nullptr;
    break;
  }
  // Or the noun before it: "القوات ... من 5200 إلى 2500", "troops numbered 2,500".
  if (entity == nullptr && !noun_follows && !whole) {
    // Not past a figure before it that has its own nouns: a noun before that is that
    // figure's ("This attack resulted in 95 people killed and more than 200 wounded").
    // Past one without ("عدد الجنود 3000 في بغداد و2500 في البصرة") it is both's. With
    // what happened right after the figure ("claimed at least 158 lives"), only a noun
    // close before it is counted ("من المدنيين بلغ 50 قتيلا"), not "homes" a clause back.
    const std::size_t back = measure_after ? 4 : 10;
    std::size_t from = first >= back ? first - back : 0;
    bool nouns_between = false;
    for (std::size_t k = first; k-- > from;) {
      if (in_figure_[k] != 0 && nouns_between) {
        from = k + 1;
        break;
      }
      nouns_between = nouns_between || (in_figure_[k] == 0 && match_at(k, LexKind::kSubject));
    }
    entity = subject_in(from, first, anchor, rules::SubjectRole::kEntity, true);
    if (entity == nullptr) {
      const auto* generic = subject_in(from, first, anchor, rules::SubjectRole::kGeneric, true);
      if (generic != nullptr && generic->first + 4 >= first) entity = generic;
    }
    if (entity != nullptr) noun_tok = entity->first;
  }
  // What happened to its noun right after it ("millions of people displaced by floods
  // that have claimed 900 lives"), before any measure further back.
  if (measure == nullptr && noun_tok < n) {
    measure = measure_after_noun(first, last, noun_tok, entity, -1);
  }
  // What happened to it, close by: "مقتل ... المدنيين", "قُتل ... مدني", "were killed".
  if (measure == nullptr && !whole) {
    // An unknown noun after the figure is what it counts: a measure before it must be
    // right beside it ("مقتل 50 عاملا"), not the toll of the sentence ("خلال 9 ساعات").
    // Within the clause, a measure may stand well before ("عدد الحجاج الذين تلقوا خدمات
    // علاجية في مستشفيات مكة بلغ 80973").
    // Further back, to the sentence's subject ("The death toll from the 6.4 magnitude
    // earthquake that devastated two districts has reached 157"), only with no figure
    // between. An event's adjective ("الفيضانات المدمرة", "the deadly quake") is none.
    // A figure between is passed only when the noun the figure counts is an event ("the 6.4
    // magnitude earthquake"): 157 earthquakes is no reading.
    const bool event_noun = entity != nullptr && rules_.event(rules_.subjects[entity->index].name);
    const std::size_t reach = noun_follows ? 2 : 14;
    const std::size_t far = noun_follows ? 2 : 24;
    for (std::size_t k = first; measure == nullptr && k-- > (first >= far ? first - far : 0);) {
      if (!same_clause(k, anchor)) break;
      const auto* m = match_at(k, LexKind::kSubject);
      if (m == nullptr || rules_.subjects[m->index].role != rules::SubjectRole::kMeasure) continue;
      if (event_adjective(k) || !can_be(rules_.subjects[m->index], c.mention)) continue;
      if (k + reach < first && !event_noun && in_figure_between(k, first)) break;
      // Right after another figure, and not joined to this one by و, it is that figure's:
      // "104 ناجين وجثث 78 غريقا" (but "قتل 50 وأصيب 20").
      // ("فيضانات 2022: مقتل 1700": not past the clause's end.) A unit between is the other
      // figure's: "10 kilometres (6.2 miles) deep and 36 kilometres north of the town".
      std::size_t before = k;
      while (before > 0 && in_figure_[before - 1] == 0 &&
             match_at(before - 1, LexKind::kUnit) != nullptr) {
        --before;
      }
      if (before > 0 && in_figure_[before - 1] != 0 && same_clause(before - 1, k) &&
          tt_.tokens[k].text.rfind("\xd9\x88", 0) != 0) {
        break;
      }
      measure = m;
    }
  }
  if (measure == nullptr) measure = measure_after_noun(first, last, noun_tok, entity, 1);
  // "More than 300 people were killed or injured": a figure of two measures is neither's.
  bool two_measures = false;
  if (measure != nullptr && either_or_measure(*measure)) {
    measure = nullptr;
    two_measures = true;
  }
  // A figure no value of the measure can be ("14" beside "بقوة"): not of it.
  if (measure != nullptr && !can_be(rules_.subjects[measure->index], c.mention)) measure = nullptr;
  // "خفض القوات من 5200 إلى 2500": where a change ended is a level of what changed, not
  // the size of the change.
  if (measure != nullptr && c.mention.kind == MentionKind::kChange &&
      rules_.subjects[measure->index].of_change) {
    measure = nullptr;
  }
  std::string counted;
  bool certain = false;
  // "زلزال بقوة 7.8", "injured in the quake": an entity that is an event names the event
  // (the frame's event slot), not what is counted, when a measure is there.
  if (entity != nullptr && measure != nullptr &&
      rules_.event(rules_.subjects[entity->index].name) != nullptr) {
    entity = nullptr;
  }
  // An event's noun before the figure, with nothing that happened, does not count events:
  // "زلزال أفغانستان 2022", "the worst quake in 40 years" (events are counted as "3 زلازل",
  // "two quakes", the noun after the figure).
  if (entity != nullptr && measure == nullptr && noun_tok < first &&
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
  if (two_measures) counted.clear();
  if (counted.empty() && !two_measures) {
    // No check names the noun: the stem of the word after the figure.
    for (std::size_t k = last; k < last + 2 && k < n; ++k) {
      // Nor a window's hours ("بينهم 34 في الساعات الـ24 الماضية").
      if (!same_clause(k, first) || in_figure_[k] != 0 || window_[k] != 0) break;
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
  // "$4.6 billion", "up to $4.6 billion", "between $3.8 billion and $4.6 billion".
  for (std::size_t k = first; k < last && unit.empty(); ++k) {
    const std::size_t ns = tt_.tokens[k].start;
    if (ns > 0 && view_.text.text[ns - 1] == '$') unit = "USD";
  }
  if (percent) unit = "%";
  if (!counted.empty() && !unit.empty()) counted += "[" + unit + "]";
  c.counted = counted;
  c.key_certain = certain;

  const std::size_t np_lo = noun_tok < n ? (noun_tok >= 2 ? noun_tok - 2 : 0) : last;
  const std::size_t np_hi = noun_tok < n ? noun_tok + (entity ? entity->length : 1) + 3 : last + 2;
  // Adjectives between the figure and its noun ("2,500 US troops") belong to it too.
  const std::size_t lo_np = std::min(np_lo, last);
  auto sc = scope(first >= 8 ? first - 8 : 0, last + 8, first, lo_np, np_hi, first);
  // "Iraqi civilians killed in Iraq" is "civilians killed in Iraq": an owner that is the
  // country of the place says nothing more.
  std::vector<std::string> whose;
  for (const auto& w : sc.whose) {
    const bool same = std::any_of(sc.where.begin(), sc.where.end(),
                                  [&](const std::string& p) { return rules_.country_of(p) == w; });
    if (!same) whose.push_back(w);
  }
  // A measure that is someone's (a party's seats) takes the organisation its clause names.
  const auto* owned = measure != nullptr && rules_.subjects[measure->index].owner_required
                          ? &rules_.subjects[measure->index]
                      : entity != nullptr && rules_.subjects[entity->index].owner_required
                          ? &rules_.subjects[entity->index]
                          : nullptr;
  if (owned != nullptr && !whole) {
    if (auto party = party_owner(first, last); !party.empty()) {
      whose = {party};
      sc.whose_from = Provenance::kClause;
    }
  }
  c.whose = std::move(whose);
  c.where = std::move(sc.where);
  c.where_implied = sc.where_implied;
  const Provenance where_from = sc.where_from;
  c.counted = counted.substr(0, counted.find('['));
  const TimeRead time = as_of(c, first, last);
  const Provenance time_from = time.from;
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
  f.counter = counter_of(first, last);
  fill_place(c, where_from, rules_);
  fill_time(c, time_from, view_.source.published);
  // Which event: "زلزال ثان بقوة 6.4", "an aftershock of 4.1" are not the main quake.
  if (const auto* ev = nearest_event(first, last, true)) {
    std::string mark = event_mark(tt_, rules_, ev->first, ev->length);
    // "زلزال عنيف بلغت قوته 7.8 تلاه زلزال آخر", "a 7.8 quake, then a second": another
    // event told after the figure is the next one; the figure is the one before it.
    if (mark == "2" && ev->first >= last) {
      const int sentence = tt_.tokens[first].sentence;
      for (std::size_t k = first; k-- > (first >= 12 ? first - 12 : 0);) {
        if (tt_.tokens[k].sentence != sentence) break;
        const auto* before = match_at(k, LexKind::kEvent);
        if (before == nullptr || before->index != ev->index) continue;
        if (event_mark(tt_, rules_, before->first, before->length) != "2") {
          ev = before;
          mark.clear();
        }
        break;
      }
    }
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
  // "Brent was up $1.02 at $77.15": the size of a move is no level of its measure; a
  // measure that is a move itself (a cut) is what such a figure is anyway.
  const bool size_of_change = change_by_before(first) && !percent &&
                              !(measure != nullptr && rules_.subjects[measure->index].of_change);
  add_qualifiers(c, first, last, entity != nullptr ? entity->first : n,
                 entity != nullptr ? entity->first + entity->length : n, size_of_change);
  add_window(c, first, last);
  // A forecast, plan, limit or history is never compared with what was counted.
  f.modality = modality_at(tt_, rules_, first, last, 12, anchor);
  if (history(c, time, first)) f.modality = Modality::kBackground;
  // A figure for a stated period that starts after publication can only be expected
  // ("4.4% growth next year", "عجز 2024"), whatever words the writer chose.
  if (f.modality == Modality::kActual && time.stated && view_.source.published) {
    const auto start = util::parse_iso(std::string_view(c.as_of_earliest).substr(0, 10));
    if (start && util::to_days(*start) > util::to_days(*view_.source.published)) {
      f.modality = Modality::kForecast;
    }
  }
  if (f.modality != Modality::kActual && !c.key.empty()) {
    c.key += std::string("|") + to_string(f.modality);
  }
}

Claim Builder::build_one(const Mention& m) {
  Claim c;
  c.source = view_.source.id;
  c.id = view_.source.id + ":" + std::to_string(m.span.line) + ":" + std::to_string(m.span.column);
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

}  // namespace detail

std::vector<Claim> build_claims(const SourceView& view, const rules::RuleSet& rules) {
  if (!rules.lexicon) {
    rules::RuleSet copy = rules;
    rules::rebuild_lexicon(copy);
    return detail::Builder(view, copy).build();
  }
  return detail::Builder(view, rules).build();
}

}  // namespace fc::claims
