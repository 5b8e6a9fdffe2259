// The claim frame (issue 17): slot by slot, with where each slot was read from. Sentences
// made up for these tests, in shapes other than the development corpora's.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "factcheck/claims/claim_builder.hpp"
#include "factcheck/core/span.hpp"
#include "factcheck/report/mention_json.hpp"

namespace {

struct Doc {
  fc::Source source;
  fc::normalize::NormalizedText text;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  std::vector<fc::Mention> mentions;

  explicit Doc(std::string bytes) {
    source.id = "f";
    source.bytes = std::move(bytes);
    source.published = fc::util::CivilDate{2024, 5, 12};
    text = fc::normalize::normalize_text(source.bytes);
    sentences = fc::normalize::split_sentences(text);
  }

  /// A number at the `nth` occurrence (0-based) of `needle`.
  void number(const std::string& needle, double value, std::size_t nth = 0,
              fc::MentionKind kind = fc::MentionKind::kNumber) {
    auto pos = source.bytes.find(needle);
    for (std::size_t i = 0; i < nth && pos != std::string::npos; ++i)
      pos = source.bytes.find(needle, pos + 1);
    REQUIRE(pos != std::string::npos);
    fc::Mention m;
    m.kind = kind;
    m.text = needle;
    m.span.start = pos;
    m.span.end = pos + needle.size();
    fc::LineIndex(source.bytes).locate(m.span);
    m.value = m.low = m.high = value;
    mentions.push_back(m);
  }

  std::vector<fc::Claim> claims(const fc::rules::RuleSet& rules) {
    const fc::claims::SourceView view{source, text, sentences, mentions};
    return fc::claims::build_claims(view, rules);
  }
  std::vector<fc::Claim> claims() {
    static const auto rules = *fc::rules::load_builtin();
    return claims(rules);
  }
};

}  // namespace

TEST_CASE("a frame records each slot and where it was read", "[claims][frame][ar]") {
  Doc d("تنشر بريطانيا حاليًا 1200 جندي في إستونيا.\n");
  d.number("1200", 1200);
  auto rules = *fc::rules::load_builtin();
  REQUIRE(fc::rules::load_text("places:\n  - {name: Estonia, ar: [استونيا], en: [estonia]}\n",
                               "p.yaml", rules)
              .empty());
  fc::rules::rebuild_lexicon(rules);
  const auto c = d.claims(rules);
  REQUIRE(c.size() == 1);
  const auto& f = c[0].frame;
  CHECK(f.measure.value == "troops");
  CHECK(f.measure.from == fc::Provenance::kClause);
  CHECK(f.place.value == "EE");
  CHECK(f.place.from == fc::Provenance::kClause);
  CHECK(f.place_scope == "country");
  CHECK(f.time.value == "2024-05-12");
  CHECK(f.time.from == fc::Provenance::kSentence);  // "حاليًا": as of the publication day
  CHECK(f.semantics == fc::Semantics::kLevel);
  CHECK(f.max_change_per_day > 0);
  CHECK(f.modality == fc::Modality::kActual);
}

TEST_CASE("a figure without its own date takes the publication day, assumed", "[claims][frame]") {
  Doc d("Rescuers said 41 people were killed in Nepal.");
  d.number("41", 41);
  const auto c = d.claims();
  REQUIRE(c.size() == 1);
  CHECK(c[0].frame.measure.value == "killed");
  CHECK(c[0].frame.semantics == fc::Semantics::kRunningTotal);
  CHECK(c[0].frame.time.value == "2024-05-12");
  CHECK(c[0].frame.time.from == fc::Provenance::kAssumed);
  CHECK(c[0].as_of_earliest.empty());  // the comparison's as-of is not invented
}

