// Relative dates and their resolution against the publication date or the passage's
// anchor: "أمس", "العام الماضي", "the same year", "الثلاثاء الماضي", "منتصف الشهر".

#include "factcheck/extract/date_hijri.hpp"
#include "factcheck/extract/date_scanner.hpp"
#include "factcheck/extract/lexicon_file.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace fc::extract::dategrammar {

// ---------------------------------------------------------------------------------------
// Resolution against the publication date.

bool Scanner::future_verb(std::size_t i) const {
  // The future prefix سـ on an imperfect verb: ستركز, سيعقد, سنجلس.
  if (!is_word(i) || toks_[i].latin) return false;
  const std::string_view k = stems(i).size() > 1 && stems(i)[0].key.rfind("\xD9\x88", 0) == 0
                                 ? stems(i)[1].key
                                 : stems(i)[0].key;
  static const std::string kSeen = "\xD8\xB3";  // س
  if (k.size() < 8 || k.compare(0, 2, kSeen) != 0) return false;
  static const std::string kPrefixes[] = {"\xD9\x8A", "\xD8\xAA", "\xD9\x86", "\xD8\xA7"};
  const std::string_view second = k.substr(2, 2);
  if (std::find(std::begin(kPrefixes), std::end(kPrefixes), second) == std::end(kPrefixes)) {
    return false;
  }
  // Nouns that start the same way (سياسة, سيارة, سنوات, ستين, سيطرة ...).
  static const std::vector<std::string> kNouns = [] {
    std::vector<std::string> v;
    for (const std::string& w : lexicon_words("date_lists.txt", "future_verb_nouns")) {
      v.push_back(datelex::key(normalize::fold(w)));
    }
    return v;
  }();
  for (const auto& n : kNouns) {
    if (k.compare(0, n.size(), n) == 0) return false;
  }
  return true;
}

bool Scanner::future_context(std::size_t tb, std::size_t te) const {
  if (options_.prefer_future) return true;
  auto boundary = [&](std::size_t i) {
    if (toks_[i].kind != Kind::kPunct) return false;
    static const datelex::KeySet kStops = {".",
                                           "\xD8\x8C",
                                           ",",
                                           "\xD8\x9B",
                                           ";",
                                           ":",
                                           "\n",
                                           "\"",
                                           "\xC2\xAB",
                                           "\xC2\xBB",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x9D",
                                           "(",
                                           ")",
                                           "?",
                                           "\xD8\x9F",
                                           "!"};
    return kStops.count(toks_[i].text) > 0;
  };
  auto cue = [&](std::size_t i) { return any(i, future_cues()) || future_verb(i); };
  for (std::size_t i = tb; i-- > 0;) {
    if (boundary(i)) break;
    if (cue(i)) return true;
  }
  for (std::size_t i = te; i < toks_.size(); ++i) {
    if (boundary(i)) break;
    if (cue(i)) return true;
  }
  // "التي تنطلق الجمعة": an imperfect verb in a relative clause right before the day.
  std::size_t v = tb;
  if (v > 0 && any(v - 1, yom())) --v;
  if (v >= 2 && is_word(v - 1) && !toks_[v - 1].latin) {
    const WordSet& kRelative = grammar().lists.relative_pronouns;
    const std::string_view k = stems(v - 1)[0].key;
    const bool imperfect = k.size() >= 8 && (k.rfind("\xD9\x8A", 0) == 0 ||  // ي
                                             k.rfind("\xD8\xAA", 0) == 0);   // ت
    if (imperfect && exact(v - 2, kRelative)) return true;
  }
  return false;
}

bool Scanner::anchor_in_sentence() const {
  if (!anchor_ || anchor_end_ == 0 || anchor_end_ > cur_) return false;
  // "…في 3 يناير 2019، إنه سيزور باريس في مارس": a clause that looks ahead is not narrating.
  if (future_context(cur_, cur_ + 1)) return false;
  for (std::size_t k = anchor_end_; k < cur_; ++k) {
    if (toks_[k].kind != Kind::kPunct) continue;
    const std::string_view t = toks_[k].text;
    if (t == "." || t == "!" || t == "?" || t == "\xD8\x9F" || t == "\n") return false;
  }
  return true;
}

