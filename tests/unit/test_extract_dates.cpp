#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "factcheck/extract/date_hijri.hpp"
#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/extract/dates.hpp"
#include "factcheck/extract/key_table.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace {

using fc::Mention;
using fc::MentionKind;
using fc::util::CivilDate;

std::vector<Mention> dates_of(const std::string& text, std::optional<CivilDate> published,
                              bool prefer_future = false) {
  const auto normalized = fc::normalize::normalize_text(text);
  fc::extract::DateOptions options;
  options.published = published;
  options.prefer_future = prefer_future;
  return fc::extract::extract_dates(normalized, options);
}

/// The one date or duration mention whose text is `text`; fails the test otherwise.
Mention find(const std::vector<Mention>& ms, const std::string& text) {
  for (const auto& m : ms) {
    if (m.text == text) return m;
  }
  std::string all;
  for (const auto& m : ms) all += "[" + m.text + "] ";
  FAIL("no mention \"" << text << "\" among " << all);
  return {};
}

std::optional<CivilDate> day(const char* iso) { return fc::util::parse_iso(iso); }

}  // namespace

TEST_CASE("reads absolute dates in words and digits", "[extract][dates][ar][en]") {
  auto [sentence, text, value] = GENERATE(table<std::string, std::string, std::string>({
      {"وقع الحادث في 23 أغسطس 2020 شمال بغداد", "23 أغسطس 2020", "2020-08-23"},
      {"وفي 26 يوليو/تموز 2021، توصلت بغداد", "26 يوليو/تموز 2021", "2021-07-26"},
      {"وفي 5 آب/ أغسطس 2019 اجتمعوا", "5 آب/ أغسطس 2019", "2019-08-05"},
      {"وصلوا في 9 يوليو (تموز) 2018 إلى", "9 يوليو (تموز) 2018", "2018-07-09"},
      {"وفي العشرين من مارس 2003 شن الجيش", "العشرين من مارس 2003", "2003-03-20"},
      {"في الحادي والعشرين من أيار 1990", "الحادي والعشرين من أيار 1990", "1990-05-21"},
      // A dateline's clock time is part of the date's span.
      {"عرب وعالم27-7-2021 | 16:56", "27-7-2021 | 16:56", "2021-07-27"},
      {"نشر بتاريخ 23/8/2020 مساء", "23/8/2020", "2020-08-23"},
      {"التقرير 2020-08-23 صدر", "2020-08-23", "2020-08-23"},
      {"التقرير ٢٣/٨/٢٠٢٠ صدر", "٢٣/٨/٢٠٢٠", "2020-08-23"},
      {"posted on August 10, 2023 by staff", "August 10, 2023", "2023-08-10"},
      {"on 10 August 2023 the talks", "10 August 2023", "2023-08-10"},
      {"posted onAugust 10, 2023", "August 10, 2023", "2023-08-10"},
      {"في 2 كانون الثاني 2020 بدأ", "2 كانون الثاني 2020", "2020-01-02"},
      {"في 15 تشرين الأول 2019 بدأ", "15 تشرين الأول 2019", "2019-10-15"},
      {"يوم 3 جويلية 2021 بالجزائر", "3 جويلية 2021", "2021-07-03"},
      {"في 12 فيفري 2022 بتونس", "12 فيفري 2022", "2022-02-12"},
      {"ولد في 29 فبراير 2024 صباحا", "29 فبراير 2024", "2024-02-29"},
  }));
  CAPTURE(sentence);
  const auto ms = dates_of(sentence, std::nullopt);
  const Mention m = find(ms, text);
  CHECK(m.kind == MentionKind::kDate);
  CHECK(m.date_value == value);
  CHECK(m.earliest == value);
  CHECK(m.latest == value);
  CHECK_FALSE(m.relative);
}

