// Dates as news writes them (issue 18): thirds of a month, anaphora ("الشهر ذاته", "اليوم
// التالي", "that night"), quarters of every naming, fiscal years of the dateline's country,
// Hijri months and holidays read near the passage's day, years standing alone, ranges of
// years, decades, English months by their verb, durations with hedges and halves. The
// sentences are made up for these tests.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "factcheck/extract/dates.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace {

using fc::Mention;
using fc::MentionKind;
using fc::util::CivilDate;

std::vector<Mention> dates_of(const std::string& text, const char* published,
                              bool prefer_future = false) {
  const auto normalized = fc::normalize::normalize_text(text);
  fc::extract::DateOptions options;
  if (published != nullptr) options.published = fc::util::parse_iso(published);
  options.prefer_future = prefer_future;
  return fc::extract::extract_dates(normalized, options);
}

std::string all_of(const std::vector<Mention>& ms) {
  std::string all;
  for (const auto& m : ms) all += "[" + m.text + " " + m.earliest + ".." + m.latest + "] ";
  return all;
}

std::optional<Mention> find(const std::vector<Mention>& ms, const std::string& text) {
  for (const auto& m : ms) {
    if (m.text == text) return m;
  }
  return std::nullopt;
}

using Row = std::tuple<std::string, std::string, std::string, std::string, std::string>;

/// Each row: sentence, publication date, mention text, earliest, latest.
void check_rows(const Row& row) {
  const auto& [sentence, published, text, earliest, latest] = row;
  CAPTURE(sentence, published);
  const auto ms = dates_of(sentence, published.c_str());
  INFO(all_of(ms));
  const auto m = find(ms, text);
  REQUIRE(m.has_value());
  CHECK(m->kind == MentionKind::kDate);
  CHECK(m->earliest == earliest);
  CHECK(m->latest == latest);
}

}  // namespace

TEST_CASE("the thirds of a month and the end of a year", "[extract][dates][news]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"وتنتهي الأعمال أواخر سبتمبر المقبل", "2022-06-15", "أواخر سبتمبر المقبل", "2022-09-21",
          "2022-09-30"},
      Row{"ويصدر القانون قبل نهاية العام المقبل", "2022-06-15", "نهاية العام المقبل", "2023-12-01",
          "2023-12-31"},
      Row{"تبدأ الحملة مطلع الشهر المقبل", "2022-06-15", "مطلع الشهر المقبل", "2022-07-01",
          "2022-07-10"},
      Row{"Voting opens in early October.", "2022-06-15", "early October", "2022-10-01",
          "2022-10-10"},
      Row{"وارتفع الدين حتى نهاية السنة المنقضية", "2023-05-02", "نهاية السنة المنقضية",
          "2022-12-01", "2022-12-31"},
  })));
}

TEST_CASE("anaphora name a period by an earlier date of the passage", "[extract][dates][news]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      // A date after مقابل / مقارنة is a point of comparison, not the passage's time.
      Row{"سجلت الصادرات في أكتوبر الماضي ارتفاعاً بنسبة 4%، مقارنة بسبتمبر، وتراجعت "
          "الواردات في الشهر ذاته.",
          "2021-11-20", "الشهر ذاته", "2021-10-01", "2021-10-31"},
      Row{"ارتفعت الصادرات في أكتوبر الماضي بنسبة 4%، بعد 3% في الشهر السابق.", "2021-11-20",
          "الشهر السابق", "2021-09-01", "2021-09-30"},
      Row{"وقع الانفجار يوم 4 مارس 2019، وأعلنت الشرطة في اليوم التالي اعتقال مشتبه به.",
          "2021-11-20", "اليوم التالي", "2019-03-05", "2019-03-05"},
      Row{"اجتمع المجلس في 12 يونيو 2020، وكان قد أقر الخطة في الشهر الذي سبقه.", "2021-11-20",
          "الشهر الذي سبقه", "2020-05-01", "2020-05-31"},
      Row{"The ship sank on 2 April 2015. Divers reached the wreck the following day.",
          "2021-11-20", "the following day", "2015-04-03", "2015-04-03"},
      Row{"The ship sank on 2 April 2015 and survivors were found that night.", "2021-11-20",
          "that night", "2015-04-02", "2015-04-02"},
      // With no earlier date, "السابق" is the one before the publication's.
      Row{"وفي الشهر السابق تراجعت المبيعات", "2021-11-20", "الشهر السابق", "2021-10-01",
          "2021-10-31"},
  })));
}

