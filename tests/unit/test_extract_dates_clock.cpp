// Clock times, clock units, spaced numeric dates, era-marked and coordinated years,
// English month abbreviations (issue 18). Sentences made up for these tests.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "factcheck/extract/dates.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace {

using fc::Mention;
using fc::MentionKind;
using fc::util::CivilDate;

std::vector<Mention> dates_in(const std::string& text, const char* published = "2024-05-08") {
  const auto normalized = fc::normalize::normalize_text(text);
  fc::extract::DateOptions options;
  options.published = fc::util::parse_iso(published);
  return fc::extract::extract_dates(normalized, options);
}

std::optional<Mention> with_text(const std::vector<Mention>& ms, const std::string& text) {
  for (const auto& m : ms) {
    if (m.text == text) return m;
  }
  return std::nullopt;
}

Mention must_find(const std::vector<Mention>& ms, const std::string& text) {
  const auto m = with_text(ms, text);
  if (!m) {
    std::string all;
    for (const auto& x : ms) all += "[" + x.text + "] ";
    FAIL("no mention \"" << text << "\" among " << all);
  }
  return *m;
}

}  // namespace

TEST_CASE("a clock time is a time of day, never a number", "[extract][dates][time]") {
  auto [sentence, text, time,
        part] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"أقلعت الطائرة الساعة 21:40 من المطار", "الساعة 21:40", "21:40", ""},
      {"بدأ القصف الساعة 3:05 فجراً على الحي", "الساعة 3:05 فجراً", "03:05", "dawn"},
      {"انتهى الاجتماع عند الساعة الثامنة مساءً", "الساعة الثامنة مساءً", "20:00", "evening"},
      {"تفتح اللجان الساعة الحادية عشرة صباحاً", "الساعة الحادية عشرة صباحاً", "11:00", "morning"},
      {"وصل الوفد في الثالثة والنصف عصراً", "الثالثة والنصف عصراً", "15:30", "afternoon"},
      {"أعلن ذلك في الواحدة ظهراً", "الواحدة ظهراً", "13:00", "noon"},
      {"سمع دوي الانفجار في التاسعة وعشر دقائق من ليل", "التاسعة وعشر دقائق من ليل", "21:10",
       "night"},
      // Minutes in digits after the hour's word, and minutes before the hour.
      {"انطلقت القافلة الساعة السابعة و25 دقيقة صباحاً", "الساعة السابعة و25 دقيقة صباحاً", "07:25",
       "morning"},
      {"أغلقت المحلات الساعة 9 و 5 دقائق ليلاً", "الساعة 9 و 5 دقائق ليلاً", "21:05", "night"},
      {"وصل القطار الساعة الرابعة إلا ربعاً عصراً", "الساعة الرابعة إلا ربعاً عصراً", "15:45",
       "afternoon"},
      {"رفعت الجلسة في العاشرة إلا عشر دقائق مساء", "العاشرة إلا عشر دقائق مساء", "21:50",
       "evening"},
      {"The quake struck at 11.52 p.m. local time", "11.52 p.m.", "23:52", ""},
      {"Trading resumed at 1430 GMT on the exchange", "1430 GMT", "14:30", ""},
      {"Polls close at 8 pm in the capital", "8 pm", "20:00", ""},
  }));
  CAPTURE(sentence);
  const auto m = must_find(dates_in(sentence), text);
  CHECK(m.kind == MentionKind::kDate);
  CHECK(m.time == time);
  CHECK(m.day_part == part);
  CHECK(m.unresolved);  // no day is named
}

TEST_CASE("the first hours of a morning are no hour", "[extract][dates][time]") {
  // Published Wednesday 2024-05-08.
  const auto ms = dates_in("اشتدت الأمطار في الساعات الأولى من صباح الثلاثاء على الساحل");
  for (const auto& m : ms) CHECK(m.time.empty());
  CHECK(must_find(ms, "صباح الثلاثاء").earliest == "2024-05-07");
}

TEST_CASE("a wire's clock with a comma, and a decimal's digits that are no hour",
          "[extract][dates][time]") {
  const auto ms = dates_in("وقعت الهزة الساعة 5,42 (02,42 بتوقيت غرينتش) وبلغت قوتها 6.3 فجر أمس");
  CHECK(must_find(ms, "الساعة 5,42").time == "05:42");
  CHECK(must_find(ms, "02,42").time == "02:42");
  // "6.3 فجر": the magnitude's 3 is not three at dawn.
  CHECK_FALSE(with_text(ms, "3 فجر أمس").has_value());
  CHECK(must_find(ms, "فجر أمس").earliest == "2024-05-07");
  // A comma figure with no clock word or time zone stays a number.
  CHECK(dates_in("أغلق المؤشر عند 7,25 نقطة").empty());
}