TEST_CASE("reads years months and periods at their own granularity", "[extract][dates][ar]") {
  auto [sentence, text, value, earliest, latest,
        mod] = GENERATE(table<std::string, std::string, std::string, std::string, std::string,
                              std::string>({
      {"أسفر الغزو عام 2003 عن مقتل", "عام 2003", "2003", "2003-01-01", "2003-12-31", ""},
      {"في سنة 1979 قامت الثورة", "سنة 1979", "1979", "1979-01-01", "1979-12-31", ""},
      {"الذي استولى في 2014 على مساحات", "2014", "2014", "2014-01-01", "2014-12-31", ""},
      {"قبل مرحلة سقوط الموصل (عام 2014) من جهة", "عام 2014", "2014", "2014-01-01", "2014-12-31",
       ""},
      {"خلال يوليو/تموز 2021 وقعت", "يوليو/تموز 2021", "2021-07", "2021-07-01", "2021-07-31", ""},
      {"في فبراير/ شباط 2024 وقعت", "فبراير/ شباط 2024", "2024-02", "2024-02-01", "2024-02-29", ""},
      {"وأواخر عام 2021 أعلن العراق", "أواخر عام 2021", "2021", "2021-09-01", "2021-12-31", "late"},
      // The end of a year is its December; its opening part (مطلع) its first third.
      {"بعد الهزيمة نهاية عام 2017 ظلت", "نهاية عام 2017", "2017", "2017-12-01", "2017-12-31",
       "end"},
      {"في مطلع 2020 بدأ", "مطلع 2020", "2020", "2020-01-01", "2020-04-30", "early"},
      {"وفي بداية عام 2019 عاد", "بداية عام 2019", "2019", "2019-01-01", "2019-01-31", "start"},
      {"حتى أواخر يونيو 2022 بقي", "أواخر يونيو 2022", "2022-06", "2022-06-21", "2022-06-30",
       "late"},
      {"في نهاية نوفمبر 2021 أعلن", "نهاية نوفمبر 2021", "2021-11", "2021-11-21", "2021-11-30",
       "end"},
      {"ثم في مطلع أغسطس 2018 صدر", "مطلع أغسطس 2018", "2018-08", "2018-08-01", "2018-08-10",
       "early"},
      {"في أوائل مارس 2022 بدأ", "أوائل مارس 2022", "2022-03", "2022-03-01", "2022-03-10", "early"},
      // Without a dateline that names the country, a fiscal year's months are not known.
      {"الميزانية للسنة المالية 2023/2024 أقرت", "للسنة المالية 2023/2024", "2023/2024",
       "2023-01-01", "2024-12-31", ""},
      {"موسم 2022/2023 انتهى", "2022/2023", "2022/2023", "2022-01-01", "2023-12-31", ""},
      {"نتائج الربع الأول من عام 2023 جيدة", "الربع الأول من عام 2023", "2023-Q1", "2023-01-01",
       "2023-03-31", ""},
      {"between June and August 2022 prices rose", "between June and August 2022",
       "2022-06/2022-08", "2022-06-01", "2022-08-31", ""},
  }));
  CAPTURE(sentence);
  const Mention m = find(dates_of(sentence, std::nullopt), text);
  CHECK(m.date_value == value);
  CHECK(m.earliest == earliest);
  CHECK(m.latest == latest);
  CHECK(m.mod == mod);
}