int Scanner::year_for_month_day(int month, int day) const {
  // "في 12 جانفي 2022 ثم تجددت في أفريل": a month without a year after a written date of
  // the same sentence is of that date's year, or of the next when it comes before it
  // ("12 ديسمبر 2021 ... في فبراير").
  if (anchor_in_sentence()) {
    // Not into a year the publication has not reached: "ارتفع من 6،9 % خلال شهر جانفي
    // لتبلغ 7،8 % خلال شهر جوان 2018" looks back from June.
    const bool before = anchor_grain_ != Grain::kYear && month < anchor_->month &&
                        !(options_.published && options_.published->year == anchor_->year);
    return anchor_->year + (before ? 1 : 0);
  }
  // Within the publication year; a date more than half a year away on the wrong side
  // belongs to the neighbouring year (late December written in early January copy).
  const CivilDate pub = *options_.published;
  const int y = pub.year;
  const int d = std::min(day, util::days_in_month(y, month));
  const auto delta = util::to_days(CivilDate{y, month, d}) - util::to_days(pub);
  if (!options_.prefer_future && delta > 183) return y - 1;
  if (options_.prefer_future && delta < -183) return y + 1;
  return y;
}

int Scanner::english_tense(std::size_t tb, std::size_t te) const {
  // English copy says by its verbs which way a month without a year lies: "signed ... in
  // December" is the last one, "a forecast for December" the next. The nearest verb before
  // the month in its sentence, or a word that looks ahead, decides.
  bool latin = false;
  for (std::size_t k = tb; k < te; ++k) latin = latin || (is_word(k) && toks_[k].latin);
  if (!latin) return 0;
  if (options_.prefer_future) return 1;
  const auto clause_end = [&](std::size_t k) {
    if (toks_[k].kind != Kind::kPunct) return false;
    const std::string_view p = toks_[k].text;
    return p == "." || p == ";" || p == "\n" || p == "!" || p == "?";
  };
  const auto verdict = [&](std::size_t k) {
    if (!is_word(k) || !toks_[k].latin) return 0;
    if (any(k, future_cues()) || exact(k, grammar().lists.future_modal_en)) return 1;
    const std::string_view w = toks_[k].text;
    if (exact(k, grammar().lists.english_past) ||
        (w.size() >= 5 && w.substr(w.size() - 2) == "ed")) {
      return -1;
    }
    return 0;
  };
  for (std::size_t k = tb, n = 0; k-- > 0 && n < 16 && !clause_end(k); ++n) {
    if (const int v = verdict(k)) return v;
  }
  return 0;
}

int Scanner::year_by_tense(int month, int tense) const {
  const CivilDate pub = *options_.published;
  if (tense > 0) return month >= pub.month ? pub.year : pub.year + 1;
  return month <= pub.month ? pub.year : pub.year - 1;
}

Hit Scanner::resolve_day_month(std::size_t tb, std::size_t te, int day, int month,
                               std::optional<int> year, bool relative_month) {
  if (!year && !options_.published) {
    Hit h = unresolved_hit(tb, te, "XXXX-" + pad(month, 2) + "-" + pad(day, 2));
    return h;
  }
  const bool relative = !year.has_value();
  const int tense = year || relative_month || anchor_in_sentence() ? 0 : english_tense(tb, te);
  const int y = year             ? *year
                : relative_month ? options_.published->year
                : tense != 0     ? year_by_tense(month, tense)
                                 : year_for_month_day(month, day);
  if (!util::is_valid_date(y, month, day)) {
    Hit h;
    h.tb = tb;
    h.te = te;
    h.m.kind = MentionKind::kDate;
    h.m.unresolved = true;
    h.m.note = "impossible date: " + std::string(month_name(month)) + " has no day " +
               std::to_string(day) + (year ? " in " + std::to_string(*year) : "");
    return h;
  }
  const CivilDate d{y, month, day};
  return relative ? relative_hit(tb, te, day_period(d)) : explicit_hit(tb, te, day_period(d));
}

