// The day an event took place (issue 17): a date is the event's own when the text says it
// happened then, not when something else was said or done around it. Sentences made up for
// these tests.
#include <catch2/catch.hpp>

#include <string>

#include "claims_doc.hpp"

using fc::test::ClaimsDoc;

namespace {

bool event_day(const fc::Claim& c) { return c.frame.semantics == fc::Semantics::kEventConstant; }

}  // namespace

namespace {

/// A sentence of our own and the date in it, as the extractor would give it.
struct Case {
  std::string sentence;
  std::string date;
  std::string earliest;
  std::string latest;    ///< empty: the same day
  std::string day_part;  ///< the mention's, as the extractor sets it
  std::string time;
  std::string event;      ///< the event expected; empty: any
  std::string key;        ///< the key expected; empty: any
  std::string as_latest;  ///< the claim's day range's end expected; empty: any
};

fc::Claim claim_of(const Case& k) {
  ClaimsDoc d(k.sentence + "\n");
  auto& m = d.date(k.date, k.earliest, k.latest);
  m.day_part = k.day_part;
  m.time = k.time;
  if (k.sentence.find("12 people") != std::string::npos) d.number("12", 12);
  return ClaimsDoc::of(d.claims(), k.date);
}

}  // namespace

TEST_CASE("a date the text says an event happened on is that event's day",
          "[claims][event][ar][en]") {
  const auto k = GENERATE(values<Case>({
      // A verb of happening before the event.
      {"ضرب إعصار قوي سواحل عُمان فجر الأحد، وفق هيئة الأرصاد.", "فجر الأحد", "2024-05-12", "", "",
       "", "storm", "", ""},
      // A relative clause with the verb.
      {"The storm that hit the coast on Sunday flooded dozens of villages.", "Sunday", "2024-05-12",
       "", "", "", "storm", "", ""},
      // The date right after the event's noun, and right before it.
      {"وتعود آثار فيضانات 2019 إلى الواجهة مع كل موسم أمطار.", "2019", "2019-01-01", "2019-12-31",
       "", "", "flood", "", ""},
      {"Investigators are still looking into the March 3 explosion at the plant.", "March 3",
       "2024-03-03", "", "", "", "explosion", "", ""},
      // A verb of happening after the parties, far from the event's noun.
      {"Fighting between the army and the rebel militias erupted on April 15.", "April 15",
       "2024-04-15", "", "", "", "clashes", "", ""},
      {"بعد مرور شهرين على الحرب التي اندلعت بين الجيش والفصائل المسلحة في 3 مارس.", "3 مارس",
       "2024-03-03", "", "", "", "war", "", ""},
      // A night's day, or one told with an hour before midnight, reaches into the next; an
      // evening's does not.
      {"وضرب الزلزال المنطقة ليل الأحد، وفق المرصد.", "ليل الأحد", "2024-05-05", "", "night", "",
       "earthquake", "", "2024-05-06"},
      {"The quake struck the valley on Sunday at 11:40 p.m., the agency said.",
       "Sunday at 11:40 p.m.", "2024-05-05", "", "", "23:40", "earthquake", "", "2024-05-06"},
      {"وضرب الزلزال المنطقة مساء الأحد، وفق المرصد.", "مساء الأحد", "2024-05-05", "", "evening",
       "", "earthquake", "", "2024-05-05"},
      // A dam, a bridge or a building gives way once.
      {"وقال شهود إن الجسر انهار فجر الأحد تحت ثقل الشاحنات.", "فجر الأحد", "2024-05-12", "",
       "dawn", "", "collapse", "", ""},
      {"The dam above the village gave way early on Monday, flooding the valley.",
       "early on Monday", "2024-05-13", "", "", "", "collapse", "", ""},
      // A city's event is keyed by its country.
      {"وقع الانفجار في مرفأ بيروت مساء الخميس.", "مساء الخميس", "2024-05-09", "", "", "",
       "explosion", "explosion|LB", ""},
  }));
  CAPTURE(k.sentence);
  const auto c = claim_of(k);
  CHECK(event_day(c));
  if (!k.event.empty()) CHECK(c.event == k.event);
  if (!k.key.empty()) CHECK(c.key == k.key);
  if (!k.as_latest.empty()) CHECK(c.mention.latest == k.as_latest);
}

TEST_CASE("a date of something else said or done around an event is not its day",
          "[claims][event][ar][en]") {
  const auto [sentence, date, day] = GENERATE(table<std::string, std::string, std::string>({
      // A toll announced on a day, or that rose on it.
      {"أعلنت الوزارة الأحد ارتفاع حصيلة ضحايا الإعصار في البلاد.", "الأحد", "2024-05-12"},
      {"The toll from the storm rose on Tuesday as rescuers reached the valley.", "Tuesday",
       "2024-05-07"},
      // Another subject's verb after the event's.
      {"The earthquake struck the mountain villages and the rescue work began on Tuesday.",
       "Tuesday", "2024-05-07"},
      // A day counted from the event, or said to be after it.
      {"وفي اليوم التالي للإعصار بدأت فرق الإنقاذ عملها.", "اليوم التالي", "2024-05-13"},
      {"Rescuers searched the rubble on Monday, a day after the quake.", "Monday", "2024-05-13"},
      // A figure between the event and the date.
      {"The storm killed 12 people in the north on Sunday, officials said.", "Sunday",
       "2024-05-12"},
  }));
  CAPTURE(sentence);
  Case k;
  k.sentence = sentence;
  k.date = date;
  k.earliest = day;
  CHECK_FALSE(event_day(claim_of(k)));
}
