// The time of a figure (issue 17): the clause's own date, a date that ends the sentence's
// period, the statement's day; never the date of the event a relative clause dates, nor
// the start of a period; an earlier figure before publication; history and forecasts read
// from the date. Sentences made up for these tests, in shapes of their own.
#include <catch2/catch.hpp>

#include "claims_doc.hpp"

using fc::test::ClaimsDoc;

TEST_CASE("a date a relative clause gives the event is not the toll's time", "[claims][time][ar]") {
  // Published Sunday 2024-05-12: the statement is Sunday's, the explosion Friday's.
  ClaimsDoc d(
      "قال الدفاع المدني يوم الأحد إن ضحايا الانفجار الذي هز المصنع يوم الجمعة بلغوا 41 قتيلا.\n");
  d.date("يوم الأحد", "2024-05-12");
  d.date("يوم الجمعة", "2024-05-10");
  d.number("41", 41);
  const auto cs = d.claims();
  const auto c = ClaimsDoc::of(cs, "41");
  CHECK(c.counted == "killed");
  CHECK(c.as_of_earliest == "2024-05-12");
  CHECK(c.frame.time.from != fc::Provenance::kAssumed);
}

TEST_CASE("the same in English: the blast's day is not the count's", "[claims][time][en]") {
  ClaimsDoc d("The explosion that tore through the depot on Friday has killed 41 people.\n");
  d.date("Friday", "2024-05-10");
  d.number("41", 41);
  const auto c = ClaimsDoc::of(d.claims(), "41");
  CHECK(c.counted == "killed");
  CHECK(c.as_of_earliest.empty());  // the publication day, assumed
  CHECK(c.frame.time.from == fc::Provenance::kAssumed);
}

TEST_CASE("a day counted from an event is the day of the toll told on it", "[claims][time]") {
  // "The day after the blast" names no day of the blast: it is when the toll was given.
  ClaimsDoc ar("وفي اليوم التالي لانهيار الجسر أعلن الدفاع المدني حصيلة بلغت 37 قتيلا.\n");
  ar.date("اليوم التالي", "2024-05-13");
  ar.number("37", 37);
  CHECK(ClaimsDoc::of(ar.claims(), "37").as_of_earliest == "2024-05-13");
  ClaimsDoc en("On the day after the explosion, the ministry put the toll at 37 dead.\n");
  en.date("the day after", "2024-05-13");
  en.number("37", 37);
  CHECK(ClaimsDoc::of(en.claims(), "37").as_of_earliest == "2024-05-13");
}

TEST_CASE("a date after since starts a period and is no as-of", "[claims][time]") {
  ClaimsDoc ar("توفي 120 شخصاً بالكوليرا في اليمن منذ 3 مارس.\n");
  ar.date("3 مارس", "2024-03-03");
  ar.number("120", 120);
  CHECK(ClaimsDoc::of(ar.claims(), "120").as_of_earliest.empty());
  ClaimsDoc en("Cholera has killed 120 people in Yemen since March 3, the ministry said.\n");
  en.date("March 3", "2024-03-03");
  en.number("120", 120);
  CHECK(ClaimsDoc::of(en.claims(), "120").as_of_earliest.empty());
}

TEST_CASE("a contrast after a since-date is no 'when' of it", "[claims][time]") {
  // "في حين" holds the word حين (when) but starts another statement: the month after
  // "منذ" still only starts the period.
  ClaimsDoc ar("وصل 8200 لاجئ إلى تشاد منذ مارس، في حين بقي آلاف على الحدود.\n");
  ar.date("مارس", "2024-03-01", "2024-03-31");
  ar.number("8200", 8200);
  CHECK(ClaimsDoc::of(ar.claims(), "8200").as_of_earliest.empty());
  ClaimsDoc en("Some 8,200 refugees have reached Chad since March, while thousands wait.\n");
  en.date("March", "2024-03-01", "2024-03-31");
  en.number("8,200", 8200);
  CHECK(ClaimsDoc::of(en.claims(), "8,200").as_of_earliest.empty());
}

