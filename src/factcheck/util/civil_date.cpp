#include "factcheck/util/civil_date.hpp"

#include <cstdio>

namespace fc::util {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

std::int64_t to_days(const CivilDate& date) {
  const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (date.month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const auto d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const auto m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const auto y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return CivilDate{y, m, d};
}

int weekday(const CivilDate& date) {
  const std::int64_t z = to_days(date);
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

CivilDate add_days(const CivilDate& date, std::int64_t days) {
  return from_days(to_days(date) + days);
}

CivilDate add_months(const CivilDate& date, int months) {
  int total = date.year * 12 + (date.month - 1) + months;
  CivilDate out;
  out.year = total / 12;
  out.month = total % 12 + 1;
  const int last = days_in_month(out.year, out.month);
  out.day = date.day > last ? last : date.day;
  return out;
}

std::string to_iso(const CivilDate& date) {
  if (date.year >= 0 && date.year <= 9999 && date.month >= 0 && date.month <= 99 && date.day >= 0 &&
      date.day <= 99) {
    // What the snprintf below prints, digit by digit: reports print a day per claim.
    std::string out = "0000-00-00";
    int y = date.year;
    for (int i = 3; i >= 0; --i, y /= 10)
      out[static_cast<std::size_t>(i)] = static_cast<char>('0' + y % 10);
    out[5] = static_cast<char>('0' + date.month / 10);
    out[6] = static_cast<char>('0' + date.month % 10);
    out[8] = static_cast<char>('0' + date.day / 10);
    out[9] = static_cast<char>('0' + date.day % 10);
    return out;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

std::optional<CivilDate> parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto num = [&](std::size_t pos, std::size_t len, int& out) {
    out = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  CivilDate d;
  if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day)) return std::nullopt;
  if (!is_valid_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

void iso_week(const CivilDate& date, int& iso_year, int& week) {
  // ISO weekday 1 = Monday ... 7 = Sunday; the week's Thursday decides its year.
  const int wd = (weekday(date) + 6) % 7 + 1;
  const CivilDate thursday = add_days(date, 4 - wd);
  iso_year = thursday.year;
  const std::int64_t jan1 = to_days(CivilDate{thursday.year, 1, 1});
  week = static_cast<int>((to_days(thursday) - jan1) / 7 + 1);
}

}  // namespace fc::util