TEST_CASE("each figure of one sentence has its own measure", "[claims][frame][ar][en]") {
  Doc ar("أسفرت السيول عن 812 وفاة و1940 جريحاً في السودان.");
  ar.number("812", 812);
  ar.number("1940", 1940);
  const auto a = ar.claims();
  REQUIRE(a.size() == 2);
  CHECK(a[0].frame.measure.value == "killed");
  CHECK(a[1].frame.measure.value == "injured");
  Doc en("The storm left 37 dead and 210 injured across Yemen.");
  en.number("37", 37);
  en.number("210", 210);
  const auto e = en.claims();
  REQUIRE(e.size() == 2);
  CHECK(e[0].frame.measure.value == "killed");
  CHECK(e[1].frame.measure.value == "injured");
}

TEST_CASE("an entity counted with what happened to it is a qualifier", "[claims][frame]") {
  Doc d("قُتل 14 طفلاً في القصف على إدلب.");
  d.number("14", 14);
  const auto c = d.claims();
  REQUIRE(c.size() == 1);
  CHECK(c[0].frame.measure.value == "killed");
  CHECK(c[0].frame.qualifiers == std::vector<std::string>{"children"});
  CHECK(c[0].frame.place_scope == "city");
}

TEST_CASE("hours after a toll are not the toll", "[claims][frame][ar][en]") {
  Doc ar("ارتفعت حصيلة القتلى في ليبيا بعد 7 ساعات من انهيار السد.");
  ar.number("7", 7);
  const auto a = ar.claims();
  REQUIRE(a.size() == 1);
  CHECK(a[0].frame.measure.value != "killed");
  Doc en("Deaths were reported in Libya after 11 hours of searching.");
  en.number("11", 11);
  const auto e = en.claims();
  REQUIRE(e.size() == 1);
  CHECK(e[0].frame.measure.value != "killed");
  // A measure right before the noun still counts it.
  Doc w("قتل 9 عمال في انفجار بمصنع في مصر.");
  w.number("9", 9);
  CHECK(w.claims()[0].frame.measure.value == "killed");
}

TEST_CASE("forecasts, plans and limits are not actuals", "[claims][frame][modality]") {
  Doc f("ويتوقع مسؤولون أن يرتفع عدد القتلى في باكستان إلى 900.");
  f.number("900", 900);
  const auto cf = f.claims();
  REQUIRE(cf.size() == 1);
  CHECK(cf[0].frame.modality == fc::Modality::kForecast);
  CHECK(cf[0].key == "killed||PK|forecast");
  Doc e("Officials warned the number of dead in Pakistan could reach 900.");
  e.number("900", 900);
  CHECK(e.claims()[0].frame.modality == fc::Modality::kForecast);
  Doc p("The ministry targets inflation of 5% in Egypt by December.");
  p.number("5%", 5, 0, fc::MentionKind::kPercent);
  CHECK(p.claims()[0].frame.modality == fc::Modality::kPlan);
  Doc l("وحدد الاتفاق سقفاً يبلغ 3000 جندي في العراق.");
  l.number("3000", 3000);
  CHECK(l.claims()[0].frame.modality == fc::Modality::kLimit);
  Doc a("وقتل 60 شخصا في العراق أمس.");
  a.number("60", 60);
  CHECK(a.claims()[0].frame.modality == fc::Modality::kActual);
}

TEST_CASE("a place in another clause of the sentence beats the article's", "[claims][frame]") {
  Doc d(
      "تتواصل الأمطار في سوريا. وتضررت مدن سوريا كلها.\n\n"
      "وفي الأردن، بلغ عدد القتلى 17.");
  d.number("17", 17);
  const auto c = d.claims();
  REQUIRE(c.size() == 1);
  CHECK(c[0].frame.place.value == "JO");
  CHECK(c[0].frame.place.from == fc::Provenance::kSentence);
  CHECK_FALSE(c[0].where_implied);
}

