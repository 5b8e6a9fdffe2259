#include "factcheck/claims/claim_builder.hpp"

#include <catch2/catch.hpp>

#include "factcheck/core/span.hpp"

namespace {

struct Doc {
  fc::Source source;
  fc::normalize::NormalizedText text;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  std::vector<fc::Mention> mentions;

  explicit Doc(std::string bytes, std::string id = "t") {
    source.id = std::move(id);
    source.bytes = std::move(bytes);
    source.published = fc::util::CivilDate{2023, 3, 7};
    text = fc::normalize::normalize_text(source.bytes);
    sentences = fc::normalize::split_sentences(text);
  }

  /// A number mention at the first occurrence of `needle` in the original text.
  fc::Mention& number(const std::string& needle, double value,
                      fc::MentionKind kind = fc::MentionKind::kNumber) {
    const auto pos = source.bytes.find(needle);
    REQUIRE(pos != std::string::npos);
    fc::Mention m;
    m.kind = kind;
    m.text = needle;
    m.span.start = pos;
    m.span.end = pos + needle.size();
    fc::LineIndex(source.bytes).locate(m.span);
    m.value = m.low = m.high = value;
    mentions.push_back(m);
    return mentions.back();
  }

  fc::Mention& date(const std::string& needle, const std::string& earliest,
                    const std::string& latest) {
    auto& m = number(needle, 0, fc::MentionKind::kDate);
    m.value.reset();
    m.date_value = earliest.substr(0, 4);
    m.earliest = earliest;
    m.latest = latest;
    return m;
  }

  std::vector<fc::Claim> claims() {
    static const auto rules = *fc::rules::load_builtin();
    return claims(rules);
  }

  std::vector<fc::Claim> claims(const fc::rules::RuleSet& rules) {
    const fc::claims::SourceView view{source, text, sentences, mentions};
    return fc::claims::build_claims(view, rules);
  }
};

}  // namespace

TEST_CASE("an Arabic count takes the noun after it its owner and its place", "[claims][ar]") {
  Doc d("لدى الولايات المتحدة حاليًا 2500 جندي في العراق – و 900 جندي إضافي في سوريا.");
  d.number("2500", 2500);
  d.number("900", 900);
  const auto c = d.claims();
  REQUIRE(c.size() == 2);
  CHECK(c[0].key == "troops|US|IQ");
  CHECK(c[0].key_certain);
  CHECK(c[0].as_of_earliest == "2023-03-07");
  CHECK(c[1].key == "troops|US|SY");
  CHECK(c[0].id == "t:1:29");
}

TEST_CASE("English and Arabic claims about the same thing share a key", "[claims][en]") {
  Doc ar("يوجد حاليًا 2500 جندي أمريكي في العراق.");
  ar.number("2500", 2500);
  Doc en("There are currently 2,500 US troops in Iraq.");
  en.number("2,500", 2500);
  const auto a = ar.claims();
  const auto e = en.claims();
  REQUIRE(a.size() == 1);
  REQUIRE(e.size() == 1);
  CHECK(a[0].key == "troops|US|IQ");
  CHECK(e[0].key == a[0].key);
}

TEST_CASE("a total over two places is about both", "[claims][ar]") {
  Doc d("ارتفع عدد القتلى في تركيا وسوريا إلى 7800 قتيل.");
  d.number("7800", 7800);
  const auto c = d.claims();
  REQUIRE(c.size() == 1);
  CHECK(c[0].counted == "killed");
  CHECK(c[0].where == std::vector<std::string>{"SY", "TR"});
}

TEST_CASE("the accusative tamyiz and the noun before a change are read", "[claims][ar]") {
  Doc d("سقط 14 صاروخاً على القاعدة. وخفضت القوات الأمريكية في العراق من 5200 إلى 2500.");
  d.number("14", 14);
  auto& ch = d.number("من 5200 إلى 2500", 0, fc::MentionKind::kChange);
  ch.value.reset();
  ch.from = 5200;
  ch.to = 2500;
  const auto c = d.claims();
  REQUIRE(c.size() == 2);
  CHECK(c[0].counted == "rockets");
  CHECK(c[1].key == "troops|US|IQ");
}

TEST_CASE("a date beside a trigger dates that event", "[claims][ar]") {
  Doc d("وكانت قد غزت القوات التي تقودها الولايات المتحدة العراق في عام 2003 للإطاحة بصدام.");
  d.date("عام 2003", "2003-01-01", "2003-12-31");
  const auto c = d.claims();
  REQUIRE(c.size() == 1);
  CHECK(c[0].event == "invasion");
  CHECK(c[0].key == "invasion|IQ");
}

