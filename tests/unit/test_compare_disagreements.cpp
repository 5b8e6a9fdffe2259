// One finding per disagreement, quantity semantics and modality from the frame, severity
// that names the assumed slots, undated sources, wire copies (issue 17).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "factcheck/compare/comparator.hpp"
#include "factcheck/compare/copies.hpp"

namespace {

const fc::rules::RuleSet& rules() {
  static const auto r = *fc::rules::load_builtin();
  return r;
}

fc::Claim figure(const std::string& source, const std::string& key, double v,
                 const std::string& as_of = "", int line = 1) {
  fc::Claim c;
  c.source = source;
  c.id = source + ":" + std::to_string(line) + ":" + std::to_string(static_cast<long long>(v));
  c.key = key;
  c.counted = key.substr(0, key.find('|'));
  c.key_certain = true;
  c.mention.kind = fc::MentionKind::kNumber;
  c.mention.text = std::to_string(static_cast<long long>(v));
  c.mention.value = c.mention.low = c.mention.high = v;
  c.as_of_earliest = c.as_of_latest = as_of;
  return c;
}

std::vector<fc::Source> outlets(int n, const fc::util::CivilDate& day = {2024, 5, 10}) {
  std::vector<fc::Source> out;
  for (int i = 0; i < n; ++i) {
    fc::Source s;
    s.id = std::string(1, static_cast<char>('p' + i));
    s.published = day;
    out.push_back(s);
  }
  return out;
}

std::vector<fc::Finding> of_kind(const std::vector<fc::Finding>& f, fc::FindingKind k) {
  std::vector<fc::Finding> out;
  for (const auto& x : f) {
    if (x.kind == k) out.push_back(x);
  }
  return out;
}

std::vector<fc::Finding> contradictions(const std::vector<fc::Claim>& claims,
                                        const std::vector<fc::Source>& sources) {
  return of_kind(fc::compare::compare_claims(claims, sources, rules()),
                 fc::FindingKind::kContradiction);
}

bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("one odd figure against four agreeing outlets is one finding, not four",
          "[compare][disagreement]") {
  std::vector<fc::Claim> claims;
  for (const char* s : {"p", "q", "r", "s"}) {
    claims.push_back(figure(s, "evacuated||Chile", 12000, "2024-05-09"));
  }
  claims.push_back(figure("t", "evacuated||Chile", 19000, "2024-05-09"));
  const auto f = contradictions(claims, outlets(5));
  REQUIRE(f.size() == 1);
  CHECK(f[0].claims.size() == 5);
  CHECK(f[0].sources == std::vector<std::string>{"p", "q", "r", "s", "t"});
  CHECK(f[0].severity == fc::Severity::kError);
  // The odd value out comes first, then the agreeing ones.
  CHECK(f[0].message.find("t says \"19000\"") < f[0].message.find("against"));
  CHECK(has(f[0].message, "against p says \"12000\""));
  // The four that agree still corroborate one another.
  const auto agreed = of_kind(fc::compare::compare_claims(claims, outlets(5), rules()),
                              fc::FindingKind::kCorroboration);
  REQUIRE(agreed.size() == 1);
  CHECK(agreed[0].claims.size() == 4);
}

TEST_CASE("between two lone figures the later one is the odd one out", "[compare][disagreement]") {
  const std::vector<fc::Claim> claims = {figure("p", "warships|UK|Red Sea", 4, "2024-05-08"),
                                         figure("q", "warships|UK|Red Sea", 9, "2024-05-09")};
  const auto f = contradictions(claims, outlets(2));
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("q says \"9\"") < f[0].message.find("against p says \"4\""));
}