TEST_CASE("since a year, when a toll was counted, is that toll's time: history",
          "[claims][time][history]") {
  ClaimsDoc d("No storm has hit Yemen harder since 1998, when floods killed 3,400 people.\n");
  d.date("1998", "1998-01-01", "1998-12-31");
  d.number("3,400", 3400);
  const auto c = ClaimsDoc::of(d.claims(), "3,400");
  CHECK(c.as_of_earliest == "1998-01-01");
  CHECK(c.frame.modality == fc::Modality::kBackground);
  CHECK(c.key.find("|background") != std::string::npos);
}

TEST_CASE("a date after until ends the period of its sentence's figures", "[claims][time]") {
  ClaimsDoc d("أسفرت المواجهات في ليبيا عن مقتل 64 شخصاً، وذلك حتى مساء الخميس 9 مايو.\n");
  d.date("مساء الخميس 9 مايو", "2024-05-09");
  d.number("64", 64);
  const auto c = ClaimsDoc::of(d.claims(), "64");
  CHECK(c.as_of_earliest == "2024-05-09");
}

TEST_CASE("each figure of a change takes the month beside it", "[claims][time]") {
  ClaimsDoc en("Unemployment in Egypt fell to 6.1% in April from 6.4% in March.\n");
  en.date("April", "2024-04-01", "2024-04-30");
  en.date("March", "2024-03-01", "2024-03-31");
  en.number("6.1%", 6.1, 0, fc::MentionKind::kPercent);
  en.number("6.4%", 6.4, 0, fc::MentionKind::kPercent);
  auto cs = en.claims();
  CHECK(ClaimsDoc::of(cs, "6.1%").as_of_earliest == "2024-04-01");
  CHECK(ClaimsDoc::of(cs, "6.4%").as_of_earliest == "2024-03-01");
  ClaimsDoc ar("تراجعت البطالة في مصر إلى 6.1% في أبريل مقابل 6.4% في مارس.\n");
  ar.date("أبريل", "2024-04-01", "2024-04-30");
  ar.date("مارس", "2024-03-01", "2024-03-31");
  ar.number("6.1%", 6.1, 0, fc::MentionKind::kPercent);
  ar.number("6.4%", 6.4, 0, fc::MentionKind::kPercent);
  cs = ar.claims();
  CHECK(ClaimsDoc::of(cs, "6.1%").as_of_earliest == "2024-04-01");
  CHECK(ClaimsDoc::of(cs, "6.4%").as_of_earliest == "2024-03-01");
}

TEST_CASE("a figure reported as earlier holds in the month before publication",
          "[claims][time][earlier]") {
  ClaimsDoc ar("وكانت السلطات في تونس قد أعلنت في وقت سابق عن 12 قتيلاً.\n");
  ar.number("12", 12);
  const auto a = ClaimsDoc::of(ar.claims(), "12");
  CHECK(a.as_of_earliest == "2024-04-12");
  CHECK(a.as_of_latest == "2024-05-11");
  CHECK(a.frame.time.from == fc::Provenance::kAssumed);
  ClaimsDoc en("The previous toll, given by the army, was 12 dead.\n");
  en.number("12", 12);
  CHECK(ClaimsDoc::of(en.claims(), "12").as_of_latest == "2024-05-11");
  // A figure of the article's own day has no such range.
  ClaimsDoc now("قتل 15 شخصاً في تونس.\n");
  now.number("15", 15);
  CHECK(ClaimsDoc::of(now.claims(), "15").as_of_earliest.empty());
}

TEST_CASE("a toll dated years before publication is history", "[claims][time][history]") {
  ClaimsDoc d("In 2015, a similar collapse in Chile killed 35 miners.\n");
  d.date("2015", "2015-01-01", "2015-12-31");
  d.number("35", 35);
  CHECK(ClaimsDoc::of(d.claims(), "35").frame.modality == fc::Modality::kBackground);
  // A level of then keeps its date and stays a reported figure.
  ClaimsDoc level("In 2015, Chile had 2,000 troops in Haiti.\n");
  level.date("2015", "2015-01-01", "2015-12-31");
  level.number("2,000", 2000);
  CHECK(ClaimsDoc::of(level.claims(), "2,000").frame.modality == fc::Modality::kActual);
}

