#include "factcheck/extract/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "factcheck/extract/number_scanner.hpp"

// How the extractor works: the date tokenizer's tokens of the normalized text are made
// number tokens (numbers of digits with their separators, words, punctuation) in one pass
// over them (Extractor::tokenize); a word is looked up in the number lexicon only after
// a cheap screen on its ending (number_lexicon.cpp). Only tokens that
// are numbers or number words start an expression; hedges, range and change cues,
// percent words and signs are then read from the few tokens around it. Everything is
// linear in the text: each token is looked at a bounded number of times.
//
// Readings:
//  - A hedged figure keeps `value` as written and gets `approximate: true`; `low`/`high`
//    say what the text allows: about (نحو, about) ±kAboutTolerance; more than / at least
//    low only; less than / at most (حتى, up to) high only.
//  - A range has low/high and no value. A change has from/to; its low/high are `to`
//    (the state the text reports last).
//  - Vague quantities have low < high and no value. Built-in intervals (overridden by
//    name through NumberOptions::vague, i.e. checks/ `vague:`):
//      few [3, 9] (بضعة، بضع)          tens [20, 99] (عشرات)       dozens [24, 99]
//      hundreds [200, 999] (مئات)       thousands [2000, 9999] (آلاف)
//      millions [2e6, 9999999]          billions [2e9, 9999999999]
//    and "X of Y" (عشرات الآلاف, tens of thousands) is X's interval times Y's scale:
//      tens_of_thousands [20000, 99999], hundreds_of_thousands [200000, 999999],
//      tens_of_millions, hundreds_of_millions, few_thousands ... (each overridable).
//  - A bare four-digit 1900-2100 after a date cue (عام، في، منذ، in, since, a month) is
//    left to the date extractor.

