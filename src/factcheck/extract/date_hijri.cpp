// Hijri dates: the Umm al-Qura calendar (ICU's islamic-umalqura) and the grammar's Hijri
// matcher ("التاسع من ذي الحجة", "غرة رمضان 1446", "شهر محرم").
#include "factcheck/extract/date_hijri.hpp"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <cstdint>
#include <memory>
#include <string>

#include "factcheck/extract/date_scanner.hpp"

namespace fc::extract {

namespace {

std::unique_ptr<icu::Calendar> umalqura() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(
      icu::Calendar::createInstance(icu::Locale("@calendar=islamic-umalqura"), status));
  if (U_FAILURE(status)) return nullptr;
  cal->setLenient(false);
  return cal;
}

}  // namespace

int hijri_month_length(int year, int month) {
  auto cal = umalqura();
  if (!cal || month < 1 || month > 12) return 0;
  cal->clear();
  cal->set(year, month - 1, 1);
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = cal->getActualMaximum(UCAL_DAY_OF_MONTH, status);
  return U_FAILURE(status) ? 0 : n;
}

int hijri_year_of(const util::CivilDate& day) {
  UErrorCode status = U_ZERO_ERROR;
  icu::GregorianCalendar greg(status);
  if (U_FAILURE(status)) return 0;
  greg.setGregorianChange(-8.64e15, status);
  greg.clear();
  greg.set(day.year, day.month - 1, day.day, 12, 0, 0);
  const UDate when = greg.getTime(status);
  auto cal = umalqura();
  if (!cal || U_FAILURE(status)) return 0;
  cal->setTimeZone(greg.getTimeZone());
  cal->setTime(when, status);
  const int32_t y = cal->get(UCAL_EXTENDED_YEAR, status);
  return U_FAILURE(status) ? 0 : y;
}

std::optional<util::CivilDate> hijri_to_gregorian(int year, int month, int day) {
  auto cal = umalqura();
  if (!cal || month < 1 || month > 12 || day < 1) return std::nullopt;
  const int length = hijri_month_length(year, month);
  if (length == 0 || day > length) return std::nullopt;
  cal->clear();
  cal->set(year, month - 1, day, 12, 0, 0);
  UErrorCode status = U_ZERO_ERROR;
  const UDate when = cal->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  // Read the same instant in a proleptic Gregorian calendar of the same zone.
  icu::GregorianCalendar greg(cal->getTimeZone(), status);
  if (U_FAILURE(status)) return std::nullopt;
  greg.setGregorianChange(-8.64e15, status);  // proleptic: no Julian switch
  greg.setTime(when, status);
  util::CivilDate out;
  out.year = greg.get(UCAL_EXTENDED_YEAR, status);
  out.month = greg.get(UCAL_MONTH, status) + 1;
  out.day = greg.get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

}  // namespace fc::extract

