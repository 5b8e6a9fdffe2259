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

std::optional<Hit> Scanner::match_hijri(std::size_t i) {
  std::size_t j = i;
  int day = 0;
  const std::size_t k = read_day(j, day);
  if (k != 0) {
    j = k;
  } else if (any(j, grammar().lists.ghurra)) {
    day = 1;  // "غرة رمضان", "مستهل شوال": the first day of the month
    ++j;
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
    // the Hijri year nearest the publication date. A bare month needs a preposition:
    // "رمضان" is also a name.
    if (day == 0 && !named_shahr && !(i > 0 && exact(i - 1, year_preps()))) return std::nullopt;
    if (!options_.published) return unresolved_hit(i, e, "");
    const CivilDate pub = *options_.published;
    const int guess = (pub.year - 622) * 33 / 32;
    std::optional<CivilDate> best;
    int best_year = 0;
    std::int64_t best_gap = 0;
    for (int h = guess - 1; h <= guess + 2; ++h) {
      const auto g = hijri_to_gregorian(h, month, day == 0 ? 1 : day);
      if (!g) continue;
      const std::int64_t d = util::to_days(*g) - util::to_days(pub);
      const std::int64_t gap = d < 0 ? -d : d;
      if (!best || gap < best_gap) best = g, best_year = h, best_gap = gap;
    }
    if (!best) return std::nullopt;
    Hit h = day != 0
                ? relative_hit(i, e, day_period(*best))
                : relative_hit(
                      i, e,
                      span_period(*best,
                                  util::add_days(*best, hijri_month_length(best_year, month) - 1)));
    h.m.note = "Hijri " + std::to_string(best_year) + "-" + pad(month, 2) +
               (day != 0 ? "-" + pad(day, 2) : std::string()) +
               " (Umm al-Qura), the year nearest the publication date";
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
    h.m.note =
        "Hijri " + std::to_string(y) + "-" + pad(month, 2) + "-" + pad(day, 2) + " (Umm al-Qura)";
    return h;
  }
  const auto start = hijri_to_gregorian(y, month, 1);
  if (!start) return std::nullopt;
  const int len = hijri_month_length(y, month);
  Hit h = explicit_hit(i, ye, span_period(*start, util::add_days(*start, len - 1)));
  h.m.note = "Hijri month " + std::to_string(y) + "-" + pad(month, 2) + " (Umm al-Qura)";
  return h;
}

}  // namespace fc::extract::dategrammar
