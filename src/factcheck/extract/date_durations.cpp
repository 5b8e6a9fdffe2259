// Counts of units: durations ("ثلاث سنوات", "نحو 20 عاماً"), points a count away ("قبل
// ثلاثة أيام", "3 years ago", "خلال أسبوعين") and the next or last n units.

#include "factcheck/extract/date_scanner.hpp"

#include <string>

namespace fc::extract::dategrammar {

namespace {

/// TIMEX3's designator of an unknown count of `unit` ("PXY" some years, "PTXH" some hours).
std::string unknown_span(datelex::Unit unit) {
  switch (unit) {
    case datelex::Unit::kMinute:
      return "PTXM";
    case datelex::Unit::kHour:
      return "PTXH";
    case datelex::Unit::kDay:
      return "PXD";
    case datelex::Unit::kWeek:
      return "PXW";
    case datelex::Unit::kMonth:
      return "PXM";
    case datelex::Unit::kDecade:
      return "PXDE";
    default:
      return "PXY";
  }
}

}  // namespace

std::size_t Scanner::read_count_tail(std::size_t j, int& value) const {
  // "وثمانية عشر", "وواحد", "وعشرين", "وخمسة وعشرين": a conjunction, then 1-99.
  const int c = datelex::cardinal_word(stems(j)[1]);
  if (c == 0) return 0;
  value = c;
  const WordSet& kTeen = grammar().lists.teen;
  std::size_t e = j + 1;
  if (c < 10 && exact(e, kTeen)) {
    value = c + 10;
    ++e;
  } else if (c < 10 && is_word(e) && stems(e).size() > 1) {
    const int tens = datelex::cardinal_word(stems(e)[1]);
    if (tens >= 20 && tens % 10 == 0) {
      value = c + tens;
      ++e;
    }
  }
  return e;
}

std::size_t Scanner::read_count(std::size_t i, int& count) const {
  if (is_num(i)) {
    if (toks_[i].value <= 0 || toks_[i].digits > 4) return 0;
    count = static_cast<int>(toks_[i].value);
    return i + 1;
  }
  if (!is_word(i)) return 0;
  const int c = datelex::cardinal_word(stems(i)[0]);
  if (c == 0) return 0;
  std::size_t j = i + 1;
  count = c;
  const WordSet& kTeen = grammar().lists.teen;
  if (c < 10 && exact(j, kTeen)) {
    count = c + 10;
    ++j;
  } else if (c < 10 && is_word(j) && stems(j).size() > 1) {
    const int tens = datelex::cardinal_word(stems(j)[1]);
    if (tens >= 20 && tens % 10 == 0) {
      count = c + tens;
      ++j;
    }
  }
  return j;
}

std::optional<Hit> Scanner::match_count(std::size_t i) {
  // [قبل|منذ|بعد|خلال|في غضون] [نحو] N unit; "3 years ago"; "نحو 20 عاما" (a duration).
  if (auto p = match_next_units(i)) return p;
  const WordSet& kAgo = ago_words();
  const WordSet& kAfter = after_words();
  const WordSet& kWithin = within_words();
  std::size_t j = i;
  int rel = 0;  // -1 ago, +1 after, 2 within
  if (exact(j, kAgo))
    rel = -1;
  else if (exact(j, kAfter))
    rel = 1;
  else if (any(j, kWithin))
    rel = 2;
  if (rel != 0) ++j;
  const std::size_t count_begin = j;
  const Lists& l = grammar().lists;
  bool hedged = false;
  if (any(j, hedge_words())) {
    hedged = true;
    ++j;
  } else if (exact(j, small_sets().more_less) && exact(j + 1, small_sets().than)) {
    hedged = true;
    j += 2;
  } else {
    // "ما يزيد على 14 ساعة", "ما لا يقل عن ثلاثة أيام", "ما يقارب عامين", "يربو على عقد".
    std::size_t h = j;
    if (exact(h, l.ma)) ++h;
    if (exact(h, l.negation)) ++h;
    if (exact(h, l.bound_verbs)) {
      ++h;
      if (exact(h, l.bound_preps)) ++h;
      hedged = true;
      j = h;
    }
  }
  int count = 0;
  bool measured_noun = false;  // "دقيقة صمت": the noun the unit measures is in the span
  std::size_t k = read_count(j, count);
  int dual = 0;
  bool definite = false;
  datelex::Unit unit = datelex::Unit::kNone;
  // "a three-month state of emergency", "a 15-month low": the count and unit joined by a
  // hyphen make an adjective of a duration.
  const bool hyphened = k != 0 && is_punct(k, "-") && adjacent(k - 1, k) && adjacent(k, k + 1) &&
                        is_word(k + 1) && toks_[k + 1].latin;
  if (hyphened) ++k;
  if (k != 0 && is_word(k)) {
    for (const auto& s : stems(k)) {
      if ((unit = datelex::unit_word(s, dual, definite)) != datelex::Unit::kNone) break;
    }
    if (dual != 0 || definite) unit = datelex::Unit::kNone;
  }
  if (unit == datelex::Unit::kNone) {
    // A dual ("عامين") or a lone unit after a preposition ("قبل أسبوع", "منذ عام").
    if (!is_word(j)) return std::nullopt;
    for (const auto& s : stems(j)) {
      if ((unit = datelex::unit_word(s, dual, definite)) != datelex::Unit::kNone) break;
    }
    if (unit == datelex::Unit::kNone || definite) return std::nullopt;
    // "خلال شهر ديسمبر", "منذ عام 2003": the unit names the month or year after it.
    int month = 0;
    bool ambiguous = false;
    if (dual == 0 && read_month(j, month, ambiguous) != 0) return std::nullopt;
    const WordSet& kSingular = grammar().lists.singular_units_indefinite;
    // "منذ عقود", "قبل سنوات", "لأشهر": a plural unit without a count is a vague span
    // (decades: 20 to 99 years; years, months, weeks, days: 3 to 10).
    // Not the construct "أشهر جانفي وفيفري", "سنوات الحرب", "سنوات 2011-2014".
    int m2 = 0;
    bool amb2 = false;
    const bool construct = is_num(j + 1) || read_month(j + 1, m2, amb2) != 0 ||
                           (is_word(j + 1) && !toks_[j + 1].latin &&
                            stems(j + 1)[0].key.rfind("\xD8\xA7\xD9\x84", 0) == 0 &&
                            !any(j + 1, past_words()) && !any(j + 1, next_words()));
    if (dual == 0 && rel != 0 && !construct && !exact(j, kSingular) &&
        !exact(j, l.clock_unit_singular) && !toks_[j].latin && !any(j, l.singular_units)) {
      const bool decades = unit == datelex::Unit::kDecade;
      Hit h;
      h.tb = j;
      h.te = j + 1;
      h.m.kind = MentionKind::kVague;
      h.m.low = decades ? 20 : 3;
      h.m.high = decades ? 99 : 10;
      h.m.approximate = true;
      h.m.note = decades ? "decades, in years" : "a few units of time";
      // TIMEX3's unknown count ("PXY"): a stretch of time, which the claims count nothing of.
      h.m.date_value = unknown_span(unit);
      return h;
    }
    if (dual == 2)
      count = 2;
    else if (rel != 0 && exact(j, kSingular))
      count = 1;
    else if (rel == 0 && j == i && (exact(j, kSingular) || exact(j, l.clock_unit_singular)) &&
             exact(j + 1, l.duration_nouns))
      count = 1, measured_noun = true;  // "وقفوا دقيقة صمت", "يوم حداد"
    else if (rel == 0 && i > 0 && exact(i - 1, min_word()) && j == i && exact(j, kSingular) &&
             (!ok(j + 1) || toks_[j + 1].kind == Kind::kPunct)) {
      // Colloquial "من اسبوع" (a week ago) closing a clause.
      count = 1;
      rel = -1;
    } else
      return std::nullopt;
    k = j;
  }
  std::size_t e = k + 1 + (measured_noun ? 1 : 0);
  // "عام 2003" is a year, not "a year".
  if (is_num(e) && toks_[e].digits == 4) return std::nullopt;
  const WordSet& kAgoEn = grammar().lists.ago_en;
  const WordSet& kLaterEn = grammar().lists.later_en;
  // "13 ساعة ونصف": and a half.
  bool half = false;
  if (!hyphened && any(e, l.half_hour) && stems(e).size() > 1) {
    half = true;
    ++e;
  }
  // "15 عاماً فأكثر", "18 سنة أو أقل": an age or a term as a bound, the number reader's.
  if (exact(e, l.threshold_after) || (exact(e, l.ma_conj) && exact(e + 1, l.above_below)) ||
      (exact(e, l.or_word) && exact(e + 1, small_sets().more_less))) {
    return std::nullopt;
  }
  const bool english_ago = toks_[k].latin && exact(e, kAgoEn);
  const bool english_later = toks_[k].latin && exact(e, kLaterEn);
  if (english_ago) rel = -1, ++e;
  if (english_later) rel = 1, ++e;
  // "3 أيام القادمة", "الأسابيع الثلاثة القادمة" are periods; handled for the simple form.
  const int n = count;
  auto iso_duration = [&] {
    const std::string v = std::to_string(unit == datelex::Unit::kDecade ? 10 * n : n) +
                          (half ? (unit == datelex::Unit::kDecade ? "5" : ".5") : "");
    switch (unit) {
      case datelex::Unit::kDay:
        return "P" + v + "D";
      case datelex::Unit::kWeek:
        return "P" + v + "W";
      case datelex::Unit::kMonth:
        return "P" + v + "M";
      case datelex::Unit::kYear:
      case datelex::Unit::kDecade:
        return "P" + v + "Y";
      case datelex::Unit::kHour:
        return "PT" + v + "H";
      case datelex::Unit::kMinute:
        return "PT" + v + "M";
      default:
        return std::string();
    }
  };
  // Hours and minutes land on a day: "قبل 3 ساعات" is the publication day.
  const bool clock_unit = unit == datelex::Unit::kHour || unit == datelex::Unit::kMinute;
  const int clock_days = unit == datelex::Unit::kHour ? n / 24 : n / (24 * 60);
  auto shift = [&](const CivilDate& from, int sign) {
    switch (unit) {
      case datelex::Unit::kMinute:
      case datelex::Unit::kHour:
        return day_period(util::add_days(from, sign * clock_days));
      case datelex::Unit::kDay:
        return day_period(util::add_days(from, sign * n));
      case datelex::Unit::kWeek:
        return day_period(util::add_days(from, sign * 7 * n));
      case datelex::Unit::kMonth: {
        const CivilDate m = util::add_months(from, sign * n);
        return month_period(m.year, m.month);
      }
      case datelex::Unit::kDecade:
        return year_period(from.year + sign * 10 * n);
      default:
        return year_period(from.year + sign * n);
    }
  };
  const bool from_event = any(e, min_word()) || exact(e, small_sets().on_of);
  // "الأول منذ تسع سنوات", "أعلى مستوى منذ نحو عقد": the span since, not a point.
  if (rel == -1 && !from_event && exact(i, l.since) && superlative_before(i)) rel = 0;
  if (rel == 1 && !english_later && !from_event && !half && future_context(i, e) &&
      options_.published) {
    // "تعقد اجتماعها المقبل بعد 11 يوماً": a day that many units after the publication.
    Hit h = relative_hit(i, e, shift(*options_.published, 1));
    h.m.approximate = hedged;
    return h;
  }
  if (rel == -1 && !from_event) {
    if (!options_.published) return unresolved_hit(i, e, "");
    Hit h = relative_hit(i, e, shift(*options_.published, -1));
    h.m.approximate = hedged;
    return h;
  }
  if (exact(e, next_words()) && rel == 0) {
    // "3 أيام القادمة": the next n units after the publication date.
    if (!options_.published) return unresolved_hit(i, e + 1, "");
    const CivilDate pub = *options_.published;
    CivilDate lo = util::add_days(pub, 1);
    CivilDate hi;
    if (unit == datelex::Unit::kDay)
      hi = util::add_days(pub, n);
    else if (unit == datelex::Unit::kWeek)
      lo = util::add_days(monday_of(pub), 7), hi = util::add_days(lo, 7 * n - 1);
    else
      return std::nullopt;
    return relative_hit(i, e + 1, span_period(lo, hi));
  }
  if (rel == 2 && !from_event && future_context(i, e)) {
    // "سيتم ذلك خلال أسبوعين": from the publication date through the end of the span. In a
    // clause that does not look ahead ("ارتفع العدد خلال يومين") it is a duration.
    if (!options_.published) return unresolved_hit(i, e, "");
    const CivilDate pub = *options_.published;
    CivilDate hi;
    if (clock_unit)
      hi = util::add_days(pub, clock_days);
    else if (unit == datelex::Unit::kDay)
      hi = util::add_days(pub, n - 1);
    else if (unit == datelex::Unit::kWeek)
      hi = util::add_days(pub, 7 * n - 1);
    else if (unit == datelex::Unit::kMonth)
      hi = util::add_days(util::add_months(pub, n), -1);
    else
      hi = util::add_days(util::add_months(pub, 12 * n * (unit == datelex::Unit::kDecade ? 10 : 1)),
                          -1);
    return relative_hit(i, e, span_period(pub, hi));
  }
  // A duration: "ثلاث سنوات", "نحو 20 عاما", "بعد ثلاث سنوات".
  Hit h;
  h.tb = count_begin;
  h.te = english_later || english_ago ? e - 1 : e;
  h.m.kind = MentionKind::kDuration;
  h.m.date_value = iso_duration();
  h.m.approximate = hedged;
  // Only as precise as the anchor: "بعد ثلاثة أيام" needs a day, not a year.
  const bool precise_enough = unit == datelex::Unit::kYear || unit == datelex::Unit::kDecade ||
                              (unit == datelex::Unit::kMonth && anchor_grain_ != Grain::kYear) ||
                              (!clock_unit && anchor_grain_ == Grain::kDay);
  if (rel == 1 && !from_event && anchor_ && precise_enough) {
    // "بعد ثلاث سنوات" after "عام 2011": the point it names is 2014. The mention stays a
    // duration (what the text measures); earliest/latest carry the point it lands on.
    const Period p = shift(*anchor_, 1);
    h.m.earliest = util::to_iso(p.lo);
    h.m.latest = util::to_iso(p.hi);
    h.m.relative = true;
    h.m.note = "a point " + h.m.date_value + " after the earlier date " + util::to_iso(*anchor_) +
               ": " + p.value;
  }
  return h;
}

bool Scanner::superlative_before(std::size_t i) const {
  // Back to the clause's start, at most eight words: "الأول", "لأول مرة", "أعلى", "أكبر".
  for (std::size_t k = i, n = 0; k-- > 0 && n < 8; ++n) {
    if (toks_[k].kind == Kind::kPunct) {
      const std::string_view p = toks_[k].text;
      if (p == "." || p == "," || p == "\xD8\x8C" || p == ";" || p == "\xD8\x9B" || p == "\n") {
        return false;
      }
      continue;
    }
    if (any(k, grammar().lists.superlatives)) return true;
  }
  return false;
}

std::optional<Hit> Scanner::match_next_units(std::size_t i) {
  // "الأسابيع الثلاثة القادمة", "الأيام العشرة الماضية", "العامين الماضيين": the last or
  // next n units; without a direction, the n units as a duration ("الأشهر الثلاثة",
  // "للأشهر الاثني عشر", "أيام الحداد الوطني الثلاثة").
  if (!is_word(i) || !is_word(i + 1)) return std::nullopt;
  int dual = 0;
  bool definite = false;
  datelex::Unit unit = datelex::Unit::kNone;
  for (const auto& s : stems(i)) {
    if ((unit = datelex::unit_word(s, dual, definite)) != datelex::Unit::kNone) break;
  }
  if (unit == datelex::Unit::kNone || unit == datelex::Unit::kMinute ||
      unit == datelex::Unit::kHour) {
    return std::nullopt;
  }
  static const std::string kAl = "\xD8\xA7\xD9\x84";  // ال
  int n = 0;
  std::size_t k = i + 1;   // after the count
  bool construct = false;  // "أيام الحداد الوطني الثلاثة"
  if (dual == 2) {
    if (!definite) return std::nullopt;
    n = 2;
  } else {
    if (dual != 0 || any(i, grammar().lists.singular_units) ||
        any(i, grammar().lists.singular_units_indefinite)) {
      return std::nullopt;
    }
    // Up to two definite words between an indefinite plural and its count.
    if (!definite) {
      construct = true;
      while (k < i + 3 && is_word(k) && !toks_[k].latin && stems(k)[0].key.rfind(kAl, 0) == 0 &&
             datelex::cardinal_word(stems(k)[0].key.substr(kAl.size())) == 0) {
        ++k;
      }
      if (k == i + 1) return std::nullopt;
    }
    if (!is_word(k)) return std::nullopt;
    const std::string_view ck = stems(k)[0].key;
    if (ck.rfind(kAl, 0) != 0) return std::nullopt;
    n = datelex::cardinal_word(ck.substr(kAl.size()));
    if (n < 2 || n > 99) return std::nullopt;
    ++k;
    if (n < 10 && exact(k, grammar().lists.teen)) n += 10, ++k;  // "الاثني عشر"
  }
  int dir = 0;
  if (any(k, next_words()))
    dir = 1;
  else if (any(k, past_words()))
    dir = -1;
  if (dir == 0 || construct) {
    if (dual == 2) return std::nullopt;  // "العامين" alone is match_count's
    const char* designator = unit == datelex::Unit::kDay     ? "D"
                             : unit == datelex::Unit::kWeek  ? "W"
                             : unit == datelex::Unit::kMonth ? "M"
                                                             : "Y";
    Hit h;
    h.tb = i;
    h.te = k;
    h.m.kind = MentionKind::kDuration;
    h.m.date_value = "P" + std::to_string(unit == datelex::Unit::kDecade ? 10 * n : n) + designator;
    return h;
  }
  const std::size_t e = k + 1;
  if (!options_.published) return unresolved_hit(i, e, "");
  const CivilDate pub = *options_.published;
  CivilDate lo;
  CivilDate hi;
  switch (unit) {
    case datelex::Unit::kDay:
      lo = dir > 0 ? util::add_days(pub, 1) : util::add_days(pub, -n);
      hi = dir > 0 ? util::add_days(pub, n) : util::add_days(pub, -1);
      break;
    case datelex::Unit::kWeek: {
      const CivilDate mon = monday_of(pub);
      lo = dir > 0 ? util::add_days(mon, 7) : util::add_days(mon, -7 * n);
      hi = dir > 0 ? util::add_days(lo, 7 * n - 1) : util::add_days(mon, -1);
      break;
    }
    case datelex::Unit::kMonth: {
      const CivilDate first{pub.year, pub.month, 1};
      lo = dir > 0 ? util::add_months(first, 1) : util::add_months(first, -n);
      hi = dir > 0 ? util::add_days(util::add_months(first, n + 1), -1) : util::add_days(first, -1);
      break;
    }
    case datelex::Unit::kYear:
      lo = dir > 0 ? CivilDate{pub.year + 1, 1, 1} : CivilDate{pub.year - n, 1, 1};
      hi = dir > 0 ? CivilDate{pub.year + n, 12, 31} : CivilDate{pub.year - 1, 12, 31};
      break;
    default:
      return std::nullopt;
  }
  return relative_hit(i, e, span_period(lo, hi));
}

}  // namespace fc::extract::dategrammar
