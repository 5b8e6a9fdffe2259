// What a figure counts when its sentence holds several (issue 17): two measures joined
// by "or", lists of figures each with its own noun, what happened told after a verb's
// auxiliaries. Sentences made up for these tests.
#include <catch2/catch.hpp>

#include "claims_doc.hpp"

using fc::test::ClaimsDoc;

TEST_CASE("a figure of two measures joined by 'or' is neither's", "[claims][frame]") {
  ClaimsDoc en(
      "A bridge collapsed in Peru.\n\nAbout 45 passengers were hurt or killed, police said, "
      "and 12 others died later.\n");
  en.number("45", 45);
  en.number("12", 12);
  const auto ecs = en.claims();
  CHECK(ClaimsDoc::of(ecs, "45").key.empty());
  CHECK(ClaimsDoc::of(ecs, "12").key == "killed||PE");
  // With a verb between the "or" and the other measure.
  ClaimsDoc verb(
      "A bridge collapsed in Peru.\n\nOver 60 people lost their lives or suffered "
      "injuries.\n");
  verb.number("60", 60);
  CHECK(ClaimsDoc::of(verb.claims(), "60").key.empty());
  ClaimsDoc ar("انهار جسر في البيرو.\n\nوسقط 45 قتيلاً أو جريحاً في الحادث.\n");
  ar.number("45", 45);
  CHECK(ClaimsDoc::of(ar.claims(), "45").key.empty());
}

TEST_CASE("each figure of a list keeps the noun right after it", "[claims][frame]") {
  // A toll, then two pairs: the injured and the missing are not the toll's.
  ClaimsDoc en("Storms hit Chile.\n\nThe toll reached 33, with 410 injured and five missing.\n");
  en.number("33", 33);
  en.number("410", 410);
  en.number("five", 5);
  const auto ecs = en.claims();
  CHECK(ClaimsDoc::of(ecs, "33").key == "killed||CL");
  CHECK(ClaimsDoc::of(ecs, "410").key == "injured||CL");
  CHECK(ClaimsDoc::of(ecs, "five").key == "missing||CL");
  // A figure with no noun of its own takes none from the next figure's.
  ClaimsDoc ar("عواصف في تشيلي.\n\nوصل العدد إلى 33 و7 مفقودين.\n");
  ar.number("33", 33);
  ar.number("7", 7);
  const auto acs = ar.claims();
  CHECK(ClaimsDoc::of(acs, "33").counted.find("missing") == std::string::npos);
  CHECK(ClaimsDoc::of(acs, "7").key == "missing||CL");
}

TEST_CASE("what happened may follow the noun after a verb's auxiliaries", "[claims][frame]") {
  ClaimsDoc d(
      "A ferry sank off Tanzania.\n\nThe coast guard said 19 people were confirmed dead, "
      "while 30 boxes arrived without any damage reported.\n");
  d.number("19", 19);
  d.number("30", 30);
  const auto cs = d.claims();
  CHECK(ClaimsDoc::of(cs, "19").key == "killed||TZ");
  // A nationality between the noun and what happened is the noun's.
  ClaimsDoc nat("غرقت عبارة قبالة تنزانيا.\n\nوقالت الشرطة إن 9 مدنيين أردنيين لقوا حتفهم.\n");
  nat.number("9", 9);
  CHECK(ClaimsDoc::of(nat.claims(), "9").counted.find("killed") != std::string::npos);
  CHECK(ClaimsDoc::of(cs, "30").counted.find("damage") == std::string::npos);
}

TEST_CASE("survivors are a count of their own, never the dead", "[claims][frame]") {
  ClaimsDoc en(
      "A boat capsized off Malta.\n\nCoast guards rescued 104 people, while 78 "
      "perished.\n");
  en.number("104", 104);
  en.number("78", 78);
  const auto ecs = en.claims();
  CHECK(ClaimsDoc::of(ecs, "104").key == "survivors||MT");
  CHECK(ClaimsDoc::of(ecs, "78").key == "killed||MT");
  ClaimsDoc ar("غرق قارب قبالة مالطا.\n\nونجا 104 أشخاص من الغرق.\n");
  ar.number("104", 104);
  CHECK(ClaimsDoc::of(ar.claims(), "104").key == "survivors||MT");
}

