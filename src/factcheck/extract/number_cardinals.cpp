// Cardinals in digits, words or both, as parts of falling scale joined by و; ordinals and
// vague quantities.
#include <cmath>
#include <string>

#include "factcheck/extract/number_scanner.hpp"

namespace fc::extract::numgrammar {

namespace {

// Vague intervals.

struct VagueDefault {
  const char* name;
  double low;
  double high;
};

constexpr VagueDefault kVagueDefaults[] = {
    {"few", 3, 9},
    {"tens", 20, 99},
    {"dozens", 24, 99},
    {"hundreds", 200, 999},
    {"thousands", 2000, 9999},
    {"millions", 2e6, 9999999},
    {"billions", 2e9, 9999999999.0},
};

const char* vague_name(VagueBase b) {
  switch (b) {
    case VagueBase::kFew:
      return "few";
    case VagueBase::kTens:
      return "tens";
    case VagueBase::kDozens:
      return "dozens";
    case VagueBase::kHundreds:
      return "hundreds";
    case VagueBase::kThousands:
      return "thousands";
    case VagueBase::kMillions:
      return "millions";
    case VagueBase::kBillions:
      return "billions";
    case VagueBase::kNone:
      break;
  }
  return "";
}

}  // namespace

// Parses a cardinal number at token i: digits, words, or digits with a scale word.
bool Extractor::parse_cardinal(std::size_t i, Card& c) const {
  const std::size_t n = toks_.size();
  double total = 0;
  double group = 0;
  double last_scale = 1e300;
  NumberWord last = NumberWord::kNone;
  bool any = false;
  bool english = false;
  c = Card{};
  c.first = i;
  std::size_t j = i;
  while (j < n) {
    bool conj = false;
    std::size_t k = j;
    if (any) {
      if (toks_[j].type == TT::kWord && (text(j) == "\xD9\x88" || text(j) == "and")) {
        conj = true;
        k = j + 1;
      } else if (english && last == NumberWord::kTens && text(j) == "-" && adjacent(j - 1, j) &&
                 j + 1 < n && adjacent(j, j + 1)) {
        conj = true;
        k = j + 1;
      }
      if (k >= n) break;
    }
    const Tok& tk = toks_[k];
    if (tk.type == TT::kNum) {
      // Digits start a number, or follow a scale after و: a compound is any sequence of
      // parts of falling scale joined by و ("3 ملايين و500 ألف و20", "31 ألفاً و643").
      if (any) {
        if (!(conj && group == 0 && total > 0 && nu(tk).v < 1000 && !nu(tk).decimal &&
              !c.decimal)) {
          break;
        }
        const LexEntry* nx = lex(k + 1);
        const bool scale_next = nx != nullptr && (nx->kind == NumberWord::kScale ||
                                                  nx->kind == NumberWord::kScalePlural);
        if (scale_next ? nx->value >= last_scale : nu(tk).v >= last_scale) break;
      } else {
        c.digits = true;
        c.decimal = nu(tk).decimal;
        c.sig = nu(tk).sig;
        c.imprecise = nu(tk).imprecise;
        c.plain_year = !nu(tk).grouped && !nu(tk).decimal && nu(tk).int_len == 4 &&
                       nu(tk).v >= 1900 && nu(tk).v <= 2100;
      }
      c.words = false;
      group = nu(tk).v;
      last = NumberWord::kNone;
      any = true;
      c.last = k;
      j = k + 1;
      // Glued scale suffix: 2.5m, 3bn, 5k.
      if (j < n && toks_[j].latin && adjacent(k, j)) {
        const std::string_view sfx = text(j);
        double sc = 0;
        if (sfx == "k") sc = 1e3;
        if (sfx == "m" || sfx == "mn") sc = 1e6;
        if (sfx == "bn" || sfx == "b") sc = 1e9;
        if (sfx == "tn") sc = 1e12;
        if (sc > 0 && (j + 1 >= n || !adjacent(j, j + 1) || toks_[j + 1].type == TT::kPunct)) {
          total += group * sc;
          group = 0;
          last_scale = sc;
          c.scale = sc;
          c.scaled = true;
          c.last = j;
          j = j + 1;
          last = NumberWord::kScale;
        }
      }
      if (!c.scaled || c.last != j - 1) last = NumberWord::kNone;
      continue;
    }
    const LexEntry* e = lex(k);
    if (e == nullptr) break;
    if (any && !from_digits_start(c) && e->english != english) break;
    if (any && (tk.cl.def || tk.cl.prep)) break;
    if (tk.cl.conj && any) {
      if (conj) break;
      conj = true;
    }
    if (tk.cl.def && !any) {
      // "الست" (the six) is a count; "المئة", "الألف" alone are not.
      // "السدين", "الخطة الخمسية": a count noun takes the article too.
      if (e->kind != NumberWord::kUnit && e->kind != NumberWord::kTen &&
          e->kind != NumberWord::kTens && e->kind != NumberWord::kFraction &&
          e->kind != NumberWord::kCountNoun) {
        break;
      }
    }
    const bool from_digits = !c.words;
    const double gmod = std::fmod(group, 100.0);
    bool ok = false;
    switch (e->kind) {
      case NumberWord::kUnit:
        if (from_digits) break;
        if (!any) {
          ok = true;
        } else if (e->english) {
          ok = (last == NumberWord::kTens && gmod < 100 && std::fmod(group, 10.0) == 0) ||
               ((last == NumberWord::kHundred || last == NumberWord::kScale) && gmod == 0);
        } else {
          ok = gmod == 0 && (conj || last == NumberWord::kHundred) && last != NumberWord::kUnit &&
               last != NumberWord::kTens;
        }
        if (ok) group += e->value;
        break;
      case NumberWord::kUnitTeenOnly:
        if (from_digits || (any && !conj) || gmod != 0) break;
        if (is_kind(k + 1, NumberWord::kTen) && !toks_[k + 1].cl.conj) {
          group += e->value + 10;
          last = NumberWord::kTeen;
          any = true;
          c.last = k + 1;
          j = k + 2;
          continue;
        }
        // "إحدى وثلاثين", "أحد وعشرين": one before و and its tens.
        if (e->value == 1 && !any && is_kind(k + 1, NumberWord::kTens) && toks_[k + 1].cl.conj) {
          group += 1;
          last = NumberWord::kUnit;
          any = true;
          c.last = k;
          j = k + 1;
          continue;
        }
        break;
      case NumberWord::kTen:
        if (from_digits) break;
        if (any && last == NumberWord::kUnit && !conj && gmod < 10) {
          group += 10;
          ok = true;
          e = nullptr;  // now a teen
        } else if (gmod == 0 && (!any || conj || last == NumberWord::kHundred)) {
          group += 10;
          ok = true;
        }
        if (ok) {
          last = e == nullptr ? NumberWord::kTeen : NumberWord::kTen;
          any = true;
          c.last = k;
          j = k + 1;
          continue;
        }
        break;
      case NumberWord::kTeen:
        if (from_digits) break;
        ok = gmod == 0 &&
             (!any || conj || last == NumberWord::kHundred || last == NumberWord::kScale);
        if (ok) group += e->value;
        break;
      case NumberWord::kTens:
        if (from_digits) break;
        if (e->english) {
          ok = gmod == 0 && (!any || last == NumberWord::kHundred || last == NumberWord::kScale);
        } else if (any && last == NumberWord::kUnit && conj && gmod < 10) {
          ok = true;
        } else {
          ok = gmod == 0 && (!any || conj || last == NumberWord::kHundred);
        }
        if (ok && tk.cl.def && any) ok = false;
        if (ok) group += e->value;
        break;
      case NumberWord::kHundred:
        if (from_digits) break;
        if (e->english) {
          if (!any) {
            group = 100;
            ok = true;
          } else if (group > 0 && group < 100 && !conj) {
            group *= 100;
            ok = true;
          }
        } else if (any && e->value == 100 && last == NumberWord::kUnit && !conj && gmod >= 1 &&
                   gmod <= 9 && group < 10) {
          group *= 100;
          ok = true;
        } else if (group == 0 && (!any || conj)) {
          group = e->value;
          ok = true;
        }
        break;
      case NumberWord::kScale:
      case NumberWord::kScalePlural:
      case NumberWord::kScaleDual: {
        // "ألف وثلاثمائة واثني عشر مليارًا", "ألف مليون": the count of a larger scale is a
        // compound of thousands itself (1,312 billion): all of it is multiplied.
        if (e->value >= last_scale && e->kind == NumberWord::kScale && !e->english && c.words &&
            !conj && last_scale == 1e3 && e->value >= 1e6 && total + group < 1e6) {
          total = (total + group) * e->value;
          group = 0;
          last_scale = e->value;
          c.scale = e->value;
          c.scaled = true;
          ok = true;
          break;
        }
        if (e->value >= last_scale) break;
        double g = group;
        if (e->kind == NumberWord::kScaleDual) {
          if (group != 0 || (any && !conj)) break;
          g = 2;
        } else if (e->kind == NumberWord::kScalePlural) {
          if (conj || group <= 0) break;
          if (e->english) break;
          if (!from_digits && (gmod < 3 || gmod > 10) && group != 10) break;
        } else {
          if (group == 0) {
            if (any && !conj) break;
            g = 1;
          } else if (conj) {
            break;
          }
        }
        total += g * e->value;
        group = 0;
        last_scale = e->value;
        c.scale = e->value;
        c.scaled = true;
        ok = true;
        break;
      }
      case NumberWord::kCountNoun:
        // A count alone ("هدفين", "ضعفي"): nothing joins it.
        if (!any) {
          group = e->value;
          ok = true;
          last = NumberWord::kCountNoun;
          any = true;
          c.last = k;
          j = n;  // ends the cardinal
          continue;
        }
        break;
      case NumberWord::kFraction:
        if (!any) {
          group = e->value;
          ok = true;
        }
        break;
      case NumberWord::kDozen:
        if (!any) {
          group = 12;
          ok = true;
        } else if (!conj && group > 0 && group < 20) {
          group *= 12;
          ok = true;
        }
        break;
      default:
        break;
    }
    if (!ok) break;
    if (!any) english = e->english;
    last = e->kind == NumberWord::kScalePlural || e->kind == NumberWord::kScaleDual
               ? NumberWord::kScale
               : e->kind;
    any = true;
    c.last = k;
    j = k + 1;
  }
  if (!any) return false;
  c.value = total + group;
  // 128.7 x 1e9 is 128699999999.99998 in doubles: a decimal times a scale is rounded back
  // to the whole number it stands for.
  if (c.decimal && c.scaled &&
      std::fabs(c.value - std::round(c.value)) < 1e-9 * std::fabs(c.value)) {
    c.value = std::round(c.value);
  }
  if (std::fabs(c.value) > kMaxExact) c.imprecise = true;
  return true;
}

std::pair<double, double> Extractor::vague_interval(const std::string& name, double lo,
                                                    double hi) const {
  for (const auto& o : opt_.vague) {
    if (o.name == name) return {o.low, o.high};
  }
  return {lo, hi};
}

std::pair<double, double> Extractor::vague_base(VagueBase b) const {
  const std::string name = vague_name(b);
  for (const auto& d : kVagueDefaults) {
    if (name == d.name) return vague_interval(name, d.low, d.high);
  }
  return {0, 0};
}

bool Extractor::try_ordinal(std::size_t i) {
  const Tok& tk = toks_[i];
  const LexEntry* e = tk.lex;
  if (e == nullptr) {
    // 20th, 1st.
    if (tk.type == TT::kNum && !nu(tk).decimal && !nu(tk).grouped && i + 1 < toks_.size() &&
        adjacent(i, i + 1) && is(i + 1, w_.ordinal_suffix)) {
      Mention m = make(i, i + 1, MentionKind::kOrdinal);
      set_exact(m, nu(tk).v);
      emit(std::move(m), i + 1);
      return true;
    }
    return false;
  }
  if (tk.cl.conj && !tk.cl.def && !e->english && e->kind != NumberWord::kOrdinal) return false;
  if (e->kind == NumberWord::kOrdinal && !tk.cl.def && !e->english && e->value == 2 && i > 0 &&
      (toks_[i - 1].type == TT::kNum ||
       (lex(i - 1) != nullptr && lex(i - 1)->kind != NumberWord::kOrdinal))) {
    return true;  // "30 ثانية": seconds, not the second
  }
  double v = 0;
  std::size_t last = i;
  const auto tens_after = [&](std::size_t k, std::size_t& end) -> double {
    // "والعشرين" or "و العشرون".
    if (is_kind(k, NumberWord::kTens) && toks_[k].cl.conj && toks_[k].cl.def) {
      end = k;
      return toks_[k].lex->value;
    }
    if (k + 1 < toks_.size() && text(k) == "\xD9\x88" && is_kind(k + 1, NumberWord::kTens) &&
        toks_[k + 1].cl.def && !toks_[k + 1].cl.conj) {
      end = k + 1;
      return toks_[k + 1].lex->value;
    }
    return 0;
  };
  if (e->english) {
    if (e->kind == NumberWord::kOrdinal) {
      v = e->value;
    } else if (e->kind == NumberWord::kTens && i + 2 < toks_.size() && text(i + 1) == "-" &&
               adjacent(i, i + 1) && adjacent(i + 1, i + 2) &&
               is_kind(i + 2, NumberWord::kOrdinal) && lex(i + 2)->value < 10) {
      v = e->value + lex(i + 2)->value;
      last = i + 2;
    } else {
      return false;
    }
  } else if (e->kind == NumberWord::kOrdinal || e->kind == NumberWord::kOrdinalUnitCompound) {
    v = e->value;
    std::size_t end = 0;
    if (v < 10 && is_kind(i + 1, NumberWord::kTen) && !toks_[i + 1].cl.conj &&
        !toks_[i + 1].cl.def) {
      v += 10;
      last = i + 1;
    } else if (const double tens = v < 10 ? tens_after(i + 1, end) : 0; tens > 0) {
      v += tens;
      last = end;
    } else if (e->kind == NumberWord::kOrdinalUnitCompound) {
      return true;  // "حادي" alone: no reading, and not a cardinal either
    }
  } else if (tk.cl.def && (e->kind == NumberWord::kUnit || e->kind == NumberWord::kUnitTeenOnly) &&
             is_kind(i + 1, NumberWord::kTen) && !toks_[i + 1].cl.conj && !toks_[i + 1].cl.def) {
    v = e->value + 10;  // الأحد عشر، الاثنى عشر
    last = i + 1;
  } else if (tk.cl.def && e->kind == NumberWord::kUnit && e->value >= 1) {
    std::size_t end = 0;
    const double tens = tens_after(i + 1, end);
    if (tens == 0) return false;  // "الست" is a cardinal
    v = e->value + tens;
    last = end;
  } else if (tk.cl.def && e->kind == NumberWord::kScale && i > consumed_ &&
             toks_[i - 1].type == TT::kWord && toks_[i - 1].lex == nullptr &&
             text(i - 1).substr(0, 4) == "\xD8\xA7\xD9\x84") {
    v = e->value;  // "الذكرى الألف", "الكتاب التريليون": the thousandth, the trillionth
  } else if (tk.cl.def && e->kind == NumberWord::kTens) {
    // "العشرين" is an ordinal, except after a hedge ("فوق الثلاثين": over thirty).
    std::size_t hs = 0;
    if (hedge_before(i, consumed_, hs) != nullptr) return false;
    v = e->value;
  } else {
    return false;
  }
  Mention m = make(i, last, MentionKind::kOrdinal);
  set_exact(m, v);
  emit(std::move(m), last);
  return true;
}

bool Extractor::try_vague(std::size_t i) {
  const Tok& tk = toks_[i];
  const LexEntry* e = tk.lex;
  if (e == nullptr) return false;
  const bool plural_scale = e->kind == NumberWord::kScalePlural && e->vague != VagueBase::kNone;
  if (e->kind != NumberWord::kVague && !plural_scale) return false;
  auto [lo, hi] = vague_base(e->vague);
  std::string name = vague_name(e->vague);
  std::size_t last = i;
  // "عشرات الآلاف", "بضعة آلاف", "بضع مئات", "tens of thousands".
  std::size_t k = i + 1;
  if (e->english && is(k, w_.of)) ++k;
  const LexEntry* nx = lex(k);
  if (nx != nullptr && nx->english == e->english && !toks_[k].cl.conj && !toks_[k].cl.prep &&
      (k == i + 1 || e->english)) {
    double scale = 0;
    std::string scale_name;
    if (nx->kind == NumberWord::kScalePlural || nx->kind == NumberWord::kScale) {
      scale = nx->value;
      scale_name = nx->value == 1e3 ? "thousands" : nx->value == 1e6 ? "millions" : "billions";
    } else if (nx->kind == NumberWord::kVague && nx->vague == VagueBase::kHundreds) {
      scale = 100;
      scale_name = "hundreds";
    }
    if (scale > 0 && (e->kind == NumberWord::kVague) &&
        !(e->english && nx->kind == NumberWord::kScale)) {
      const std::string combined = name + "_of_" + scale_name;
      const auto r = vague_interval(combined, lo * scale, hi * scale + (scale - 1));
      lo = r.first;
      hi = r.second;
      name = combined;
      last = k;
    }
  }
  if (e->english && last == i && i + 1 < toks_.size() && !is(i + 1, w_.of)) {
    // "hundreds" / "thousands" without "of" is rarely a quantity; still read it.
  }
  Mention m = make(i, last, MentionKind::kVague);
  m.low = lo;
  // English "thousands" (millions, billions) alone ("by the thousands", "thousands more")
  // says at least two thousand, no more; "thousands of aftershocks" is the vague quantity.
  if (!(e->english && plural_scale && last == i && !is(i + 1, w_.of))) m.high = hi;
  m.approximate = true;
  emit(std::move(m), last);
  return true;
}

// "وعشرين" after بين: the و belongs to the range, the rest is the number.
bool Extractor::parse_cardinal_glued(std::size_t q, Card& d) {
  Tok& tk = toks_[q];
  const Clitics saved = tk.cl;
  tk.cl.conj = false;
  const bool ok = parse_cardinal(q, d);
  tk.cl = saved;
  return ok;
}

}  // namespace fc::extract::numgrammar