TEST_CASE("a period value is compared for its own period only", "[compare][semantics]") {
  auto march = figure("p", "inflation[%]||Peru", 3.1, "2024-03-01");
  march.as_of_latest = "2024-03-31";
  auto february = figure("q", "inflation[%]||Peru", 2.7, "2024-02-01");
  february.as_of_latest = "2024-02-29";
  auto march_other = figure("r", "inflation[%]||Peru", 3.9, "2024-03-01");
  march_other.as_of_latest = "2024-03-31";
  for (auto* c : {&march, &february, &march_other})
    c->frame.semantics = fc::Semantics::kPeriodValue;
  CHECK(contradictions({march, february}, outlets(3)).empty());
  const auto f = contradictions({march, february, march_other}, outlets(3));
  REQUIRE(f.size() == 1);
  CHECK(f[0].sources == std::vector<std::string>{"p", "r"});
  // A period value whose period is not stated is no figure for any one month.
  auto undated = figure("q", "inflation[%]||Peru", 2.7);
  undated.frame.semantics = fc::Semantics::kPeriodValue;
  CHECK(contradictions({march, undated}, outlets(3)).empty());
}

TEST_CASE("the frame's semantics overrides the subject's flags", "[compare][semantics]") {
  // An unnamed subject is a level by default: different days do not clash. As a running
  // total, a lower later figure does.
  auto early = figure("p", "arrests||Kenya", 640, "2024-05-01");
  auto late = figure("q", "arrests||Kenya", 410, "2024-05-06");
  CHECK(contradictions({early, late}, outlets(2)).empty());
  early.frame.semantics = late.frame.semantics = fc::Semantics::kRunningTotal;
  const auto f = contradictions({early, late}, outlets(2));
  REQUIRE(f.size() == 1);
  CHECK(has(f[0].message, "running count cannot go down"));
  // Rising is what a running total does.
  late.mention.value = late.mention.low = late.mention.high = 900;
  CHECK(contradictions({early, late}, outlets(2)).empty());
}

TEST_CASE("a level that moves faster than its declared rate between nearby days warns",
          "[compare][semantics]") {
  auto a = figure("p", "reservoir[%]||Spain", 40, "2024-05-01");
  auto b = figure("q", "reservoir[%]||Spain", 70, "2024-05-04");
  for (auto* c : {&a, &b}) {
    c->frame.semantics = fc::Semantics::kLevel;
    c->frame.max_change_per_day = 0.02;  // 2% a day: 40 can reach about 42.4 in three days
  }
  auto f = contradictions({a, b}, outlets(2));
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == fc::Severity::kWarning);
  CHECK(has(f[0].message, "cannot change that fast"));
  // Within the rate: no finding; without a declared rate, other days are other levels.
  b.mention.value = b.mention.low = b.mention.high = 42;
  CHECK(contradictions({a, b}, outlets(2)).empty());
  b.mention.value = b.mention.low = b.mention.high = 70;
  a.frame.max_change_per_day = b.frame.max_change_per_day = 0;
  CHECK(contradictions({a, b}, outlets(2)).empty());
  // Far apart in time, even a declared rate does not hold them together.
  a.frame.max_change_per_day = b.frame.max_change_per_day = 0.02;
  b.as_of_earliest = b.as_of_latest = "2024-09-01";
  CHECK(contradictions({a, b}, outlets(2)).empty());
}

TEST_CASE("forecasts, plans, limits and background are never held against actuals",
          "[compare][modality]") {
  for (const auto modality : {fc::Modality::kForecast, fc::Modality::kPlan, fc::Modality::kLimit,
                              fc::Modality::kBackground}) {
    CAPTURE(fc::to_string(modality));
    const auto actual = figure("p", "missing||Nepal", 120, "2024-05-09");
    auto other = figure("q", "missing||Nepal", 500, "2024-05-09");
    other.frame.modality = modality;
    CHECK(contradictions({actual, other}, outlets(2)).empty());
  }
}

TEST_CASE("an assumed slot makes a warning whose message names it", "[compare][severity]") {
  auto a = figure("p", "stranded||Peru", 300, "2024-05-09");
  auto b = figure("q", "stranded||Peru", 900, "2024-05-09");
  REQUIRE(contradictions({a, b}, outlets(2))[0].severity == fc::Severity::kError);
  b.where_implied = true;
  b.where = {"Peru"};
  auto f = contradictions({a, b}, outlets(2));
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == fc::Severity::kWarning);
  CHECK(has(f[0].message, "assumed, not read: place"));
  b.where_implied = false;
  b.frame.owner = {"UN", fc::Provenance::kAssumed};
  f = contradictions({a, b}, outlets(2));
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == fc::Severity::kWarning);
  CHECK(has(f[0].message, "assumed, not read: owner"));
  // Read from the text (the clause, the sentence, the headline...): an error again.
  b.frame.owner.from = fc::Provenance::kHeadline;
  f = contradictions({a, b}, outlets(2));
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == fc::Severity::kError);
}

