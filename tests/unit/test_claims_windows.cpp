// Counts over the last hours or days, and the parts of a count (issue 17): "45 new cases
// in the past 48 hours" is the window's, not the total; "120 killed, among them 40
// children" counts children killed. Sentences made up for these tests.
#include <catch2/catch.hpp>

#include <string>

#include "claims_doc.hpp"

using fc::test::ClaimsDoc;

namespace {

fc::Mention& duration(ClaimsDoc& d, const std::string& text, const std::string& iso) {
  auto& m = d.at(text, 0, fc::MentionKind::kDuration);
  m.date_value = iso;
  return m;
}

bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a count over the last hours or days is keyed with its window", "[claims][window]") {
  // The duration as the extractor gives it ("48 ساعة"), after the figure.
  ClaimsDoc ar("الكوليرا في اليمن.\n\nوسجلت الوزارة وفاة 45 شخصا خلال الـ48 ساعة الماضية.\n");
  ar.number("45", 45);
  duration(ar, "48 ساعة", "PT48H");
  const auto a = ClaimsDoc::of(ar.claims(), "45");
  CHECK(a.key == "killed+last_48h||YE");
  CHECK(a.frame.semantics == fc::Semantics::kPeriodValue);
  // An opening phrase with the count in words and a dual, before a comma.
  ClaimsDoc en("Floods in Kenya.\n\nOver the past two days, 60 people were injured in Kenya.\n");
  en.number("two", 2);
  en.number("60", 60);
  CHECK(ClaimsDoc::of(en.claims(), "60").key == "injured+last_48h||KE");
  // The unit first, then its count and "the last": the count is no figure of anything.
  ClaimsDoc unit_first("وأصيب 30 شخصا في السودان في الساعات الـ72 الأخيرة.\n");
  unit_first.number("30", 30);
  unit_first.number("72", 72);
  const auto cs = unit_first.claims();
  CHECK(ClaimsDoc::of(cs, "30").key == "injured+last_72h||SD");
  CHECK(ClaimsDoc::of(cs, "72").key.empty());
}

TEST_CASE("a window is the figure's only when nothing else claims it", "[claims][window]") {
  // A window after another figure of its clause is that figure's.
  ClaimsDoc en(
      "Storms in Peru destroyed 5,000 homes in the last 24 hours, with 80,000 homes damaged "
      "since May.\n");
  en.number("5,000", 5000);
  duration(en, "24 hours", "PT24H");
  en.number("80,000", 80000);
  en.date("May", "2024-05-01", "2024-05-31");
  const auto cs = en.claims();
  CHECK(has(ClaimsDoc::of(cs, "5,000").key, "last_24h"));
  CHECK_FALSE(has(ClaimsDoc::of(cs, "80,000").key, "last_"));
  // A day of the week before "last" is a day, not a window.
  ClaimsDoc day("وقتل 12 شخصا في تشاد يوم الأحد الماضي.\n");
  day.number("12", 12);
  day.date("يوم الأحد الماضي", "2024-05-05");
  CHECK(ClaimsDoc::of(day.claims(), "12").key == "killed||TD");
}

TEST_CASE("a figure after 'among them' counts a part of the figure before it", "[claims][parts]") {
  ClaimsDoc ar("وأسفر القصف عن مقتل 120 شخصا في غزة، بينهم 40 طفلا و25 امرأة.\n");
  ar.number("120", 120);
  ar.number("40", 40);
  ar.number("25", 25);
  const auto cs = ar.claims();
  CHECK(ClaimsDoc::of(cs, "40").key == "children killed||Gaza");
  CHECK(ClaimsDoc::of(cs, "25").key == "women killed||Gaza");
  CHECK(ClaimsDoc::of(cs, "40").frame.measure.from == fc::Provenance::kSentence);
  ClaimsDoc en("The blast in Pakistan injured 230 people, including 60 children.\n");
  en.number("230", 230);
  en.number("60", 60);
  CHECK(ClaimsDoc::of(en.claims(), "60").key == "children injured||PK");
  // A part counted in a window of its own ("among them 14 in the last day").
  ClaimsDoc window(
      "وقالت الهيئة إن 300 شخص لقوا مصرعهم في النيجر منذ يونيو، بينهم 14 في الساعات الأربع "
      "والعشرين الماضية.\n");
  window.number("300", 300);
  window.date("يونيو", "2024-06-01", "2024-06-30");
  window.number("14", 14);
  window.number("الأربع والعشرين", 24, 0, fc::MentionKind::kOrdinal);
  const auto ws = window.claims();
  CHECK(ClaimsDoc::of(ws, "300").key == "killed||NE");
  CHECK(ClaimsDoc::of(ws, "14").key == "killed+last_24h||NE");
  // Not a part: a figure with a measure of its own after "among them" keeps it.
  ClaimsDoc own("وقتل 50 شخصا في مالي، بينهم 20 أصيبوا قبل وفاتهم.\n");
  own.number("50", 50);
  own.number("20", 20);
  CHECK(ClaimsDoc::of(own.claims(), "20").counted.find("killed") == std::string::npos);
}

TEST_CASE("the whole a part was counted out of takes no measure of the part", "[claims][parts]") {
  // What happened, told after the whole, happened to the part.
  ClaimsDoc en("Only 31 of the 40 workers survived the blast in Chile.\n");
  en.number("31", 31);
  en.number("40", 40);
  const auto ecs = en.claims();
  CHECK(ClaimsDoc::of(ecs, "31").counted.find("survivors") != std::string::npos);
  CHECK(ClaimsDoc::of(ecs, "40").key.empty());
  // The part's own noun before the cue is not the whole's.
  ClaimsDoc ar("وانتشلت فرق الإنقاذ في تشيلي 25 جثة من أصل 31 عاملا.\n");
  ar.number("25", 25);
  ar.number("31", 31);
  const auto acs = ar.claims();
  CHECK(ClaimsDoc::of(acs, "25").counted == "bodies recovered");
  CHECK(ClaimsDoc::of(acs, "31").counted.find("bodies") == std::string::npos);
}

TEST_CASE("what happened to the noun right after it comes before a measure further back",
          "[claims][parts]") {
  // "the toll" opens the sentence; the figure counts people displaced.
  ClaimsDoc en(
      "The toll rose again as Chad struggled to shelter thousands of people displaced by the "
      "floods.\n");
  en.number("thousands", 0, 0, fc::MentionKind::kVague).low = 2000;
  CHECK(ClaimsDoc::of(en.claims(), "thousands").counted == "displaced");
  // Past the list of its parts, to what happened to the whole.
  ClaimsDoc list(
      "In Chad, 40 people, including 12 children and nine women, were killed in the storm.\n");
  list.number("40", 40);
  list.number("12", 12);
  list.number("nine", 9);
  const auto ls = list.claims();
  CHECK(ClaimsDoc::of(ls, "40").counted == "killed");
  CHECK(ClaimsDoc::of(ls, "12").counted == "children killed");
  CHECK(ClaimsDoc::of(ls, "nine").counted == "women killed");
}