TEST_CASE("resolves deictic and relative dates against the publication date",
          "[extract][dates][ar][en]") {
  auto [sentence, published, text, value, earliest,
        latest] = GENERATE(table<std::string, std::string, std::string, std::string, std::string,
                                 std::string>({
      {"وصل الوزير أمس إلى بغداد", "2023-03-08", "أمس", "2023-03-07", "2023-03-07", "2023-03-07"},
      // A year boundary: yesterday of 1 January.
      {"وصل الوزير أمس إلى بغداد", "2024-01-01", "أمس", "2023-12-31", "2023-12-31", "2023-12-31"},
      {"وقع الانفجار أول أمس", "2024-03-01", "أول أمس", "2024-02-28", "2024-02-28", "2024-02-28"},
      {"يصل الوفد غدا إلى القاهرة", "2024-02-28", "غدا", "2024-02-29", "2024-02-29", "2024-02-29"},
      {"حتى العام الماضي كان يترأس", "2023-03-07", "العام الماضي", "2022", "2022-01-01",
       "2022-12-31"},
      {"صرح الأسبوع الماضي بأن", "2021-07-22", "الأسبوع الماضي", "2021-W28", "2021-07-12",
       "2021-07-18"},
      // Weeks across years: the week before 5 January 2021 is 2020-W53.
      {"صرح الأسبوع الماضي بأن", "2021-01-05", "الأسبوع الماضي", "2020-W53", "2020-12-28",
       "2021-01-03"},
      {"كشفت في يونيو الماضي عن خطة", "2021-07-22", "يونيو الماضي", "2021-06", "2021-06-01",
       "2021-06-30"},
      {"كشفت في ديسمبر الماضي عن خطة", "2022-01-10", "ديسمبر الماضي", "2021-12", "2021-12-01",
       "2021-12-31"},
      {"ستسحب قواتها بحلول نهاية هذا العام", "2021-07-27", "نهاية هذا العام", "2021", "2021-12-01",
       "2021-12-31"},
      {"ستسحب قواتها من العراق نهاية العام، وتعيد", "2021-07-22", "نهاية العام", "2021",
       "2021-12-01", "2021-12-31"},
      {"قال منذ ثلاث سنوات إن", "2023-03-07", "منذ ثلاث سنوات", "2020", "2020-01-01", "2020-12-31"},
      {"غادر قبل يومين إلى", "2023-03-01", "قبل يومين", "2023-02-27", "2023-02-27", "2023-02-27"},
      {"هذا العام شهد", "2023-03-07", "هذا العام", "2023", "2023-01-01", "2023-12-31"},
      {"the minister arrived yesterday", "2023-03-08", "yesterday", "2023-03-07", "2023-03-07",
       "2023-03-07"},
      {"prices rose last year", "2023-03-08", "last year", "2022", "2022-01-01", "2022-12-31"},
      {"he left 3 years ago", "2023-03-08", "3 years ago", "2020", "2020-01-01", "2020-12-31"},
  }));
  CAPTURE(sentence, published);
  const Mention m = find(dates_of(sentence, day(published.c_str())), text);
  CHECK(m.kind == MentionKind::kDate);
  CHECK(m.date_value == value);
  CHECK(m.earliest == earliest);
  CHECK(m.latest == latest);
  CHECK(m.relative);
  CHECK_FALSE(m.unresolved);
}

TEST_CASE("resolves a bare weekday to the last one unless the clause looks ahead",
          "[extract][dates][ar][en]") {
  auto [sentence, published, text, value] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          // 2023-03-07 is a Tuesday: the same day counts.
          {"قام الوزير بزيارة للعراق يوم الثلاثاء في زيارة", "2023-03-07", "يوم الثلاثاء",
           "2023-03-07"},
          {"وكان الوزير صرح الأربعاء، بأنه", "2021-07-22", "الأربعاء", "2021-07-21"},
          {"والاثنين، بدأ وزير الدفاع زيارة", "2023-08-10", "الاثنين", "2023-08-07"},
          {"إن المحادثات التي تنطلق الجمعة، ستركز على", "2021-07-22", "الجمعة", "2021-07-23"},
          {"سيعقد الاجتماع الأحد في القاهرة", "2021-07-22", "الأحد", "2021-07-25"},
          {"ومن المقرر أن يصل الخميس", "2021-07-22", "الخميس", "2021-07-29"},
          {"the meeting will be held on Monday", "2024-01-03", "Monday", "2024-01-08"},
          {"he said on Monday that", "2024-01-03", "Monday", "2024-01-01"},
          // Across a year boundary.
          {"وصل السبت إلى بغداد", "2024-01-01", "السبت", "2023-12-30"},
          {"الثلاثاء الماضي", "2013-02-12", "الثلاثاء الماضي", "2013-02-05"},
      }));
  CAPTURE(sentence, published);
  const Mention m = find(dates_of(sentence, day(published.c_str())), text);
  CHECK(m.date_value == value);
  CHECK(m.relative);
}

