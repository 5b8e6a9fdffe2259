// Places, owners and what is counted (issue 17): place nouns name places the gazetteer
// does not know, a place naming an event gives its country, outside excludes a place,
// organisations own seats, the whole after "out of" is nobody's, the noun inside a
// mention counts first and a qualifier stays with its own figure. Sentences made up for
// these tests.
#include <catch2/catch.hpp>

#include "claims_doc.hpp"
#include "factcheck/claims/name_sound.hpp"

using fc::test::ClaimsDoc;

TEST_CASE("a place noun makes the name after it a place of the article's country",
          "[claims][place][ar]") {
  ClaimsDoc d(
      "تتواصل الأمطار في السودان والسودان يعلن الطوارئ.\n\n"
      "وسجلت ولاية سنار 37 وفاة، وسجلت مدينة الموصل 40 إصابة.\n");
  d.number("37", 37);
  d.number("40", 40);
  const auto cs = d.claims();
  const auto sennar = ClaimsDoc::of(cs, "37");
  CHECK(sennar.counted == "killed");
  REQUIRE(sennar.where.size() == 1);
  CHECK(sennar.where[0] == "SD/snr");  // the sound of its name
  CHECK_FALSE(sennar.where_implied);
  const auto mosul = ClaimsDoc::of(cs, "40");
  REQUIRE(mosul.where.size() == 1);
  CHECK(mosul.where[0] == "Mosul");
}

TEST_CASE("a name no gazetteer knows is keyed by its sound, which both scripts reach",
          "[claims][place]") {
  using fc::claims::name_sound;
  // Arabic spellings with and without the long vowel, and the English one.
  CHECK(name_sound("هرات") == "hrt");
  CHECK(name_sound("هيرات") == "hrt");
  CHECK(name_sound("herat") == "hrt");
  // Digraphs, a final ة, letters Arabic lacks, doubled letters.
  CHECK(name_sound("chefchaouen") == name_sound("شفشاون"));
  CHECK(name_sound("balkh") == name_sound("بلخ"));
  CHECK(name_sound("paiporta") == name_sound("بايبورتا"));
  CHECK(name_sound("valencia") == name_sound("فالنسيا"));
  CHECK(name_sound("jajarkot") == name_sound("جاجاركوت"));
  CHECK(name_sound("hama") == name_sound("حماة"));
  CHECK(name_sound("jeddah") == name_sound("جدة"));
  // Names that sound apart stay apart; one consonant is too little to key by.
  CHECK(name_sound("balkh") != name_sound("herat"));
  CHECK(name_sound("ur") == "ur");

  // The same district in an Arabic and an English article: one key.
  ClaimsDoc ar(
      "ضربت السيول "
      "أفغانستان.\n\nوسجلت ولاية بلخ 37 وفاة.\n");
  ar.number("37", 37);
  ClaimsDoc en("Floods hit Afghanistan.\n\nBalkh province reported 37 deaths.\n");
  en.number("37", 37);
  const auto a = ClaimsDoc::of(ar.claims(), "37");
  const auto e = ClaimsDoc::of(en.claims(), "37");
  CHECK(a.where == std::vector<std::string>{"AF/blk"});
  CHECK(a.key == e.key);
}

TEST_CASE("an English name before its place noun is a place too", "[claims][place][en]") {
  ClaimsDoc d("Floods swept Sudan this week. Kassala state reported 15 deaths.\n");
  d.number("15", 15);
  const auto c = ClaimsDoc::of(d.claims(), "15");
  REQUIRE(c.where.size() == 1);
  CHECK(c.where[0] == "SD/ksl");
}

TEST_CASE("a place naming the event gives its country", "[claims][place]") {
  ClaimsDoc ar("ارتفعت حصيلة ضحايا زلزال هاتاي إلى 200 قتيل.\n");
  ar.number("200", 200);
  const auto a = ClaimsDoc::of(ar.claims(), "200");
  REQUIRE(a.where.size() == 1);
  CHECK(a.where[0] == "TR");
  ClaimsDoc en("The Gaziantep quake has killed 300 people.\n");
  en.number("300", 300);
  const auto e = ClaimsDoc::of(en.claims(), "300");
  REQUIRE(e.where.size() == 1);
  CHECK(e.where[0] == "TR");
}

TEST_CASE("outside a place is its own scope", "[claims][place]") {
  ClaimsDoc d("قتل 25 شخصاً خارج بغداد، و40 في بغداد.\n");
  d.number("25", 25);
  d.number("40", 40);
  const auto cs = d.claims();
  REQUIRE(ClaimsDoc::of(cs, "25").where.size() == 1);
  CHECK(ClaimsDoc::of(cs, "25").where[0] == "outside:Baghdad");
  CHECK(ClaimsDoc::of(cs, "25").key != ClaimsDoc::of(cs, "40").key);
}

