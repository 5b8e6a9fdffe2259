// The claim builder's internals (claims/claim_builder.cpp is the entry point): one Builder
// per source reads its tokens once and makes a claim per mention. Its members are defined
// by concern: claim_builder.cpp (what is counted), builder_places.cpp (places and owners),
// builder_time.cpp (dates and the time of a figure), builder_events.cpp (events and
// qualifiers, the dated events and anniversaries).
#pragma once

#include <libstemmer.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "factcheck/claims/claim_builder.hpp"
#include "factcheck/claims/frame_cues.hpp"
#include "factcheck/claims/text_tokens.hpp"

namespace fc::claims::detail {

using rules::Cue;
using rules::LexKind;

inline bool is_letter_token(const Token& t) {
  return !t.numeric && !t.text.empty() && t.text[0] != '%';
}

/// Whether a folded word is written in ASCII (English), not Arabic.
inline bool ascii_word(std::string_view w) {
  return !w.empty() && static_cast<unsigned char>(w[0]) < 0x80;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

/// The Snowball stem of a folded word (the word itself without a stemmer).
[[nodiscard]] std::string stem(sb_stemmer* st, const std::string& word);

/// The items joined by commas.
[[nodiscard]] std::string join(const std::vector<std::string>& v);

void sort_unique(std::vector<std::string>& v);

/// Adds comma-separated qualifier names to a key's counted part ("killed|..." becomes
/// "killed+last_24h|...", "inflation[%]+core|..." becomes "inflation[%]+core,urban|...").
void add_key_qualifiers(std::string& key, const std::string& names);

/// A date mention's place in the token stream.
struct DateRef {
  std::size_t first = 0;
  std::size_t last = 0;  ///< exclusive
  std::string earliest;  ///< ISO days; empty when unresolved
  std::string latest;
  /// A single day's time as TIMEX3 writes it after the day: "T18:07" for a clock, "TMO",
  /// "TMI", "TAF", "TEV", "TNI" for a part of it ("صباح الأحد"); empty when none is told.
  std::string time_of_day;
  bool bound = false;     ///< dates an event (a trigger right beside it)
  std::size_t event = 0;  ///< the event it dates (an index of rules.events) when bound
};

/// A place named at a token: from the gazetteer, or a name after a place noun ("إقليم
/// تارودانت": `Morocco/تارودانت`), or an excluded one ("outside:Derna").
struct PlaceAt {
  std::string name;        ///< empty: none
  std::size_t length = 1;  ///< tokens
  bool prefixed = false;  ///< read as after a preposition (بالعراق, إقليم الحوز, خارج درنة)
};

class Builder {
 public:
  Builder(const SourceView& view, const rules::RuleSet& rules);

  std::vector<Claim> build() {
    std::vector<Claim> out;
    out.reserve(view_.mentions.size());
    for (const auto& m : view_.mentions) out.push_back(build_one(m));
    share_parts(out);
    share_counters(out);
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

  void find_main_place();

  /// The qualifiers of a label that opens the sentence of token `first` before a colon
  /// ("النتائج الأولية للانتخابات:"); none when the label holds a figure.
  std::vector<std::string> label_qualifiers(std::size_t first) const;

  /// Whether the place at token `k` is a statement's venue ("مؤتمر صحافي ببغداد").
  bool at_venue(std::size_t k) const;

  /// Whether a cue of a part ("بعضهم", "some of them") starts in [from, to).
  bool part_between(std::size_t from, std::size_t to) const;

  /// Whether the figure of `m` is a value `measure` can take (a magnitude is at most 10).
  static bool can_be(const rules::Subject& measure, const Mention& m);

  /// Whether token `k` follows an event's word as its adjective ("الفيضانات المدمرة").
  bool event_adjective(std::size_t k) const;

  /// Whether a numeric mention covers a token of [from, to).
  bool in_figure_between(std::size_t from, std::size_t to) const;

  /// Whether mention `m` at tokens [first, last) is a noun that counts two of itself
  /// ("بانفجارين", "هدفين", "twice"), not a cardinal.
  bool count_noun(const Mention& m, std::size_t first, std::size_t last) const;

  /// The body that counted the figure at [first, last): the nearest its sentence names
  /// before it, else one right after it; empty when none is named.
  FrameSlot counter_of(std::size_t first, std::size_t last) const;

  /// A figure the article states again ("أكثر من 5300 قتيل" in the headline, the
  /// ministry's 5300 in the text) has the counter the text names for it elsewhere.
  static void share_counters(std::vector<Claim>& claims);
  /// Gives the parts of a count their whole's measure (builder_parts.cpp): "900 قتيل،
  /// بينهم 300 طفل", "killed 900 people, including 300 children" count children killed.
  void share_parts(std::vector<Claim>& claims) const;

  void find_dates();

  /// Whether token `k` starts with a capital letter in the original text (an English name).
  bool capitalized(std::size_t k) const;
  /// Whether the letter `offset` bytes into token `k`, as written, is a capital (ASCII).
  bool capitalized_at(std::size_t k, std::size_t offset) const;

  /// Whether token `k` is a place noun naming the place after it (إقليم, province).
  bool place_noun(std::size_t k) const;

  /// The name of the organisation whose noun is token `k` ("تقدم" of كتلة "تقدم", "صدري"
  /// of الكتلة الصدرية, "fatah" of the Fatah alliance); empty when there is none.
  std::string organisation_name(std::size_t k) const;

  /// The organisation owning the figure at tokens [first, last): the nearest named in its
  /// clause; empty when none is.
  std::string party_owner(std::size_t first, std::size_t last) const;

  /// Fills places_at_ (after find_main_place and find_dates).
  void find_places();

  /// The place that starts at token `k`, or null.
  const PlaceAt* place_at(std::size_t k) const;

  /// Dates and sentences come in text order; where they do (always, but it is checked),
  /// the dates near a token and the sentence of an offset are found by binary search
  /// instead of a pass over all of them per claim, which made a text of 100,000 claims
  /// (one large file) quadratic.
  void index_dates_and_sentences();

  /// The dates, in their order, whose first token lies in [lo, hi]: all of them when
  /// they are not in text order.
  std::span<const DateRef> dates_from(std::size_t lo, std::size_t hi) const;

  /// The token whose clause a figure at `first` is read in: its own, or the label's
  /// before a colon when the figure opens its clause right after one ("العجز: 79").
  std::size_t label_anchor(std::size_t first) const;

  /// Whether a figure starts at token `k` or after stopwords right after it.
  bool figure_follows(std::size_t k) const;

  /// Whether the measure `m` is joined by "or" to another ("killed or injured", "قتيل أو
  /// جريح"): a figure of both is neither's alone.
  bool either_or_measure(const LexMatch& m) const;

  /// The nearest subject match of `role` in [from, to) within the clause of `anchor`.
  const LexMatch* subject_in(std::size_t from, std::size_t to, std::size_t anchor,
                             rules::SubjectRole role, bool backwards) const;

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
              std::size_t np_hi, std::size_t mention_first) const;

  /// A place for a clause that names none: the country just named when the clause says
  /// "the country" ("عدد القتلى في البلاد"), else a place after a preposition in another
  /// clause of the sentence, the nearest before the figure first ("في لبنان، بلغ عدد
  /// الضحايا 340").
  void sentence_place(Scope& sc, std::size_t lo, std::size_t hi, std::size_t anchor) const;

  /// How a figure's time was read: where from, and whether a date of the text gave it.
  struct TimeRead {
    Provenance from = Provenance::kAssumed;
    bool stated = false;
    std::string latest;  ///< the stated date's last day
  };

  /// How far before publication an earlier figure without a date may be: a news cycle.
  static constexpr int kEarlierDays = 30;

  /// Whether the date starts a period: "since" before it (not "since the 1999 quake", the
  /// quake's date; not "since 1960, when ...", the time of the clause after it).
  bool starts_period(const DateRef& d) const;

  /// Whether the date ends the period of its sentence's figures: "until" before it.
  bool ends_period(const DateRef& d) const;

  /// Whether the date stands right after another figure than tokens [first, last), so
  /// that it is that figure's ("rose to 5% in June from 4.2% in May").
  bool owned_by_other(const DateRef& d, std::size_t first, std::size_t last) const;

  /// Whether the sentence reports the figure at [first, last) as one given before the
  /// article's own: a past auxiliary before it ("وكانت الوزارة قد أعلنت"), an "earlier"
  /// cue in its clause ("الحصيلة السابقة", "up from").
  bool earlier_figure(std::size_t first, std::size_t last) const;

  /// The as-of time of a figure (see builder_time.cpp), set on the claim; where it was
  /// read from.
  TimeRead as_of(Claim& c, std::size_t first, std::size_t last) const;

  /// Whether the figure is history: a toll or a constant of an event dated over a year
  /// before publication, or any figure after the date of a recurring event long past in
  /// its sentence (whose date then becomes the figure's time).
  bool history(Claim& c, const TimeRead& t, std::size_t first) const;

  void quote(Claim& c, std::size_t norm_start) const;

  /// Marks the phrases that name a window of the last hours or days ("خلال الـ24 ساعة
  /// الماضية", "in the past two days") in window_ (builder_window.cpp).
  void find_windows();
  /// The hours of the window the figure at [first, last) counts in, from its clause with
  /// no other figure between; 0 when it names none.
  [[nodiscard]] int window_of(std::size_t first, std::size_t last) const;
  /// Whether tokens [first, last) are the count of a window phrase ("24" of "الساعات الـ24
  /// الأخيرة"): a length of time, not a figure of anything.
  [[nodiscard]] bool in_window(std::size_t first, std::size_t last) const;
  /// Narrows a figure counted in a window: its key and frame name the window
  /// (`killed+last_24h`) and it is the value of that period, never a running total.
  void add_window(Claim& c, std::size_t first, std::size_t last) const;

  void numeric_claim(Claim& c, std::size_t first, std::size_t last);
  /// The measure after the noun a figure counts (its token `noun_tok`), past at most
  /// `max_words` words that are not stopwords; null if none.
  [[nodiscard]] const LexMatch* measure_after_noun(std::size_t first, std::size_t last,
                                                   std::size_t noun_tok, const LexMatch* entity,
                                                   int max_words) const;

  /// Adds the qualifiers of the figure at tokens [first, last) to the frame and the key
  /// (`inflation[%]+core,urban|...`): those of its clause, up to 8 tokens before it and 4
  /// after, and those beside the noun it counts, [noun_first, noun_last) when it has one
  /// ("annual urban inflation rose to 35.7% in June from 32.7% in May": both are urban).
  void add_qualifiers(Claim& c, std::size_t first, std::size_t last, std::size_t noun_first,
                      std::size_t noun_last, bool size_of_change) const;
  /// Whether a change_by cue ("بمقدار", "up", "rose by") ends right before token `first`.
  [[nodiscard]] bool change_by_before(std::size_t first) const;

  bool is_place_preposition(std::string_view t) const {
    return cue_word(rules_.cue(Cue::kPlacePreposition), t);
  }
  bool is_stopword(std::string_view t) const { return rules_.cue(Cue::kStopword).has(t); }

  /// Whether another figure than [first, last) stands between token `k` and it.
  bool other_figure_between(std::size_t k, std::size_t first, std::size_t last) const;

  /// An aftershock cue in the sentence of token `first`, at most 20 tokens before it.
  bool aftershock_before(std::size_t first) const;

  bool is_any_date(std::size_t tok) const;

  /// The event nearest to tokens [first, last) in their clause, within 8 tokens.
  /// With `skip_measures`, not a trigger that is a measure's word too (مقتل, killing).
  const LexMatch* nearest_event(std::size_t first, std::size_t last,
                                bool skip_measures = false) const;

  /// The event a verb of occurrence just before tokens [first, last) tells of, further
  /// than `nearest_event` reaches: "الحرب التي اندلعت بين الجيش والدعم السريع في 15
  /// أبريل", "fighting between the army and the RSF erupted on April 15".
  const LexMatch* event_of_verb(std::size_t first) const;

  /// The event a verb of happening tells of before token `first` in its sentence,
  /// whatever figures and commas stand between ("ضرب زلزال بقوة 7.8 درجة تركيا، فجر
  /// الإثنين"); none past another deed's verb, "after", "since" or another date.
  const LexMatch* event_told_before(std::size_t first) const;

  void date_claim(Claim& c, std::size_t first, std::size_t last);

  /// Whether the date at tokens [first, last) is the day event `ev` took place, not a day
  /// something else happened around it (a toll announced, the day after).
  bool occurred_at(const LexMatch& ev, std::size_t first, std::size_t last) const;

  void ordinal_claim(Claim& c, std::size_t first, std::size_t last);

  Claim build_one(const Mention& m);

  const SourceView& view_;
  const rules::RuleSet& rules_;
  TokenizedText tt_;
  std::vector<std::vector<std::size_t>> by_token_;
  std::vector<DateRef> dates_;
  bool dates_sorted_ = false;      ///< dates_ in order of their first token
  std::size_t dates_span_ = 0;     ///< the most tokens a date takes
  bool sentences_sorted_ = false;  ///< view_.sentences in order, none overlapping
  std::string main_place_;
  /// The places, by the token they start at, in token order.
  std::vector<std::pair<std::size_t, PlaceAt>> places_at_;
  /// Per token: a numeric mention starts there (1), or a noun that is a count of two
  /// of itself does ("بانفجارين", "twice": 2).
  std::vector<char> figure_at_;
  std::vector<char> in_figure_;  ///< per token: inside a numeric mention
  std::vector<int> window_;      ///< per token: the hours of the window phrase it is in, or 0
  std::vector<char> teaser_;     ///< per token: inside a teaser block for another story
  std::vector<std::pair<std::size_t, std::string>> countries_;  ///< (token, country), in order
  StemmerPtr ar_stemmer_;
  StemmerPtr en_stemmer_;
};

}  // namespace fc::claims::detail
