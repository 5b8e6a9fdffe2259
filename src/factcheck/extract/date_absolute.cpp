// Absolute and partial dates: days, months and years in words or digits ("السابع من
// يوليو 2021", "August 10, 2023", "14 / 5 / 2025م", "عام 2003"), a weekday in front.

#include "factcheck/extract/date_scanner.hpp"

#include <algorithm>
#include <cstdio>

#include "factcheck/extract/date_hijri.hpp"

namespace fc::extract::dategrammar {

// ---------------------------------------------------------------------------------------
// Grammar pieces.

std::size_t Scanner::read_day(std::size_t i, int& day) const {
  if (is_num(i)) {
    const auto& t = toks_[i];
    if (t.digits > 2 || t.value < 1 || t.value > 31) return 0;
    day = static_cast<int>(t.value);
    std::size_t j = i + 1;
    // English ordinal suffixes: 10th, 1st.
    if (is_word(j) && adjacent(i, j)) {
      const WordSet& kSuffix = grammar().lists.ordinal_suffix;
      if (exact(j, kSuffix))
        ++j;
      else if (!exact(j, min_word()))  // "29من شهر ديسمبر": من glued to the day
        return 0;                      // "10km": not a day
    }
    return j;
  }
  if (!is_word(i)) return 0;
  int u = 0;
  for (const auto& s : stems(i)) {
    if ((u = datelex::ordinal_word(s)) != 0) break;
  }
  if (u == 0) return 0;
  std::size_t j = i + 1;
  if (u < 10) {
    const WordSet& kTeen = grammar().lists.teen;
    if (exact(j, kTeen)) {
      day = u + 10;
      return j + 1;
    }
    // "الحادي والعشرين": the unit, then و + the tens ordinal.
    if (is_word(j) && stems(j).size() > 1) {
      const int tens = datelex::ordinal_word(stems(j)[1]);
      if ((tens == 20 || tens == 30) && u + tens <= 31) {
        day = u + tens;
        return j + 1;
      }
    }
  }
  day = u;
  return j;
}

std::size_t Scanner::read_month(std::size_t i, int& month, bool& ambiguous) const {
  ambiguous = false;
  std::size_t j = i;
  bool named_shahr = false;
  if (any(j, shahr())) {
    named_shahr = true;
    ++j;
    // "شهر 3", "شهر ثلاثة".
    if (is_num(j) && toks_[j].digits <= 2 && toks_[j].value >= 1 && toks_[j].value <= 12) {
      month = static_cast<int>(toks_[j].value);
      return j + 1;
    }
    if (is_word(j)) {
      const int c = datelex::cardinal_word(stems(j)[0]);
      if (c >= 1 && c <= 10) {
        const WordSet& kTeen = grammar().lists.teen_masculine;
        if (c <= 2 && exact(j + 1, kTeen)) {
          month = 10 + c;
          return j + 2;
        }
        month = c;
        return j + 1;
      }
    }
  } else if (any(j, al_shahr()) && is_word(j + 1)) {
    // "27 من الشهر الثامن", "الشهر التاسع سنة 2014", "الشهر الثالث من العام": a month, when
    // a day or a year frames it; "للشهر الثالث على التوالي", "الشهر التاسع في التقويم" are
    // ordinals.
    const int o = datelex::ordinal_word(stems(j + 1)[0]);
    int y = 0;
    bool h = false;
    const bool framed = (j > 0 && exact(j - 1, min_word())) || read_year(j + 2, y, h, false) != 0 ||
                        (any(j + 2, min_word()) && any(j + 3, year_words()));
    if (o >= 1 && o <= 10 && framed) {
      month = o;
      return j + 2;
    }
    return 0;
  }
  if (!is_word(j)) return 0;
  int m = 0;
  bool amb = false;
  for (const auto& s : stems(j)) {
    if ((m = datelex::month_word(s, amb)) != 0) break;
  }
  std::size_t end = j + 1;
  if (m == 0 && is_word(j + 1)) {
    for (const auto& s : stems(j)) {
      if ((m = datelex::levantine_month(s.key, stems(j + 1)[0].key)) != 0) break;
    }
    end = j + 2;
  }
  if (m == 0) return 0;
  // An English abbreviation with its dot before the day or year: "Feb. 6", "Sept. 21",
  // "Oct. 5, 2022" (three letters, or "sept"; "May." ends a sentence).
  const std::string_view word = toks_[j].text;
  if (toks_[j].latin && end == j + 1 && is_punct(end, ".") && is_num(end + 1) &&
      (word.size() == 3 || word == "sept") && word != "may") {
    ++end;
  }
  // The double form: "يوليو/تموز", "أغسطس/ آب", "يوليو (تموز)", "تموز يوليو".
  auto alt_at = [&](std::size_t k, std::size_t& after) {
    int m2 = 0;
    bool amb2 = false;
    if (!is_word(k)) return false;
    m2 = datelex::month_word(stems(k)[0], amb2);
    after = k + 1;
    if (m2 == 0 && is_word(k + 1)) {
      m2 = datelex::levantine_month(stems(k)[0].key, stems(k + 1)[0].key);
      after = k + 2;
    }
    return m2 == m;
  };
  std::size_t after = 0;
  bool doubled = false;
  if ((is_punct(end, "/") || is_punct(end, "-")) && alt_at(end + 1, after)) {
    end = after;
    doubled = true;
  } else if (is_punct(end, "(") && alt_at(end + 1, after) && is_punct(after, ")")) {
    end = after + 1;
    doubled = true;
  } else if (alt_at(end, after)) {
    end = after;
    doubled = true;
  }
  month = m;
  ambiguous = amb && !named_shahr && !doubled && !capitalized_month(j, end);
  return end;
}

bool Scanner::capitalized_month(std::size_t j, std::size_t end) const {
  // "March 5", "in May", "Mar 2021": an English month name written with a capital and
  // next to a number or after a time preposition is a month; "may" and "march" in lower
  // case, or "May" opening a wish, stay ordinary words. Case is read from the original
  // bytes: the normalized view is lower-cased.
  if (!toks_[j].latin) return false;
  const auto [ob, oe] = text_.to_original(toks_[j].begin, toks_[j].begin + 1);
  (void)oe;
  if (ob >= text_.original.size()) return false;
  const char c = text_.original[ob];
  if (c < 'A' || c > 'Z') return false;
  if (is_num(end)) return true;
  const WordSet& kBefore = grammar().lists.english_month_before;
  return j > 0 && exact(j - 1, kBefore);
}

// ---------------------------------------------------------------------------------------
// Matchers.

std::optional<Hit> Scanner::match_calendar(std::size_t i) {
  // An optional weekday in front: "يوم الاثنين 18 شباط", "الاربعاء، 13 شباط",
  // "الخميس الموافق 14 شهر شباط", "Monday, August 7".
  std::size_t j = i;
  int wd = -1;
  if (any(j, yom()) && is_word(j + 1)) ++j;
  if (is_word(j)) {
    bool bare = false;
    for (const auto& s : stems(j)) {
      if ((wd = datelex::weekday_word(s, bare)) >= 0) break;
    }
    if (wd >= 0 && bare && j == i) wd = -1;
    const WordSet& kTeen = grammar().lists.teen;
    if (wd == 0 && exact(j + 1, kTeen)) wd = -1;  // "الأحد عشر": eleven
  }
  std::optional<Hit> hit;
  if (wd >= 0) {
    std::size_t k = j + 1;
    if (is_punct(k, ",") || is_punct(k, "\xD8\x8C")) ++k;
    const WordSet& kAgreeing = grammar().lists.agreeing;
    if (exact(k, kAgreeing)) ++k;
    hit = match_day_month(k);
    if (!hit) hit = match_month_first(k);
    if (!hit) hit = match_numeric(k);
    if (!hit) hit = match_hijri(k);
    if (!hit || hit->tb != k || hit->m.earliest != hit->m.latest || hit->m.earliest.empty()) {
      return std::nullopt;
    }
    hit->tb = i;
    auto d = util::parse_iso(hit->m.earliest);
    if (d && util::weekday(*d) != wd) {
      std::optional<CivilDate> fixed;
      if (hit->m.note.rfind("Hijri", 0) == 0) {
        // "الأربعاء ٢٠ صفر ١٤٤٥هـ" where Umm al-Qura has a Tuesday: the country saw the
        // month begin a day apart; the weekday says which day it kept.
        for (const int off : {1, -1}) {
          if (util::weekday(util::add_days(*d, off)) == wd) fixed = util::add_days(*d, off);
        }
        if (fixed) hit->m.note += "; the weekday puts it a day apart (the local sighting)";
      } else if (hit->m.relative && hit->m.date_value.size() == 10) {
        // "الأحد 30 مارس" without a year: the year, next to the publication's, whose 30 March
        // is a Sunday.
        for (const int dy : {1, -1}) {
          const CivilDate c{d->year + dy, d->month, d->day};
          if (util::is_valid_date(c.year, c.month, c.day) && util::weekday(c) == wd) fixed = c;
        }
      }
      if (fixed) {
        const bool relative = hit->m.relative;
        fill(hit->m, day_period(*fixed));
        hit->m.relative = relative;
        if (hit->anchor) hit->anchor_date = *fixed;
        d = fixed;
      }
    }
    if (d && util::weekday(*d) != wd) {
      hit->m.note = std::string("weekday does not match the date: ") + hit->m.earliest + " is a " +
                    weekday_name(util::weekday(*d)) + ", the text says " + weekday_name(wd);
    }
    return hit;
  }
  hit = match_day_month(i);
  auto other = match_month_first(i);
  if (other && (!hit || other->te > hit->te)) hit = other;
  return hit;
}

std::optional<Hit> Scanner::match_day_month(std::size_t i) {
  std::size_t j = i;
  const bool from = any(j, day_month_from());
  if (from) ++j;
  if (exact(j, day_of())) ++j;  // "اليوم الثالث من اكتوبر"
  int d1 = 0;
  std::size_t k = read_day(j, d1);
  if (k == 0) return std::nullopt;
  // A second day: "من 7 إلى 8", "13-15", "1-8".
  int d2 = 0;
  std::size_t k2 = 0;
  if ((is_punct(k, "-") || any(k, range_to())) && (k2 = read_day(k + 1, d2)) != 0 && d2 > d1) {
    k = k2;
  } else {
    d2 = 0;
  }
  // Optional separators: "2. أكتوبر", "2- أكتوبر", "2/ أكتوبر", "السابع من يوليو".
  if ((is_punct(k, ".") || is_punct(k, "-") || is_punct(k, "/")) && is_word(k + 1)) ++k;
  const bool of = any(k, min_word());
  if (of) ++k;
  int month = 0;
  bool ambiguous = false;
  std::size_t m_end = read_month(k, month, ambiguous);
  bool this_month = false;
  if (m_end == 0) {
    // "التاسع عشر من هذا الشهر", "من الشهر الجاري".
    const WordSet& kThisMonth = grammar().lists.this_demonstrative;
    if (of && exact(k, kThisMonth) && any(k + 1, al_shahr())) {
      m_end = k + 2;
      this_month = true;
    } else if (of && any(k, al_shahr()) && any(k + 1, this_words())) {
      m_end = k + 2;
      this_month = true;
    } else {
      // A Hijri month: "١ رمضان ١٤٤٥".
      return std::nullopt;
    }
    if (!options_.published)
      return unresolved_hit(i + (from ? 1 : 0), m_end, "XXXX-XX-" + pad(d1, 2));
    month = options_.published->month;
  }
  // A bare ordinal word before a month needs "من" ("الرابع من ابريل") or the digit form;
  // an ambiguous month word (آب, ماي) needs a year or the digits.
  const bool worded_day = !is_num(j);
  std::size_t end = m_end;
  // "من 13 تموز الى 15 تموز": the second day with its own month.
  if (d2 == 0 && !this_month && any(end, range_to())) {
    int d3 = 0;
    int month2 = 0;
    bool amb2 = false;
    const std::size_t e3 = read_day(end + 1, d3);
    std::size_t e4 = 0;
    if (e3 != 0) {
      std::size_t e3b = e3;
      if (any(e3b, min_word())) ++e3b;
      e4 = read_month(e3b, month2, amb2);
    }
    if (e4 != 0 && (month2 > month || (month2 == month && d3 > d1))) {
      int y = 0;
      bool hijri = false;
      std::size_t ye = read_year(e4, y, hijri, true);
      std::optional<int> year;
      if (ye != 0 && !hijri)
        year = y;
      else
        ye = e4;
      const int yy = year ? *year : (options_.published ? year_for_month_day(month, d1) : 0);
      if (!year && !options_.published) return unresolved_hit(i, ye, "XXXX-" + pad(month, 2));
      if (!util::is_valid_date(yy, month, d1) || !util::is_valid_date(yy, month2, d3)) {
        return std::nullopt;
      }
      Hit h = make_hit(i, ye, span_period({yy, month, d1}, {yy, month2, d3}));
      h.m.relative = !year;
      return h;
    }
  }
  std::optional<int> year;
  bool hijri = false;
  int y = 0;
  bool relative_month = this_month;
  if (!this_month) {
    const std::size_t ye = read_year(end, y, hijri, true);
    if (ye != 0 && !hijri) {
      year = y;
      end = ye;
    } else if (any(end, this_words())) {
      // "أغسطس/ آب الجاري": the month of the publication date.
      relative_month = true;
      ++end;
    }
  }
  // An ambiguous month word (آب, ماي, may) is a month after a day written in digits.
  if (ambiguous && !year && !relative_month && !is_num(j)) return std::nullopt;
  if (worded_day && !of && !year && !is_num(j)) {
    // "أول مارس" is fine; "الثاني يناير" without من is rare: accept only with a year.
    if (!(any(j, small_sets().first_word))) return std::nullopt;
  }
  const std::size_t tb = i;
  if (relative_month && options_.published && !year) {
    year = options_.published->year;
    if (this_month) month = options_.published->month;
  }
  if (d2 != 0) {
    if (!year && !options_.published) return unresolved_hit(tb, end, "XXXX-" + pad(month, 2));
    const int yy = year ? *year : year_for_month_day(month, d1);
    if (!util::is_valid_date(yy, month, d2)) return std::nullopt;
    Hit h = make_hit(tb, end, span_period({yy, month, d1}, {yy, month, d2}));
    h.m.relative = relative_month || !year;
    if (!h.m.relative) {
      h.anchor = true;
      h.anchor_date = {yy, month, d1};
    }
    return h;
  }
  Hit h = resolve_day_month(tb, end, d1, month, year, relative_month);
  if (relative_month) {
    h.m.relative = true;
    h.anchor = false;
  }
  return h;
}

std::optional<Hit> Scanner::match_month_first(std::size_t i) {
  // "August 10, 2023", "يوليو 13-15", "تموز 13 الى 15", "سبتمبر10", "يناير-1",
  // "يونيو 2016", "يوليو/تموز 2021", "سبتمبر الماضي", "يونيو العام المقبل".
  int month = 0;
  bool ambiguous = false;
  std::size_t k = read_month(i, month, ambiguous);
  if (k == 0) return std::nullopt;
  std::size_t kd = k;
  if (is_punct(kd, "-") && is_num(kd + 1)) ++kd;
  int d1 = 0;
  std::size_t e = 0;
  if (is_num(kd))
    e = read_day(kd, d1);
  else if (is_word(kd) && !any(kd, year_words()))
    e = read_day(kd, d1);
  int y = 0;
  bool hijri = false;
  if (e != 0) {
    // Not a year read as a day: "يوليو 2021" has 4 digits and read_day refused it.
    int d2 = 0;
    std::size_t e2 = 0;
    if ((is_punct(e, "-") || any(e, range_to())) && (e2 = read_day(e + 1, d2)) != 0 && d2 > d1) {
      e = e2;
    } else {
      d2 = 0;
    }
    std::optional<int> year;
    const std::size_t ye = read_year(e, y, hijri, true);
    if (ye != 0 && !hijri) {
      year = y;
      e = ye;
    }
    if (ambiguous && !year) return std::nullopt;
    if (d2 != 0) {
      if (!year && !options_.published) return unresolved_hit(i, e, "XXXX-" + pad(month, 2));
      const int yy = year ? *year : year_for_month_day(month, d1);
      if (!util::is_valid_date(yy, month, d2)) return std::nullopt;
      Hit h = make_hit(i, e, span_period({yy, month, d1}, {yy, month, d2}));
      h.m.relative = !year;
      return h;
    }
    return resolve_day_month(i, e, d1, month, year, false);
  }
  const std::size_t ye = read_year(k, y, hijri, false);
  if (ye != 0 && !hijri) return resolve_month(i, ye, month, y);
  if (!options_.published) {
    if (ambiguous) return std::nullopt;
    return unresolved_hit(i, k, "XXXX-" + pad(month, 2));
  }
  const CivilDate pub = *options_.published;
  // "سبتمبر الماضي": the last such month before the publication month.
  if (any(k, past_words())) {
    const int y2 = month < pub.month ? pub.year : pub.year - 1;
    return relative_hit(i, k + 1, month_period(y2, month));
  }
  if (any(k, next_words())) {
    const int y2 = month > pub.month ? pub.year : pub.year + 1;
    return relative_hit(i, k + 1, month_period(y2, month));
  }
  if (any(k, this_words())) return relative_hit(i, k + 1, month_period(pub.year, month));
  // "يوليو الذي سبقه", "ديسمبر الذي تلاه": the one before or after a date read earlier.
  const Lists& l = grammar().lists;
  if (exact(k, l.relative_pronouns) &&
      (any(k + 1, l.preceded_verbs) || any(k + 1, l.followed_verbs))) {
    if (const Ref* ref = referent(Grain::kMonth)) {
      const bool before = any(k + 1, l.preceded_verbs);
      const int yr = before ? (ref->lo.month > month ? ref->lo.year : ref->lo.year - 1)
                            : (month > ref->lo.month ? ref->lo.year : ref->lo.year + 1);
      Hit h = relative_hit(i, k + 2, month_period(yr, month));
      h.m.note = "resolved against the earlier date " + util::to_iso(ref->lo);
      return h;
    }
  }
  // "يونيو العام المقبل", "مارس من العام الماضي"; "اغسطس من نفس العام", "ديسمبر من العام
  // نفسه" (of the year the passage is in).
  {
    std::size_t r = k;
    if (any(r, min_word())) ++r;
    const bool same = (any(r, year_words()) && any(r + 1, same_words())) ||
                      (any(r, small_sets().same_before) && any(r + 1, year_words()));
    if (same) {
      if (const Ref* ref = referent(Grain::kYear)) {
        Hit h = relative_hit(i, r + 2, month_period(ref->lo.year, month));
        h.m.note = "resolved against the earlier date " + util::to_iso(ref->lo);
        return h;
      }
    }
    if (any(r, year_words()) && ok(r + 1)) {
      int dy = 0;
      if (any(r + 1, past_words()))
        dy = -1;
      else if (any(r + 1, next_words()))
        dy = 1;
      else if (any(r + 1, this_words()))
        dy = 0;
      else
        dy = 99;
      if (dy != 99) return relative_hit(i, r + 2, month_period(pub.year + dy, month));
    }
  }
  if (ambiguous) return std::nullopt;
  return resolve_month(i, k, month, std::nullopt);
}

std::optional<Hit> Scanner::match_numeric(std::size_t i) {
  if (!is_num(i)) return std::nullopt;
  // Not inside a longer run of digits and separators ("1-2-3-4", "10.5.3.1").
  if (i > 0 && toks_[i - 1].kind == Kind::kPunct && adjacent(i - 1, i) && i > 1 && is_num(i - 2) &&
      adjacent(i - 2, i - 1) &&
      (toks_[i - 1].text == "-" || toks_[i - 1].text == "/" || toks_[i - 1].text == ".")) {
    return std::nullopt;
  }
  const std::size_t a = i;
  if (!(ok(a + 2) && is_num(a + 2))) return std::nullopt;
  // Years from one to another: "(2021 - 2025)", "2015-2020", "1914–1918"; a range of
  // counts takes its noun ("2000-2500 شخص").
  if (is_punct(a + 1, "-") || is_punct(a + 1, "\xE2\x80\x93")) {
    const auto& A = toks_[a];
    const auto& B = toks_[a + 2];
    const bool even = adjacent(a, a + 1) == adjacent(a + 1, a + 2);
    const bool chained = ok(a + 3) && adjacent(a + 2, a + 3) && toks_[a + 3].kind == Kind::kPunct &&
                         (toks_[a + 3].text == "-" || toks_[a + 3].text == "/");
    if (even && !chained && A.digits == 4 && B.digits == 4 && A.value >= 1900 && B.value <= 2099 &&
        B.value > A.value && B.value - A.value <= 30 && counts_nothing_at(a + 3)) {
      const int y1 = static_cast<int>(A.value);
      const int y2 = static_cast<int>(B.value);
      return explicit_hit(a, a + 3,
                          Period{CivilDate{y1, 1, 1}, CivilDate{y2, 12, 31}, Grain::kOther,
                                 pad(y1, 4) + "/" + pad(y2, 4)});
    }
  }
  // Glued ("14/5/2025") or spaced on both sides of every separator ("14 / 5 / 2025م",
  // "03 . 04 . 2019"); spaced, only a day, a month and a year of four digits (or two
  // after '/') are a date: "3 - 4" is a range, "2 / 3" a fraction.
  const bool glued = adjacent(a, a + 1) && adjacent(a + 1, a + 2);
  const bool spaced = !adjacent(a, a + 1) && !adjacent(a + 1, a + 2);
  if (!glued && !spaced) return std::nullopt;
  const std::string sep(toks_[a + 1].text);
  if (sep != "-" && sep != "/" && sep != ".") return std::nullopt;
  const auto& A = toks_[a];
  const auto& B = toks_[a + 2];
  const bool three = ok(a + 4) && is_punct(a + 3, sep) && is_num(a + 4) &&
                     (glued ? adjacent(a + 2, a + 3) && adjacent(a + 3, a + 4)
                            : !adjacent(a + 2, a + 3) && !adjacent(a + 3, a + 4));
  if (spaced && !(three && sep != "-" && A.digits <= 2 && B.digits <= 2 &&
                  (toks_[a + 4].digits == 4 || (sep == "/" && toks_[a + 4].digits == 2)))) {
    // Spaced fiscal years: "2020 / 2021".
    if (!(sep == "/" && A.digits == 4 && B.digits == 4 && B.value == A.value + 1)) {
      return std::nullopt;
    }
  }
  if (three) {
    const auto& C = toks_[a + 4];
    // A Hijri day: "12 / 3 / 1446هـ", "٢٢/٥/١٤٤٥ هـ".
    if (C.digits == 4 && A.digits <= 2 && B.digits <= 2 &&
        exact(a + 5, grammar().lists.hijri_era)) {
      const int hd = static_cast<int>(A.value);
      const int hm = static_cast<int>(B.value);
      const auto g = hm >= 1 && hm <= 12 && hd >= 1 && hd <= 30
                         ? hijri_to_gregorian(static_cast<int>(C.value), hm, hd)
                         : std::nullopt;
      if (!g) return std::nullopt;
      Hit h = explicit_hit(a, a + 6, day_period(*g));
      h.hijri_year = static_cast<int>(C.value);
      h.hijri_month = hm;
      h.m.note = "Hijri " + std::to_string(C.value) + "-" + pad(hm, 2) + "-" + pad(hd, 2) +
                 " (Umm al-Qura)";
      return h;
    }
    if (ok(a + 5) && adjacent(a + 4, a + 5) && toks_[a + 5].kind == Kind::kPunct &&
        toks_[a + 5].text == sep) {
      return std::nullopt;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (A.digits == 4 && B.digits <= 2 && C.digits <= 2) {
      y = static_cast<int>(A.value), m = static_cast<int>(B.value), d = static_cast<int>(C.value);
    } else if (C.digits == 2 && A.digits <= 2 && B.digits <= 2 && sep != ".") {
      // "18-9-15": day, month, two-digit year; a year more than ten years after the
      // publication date belongs to the previous century.
      const int limit = (options_.published ? options_.published->year : 2030) + 10;
      y = 2000 + static_cast<int>(C.value);
      if (y > limit) y -= 100;
      d = static_cast<int>(A.value), m = static_cast<int>(B.value);
    } else if (C.digits == 4 && A.digits <= 2 && B.digits <= 2) {
      y = static_cast<int>(C.value);
      d = static_cast<int>(A.value), m = static_cast<int>(B.value);
      // Day first is the Arabic and European order; month first only when the day
      // cannot be a month.
      if (m > 12 && d <= 12) std::swap(d, m);
    } else {
      return std::nullopt;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    if (!util::is_valid_date(y, m, d)) {
      Hit h;
      h.tb = a;
      h.te = a + 5;
      h.m.kind = MentionKind::kDate;
      h.m.unresolved = true;
      h.m.note = "impossible date: " + std::string(month_name(m)) + " has no day " +
                 std::to_string(d) + " in " + std::to_string(y);
      return h;
    }
    std::size_t end = a + 5;
    if (exact(end, grammar().lists.gregorian_era)) ++end;  // "14 / 5 / 2025م"
    return explicit_hit(a, end, day_period({y, m, d}));
  }
  if (ok(a + 3) && adjacent(a + 2, a + 3) && toks_[a + 3].kind == Kind::kPunct &&
      toks_[a + 3].text == sep) {
    return std::nullopt;
  }
  // Two parts: month and year ("3/2015", "2015/3"), fiscal years ("2023/2024").
  if (A.digits == 4 && B.digits == 4 && sep == "/" && B.value == A.value + 1 && A.value < 1700 &&
      exact(a + 3, grammar().lists.hijri_era)) {
    return hijri_years_hit(a, a + 4, static_cast<int>(A.value), true);
  }
  if (A.digits == 4 && B.digits == 4 && sep == "/" && B.value == A.value + 1) {
    Hit h = explicit_hit(a, a + 3,
                         Period{CivilDate{static_cast<int>(A.value), 1, 1},
                                CivilDate{static_cast<int>(B.value), 12, 31}, Grain::kOther,
                                std::string(A.text) + "/" + std::string(B.text)});
    h.m.note = "fiscal or season year";
    return h;
  }
  if (sep == ".") return std::nullopt;  // "2015.3" is a decimal more often than a month
  if (A.digits <= 2 && B.digits <= 2 && A.value >= 1 && B.value >= 1) {
    // Day and month without a year: "22/4", "22-4", "4/22" (month first only when the
    // second part cannot be a month, and never with '-', which writes ranges).
    int d = 0;
    int m = 0;
    const WordSet& kContext = grammar().lists.numeric_context;
    const bool context = a > 0 && exact(a - 1, kContext);
    std::size_t e = a + 3;
    std::optional<int> year;
    // "08/12, 2015": the English order, month first, before a comma and a year.
    // "08/12, 15": the same with a two-digit year, when both parts are written in two digits.
    const bool comma = is_punct(e, ",") || is_punct(e, "\xD8\x8C");
    const bool two_digit_year = comma && is_num(e + 1) && toks_[e + 1].digits == 2 &&
                                A.digits == 2 && B.digits == 2 && !is_punct(e + 2, "/") &&
                                !is_punct(e + 2, ".") && !is_punct(e + 2, "-");
    if (comma && is_num(e + 1) && (toks_[e + 1].digits == 4 || two_digit_year) && sep == "/" &&
        A.value <= 12) {
      m = static_cast<int>(A.value), d = static_cast<int>(B.value);
      year = static_cast<int>(toks_[e + 1].value);
      if (toks_[e + 1].digits == 2) {
        // As "18-9-15": a year more than ten years after the publication date is of the
        // previous century.
        const int limit = (options_.published ? options_.published->year : 2030) + 10;
        year = *year + (*year + 2000 > limit ? 1900 : 2000);
      }
      e += 2;
    } else if (A.value > 12 && A.value <= 31 && B.value <= 12) {
      d = static_cast<int>(A.value), m = static_cast<int>(B.value);
    } else if (sep == "/" && B.value > 12 && B.value <= 31 && A.value <= 12) {
      m = static_cast<int>(A.value), d = static_cast<int>(B.value);
    } else if (sep == "/" && context && A.value <= 12 && B.value <= 12) {
      d = static_cast<int>(A.value), m = static_cast<int>(B.value);
    } else {
      return std::nullopt;
    }
    if (m > 12 || d > 31) return std::nullopt;
    // A share ("بنسبة 22/4 %") is no date.
    const WordSet& kShare = grammar().lists.share_words;
    if (is_punct(e, "%") || (a > 0 && exact(a - 1, kShare))) return std::nullopt;
    return resolve_day_month(a, e, d, m, year, false);
  }
  if (A.digits <= 2 && B.digits == 4 && A.value >= 1 && A.value <= 12) {
    return explicit_hit(a, a + 3,
                        month_period(static_cast<int>(B.value), static_cast<int>(A.value)));
  }
  if (A.digits == 4 && B.digits <= 2 && B.value >= 1 && B.value <= 12 && sep == "/") {
    return explicit_hit(a, a + 3,
                        month_period(static_cast<int>(A.value), static_cast<int>(B.value)));
  }
  return std::nullopt;
}

}  // namespace fc::extract::dategrammar
