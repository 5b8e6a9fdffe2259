// Ranges ("بين 20 و30 ألفاً", "3-5") and changes ("ارتفع من 315 إلى 742"), and the change
// cues they are read by.
#include <algorithm>
#include <cmath>
#include <string>

#include "factcheck/extract/date_lexicon.hpp"
#include "factcheck/extract/number_scanner.hpp"

namespace fc::extract::numgrammar {

namespace {

/// Whether Arabic word `w` starts with one of `stems`, itself or after و/ف, then ب/ل,
/// then ال.
bool has_stem(std::string_view w, const std::vector<std::string>& stems) {
  for (int pass = 0; pass < 3; ++pass) {
    for (const std::string& stem : stems) {
      if (w.size() >= stem.size() && w.substr(0, stem.size()) == stem) return true;
    }
    if (w.size() > 6 && (w.substr(0, 2) == "\xD9\x88" || w.substr(0, 2) == "\xD9\x81" ||
                         w.substr(0, 2) == "\xD8\xA8" || w.substr(0, 2) == "\xD9\x84")) {
      w.remove_prefix(2);
    } else if (w.size() > 8 && w.substr(0, 4) == "\xD8\xA7\xD9\x84") {
      w.remove_prefix(4);
    } else {
      break;
    }
  }
  return false;
}

}  // namespace

// A change cue (verb or noun: خفض، ارتفع، rose ...) in the same clause before token i.
bool Extractor::change_cue_before(std::size_t i, bool across_commas) const {
  // For a from-to pair the verb may stand a clause before, its subject repeated
  // elliptically: "ارتفع المعدل في القرى من 5,2% إلى 6,3%، وفي المدن من 15,8% إلى 16,8%":
  // with `across_commas` commas do not stop the search.
  const std::size_t reach = across_commas ? 24 : 12;
  const std::size_t lo = i > reach ? i - reach : 0;
  for (std::size_t k = i; k-- > lo;) {
    if (clause_break(k) && !(across_commas && (text(k) == "," || text(k) == "\xD8\x8C"))) {
      return false;
    }
    if (toks_[k].type != TT::kWord) continue;
    if (toks_[k].latin) {
      if (is(k, w_.change_en)) return true;
      continue;
    }
    if (has_stem(text(k), w_.change_stems)) return true;
  }
  return false;
}

bool Extractor::score_cue_before(std::size_t i) const {
  for (std::size_t k = i; k-- > (i > 6 ? i - 6 : 0);) {
    if (clause_break(k)) return false;
    if (toks_[k].type != TT::kWord) continue;
    if (toks_[k].latin ? is(k, w_.score_en) : has_stem(text(k), w_.score_stems)) return true;
  }
  return false;
}

void Extractor::try_other_side(std::size_t first) {
  const std::size_t n = toks_.size();
  const std::size_t last = consumed_ - 1;
  const auto plain_word = [&](std::size_t k) {
    return k < n && toks_[k].type == TT::kWord && !toks_[k].latin && toks_[k].lex == nullptr;
  };
  // The count's own noun: the dual it is ("بهدفين"), or the noun after it ("3 أهداف").
  std::string_view singular = dual_noun_singular(text(last));
  if (singular.empty()) singular = dual_noun_singular(without_clitic(last, true));
  std::size_t against = last + 1;
  if (singular.empty() && plain_word(against) && !is(against, w_.score_against)) ++against;
  if (!is(against, w_.score_against) || clause_break(against)) return;
  const std::size_t one = against + 1;
  if (!plain_word(one)) return;
  // "مقابل هدف واحد" reads its own number.
  if (one + 1 < n && toks_[one + 1].type == TT::kWord && toks_[one + 1].lex != nullptr) return;
  const std::string_view noun = text(one);
  // The same noun on both sides, or a counted noun after a score's verb ("فاز بثلاثة أهداف
  // مقابل هدف"); never a price ("5 آلاف دولار مقابل رحلة", in exchange for a trip).
  const bool same = !singular.empty() && noun == singular;
  if (!same && !(singular.empty() && is_dual_noun_singular(noun) && score_cue_before(first))) {
    return;
  }
  Mention m = make(one, one, MentionKind::kNumber);
  set_exact(m, 1);
  emit(std::move(m), one);
}

bool Extractor::try_range(const Card& c, std::size_t first, std::size_t end, double value,
                          bool percent, int sig) {
  const std::size_t n = toks_.size();
  std::size_t k = end + 1;
  if (k >= n) return false;
  // What stands before the first number: بين / ما بين / between, من / from.
  bool between = false;
  bool from = false;
  std::size_t start = first;
  // "بين الـ15 والـ24 سنة": the article glued to the figures.
  const auto article_glued = [&](std::size_t w, std::string_view form) {
    return w < n && toks_[w].type == TT::kWord && text(w) == form && w + 1 < n &&
           adjacent(w, w + 1) && toks_[w + 1].type == TT::kNum;
  };
  static const std::string kAl = "\xD8\xA7\xD9\x84";            // ال
  static const std::string kWaAl = "\xD9\x88\xD8\xA7\xD9\x84";  // وال
  std::size_t before_first = first;
  if (first > consumed_ + 1 && article_glued(first - 1, kAl)) before_first = first - 1;
  // "between $3.8 billion and $4.6 billion": a currency sign before each figure.
  if (before_first > consumed_ + 1 && is(before_first - 1, w_.currency) &&
      adjacent(before_first - 1, before_first)) {
    --before_first;
  }
  if (before_first > consumed_) {
    const std::size_t p = before_first - 1;
    const std::string_view bare = without_clitic(p, false);
    if (is(p, w_.range_between) || (!bare.empty() && bare == w_.range_between[0])) {
      between = true;
      start = p;
      if (p > consumed_ && is(p - 1, w_.range_ma)) start = p - 1;
    } else if (is(p, w_.range_from) || (!bare.empty() && bare == w_.range_from[0])) {
      from = true;
      start = p;
    }
  }
  // "rose by 200 to 1,500": a move, then the level it reached.
  if (!between && !from && before_first > consumed_ && is(before_first - 1, w_.change_by)) {
    return false;
  }
  const bool dash = std::any_of(w_.dash.begin(), w_.dash.end(),
                                [&](const std::string& d) { return text(k) == d; });
  const bool to_word = is(k, w_.range_to) || (from && is(k, w_.change_to));
  const bool and_word = is(k, w_.range_and) || article_glued(k, kWaAl);
  std::size_t q = k + 1;
  bool glued_and = false;
  if (!dash && !to_word && !and_word) {
    // "و208000" is "و" then the number; "وعشرين" carries its و.
    if (!(between && toks_[k].type == TT::kWord && toks_[k].cl.conj && toks_[k].lex != nullptr)) {
      return false;
    }
    q = k;
    glued_and = true;
  }
  if ((and_word || glued_and) && !between) return false;
  if (dash) {
    // Digits on both sides, spaced alike, ascending, and no date chain.
    if (!c.digits || q >= n || toks_[q].type != TT::kNum) return false;  // a dash may end the text
    if (adjacent(end, k) != adjacent(k, q)) return false;
  }
  if (!dash && q + 1 < n && is(q, w_.currency) && adjacent(q, q + 1)) ++q;
  // The second number may carry its own sign ("سالب").
  double sign = 1;
  if (q < n && is(q, w_.negative)) {
    sign = -1;
    ++q;
  }
  if (q >= n) return false;
  Card d;
  bool ok = false;
  if (glued_and) {
    // Parse the و-word as if it had no و: temporarily accepted by parse_cardinal only
    // when it starts the number, so read its value directly.
    ok = parse_cardinal_glued(q, d);
  } else {
    ok = parse_cardinal(q, d);
  }
  if (!ok) return false;
  if (dash && (!d.digits || d.last != q || chain_after(d.last))) return false;
  if (dash && text(k) == "-" && (c.plain_year && d.plain_year)) return false;
  double hi = sign * d.value;
  double lo = value;
  std::size_t last = d.last;
  bool pct = percent;
  std::size_t pend = last;
  if (percent_after(last, pend)) {
    pct = true;
    last = pend;
  }
  // "ارتفع عجز 2023 إلى 82 مليار": a year, then the figure it is of; no range runs from
  // a year to billions.
  if (c.plain_year && !c.scaled && d.scaled) return false;
  // "بين 2 و3 ملايين": the scale of the second covers the first.
  if (!c.scaled && d.scaled && std::fabs(lo) < 1000 &&
      std::fabs(lo * d.scale) <= std::fabs(hi) * 10) {
    lo *= d.scale;
  }
  if (dash && !(lo < hi)) return false;
  // "خسارته أمام كرواتيا 1-2", "lost 1-2": a score, two numbers.
  if (dash && !pct && score_cue_before(first)) return false;
  // "تراجعت بـ2.2 نقطة إلى 17.4 بالمئة", "رفع الفائدة لليلة واحدة إلى 19.25%": after a
  // change verb, "X إلى Y" whose X is an amount (after ب: بـ، بنحو، بنسبة) or a figure of
  // another kind than Y is the amount of the change and its target, no range.
  if (to_word && !between && !from && (percent != pct || amount_before(first)) &&
      change_cue_before(first, percent != pct)) {
    return false;
  }
  if (!between && !from && !dash && !to_word) return false;
  (void)pct;
  if (from && to_word && change_cue_before(start, true)) {
    Mention m = make(start, last, MentionKind::kChange);
    m.from = lo;
    m.to = hi;
    m.low = hi;
    m.high = hi;
    m.significant_digits = sig;
    emit(std::move(m), last, pct);
    return true;
  }
  if (from && !to_word) return false;
  if (from && is(k, w_.change_to)) return false;  // "لـ" is a target only in a change
  // "ما بين 15 و24 سنة": the unit after the second figure is the range's (the duration the
  // date reader makes of "24 سنة" yields to it, merge_mentions).
  if (last + 1 < n && toks_[last + 1].type == TT::kWord && !pct) {
    int dual = 0;
    bool definite = false;
    const std::string_view w = text(last + 1);
    if (datelex::unit_word(datelex::key(w), dual, definite) != datelex::Unit::kNone && dual == 0 &&
        !definite) {
      ++last;
    }
  }
  Mention m = make(start, last, MentionKind::kRange);
  m.low = std::min(lo, hi);
  m.high = std::max(lo, hi);
  if (sig > 0 && d.sig > 0) m.significant_digits = std::min(sig, d.sig);
  // A hedge before the whole range: "نحو 20 إلى 30".
  std::size_t hs = start;
  if (hedge_before(start, consumed_, hs) != nullptr) {
    m = make(hs, last, MentionKind::kRange);
    m.low = std::min(lo, hi);
    m.high = std::max(lo, hi);
    m.approximate = true;
  }
  emit(std::move(m), last, pct);
  return true;
}

// The word before token `first` is an amount's preposition ب, alone or glued to a word
// (بـ، بنحو، بحوالي، بنسبة، بواقع).
bool Extractor::amount_before(std::size_t first) const {
  if (first == 0 || toks_[first - 1].type != TT::kWord || toks_[first - 1].latin) return false;
  return text(first - 1).substr(0, 2) == "\xD8\xA8";
}

// "11 ألفاً و300 قتيل على الأقل", "15 عاماً فأكثر", "500 شخص أو أكثر": a bound after the
// counted noun (على الأقل، على الأكثر، فأكثر، فما فوق، أو أقل); `end` gets its last token.
const Pattern* Extractor::bound_after_noun(std::size_t last, std::size_t& end) const {
  const std::size_t k = last + 1;
  if (k + 1 >= toks_.size() || toks_[k].type != TT::kWord || toks_[k].latin ||
      toks_[k].lex != nullptr) {
    return nullptr;
  }
  const Pattern* p = hedge_after(k + 1, end);
  if (p == nullptr || (p->hedge != Hedge::kAtLeast && p->hedge != Hedge::kAtMost)) return nullptr;
  return p;
}

bool Extractor::chain_after(std::size_t k) const {
  return k + 2 < toks_.size() && adjacent(k, k + 1) && (text(k + 1) == "-" || text(k + 1) == "/") &&
         toks_[k + 2].type == TT::kNum && adjacent(k + 1, k + 2);
}

}  // namespace fc::extract::numgrammar