Hit Scanner::resolve_month(std::size_t tb, std::size_t te, int month, std::optional<int> year) {
  if (year) return explicit_hit(tb, te, month_period(*year, month));
  if (!options_.published) return unresolved_hit(tb, te, "XXXX-" + pad(month, 2));
  const int tense = anchor_in_sentence() ? 0 : english_tense(tb, te);
  return relative_hit(
      tb, te,
      month_period(tense != 0 ? year_by_tense(month, tense) : year_for_month_day(month, 1), month));
}

Hit Scanner::resolve_weekday(std::size_t tb, std::size_t te, int wd, int direction) {
  if (!options_.published) {
    Hit h = unresolved_hit(tb, te, std::string("XXXX-WXX-") + std::to_string(wd == 0 ? 7 : wd));
    return h;
  }
  const CivilDate pub = *options_.published;
  const int today = util::weekday(pub);
  CivilDate d;
  // "غداً الاثنين ... بإعلان الاثنين غرةً للشهر": a weekday named again is the day it named
  // a little before.
  if (direction == 0 && named_weekdays_[wd])
    return relative_hit(tb, te, day_period(*named_weekdays_[wd]));
  if (direction == 0) direction = future_context(tb, te) ? 1 : -1;
  if (direction > 0) {
    // The next such day after the publication date.
    int ahead = (wd - today + 7) % 7;
    if (ahead == 0) ahead = 7;
    d = util::add_days(pub, ahead);
  } else if (direction == -2) {
    // "الثلاثاء الماضي": strictly before.
    int back = (today - wd + 7) % 7;
    if (back == 0) back = 7;
    d = util::add_days(pub, -back);
  } else {
    // News copy: a bare weekday is the most recent one, the publication day included.
    d = util::add_days(pub, -((today - wd + 7) % 7));
  }
  return relative_hit(tb, te, day_period(d));
}

std::optional<Hit> Scanner::match_mod(std::size_t i) {
  std::string mod;
  if (!is_word(i) || !mod_of(toks_[i], stems(i), mod)) return std::nullopt;
  std::size_t j = i + 1;
  if (is_punct(j, "-")) ++j;    // "mid-2020"
  if (any(j, min_word())) ++j;  // "end of 2020"
  const WordSet& kThe = grammar().lists.small.the_en;
  if (exact(j, kThe)) ++j;
  std::optional<Hit> target = match_year(j);
  if (!target || target->tb != j) {
    if (is_num(j) && toks_[j].digits == 4) {
      target = explicit_hit(j, j + 1, year_period(static_cast<int>(toks_[j].value)));
    }
  }
  if (!target) target = match_unit_relative(j);
  if (!target) target = match_month_first(j);
  if (!target) {
    // "نهاية العام", "منتصف الشهر", "the end of the year": the current one.
    const WordSet& kThisYear = grammar().lists.year_nouns;
    const WordSet& kThisMonth = grammar().lists.month_nouns;
    const bool y = exact(j, kThisYear);
    if ((y || exact(j, kThisMonth)) && !options_.published) {
      Hit h = unresolved_hit(i, j + 1, "");
      h.m.mod = mod;
      return h;
    }
    if (y) target = relative_hit(j, j + 1, year_period(options_.published->year));
    if (exact(j, kThisMonth)) {
      target =
          relative_hit(j, j + 1, month_period(options_.published->year, options_.published->month));
    }
  }
  if (!target || target->tb != j) return std::nullopt;
  const auto lo = util::parse_iso(target->m.earliest);
  const auto hi = util::parse_iso(target->m.latest);
  if (!lo || !hi) {
    target->tb = i;
    target->m.mod = mod;
    return target;
  }
  Grain grain = Grain::kOther;
  if (lo->month == 1 && lo->day == 1 && hi->month == 12 && hi->day == 31 && lo->year == hi->year) {
    grain = Grain::kYear;
  } else if (lo->day == 1 && hi->year == lo->year && hi->month == lo->month &&
             hi->day == util::days_in_month(lo->year, lo->month)) {
    grain = Grain::kMonth;
  } else {
    return std::nullopt;
  }
  const Period p = apply_mod(Period{*lo, *hi, grain, target->m.date_value}, mod);
  target->tb = i;
  target->m.earliest = util::to_iso(p.lo);
  target->m.latest = util::to_iso(p.hi);
  target->m.mod = mod;
  return target;
}

