// Countries as ISO 3166 ids named by ICU in Arabic and English (issue 17): a country the
// checks do not list is still a place, both languages reach one id, the checks override
// ICU where its names are common words, and names written by hand map to ids.
#include <catch2/catch.hpp>

#include "claims_doc.hpp"
#include "factcheck/rules/countries.hpp"

using fc::test::ClaimsDoc;

namespace {

const fc::rules::RuleSet& rules() {
  static const auto r = *fc::rules::load_builtin();
  return r;
}

}  // namespace

TEST_CASE("ICU names every ISO country in English and Arabic", "[rules][countries]") {
  const auto& all = fc::rules::iso_countries();
  CHECK(all.size() > 200);
  CHECK(fc::rules::iso_code_of("Kazakhstan") == "KZ");
  CHECK(fc::rules::iso_code_of("iraq") == "IQ");
  CHECK(fc::rules::iso_code_of("Atlantis").empty());
  const auto* kz = rules().place("KZ");
  REQUIRE(kz != nullptr);
  CHECK(kz->label == "Kazakhstan");
  CHECK_FALSE(kz->ar.empty());
}

TEST_CASE("a country the checks do not list meets in both languages", "[rules][countries]") {
  ClaimsDoc ar("قال مسؤول إن 42 عاملاً قتلوا في كازاخستان.\n");
  ar.number("42", 42);
  ClaimsDoc en("Officials said 42 workers were killed in Kazakhstan.\n");
  en.number("42", 42);
  const auto a = ar.claims(rules());
  const auto e = en.claims(rules());
  REQUIRE(a.size() == 1);
  REQUIRE(e.size() == 1);
  CHECK(a[0].where == std::vector<std::string>{"KZ"});
  CHECK(e[0].where == a[0].where);
}

TEST_CASE("a checks entry overrides ICU where its names are common words", "[rules][countries]") {
  // "مالي" is also "financial": the checks name Mali otherwise.
  ClaimsDoc d("سجلت مصر عجزاً مالياً قدره 9 مليارات دولار.\n");
  d.number("9 مليارات", 9e9);
  const auto c = d.claims(rules());
  REQUIRE(c.size() == 1);
  CHECK(c[0].where == std::vector<std::string>{"EG"});
}

TEST_CASE("names written by hand are ids", "[rules][countries]") {
  CHECK(rules().place("Iraq") == rules().place("IQ"));
  CHECK(rules().place_label("IQ") == "Iraq");
  CHECK(rules().place_label("SD/سنار") == "Sudan/سنار");
  CHECK(rules().place_label("outside:Derna") == "outside Derna");
  CHECK(rules().key_with_ids("troops|US|Iraq,Syria") == "troops|US|IQ,SY");
  CHECK(rules().key_with_ids("3f9a1c0d2b7e4a61") == "3f9a1c0d2b7e4a61");
  CHECK(rules().contains("Iraq", "Baghdad"));
  // A country a user's check file names as ICU does takes its code.
  auto r = rules();
  REQUIRE(fc::rules::load_text("places:\n  - {name: Kazakhstan, ar: [قازاقستان]}\n", "k.yaml", r)
              .empty());
  fc::rules::rebuild_lexicon(r);
  const auto* kz = r.place("KZ");
  REQUIRE(kz != nullptr);
  CHECK(kz->ar == std::vector<std::string>{"قازاقستان"});
}