TEST_CASE("an English word before a place noun names a place only when capitalized",
          "[claims][place][en]") {
  ClaimsDoc d(
      "Floods swept Sudan this week.\n\nIn the adjoining state 21 people died.\n\n"
      "The province of Kassala reported 15 deaths.\n");
  d.number("21", 21);
  d.number("15", 15);
  const auto cs = d.claims();
  CHECK(ClaimsDoc::of(cs, "21").where == std::vector<std::string>{"SD"});
  CHECK(ClaimsDoc::of(cs, "15").where == std::vector<std::string>{"SD/ksl"});
}

TEST_CASE("a capitalized name after 'in' is a place of the article's country",
          "[claims][place][en]") {
  ClaimsDoc d(
      "A quake struck Nepal on Friday.\n\n"
      "Some 92 people died in Dailekh, while 31 deaths were reported in West Salyan.\n\n"
      "The toll in Nepal rose to 140.\n");
  d.number("92", 92);
  d.number("31", 31);
  d.number("140", 140);
  const auto cs = d.claims();
  CHECK(ClaimsDoc::of(cs, "92").key == "killed||NP/dlk");
  CHECK(ClaimsDoc::of(cs, "31").key == "killed||NP/sln");
  CHECK(ClaimsDoc::of(cs, "140").key == "killed||NP");
}

TEST_CASE("a statement's venue is no place of its figures", "[claims][place]") {
  // Baghdad is where the commission spoke; "محافظة وأخرى" (one province and another)
  // names no province.
  ClaimsDoc d(
      "جرت الانتخابات في العراق.\n\n"
      "وقال رئيس المفوضية في مؤتمر صحافي ببغداد إن نسبة المشاركة بلغت 38%، وإنها تفاوتت بين "
      "محافظة وأخرى.\n\nThe UN told a news conference in Geneva that 4,100 fled Iraq.\n");
  d.number("38%", 38, 0, fc::MentionKind::kPercent);
  d.number("4,100", 4100);
  const auto cs = d.claims();
  CHECK(ClaimsDoc::of(cs, "38%").where == std::vector<std::string>{"IQ"});
  CHECK(ClaimsDoc::of(cs, "4,100").where == std::vector<std::string>{"IQ"});
}

TEST_CASE("seats take the organisation their clause names", "[claims][owner]") {
  ClaimsDoc ar(
      "أظهرت النتائج في تونس أن حزب \"النهضة\" حصل على 52 مقعداً من أصل 217، وحلت "
      "الكتلة الديمقراطية ثانية بـ38 مقعداً.\n");
  ar.number("52", 52);
  ar.number("217", 217);
  ar.number("38", 38);
  const auto cs = ar.claims();
  CHECK(ClaimsDoc::of(cs, "52").whose == std::vector<std::string>{"نهض"});
  CHECK(ClaimsDoc::of(cs, "217").whose.empty());  // the whole: nobody's share
  CHECK(ClaimsDoc::of(cs, "38").whose == std::vector<std::string>{"ديمقراطي"});
  ClaimsDoc en("In Britain the Labour party won 412 seats.\n");
  en.number("412", 412);
  CHECK(ClaimsDoc::of(en.claims(), "412").whose == std::vector<std::string>{"labour"});
}

TEST_CASE("the noun inside a mention counts, and one before the next figure is its",
          "[claims][measure]") {
  ClaimsDoc d("قتل 12 شخصاً على الأقل وأصيب أكثر من 30 في اليمن.\n");
  d.number("12 شخصاً على الأقل", 12);
  d.number("أكثر من 30", 30);
  const auto cs = d.claims();
  CHECK(ClaimsDoc::of(cs, "12 شخصاً على الأقل").counted == "killed");
  CHECK(ClaimsDoc::of(cs, "أكثر من 30").counted == "injured");
}

TEST_CASE("a qualifier after one figure stays with it", "[claims][qualifier]") {
  ClaimsDoc d(
      "تراجع حزب \"الأمل\" في الأردن من 40 مقعداً في النتائج الأولية إلى 36 مقعداً في "
      "النتائج النهائية.\n");
  d.number("40", 40);
  d.number("36", 36);
  const auto cs = d.claims();
  CHECK(ClaimsDoc::of(cs, "40").key.find("+preliminary") != std::string::npos);
  CHECK(ClaimsDoc::of(cs, "36").key.find("+preliminary") == std::string::npos);
  // Both are the party's: the owner before the first figure holds across it.
  CHECK(ClaimsDoc::of(cs, "36").whose == std::vector<std::string>{"امل"});
}

TEST_CASE("a figure right after a colon is the value of the label", "[claims][measure]") {
  ClaimsDoc d("أبرز أرقام ميزانية الكويت:\n- العجز المتوقع: 6 مليارات دينار.\n");
  d.number("6 مليارات", 6e9);
  const auto c = ClaimsDoc::of(d.claims(), "6 مليارات");
  CHECK(c.frame.measure.value == "deficit");
  CHECK(c.frame.modality == fc::Modality::kForecast);
}