std::optional<Hit> Scanner::match_deictic(std::size_t i) {
  const auto& kPhrases = deictic_phrases();
  // Every phrase starts with one of a few words: most tokens are turned away here.
  if (!any(i, deictic_first_words())) return std::nullopt;
  std::size_t best_end = 0;
  int best_off = 0;
  for (const auto& p : kPhrases) {
    bool match = true;
    for (std::size_t w = 0; w < p.words.size() && match; ++w) {
      if (!is_word(i + w)) {
        match = false;
      } else if (w == 0) {
        // The first word may carry clitics: "وأمس", "بالأمس"; a preposition only before the
        // article ("لامس" is a verb, touched, not ل + أمس).
        match = false;
        for (const auto& s : stems(i)) {
          if (s.key != p.words[0]) continue;
          const std::string_view prefix = toks_[i].text.substr(0, s.stripped);
          const bool preposition = prefix.find("\xD8\xA8") != std::string_view::npos ||
                                   prefix.find("\xD9\x84") != std::string_view::npos ||
                                   prefix.find("\xD9\x83") != std::string_view::npos;
          if (!preposition || s.key.rfind("\xD8\xA7\xD9\x84", 0) == 0) match = true;
        }
      } else {
        match = stems(i + w)[0].key == p.words[w];
      }
    }
    if (match && i + p.words.size() > best_end) {
      best_end = i + p.words.size();
      best_off = p.offset;
    }
  }
  if (best_end == 0) return std::nullopt;
  // "ذلك اليوم" is the day of another date; "على مدار اليوم" is any day's length.
  if (best_off == 0 && best_end == i + 1 && i > 0 && exact(i - 1, grammar().lists.day_not_today)) {
    return std::nullopt;
  }
  // "اليوم" followed by an ordinal is "the Nth day" (handled by the calendar matcher).
  if (!options_.published) {
    return unresolved_hit(i, best_end, best_off == 0 ? "PRESENT_REF" : "XXXX-XX-XX");
  }
  return relative_hit(i, best_end, day_period(util::add_days(*options_.published, best_off)));
}