TEST_CASE("the country refers to the country just named", "[claims][frame][ar][en]") {
  Doc ar("ضرب زلزال المغرب ليل الجمعة. ثم ضربت هزات لبنان. وارتفع عدد القتلى في البلاد إلى 600.");
  ar.number("600", 600);
  const auto a = ar.claims();
  REQUIRE(a.size() == 1);
  CHECK(a[0].frame.place.value == "LB");
  CHECK(a[0].frame.place.from == fc::Provenance::kParagraph);
  Doc en(
      "Floods hit Pakistan and India on Monday. Pakistan was worst hit. The toll "
      "across the country rose to 85 dead.");
  en.number("85", 85);
  const auto e = en.claims();
  REQUIRE(e.size() == 1);
  CHECK(e[0].frame.place.value == "PK");
}

TEST_CASE("a teaser block about another story is not part of it", "[claims][frame]") {
  Doc d(
      "ارتفع عدد القتلى في ليبيا إلى 120.\n\nاقرأ أيضاً: مقتل 30 في انفجار ببغداد\n"
      "مقتل 4 في العراق\n\nوقال الهلال الأحمر في ليبيا إن 50 شخصا فقدوا.");
  d.number("120", 120);
  d.number("30", 30);
  d.number("4", 4, 0);
  d.number("50", 50);
  const auto c = d.claims();
  REQUIRE(c.size() == 4);
  CHECK(c[0].frame.excluded.empty());
  CHECK_FALSE(c[0].key.empty());
  CHECK(c[1].frame.excluded == "teaser");
  CHECK(c[1].key.empty());
  CHECK(c[2].frame.excluded == "teaser");
  CHECK(c[3].frame.excluded.empty());
  // "read also" inside a sentence opens no block.
  Doc e("Readers should read also the 12 injured in Peru report.");
  e.number("12", 12);
  CHECK(e.claims()[0].frame.excluded.empty());
}

TEST_CASE("a second quake and an aftershock are other events", "[claims][frame][event]") {
  Doc d("ضرب زلزال بقوة 7.1 غرب اليابان، ثم ضرب زلزال ثانٍ بقوة 6.2 المنطقة.");
  d.number("7.1", 7.1);
  d.number("6.2", 6.2);
  auto rules = *fc::rules::load_builtin();
  REQUIRE(fc::rules::load_text("places:\n  - {name: Japan, ar: [اليابان], en: [japan]}\n", "p.yaml",
                               rules)
              .empty());
  fc::rules::rebuild_lexicon(rules);
  const auto c = d.claims(rules);
  REQUIRE(c.size() == 2);
  CHECK(c[0].frame.measure.value == "magnitude");
  CHECK(c[0].frame.event.value == "earthquake");
  CHECK(c[1].frame.event.value == "earthquake#2");
  CHECK(c[0].key != c[1].key);
  Doc e("An aftershock of magnitude 5.4 shook the Japan coast.");
  e.number("5.4", 5.4);
  const auto ce = e.claims(rules);
  REQUIRE(ce.size() == 1);
  CHECK(ce[0].frame.event.value == "aftershock");
}

TEST_CASE("cue lists are data: validated, and a newsroom adds to them", "[claims][rules]") {
  auto rules = *fc::rules::load_builtin();
  auto errors = fc::rules::load_text("cues:\n  forecasts:\n    en: [soon]\n", "c.yaml", rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 2);
  CHECK(errors[0].column == 3);
  CHECK(errors[0].message.find("unknown cue list 'forecasts'") != std::string::npos);
  errors = fc::rules::load_text("cues:\n  forecast:\n    en: [anticipated]\n", "c.yaml", rules);
  REQUIRE(errors.empty());
  fc::rules::rebuild_lexicon(rules);
  CHECK(rules.cue(fc::rules::Cue::kForecast).has("anticipated"));
  CHECK(rules.cue(fc::rules::Cue::kForecast).has("expected"));  // built-ins kept
  Doc d("Officials anticipated 300 injured in Chile.");
  d.number("300", 300);
  CHECK(d.claims(rules)[0].frame.modality == fc::Modality::kForecast);
}