namespace fc::extract::dategrammar {

std::size_t Scanner::read_hijri_month(std::size_t i, int& month) const {
  if (!is_word(i)) return 0;
  for (const auto& s : stems(i)) {
    if ((month = datelex::hijri_month_word(s)) != 0) return i + 1;
    if (is_word(i + 1) && (month = datelex::hijri_month_pair(s.key, stems(i + 1)[0].key)) != 0) {
      return i + 2;
    }
  }
  return 0;
}

int Scanner::hijri_year_near(int month, int day, const CivilDate& lo, const CivilDate& hi,
                             std::optional<int> in_year, bool forward) {
  // One inside [lo, hi] (a Hijri year, a Gregorian one), else the nearest to it; `forward`
  // (schedules, --prefer future): the first on or after lo.
  const int g = in_year ? *in_year : lo.year;
  const int guess = (g - 622) * 33 / 32;
  int best_year = 0;
  std::int64_t best_gap = 0;
  const std::int64_t a = util::to_days(lo);
  const std::int64_t b = util::to_days(hi);
  for (int h = guess - 1; h <= guess + 3; ++h) {
    const auto d = hijri_to_gregorian(h, month, day == 0 ? 1 : day);
    if (!d) continue;
    if (in_year) {
      if (d->year == *in_year) return h;
      continue;
    }
    const std::int64_t x = util::to_days(*d);
    if (forward) {
      if (x >= a) return h;
      continue;
    }
    const std::int64_t gap = x < a ? a - x : x > b ? x - b : 0;
    if (best_year == 0 || gap < best_gap) best_year = h, best_gap = gap;
  }
  return best_year;
}

std::optional<std::pair<CivilDate, CivilDate>> Scanner::pin_day(std::size_t after, bool& pinned,
                                                                std::optional<int>& year) {
  pinned = false;
  pinned_written_ = false;
  year.reset();
  if (!pinning_) {
    pinning_ = true;
    for (std::size_t k = after, n = 0; ok(k) && n < 6; ++k, ++n) {
      if (toks_[k].kind == Kind::kPunct) {
        const std::string_view p = toks_[k].text;
        if (p == "." || p == "," || p == "\xD8\x8C" || p == ";" || p == "\xD8\x9B" || p == "\n") {
          break;
        }
        continue;
      }
      if (!may_start(k)) continue;
      const auto h = match_at(k);
      if (!h || h->tb != k || h->m.kind != MentionKind::kDate || h->m.earliest.empty()) continue;
      const auto lo = util::parse_iso(h->m.earliest);
      const auto hi = util::parse_iso(h->m.latest);
      if (!lo || !hi) break;
      if (*lo == *hi) {
        pinned = true;
        pinned_written_ = !h->m.relative;
        pinning_ = false;
        return std::pair{*lo, *hi};
      }
      if (lo->year == hi->year && lo->month == 1 && lo->day == 1 && hi->month == 12 &&
          hi->day == 31) {
        pinned = true;
        year = lo->year;
        pinning_ = false;
        return std::pair{*lo, *hi};
      }
      break;
    }
    pinning_ = false;
  }
  if (!refs_.empty()) return std::pair{refs_.back().lo, refs_.back().hi};
  if (options_.published) return std::pair{*options_.published, *options_.published};
  return std::nullopt;
}

std::optional<Hit> Scanner::match_hijri(std::size_t i) {
  const Lists& l = grammar().lists;
  // "العشر الأواخر (من رمضان)": a third of a Hijri month, the one named or the last one read.
  if (any(i, l.dekad) && is_word(i + 1)) {
    int third = 0;
    if (any(i + 1, l.dekad_first)) third = 1;
    if (any(i + 1, l.dekad_middle)) third = 2;
    if (any(i + 1, l.dekad_last)) third = 3;
    if (third == 0) return std::nullopt;
    std::size_t e = i + 2;
    int month = 0;
    int year = 0;
    std::size_t m0 = e;
    if (any(m0, min_word())) ++m0;
    if (any(m0, shahr())) ++m0;
    if (const std::size_t me = read_hijri_month(m0, month); me != 0) {
      e = me;
      int y = 0;
      bool hijri = false;
      if (const std::size_t ye = read_year(e, y, hijri, true); ye != 0 && hijri) {
        year = y, e = ye;
      } else if (month == hijri_month_ref_) {
        year = hijri_month_year_;
      } else if (options_.published) {
        year = hijri_year_near(month, 1, *options_.published, *options_.published, std::nullopt,
                               options_.prefer_future);
      }
    } else if (hijri_month_ref_ != 0) {
      // The month last named; in the year it was written with, else (a month read without
      // one, as "رمضان العام الماضي") in the one nearest the publication.
      month = hijri_month_ref_;
      year = hijri_month_year_;
      if (!hijri_month_written_ && options_.published) {
        year = hijri_year_near(month, 1, *options_.published, *options_.published, std::nullopt,
                               false);
      }
    }
    if (month == 0 || year == 0) return std::nullopt;
    const auto start = hijri_to_gregorian(year, month, 1);
    const int len = hijri_month_length(year, month);
    if (!start || len == 0) return std::nullopt;
    const int first = third == 1 ? 1 : third == 2 ? 11 : 21;
    const int last = third == 1 ? 10 : third == 2 ? 20 : len;
    Hit h = relative_hit(
        i, e, span_period(util::add_days(*start, first - 1), util::add_days(*start, last - 1)));
    h.inferred = true;
    h.m.note = "days " + std::to_string(first) + "-" + std::to_string(last) + " of Hijri " +
               std::to_string(year) + "-" + pad(month, 2) + " (Umm al-Qura)";
    return h;
  }
  std::size_t j = i;
  int day = 0;
  const std::size_t k = read_day(j, day);
  if (k != 0) {
    j = k;
  } else if (any(j, l.ghurra)) {
    day = 1;  // "غرة رمضان", "مستهل شوال": the first day of the month
    ++j;
    // "غرة العام (الهجري)": 1 Muharram of the Hijri year the passage is in.
    if (any(j, year_words()) && !is_num(j + 1)) {
      std::size_t e = j + 1;
      if (exact(e, l.hijri_adjective)) ++e;
      int hy = hijri_year_ref_;
      if (hy == 0 && options_.published) hy = hijri_year_of(*options_.published);
      const auto g = hy != 0 ? hijri_to_gregorian(hy, 1, 1) : std::nullopt;
      if (!g) return std::nullopt;
      Hit h = relative_hit(i, e, day_period(*g));
      h.inferred = true;
      h.m.note = "Hijri " + std::to_string(hy) + "-01-01 (Umm al-Qura)";
      return h;
    }
  } else {
    day = 0;
  }
  if (any(j, min_word()) && day != 0) ++j;
  // "شهر محرم", "العاشر من شهر محرم".
  const bool named_shahr = any(j, shahr());
  if (named_shahr) ++j;
  int month = 0;
  const std::size_t e = read_hijri_month(j, month);
  if (e == 0) return std::nullopt;
  int y = 0;
  bool hijri = false;
  const std::size_t ye = read_year(e, y, hijri, true);
  if (ye == 0) {
    // No year: "التاسع من ذي الحجة", "غرة رمضان", "شهر محرم", "في رمضان" are the month of
    // the Hijri year nearest the day the passage is at (pin_day). A bare month needs a word
    // of the calendar before it or a date that pins it: "رمضان" is also a name.
    bool pinned = false;
    std::optional<int> in_year;
    const auto near = pin_day(e, pinned, in_year);
    const bool cued = i > 0 && (exact(i - 1, year_preps()) || any(i - 1, l.hijri_cues));
    // A date written in full after it ("رمضان ... السبت 1 مارس 2025") makes it the month;
    // "محمد رمضان أمس" stays a name.
    if (day == 0 && !named_shahr && !cued && !(pinned && pinned_written_)) return std::nullopt;
    if (!near) return unresolved_hit(i, e, "");
    const int best_year = hijri_year_near(month, day, near->first, near->second, in_year,
                                          options_.prefer_future && !pinned);
    const auto best =
        best_year != 0 ? hijri_to_gregorian(best_year, month, day == 0 ? 1 : day) : std::nullopt;
    if (!best) return std::nullopt;
    Hit h = day != 0
                ? relative_hit(i, e, day_period(*best))
                : relative_hit(
                      i, e,
                      span_period(*best,
                                  util::add_days(*best, hijri_month_length(best_year, month) - 1)));
    h.inferred = true;
    h.hijri_year = best_year;
    h.hijri_month = month;
    h.m.note = "Hijri " + std::to_string(best_year) + "-" + pad(month, 2) +
               (day != 0 ? "-" + pad(day, 2) : std::string()) +
               " (Umm al-Qura), the year nearest " +
               (pinned ? "the date written with it" : "the passage's date");
    return h;
  }
  if (!hijri && y > 1600) {
    // "رمضان 2019": the Hijri month that falls in that Gregorian year.
    for (int h = (y - 622) * 33 / 32 - 1; h <= (y - 622) * 33 / 32 + 2; ++h) {
      const auto start = hijri_to_gregorian(h, month, 1);
      if (start && start->year == y && day == 0) {
        const int len = hijri_month_length(h, month);
        return explicit_hit(i, ye, span_period(*start, util::add_days(*start, len - 1)));
      }
    }
    return std::nullopt;
  }
  if (day != 0) {
    const auto g = hijri_to_gregorian(y, month, day);
    if (!g) {
      Hit h;
      h.tb = i;
      h.te = ye;
      h.m.kind = MentionKind::kDate;
      h.m.unresolved = true;
      h.m.note = "impossible Hijri date";
      return h;
    }
    Hit h = explicit_hit(i, ye, day_period(*g));
    h.hijri_year = y;
    h.hijri_month = month;
    h.m.note =
        "Hijri " + std::to_string(y) + "-" + pad(month, 2) + "-" + pad(day, 2) + " (Umm al-Qura)";
    return h;
  }
  const auto start = hijri_to_gregorian(y, month, 1);
  if (!start) return std::nullopt;
  const int len = hijri_month_length(y, month);
  Hit h = explicit_hit(i, ye, span_period(*start, util::add_days(*start, len - 1)));
  h.hijri_year = y;
  h.hijri_month = month;
  h.m.note = "Hijri month " + std::to_string(y) + "-" + pad(month, 2) + " (Umm al-Qura)";
  return h;
}

}  // namespace fc::extract::dategrammar