TEST_CASE("a figure for a period after publication is a forecast", "[claims][time][forecast]") {
  ClaimsDoc d("The central bank sees growth in Jordan at 3.2% in 2026.\n");
  d.date("2026", "2026-01-01", "2026-12-31");
  d.number("3.2%", 3.2, 0, fc::MentionKind::kPercent);
  const auto c = ClaimsDoc::of(d.claims(), "3.2%");
  CHECK(c.frame.modality == fc::Modality::kForecast);
  CHECK(c.key.find("|forecast") != std::string::npos);
}

TEST_CASE("a present before a forecast's verb is the statement's day, not the figure's",
          "[claims][time][forecast]") {
  // Published 2024-05-12: the revenue is for 2024, said now; troops "currently" are of
  // the day.
  ClaimsDoc d(
      "For this year, the Jordanian treasury now expects revenues of 9.8 billion dinars.\n"
      "Jordan currently has 1200 troops in the area.\n");
  d.date("this year", "2024-01-01", "2024-12-31");
  d.number("9.8 billion", 9.8e9);
  d.number("1200", 1200);
  const auto cs = d.claims();
  const auto revenue = ClaimsDoc::of(cs, "9.8 billion");
  CHECK(revenue.as_of_earliest == "2024-01-01");
  CHECK(revenue.as_of_latest == "2024-12-31");
  CHECK(ClaimsDoc::of(cs, "1200").as_of_earliest == "2024-05-12");
}

TEST_CASE("the rockets of a dated attack are that attack's", "[claims][time]") {
  ClaimsDoc d("استهدف هجوم يوم الخميس قاعدة في سوريا بـ9 صواريخ.\n");
  d.date("يوم الخميس", "2024-05-09");
  d.number("9", 9);
  CHECK(ClaimsDoc::of(d.claims(), "9").as_of_earliest == "2024-05-09");
}

TEST_CASE("a toll's part of the day is part of its time", "[claims][time][ar]") {
  ClaimsDoc d("وبلغ عدد القتلى صباح الأحد 86 قتيلا بحسب الدفاع المدني.\n");
  d.date("صباح الأحد", "2024-05-12").day_part = "morning";
  d.number("86", 86);
  const auto c = ClaimsDoc::of(d.claims(), "86");
  CHECK(c.as_of_earliest == "2024-05-12TMO");
  CHECK(c.as_of_latest == "2024-05-12TMO");
}

TEST_CASE("the day a verb of happening gives the event is not the toll after it",
          "[claims][time][ar]") {
  // The magnitude stands between the quake and its day, and a comma before the day.
  ClaimsDoc d("ضرب زلزال بقوة 6.1 درجة الإقليم، فجر الجمعة، ما أسفر عن مقتل 70 شخصا.\n");
  d.number("6.1", 6.1);
  d.date("فجر الجمعة", "2024-05-10").day_part = "dawn";
  d.number("70", 70);
  const auto c = ClaimsDoc::of(d.claims(), "70");
  CHECK(c.counted == "killed");
  CHECK(c.as_of_earliest.empty());  // the publication day, assumed
}

TEST_CASE("a figure before another event's mention is the first event's", "[claims][frame]") {
  ClaimsDoc d("وقع زلزال عنيف بلغت قوته 6.8 درجات تلاه بعد ساعات زلزال آخر بلغت قوته 5.9 درجات.\n");
  d.number("6.8", 6.8);
  d.number("5.9", 5.9);
  const auto cs = d.claims();
  CHECK(ClaimsDoc::of(cs, "6.8").frame.event.value == "earthquake");
  CHECK(ClaimsDoc::of(cs, "5.9").frame.event.value == "earthquake#2");
}