TEST_CASE("a source without any date is compared on what it says, as a warning",
          "[compare][undated]") {
  auto sources = outlets(2);
  sources[1].published.reset();
  const auto dated = figure("p", "boats|Navy|Libya", 14, "2024-05-09");
  const auto undated = figure("q", "boats|Navy|Libya", 40);
  const auto f = contradictions({dated, undated}, sources);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == fc::Severity::kWarning);
  CHECK(has(f[0].message, "the source's date is unknown"));
  // And it corroborates, too.
  const auto same = figure("q", "boats|Navy|Libya", 14);
  CHECK(of_kind(fc::compare::compare_claims({dated, same}, sources, rules()),
                fc::FindingKind::kCorroboration)
            .size() == 1);
}

namespace {

const std::string kDispatch =
    "The river broke its banks on Tuesday night after three days of rain, flooding the lower "
    "town and cutting the road to the airport. Civil defence teams said 140 families had left "
    "their homes and that two bridges were closed. The mayor asked residents to stay on the "
    "upper floors until the water receded, and schools will stay shut for the rest of the week.";

}  // namespace

TEST_CASE("a text and its lightly edited copy share a fingerprint, other texts do not",
          "[compare][copies]") {
  std::string copy = kDispatch;
  copy.replace(copy.find("Tuesday"), 7, "Tuesday,");
  copy = "CITY (Agency) - " + copy + " Read more on our site.";
  const auto a = fc::compare::text_fingerprint(kDispatch);
  const auto b = fc::compare::text_fingerprint(copy);
  const auto other = fc::compare::text_fingerprint(
      "Parliament passed the budget on Monday by 212 votes to 98 after a night of debate. The "
      "opposition said the spending cuts would fall on hospitals and promised to appeal, while "
      "the finance minister called the vote a vote of confidence in the recovery plan.");
  REQUIRE(a.size() == fc::compare::kFingerprintBins);
  CHECK(fc::compare::fingerprint_similarity(a, b) >= fc::compare::kCopySimilarity);
  CHECK(fc::compare::fingerprint_similarity(a, other) < 0.2);
  CHECK(fc::compare::text_fingerprint("too short").empty());
}

TEST_CASE("copies are one voice: they do not corroborate each other nor multiply a finding",
          "[compare][copies]") {
  auto sources = outlets(4);
  sources[0].fingerprint = fc::compare::text_fingerprint(kDispatch);
  sources[1].fingerprint = fc::compare::text_fingerprint(kDispatch + " Updated.");
  const auto groups = fc::compare::copies_of(sources);
  REQUIRE(groups.size() == 2);
  CHECK(groups.at("p") == groups.at("q"));

  const std::vector<fc::Claim> copies = {figure("p", "families||Town", 140, "2024-05-09"),
                                         figure("q", "families||Town", 140, "2024-05-09")};
  CHECK(of_kind(fc::compare::compare_claims(copies, sources, rules()),
                fc::FindingKind::kCorroboration)
            .empty());
  auto three = copies;
  three.push_back(figure("r", "families||Town", 140, "2024-05-09"));
  const auto agreed = of_kind(fc::compare::compare_claims(three, sources, rules()),
                              fc::FindingKind::kCorroboration);
  REQUIRE(agreed.size() == 1);
  CHECK(has(agreed[0].message, "2 independent voices"));

  // Two copies saying 140 against one outlet saying 400: one finding, and the copies do
  // not outvote the other outlet (one voice each).
  auto against = copies;
  against.push_back(figure("r", "families||Town", 400, "2024-05-09"));
  const auto f = contradictions(against, sources);
  REQUIRE(f.size() == 1);
  CHECK(f[0].claims.size() == 3);
}