TEST_CASE("prefer future sends a bare weekday forward", "[extract][dates][ar]") {
  const auto ms = dates_of("الاثنين", day("2013-02-12"), true);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date_value == "2013-02-18");
}

TEST_CASE("resolves a month and day without a year within the publication year",
          "[extract][dates][ar]") {
  auto [sentence, published, text, value] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          {"وقع أحدث هجوم في السابع من يوليو قاعدة", "2021-07-22", "السابع من يوليو", "2021-07-07"},
          {"يستقبل الرئيس الكاظمي في 26 يوليو في واشنطن", "2021-07-22", "26 يوليو", "2021-07-26"},
          // Late December in early January copy is last year's.
          {"وقع الهجوم في 28 ديسمبر الماضي", "2024-01-05", "28 ديسمبر", "2023-12-28"},
          {"في الفترة من 7 إلى 8 أغسطس/ آب الجاري أكد", "2023-08-10", "من 7 إلى 8 أغسطس/ آب الجاري",
           "2023-08-07/2023-08-08"},
      }));
  CAPTURE(sentence);
  const Mention m = find(dates_of(sentence, day(published.c_str())), text);
  CHECK(m.date_value == value);
  CHECK(m.relative);
}

TEST_CASE("reads durations and hedged durations", "[extract][dates][ar][en]") {
  auto [sentence, text, value, approximate] =
      GENERATE(table<std::string, std::string, std::string, bool>({
          {"بعد نحو 20 عاما من الغزو", "نحو 20 عاما", "P20Y", true},
          {"استمرت الحرب ثلاث سنوات كاملة", "ثلاث سنوات", "P3Y", false},
          {"استمرت المفاوضات عامين", "عامين", "P2Y", false},
          {"استمر الحصار خمسة أشهر", "خمسة أشهر", "P5M", false},
          {"the talks lasted 3 years", "3 years", "P3Y", false},
      }));
  CAPTURE(sentence);
  const Mention m = find(dates_of(sentence, day("2023-03-07")), text);
  CHECK(m.kind == MentionKind::kDuration);
  CHECK(m.date_value == value);
  CHECK(m.approximate == approximate);
}

TEST_CASE("resolves discourse-relative expressions against the passage's last explicit date",
          "[extract][dates][ar]") {
  SECTION("بعد ثلاث سنوات after عام 2011 lands in 2014") {
    const auto ms =
        dates_of("انسحبت القوات في عام 2011. ثم عادوا بعد ثلاث سنوات عندما اجتاح المقاتلون البلاد.",
                 day("2021-07-27"));
    const Mention m = find(ms, "ثلاث سنوات");
    CHECK(m.kind == MentionKind::kDuration);
    CHECK(m.date_value == "P3Y");
    CHECK(m.earliest == "2014-01-01");
    CHECK(m.latest == "2014-12-31");
    CHECK(m.relative);
  }
  SECTION("نهاية العام ذاته after a 2021 date is the end of 2021") {
    const auto ms = dates_of("وفي 26 يوليو/تموز 2021، اتفقا على الانسحاب بحلول نهاية العام ذاته.",
                             day("2023-08-10"));
    const Mention m = find(ms, "نهاية العام ذاته");
    CHECK(m.date_value == "2021");
    CHECK(m.mod == "end");
    CHECK(m.relative);
  }
  SECTION("العام نفسه without an earlier date is unresolved") {
    const auto ms = dates_of("وفي العام نفسه انسحبت القوات", day("2023-08-10"));
    const Mention m = find(ms, "العام نفسه");
    CHECK(m.unresolved);
  }
}

TEST_CASE("leaves relative dates unresolved without an anchor", "[extract][dates][ar]") {
  const auto ms = dates_of("وصل الوزير أمس ويغادر الثلاثاء", std::nullopt);
  REQUIRE(ms.size() == 2);
  for (const auto& m : ms) {
    CHECK(m.unresolved);
    CHECK(m.earliest.empty());
  }
}