namespace fc::extract::numgrammar {

std::vector<Mention> Extractor::run() {
  tokenize();
  for (std::size_t i = 0; i < toks_.size(); ++i) {
    if (i < consumed_) continue;
    const Tok& k = toks_[i];
    if (k.type != TT::kNum && !(k.type == TT::kWord && k.lex != nullptr)) continue;
    const std::size_t before = out_.size();
    try_at(i);
    if (out_.size() > before) try_other_side(i);
  }
  return std::move(out_);
}

// Does pattern p match tokens [i, i + size)? The first word may carry و ف ب ل.
bool Extractor::match(std::size_t i, const Pattern& p) const {
  if (i + p.words.size() > toks_.size()) return false;
  for (std::size_t k = 0; k < p.words.size(); ++k) {
    const std::string_view w = text(i + k);
    if (w == p.words[k]) continue;
    if (k == 0 && without_clitic(i, true) == p.words[k]) continue;
    return false;
  }
  return true;
}

// A hedge ending right before token `first` (not reaching below `floor`).
const Pattern* Extractor::hedge_before(std::size_t first, std::size_t floor,
                                       std::size_t& start) const {
  for (const Pattern& p : w_.before) {
    const std::size_t len = p.words.size();
    if (first < floor + len) continue;
    if (match(first - len, p)) {
      start = first - len;
      return &p;
    }
  }
  return nullptr;
}

const Pattern* Extractor::hedge_after(std::size_t next, std::size_t& end) const {
  for (const Pattern& p : w_.after) {
    if (match(next, p)) {
      end = next + p.words.size() - 1;
      return &p;
    }
  }
  return nullptr;
}

// A year after a date cue is the date extractor's.
bool Extractor::year_like(const Card& c) const {
  if (!c.plain_year || c.first != c.last) return false;
  const std::size_t i = c.first;
  if (i > 0 && (is(i - 1, w_.year_cues) || is(i - 1, w_.months))) return true;
  if (i + 1 < toks_.size() && is(i + 1, w_.year_after)) return true;
  if (i > 0 && (text(i - 1) == "/" || text(i - 1) == "-") && adjacent(i - 1, i)) return true;
  return false;
}

void Extractor::try_at(std::size_t i) {
  // "دارفور24", "عربي21": digits glued to the end of a word of four letters or more are
  // part of a name (an outlet, a brand); a clitic or a short preposition glued before
  // them ("ب14700", "من9,1%") is not.
  if (toks_[i].type == TT::kNum && i > 0 && toks_[i - 1].type == TT::kWord && !toks_[i - 1].latin &&
      adjacent(i - 1, i) && text(i - 1).size() >= 8) {
    consumed_ = i + 1;
    return;
  }
  // "A3", "G20", "F-16", "MiG-29", "COVID-19": digits glued to a Latin word, or to a short
  // one by a hyphen, name a road, a group, a plane, a disease ("mid-2023" is a time).
  if (toks_[i].type == TT::kNum && i > 0 && toks_[i - 1].type == TT::kWord && toks_[i - 1].latin &&
      adjacent(i - 1, i)) {
    consumed_ = i + 1;
    return;
  }
  if (toks_[i].type == TT::kNum && i > 1 && text(i - 1) == "-" && adjacent(i - 1, i) &&
      adjacent(i - 2, i - 1) && toks_[i - 2].type == TT::kWord && toks_[i - 2].latin) {
    const auto w = text(i - 2);
    if ((w.size() <= 3 || w == "covid") && w != "mid" && w != "pre" && w != "top") {
      consumed_ = i + 1;
      return;
    }
  }
  if (try_ordinal(i)) return;
  if (try_vague(i)) return;
  Card c;
  if (!parse_cardinal(i, c)) return;
  const std::size_t n = toks_.size();
  // Monday, and "one of" (واحدة من أكثر) are no counts.
  if (c.words && c.first == c.last) {
    const Tok& tk = toks_[i];
    // ... nor "one another", "one after another".
    const bool one_another = tk.latin && c.value == 1 && i + 1 < n &&
                             (text(i + 1) == "another" ||
                              (text(i + 1) == "after" && i + 2 < n && text(i + 2) == "another"));
    if (is(i, w_.not_numbers) || one_another) {
      consumed_ = i + 1;
      return;
    }
    if (tk.cl.def && tk.lex->kind == NumberWord::kUnit && tk.lex->value == 2) {
      consumed_ = i + 1;
      return;
    }
  }
  // "الربع الأول", "للربع الحالي", "النصف الثاني": with the article and an adjective after
  // it a fraction word names a period, not a share.
  if (c.words && c.first == c.last && toks_[i].lex->kind == NumberWord::kFraction &&
      toks_[i].cl.def && i + 1 < n && toks_[i + 1].type == TT::kWord && !toks_[i + 1].cl.conj &&
      text(i + 1).substr(0, 4) == "\xD8\xA7\xD9\x84") {
    consumed_ = i + 1;
    return;
  }
  double value = c.value;
  std::size_t first = c.first;
  std::size_t last = c.last;
  int sig = c.sig;
  // Date chains (27-7-2021, 12/03/2020) belong to the dates.
  const auto chain_sep = [&](std::size_t k) {
    return k < n && (text(k) == "-" || text(k) == "/" || text(k) == ".");
  };
  if (c.digits && c.first == c.last) {
    if (chain_sep(last + 1) && adjacent(last, last + 1) && last + 2 < n &&
        toks_[last + 2].type == TT::kNum && adjacent(last + 1, last + 2) && chain_sep(last + 3) &&
        adjacent(last + 2, last + 3) && last + 4 < n && toks_[last + 4].type == TT::kNum) {
      consumed_ = last + 5;
      return;
    }
  }
  // Fractions: 11/10, واحد على مائة, واحد من ثلاثة, خمسة أثمان, خمس السكان.
  bool fraction = false;
  if (c.digits && !c.scaled && last + 2 < n && text(last + 1) == "/" && adjacent(last, last + 1) &&
      adjacent(last + 1, last + 2) && toks_[last + 2].type == TT::kNum &&
      nu(toks_[last + 2]).v != 0 &&
      !(last + 3 < n && chain_sep(last + 3) && adjacent(last + 2, last + 3))) {
    value = value / nu(toks_[last + 2]).v;
    last += 2;
    fraction = true;
    sig = 0;
  } else if (c.words && last + 2 < n &&
             (is(last + 1, w_.fraction_over) ||
              (is(last + 1, w_.fraction_of) && is(c.first, w_.one_of)))) {
    Card d;
    if (parse_cardinal(last + 2, d) && d.words && d.value != 0) {
      value = value / d.value;
      last = d.last;
      fraction = true;
    }
  } else if (c.words && is_kind(last + 1, NumberWord::kFractionPlural)) {
    value = value * lex(last + 1)->value;
    last += 1;
    fraction = true;
  } else if (c.words && c.first == c.last && toks_[i].lex->kind == NumberWord::kUnit &&
             toks_[i].lex->feminine && !toks_[i].cl.def && last + 1 < n &&
             toks_[last + 1].type == TT::kWord && toks_[last + 1].lex == nullptr &&
             text(last + 1).substr(0, 4) == "\xD8\xA7\xD9\x84" && toks_[i].lex->value == 5) {
    value = 1.0 / toks_[i].lex->value;  // خمس السكان: a fifth of the population
    fraction = true;
  }
  if (!fraction && c.words && c.first == c.last && is(c.first, w_.one_of) &&
      (is(last + 1, w_.fraction_of) || is(last + 1, w_.of))) {
    consumed_ = last + 1;  // "واحدة من أكثر": one of, not a count
    return;
  }
  // Decimal words: "1 فاصلة 1", "واحد فاصلة واحد".
  if (!fraction && last + 2 < n && is(last + 1, w_.decimal_point)) {
    Card d;
    if (parse_cardinal(last + 2, d) && !d.scaled && d.value >= 0 &&
        d.value == std::floor(d.value)) {
      const double digits = d.value == 0 ? 1 : std::floor(std::log10(d.value)) + 1;
      value += d.value / std::pow(10.0, digits);
      last = d.last;
    }
  }
  if (try_ordinal_suffix(c, last)) return;
  if (year_like(c) && last == c.last) {
    consumed_ = last + 1;
    return;
  }
  // Sign.
  if (first > consumed_) {
    const std::size_t p = first - 1;
    if (is(p, w_.negative)) {
      value = -value;
      first = p;
    } else if ((text(p) == "-" || text(p) == "\xE2\x88\x92") && c.digits && adjacent(p, first) &&
               (p == 0 || !adjacent(p - 1, p) || toks_[p - 1].type == TT::kPunct) &&
               !(p > 0 && toks_[p - 1].type == TT::kNum)) {
      value = -value;
      first = p;
    }
  }
  // "a dozen", "a hundred", "a million".
  if (first > consumed_ && !c.digits && toks_[i].lex != nullptr && toks_[i].lex->english &&
      (toks_[i].lex->kind == NumberWord::kHundred || toks_[i].lex->kind == NumberWord::kScale ||
       toks_[i].lex->kind == NumberWord::kDozen) &&
      is(first - 1, w_.article)) {
    --first;
  }
  // Percent after (or, rarely, before) the number.
  bool percent = false;
  std::size_t end = last;
  if (percent_after(end, end)) {
    percent = true;
  } else if (first > consumed_ && is(first - 1, w_.percent_one) &&
             (toks_[first - 1].type == TT::kWord ||
              (adjacent(first - 1, first) && (first < 2 || !adjacent(first - 2, first - 1) ||
                                              toks_[first - 2].type != TT::kNum)))) {
    percent = true;  // "بالمائة 10", "%5" typed right to left
    --first;
  }
  // Ranges and changes.
  if (try_range(c, first, end, value, percent, sig)) return;
  // Change with a target only: "خفضت القوات إلى 2500", "cut to 2,500".
  std::size_t hs0 = first;
  if (first > consumed_ + 1 && is(first - 1, w_.range_to) &&
      hedge_before(first, consumed_, hs0) == nullptr &&
      text(first - 1) != "\xD8\xAD\xD8\xAA\xD9\x8A" && change_cue_before(first - 1)) {
    Mention m = make(first - 1, end, MentionKind::kChange);
    m.to = value;
    m.low = value;
    m.high = value;
    m.significant_digits = sig;
    m.imprecise = c.imprecise;
    // The state before may follow the target: "تراجع إلى 3.2% من 4.1%".
    Card d;
    if (end + 2 < n && is(end + 1, w_.range_from) && toks_[end + 2].type != TT::kPunct &&
        parse_cardinal(end + 2, d)) {
      std::size_t dend = d.last;
      const bool dpct = percent_after(d.last, dend);
      if (dpct == percent) {
        double before = d.value;
        if (!d.scaled && c.scaled && std::fabs(before) < 1000) before *= c.scale;
        m = make(first - 1, dend, MentionKind::kChange);
        m.from = before;
        m.to = value;
        m.low = value;
        m.high = value;
        m.significant_digits = sig;
        m.imprecise = c.imprecise || d.imprecise;
        end = dend;
      }
    }
    // "ارتفعت الحصيلة إلى 300 قتيل على الأقل": the target is a lower bound.
    std::size_t bend = end;
    if (const Pattern* p = bound_after_noun(end, bend);
        p != nullptr && p->hedge == Hedge::kAtLeast) {
      m = make(first - 1, bend, MentionKind::kChange);
      m.to = value;
      m.low = value;
      m.hedge = p->hedge;
      m.approximate = true;
      m.significant_digits = sig;
      end = bend;
    }
    emit(std::move(m), end, percent);
    return;
  }
  // Hedges.
  Hedge hedge = Hedge::kNone;
  bool below = false;
  // A currency sign may stand between the hedge and the figure: "about $66".
  const std::size_t hfirst =
      first > consumed_ && is(first - 1, w_.currency) && adjacent(first - 1, first) ? first - 1
                                                                                    : first;
  std::size_t hstart = hfirst;
  if (const Pattern* p = hedge_before(hfirst, consumed_, hstart)) {
    hedge = p->hedge;
    below = p->below;
    first = hstart;
  } else if (const Hedge vh = verb_hedge_before(hfirst, hstart); vh != Hedge::kNone) {
    hedge = vh;
    first = hstart;
  }
  std::size_t hend = end;
  if (const Pattern* p =
          hedge_after(end + 1, hend) ? hedge_after(end + 1, hend) : bound_after_noun(end, hend)) {
    // "حوالي 500 أو أقل": the explicit bound after wins over "about".
    if (hedge == Hedge::kNone || p->hedge == Hedge::kAbout || hedge == Hedge::kAbout) {
      if (hedge == Hedge::kNone || hedge == Hedge::kAbout) {
        if (p->hedge != Hedge::kAbout || hedge == Hedge::kNone) hedge = p->hedge;
      }
      end = hend;
    }
  }
  Mention m = make(first, end, percent ? MentionKind::kPercent : MentionKind::kNumber);
  m.significant_digits = sig;
  m.imprecise = c.imprecise;
  apply_hedge(m, value, hedge);
  if (below) m.high = value;
  // "أكبر من 100 وأصغر من 300", "فوق الربع وتحت النصف": one range.
  if (hedge == Hedge::kMoreThan || hedge == Hedge::kAtLeast) {
    std::size_t k = end + 1;
    if (k < n && (text(k) == "," || text(k) == "\xD8\x8C")) ++k;
    if (k < n && (text(k) == "\xD9\x88" || text(k) == fold_or())) ++k;
    for (const Pattern& p : w_.upper) {
      if (!match(k, p)) continue;
      Card d;
      const std::size_t q = k + p.words.size();
      if (q < n && parse_cardinal(q, d) && d.value > value) {
        Mention r = make(first, d.last, MentionKind::kRange);
        r.low = value;
        r.high = d.value;
        r.approximate = false;
        emit(std::move(r), d.last);
        return;
      }
      break;
    }
  }
  emit(std::move(m), end);
}

// A verb of a bound a few words before the figure, its subject between: "تجاوزت وتيرة
// التضخم 9 بالمائة", "يقترب العجز السنوي من 50 مليار". `start` gets the verb.
Hedge Extractor::verb_hedge_before(std::size_t first, std::size_t& start) const {
  constexpr std::size_t kGap = 3;  // words of the subject
  if (first <= consumed_) return Hedge::kNone;
  const bool min_before = is(first - 1, w_.range_from);
  const std::size_t top = min_before ? first - 1 : first;
  for (std::size_t g = 1; g <= kGap + 1 && top >= consumed_ + g; ++g) {
    const std::size_t k = top - g;
    if (toks_[k].type != TT::kWord || toks_[k].lex != nullptr) return Hedge::kNone;
    if (g == 1 && !min_before) continue;  // a verb right before is hedge_before's
    const bool over = is(k, w_.verb_over);
    const bool near = is(k, w_.verb_near);
    if (over && !min_before) {
      start = k;
      return Hedge::kMoreThan;
    }
    if (near && min_before) {
      start = k;
      return Hedge::kAbout;
    }
  }
  return Hedge::kNone;
}

const std::string& Extractor::fold_or() {
  static const std::string kOr = normalize::fold("أو");
  return kOr;
}

void Extractor::apply_hedge(Mention& m, double value, Hedge hedge) const {
  m.hedge = hedge;
  m.value = value;
  switch (hedge) {
    case Hedge::kNone:
      m.low = value;
      m.high = value;
      break;
    case Hedge::kAbout: {
      const double tol = std::fabs(value) * kAboutTolerance;
      m.low = value - tol;
      m.high = value + tol;
      m.approximate = true;
      break;
    }
    case Hedge::kMoreThan:
    case Hedge::kAtLeast:
      m.low = value;
      m.approximate = true;
      break;
    case Hedge::kLessThan:
    case Hedge::kAtMost:
      m.high = value;
      m.approximate = true;
      break;
  }
}

bool Extractor::try_ordinal_suffix(const Card& c, std::size_t last) {
  if (!c.digits || c.first != last || nu(toks_[last]).decimal) return false;
  if (last + 1 < toks_.size() && adjacent(last, last + 1) && is(last + 1, w_.ordinal_suffix)) {
    Mention m = make(c.first, last + 1, MentionKind::kOrdinal);
    set_exact(m, nu(toks_[last]).v);
    emit(std::move(m), last + 1);
    return true;
  }
  return false;
}

// Percent sign or words right after token `last`; `end` gets the last token used.
bool Extractor::percent_after(std::size_t last, std::size_t& end) const {
  const std::size_t k = last + 1;
  if (k >= toks_.size()) return false;
  if (is(k, w_.percent_one)) {
    end = k;
    return true;
  }
  if (is(k, w_.percent_in) && is(k + 1, w_.percent_two)) {
    end = k + 1;
    return true;
  }
  // Percentage points: "نقطة مئوية", "percentage points", or "نقطة" alone in a passage
  // about percents (a percent shortly before); never "نقطة أساس" (basis points).
  if (is(k, w_.points_en) && is(k + 1, w_.points)) {
    end = k + 1;
    return true;
  }
  if (is(k, w_.points) && !toks_[k].latin && !is(k + 1, w_.basis)) {
    if (is(k + 1, w_.points_percent)) {
      end = k + 1;
      return true;
    }
    if (have_percent_ && k < last_percent_ + kPointsReach) {
      end = k;
      return true;
    }
  }
  return false;
}

}  // namespace fc::extract::numgrammar

namespace fc::extract {

std::vector<Mention> extract_numbers(const normalize::NormalizedText& text,
                                     const DateTokens& tokens, const NumberOptions& options) {
  numgrammar::Extractor x(text, tokens, options);
  return x.run();
}

std::vector<Mention> extract_numbers(const normalize::NormalizedText& text,
                                     const NumberOptions& options) {
  return extract_numbers(text, tokenize_for_dates(text.text), options);
}

}  // namespace fc::extract