TEST_CASE("the month with an ordinal is a month only when a day or a year frames it",
          "[extract][dates][news]") {
  CHECK(dates_of("ارتفعت الأسعار للشهر الرابع على التوالي", "2021-06-01").empty());
  CHECK(dates_of("وهو الشهر السابع في التقويم", "2021-06-01").empty());
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"في العاشر من الشهر الرابع", "2021-06-01", "العاشر من الشهر الرابع", "2021-04-10",
          "2021-04-10"},
      Row{"في الشهر الرابع من العام الماضي", "2021-06-01", "الشهر الرابع من العام الماضي",
          "2020-04-01", "2020-04-30"},
  })));
}

TEST_CASE("a unit before a month name is the month, not a duration", "[extract][dates][news]") {
  const auto ms = dates_of("تفاقمت الأزمة خلال شهر فبراير", "2022-06-15");
  INFO(all_of(ms));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].text == "شهر فبراير");
  CHECK(ms[0].date_value == "2022-02");
}

TEST_CASE("the nth weekday after a day", "[extract][dates][news]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"تجري الجولة أول خميس بعد 10 مارس 2023", "2023-01-01", "أول خميس بعد 10 مارس 2023",
          "2023-03-16", "2023-03-16"},
      Row{"تجري الجولة ثاني سبت بعد 10 مارس 2023", "2023-01-01", "ثاني سبت بعد 10 مارس 2023",
          "2023-03-18", "2023-03-18"},
  })));
}

TEST_CASE("quarters of every naming", "[extract][dates][news][quarter]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"نشر المعهد نتائج الثلاثي الثالث من سنة 2019", "2022-05-10", "الثلاثي الثالث من سنة 2019",
          "2019-07-01", "2019-09-30"},
      Row{"تراجع النمو في الفصل الثاني من العام الماضي", "2022-05-10",
          "الفصل الثاني من العام الماضي", "2021-04-01", "2021-06-30"},
      Row{"تراجعت المبيعات في الربع الماضي", "2022-05-10", "الربع الماضي", "2022-01-01",
          "2022-03-31"},
      Row{"نما الاقتصاد في الربع الأول من 2021 مقارنة بالربع السابق", "2022-05-10", "بالربع السابق",
          "2020-10-01", "2020-12-31"},
      Row{"Growth slowed in the last quarter of 2021.", "2022-05-10", "the last quarter of 2021",
          "2021-10-01", "2021-12-31"},
      Row{"Profits should recover next quarter.", "2022-05-10", "next quarter", "2022-07-01",
          "2022-09-30"},
  })));
  // "الفصل الأول" without a year is a chapter or a school term.
  const auto ms = dates_of("قرأ الطلاب الفصل الأول من الرواية", "2022-05-10");
  INFO(all_of(ms));
  CHECK(ms.empty());
}