TEST_CASE("a time of day attaches to its day", "[extract][dates][time]") {
  // Published Wednesday 2024-05-08.
  auto [sentence, text, iso, time, part] =
      GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
          {"اندلعت المواجهات مساء الاثنين في المدينة", "مساء الاثنين", "2024-05-06", "", "evening"},
          {"وصل الرئيس صباح أمس إلى العاصمة", "صباح أمس", "2024-05-07", "", "morning"},
          {"استؤنفت الجلسة الأحد مساءً بعد توقف", "الأحد مساءً", "2024-05-05", "", "evening"},
          {"وقع الزلزال الساعة 2:14 من فجر الثلاثاء", "الساعة 2:14 من فجر الثلاثاء", "2024-05-07",
           "02:14", "dawn"},
          {"أغلقت الحدود يوم 3 مايو 2024 الساعة 17:30", "3 مايو 2024 الساعة 17:30", "2024-05-03",
           "17:30", ""},
          // The part before "يوم", and the clock's hour read by it.
          {"انقطع التيار مساء يوم أمس حوالي الساعة العاشرة عن الحي",
           "مساء يوم أمس حوالي الساعة العاشرة", "2024-05-07", "22:00", "evening"},
          {"بدأ الإضراب فجر يوم الاثنين في الموانئ", "فجر يوم الاثنين", "2024-05-06", "", "dawn"},
          {"انفجرت العبوة مساء الأحد الساعة الثامنة و12 دقيقة قرب السوق",
           "مساء الأحد الساعة الثامنة و12 دقيقة", "2024-05-05", "20:12", "evening"},
      }));
  CAPTURE(sentence);
  const auto m = must_find(dates_in(sentence), text);
  CHECK(m.kind == MentionKind::kDate);
  CHECK_FALSE(m.unresolved);
  CHECK(m.earliest == iso);
  CHECK(m.latest == iso);
  CHECK(m.time == time);
  CHECK(m.day_part == part);
}

TEST_CASE("the night between two days is one span of both", "[extract][dates][time]") {
  // Published Wednesday 2024-05-08.
  const auto m =
      must_find(dates_in("هبت العاصفة على الساحل ليل الأحد الاثنين"), "ليل الأحد الاثنين");
  CHECK(m.earliest == "2024-05-05");
  CHECK(m.latest == "2024-05-06");
  CHECK(m.day_part == "night");
  // Two days that do not follow each other stay two dates.
  const auto ms = dates_in("عقد المؤتمر ليل الأحد الأربعاء الماضي");
  CHECK_FALSE(with_text(ms, "ليل الأحد الأربعاء").has_value());
}

TEST_CASE("a written date keeps a dateline's part of the day out", "[extract][dates][time]") {
  const auto ms = dates_in("نشر الخبر بتاريخ 12/9/2021 مساء وأعيد نشره");
  const auto m = must_find(ms, "12/9/2021");
  CHECK(m.day_part.empty());
}

TEST_CASE("hours and minutes are durations with their unit", "[extract][dates][duration]") {
  auto [sentence, text, value] = GENERATE(table<std::string, std::string, std::string>({
      {"استمر الحصار 36 ساعة متواصلة", "36 ساعة", "PT36H"},
      {"تأخرت الرحلة 25 دقيقة عن موعدها", "25 دقيقة", "PT25M"},
      {"دام الاعتصام 17 يوماً أمام الوزارة", "17 يوماً", "P17D"},
      {"بقي في المنصب 14 شهراً فقط", "14 شهراً", "P14M"},
      {"صمدت الهدنة ساعتين ثم انهارت", "ساعتين", "PT2H"},
      {"the rescue took 90 minutes", "90 minutes", "PT90M"},
  }));
  CAPTURE(sentence);
  const auto m = must_find(dates_in(sentence), text);
  CHECK(m.kind == MentionKind::kDuration);
  CHECK(m.date_value == value);
}