TEST_CASE("a measure right after one figure is not the next figure's", "[claims][frame]") {
  // The survivors are 104's; 78 counts the drowned, which no check names.
  ClaimsDoc d("غرق قارب قبالة مالطا.\n\nوأحضر خفر السواحل 104 ناجين وجثث 78 غريقاً.\n");
  d.number("104", 104);
  d.number("78", 78);
  const auto cs = d.claims();
  CHECK(ClaimsDoc::of(cs, "104").key == "survivors||MT");
  CHECK(ClaimsDoc::of(cs, "78").counted.find("survivors") == std::string::npos);
  // Joined by و, the measure after the first figure is the second's.
  ClaimsDoc pair("غرق قارب قبالة مالطا.\n\nوقتل 50 شخصاً وأصيب 20 في الحادث.\n");
  pair.number("50", 50);
  pair.number("20", 20);
  CHECK(ClaimsDoc::of(pair.claims(), "20").key == "injured||MT");
}

TEST_CASE("two measures joined by 'and' with no figure between are one count of both",
          "[claims][frame]") {
  ClaimsDoc ar(
      "انهار مبنى في الأردن.\n\nوأسفر الحادث عن 64 بين قتيل وجريح، وارتفع عدد القتلى "
      "والمصابين إلى 70، فيما قتل 12 شخصاً وأصيب 58 آخرون.\n");
  ar.number("64", 64);
  ar.number("70", 70);
  ar.number("12", 12);
  ar.number("58", 58);
  const auto acs = ar.claims();
  CHECK(ClaimsDoc::of(acs, "64").key.empty());
  CHECK(ClaimsDoc::of(acs, "70").key.empty());
  CHECK(ClaimsDoc::of(acs, "12").key == "killed||JO");
  CHECK(ClaimsDoc::of(acs, "58").key == "injured||JO");
  // Across a comma, the other measure is another clause's.
  ClaimsDoc comma("انهار مبنى في الأردن.\n\nوقال الدفاع المدني إن 30 أصيبوا، ودُمر 9 منازل.\n");
  comma.number("9", 9);
  CHECK(ClaimsDoc::of(comma.claims(), "9").key == "buildings collapsed||JO");
  ClaimsDoc en(
      "A building collapsed in Jordan.\n\nThe dead and injured now number 70, where 12 died "
      "and 58 were hurt.\n");
  en.number("70", 70);
  en.number("12", 12);
  en.number("58", 58);
  const auto ecs = en.claims();
  CHECK(ClaimsDoc::of(ecs, "70").key.empty());
  CHECK(ClaimsDoc::of(ecs, "12").key == "killed||JO");
  CHECK(ClaimsDoc::of(ecs, "58").key == "injured||JO");
}

TEST_CASE("a year after an event's noun counts no events", "[claims][frame]") {
  ClaimsDoc ar("فيضانات باكستان 2022: مقتل 1700 شخص\n\nوغمرت المياه ثلث البلاد.\n");
  ar.number("2022", 2022);
  ar.number("1700", 1700);
  const auto acs = ar.claims();
  CHECK(ClaimsDoc::of(acs, "2022").key.empty());
  CHECK(ClaimsDoc::of(acs, "1700").key == "killed||PK");
  // Events counted by the noun after the figure still are.
  ClaimsDoc en("Japan was shaken.\n\nThree earthquakes struck Japan on Sunday.\n");
  en.number("Three", 3);
  CHECK(ClaimsDoc::of(en.claims(), "Three").counted == "earthquake");
}

TEST_CASE("a stretch of time of no stated length counts nothing", "[claims][frame]") {
  ClaimsDoc ar("ضرب زلزال تركيا.\n\nوهو الزلزال الأقوى منذ عقود في المنطقة.\n");
  auto& m = ar.at("عقود", 0, fc::MentionKind::kVague);
  m.low = 20;
  m.high = 99;
  m.date_value = "PXDE";
  CHECK(ClaimsDoc::of(ar.claims(), "عقود").key.empty());
}

TEST_CASE("a quake's depth is its own measure, not its distance from a town", "[claims][frame]") {
  ClaimsDoc ar(
      "زلزال يضرب إيران.\n\nووقع الزلزال على عمق 12 كيلومتراً، وعلى بعد 40 كيلومتراً من "
      "مدينة بم.\n");
  ar.number("12", 12);
  ar.number("40", 40);
  const auto acs = ar.claims();
  CHECK(ClaimsDoc::of(acs, "12").counted == "depth[km]");
  CHECK(ClaimsDoc::of(acs, "40").counted.find("depth") == std::string::npos);
  ClaimsDoc en("A quake hit Iran.\n\nIt struck 12 km deep, 40 km south of Bam.\n");
  en.number("12", 12);
  en.number("40", 40);
  const auto ecs = en.claims();
  CHECK(ClaimsDoc::of(ecs, "12").counted == "depth[km]");
  CHECK(ClaimsDoc::of(ecs, "40").counted.find("depth") == std::string::npos);
}