TEST_CASE("semantics are declared per measure and validated", "[claims][rules]") {
  fc::rules::RuleSet rules;
  auto errors =
      fc::rules::load_text("subjects:\n  - name: ships\n    semantics: stock\n", "s.yaml", rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 3);
  errors = fc::rules::load_text(
      "subjects:\n  - name: ships\n    semantics: running_total\n    max_change_per_day: 0.1\n",
      "s.yaml", rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 4);
  errors = fc::rules::load_text(
      "subjects:\n  - name: ships\n    semantics: level\n    max_change_per_day: 0.1\n", "s.yaml",
      rules);
  REQUIRE(errors.empty());
  REQUIRE(rules.subject("ships") != nullptr);
  CHECK(rules.subject("ships")->semantics == fc::Semantics::kLevel);
  CHECK(rules.subject("ships")->max_change_per_day == Approx(0.1));
}

TEST_CASE("the frame is written in the claim JSON and read back", "[claims][frame][json]") {
  fc::Claim c;
  c.id = "s:1:1";
  c.source = "s";
  c.mention.kind = fc::MentionKind::kNumber;
  c.mention.text = "5";
  c.frame.measure = {"killed", fc::Provenance::kClause};
  c.frame.qualifiers = {"children"};
  c.frame.place = {"Gaza", fc::Provenance::kSentence};
  c.frame.place_scope = "region";
  c.frame.time = {"2024-05-12", fc::Provenance::kAssumed};
  c.frame.modality = fc::Modality::kForecast;
  c.frame.semantics = fc::Semantics::kRunningTotal;
  std::string out;
  fc::report::JsonWriter w(out);
  fc::report::write_claim_json(w, c);
  const auto j = fc::report::Json::parse(out);
  CHECK(j["frame"]["place"]["from"] == "sentence");
  CHECK(j["frame"]["modality"] == "forecast");
  const auto back = fc::report::claim_from_json(j);
  CHECK(back.frame.place.value == "Gaza");
  CHECK(back.frame.place.from == fc::Provenance::kSentence);
  CHECK(back.frame.time.from == fc::Provenance::kAssumed);
  CHECK(back.frame.qualifiers == c.frame.qualifiers);
  CHECK(back.frame.modality == fc::Modality::kForecast);
  CHECK(back.frame.semantics == fc::Semantics::kRunningTotal);
}

TEST_CASE("a magnitude read after aftershocks in its sentence is an aftershock's",
          "[claims][frame][event]") {
  Doc d("Dozens of aftershocks shook Chile overnight, the largest measuring 5.9 in magnitude.");
  d.number("5.9", 5.9);
  const auto c = d.claims();
  REQUIRE(c.size() == 1);
  CHECK(c[0].frame.measure.value == "magnitude");
  CHECK(c[0].frame.event.value == "aftershock");
  Doc m("A quake of magnitude 6.3 shook Chile overnight.");
  m.number("6.3", 6.3);
  CHECK(m.claims()[0].frame.event.value == "earthquake");
}

TEST_CASE("a toll in a sentence about an earlier quake is history", "[claims][frame][time]") {
  Doc d("وهذا أعنف زلزال في تشيلي منذ زلزال عام 2010 الذي أودى بحياة 525 شخصا.");
  d.number("525", 525);
  // The date mention, as the date extractor gives it.
  const auto pos = d.source.bytes.find("عام 2010");
  fc::Mention y;
  y.kind = fc::MentionKind::kDate;
  y.text = "عام 2010";
  y.span.start = pos;
  y.span.end = pos + y.text.size();
  fc::LineIndex(d.source.bytes).locate(y.span);
  y.earliest = "2010-01-01";
  y.latest = "2010-12-31";
  d.mentions.insert(d.mentions.begin(), y);
  const auto c = d.claims();
  REQUIRE(c.size() == 2);
  CHECK(c[1].frame.time.value == "2010-01-01..2010-12-31");
  CHECK(c[1].frame.time.from == fc::Provenance::kSentence);
  CHECK(c[1].frame.modality == fc::Modality::kBackground);
}