TEST_CASE("a running toll of one day without its own time is an update, not a disagreement",
          "[compare][semantics][toll]") {
  // Published the same day, no hour given: a toll that rises through the day reads 60 in
  // one outlet and 310 in another. With the day stated for both, they are held together.
  auto morning = figure("p", "killed||Chile", 60);
  auto evening = figure("q", "killed||Chile", 310);
  morning.frame.semantics = evening.frame.semantics = fc::Semantics::kRunningTotal;
  CHECK(contradictions({morning, evening}, outlets(2)).empty());
  morning.as_of_earliest = morning.as_of_latest = "2024-05-10";
  CHECK(contradictions({morning, evening}, outlets(2)).empty());
  evening.as_of_earliest = evening.as_of_latest = "2024-05-10";
  CHECK(contradictions({morning, evening}, outlets(2)).size() == 1);
  // A vague quantity is no update: "hundreds" against 60 of the same day still clashes.
  auto hundreds = figure("q", "killed||Chile", 0);
  hundreds.mention.kind = fc::MentionKind::kVague;
  hundreds.mention.value.reset();
  hundreds.mention.low = 200;
  hundreds.mention.high = 999;
  hundreds.mention.text = "hundreds";
  hundreds.frame.semantics = fc::Semantics::kRunningTotal;
  CHECK(contradictions({figure("p", "killed||Chile", 60, "2024-05-10"), hundreds}, outlets(2))
            .size() == 1);
}

TEST_CASE("frames of different events or qualifiers never clash, whatever their key",
          "[compare][frame]") {
  auto main_shock = figure("p", "magnitude||Peru", 7.1, "2024-05-09");
  auto aftershock = figure("q", "magnitude||Peru", 6.6, "2024-05-09");
  REQUIRE(contradictions({main_shock, aftershock}, outlets(2)).size() == 1);
  main_shock.frame.event = {"quake", fc::Provenance::kSentence};
  aftershock.frame.event = {"quake#aftershock", fc::Provenance::kClause};
  CHECK(contradictions({main_shock, aftershock}, outlets(2)).empty());
  // One event named, the other not: still compared.
  aftershock.frame.event = {};
  CHECK(contradictions({main_shock, aftershock}, outlets(2)).size() == 1);

  auto headline = figure("p", "inflation[%]||Peru", 3.1, "2024-05-09");
  auto food = figure("q", "inflation[%]||Peru", 5.8, "2024-05-09");
  food.frame.qualifiers = {"food"};
  CHECK(contradictions({headline, food}, outlets(2)).empty());
  headline.frame.qualifiers = {"food"};
  CHECK(contradictions({headline, food}, outlets(2)).size() == 1);
}

TEST_CASE("two figures of one key in one paragraph of one source are not a contradiction",
          "[compare][disagreement][paragraph]") {
  // "Exports rose to 410 tonnes in May from 380 in April": a change, not two claims about
  // one time, even when the months were not read.
  auto a = figure("p", "exports||Peru", 410, "2024-05-09", 3);
  auto b = figure("p", "exports||Peru", 380, "2024-05-09", 3);
  b.id = "p:3:77";
  CHECK(contradictions({a, b}, outlets(1)).empty());
  // The same two figures in two paragraphs of the article do disagree.
  b.mention.span.line = 9;
  a.mention.span.line = 3;
  b.id = "p:9:5";
  CHECK(contradictions({a, b}, outlets(1)).size() == 1);
}

TEST_CASE("a vague quantity is no measurement of an event constant",
          "[compare][disagreement][vague]") {
  auto precise = figure("p", "magnitude||Peru", 7.1, "2024-05-09");
  auto vague = figure("q", "magnitude||Peru", 0, "2024-05-09");
  vague.mention.kind = fc::MentionKind::kVague;
  vague.mention.text = "hundreds";
  vague.mention.value.reset();
  vague.mention.low = 200;
  vague.mention.high = 999;
  CHECK(contradictions({precise, vague}, outlets(2)).empty());
}

