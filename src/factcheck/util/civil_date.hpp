// Proleptic Gregorian calendar days: validation, arithmetic and ISO 8601 text.
// Pure arithmetic (Howard Hinnant's days_from_civil), no clock and no time zone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fc::util {

struct CivilDate {
  int year = 1970;
  int month = 1;  ///< 1-12
  int day = 1;    ///< 1-31

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

[[nodiscard]] bool is_leap_year(int year);
/// Days in `month` (1-12) of `year`.
[[nodiscard]] int days_in_month(int year, int month);
/// True when year/month/day names a real day (31 February does not).
[[nodiscard]] bool is_valid_date(int year, int month, int day);
/// Days since 1970-01-01 (negative before).
[[nodiscard]] std::int64_t to_days(const CivilDate& date);
[[nodiscard]] CivilDate from_days(std::int64_t days);
/// 0 = Sunday ... 6 = Saturday.
[[nodiscard]] int weekday(const CivilDate& date);
[[nodiscard]] CivilDate add_days(const CivilDate& date, std::int64_t days);
/// Adds months, clamping the day to the target month's length.
[[nodiscard]] CivilDate add_months(const CivilDate& date, int months);
/// "YYYY-MM-DD".
[[nodiscard]] std::string to_iso(const CivilDate& date);
/// Parses exactly "YYYY-MM-DD"; nullopt when malformed or not a real day.
[[nodiscard]] std::optional<CivilDate> parse_iso(std::string_view text);
/// ISO 8601 week-numbering year and week of `date`.
void iso_week(const CivilDate& date, int& iso_year, int& week);

}  // namespace fc::util
