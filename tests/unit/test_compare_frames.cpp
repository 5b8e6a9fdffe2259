// Comparing under the frame (issue 17): a guessed measure never contradicts, a stretch of
// days is not an instant, a running total under half its earlier figure is a part, a
// source's breakdown is not held against another's whole, two bounds meet nothing firm,
// forecasts meet forecasts of one statement, a stale figure below two later ones is one
// finding, owned measures need their owner. Figures made up for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "factcheck/compare/comparator.hpp"

namespace {

const fc::rules::RuleSet& rules() {
  static const auto r = *fc::rules::load_builtin();
  return r;
}

fc::Claim figure(const std::string& source, const std::string& key, double v,
                 const std::string& from = "", const std::string& to = "", int line = 1) {
  fc::Claim c;
  c.source = source;
  c.id = source + ":" + std::to_string(line) + ":" + std::to_string(static_cast<long long>(v));
  c.key = key;
  c.counted = key.substr(0, key.find('|'));
  c.key_certain = c.counted.rfind('~', 0) != 0;
  c.mention.kind = fc::MentionKind::kNumber;
  c.mention.text = std::to_string(static_cast<long long>(v));
  c.mention.value = c.mention.low = c.mention.high = v;
  c.mention.span.line = line;
  c.as_of_earliest = from;
  c.as_of_latest = to.empty() ? from : to;
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

std::vector<fc::Finding> of_kind(const std::vector<fc::Claim>& claims,
                                 const std::vector<fc::Source>& sources, fc::FindingKind k) {
  std::vector<fc::Finding> out;
  for (auto& f : fc::compare::compare_claims(claims, sources, rules())) {
    if (f.kind == k) out.push_back(std::move(f));
  }
  return out;
}

std::vector<fc::Finding> contradictions(const std::vector<fc::Claim>& claims,
                                        const std::vector<fc::Source>& sources) {
  return of_kind(claims, sources, fc::FindingKind::kContradiction);
}

/// The claim as a forecast: its modality and key.
fc::Claim mark(fc::Claim c) {
  c.frame.modality = fc::Modality::kForecast;
  c.key += "|forecast";
  return c;
}

}  // namespace

TEST_CASE("figures of a guessed measure corroborate but never contradict",
          "[compare][frames][uncertain]") {
  auto a = figure("p", "~crate||Peru", 240, "2024-05-09");
  auto b = figure("q", "~crate||Peru", 420, "2024-05-09");
  CHECK(contradictions({a, b}, outlets(2)).empty());
  auto c = figure("q", "~crate||Peru", 240, "2024-05-09");
  CHECK(of_kind({a, c}, outlets(2), fc::FindingKind::kCorroboration).size() == 1);
}

TEST_CASE("a stretch of days meets only the same stretch, or times apart",
          "[compare][frames][time]") {
  // "The previous count was 300" (some day of the month before) against 500 on one day
  // of that month: no telling which came first.
  const auto earlier = figure("p", "injured||Peru", 500, "2024-04-10", "2024-05-09");
  const auto day = figure("q", "injured||Peru", 300, "2024-05-02");
  CHECK(contradictions({earlier, day}, outlets(2)).empty());
  // The same stated period: the same count.
  const auto may_a = figure("p", "evacuated||Peru", 500, "2024-05-01", "2024-05-31");
  const auto may_b = figure("q", "evacuated||Peru", 800, "2024-05-01", "2024-05-31");
  CHECK(contradictions({may_a, may_b}, outlets(2)).size() == 1);
  // After the stretch, a lower running total still went down.
  const auto later = figure("q", "injured||Peru", 450, "2024-05-11");
  CHECK(contradictions({earlier, later}, outlets(2)).size() == 1);
}

TEST_CASE("a level without a date is held to a figure dated near publication",
          "[compare][frames][time]") {
  // Both published 2024-05-10: the undated appeal is the one of the day, and the other
  // outlet dates its own to the day before.
  const auto undated = figure("p", "appeal[USD]||Peru", 58e6);
  const auto dated = figure("q", "appeal[USD]||Peru", 85e6, "2024-05-09");
  CHECK(contradictions({undated, dated}, outlets(2)).size() == 1);
  // A level dated six days before publication may have moved since.
  const auto older = figure("q", "appeal[USD]||Peru", 85e6, "2024-05-04");
  CHECK(contradictions({undated, older}, outlets(2)).empty());
}

TEST_CASE("a running total later under half the earlier one is a part, not a fall",
          "[compare][frames][running]") {
  const auto national = figure("p", "killed||Peru", 2400, "2024-05-08");
  const auto province = figure("q", "killed||Peru", 900, "2024-05-09");
  CHECK(contradictions({national, province}, outlets(2)).empty());
  const auto stale = figure("q", "killed||Peru", 2100, "2024-05-09");
  CHECK(contradictions({national, stale}, outlets(2)).size() == 1);
}

TEST_CASE("a running total falls only within one counter's series, and not by its revision",
          "[compare][frames][running][counter]") {
  // A ministry's toll, then a lower one from the WHO: the WHO's own count.
  auto ministry = figure("p", "killed||Peru", 2400, "2024-05-08");
  ministry.frame.counter = {"health_ministry", fc::Provenance::kClause};
  auto who = figure("q", "killed||Peru", 2100, "2024-05-09");
  who.frame.counter = {"WHO", fc::Provenance::kClause};
  CHECK(contradictions({ministry, who}, outlets(2)).empty());
  // The same body lower later, or a lower figure no body is named for: a fall.
  auto again = who;
  again.frame.counter = ministry.frame.counter;
  CHECK(contradictions({ministry, again}, outlets(2)).size() == 1);
  auto unnamed = who;
  unnamed.frame.counter = {};
  CHECK(contradictions({ministry, unnamed}, outlets(2)).size() == 1);
  // "revised the toll from 2,400 to 2,100": the text tells the fall.
  auto revised = unnamed;
  revised.mention.kind = fc::MentionKind::kChange;
  revised.mention.from = 2400;
  revised.mention.to = 2100;
  CHECK(contradictions({ministry, revised}, outlets(2)).empty());
}

TEST_CASE("a source's breakdown is not held against another source's whole",
          "[compare][frames][parts]") {
  // p: "2,000 pilgrims, 700 of them women"; q: "2,000 pilgrims".
  const auto whole = figure("p", "visitors||Peru", 2000, "2024-05-09", "", 2);
  const auto part = figure("p", "visitors||Peru", 700, "2024-05-09", "", 4);
  const auto other = figure("q", "visitors||Peru", 2000, "2024-05-09");
  CHECK(contradictions({whole, part, other}, outlets(2)).empty());
  // Within one article, a part under four fifths of the whole is a breakdown; a figure
  // close to another is the same count stated twice, and they disagree.
  const auto close = figure("p", "visitors||Peru", 1700, "2024-05-09", "", 6);
  CHECK(contradictions({whole, close}, outlets(1)).size() == 1);
  CHECK(contradictions({whole, part}, outlets(1)).empty());
}

TEST_CASE("a vague quantity is not held to a bound", "[compare][frames][vague]") {
  auto dozens = figure("p", "missing||Peru", 0, "2024-05-09");
  dozens.mention.kind = fc::MentionKind::kVague;
  dozens.mention.value.reset();
  dozens.mention.low = 24;
  dozens.mention.high = 99;
  dozens.mention.approximate = true;
  auto bound = figure("q", "missing||Peru", 100, "2024-05-09");
  bound.mention.hedge = fc::Hedge::kMoreThan;
  bound.mention.approximate = true;
  CHECK(contradictions({dozens, bound}, outlets(2)).empty());
  // Against a precise figure it still is.
  const auto exact = figure("q", "missing||Peru", 300, "2024-05-09");
  CHECK(contradictions({dozens, exact}, outlets(2)).size() == 1);
}

TEST_CASE("two bounds of one figure corroborate each other", "[compare][frames][bounds]") {
  auto a = figure("p", "killed||Peru", 5300, "2024-05-09");
  a.mention.hedge = fc::Hedge::kMoreThan;
  a.mention.approximate = true;
  auto b = figure("q", "killed||Peru", 5300, "2024-05-09");
  b.mention.hedge = fc::Hedge::kMoreThan;
  b.mention.approximate = true;
  CHECK(of_kind({a, b}, outlets(2), fc::FindingKind::kCorroboration).size() == 1);
}

TEST_CASE("forecasts meet forecasts of one period stated in the same days",
          "[compare][frames][forecast]") {
  const auto a = mark(figure("p", "growth[%]||Peru", 4, "2026-01-01", "2026-12-31"));
  const auto b = mark(figure("q", "growth[%]||Peru", 3, "2026-01-01", "2026-12-31"));
  CHECK(contradictions({a, b}, outlets(2)).size() == 1);
  // A projection two months older is another statement.
  auto sources = outlets(2);
  sources[1].published = fc::util::CivilDate{2024, 3, 10};
  CHECK(contradictions({a, b}, sources).empty());
  // Another period, another forecast.
  const auto c = mark(figure("q", "growth[%]||Peru", 3, "2027-01-01", "2027-12-31"));
  CHECK(contradictions({a, c}, outlets(2)).empty());
}

TEST_CASE("a forecast naming only its day meets one of its statement's period, with doubt",
          "[compare][frames][forecast]") {
  // One budget statement: a deficit for 2025 in one outlet, the same deficit with only the
  // day it was announced in another.
  const auto period = mark(figure("p", "deficit[USD]||Peru", 64e9, "2025-01-01", "2025-12-31"));
  const auto day = mark(figure("q", "deficit[USD]||Peru", 46e9, "2024-05-09"));
  const auto found = contradictions({period, day}, outlets(2));
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity != fc::Severity::kError);
  // Both stating periods: only the same period meets.
  const auto other = mark(figure("q", "deficit[USD]||Peru", 46e9, "2024-01-01", "2024-12-31"));
  CHECK(contradictions({period, other}, outlets(2)).empty());
}

