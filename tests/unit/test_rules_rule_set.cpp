#include "factcheck/rules/rule_set.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include "factcheck/normalize/normalizer.hpp"
#include "support/cli.hpp"

using fc::rules::RuleSet;

namespace {

RuleSet builtin() {
  auto r = fc::rules::load_builtin();
  REQUIRE(r.has_value());
  return std::move(*r);
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("the built-in checks load with subjects places and events", "[rules]") {
  const auto rules = builtin();
  REQUIRE(rules.subject("troops") != nullptr);
  REQUIRE(rules.subject("killed") != nullptr);
  CHECK(rules.subject("killed")->cumulative);
  CHECK(rules.subject("magnitude")->constant);
  REQUIRE(rules.place("Iraq") != nullptr);
  CHECK(rules.country_of("Ain al-Asad base") == "IQ");
  CHECK(rules.contains("Iraq", "Baghdad"));
  CHECK_FALSE(rules.contains("Syria", "Baghdad"));
  REQUIRE(rules.event("invasion") != nullptr);
  CHECK(rules.event("invasion")->unique);
  CHECK(rules.lexicon != nullptr);
  CHECK(rules.files.size() >= 6);
}

TEST_CASE("an unknown key in a check file is an error with its line and column", "[rules]") {
  RuleSet rules = builtin();
  const auto errors =
      fc::rules::load_text("subjects:\n  - name: tanks2\n    colour: red\n", "x.yaml", rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "x.yaml");
  CHECK(errors[0].line == 3);
  CHECK(errors[0].column == 5);
  CHECK(errors[0].message.find("colour") != std::string::npos);
  CHECK(rules.subject("tanks2") == nullptr);
}

TEST_CASE("bodies that count figures load, and are validated like owners", "[rules]") {
  auto rules = *fc::rules::load_builtin();
  const auto ok = fc::rules::load_text(
      "bodies:\n  - {name: coast_guard, ar: [خفر السواحل], en: [coast guard]}\n", "b.yaml", rules);
  CHECK(ok.empty());
  CHECK(std::any_of(rules.bodies.begin(), rules.bodies.end(),
                    [](const auto& b) { return b.name == "coast_guard"; }));
  const auto bad =
      fc::rules::load_text("bodies:\n  - name: navy\n    colour: red\n", "c.yaml", rules);
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].line == 3);
  CHECK(bad[0].message.find("colour") != std::string::npos);
}

TEST_CASE("columns of check errors count code points after Arabic text", "[rules]") {
  // yaml-cpp counts the bytes of "دبابة" (ten); the SPEC counts its five letters.
  RuleSet rules = builtin();
  const auto errors = fc::rules::load_text(
      "subjects:\n  - {name: tanks3, ar: [دبابة], colour: red}\n", "x.yaml", rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 2);
  CHECK(errors[0].column == 33);
  CHECK(errors[0].message.find("colour") != std::string::npos);
}

TEST_CASE("a pattern that RE2 cannot compile is a pattern error", "[rules]") {
  RuleSet rules = builtin();
  const auto errors = fc::rules::load_text(
      "events:\n  - name: bad\n    patterns: [\"(unclosed\"]\n", "bad.yaml", rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == fc::ErrorCode::kPattern);
  CHECK(errors[0].line == 3);
}

TEST_CASE("wrong types and a suppression without reason are errors", "[rules]") {
  RuleSet rules = builtin();
  CHECK(fc::rules::load_text("subjects:\n  - name: x\n    cumulative: maybe\n", "a.yaml", rules)
            .size() == 1);
  CHECK(fc::rules::load_text("subjects: 3\n", "b.yaml", rules).size() == 1);
  CHECK(fc::rules::load_text("suppressions:\n  - key: troops||Iraq\n", "c.yaml", rules).size() ==
        1);
  CHECK(fc::rules::load_text("subjects: [\n", "d.yaml", rules).size() == 1);
}

TEST_CASE("distinct_beyond is a positive gap, for constants only", "[rules]") {
  RuleSet rules = builtin();
  CHECK(fc::rules::load_text(
            "subjects:\n  - name: wave_height\n    constant: true\n    distinct_beyond: 4\n",
            "a.yaml", rules)
            .empty());
  CHECK(rules.subject("wave_height")->distinct_beyond == 4);
  const auto level = fc::rules::load_text("subjects:\n  - name: reserves\n    distinct_beyond: 4\n",
                                          "b.yaml", rules);
  REQUIRE(level.size() == 1);
  CHECK(level[0].line == 3);
  CHECK(fc::rules::load_text(
            "subjects:\n  - name: swell\n    constant: true\n    distinct_beyond: -1\n", "c.yaml",
            rules)
            .size() == 1);
}