TEST_CASE("fiscal years take the months of the dateline's country", "[extract][dates][news]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"القاهرة - أعلنت الوزارة أن العجز في العام المالي 2021/2022 بلغ 6%.", "2023-02-01",
          "العام المالي 2021/2022", "2021-07-01", "2022-06-30"},
      Row{"الكويت - تتوقع الحكومة فائضاً في السنة المالية المقبلة.", "2023-02-01",
          "السنة المالية المقبلة", "2023-04-01", "2024-03-31"},
      Row{"القاهرة - بلغت الإيرادات في العام المالي 2022/2023 نحو 9 مليارات، مقابل 7 مليارات "
          "في العام المالي السابق.",
          "2023-10-01", "العام المالي السابق", "2021-07-01", "2022-06-30"},
      Row{"WASHINGTON (Reuters) - The deficit for fiscal 2024 rose.", "2024-11-01", "fiscal 2024",
          "2023-10-01", "2024-09-30"},
      // No country: only the two years are known.
      Row{"تراجع العجز في السنة المالية 2019/2020", "2021-01-01", "السنة المالية 2019/2020",
          "2019-01-01", "2020-12-31"},
      // Two Hijri years label the Gregorian year between them.
      Row{"أقرت ميزانية العام المالي ١٤٤٣ / ١٤٤٤هـ", "2021-12-01", "العام المالي ١٤٤٣ / ١٤٤٤هـ",
          "2022-01-01", "2022-12-31"},
  })));
}

TEST_CASE("Hijri months and holidays without a year are read near the passage's day",
          "[extract][dates][news][hijri]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      // The date written with it pins it; a weekday fixes that date's year.
      Row{"ويحل عيد الأضحى الأحد 16 يونيو", "2023-12-01", "عيد الأضحى", "2024-06-16", "2024-06-16"},
      Row{"ويحل عيد الأضحى الأحد 16 يونيو", "2023-12-01", "الأحد 16 يونيو", "2024-06-16",
          "2024-06-16"},
      // A word of the calendar before a bare month: هلال.
      Row{"ترقب المسلمون هلال شوال مساء أمس", "2023-04-19", "شوال", "2023-04-21", "2023-05-20"},
      // The thirds of a Hijri month.
      Row{"تزدحم المساجد في العشر الأواخر من رمضان", "2023-03-01", "العشر الأواخر من رمضان",
          "2023-04-12", "2023-04-20"},
      // غرة العام: 1 Muharram of the Hijri year the passage names.
      Row{"يبدأ العام الهجري 1445 غداً، ويحتفل الأهالي بغرة العام في المساجد", "2023-07-18",
          "بغرة العام", "2023-07-19", "2023-07-19"},
      // A weekday a day off the Umm al-Qura day: the country's sighting.
      Row{"أعلنت الدار أن الجمعة 1 رمضان 1444هـ أول أيام الصيام", "2023-03-20",
          "الجمعة 1 رمضان 1444هـ", "2023-03-24", "2023-03-24"},
  })));
  // A name, not the month.
  const auto ms = dates_of("التقى الوزير بالسيد محمد رمضان أمس", "2023-04-19");
  INFO(all_of(ms));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].text == "أمس");
  // Schedules (--prefer future): the next one.
  const auto future = dates_of("موعد عيد الفطر", "2023-06-01", true);
  REQUIRE(future.size() == 1);
  CHECK(future[0].earliest == "2024-04-10");
}

TEST_CASE("a weekday fixes the year of a day and names the same day again",
          "[extract][dates][news]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"ويعقد المؤتمر الجمعة 3 يناير", "2024-12-20", "الجمعة 3 يناير", "2025-01-03",
          "2025-01-03"},
      // A Friday named tomorrow, then again in a clause that looks back.
      Row{"تبدأ العطلة غداً الجمعة، وكانت الحكومة أعلنت الجمعة عطلة رسمية", "2024-05-09", "الجمعة",
          "2024-05-10", "2024-05-10"},
  })));
}