TEST_CASE("a qualifier of the clause or of the counted noun is part of the key",
          "[claims][frame][qualifier]") {
  // Core against headline, monthly against annual: never the same key; the figure a
  // change starts from keeps the qualifier of its noun.
  Doc d(
      "ارتفع معدل التضخم الأساسي في تونس إلى 7.1% في مايو.\n"
      "وارتفع معدل التضخم في تونس إلى 5.4% في مايو.\n"
      "Annual rural inflation in Tunisia rose to 6.3% in May from 5.9% in April.\n"
      "Core inflation in Tunisia rose to 7.1% in May.\n"
      "وبلغ التضخم الشهري في تونس 0.6% في مايو.\n");
  d.number("7.1%", 7.1, 0, fc::MentionKind::kPercent);
  d.number("5.4%", 5.4, 0, fc::MentionKind::kPercent);
  d.number("6.3%", 6.3, 0, fc::MentionKind::kPercent);
  d.number("5.9%", 5.9, 0, fc::MentionKind::kPercent);
  d.number("7.1%", 7.1, 1, fc::MentionKind::kPercent);
  d.number("0.6%", 0.6, 0, fc::MentionKind::kPercent);
  // The English months are dates, as the date extractor reads them: no place "in May".
  d.number("May", 0, 0, fc::MentionKind::kDate);
  d.number("April", 0, 0, fc::MentionKind::kDate);
  d.number("May", 0, 1, fc::MentionKind::kDate);
  const auto claims = d.claims();
  REQUIRE(claims.size() == 9);
  std::map<std::string, std::string> key;
  for (const auto& c : claims)
    key[c.mention.text + "@" + std::to_string(c.mention.span.line)] = c.key;
  const std::string core_ar = key["7.1%@1"];
  const std::string plain_ar = key["5.4%@2"];
  CHECK(core_ar.find("+core") != std::string::npos);
  CHECK(plain_ar.find('+') == std::string::npos);
  CHECK(core_ar != plain_ar);
  // Arabic and English statements of the same core rate meet.
  CHECK(key["7.1%@4"] == core_ar);
  CHECK(key["6.3%@3"].find("+rural") != std::string::npos);
  CHECK(key["5.9%@3"] == key["6.3%@3"]);
  CHECK(key["0.6%@5"].find("+monthly") != std::string::npos);
  for (const auto& c : claims) {
    if (c.key.find("+core") == std::string::npos) continue;
    CHECK(std::find(c.frame.qualifiers.begin(), c.frame.qualifiers.end(), "core") !=
          c.frame.qualifiers.end());
  }
}

TEST_CASE("the size of a move is no level of its measure", "[claims][frame][qualifier]") {
  // "by 40" and "بمقدار 60" are moves; the level each reached keeps the plain key.
  Doc d(
      "The death toll in Chile rose by 40 to 310.\n"
      "وارتفع عدد القتلى في تشيلي بمقدار 60 إلى 370.\n");
  d.number("40", 40);
  d.number("310", 310);
  d.number("60", 60);
  d.number("370", 370);
  std::map<std::string, std::string> key;
  for (const auto& c : d.claims()) key[c.mention.text] = c.key;
  CHECK(key["40"].find("+change") != std::string::npos);
  CHECK(key["60"].find("+change") != std::string::npos);
  CHECK(key["310"].find("+change") == std::string::npos);
  CHECK(key["370"] == key["310"]);
}