std::optional<Hit> Scanner::match_unit_relative(std::size_t i) {
  // "العام الماضي", "الأسبوع المقبل", "هذا العام", "العام ذاته", "ذات العام",
  // "last year", "this month", "the same year"; by an earlier date of the passage:
  // "الشهر السابق", "اليوم التالي", "الشهر الذي سبقه", "that night", "the following day".
  const Lists& l = grammar().lists;
  std::size_t j = i;
  int dir = 99;
  bool same = false;
  int anaphoric = 0;  // a direction from the referent, not from the publication date
  if (exact(j, l.small.the_en)) ++j;
  if (any(j, demonstrative()) || exact(j, small_sets().current)) {
    dir = 0;
    ++j;
  } else if (is_word(j) && toks_[j].latin && (anaphoric = anaphoric_dir(j)) != 0) {
    dir = anaphoric;
    ++j;
  } else if (is_word(j) && toks_[j].latin && any(j, past_words())) {
    dir = -1;
    ++j;
  } else if (is_word(j) && toks_[j].latin && any(j, next_words())) {
    dir = 1;
    ++j;
  } else if (any(j, small_sets().same_before) || exact(j, small_sets().same_en) ||
             exact(j, l.that_en)) {
    same = true;
    ++j;
  }
  if (!is_word(j)) return std::nullopt;
  int dual = 0;
  bool definite = false;
  datelex::Unit unit = datelex::Unit::kNone;
  for (const auto& s : stems(j)) {
    if ((unit = datelex::unit_word(s, dual, definite)) != datelex::Unit::kNone) break;
  }
  // "that night", "the next day": a day of the English narrative.
  const bool night = unit == datelex::Unit::kNone && toks_[j].latin && exact(j, l.part_night);
  if (night) unit = datelex::Unit::kDay;
  if (unit == datelex::Unit::kNone || dual != 0) return std::nullopt;
  // Plural forms ("الأيام", "السنوات") are not one unit.
  if (!night && !any(j, l.singular_units) && unit != datelex::Unit::kDay) return std::nullopt;
  if (unit == datelex::Unit::kDay && !night && !any(j, l.day_words)) return std::nullopt;
  if (toks_[j].latin && dir == 1 && unit == datelex::Unit::kDay) anaphoric = 1;  // "the next day"
  std::size_t e = j + 1;
  // "العام الميلادي الجاري", "السنة الهجرية المقبلة": the calendar named between.
  bool hijri_year = false;
  if (unit == datelex::Unit::kYear && exact(e, l.gregorian_adjective)) {
    ++e;
  } else if (unit == datelex::Unit::kYear && exact(e, l.hijri_adjective)) {
    hijri_year = true;
    ++e;
  }
  if (dir == 99 && !same) {
    if (!definite && !toks_[j].latin) return std::nullopt;
    if ((anaphoric = anaphoric_dir(e)) != 0)
      dir = anaphoric;
    else if (any(e, past_words()))
      dir = -1;
    else if (any(e, next_words()))
      dir = 1;
    else if (any(e, this_words()))
      dir = 0;
    else if (any(e, same_words()))
      same = true;
    else if (exact(e, l.relative_pronouns) && any(e + 1, l.preceded_verbs))
      dir = anaphoric = -1, ++e;
    else if (exact(e, l.relative_pronouns) && any(e + 1, l.followed_verbs))
      dir = anaphoric = 1, ++e;
    else
      return std::nullopt;
    ++e;
  } else if (dir == 0 && any(e, this_words())) {
    ++e;
  }
  // A day is named so only by an earlier date or as "اليوم السابق / التالي"; "اليوم" and
  // "اليوم الماضي" are the deictic phrases'.
  if (unit == datelex::Unit::kDay && !same && anaphoric == 0) return std::nullopt;
  if (same || anaphoric != 0) {
    CivilDate from;
    if (const auto p = from_referent(unit, same ? 0 : dir, from)) {
      Hit h = relative_hit(i, e, *p);
      h.m.note = "resolved against the earlier date " + util::to_iso(from);
      return h;
    }
    if (same) {
      Hit h = unresolved_hit(i, e, "");
      h.m.note = "the same period as an earlier date, and none was found";
      return h;
    }
    // No earlier date: "the previous month" is the one before the publication's.
  }
  if (!options_.published) return unresolved_hit(i, e, "");
  const CivilDate pub = *options_.published;
  if (hijri_year) {
    const int hy = hijri_year_of(pub) + dir;
    const auto lo = hijri_to_gregorian(hy, 1, 1);
    const auto next = hijri_to_gregorian(hy + 1, 1, 1);
    if (!lo || !next) return std::nullopt;
    Hit h = relative_hit(i, e, span_period(*lo, util::add_days(*next, -1)));
    h.m.note = "Hijri year " + std::to_string(hy);
    return h;
  }
  switch (unit) {
    case datelex::Unit::kDay:
      return relative_hit(i, e, day_period(util::add_days(pub, dir)));
    case datelex::Unit::kYear:
      return relative_hit(i, e, year_period(pub.year + dir));
    case datelex::Unit::kMonth: {
      const CivilDate m = util::add_months(CivilDate{pub.year, pub.month, 1}, dir);
      return relative_hit(i, e, month_period(m.year, m.month));
    }
    case datelex::Unit::kWeek:
      return relative_hit(i, e, week_period(util::add_days(pub, 7 * dir)));
    case datelex::Unit::kDecade: {
      const int start = (pub.year / 10 + dir) * 10;
      return relative_hit(i, e,
                          Period{CivilDate{start, 1, 1}, CivilDate{start + 9, 12, 31},
                                 Grain::kOther, std::to_string(start / 10) + "X"});
    }
    default:
      return std::nullopt;
  }
}

// ---------------------------------------------------------------------------------------
// Referents of anaphora.

int Scanner::anaphoric_dir(std::size_t i) const {
  const Lists& l = grammar().lists;
  if (any(i, l.anaphoric_past)) return -1;
  if (any(i, l.anaphoric_next)) return 1;
  return 0;
}