TEST_CASE("durations with hedges, halves, hyphens and counts after their unit",
          "[extract][dates][news][duration]") {
  using D = std::tuple<std::string, std::string, std::string, bool>;
  auto [sentence, text, value, approximate] =
      GENERATE(table<std::string, std::string, std::string, bool>({
          D{"استمرت العملية ما يزيد على ثلاث ساعات", "ما يزيد على ثلاث ساعات", "PT3H", true},
          D{"انتظر الركاب ساعتين ونصف", "ساعتين ونصف", "PT2.5H", false},
          D{"The talks ended a two-week pause.", "two-week", "P2W", false},
          D{"أعلنت الحكومة يوم حداد وطني", "يوم حداد", "P1D", false},
          D{"سجلت البطالة أدنى مستوى لها منذ خمسة أعوام", "خمسة أعوام", "P5Y", false},
          D{"استعرض التقرير الأيام الخمسة", "الأيام الخمسة", "P5D", false},
          D{"احتفل الأهالي طوال أيام العيد الثلاثة", "أيام العيد الثلاثة", "P3D", false},
          D{"قارن المؤشر بمتوسط الأشهر الاثني عشر", "الأشهر الاثني عشر", "P12M", false},
          D{"عمل هناك اثني عشر عاماً", "اثني عشر عاماً", "P12Y", false},
      }));
  CAPTURE(sentence);
  const auto ms = dates_of(sentence, "2024-03-01");
  INFO(all_of(ms));
  const auto m = find(ms, text);
  REQUIRE(m.has_value());
  CHECK(m->kind == MentionKind::kDuration);
  CHECK(m->date_value == value);
  CHECK(m->approximate == approximate);
}

TEST_CASE("a count of units after بعد in a clause that looks ahead is a day",
          "[extract][dates][news][duration]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"ستنطلق المحادثات بعد أسبوعين", "2024-03-01", "بعد أسبوعين", "2024-03-15", "2024-03-15"},
      Row{"نشر الفريق تقريره عن الأسبوعين الماضيين", "2024-03-13", "الأسبوعين الماضيين",
          "2024-02-26", "2024-03-10"},
  })));
  // An age as a bound is the number reader's.
  for (const auto& m : dates_of("يحق التصويت لمن بلغ 18 عاماً فما فوق", "2024-03-01")) {
    CHECK(m.date_value != "P18Y");
  }
}

TEST_CASE("years standing alone, in words, and ranges of years", "[extract][dates][news]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"وكانت آخر زيارة له للعاصمة 2008، قبل أن يغادر", "2024-01-01", "2008", "2008-01-01",
          "2008-12-31"},
      Row{"وتظهر أرقام 2015 الرسمية تراجعاً", "2024-01-01", "2015", "2015-01-01", "2015-12-31"},
      Row{"It was the worst since the floods of 1953.", "2024-01-01", "1953", "1953-01-01",
          "1953-12-31"},
      Row{"وقع الزلزال عام ألفين وعشرين", "2024-01-01", "عام ألفين وعشرين", "2020-01-01",
          "2020-12-31"},
      Row{"تغطي الخطة الفترة (2016 - 2020)، وفق الوزارة", "2024-01-01", "2016 - 2020", "2016-01-01",
          "2020-12-31"},
  })));
  // Counts and numbers are no years.
  for (const char* s : {"بلغ عدد الزوار 1987.", "وأصدر المجلس القرار 2254، الذي", "قتل 1950 شخصاً",
                        "حضر بين 2000-2500 شخص"}) {
    CAPTURE(s);
    CHECK(dates_of(s, "2024-01-01").empty());
  }
}

TEST_CASE("decades in words and digits", "[extract][dates][news]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"شيدت المحطة في ثمانينيات القرن العشرين", "2024-01-01", "ثمانينيات القرن العشرين",
          "1980-01-01", "1989-12-31"},
      Row{"هاجر كثيرون في التسعينات", "2024-01-01", "التسعينات", "1990-01-01", "1999-12-31"},
      Row{"تغير السوق في العشرينيات", "2024-01-01", "العشرينيات", "2020-01-01", "2029-12-31"},
      Row{"The bridge was built in the 1990s.", "2024-01-01", "1990s", "1990-01-01", "1999-12-31"},
  })));
}

TEST_CASE("an English month without a year lies the way its verb says", "[extract][dates][en]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"The central bank raised rates in November.", "2024-10-15", "November", "2023-11-01",
          "2023-11-30"},
      Row{"Analysts forecast a cut in November.", "2024-10-15", "November", "2024-11-01",
          "2024-11-30"},
  })));
}