TEST_CASE("reports impossible dates and mismatched weekdays", "[extract][dates][ar]") {
  SECTION("31 February is reported, not resolved") {
    const Mention m =
        find(dates_of("وقع ذلك في 31 فبراير 2023 حسب", std::nullopt), "31 فبراير 2023");
    CHECK(m.unresolved);
    CHECK(m.earliest.empty());
    CHECK(m.note.find("impossible") != std::string::npos);
  }
  SECTION("29 February of a common year") {
    const Mention m = find(dates_of("في 29-2-2023 وقع", std::nullopt), "29-2-2023");
    CHECK(m.unresolved);
    CHECK_FALSE(m.note.empty());
  }
  SECTION("a weekday that does not match the written date") {
    const Mention m =
        find(dates_of("الاثنين 12 يناير 2016 وصل", std::nullopt), "الاثنين 12 يناير 2016");
    CHECK(m.date_value == "2016-01-12");
    CHECK(m.note.find("Tuesday") != std::string::npos);
  }
  SECTION("a matching weekday adds no note") {
    const Mention m = find(dates_of("السبت 29 يونيو 2024", std::nullopt), "السبت 29 يونيو 2024");
    CHECK(m.date_value == "2024-06-29");
    CHECK(m.note.empty());
  }
}

TEST_CASE("converts Hijri dates with the Umm al-Qura calendar", "[extract][dates][hijri]") {
  SECTION("١ رمضان ١٤٤٥") {
    const Mention m = find(dates_of("بدأ الصيام في ١ رمضان ١٤٤٥ في", std::nullopt), "١ رمضان ١٤٤٥");
    CHECK(m.date_value == "2024-03-11");
  }
  SECTION("14 ذو الحجة 1444 هـ") {
    const Mention m =
        find(dates_of("يوم 14 ذو الحجة 1444 هـ عاد الحجاج", std::nullopt), "14 ذو الحجة 1444 هـ");
    CHECK(m.date_value == "2023-07-02");
  }
  SECTION("a Hijri day that does not exist") {
    CHECK_FALSE(fc::extract::hijri_to_gregorian(1445, 9, 31).has_value());
  }
}

TEST_CASE("does not read ordinals counts or shares as dates", "[extract][dates][ar]") {
  auto sentence =
      GENERATE(as<std::string>{}, "مع اقتراب الذكرى العشرين للغزو", "قتل 25 شخصا في 3 هجمات",
               "ارتفع بنسبة 22/4 في المئة", "في نهاية المطاف انسحبت", "عدد سكانها 2014 نسمة");
  CAPTURE(sentence);
  CHECK(dates_of(sentence, day("2023-03-07")).empty());
}

TEST_CASE("keeps spans in original bytes without the glued conjunction", "[extract][dates][ar]") {
  const std::string text = "وأواخر عام 2021 أعلن";
  const auto ms = dates_of(text, std::nullopt);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].text == "أواخر عام 2021");
  CHECK(text.substr(ms[0].span.start, ms[0].span.end - ms[0].span.start) == ms[0].text);
}

TEST_CASE("reads الأحد عشر as eleven and not as Sunday", "[extract][dates][ar]") {
  CHECK(dates_of("قتل الأحد عشر جنديا", day("2023-03-07")).empty());
  CHECK_FALSE(dates_of("وصل الأحد إلى بغداد", day("2023-03-07")).empty());
}

TEST_CASE("reads an ambiguous month word only beside a digit day or a year",
          "[extract][dates][ar]") {
  const Mention m = find(dates_of("وصل في 5 آب إلى دمشق", day("2023-09-01")), "5 آب");
  CHECK(m.date_value == "2023-08-05");
  CHECK(dates_of("هو أب لثلاثة أطفال", day("2023-09-01")).empty());
}

TEST_CASE("a discourse-relative span is resolved only as precisely as its anchor",
          "[extract][dates][ar]") {
  const auto ms =
      dates_of("غزت القوات العراق عام 2003 ثم انسحبت بعد ثلاثة أيام", day("2023-03-07"));
  const Mention m = find(ms, "ثلاثة أيام");
  CHECK(m.kind == MentionKind::kDuration);
  CHECK(m.date_value == "P3D");
  CHECK(m.earliest.empty());
  const auto ms2 = dates_of("وصل في 3 مارس 2020 وغادر بعد ثلاثة أيام", day("2023-03-07"));
  CHECK(find(ms2, "ثلاثة أيام").earliest == "2020-03-06");
}

