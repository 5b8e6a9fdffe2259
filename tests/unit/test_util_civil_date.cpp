#include <catch2/catch.hpp>

#include "factcheck/util/civil_date.hpp"

using namespace fc::util;  // NOLINT: test brevity

TEST_CASE("civil dates round-trip through day numbers", "[util][date]") {
  for (std::int64_t d = -800000; d < 800000; d += 997) {
    CHECK(to_days(from_days(d)) == d);
  }
  CHECK(to_days(CivilDate{1970, 1, 1}) == 0);
  CHECK(to_iso(add_days(CivilDate{2024, 2, 28}, 1)) == "2024-02-29");
  CHECK(to_iso(add_days(CivilDate{2023, 1, 1}, -1)) == "2022-12-31");
}

TEST_CASE("weekdays, leap years and impossible dates", "[util][date]") {
  CHECK(weekday(CivilDate{2023, 3, 7}) == 2);  // a Tuesday
  CHECK(weekday(CivilDate{2013, 2, 12}) == 2);
  CHECK(is_leap_year(2000));
  CHECK_FALSE(is_leap_year(1900));
  CHECK_FALSE(is_valid_date(2023, 2, 31));
  CHECK(is_valid_date(2024, 2, 29));
  CHECK_FALSE(parse_iso("2023-02-29").has_value());
  CHECK(parse_iso("2023-03-07") == CivilDate{2023, 3, 7});
  CHECK_FALSE(parse_iso("2023-3-7").has_value());
}

TEST_CASE("ISO weeks across year boundaries", "[util][date]") {
  int y = 0;
  int w = 0;
  iso_week(CivilDate{2021, 7, 15}, y, w);
  CHECK((y == 2021 && w == 28));
  iso_week(CivilDate{2021, 1, 1}, y, w);  // a Friday: week 53 of 2020
  CHECK((y == 2020 && w == 53));
  iso_week(CivilDate{2024, 12, 30}, y, w);  // a Monday: week 1 of 2025
  CHECK((y == 2025 && w == 1));
}

TEST_CASE("adding months clamps the day", "[util][date]") {
  CHECK(to_iso(add_months(CivilDate{2021, 1, 31}, 1)) == "2021-02-28");
  CHECK(to_iso(add_months(CivilDate{2021, 12, 15}, 1)) == "2022-01-15");
  CHECK(to_iso(add_months(CivilDate{2021, 1, 15}, -13)) == "2019-12-15");
}

TEST_CASE("ISO days print as printf prints them inside and outside four-digit years",
          "[util][dates]") {
  CHECK(to_iso(CivilDate{2024, 3, 7}) == "2024-03-07");
  CHECK(to_iso(CivilDate{622, 7, 16}) == "0622-07-16");
  CHECK(to_iso(CivilDate{0, 1, 1}) == "0000-01-01");
  CHECK(to_iso(CivilDate{9999, 12, 31}) == "9999-12-31");
  CHECK(to_iso(CivilDate{10000, 1, 1}) == "10000-01-01");
  CHECK(to_iso(CivilDate{-44, 3, 15}) == "-044-03-15");
}