TEST_CASE("a plural unit without a count is a vague span", "[extract][dates][news]") {
  auto ms = dates_of("لم يشهد البلد مثلها منذ عقود", "2024-01-01");
  INFO(all_of(ms));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].kind == MentionKind::kVague);
  CHECK(ms[0].low == 20);
  CHECK(ms[0].high == 99);
  ms = dates_of("غادر القرية قبل سنوات", "2024-01-01");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].kind == MentionKind::kVague);
  CHECK(ms[0].low == 3);
  // The months named after it: no vague span.
  for (const auto& m : dates_of("خلال أشهر يناير وفبراير", "2024-06-01")) {
    CHECK(m.kind != MentionKind::kVague);
  }
}

TEST_CASE("what real pages showed: dates", "[extract][dates][news]") {
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      // A day with من glued to it.
      Row{"عقدت الجلسة الموافق 15من شهر مارس 2021م", "2021-04-01", "15من شهر مارس 2021م",
          "2021-03-15", "2021-03-15"},
      // Fiscal years with الجديد or a dash, and two years after a budget noun.
      Row{"القاهرة - أقر المجلس موازنة العام المالي الجديد 2024-2025 أمس", "2024-06-20",
          "العام المالي الجديد 2024-2025", "2024-07-01", "2025-06-30"},
      Row{"الكويت - أحالت الحكومة ميزانية الدولة لعام 2021- 2022 إلى المجلس", "2021-02-01",
          "لعام 2021- 2022", "2021-04-01", "2022-03-31"},
      // A month of the year the passage is in, and the one before a month read earlier.
      Row{"وسجل المؤشر 4% عام 2016، ثم تراجع ابتداء من شهر سبتمبر من نفس العام", "2021-01-01",
          "شهر سبتمبر من نفس العام", "2016-09-01", "2016-09-30"},
      Row{"بلغ المعدل 3% في يونيو 2019، مقابل 2% في شهر مايو الذي سبقه", "2021-01-01",
          "شهر مايو الذي سبقه", "2019-05-01", "2019-05-31"},
      // Not into a year the publication has not reached.
      Row{"ارتفع من 3% في فبراير ليبلغ 5% في أغسطس 2021", "2021-10-01", "فبراير", "2021-02-01",
          "2021-02-28"},
      // "would" puts a month ahead, not the day the sentence reports.
      Row{"The company said on Sunday the cut would run from June.", "2023-04-05", "June",
          "2023-06-01", "2023-06-30"},
      Row{"The company said on Sunday the cut would run from June.", "2023-04-05", "Sunday",
          "2023-04-02", "2023-04-02"},
  })));
  // "لامس" is a verb (touched), not ل + أمس.
  CHECK(dates_of("لامس التضخم 30 بالمئة", "2021-01-01").empty());
}

TEST_CASE("the day before yesterday either way round, and today named with its weekday",
          "[extract][dates][news]") {
  // Published Wednesday 2022-03-16.
  check_rows(GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      Row{"سجلت الوزارة 40 حالة أمس الأول في الولاية", "2022-03-16", "أمس الأول", "2022-03-14",
          "2022-03-14"},
      Row{"تتواصل الإضرابات منذ أسبوع، وتظاهر العمال اليوم الأربعاء أمام الوزارة", "2022-03-16",
          "اليوم الأربعاء", "2022-03-16", "2022-03-16"},
  })));
  CHECK_FALSE(find(dates_of("سجلت الوزارة 40 حالة أمس الأول", "2022-03-16"), "الأول"));
}

TEST_CASE("that day and a day's length are no date", "[extract][dates][news]") {
  for (const char* s : {"وصل الوفد في 3 مايو، وفي ذلك اليوم أعلنت الهدنة",
                        "تستمر الرياح على مدار اليوم في المرتفعات"}) {
    CAPTURE(s);
    const auto ms = dates_of(s, "2022-06-01");
    INFO(all_of(ms));
    for (const auto& m : ms) CHECK(m.earliest != "2022-06-01");
  }
}