TEST_CASE("a checks folder overrides a subject by name and keeps the others", "[rules]") {
  RuleSet rules = builtin();
  fc::test::TempDir dir;
  fc::test::write_file(dir.file("mine.yaml"),
                       "subjects:\n  - name: troops\n    en: [grunts]\n"
                       "suppressions:\n  - {key: \"troops|US|Iraq\", reason: known dispute}\n");
  fc::test::write_file(dir.file("broken.yaml"), "places:\n  - name: X\n    capital: Y\n");
  const auto errors = fc::rules::load_dir(dir.path(), rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file.find("broken.yaml") != std::string::npos);
  REQUIRE(rules.subject("troops") != nullptr);
  CHECK(has(rules.subject("troops")->en, "grunts"));
  CHECK_FALSE(has(rules.subject("troops")->en, "soldiers"));
  CHECK(rules.subject("killed") != nullptr);
  REQUIRE(rules.suppressions.size() == 1);
  CHECK(rules.suppressions[0].reason == "known dispute");
}

TEST_CASE("token variants strip Arabic clitics and the accusative alef", "[rules]") {
  const auto v1 = fc::rules::token_variants(fc::normalize::fold("بالعراق"));
  CHECK(has(v1, fc::normalize::fold("عراق")));
  const auto v2 = fc::rules::token_variants(fc::normalize::fold("صاروخاً"));
  CHECK(has(v2, fc::normalize::fold("صاروخ")));
  const auto v3 = fc::rules::token_variants(fc::normalize::fold("وسوريا"));
  CHECK(has(v3, fc::normalize::fold("سوريا")));
  const auto v4 = fc::rules::token_variants("iraq's");
  CHECK(has(v4, "iraq"));
}

TEST_CASE("token variant views are parts of the token in the order of token variants", "[rules]") {
  const std::string word =
      GENERATE(std::string("وللعراق"), std::string("فبالصواريخ"), std::string("وسيعلن"),
               std::string("صاروخاً"), std::string("iraq’s"), std::string("2500"), std::string());
  const std::string folded = fc::normalize::fold(word);
  std::vector<std::string_view> views{"stale"};
  fc::rules::token_variant_views(folded, views);
  const auto copies = fc::rules::token_variants(folded);
  REQUIRE(views.size() == copies.size());
  for (std::size_t i = 0; i < views.size(); ++i) {
    CHECK(views[i] == copies[i]);
    // A view of the token itself, not of a copy.
    CHECK(views[i].data() >= folded.data());
    CHECK(views[i].data() + views[i].size() <= folded.data() + folded.size());
  }
}

TEST_CASE("token variants hold no repeats even where two clitic splits meet", "[rules]") {
  // ببب: the token, its ب-stripped core and a repeat of equal bytes at another offset.
  for (const std::string word : {"بببببب", "وولاية", "للللل", "ياياياا"}) {
    const std::string folded = fc::normalize::fold(word);
    const auto v = fc::rules::token_variants(folded);
    auto sorted = v;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
  }
}

TEST_CASE("the lexicon screen passes every first word and stops most other words", "[rules]") {
  RuleSet rules = builtin();
  fc::test::TempDir dir;
  fc::test::write_file(
      dir.file("mine.yaml"),
      "subjects:\n  - name: drones\n    ar: [مسيّرة انتحارية]\n    en: [kamikaze drone]\n");
  REQUIRE(fc::rules::load_dir(dir.path(), rules).empty());
  const auto& lex = *rules.lexicon;
  REQUIRE(lex.by_first.size() > 100);
  for (const auto& [first, phrases] : lex.by_first) CHECK(lex.may_begin_phrase(first));
  CHECK(lex.may_begin_phrase(fc::normalize::fold("مسيرة")));
  CHECK(lex.may_begin_phrase("kamikaze"));
  // Words no phrase begins with: the screen answers for most of them on its own.
  int passed = 0;
  for (int i = 0; i < 1000; ++i) {
    const std::string word = "zq" + std::to_string(i * 7919) + "x";
    if (lex.by_first.count(word) == 0 && lex.may_begin_phrase(word)) ++passed;
  }
  CHECK(passed < 200);
}
