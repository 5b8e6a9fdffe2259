// Hijri (Umm al-Qura) to Gregorian conversion with ICU's islamic-umalqura calendar, for
// dates such as "١ رمضان ١٤٤٥" and "14 ذو الحجة 1444 هـ" (issue 4).
#pragma once

#include <optional>

#include "factcheck/util/civil_date.hpp"

namespace fc::extract {

/// The Gregorian day of Hijri year/month (1-12)/day, or nullopt when ICU rejects it or
/// the day does not exist in that month.
[[nodiscard]] std::optional<util::CivilDate> hijri_to_gregorian(int year, int month, int day);

/// The Hijri (Umm al-Qura) year of a Gregorian day, or 0 when ICU cannot say.
[[nodiscard]] int hijri_year_of(const util::CivilDate& day);

/// Days in Hijri year/month (29 or 30), or 0 when ICU cannot say.
[[nodiscard]] int hijri_month_length(int year, int month);

}  // namespace fc::extract