TEST_CASE("where a cut ended is a level of what was cut", "[claims][measure]") {
  ClaimsDoc d("قررت فرنسا خفض قواتها في مالي من 5100 إلى 2500 جندي.\n");
  d.at("من 5100 إلى 2500", 0, fc::MentionKind::kChange).to = 2500;
  const auto cs = d.claims();
  CHECK(cs[0].counted == "troops");
}

TEST_CASE("each figure of a parallel list takes the place after it", "[claims][place]") {
  ClaimsDoc en("The army keeps 3,000 troops in Basra and 2,500 in Mosul.\n");
  en.number("3,000", 3000);
  en.number("2,500", 2500);
  const auto e = en.claims();
  CHECK(ClaimsDoc::of(e, "3,000").key == "troops||Basra");
  CHECK(ClaimsDoc::of(e, "2,500").key == "troops||Mosul");
  ClaimsDoc ar("قتل 30 شخصاً في البصرة و25 في الموصل.\n");
  ar.number("30", 30);
  ar.number("25", 25);
  const auto a = ar.claims();
  CHECK(ClaimsDoc::of(a, "30").key == "killed||Basra");
  CHECK(ClaimsDoc::of(a, "25").key == "killed||Mosul");
}

TEST_CASE("a noun before an earlier figure with nouns of its own is not the next one's",
          "[claims][measure]") {
  // "attack" stands before the first pair: the wounded are no attacks.
  ClaimsDoc d("The attack left at least 61 people killed and more than 150 wounded in Chad.\n");
  d.number("at least 61", 61);
  d.number("more than 150", 150);
  const auto cs = d.claims();
  CHECK(ClaimsDoc::of(cs, "at least 61").counted == "killed");
  CHECK(ClaimsDoc::of(cs, "more than 150").counted == "injured");
  // A relative "who" is no World Health Organization.
  ClaimsDoc w("He mourned the 40 people who died in Chad.\n");
  w.number("40", 40);
  CHECK(ClaimsDoc::of(w.claims(), "40").frame.counter.value.empty());
}

TEST_CASE("an adjective before a place noun names no place; 'of' and its name do",
          "[claims][place][en]") {
  ClaimsDoc en(
      "Floods hit Iraq.\n\nAt least 14 people died in the Shia-majority town of Al-Karama.\n");
  en.number("14", 14);
  ClaimsDoc ar("فيضانات في العراق.\n\nتوفي 14 شخصاً في بلدة الكرامة.\n");
  ar.number("14", 14);
  const auto e = ClaimsDoc::of(en.claims(), "14");
  CHECK(e.where == std::vector<std::string>{"IQ/krm"});
  CHECK(e.key == ClaimsDoc::of(ar.claims(), "14").key);
}

TEST_CASE("where the hurt were taken is no place of the figure", "[claims][place]") {
  ClaimsDoc ar("حريق في مصنع بالعراق.\n\nوأصيب 35 عاملاً نقلوا إلى مستشفيات أربيل.\n");
  ar.number("35", 35);
  CHECK(ClaimsDoc::of(ar.claims(), "35").where == std::vector<std::string>{"IQ"});
  ClaimsDoc en(
      "A factory fire in Iraq.\n\nSome 35 workers were injured and taken to hospitals in "
      "Erbil.\n");
  en.number("35", 35);
  CHECK(ClaimsDoc::of(en.claims(), "35").where == std::vector<std::string>{"IQ"});
}

TEST_CASE("the headline's country outweighs the countries a later list names", "[claims][place]") {
  ClaimsDoc d(
      "Avalanche kills climbers in Switzerland\n\nRescuers found 12 bodies on Sunday.\n\n"
      "The climbers came from Nepal, India and Chile. Nepal lost six, India four and Chile "
      "two.\n");
  d.number("12", 12);
  CHECK(ClaimsDoc::of(d.claims(), "12").where == std::vector<std::string>{"CH"});
}

TEST_CASE("a city the checks name gives its country; a word that looks like one does not",
          "[claims][place]") {
  // The headline's city is the story's: its country is the article's place.
  ClaimsDoc d("موجة حر في مكة المكرمة.\n\nتوفي 41 حاجاً بسبب الحر.\n");
  d.number("41", 41);
  CHECK(ClaimsDoc::of(d.claims(), "41").where == std::vector<std::string>{"SA"});
  // "وجيزة" (brief) and "ورقة" (a paper) are no Giza and no Raqqa.
  ClaimsDoc w("زلزال في تركيا.\n\nوبعد فترة وجيزة نشرت الوزارة ورقة تقول إن 12 شخصاً قتلوا.\n");
  w.number("12", 12);
  CHECK(ClaimsDoc::of(w.claims(), "12").where == std::vector<std::string>{"TR"});
}