TEST_CASE("numeric dates with spaces around the separators", "[extract][dates][numeric]") {
  auto [sentence, text, iso] = GENERATE(table<std::string, std::string, std::string>({
      {"صدر المرسوم في 21 / 11 / 2022 بعد مشاورات", "21 / 11 / 2022", "2022-11-21"},
      {"انعقدت القمة يوم 9 / 2 / 2025م في الرياض", "9 / 2 / 2025م", "2025-02-09"},
      {"تاريخ الجلسة 07 . 10 . 2018 حسب المحضر", "07 . 10 . 2018", "2018-10-07"},
      {"وقع الاتفاق في 5 / 8 / 21 بالأحرف الأولى", "5 / 8 / 21", "2021-08-05"},
  }));
  CAPTURE(sentence);
  const auto m = must_find(dates_in(sentence), text);
  CHECK(m.earliest == iso);
  CHECK(m.latest == iso);
}

TEST_CASE("a spaced pair or range of small numbers is no date", "[extract][dates][numeric]") {
  for (const char* s : {"فاز الفريق 3 - 1 على ضيفه", "نسبة 2 / 3 من الأعضاء",
                        "بين 4 . 5 و6 . 5 بالمئة", "قسمت 12 / 4 / 3 على اللجان"}) {
    CAPTURE(s);
    for (const auto& m : dates_in(s)) CHECK(m.kind != MentionKind::kDate);
  }
}

TEST_CASE("Hijri days, years with an era mark and the Hijri year", "[extract][dates][hijri]") {
  auto [sentence, text, earliest,
        latest] = GENERATE(table<std::string, std::string, std::string, std::string>({
      // 1 Ramadan 1445 is 2024-03-11 (Umm al-Qura).
      {"يبدأ الدوام في 1 / 9 / 1445هـ للموظفين", "1 / 9 / 1445هـ", "2024-03-11", "2024-03-11"},
      {"صدر التعميم بتاريخ 1/9/1445 هـ", "1/9/1445 هـ", "2024-03-11", "2024-03-11"},
      {"تحتفل المملكة بالعام الهجري 1445 قريباً", "بالعام الهجري 1445", "2023-07-19", "2024-07-06"},
      {"انتهى موسم 1445 هجرياً بنجاح", "1445 هجرياً", "2023-07-19", "2024-07-06"},
      {"حسب إحصاء 1445هـ الرسمي", "1445هـ", "2023-07-19", "2024-07-06"},
      {"بلغ عدد السكان في تقدير 2019م نحو", "2019م", "2019-01-01", "2019-12-31"},
  }));
  CAPTURE(sentence);
  const auto m = must_find(dates_in(sentence), text);
  CHECK(m.earliest == earliest);
  CHECK(m.latest == latest);
}

TEST_CASE("the second of coordinated years is a year too", "[extract][dates][year]") {
  const auto ms = dates_in("تراجعت الصادرات في 2019 و2020 ثم ارتفعت في سنتي 2022 و2023 و2024");
  for (const char* y : {"2020", "2023", "2024"}) {
    CAPTURE(y);
    const auto m = must_find(ms, y);
    CHECK(m.earliest == std::string(y) + "-01-01");
  }
  // A count after a year stays a count: "في 2019 و300 جندي".
  for (const auto& m : dates_in("انتشر في 2019 و300 جندي")) CHECK(m.text != "300");
}

TEST_CASE("a year after an event noun and its complement", "[extract][dates][year]") {
  const auto m = must_find(dates_in("شارك المنتخب في كأس العالم 2018 وخرج مبكراً"), "2018");
  CHECK(m.earliest == "2018-01-01");
}

TEST_CASE("an English month abbreviated with a dot is one date", "[extract][dates][en]") {
  auto [sentence, text, iso] = GENERATE(table<std::string, std::string, std::string>({
      {"The vote was held on Jan. 14 in the north.", "Jan. 14", "2024-01-14"},
      {"Fighting resumed on Dec. 3, 2023, officials said.", "Dec. 3, 2023", "2023-12-03"},
      {"The report released Nov. 30 drew criticism.", "Nov. 30", "2023-11-30"},
  }));
  CAPTURE(sentence);
  const auto m = must_find(dates_in(sentence), text);
  CHECK(m.earliest == iso);
  // "In May. 5 people died" is no date across the sentence's end.
  for (const auto& x : dates_in("It happened in May. 5 people died.")) CHECK(x.text != "May. 5");
}
