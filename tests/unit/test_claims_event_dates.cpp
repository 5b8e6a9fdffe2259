// The day an event took place (issue 17): a date is the event's own when the text says it
// happened then, not when something else was said or done around it. Sentences made up for
// these tests.
#include <catch2/catch.hpp>

#include "claims_doc.hpp"

using fc::test::ClaimsDoc;

namespace {

bool event_day(const fc::Claim& c) { return c.frame.semantics == fc::Semantics::kEventConstant; }

}  // namespace

TEST_CASE("a date the text says an event happened on is that event's day",
          "[claims][event][ar][en]") {
  SECTION("a verb of happening before the event") {
    ClaimsDoc d("ضرب إعصار قوي سواحل عُمان فجر الأحد، وفق هيئة الأرصاد.\n");
    d.date("فجر الأحد", "2024-05-12");
    const auto c = ClaimsDoc::of(d.claims(), "فجر الأحد");
    CHECK(c.event == "storm");
    CHECK(event_day(c));
  }
  SECTION("a relative clause with the verb") {
    ClaimsDoc d("The storm that hit the coast on Sunday flooded dozens of villages.\n");
    d.date("Sunday", "2024-05-12");
    CHECK(event_day(ClaimsDoc::of(d.claims(), "Sunday")));
  }
  SECTION("the date right after the event's noun") {
    ClaimsDoc d("وتعود آثار فيضانات 2019 إلى الواجهة مع كل موسم أمطار.\n");
    d.date("2019", "2019-01-01", "2019-12-31");
    CHECK(event_day(ClaimsDoc::of(d.claims(), "2019")));
  }
  SECTION("the date right before it") {
    ClaimsDoc d("Investigators are still looking into the March 3 explosion at the plant.\n");
    d.date("March 3", "2024-03-03");
    CHECK(event_day(ClaimsDoc::of(d.claims(), "March 3")));
  }
  SECTION("a verb of happening after the parties, far from the event's noun") {
    ClaimsDoc d("Fighting between the army and the rebel militias erupted on April 15.\n");
    d.date("April 15", "2024-04-15");
    const auto c = ClaimsDoc::of(d.claims(), "April 15");
    CHECK(c.event == "clashes");
    CHECK(event_day(c));
  }
  SECTION("a relative clause whose verb is far from the date") {
    ClaimsDoc d("بعد مرور شهرين على الحرب التي اندلعت بين الجيش والفصائل المسلحة في 3 مارس.\n");
    d.date("3 مارس", "2024-03-03");
    const auto c = ClaimsDoc::of(d.claims(), "3 مارس");
    CHECK(c.event == "war");
    CHECK(event_day(c));
  }
  SECTION("a night's day reaches into the next") {
    ClaimsDoc d("وضرب الزلزال المنطقة ليل الأحد، وفق المرصد.\n");
    d.date("ليل الأحد", "2024-05-05").day_part = "night";
    const auto c = ClaimsDoc::of(d.claims(), "ليل الأحد");
    CHECK(event_day(c));
    CHECK(c.mention.earliest == "2024-05-05");
    CHECK(c.mention.latest == "2024-05-06");
  }
  SECTION("so does a day told with an hour before midnight") {
    ClaimsDoc d("The quake struck the valley on Sunday at 11:40 p.m., the agency said.\n");
    d.date("Sunday at 11:40 p.m.", "2024-05-05").time = "23:40";
    CHECK(ClaimsDoc::of(d.claims(), "Sunday at 11:40 p.m.").mention.latest == "2024-05-06");
  }
  SECTION("an evening's does not") {
    ClaimsDoc d("وضرب الزلزال المنطقة مساء الأحد، وفق المرصد.\n");
    d.date("مساء الأحد", "2024-05-05").day_part = "evening";
    CHECK(ClaimsDoc::of(d.claims(), "مساء الأحد").mention.latest == "2024-05-05");
  }
  SECTION("a city's event is keyed by its country") {
    ClaimsDoc d("وقع الانفجار في مرفأ بيروت مساء الخميس.\n");
    d.date("مساء الخميس", "2024-05-09");
    const auto c = ClaimsDoc::of(d.claims(), "مساء الخميس");
    CHECK(event_day(c));
    CHECK(c.key == "explosion|LB");
  }
}

TEST_CASE("a date of something else said or done around an event is not its day",
          "[claims][event][ar][en]") {
  SECTION("a toll announced on a day") {
    ClaimsDoc d("أعلنت الوزارة الأحد ارتفاع حصيلة ضحايا الإعصار في البلاد.\n");
    d.date("الأحد", "2024-05-12");
    CHECK_FALSE(event_day(ClaimsDoc::of(d.claims(), "الأحد")));
  }
  SECTION("another subject's verb after the event's") {
    ClaimsDoc d(
        "The earthquake struck the mountain villages and the rescue work began on Tuesday.\n");
    d.date("Tuesday", "2024-05-07");
    CHECK_FALSE(event_day(ClaimsDoc::of(d.claims(), "Tuesday")));
  }
  SECTION("a toll that rose on a day") {
    ClaimsDoc d("The toll from the storm rose on Tuesday as rescuers reached the valley.\n");
    d.date("Tuesday", "2024-05-07");
    CHECK_FALSE(event_day(ClaimsDoc::of(d.claims(), "Tuesday")));
  }
  SECTION("a day counted from the event") {
    ClaimsDoc d("وفي اليوم التالي للإعصار بدأت فرق الإنقاذ عملها.\n");
    d.date("اليوم التالي", "2024-05-13");
    CHECK_FALSE(event_day(ClaimsDoc::of(d.claims(), "اليوم التالي")));
  }
  SECTION("a figure between the event and the date") {
    ClaimsDoc d("The storm killed 12 people in the north on Sunday, officials said.\n");
    d.number("12", 12);
    d.date("Sunday", "2024-05-12");
    CHECK_FALSE(event_day(ClaimsDoc::of(d.claims(), "Sunday")));
  }
  SECTION("a day after the event, said so") {
    ClaimsDoc d("Rescuers searched the rubble on Monday, a day after the quake.\n");
    d.date("Monday", "2024-05-13");
    CHECK_FALSE(event_day(ClaimsDoc::of(d.claims(), "Monday")));
  }
}