TEST_CASE("capitalized English month names without a year are months", "[extract][dates][en]") {
  using Row = std::tuple<std::string, std::string, std::string>;
  auto [text, expr, value] = GENERATE(table<std::string, std::string, std::string>({
      Row{"The quake struck on March 5 and killed 2,300 people.", "March 5", "2023-03-05"},
      Row{"On May 10, officials said more than 5,000 had died.", "May 10", "2023-05-10"},
      Row{"In March, the toll rose again.", "March", "2023-03"},
      Row{"Talks resumed on Jan 3.", "Jan 3", "2023-01-03"},
  }));
  const auto ms = dates_of(text, day("2023-03-07"));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].text == expr);
  CHECK(ms[0].date_value == value);
}

TEST_CASE("lower-case may and march and a wish with May stay words", "[extract][dates][en]") {
  auto text = GENERATE(as<std::string>{}, "Prices may 10 times rise, and they march 5 miles.",
                       "May God help them.", "They may march again.");
  CHECK(dates_of(text, day("2023-03-07")).empty());
}

TEST_CASE("a year that names an event is a year and a count is not", "[extract][dates][ar][en]") {
  using Row = std::tuple<std::string, std::string, std::string>;
  auto [text, expr, value] = GENERATE(table<std::string, std::string, std::string>({
      Row{"وبلغت نسبة المشاركة 41 في المئة في انتخابات 2018.", "2018", "2018"},
      Row{"وخصصت موازنة 2024 مبالغ أكبر للصحة.", "2024", "2024"},
      Row{"وفي حرب 1967 احتلت إسرائيل الضفة الغربية.", "1967", "1967"},
      Row{"Turnout fell after the 2019 election.", "2019", "2019"},
      Row{"Fans travelled to the 2022 World Cup.", "2022", "2022"},
  }));
  CAPTURE(text);
  const Mention m = find(dates_of(text, day("2025-03-07")), expr);
  CHECK(m.kind == MentionKind::kDate);
  CHECK(m.date_value == value);
  CHECK(m.earliest == value + "-01-01");
}

TEST_CASE("counts beside event nouns stay counts", "[extract][dates][ar][en]") {
  auto text = GENERATE(as<std::string>{}, "Police counted 2000 protests this spring.",
                       "وشهدت البلاد 2000 احتجاج", "The 2000 elections observers left.");
  CAPTURE(text);
  const auto ms = dates_of(text, day("2025-03-07"));
  const bool any_2000_year = std::any_of(ms.begin(), ms.end(), [](const Mention& m) {
    return m.kind == MentionKind::kDate && m.text == "2000";
  });
  // "The 2000 elections" is the one ambiguous case: the year reading is taken after "the".
  if (text.rfind("The 2000", 0) == 0) {
    CHECK(any_2000_year);
  } else {
    CHECK_FALSE(any_2000_year);
  }
}

TEST_CASE("within a span is a forward period only when the clause looks ahead",
          "[extract][dates][ar][en]") {
  using Row = std::tuple<std::string, std::string, std::string, bool>;
  auto [text, expr, value, period] = GENERATE(table<std::string, std::string, std::string, bool>({
      Row{"ارتفع عدد الضحايا خلال يومين.", "يومين", "P2D", false},
      Row{"سيتم الانسحاب خلال أسبوعين.", "خلال أسبوعين", "2025-03-07/2025-03-20", true},
      Row{"وتعهد الرئيس بإنهاء المهمة خلال ثلاثة أشهر.", "خلال ثلاثة أشهر", "2025-03-07/2025-06-06",
          true},
      Row{"The minister pledged to finish within two weeks.", "within two weeks",
          "2025-03-07/2025-03-20", true},
  }));
  CAPTURE(text);
  const Mention m = find(dates_of(text, day("2025-03-07")), expr);
  CHECK((m.kind == MentionKind::kDate) == period);
  CHECK(m.date_value == value);
}