void Scanner::remember(const Mention& m, std::size_t tb) {
  if (m.kind != MentionKind::kDate || m.unresolved || m.earliest.empty()) return;
  const auto lo = util::parse_iso(m.earliest);
  const auto hi = util::parse_iso(m.latest);
  if (!lo || !hi) return;
  // "مقابل 36.5% في يوليو": a point of comparison is not what the passage goes on about.
  for (std::size_t k = tb, n = 0; k-- > 0 && n < 8; ++n) {
    // A clause ends at its punctuation, not at a figure's ("36.5%", "1,200").
    const bool in_figure =
        k > 0 && is_num(k - 1) && is_num(k + 1) && adjacent(k - 1, k) && adjacent(k, k + 1);
    if (toks_[k].kind == Kind::kPunct && !in_figure && toks_[k].text != "%" &&
        toks_[k].text != "\xD9\xAA") {
      break;
    }
    if (any(k, grammar().lists.comparison)) return;
  }
  Ref r{*lo, *hi, Grain::kOther};
  if (m.note.rfind("fiscal year", 0) == 0) fiscal_ref_ = r;
  if (*lo == *hi) {
    r.grain = Grain::kDay;
  } else if (m.date_value.find("-W") != std::string::npos) {
    r.grain = Grain::kWeek;
  } else if (m.date_value.find("-Q") != std::string::npos) {
    r.grain = Grain::kQuarter;
  } else if (lo->day == 1 && hi->year == lo->year && hi->month == lo->month &&
             hi->day == util::days_in_month(lo->year, lo->month)) {
    r.grain = Grain::kMonth;
  } else if (lo->month == 1 && lo->day == 1 && hi->month == 12 && hi->day == 31 &&
             lo->year == hi->year) {
    r.grain = Grain::kYear;
  }
  refs_.push_back(r);
  if (r.grain == Grain::kDay && options_.published &&
      std::llabs(util::to_days(r.lo) - util::to_days(*options_.published)) <= 7) {
    named_weekdays_[util::weekday(r.lo)] = r.lo;
  }
}

const Scanner::Ref* Scanner::referent(Grain grain) const {
  for (std::size_t k = refs_.size(); k-- > 0;) {
    const Ref& r = refs_[k];
    if (r.grain == Grain::kOther) {
      if (grain == Grain::kYear && r.lo.year == r.hi.year) return &r;
      continue;
    }
    if (static_cast<int>(r.grain) <= static_cast<int>(grain)) return &r;
  }
  return nullptr;
}

std::optional<Period> Scanner::from_referent(datelex::Unit unit, int dir, CivilDate& from) const {
  const auto grain = unit == datelex::Unit::kDay     ? Grain::kDay
                     : unit == datelex::Unit::kWeek  ? Grain::kWeek
                     : unit == datelex::Unit::kMonth ? Grain::kMonth
                                                     : Grain::kYear;
  if (const Ref* r = referent(grain)) from = r->lo;
  switch (unit) {
    case datelex::Unit::kDay:
      if (const Ref* r = referent(Grain::kDay)) return day_period(util::add_days(r->lo, dir));
      break;
    case datelex::Unit::kWeek:
      if (const Ref* r = referent(Grain::kWeek)) return week_period(util::add_days(r->lo, 7 * dir));
      break;
    case datelex::Unit::kMonth:
      if (const Ref* r = referent(Grain::kMonth)) {
        const CivilDate m = util::add_months(CivilDate{r->lo.year, r->lo.month, 1}, dir);
        return month_period(m.year, m.month);
      }
      break;
    case datelex::Unit::kYear:
      if (const Ref* r = referent(Grain::kYear)) return year_period(r->lo.year + dir);
      break;
    default:
      break;
  }
  return std::nullopt;
}

