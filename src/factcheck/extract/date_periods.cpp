// Periods: quarters ("الربع الأول من 2024"), spans of months ("بين يونيو وأغسطس"), a
// position in a month ("أول ثلاثاء من شهر عشرة") and holidays.

#include "factcheck/extract/date_scanner.hpp"

#include <string>

#include "factcheck/extract/date_hijri.hpp"

namespace fc::extract::dategrammar {

std::optional<Hit> Scanner::match_quarter(std::size_t i) {
  // "الربع الأول من 2024", "الثلاثي الرابع من سنة 2022" (Maghreb), "الفصل الثالث من العام
  // الماضي", "Q3 2021", "the first quarter"; "الربع الماضي", "الثلاثي السابق" (the one
  // before a quarter named earlier), "next quarter".
  const Lists& l = grammar().lists;
  std::size_t j = i;
  int q = 0;
  int dir = 99;  // a quarter named by its place from another
  int anaphoric = 0;
  bool needs_year = false;  // "الفصل الأول" alone is a chapter or a school term
  if (exact(j, small_sets().the_en)) ++j;
  const bool word = any(j, quarter_words()) || any(j, l.quarter_season);
  if (word && is_word(j + 1)) {
    needs_year = any(j, l.quarter_season);
    q = datelex::ordinal_word(stems(j + 1)[0]);
    if (exact(j + 1, small_sets().last_q)) q = 4;
    if (q == 0 && !needs_year) {
      if ((anaphoric = anaphoric_dir(j + 1)) != 0)
        dir = anaphoric;
      else if (any(j + 1, past_words()))
        dir = -1;
      else if (any(j + 1, next_words()))
        dir = 1;
      else if (any(j + 1, this_words()))
        dir = 0;
    }
    j += 2;
  } else if (is_word(j) && is_word(j + 1) && exact(j + 1, small_sets().quarter_en)) {
    q = datelex::ordinal_word(stems(j)[0]);
    if (q == 0 && toks_[j].latin) {
      if ((anaphoric = anaphoric_dir(j)) != 0)
        dir = anaphoric;
      else if (any(j, past_words()))
        dir = -1;
      else if (any(j, next_words()))
        dir = 1;
      else if (any(j, this_words()))
        dir = 0;
    }
    j += 2;
  } else if (is_word(j) && toks_[j].latin && toks_[j].text.size() == 2 && toks_[j].text[0] == 'q' &&
             toks_[j].text[1] >= '1' && toks_[j].text[1] <= '4') {
    q = toks_[j].text[1] - '0';
    ++j;
  }
  if (dir == -1 && anaphoric == 0 && any(j, min_word())) {
    int y = 0;
    bool hijri = false;
    if (read_year(j + 1, y, hijri, false) != 0) dir = 99, q = 4;  // "the last quarter of 2023"
  }
  if (dir != 99) {
    // The quarter of the referent, or of the publication date, moved by `dir`.
    CivilDate base;
    const Ref* r = anaphoric != 0 ? referent(Grain::kQuarter) : nullptr;
    if (r != nullptr) {
      base = r->lo;
    } else if (options_.published) {
      base = *options_.published;
    } else {
      return unresolved_hit(i, j, "");
    }
    const CivilDate first =
        util::add_months(CivilDate{base.year, (base.month - 1) / 3 * 3 + 1, 1}, 3 * dir);
    const int qq = (first.month - 1) / 3 + 1;
    const CivilDate last{first.year, first.month + 2,
                         util::days_in_month(first.year, first.month + 2)};
    Hit h = relative_hit(
        i, j, Period{first, last, Grain::kOther, pad(first.year, 4) + "-Q" + std::to_string(qq)});
    if (r != nullptr) h.m.note = "resolved against the earlier date " + util::to_iso(r->lo);
    return h;
  }
  if (q < 1 || q > 4) return std::nullopt;
  if (any(j, min_word())) ++j;
  int y = 0;
  bool hijri = false;
  std::size_t e = read_year(j, y, hijri, false);
  std::optional<Hit> rel;
  if (e == 0 || hijri) {
    rel = match_unit_relative(j);
    if (!rel || rel->m.date_value.size() != 4) {
      if (!options_.published || needs_year) return std::nullopt;
      y = options_.published->year;
      e = j;
    } else {
      y = std::stoi(rel->m.date_value);
      e = rel->te;
    }
  }
  const CivilDate lo{y, 3 * (q - 1) + 1, 1};
  const CivilDate hi{y, 3 * q, util::days_in_month(y, 3 * q)};
  Hit h = make_hit(i, e, Period{lo, hi, Grain::kOther, pad(y, 4) + "-Q" + std::to_string(q)});
  h.m.relative = rel.has_value() || e == j;
  return h;
}

int Scanner::fiscal_start() {
  // The dateline names the country whose fiscal year the passage counts in ("الكويت -",
  // "CAIRO (Reuters) -"): its first eight tokens. Most Arab states count the calendar year.
  if (fiscal_start_ != 0) return fiscal_start_;
  fiscal_start_ = 1;
  const auto& starts = fiscal_year_starts();
  for (std::size_t k = 0; k < toks_.size() && k < 8; ++k) {
    if (!is_word(k)) continue;
    for (const auto& s : stems(k)) {
      if (const int* m = starts.find(s.key, s.hash); m != nullptr) {
        fiscal_start_ = *m;
        return fiscal_start_;
      }
    }
  }
  return fiscal_start_;
}

Period Scanner::fiscal_year(int first_year) {
  // The fiscal year that begins in `first_year` (a calendar year where it begins in January).
  const int s = fiscal_start();
  const CivilDate lo{first_year, s, 1};
  const CivilDate hi = util::add_days(util::add_months(lo, 12), -1);
  return Period{lo, hi, Grain::kOther,
                s == 1 ? pad(first_year, 4) : pad(first_year, 4) + "/" + pad(first_year + 1, 4)};
}

std::optional<Hit> Scanner::hijri_years_hit(std::size_t tb, std::size_t te, int hijri_year,
                                            bool pair) {
  if (pair) {
    const auto next = hijri_to_gregorian(hijri_year + 1, 1, 1);
    if (!next) return std::nullopt;
    Hit h = explicit_hit(tb, te, year_period(next->year));
    h.m.note = "the Gregorian year of Hijri " + std::to_string(hijri_year) + "/" +
               std::to_string(hijri_year + 1);
    return h;
  }
  const auto lo = hijri_to_gregorian(hijri_year, 1, 1);
  const auto next = hijri_to_gregorian(hijri_year + 1, 1, 1);
  if (!lo || !next) return std::nullopt;
  Hit h = explicit_hit(tb, te, span_period(*lo, util::add_days(*next, -1)));
  h.m.note = "Hijri year " + std::to_string(hijri_year);
  h.hijri_year = hijri_year;
  return h;
}

std::optional<Hit> Scanner::match_fiscal(std::size_t i) {
  // "السنة المالية 2024/2025", "العام المالي 2020 / 2021", "للسنوات المالية 2023 و2024",
  // "السنة المالية الحالية", "العام المالي السابق" (the one before a fiscal year named
  // earlier), "fiscal year 2024", "fiscal 2023", "the previous fiscal year". Its months
  // are the dateline country's (fiscal_start).
  const Lists& l = grammar().lists;
  std::size_t j = i;
  int dir = 99;
  int anaphoric = 0;
  if (exact(j, small_sets().the_en)) ++j;
  if (is_word(j) && toks_[j].latin) {
    if (any(j, this_words()) || exact(j, small_sets().current)) {
      dir = 0, ++j;
    } else if ((anaphoric = anaphoric_dir(j)) != 0) {
      dir = anaphoric, ++j;
    } else if (any(j, past_words())) {
      dir = -1, ++j;
    } else if (any(j, next_words())) {
      dir = 1, ++j;
    }
    if (!exact(j, l.fiscal_en)) return std::nullopt;
    ++j;
    if (exact(j, l.small.year_en)) ++j;
  } else {
    const bool year_noun = any(j, year_words()) || any(j, l.years_plural);
    if (!year_noun) return std::nullopt;
    if (exact(j + 1, l.fiscal_adjective)) {
      j += 2;
      if (exact(j, l.new_adjective)) ++j;  // "للعام المالي الجديد 1434- 1435هـ"
    } else {
      // "ميزانية الدولة لعام 2023- 2024": two years of a budget are its fiscal year.
      bool budget = false;
      for (std::size_t k = i, n = 0; k-- > 0 && n < 6 && !budget; ++n) {
        budget = any(k, l.budget_nouns);
      }
      if (!budget || !is_num(j + 1) || !(is_punct(j + 2, "-") || is_punct(j + 2, "/")) ||
          !is_num(j + 3) || toks_[j + 3].value != toks_[j + 1].value + 1) {
        return std::nullopt;
      }
      ++j;
    }
    if (dir == 99) {
      if ((anaphoric = anaphoric_dir(j)) != 0)
        dir = anaphoric, ++j;
      else if (any(j, past_words()))
        dir = -1, ++j;
      else if (any(j, next_words()))
        dir = 1, ++j;
      else if (any(j, this_words()))
        dir = 0, ++j;
    }
  }
  const int s = fiscal_start();
  if (dir != 99) {
    Period p;
    std::string from;
    if (anaphoric != 0 && fiscal_ref_) {
      from = util::to_iso(fiscal_ref_->lo);
      p = fiscal_year(fiscal_ref_->lo.year + dir);
    } else if (options_.published) {
      const CivilDate pub = *options_.published;
      p = fiscal_year((pub.month >= s ? pub.year : pub.year - 1) + dir);
    } else {
      return unresolved_hit(i, j, "");
    }
    Hit h = relative_hit(i, j, p);
    h.m.note =
        "fiscal year" + (from.empty() ? std::string() : ", after the earlier one of " + from);
    return h;
  }
  // A year, or the two a fiscal year spans: "2024/2025", "2020 / 2021", "2023/24".
  if (!is_num(j) || toks_[j].digits != 4) return std::nullopt;
  const int y = static_cast<int>(toks_[j].value);
  std::size_t e = j + 1;
  bool pair = false;
  if ((is_punct(e, "/") || is_punct(e, "-") || is_punct(e, "\xE2\x80\x93")) && is_num(e + 1) &&
      ((toks_[e + 1].digits == 4 && toks_[e + 1].value == y + 1) ||
       (toks_[e + 1].digits == 2 && toks_[e + 1].value == (y + 1) % 100))) {
    pair = true;
    e += 2;
  }
  if (y < 1700 && (pair || exact(e, grammar().lists.hijri_era))) {
    // Hijri years: "١٤٤٥ / ١٤٤٦هـ" labels the Gregorian year that begins in the first and
    // ends in the second (the Saudi budget's), "1446هـ" the Hijri year.
    if (exact(e, grammar().lists.hijri_era)) ++e;
    auto h = hijri_years_hit(i, e, y, pair);
    if (h) h->m.note = "fiscal year, " + h->m.note;
    return h;
  }
  // A fiscal year named by one year is the one that ends in it (fiscal 2024 in the US ends
  // in September 2024).
  if (pair && s == 1) {
    // Two years where the fiscal year is the calendar's: its months are not known (a
    // season, a school year), only the two years.
    Hit h = explicit_hit(i, e,
                         Period{CivilDate{y, 1, 1}, CivilDate{y + 1, 12, 31}, Grain::kOther,
                                pad(y, 4) + "/" + pad(y + 1, 4)});
    h.m.note = "fiscal year, months not known";
    return h;
  }
  const Period p = fiscal_year(pair || s == 1 ? y : y - 1);
  Hit h = explicit_hit(i, e, p);
  h.m.note = "fiscal year";
  return h;
}

std::optional<Hit> Scanner::match_decade(std::size_t i) {
  // "سبعينيات القرن الماضي", "في الثمانينات", "تسعينيات القرن العشرين", "the 1970s".
  const Lists& l = grammar().lists;
  int start = 0;
  std::size_t e = i + 1;
  bool relative = false;  // the century is the publication's, or the one before
  if (is_num(i) && toks_[i].digits == 4 && toks_[i].value % 10 == 0 && is_word(i + 1) &&
      adjacent(i, i + 1) && toks_[i + 1].text == "s") {
    start = toks_[i].value;
    e = i + 2;
  } else if (is_word(i) && !toks_[i].latin) {
    int decade = 0;
    for (const auto& s : stems(i)) {
      if (s.entry == 0) continue;
      if (const int* d = decade_words().find(s.key, s.hash); d != nullptr) {
        decade = *d;
        break;
      }
    }
    if (decade == 0) return std::nullopt;
    // The century: "القرن الماضي", "من القرن العشرين", "القرن التاسع عشر".
    std::size_t c = e;
    if (any(c, min_word())) ++c;
    int century = 0;  // its first year
    if (exact(c, l.century)) {
      if (any(c + 1, past_words()) && options_.published) {
        century = options_.published->year / 100 * 100 - 100, e = c + 2, relative = true;
      } else if ((any(c + 1, this_words())) && options_.published) {
        century = options_.published->year / 100 * 100, e = c + 2, relative = true;
      } else if (is_word(c + 1)) {
        // "العشرين" (the 20th: 1900s), "التاسع عشر" (the 19th), "الحادي والعشرين".
        int nth = datelex::ordinal_word(stems(c + 1)[0]);
        std::size_t ce = c + 2;
        if (nth > 0 && nth < 10 && exact(ce, l.teen)) nth += 10, ++ce;
        if (nth == 1 && is_word(ce) && stems(ce).size() > 1 &&
            datelex::ordinal_word(stems(ce)[1]) == 20) {
          nth = 21, ++ce;
        }
        if (nth >= 10 && nth <= 21) century = (nth - 1) * 100, e = ce;
      }
    }
    if (century == 0) {
      // The latest such decade that has begun by the publication date.
      const int y = options_.published ? options_.published->year : 2000;
      century = y / 100 * 100;
      if (century + decade > y) century -= 100;
      relative = true;
    }
    start = century + decade;
  } else {
    return std::nullopt;
  }
  Hit h = make_hit(i, e,
                   Period{CivilDate{start, 1, 1}, CivilDate{start + 9, 12, 31}, Grain::kOther,
                          std::to_string(start / 10) + "X"});
  if (!relative) {
    h.anchor = true;
    h.anchor_date = CivilDate{start, 1, 1};
  }
  h.m.relative = relative;
  return h;
}

std::optional<Hit> Scanner::match_month_span(std::size_t i) {
  // "بين يونيو وأغسطس", "من يونيو إلى أغسطس 2021", "between June and August".
  if (!exact(i, span_from())) return std::nullopt;
  int m1 = 0;
  bool amb = false;
  std::size_t j = read_month(i + 1, m1, amb);
  if (j == 0 || amb) return std::nullopt;
  int y1 = 0;
  bool hijri = false;
  std::optional<int> year1;
  if (const std::size_t ye = read_year(j, y1, hijri, false); ye != 0 && !hijri) {
    year1 = y1;
    j = ye;
  }
  int m2 = 0;
  std::size_t k = 0;
  if (any(j, range_to())) {
    k = read_month(j + 1, m2, amb);
  } else if (is_word(j) && stems(j).size() > 1) {
    // "وأغسطس": the conjunction glued to the month.
    bool amb2 = false;
    m2 = datelex::month_word(stems(j)[1], amb2);
    if (m2 != 0) k = j + 1;
  }
  if (k == 0 || m2 == 0) return std::nullopt;
  int y2 = 0;
  std::optional<int> year2;
  if (const std::size_t ye = read_year(k, y2, hijri, false); ye != 0 && !hijri) {
    year2 = y2;
    k = ye;
  }
  if (!year2 && !options_.published) return unresolved_hit(i, k, "");
  const int yb = year2 ? *year2 : year_for_month_day(m2, 1);
  const int ya = year1 ? *year1 : (m1 <= m2 ? yb : yb - 1);
  const CivilDate lo{ya, m1, 1};
  const CivilDate hi{yb, m2, util::days_in_month(yb, m2)};
  if (hi < lo) return std::nullopt;
  Hit h = make_hit(i, k,
                   Period{lo, hi, Grain::kOther,
                          pad(ya, 4) + "-" + pad(m1, 2) + "/" + pad(yb, 4) + "-" + pad(m2, 2)});
  h.m.relative = !year2;
  if (year2) {
    h.anchor = true;
    h.anchor_date = lo;
  }
  return h;
}

std::size_t Scanner::read_month_expr(std::size_t i, int& year, int& month, bool& relative) const {
  // "شهر اذار", "بايلول", "اكتوبر 2014", "شهر اكتوبر من عام 2014", "ايلول في سنة 2014",
  // "مارس السنة القادمة", "الشهر القادم".
  relative = false;
  if (any(i, al_shahr()) && ok(i + 1)) {
    int dir = 99;
    if (any(i + 1, past_words()))
      dir = -1;
    else if (any(i + 1, next_words()))
      dir = 1;
    else if (any(i + 1, this_words()))
      dir = 0;
    if (dir != 99) {
      if (!options_.published) return 0;
      const CivilDate m =
          util::add_months(CivilDate{options_.published->year, options_.published->month, 1}, dir);
      year = m.year;
      month = m.month;
      relative = true;
      return i + 2;
    }
  }
  bool ambiguous = false;
  std::size_t e = read_month(i, month, ambiguous);
  if (e == 0) return 0;
  std::size_t k = e;
  const WordSet& kLink = grammar().lists.of_in;
  if (exact(k, kLink) && any(k + 1, year_words())) ++k;
  int y = 0;
  bool hijri = false;
  const std::size_t ye = read_year(k, y, hijri, false);
  if (ye != 0 && !hijri) {
    year = y;
    return ye;
  }
  if (any(e, year_words()) && ok(e + 1)) {
    int dy = 99;
    if (any(e + 1, past_words()))
      dy = -1;
    else if (any(e + 1, next_words()))
      dy = 1;
    else if (any(e + 1, this_words()))
      dy = 0;
    if (dy != 99 && options_.published) {
      year = options_.published->year + dy;
      relative = true;
      return e + 2;
    }
  }
  if (ambiguous || !options_.published) return 0;
  year = year_for_month_day(month, 1);
  relative = true;
  return e;
}

std::size_t Scanner::read_position(std::size_t i, int& nth) const {
  // "ثالث", "الثالث", "الأولى", "اخر", "الاخير": a position in a month, -1 for the last.
  const WordSet& kLast = last_words();
  if (!is_word(i)) return 0;
  if (exact(i, kLast)) {
    nth = -1;
    return i + 1;
  }
  const int o = datelex::ordinal_word(stems(i)[0]);
  if (o < 1 || o > 5) return 0;
  nth = o;
  return i + 1;
}

std::optional<Hit> Scanner::match_nth_in_month(std::size_t i) {
  // "اول ثلاثاء من شهر عشرة", "الاثنين الاخير من شهر ثلاثة", "ثالث يوم ثلاثاء بايلول
  // بعام 2014", "الاسبوع الاول من شهر عشرة 2014", "اخر يوم بشهر عشرة سنة 2015",
  // "الأحد الثاني" (of the publication month).
  const WordSet& kWeek = week_words();
  const WordSet& kDay = day_words();
  int nth = 0;
  std::size_t j = i;
  int wd = -1;
  bool week = false;
  bool day = false;
  auto weekday_at = [&](std::size_t k) {
    if (!is_word(k)) return -1;
    bool bare = false;
    for (const auto& s : stems(k)) {
      const int w = datelex::weekday_word(s, bare);
      if (w >= 0) return w;
    }
    return -1;
  };
  const std::size_t first_position = read_position(j, nth);
  if (std::size_t k = first_position; k != 0) {
    // Position first.
    if (exact(k, kWeek)) {
      week = true;
      ++k;
    } else {
      if (exact(k, kDay)) {
        day = true;
        ++k;
      }
      if ((wd = weekday_at(k)) >= 0) {
        day = false;
        ++k;
      } else if (!day) {
        return std::nullopt;
      }
    }
    j = k;
  } else {
    // Unit or weekday first, position second.
    if (any(j, yom()) && weekday_at(j + 1) >= 0) ++j;
    if (exact(j, kWeek))
      week = true;
    else if (exact(j, kDay))
      day = true;
    else if ((wd = weekday_at(j)) < 0)
      return std::nullopt;
    const std::size_t k2 = read_position(j + 1, nth);
    if (k2 == 0) return std::nullopt;
    j = k2;
  }
  // "أول جمعة بعد عيد الفطر", "ثاني اثنين قبل 20 مارس": the nth such weekday counted from a
  // day named after بعد / قبل.
  if (wd >= 0 && nth > 0 && (exact(j, after_words()) || exact(j, grammar().lists.before_word)) &&
      may_start(j + 1)) {
    const bool after = exact(j, after_words());
    if (auto from = match_at(j + 1);
        from && from->tb == j + 1 && from->m.kind == MentionKind::kDate &&
        !from->m.earliest.empty() && from->m.earliest == from->m.latest) {
      const CivilDate d0 = *util::parse_iso(from->m.earliest);
      const int gap = after ? (wd - util::weekday(d0) + 7) % 7 : (util::weekday(d0) - wd + 7) % 7;
      const int step = (gap == 0 ? 7 : gap) + 7 * (nth - 1);
      const CivilDate d = util::add_days(d0, after ? step : -step);
      Hit h = from->m.relative ? relative_hit(i, from->te, day_period(d))
                               : explicit_hit(i, from->te, day_period(d));
      return h;
    }
  }
  const WordSet& kIn = grammar().lists.of_in;
  std::size_t m0 = j;
  if (exact(m0, kIn)) ++m0;
  int year = 0;
  int month = 0;
  bool relative = false;
  std::size_t e = read_month_expr(m0, year, month, relative);
  if (e == 0) {
    // "الأحد الثاني": the publication month.
    if (wd < 0 || m0 != j || first_position != 0 || !options_.published) return std::nullopt;
    year = options_.published->year;
    month = options_.published->month;
    relative = true;
    e = j;
  }
  const int last = util::days_in_month(year, month);
  Period p;
  if (week) {
    // The first and last whole weeks (Monday to Sunday) inside the month.
    CivilDate mon = monday_of({year, month, 1});
    if (mon.month != month || mon.day != 1) mon = util::add_days(mon, 7);
    if (nth == -1) {
      mon = monday_of({year, month, last});
      if (util::add_days(mon, 6).month != month) mon = util::add_days(mon, -7);
    } else {
      mon = util::add_days(mon, 7 * (nth - 1));
    }
    p = week_period(mon);
  } else if (day && wd < 0) {
    const int d = nth == -1 ? last : nth;
    p = day_period({year, month, d});
  } else {
    CivilDate d;
    if (nth == -1) {
      d = {year, month, last};
      d = util::add_days(d, -((util::weekday(d) - wd + 7) % 7));
    } else {
      d = {year, month, 1};
      d = util::add_days(d, (wd - util::weekday(d) + 7) % 7 + 7 * (nth - 1));
      if (d.month != month) {
        Hit h = unresolved_hit(i, e, "");
        h.m.note = "no such weekday in that month";
        return h;
      }
    }
    p = day_period(d);
  }
  return relative ? relative_hit(i, e, p) : explicit_hit(i, e, p);
}

namespace {

CivilDate easter(int y) {
  // Anonymous Gregorian computus (Meeus/Jones/Butcher).
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {y, month, day};
}

}  // namespace

std::optional<Hit> Scanner::match_holiday(std::size_t i) {
  const auto& kHolidays = holidays();
  if (!any(i, holiday_first_words())) return std::nullopt;
  const Holiday* found = nullptr;
  std::size_t e = 0;
  for (const auto& h : kHolidays) {
    bool match = true;
    for (std::size_t w = 0; w < h.words.size() && match; ++w) {
      if (!is_word(i + w)) {
        match = false;
      } else if (w == 0) {
        match = false;
        for (const auto& s : stems(i)) match = match || s.key == h.words[0];
      } else {
        match = stems(i + w)[0].key == h.words[w];
      }
    }
    if (match && i + h.words.size() > e) {
      found = &h;
      e = i + h.words.size();
    }
  }
  if (!found) return std::nullopt;
  int y = 0;
  bool hijri = false;
  std::optional<int> year;
  int hijri_year = 0;
  if (const std::size_t ye = read_year(e, y, hijri, false); ye != 0) {
    if (hijri)
      hijri_year = y;
    else
      year = y;
    e = ye;
  }
  std::optional<CivilDate> d;
  bool inferred = false;
  if (found->hijri_month == 0) {
    if (!year && !options_.published) return unresolved_hit(i, e, "");
    const int gy = year ? *year : options_.published->year;
    d = found->day == -1 ? easter(gy) : CivilDate{gy, found->day / 100, found->day % 100};
  } else {
    // "عيد الفطر 1446هـ", "عيد الأضحى 2024"; without a year, the one nearest the passage's
    // day (pin_day): "عيد الفطر الأحد 30 مارس" is the one on that Sunday.
    if (hijri_year == 0) {
      bool pinned = false;
      std::optional<int> in_year = year;
      std::optional<std::pair<CivilDate, CivilDate>> near;
      if (year)
        near = std::pair{CivilDate{*year, 1, 1}, CivilDate{*year, 12, 31}};
      else
        near = pin_day(e, pinned, in_year);
      if (!near) return unresolved_hit(i, e, "");
      hijri_year = hijri_year_near(found->hijri_month, found->day, near->first, near->second,
                                   in_year, options_.prefer_future && !pinned && !year);
      // Its day comes from the passage: no referent of later anaphora.
      inferred = !year;
    }
    if (hijri_year != 0) d = hijri_to_gregorian(hijri_year, found->hijri_month, found->day);
  }
  if (!d) return std::nullopt;
  Hit h = year || (found->hijri_month != 0 && !inferred && hijri)
              ? explicit_hit(i, e, day_period(*d))
              : relative_hit(i, e, day_period(*d));
  h.inferred = inferred;
  if (found->hijri_month != 0) {
    h.hijri_year = hijri_year;
    h.m.note = "Hijri " + std::to_string(hijri_year) + "-" + pad(found->hijri_month, 2) + "-" +
               pad(found->day, 2) + " (Umm al-Qura)";
  }
  return h;
}

}  // namespace fc::extract::dategrammar