TEST_CASE("a figure with no noun a check names gets an uncertain stemmed key", "[claims][ar]") {
  Doc d("ناقش الاجتماع أربعة ملفات في بغداد.");
  d.number("أربعة", 4);
  const auto c = d.claims();
  REQUIRE(c.size() == 1);
  CHECK_FALSE(c[0].key_certain);
  CHECK(c[0].counted.rfind("~", 0) == 0);
  CHECK(c[0].where == std::vector<std::string>{"Baghdad"});
}

TEST_CASE("a bare ordinal becomes a claim with no key", "[claims][ar]") {
  Doc d("انطلقت الجولة الرابعة من الحوار.");
  d.number("الرابعة", 4, fc::MentionKind::kOrdinal);
  const auto c = d.claims();
  REQUIRE(c.size() == 1);
  CHECK(c[0].key.empty());
  CHECK(c[0].quote == "انطلقت الجولة الرابعة من الحوار.");
}

namespace {

/// The built-in checks and one more check file.
fc::rules::RuleSet rules_with(const std::string& yaml) {
  auto rules = *fc::rules::load_builtin();
  const auto errors = fc::rules::load_text(yaml, "extra.yaml", rules);
  REQUIRE(errors.empty());
  fc::rules::rebuild_lexicon(rules);
  return rules;
}

}  // namespace

TEST_CASE("a subject pattern names what a word counts", "[claims][patterns]") {
  const auto rules = rules_with(
      "subjects:\n"
      "  - name: quadcopters\n"
      "    patterns: [\"(ال)?كوادكوبتر(ات)?\", \"quadcopters?\"]\n");
  Doc ar("أسقط الجيش 12 كوادكوبترات فوق المدينة.");
  ar.number("12", 12);
  auto c = ar.claims(rules);
  REQUIRE(c.size() == 1);
  CHECK(c[0].counted == "quadcopters");
  CHECK(c[0].key_certain);

  // With a conjunction clitic: the pattern meets the word's variants too.
  Doc clitic("أسقط الجيش 12 طائرة و7 وكوادكوبتر فوق المدينة.");
  clitic.number("7", 7);
  c = clitic.claims(rules);
  REQUIRE(c.size() == 1);
  CHECK(c[0].counted == "quadcopters");

  Doc en("The army downed 12 quadcopters over the city.");
  en.number("12", 12);
  c = en.claims(rules);
  REQUIRE(c.size() == 1);
  CHECK(c[0].counted == "quadcopters");

  // A pattern matches a whole word, not part of one.
  Doc part("The army downed 12 quadcoptersx over the city.");
  part.number("12", 12);
  c = part.claims(rules);
  REQUIRE(c.size() == 1);
  CHECK(c[0].counted != "quadcopters");
}

TEST_CASE("of many event patterns the one that matches dates the event", "[claims][patterns]") {
  std::string yaml = "events:\n";
  for (int i = 0; i < 40; ++i) {
    yaml += "  - name: ev" + std::to_string(i) + "\n    patterns: [\"zz" + std::to_string(i) +
            "q\\\\s+(began|started)\"]\n";
  }
  const auto rules = rules_with(yaml);
  Doc d("Officials said the zz27q began in 2019 and ended later.");
  d.date("2019", "2019-01-01", "2019-12-31");
  const auto c = d.claims(rules);
  REQUIRE(c.size() == 1);
  CHECK(c[0].event == "ev27");
}

TEST_CASE("a long text's claims find their own sentence and the date beside them", "[claims]") {
  // 400 sentences, each with its year and its count: the sentence and the date of each
  // claim are found by binary search, and in any mention order by a scan, alike.
  std::string text;
  for (int i = 0; i < 400; ++i) {
    text += "وفي عام " + std::to_string(1600 + i) + " كان في العراق " + std::to_string(10000 + i) +
            " جندي أمريكي.\n";
  }
  for (const bool reversed : {false, true}) {
    Doc doc(text);
    for (int i = 0; i < 400; ++i) {
      const std::string y = std::to_string(1600 + i);
      doc.date("عام " + y, y + "-01-01", y + "-12-31");
      doc.number(std::to_string(10000 + i) + " جندي", 10000 + i);
    }
    if (reversed) std::reverse(doc.mentions.begin(), doc.mentions.end());
    const auto claims = doc.claims();
    int checked = 0;
    for (const auto& c : claims) {
      if (c.mention.kind != fc::MentionKind::kNumber) continue;
      const int i = static_cast<int>(*c.mention.value) - 10000;
      INFO("claim " << i << (reversed ? " (mentions reversed)" : ""));
      CHECK(c.quote.find(std::to_string(10000 + i)) != std::string::npos);
      CHECK(c.quote.find("عام " + std::to_string(1600 + i)) != std::string::npos);
      CHECK(c.as_of_earliest == std::to_string(1600 + i) + "-01-01");
      ++checked;
    }
    CHECK(checked == 400);
  }
}