TEST_CASE("a running total of a source with no date is not held to other days' totals",
          "[compare][disagreement][undated]") {
  auto dated = figure("p", "killed||Peru", 120, "2024-05-09");
  auto later = figure("q", "killed||Peru", 85);
  auto sources = outlets(2);
  sources[1].published.reset();
  CHECK(contradictions({dated, later}, sources).empty());
  // Dated a day later, the lower total is a running count that went down.
  sources[1].published = fc::util::CivilDate{2024, 5, 11};
  CHECK(contradictions({dated, later}, sources).size() == 1);
}

TEST_CASE("a measure no check names, from a source with no date, is not compared",
          "[compare][disagreement][undated]") {
  auto a = figure("p", "~bridg||Peru", 12, "2024-05-09");
  auto b = figure("q", "~bridg||Peru", 30);
  a.key_certain = b.key_certain = false;
  auto sources = outlets(2);
  sources[1].published.reset();
  CHECK(contradictions({a, b}, sources).empty());
}

TEST_CASE("agreeing figures share a value: a wide one does not bridge two apart",
          "[compare][corroboration]") {
  // 5,000 on one day and 6,500 days later, with a range across both in a third outlet:
  // the range agrees with each, but 5,000 and 6,500 do not agree with each other.
  auto early = figure("p", "injured||Chile", 5000, "2024-05-04");
  auto late = figure("q", "injured||Chile", 6500, "2024-05-09");
  auto wide = figure("r", "injured||Chile", 5000, "2024-05-09");
  wide.mention.kind = fc::MentionKind::kRange;
  wide.mention.value.reset();
  wide.mention.high = 6500;
  for (auto* c : {&early, &late, &wide}) c->frame.semantics = fc::Semantics::kRunningTotal;
  const auto agreed = of_kind(fc::compare::compare_claims({early, late, wide}, outlets(3), rules()),
                              fc::FindingKind::kCorroboration);
  REQUIRE(!agreed.empty());
  for (const auto& f : agreed) {
    const bool both = std::find(f.claims.begin(), f.claims.end(), early.id) != f.claims.end() &&
                      std::find(f.claims.begin(), f.claims.end(), late.id) != f.claims.end();
    CHECK_FALSE(both);
  }
}

TEST_CASE("a later lower bound under an earlier count tells a running count lower",
          "[compare][semantics][toll]") {
  // "At least 79 died" on Monday, "at least 78 died" on Tuesday: the toll as reported went
  // down. A later bound above the earlier count, or an earlier bound, is a rise.
  const auto toll = [](const std::string& src, double v, const std::string& day) {
    auto c = figure(src, "killed||Crete", v, day);
    c.mention.hedge = fc::Hedge::kAtLeast;
    c.mention.approximate = true;
    c.frame.semantics = fc::Semantics::kRunningTotal;
    return c;
  };
  const auto sources = outlets(2);
  CHECK(
      contradictions({toll("p", 79, "2024-05-06"), toll("q", 78, "2024-05-07")}, sources).size() ==
      1);
  auto exact = figure("p", "killed||Crete", 79, "2024-05-06");
  exact.frame.semantics = fc::Semantics::kRunningTotal;
  CHECK(contradictions({exact, toll("q", 78, "2024-05-07")}, sources).size() == 1);
  CHECK(
      contradictions({toll("p", 79, "2024-05-06"), toll("q", 85, "2024-05-07")}, sources).empty());
  CHECK(
      contradictions({toll("p", 78, "2024-05-06"), toll("q", 79, "2024-05-07")}, sources).empty());
}

TEST_CASE("a figure at odds with two outlets that each say once is the odd one out",
          "[compare][disagreement]") {
  // A count of people sheltered abroad: 51,000 on the 3rd, "over 80,000" on the 8th, and
  // 42,000 on the 8th. One voice each: 42,000 clashes with both (below the earlier figure
  // and the other of its own day), the others only with it, so it is one disagreement
  // with 42,000 as its odd value, not two findings that each blame another outlet.
  std::vector<fc::Claim> claims;
  claims.push_back(figure("p", "fled_abroad||Chad", 42000, "2024-05-08"));
  claims.push_back(figure("q", "fled_abroad||Chad", 51000, "2024-05-03"));
  auto over = figure("r", "fled_abroad||Chad", 80000, "2024-05-08");
  over.mention.high = 90000;
  claims.push_back(over);
  const auto f = contradictions(claims, outlets(3));
  REQUIRE(f.size() == 1);
  CHECK(f[0].claims.size() == 3);
  CHECK(f[0].message.rfind("\"fled abroad\"", 0) == 0);
  CHECK(f[0].message.find("p says \"42000\"") < f[0].message.find("against"));
}