TEST_CASE("what else a disaster counts has its own key, the same in both languages",
          "[claims][frame][ar][en]") {
  // Roads after a unit, bridges after a conjunction, livestock: never the homes counted
  // before them, nor people killed.
  Doc en(
      "The cyclone destroyed 820 homes and damaged 1,240 km of roads and 96 bridges in "
      "Mozambique.\nIt also killed 51,000 livestock.\n");
  en.number("820", 820);
  en.number("1,240", 1240);
  en.number("96", 96);
  en.number("51,000", 51000);
  Doc ar(
      "دمر الإعصار 820 منزلا وألحق أضرارا بـ1240 كيلومترا من الطرق و96 جسرا في موزمبيق.\n"
      "كما نفق 51 ألف رأس من الماشية.\n");
  ar.number("820", 820);
  ar.number("1240", 1240);
  ar.number("96", 96);
  ar.number("51 ألف", 51000);
  std::map<std::string, std::string> e;
  std::map<std::string, std::string> a;
  for (const auto& c : en.claims()) e[c.mention.text] = c.key;
  for (const auto& c : ar.claims()) a[c.mention.text] = c.key;
  CHECK(e["820"] == "buildings collapsed||MZ");
  CHECK(e["1,240"] == "roads damage[km]||MZ");
  CHECK(e["96"] == "bridges damage||MZ");
  CHECK(e["51,000"].rfind("livestock killed", 0) == 0);
  CHECK(a["820"] == e["820"]);
  CHECK(a["1240"] == e["1,240"]);
  CHECK(a["96"] == e["96"]);
  CHECK(a["51 ألف"] == e["51,000"]);
}

TEST_CASE("each figure of two joined pairs keeps its own noun", "[claims][frame][ar]") {
  // "N قتيلاً وM جريحاً": the first noun is the first figure's, not the second's.
  Doc d("خلف الانفجار 31 قتيلاً و112 مصاباً في بيرو.");
  d.number("31", 31);
  d.number("112", 112);
  const auto c = d.claims();
  REQUIRE(c.size() == 2);
  CHECK(c[0].frame.measure.value == "killed");
  CHECK(c[1].frame.measure.value == "injured");
}

TEST_CASE("a noun that counts two of itself is no count of the clause's measure",
          "[claims][frame][ar]") {
  // "بانفجارين" is two explosions: neither the injured before it nor injured itself.
  Doc d("قتل 40 شخصاً وأصيب 95 بانفجارين في بيرو.");
  d.number("40", 40);
  d.number("95", 95);
  d.number("بانفجارين", 2);
  std::map<std::string, fc::Claim> by;
  for (const auto& c : d.claims()) by[c.mention.text] = c;
  CHECK(by["40"].frame.measure.value == "killed");
  CHECK(by["95"].frame.measure.value == "injured");
  CHECK(by["بانفجارين"].key.empty());
}

TEST_CASE("a figure no value of the measure can be is not of it", "[claims][frame][ar]") {
  // A magnitude is at most 10: the 23 after "بقوة 6.1" are the dead ("أودى بحياة").
  Doc d("أودى زلزال بقوة 6.1 درجة جنوب بيرو بحياة 23 شخصاً.");
  d.number("6.1", 6.1);
  d.number("23", 23);
  const auto c = d.claims();
  REQUIRE(c.size() == 2);
  CHECK(c[0].frame.measure.value == "magnitude");
  CHECK(c[1].frame.measure.value == "killed");
  Doc s("ضرب زلزال شدته 5.4 درجات جنوب بيرو، ما أسفر عن مصرع 12 شخصاً.");
  s.number("5.4", 5.4);
  s.number("12", 12);
  const auto t = s.claims();
  REQUIRE(t.size() == 2);
  CHECK(t[0].frame.measure.value == "magnitude");
  CHECK(t[1].frame.measure.value == "killed");
}