TEST_CASE("a month without a year takes the year of a written date earlier in its sentence",
          "[extract][dates][ar][en]") {
  using Row = std::tuple<std::string, std::string, std::string>;
  auto [text, expr, value] = GENERATE(table<std::string, std::string, std::string>({
      Row{"ووقعت الاشتباكات في 12 جانفي 2022 ثم تجددت في أفريل.", "أفريل", "2022-04"},
      Row{"بدأت الأزمة في 12 ديسمبر 2021 واشتدت في فبراير.", "فبراير", "2022-02"},
      Row{"The talks began on 3 May 2019 and failed in July.", "July", "2019-07"},
      // A clause that looks ahead, and another sentence: the publication year again.
      // (the month itself follows the publication-year rule, as the suites' past rows do)
      Row{"وقال الرئيس الذي تولى منصبه في 3 يناير 2019، إنه سيزور باريس في مارس.", "مارس",
          "2024-03"},
      Row{"وقعت الاشتباكات في 12 جانفي 2022. وتجددت في أفريل.", "أفريل", "2024-04"},
  }));
  CAPTURE(text);
  const Mention m = find(dates_of(text, day("2024-05-20")), expr);
  CHECK(m.date_value == value);
}

TEST_CASE("date tokens keep the clitic stems of words with teh marbuta and with lam lam",
          "[extract][dates][ar]") {
  using Split = std::pair<std::string, std::size_t>;  // key, bytes stripped
  // The keys fold ة to ه and لل to ال, as datelex::key and the splits always did.
  const auto [word, expected] = GENERATE(table<std::string, std::vector<Split>>({
      {"السنة", {{"السنه", 0}}},
      {"والسنة", {{"والسنه", 0}, {"السنه", 2}}},
      {"بالسنة", {{"بالسنه", 0}, {"السنه", 2}}},
      {"للعام", {{"للعام", 0}, {"العام", 2}}},
      {"وللجمعة", {{"وللجمعه", 0}, {"للجمعه", 2}, {"الجمعه", 4}}},
      {"فللسنة", {{"فللسنه", 0}, {"للسنه", 2}, {"السنه", 4}}},
      {"وبرمضان", {{"وبرمضان", 0}, {"برمضان", 2}, {"رمضان", 4}}},
      {"لرمضان", {{"لرمضان", 0}, {"رمضان", 2}}},
      {"كالعادة", {{"كالعاده", 0}, {"العاده", 2}}},
      {"ولة", {{"وله", 0}, {"له", 2}}},
      {"March", {{"March", 0}}},
  }));
  // The word alone and among others: its keys do not depend on where it stands.
  for (const std::string& text : {word, "قال " + word + " ة للعام ٢٠٢٠"}) {
    const auto tokens = fc::extract::tokenize_for_dates(text);
    std::size_t i = 0;
    while (i < tokens.tokens.size() && tokens.tokens[i].text != word) ++i;
    REQUIRE(i < tokens.tokens.size());
    std::vector<Split> got;
    for (const auto& s : tokens.stems_of(i)) {
      got.emplace_back(std::string(s.key), s.stripped);
      CHECK(s.hash == fc::extract::datelex::key_hash(s.key));
    }
    CHECK(got == expected);
    CHECK(got.front().first == fc::extract::datelex::key(word));
  }
}