TEST_CASE("tolls years apart in one country are two events, not a count gone down",
          "[compare][disagreement]") {
  // A cyclone's toll of 900 in 2021 and another's of 600 in 2024, both "killed in Oman".
  std::vector<fc::Claim> claims;
  claims.push_back(figure("p", "killed||OM", 900, "2021-10-04"));
  claims.push_back(figure("q", "killed||OM", 600, "2024-06-11"));
  CHECK(contradictions(claims, outlets(2)).empty());
  // Weeks apart, the later lower figure is still the count gone down.
  claims[1].as_of_earliest = claims[1].as_of_latest = "2021-11-20";
  CHECK(contradictions(claims, outlets(2)).size() == 1);
}

TEST_CASE("magnitudes a whole degree apart are two quakes, tenths apart one misreported",
          "[compare][disagreement]") {
  std::vector<fc::Claim> claims;
  auto magnitude = [](const std::string& source, double v) {
    auto c = figure(source, "magnitude||PE", v, "2024-05-09");
    c.id = source + ":1:" + std::to_string(v);
    c.mention.low = v - 0.05;
    c.mention.high = v + 0.05;
    return c;
  };
  claims.push_back(magnitude("p", 6.1));
  claims.push_back(magnitude("q", 4.7));
  CHECK(contradictions(claims, outlets(2)).empty());
  claims[1] = magnitude("q", 6.5);
  CHECK(contradictions(claims, outlets(2)).size() == 1);
}

TEST_CASE("an undated figure of one of several events years apart meets none of them",
          "[compare][disagreement][time]") {
  // Two quakes in one country, three years apart, and an undated article on one of them.
  auto depth = [](const std::string& source, double v, const std::string& as_of) {
    auto c = figure(source, "depth[km]||PE", v, as_of);
    c.counted = "depth[km]";
    return c;
  };
  auto sources = outlets(3);
  sources[2].published.reset();
  std::vector<fc::Claim> claims = {depth("p", 10, "2021-03-02"), depth("q", 10, "2024-05-09"),
                                   depth("r", 51, "")};
  CHECK(contradictions(claims, sources).empty());
  // One event only: the undated figure is held to it, with doubt.
  claims[0] = depth("p", 10, "2024-05-08");
  const auto one = contradictions(claims, sources);
  REQUIRE(one.size() == 1);
  CHECK(one[0].severity == fc::Severity::kWarning);
}

TEST_CASE("'millions' is said of tens of millions too, 'thousands' not of a million",
          "[compare][disagreement]") {
  auto vague = [](const std::string& source, double low, double high) {
    auto c = figure(source, "affected||BD", 0, "2024-05-09");
    c.mention.kind = fc::MentionKind::kVague;
    c.mention.value.reset();
    c.mention.low = low;
    c.mention.high = high;
    c.mention.text = "many";
    return c;
  };
  std::vector<fc::Claim> claims = {vague("p", 1e6, 9999999),
                                   figure("q", "affected||BD", 33e6, "2024-05-09")};
  CHECK(contradictions(claims, outlets(2)).empty());
  claims[0] = vague("p", 2000, 9999);
  claims[1] = figure("q", "affected||BD", 1e6, "2024-05-09");
  CHECK(contradictions(claims, outlets(2)).size() == 1);
}

TEST_CASE("a finding's message names what narrows its figures", "[compare][disagreement]") {
  auto a = figure("p", "killed+last_24h||PE", 20, "2024-05-09");
  auto b = figure("q", "killed+last_24h||PE", 35, "2024-05-09");
  a.counted = b.counted = "killed";  // as the claim builder sets it: qualifiers in the key
  const auto f = contradictions({a, b}, outlets(2));
  REQUIRE(f.size() == 1);
  CHECK(has(f[0].message, "\"killed (last 24h)\""));
}