std::optional<Hit> Scanner::match_weekday(std::size_t i, const std::optional<Hit>& unit_at_i) {
  std::size_t j = i;
  int week_dir = 99;  // a week named before the day: "الأسبوع القادم الأحد"
  {
    const auto& w = unit_at_i;
    if (w && w->m.date_value.find("-W") != std::string::npos) {
      week_dir = 0;
      j = w->te;
      if (any(j, yom())) ++j;
    }
  }
  bool this_day = false;
  if (week_dir == 99 && any(j, demonstrative())) {
    this_day = true;
    ++j;
  }
  // English puts the direction first: "last Monday" (the one before the publication
  // day), "next Friday".
  int lead_dir = 0;
  if (week_dir == 99 && !this_day && is_word(j) && toks_[j].latin && is_word(j + 1) &&
      toks_[j + 1].latin) {
    if (exact(j, past_words()))
      lead_dir = -2, ++j;
    else if (exact(j, next_words()))
      lead_dir = 1, ++j;
  }
  if (any(j, yom()) && is_word(j + 1)) ++j;
  if (!is_word(j)) return std::nullopt;
  int wd = -1;
  bool bare = true;
  for (const auto& s : stems(j)) {
    if ((wd = datelex::weekday_word(s, bare)) >= 0) break;
  }
  if (wd < 0) return std::nullopt;
  // "الأحد عشر" is the number eleven, not Sunday.
  const WordSet& kTeen = grammar().lists.teen;
  if (wd == 0 && exact(j + 1, kTeen)) return std::nullopt;
  const bool after_yom = j > i && any(j - 1, yom());
  std::size_t e = j + 1;
  // "احد الاسبوع الماضي", "الاحد من الاسبوع الماضي", "الاثنين من هذا الاسبوع".
  std::size_t w0 = e;
  if (any(w0, min_word())) ++w0;
  std::optional<Hit> week;
  if (week_dir == 99) {
    week = match_unit_relative(w0);
    if (week && week->m.date_value.find("-W") == std::string::npos) week.reset();
  } else {
    week = unit_at_i;
  }
  if (bare && !after_yom && !week) return std::nullopt;
  if (week && !week->m.earliest.empty()) {
    const auto mon = util::parse_iso(week->m.earliest);
    if (!mon) return std::nullopt;
    const CivilDate d = util::add_days(*mon, (wd + 6) % 7);
    const std::size_t te = week_dir == 99 ? week->te : e;
    return relative_hit(i, te, day_period(d));
  }
  if (week) return unresolved_hit(i, week_dir == 99 ? week->te : e, "");
  if (lead_dir != 0) return resolve_weekday(i, e, wd, lead_dir);
  if (any(e, past_words())) return resolve_weekday(i, e + 1, wd, -2);
  if (any(e, next_words())) return resolve_weekday(i, e + 1, wd, 1);
  if (this_day) return resolve_weekday(i, e, wd, options_.prefer_future ? 1 : 0);
  // "اليوم الإثنين" in Monday's paper is the publication day, whatever day an earlier
  // expression of the passage fell on ("منذ أسبوع" is a Monday too).
  if (after_yom && options_.published && wd == util::weekday(*options_.published) &&
      toks_[j - 1].text.substr(0, 4) == "\xD8\xA7\xD9\x84") {
    return relative_hit(i, e, day_period(*options_.published));
  }
  return resolve_weekday(i, e, wd, 0);
}

void Scanner::same_day_weekday(Hit& hit) const {
  // A weekday that names the day just read is part of it: "غداً (السبت)", "أمس الأحد",
  // "بعد غد، الاثنين". Read alone it would be the most recent such day, not tomorrow's.
  if (hit.m.kind != MentionKind::kDate || hit.m.unresolved || hit.m.earliest.empty() ||
      hit.m.earliest != hit.m.latest) {
    return;
  }
  const auto d = util::parse_iso(hit.m.earliest);
  if (!d) return;
  std::size_t t = hit.te;
  const bool paren = is_punct(t, "(");
  if (paren || is_punct(t, ",") || is_punct(t, "\xD8\x8C")) ++t;
  if (!is_word(t)) return;
  int wd = -1;
  bool bare = true;
  for (const auto& s : stems(t)) {
    if ((wd = datelex::weekday_word(s, bare)) >= 0) break;
  }
  if (wd != util::weekday(*d)) return;
  const WordSet& kTeen = grammar().lists.teen;
  if (exact(t + 1, kTeen)) return;  // "الأحد عشر"
  // "عيد الأضحى الأحد 16 يونيو": the weekday begins the date after it.
  int day = 0;
  if (!paren && read_day(t + 1, day) != 0) return;
  hit.te = t + 1;
  if (paren && is_punct(hit.te, ")")) ++hit.te;
}

}  // namespace fc::extract::dategrammar
