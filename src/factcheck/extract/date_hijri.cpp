#include "factcheck/extract/date_hijri.hpp"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <memory>

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