TEST_CASE("a verb before its subject names what happened to the figure", "[claims][frame]") {
  // Arabic puts the verb first, in the singular, whatever the count after it.
  ClaimsDoc ar("قتال في جنوب السودان.\n\nوقالت المفوضية إنه فر 12 ألف شخص منذ الأحد.\n");
  ar.number("12 ألف", 12000);
  CHECK(ClaimsDoc::of(ar.claims(), "12 ألف").counted == "fled_abroad");
  ClaimsDoc disp("قتال في جنوب السودان.\n\nونزح 40 ألف شخص من القرى.\n");
  disp.number("40 ألف", 40000);
  CHECK(ClaimsDoc::of(disp.claims(), "40 ألف").counted == "displaced");
  ClaimsDoc en("Fighting in South Sudan.\n\nSome 12,000 people have crossed into Uganda.\n");
  en.number("Some 12,000", 12000);
  CHECK(ClaimsDoc::of(en.claims(), "Some 12,000").counted == "fled_abroad");
}

TEST_CASE("'others' and a comma do not hand a figure the measure before it", "[claims][frame]") {
  ClaimsDoc en(
      "A quake hit Peru.\n\nMost victims were in Cusco, where 1,205 people died and 2,640 were "
      "injured, with a dozen deaths elsewhere. At least 180 people were killed and over 400 "
      "others injured in the town.\n");
  en.number("2,640", 2640);
  en.number("over 400", 400);
  const auto ecs = en.claims();
  CHECK(ClaimsDoc::of(ecs, "2,640").counted == "injured");
  CHECK(ClaimsDoc::of(ecs, "over 400").counted == "injured");
  ClaimsDoc ar("زلزال في البيرو.\n\nوقتل 180 شخصاً و400 آخرين جرحى في البلدة.\n");
  ar.number("400", 400);
  CHECK(ClaimsDoc::of(ar.claims(), "400").counted == "injured");
}

TEST_CASE("a service's men are that service, and bodies pulled out are recovered",
          "[claims][frame]") {
  // "رجال" before a service names it, not men; the verb of an earlier figure is not the
  // bodies' when the search's own verb stands before them.
  ClaimsDoc ar(
      "وأصيب 7 من رجال الأمن في تفجير في الصومال.\n\nوأصيب 9 من المسعفين أثناء انتشال 40 جثة.\n");
  ar.number("7", 7);
  ar.number("9", 9);
  ar.number("40", 40);
  const auto cs = ar.claims();
  CHECK(ClaimsDoc::of(cs, "7").counted == "police injured");
  CHECK(ClaimsDoc::of(cs, "9").counted == "rescuers injured");
  CHECK(ClaimsDoc::of(cs, "40").counted == "bodies recovered");
  ClaimsDoc en("Three policemen were killed in Somalia, and 40 bodies were recovered.\n");
  en.number("Three", 3);
  en.number("40", 40);
  const auto es = en.claims();
  CHECK(ClaimsDoc::of(es, "Three").counted == "police killed");
  CHECK(ClaimsDoc::of(es, "40").counted == "bodies recovered");
}

TEST_CASE("two measures joined by 'and', each with its own figure, are each one's",
          "[claims][frame]") {
  // The joint count ("عدد القتلى والجرحى") needs the two measures with no figure of their
  // own; here each has one, before the first and after the second.
  ClaimsDoc ar("وقالت الوزارة إن 120 مدنيا في اليمن استشهدوا وأصيب أكثر من 300 آخرين.\n");
  ar.number("120", 120);
  ar.number("أكثر من 300", 300);
  const auto cs = ar.claims();
  CHECK(ClaimsDoc::of(cs, "120").counted == "civilians killed");
  CHECK(ClaimsDoc::of(cs, "أكثر من 300").counted.find("injured") != std::string::npos);
  CHECK(ClaimsDoc::of(cs, "أكثر من 300").counted.find("killed") == std::string::npos);
}