TEST_CASE("date tokens mark the words in some list and the words a date can begin with",
          "[extract][dates][ar]") {
  using fc::extract::DateToken;
  namespace datelex = fc::extract::datelex;
  // وفي: a start word after a clitic split; بيروت and قال: in no list; المقرر: in a list
  // (future cues) though no date begins with it; يوليو and الجمعة: lexicon words.
  const auto tokens = fc::extract::tokenize_for_dates("قال وفي بيروت المقرر يوليو الجمعة");
  REQUIRE(tokens.tokens.size() == 6);
  const auto flags = [&](std::size_t i) {
    const DateToken& t = tokens.tokens[i];
    return std::pair<bool, bool>(t.listed, t.starts);
  };
  CHECK(flags(0) == std::pair<bool, bool>(false, false));
  CHECK(flags(1) == std::pair<bool, bool>(true, true));
  CHECK(flags(2) == std::pair<bool, bool>(false, false));
  CHECK(flags(3) == std::pair<bool, bool>(true, false));
  CHECK(flags(4) == std::pair<bool, bool>(true, true));
  CHECK(flags(5) == std::pair<bool, bool>(true, true));
  // Every stem of a word in no list has entry 0, and the lexicon's Stem overloads answer
  // "none" for it as they do for its key.
  bool ambiguous = true;
  for (const auto& s : tokens.stems_of(2)) {
    CHECK(s.entry == 0);
    CHECK(datelex::month_word(s, ambiguous) == 0);
    CHECK_FALSE(ambiguous);
  }
  // A stem the tokenizer did not look up (made by datelex::stems) is looked up.
  const std::string key = datelex::key("ويوليو");
  std::string rewrite(key.size(), '\0');
  const auto splits = datelex::stems(key, rewrite.data());
  REQUIRE(splits.size() == 2);
  CHECK(splits[1].entry == datelex::Stem::kNotLooked);
  CHECK(datelex::month_word(splits[1], ambiguous) == 7);
  bool bare = false;
  CHECK(datelex::weekday_word(tokens.stems_of(5)[0], bare) == 5);
  CHECK_FALSE(bare);
}

TEST_CASE("a number token keeps its digit count however long the run", "[extract][dates]") {
  // 65,540 digits: a count kept modulo 65,536 would read as four, a year's length.
  const std::string run(65540, '7');
  const auto tokens = fc::extract::tokenize_for_dates("في عام " + run);
  REQUIRE_FALSE(tokens.tokens.empty());
  const auto& last = tokens.tokens.back();
  CHECK(last.kind == fc::extract::DateToken::Kind::kNumber);
  CHECK(last.digits > 4);
  CHECK(last.value == -1);
  CHECK(last.end - last.begin == run.size());
  CHECK(dates_of("في عام " + run, CivilDate{2023, 3, 7}).empty());
  // Nine digits still carry their value.
  const auto nine = fc::extract::tokenize_for_dates("999999999");
  REQUIRE(nine.tokens.size() == 1);
  CHECK(nine.tokens[0].value == 999999999);
}

TEST_CASE("no date is read inside a URL or an e-mail address", "[dates][tokens][regression]") {
  // A link's path holds its own dates ("/2021/07/26/"): they are not the article's, and
  // were read as one before the tokenizer made URLs junk up to the next space.
  const CivilDate pub{2021, 7, 27};
  const auto in_url =
      dates_of("نشر الخبر على https://example.com/news/2021/07/26/story يوم 25 يوليو 2021", pub);
  REQUIRE(in_url.size() == 1);
  CHECK(in_url[0].text == "25 يوليو 2021");
  CHECK(dates_of("see www.site.org/2020-01-05 and HTTP://X.ORG/1999/12/31", pub).empty());
  // An e-mail address is junk from the start of the word before its '@', digits and all.
  const auto mail = dates_of("write to desk.2021-07-26@example.com today", pub);
  REQUIRE(mail.size() == 1);
  CHECK(mail[0].text == "today");
  CHECK(dates_of("ali2021@gmail.com", pub).empty());
  // ... but not across a line break or a space before it.
  const auto broken = dates_of("26/7/2021\nali@x.org في عام 2020 @home", pub);
  REQUIRE(broken.size() == 2);
  CHECK(broken[0].date_value == "2021-07-26");
  CHECK(broken[1].date_value == "2020");
  // The junk ends at the space: what follows is read as usual.
  const auto after = dates_of("source: https://example.com/a 26/7/2021", pub);
  REQUIRE(after.size() == 1);
  CHECK(after[0].date_value == "2021-07-26");
  // A Latin word followed by ':' alone is no URL.
  CHECK(dates_of("updated: 26/7/2021", pub).size() == 1);
}