TEST_CASE("a stale figure below two later ones is one finding", "[compare][frames][odd]") {
  // 1,437 on the 2nd and 1,458 on the 4th; r said 1,412 on the 1st and q repeats it on
  // the 6th: only q's is stale, below both of p's.
  const auto r = figure("r", "killed||Peru", 1412, "2024-05-01");
  const auto p2 = figure("p", "killed||Peru", 1437, "2024-05-02");
  const auto p4 = figure("p", "killed||Peru", 1458, "2024-05-04", "", 3);
  const auto q = figure("q", "killed||Peru", 1412, "2024-05-06");
  const auto f = contradictions({r, p2, p4, q}, outlets(3));
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("q says") < f[0].message.find("against"));
}

TEST_CASE("a measure that is someone's is compared only with its owner",
          "[compare][frames][owner]") {
  // Seats of two parties, neither named: nothing to compare.
  const auto a = figure("p", "seats||Peru", 52, "2024-05-09");
  const auto b = figure("q", "seats||Peru", 38, "2024-05-09");
  CHECK(contradictions({a, b}, outlets(2)).empty());
  // The same party's seats in one election must agree.
  auto c = figure("p", "seats|nahda|Peru", 52, "2024-05-09");
  auto d = figure("q", "seats|nahda|Peru", 48, "2024-05-09");
  c.whose = d.whose = {"nahda"};
  CHECK(contradictions({c, d}, outlets(2)).size() == 1);
}

TEST_CASE("a marked event parts two figures; two kinds of event only add doubt",
          "[compare][frames][event]") {
  auto main = figure("p", "magnitude||Peru", 7.1, "2024-05-09");
  auto after = figure("q", "magnitude||Peru", 5.2, "2024-05-09");
  main.frame.event = {"earthquake", fc::Provenance::kClause};
  after.frame.event = {"aftershock", fc::Provenance::kClause};
  CHECK(contradictions({main, after}, outlets(2)).empty());
  // Two aftershocks told apart by nothing are two quakes, whatever their magnitudes.
  auto other = figure("p", "magnitude||Peru", 4.1, "2024-05-09");
  other.frame.event = after.frame.event;
  CHECK(contradictions({after, other}, outlets(2)).empty());
  auto war = figure("p", "killed||Peru", 900, "2024-05-09");
  auto invasion = figure("q", "killed||Peru", 300, "2024-05-09");
  war.frame.event = {"war", fc::Provenance::kClause};
  invasion.frame.event = {"invasion", fc::Provenance::kClause};
  const auto f = contradictions({war, invasion}, outlets(2));
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == fc::Severity::kWarning);
}