TEST_CASE("the body that counted a figure is its counter", "[claims][frame][counter]") {
  // Before the figure, after it, inside a longer name; and a body's words count nothing.
  Doc d(
      "أعلنت وزارة الصحة أن عدد القتلى بلغ 310 في بيرو.\n"
      "The toll in Peru rose to 355, the civil defence said.\n"
      "وقالت مفوضية الأمم المتحدة لشؤون اللاجئين إن 9 آلاف عبروا الحدود من بيرو.\n");
  d.number("310", 310);
  d.number("355", 355);
  d.number("9 آلاف", 9000);
  std::map<std::string, fc::Claim> by;
  for (const auto& c : d.claims()) by[c.mention.text] = c;
  CHECK(by["310"].frame.counter.value == "health_ministry");
  CHECK(by["355"].frame.counter.value == "civil_defence");
  CHECK(by["9 آلاف"].frame.counter.value == "UNHCR");
  CHECK(by["9 آلاف"].frame.measure.value == "fled_abroad");
  CHECK(by["9 آلاف"].frame.qualifiers.empty());  // no "refugees" from the body's name
  // A headline restating the figure has the counter the text names for it.
  Doc h("310 قتيلاً في بيرو\n\nأعلنت وزارة الصحة أن عدد القتلى بلغ 310 في بيرو.\n");
  h.number("310", 310);
  h.number("310", 310, 1);
  const auto hc = h.claims();
  REQUIRE(hc.size() == 2);
  CHECK(hc[0].frame.counter.value == "health_ministry");
  CHECK(hc[0].frame.counter.from == fc::Provenance::kArticle);
}

TEST_CASE("a qualifier after 'some of them' is the part's, not the figure's",
          "[claims][frame][qualifier]") {
  Doc d(
      "أعلنت الوزارة أن عدد الجرحى في تشيلي بلغ 141 بعضهم في حال حرجة.\n"
      "More than 1,200 were injured in Chile, some of them critically.\n"
      "وأصيب 60 بجروح خطيرة في تشيلي.\n");
  d.number("141", 141);
  d.number("1,200", 1200);
  d.number("60", 60);
  std::map<std::string, std::string> key;
  for (const auto& c : d.claims()) key[c.mention.text] = c.key;
  CHECK(key["141"] == "injured||CL");
  CHECK(key["1,200"] == "injured||CL");
  CHECK(key["60"] == "injured+severe||CL");  // the figure's own: all 60 are severe
}

TEST_CASE("the toll named at the sentence's start counts a figure far after it",
          "[claims][frame][measure]") {
  // Past an event's adjective ("المدمرة") and a magnitude's clause, with no figure between
  // the toll and its figure; "homes" a clause back is not what "158 lives" counts.
  Doc d(
      "ارتفعت حصيلة ضحايا الفيضانات المدمرة التي اجتاحت شرق تشيلي قبل أسبوعين إلى 231 "
      "شخصاً.\n"
      "The death toll from the magnitude 6.2 earthquake that devastated two districts of Chile "
      "has reached 162.\n"
      "Crews searched ruined homes after floods in Chile that claimed at least 158 lives.\n");
  d.number("231", 231);
  d.number("6.2", 6.2);
  d.number("162", 162);
  d.number("at least 158", 158);
  std::map<std::string, std::string> key;
  for (const auto& c : d.claims()) key[c.mention.text] = c.key;
  CHECK(key["231"] == "killed||CL");
  CHECK(key["6.2"].rfind("magnitude|", 0) == 0);
  CHECK(key["162"] == "killed||CL");
  CHECK(key["at least 158"] == "killed||CL");
}

TEST_CASE("a headline's label before a colon qualifies its figures", "[claims][frame][qualifier]") {
  Doc d(
      "النتائج الأولية لانتخابات بيرو: الحزب الأول بـ51 مقعداً ونسبة المشاركة 47%\n\n"
      "ونسبة المشاركة في بيرو 52%.\n");
  d.number("51", 51);
  d.number("47%", 47, 0, fc::MentionKind::kPercent);
  d.number("52%", 52, 0, fc::MentionKind::kPercent);
  std::map<std::string, std::string> key;
  for (const auto& c : d.claims()) key[c.mention.text] = c.key;
  CHECK(key["47%"].find("+preliminary") != std::string::npos);
  CHECK(key["52%"].find("+preliminary") == std::string::npos);
}
