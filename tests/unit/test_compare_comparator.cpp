#include "factcheck/compare/comparator.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace {

const fc::rules::RuleSet& rules() {
  static const auto r = *fc::rules::load_builtin();
  return r;
}

fc::Claim number(const std::string& source, const std::string& key, double v,
                 const std::string& as_of = "", const std::string& text = "") {
  fc::Claim c;
  c.source = source;
  c.id = source + ":1:" + std::to_string(static_cast<long long>(v));
  c.key = key;
  c.counted = key.substr(0, key.find('|'));
  c.key_certain = true;
  c.mention.kind = fc::MentionKind::kNumber;
  c.mention.text = text.empty() ? std::to_string(static_cast<long long>(v)) : text;
  c.mention.value = c.mention.low = c.mention.high = v;
  c.as_of_earliest = c.as_of_latest = as_of;
  return c;
}

std::vector<fc::Source> sources() {
  std::vector<fc::Source> out(3);
  out[0].id = "a";
  out[0].published = fc::util::CivilDate{2023, 2, 7};
  out[1].id = "b";
  out[1].published = fc::util::CivilDate{2023, 2, 7};
  out[2].id = "c";
  out[2].published = fc::util::CivilDate{2023, 2, 21};
  return out;
}

std::vector<fc::Finding> of_kind(const std::vector<fc::Finding>& f, fc::FindingKind k) {
  std::vector<fc::Finding> out;
  for (const auto& x : f) {
    if (x.kind == k) out.push_back(x);
  }
  return out;
}

}  // namespace

TEST_CASE("two precise figures of one key and day that cannot overlap are an error", "[compare]") {
  const std::vector<fc::Claim> claims = {number("a", "troops|US|Iraq", 2500, "2023-03-07"),
                                         number("b", "troops|US|Iraq", 3100, "2023-03-07")};
  const auto f = of_kind(fc::compare::compare_claims(claims, sources(), rules()),
                         fc::FindingKind::kContradiction);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == fc::Severity::kError);
  CHECK(f[0].sources == std::vector<std::string>{"a", "b"});
  CHECK(f[0].id.size() == 16);
}

TEST_CASE("different times of a changing count do not contradict", "[compare]") {
  const std::vector<fc::Claim> claims = {number("a", "troops|US|Iraq", 5200, "2020-01-01"),
                                         number("b", "troops|US|Iraq", 2500, "2023-03-07")};
  CHECK(of_kind(fc::compare::compare_claims(claims, sources(), rules()),
                fc::FindingKind::kContradiction)
            .empty());
}

TEST_CASE("a running toll may rise but not fall", "[compare]") {
  const std::vector<fc::Claim> rising = {number("a", "killed||Turkey", 8574, "2023-02-07"),
                                         number("c", "killed||Turkey", 41156, "2023-02-21")};
  CHECK(of_kind(fc::compare::compare_claims(rising, sources(), rules()),
                fc::FindingKind::kContradiction)
            .empty());
  const std::vector<fc::Claim> falling = {number("a", "killed||Turkey", 8574, "2023-02-07"),
                                          number("c", "killed||Turkey", 5000, "2023-02-21")};
  CHECK(of_kind(fc::compare::compare_claims(falling, sources(), rules()),
                fc::FindingKind::kContradiction)
            .size() == 1);
}

TEST_CASE("a round figure stands for its rounding interval", "[compare]") {
  const std::vector<fc::Claim> claims = {number("a", "troops|US|Iraq", 2500, "2023-03-07"),
                                         number("b", "troops|US|Iraq", 2530, "2023-03-07")};
  const auto f = fc::compare::compare_claims(claims, sources(), rules());
  CHECK(of_kind(f, fc::FindingKind::kContradiction).empty());
  CHECK(of_kind(f, fc::FindingKind::kCorroboration).size() == 1);
}

TEST_CASE("a hedged figure that overlaps is no contradiction and a vague one only warns",
          "[compare]") {
  auto hedged = number("a", "killed||Turkey", 5000, "2023-02-07", "more than 5,000");
  hedged.mention.hedge = fc::Hedge::kMoreThan;
  hedged.mention.approximate = true;
  const std::vector<fc::Claim> overlap = {hedged,
                                          number("b", "killed||Turkey", 5894, "2023-02-07")};
  CHECK(of_kind(fc::compare::compare_claims(overlap, sources(), rules()),
                fc::FindingKind::kContradiction)
            .empty());
  auto vague = number("a", "killed||Turkey", 0, "2023-02-07", "عشرات");
  vague.mention.kind = fc::MentionKind::kVague;
  vague.mention.value.reset();
  vague.mention.low = 20;
  vague.mention.high = 99;
  const std::vector<fc::Claim> disjoint = {vague,
                                           number("b", "killed||Turkey", 5894, "2023-02-07")};
  const auto f = of_kind(fc::compare::compare_claims(disjoint, sources(), rules()),
                         fc::FindingKind::kContradiction);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == fc::Severity::kWarning);
}

TEST_CASE("a finding id does not depend on positions", "[compare]") {
  std::vector<fc::Claim> claims = {number("a", "troops|US|Iraq", 2500, "2023-03-07"),
                                   number("b", "troops|US|Iraq", 3100, "2023-03-07")};
  const auto f1 = fc::compare::compare_claims(claims, sources(), rules());
  claims[0].id = "a:40:2";
  claims[0].mention.span.start = 999;
  const auto f2 = fc::compare::compare_claims(claims, sources(), rules());
  REQUIRE(f1.size() == f2.size());
  CHECK(f1[0].id == f2[0].id);
}

TEST_CASE("two dates of a unique event disagree and agreeing dates corroborate", "[compare]") {
  auto date = [](const std::string& src, const std::string& e, const std::string& l) {
    fc::Claim c;
    c.source = src;
    c.id = src + ":1:1";
    c.event = "invasion";
    c.key = "invasion|Iraq";
    c.mention.kind = fc::MentionKind::kDate;
    c.mention.earliest = e;
    c.mention.latest = l;
    c.mention.date_value = e.substr(0, 4);
    c.mention.text = e;
    return c;
  };
  const std::vector<fc::Claim> agree = {date("a", "2003-01-01", "2003-12-31"),
                                        date("b", "2003-03-20", "2003-03-20")};
  CHECK(of_kind(fc::compare::compare_claims(agree, sources(), rules()),
                fc::FindingKind::kCorroboration)
            .size() == 1);
  // Two sources that date it apart contradict each other; one source that does is
  // inconsistent with itself.
  const std::vector<fc::Claim> disagree = {date("a", "2003-01-01", "2003-12-31"),
                                           date("b", "2004-01-01", "2004-12-31")};
  CHECK(of_kind(fc::compare::compare_claims(disagree, sources(), rules()),
                fc::FindingKind::kContradiction)
            .size() == 1);
  auto itself = disagree;
  itself[1].source = "a";
  itself[1].id = "a:9:1";
  CHECK(of_kind(fc::compare::compare_claims(itself, sources(), rules()),
                fc::FindingKind::kDateInconsistency)
            .size() == 1);
}

namespace {

/// The day an event took place, as a claim of `source`: a quake unless `event` says.
fc::Claim event_day(const std::string& source, const std::string& day, bool occurred = true,
                    const std::string& event = "earthquake") {
  fc::Claim c;
  c.source = source;
  c.id = source + ":" + day;
  c.event = event;
  c.key = event + "|OM";
  c.where = {"OM"};
  c.key_certain = true;
  c.mention.kind = fc::MentionKind::kDate;
  c.mention.earliest = c.mention.latest = c.mention.date_value = day;
  c.mention.text = day;
  if (occurred) c.frame.semantics = fc::Semantics::kEventConstant;
  return c;
}

}  // namespace

TEST_CASE("the days an event took place on are held to each other when close", "[compare][event]") {
  const auto run = [](const std::vector<fc::Claim>& cs) {
    return of_kind(fc::compare::compare_claims(cs, sources(), rules()),
                   fc::FindingKind::kContradiction);
  };
  // Quakes happen many times; the day of one quake is told the same everywhere.
  CHECK(run({event_day("a", "2023-02-05"), event_day("b", "2023-02-06")}).size() == 1);
  // Two quakes five weeks apart are two quakes.
  CHECK(run({event_day("a", "2023-02-05"), event_day("b", "2023-03-14")}).empty());
  // A date near the word that does not say the quake happened then is held to nothing.
  CHECK(run({event_day("a", "2023-02-05"), event_day("b", "2023-02-06", false)}).empty());
  // A storm lasts days and reaches places on different days; a war breaks out once.
  CHECK(run({event_day("a", "2023-02-05", true, "storm"),
             event_day("b", "2023-02-06", true, "storm")})
            .empty());
  CHECK(run({event_day("a", "2023-04-15", true, "war"), event_day("b", "2023-05-15", true, "war")})
            .size() == 1);
  // A collapse a day off is one collapse misdated; three days apart, two buildings fell.
  CHECK(run({event_day("a", "2023-02-05", true, "collapse"),
             event_day("b", "2023-02-06", true, "collapse")})
            .size() == 1);
  CHECK(run({event_day("a", "2023-02-05", true, "collapse"),
             event_day("b", "2023-02-08", true, "collapse")})
            .empty());
  // A night's day ends on the next (the claim builder widens it).
  auto night = event_day("a", "2023-02-05");
  night.mention.latest = "2023-02-06";
  CHECK(run({night, event_day("b", "2023-02-06")}).empty());
}

TEST_CASE("a toll told at two hours of one day is the earlier's and the later's", "[compare]") {
  const auto run = [](const std::string& a_time, double a, const std::string& b_time, double b) {
    return of_kind(fc::compare::compare_claims(
                       {number("a", "killed||OM", a, a_time), number("b", "killed||OM", b, b_time)},
                       sources(), rules()),
                   fc::FindingKind::kContradiction);
  };
  // The morning's 111 rose to the evening's 2921.
  CHECK(run("2023-02-06TMO", 111, "2023-02-06TEV", 2921).empty());
  CHECK(run("2023-02-06T08:30", 111, "2023-02-06T21:00", 2921).empty());
  // A count does not fall from the morning to the evening.
  CHECK(run("2023-02-06TMO", 2921, "2023-02-06TEV", 2800).size() == 1);
  // One evening's statement: the figures must agree.
  CHECK(run("2023-02-06TEV", 2212, "2023-02-06TEV", 2122).size() == 1);
  CHECK(run("2023-02-06", 2212, "2023-02-06TEV", 2122).size() == 1);
}

TEST_CASE("one passage's successive counts narrate the rise; far apart they are held",
          "[compare]") {
  const auto run = [](int line_a, int line_b) {
    // "dozens" early in the story, 2,122 later: a vague count is held to the figures beside
    // it, unless the passage narrates the rise.
    auto a = number("a", "killed||OM", 24, "", "dozens");
    a.mention.kind = fc::MentionKind::kVague;
    a.mention.value.reset();
    a.mention.high = 99;
    auto b = number("a", "killed||OM", 2122);
    a.id = "a:" + std::to_string(line_a) + ":1";
    b.id = "a:" + std::to_string(line_b) + ":1";
    a.mention.span.line = line_a;
    b.mention.span.line = line_b;
    return of_kind(fc::compare::compare_claims({a, b}, sources(), rules()),
                   fc::FindingKind::kContradiction);
  };
  CHECK(run(3, 9).empty());
  CHECK(run(3, 40).size() == 1);
}

TEST_CASE("one odd day out is one finding against the sources that agree", "[compare][event]") {
  const auto found = fc::compare::compare_claims(
      {event_day("a", "2023-02-05"), event_day("b", "2023-02-05"), event_day("c", "2023-02-06")},
      sources(), rules());
  const auto contra = of_kind(found, fc::FindingKind::kContradiction);
  REQUIRE(contra.size() == 1);
  const auto& f = contra.front();
  // The odd claim and one of the agreeing day's; every source named.
  CHECK(f.claims.size() == 2);
  CHECK(std::count(f.claims.begin(), f.claims.end(), "c:2023-02-06") == 1);
  CHECK(f.sources == std::vector<std::string>{"a", "b", "c"});
  CHECK(f.message.find("a and b") != std::string::npos);
}

TEST_CASE("a suppression with a reason marks its finding", "[compare]") {
  auto r = rules();
  REQUIRE(fc::rules::load_text("suppressions:\n  - {key: \"troops|US|Iraq\", kind: contradiction, "
                               "reason: disputed by the ministry}\n",
                               "s.yaml", r)
              .empty());
  const std::vector<fc::Claim> claims = {number("a", "troops|US|Iraq", 2500, "2023-03-07"),
                                         number("b", "troops|US|Iraq", 3100, "2023-03-07")};
  const auto f =
      of_kind(fc::compare::compare_claims(claims, sources(), r), fc::FindingKind::kContradiction);
  REQUIRE(f.size() == 1);
  CHECK(f[0].suppressed);
  CHECK(f[0].suppression_reason == "disputed by the ministry");
}

namespace {

fc::Claim about(const std::string& source, const std::string& key, double v,
                const std::string& as_of = "") {
  auto c = number(source, key, v, as_of, "about " + std::to_string(static_cast<long long>(v)));
  c.mention.hedge = fc::Hedge::kAbout;
  c.mention.approximate = true;
  c.mention.significant_digits = 2;
  return c;
}

}  // namespace

TEST_CASE("two estimates that meet only at the edges of their margins disagree with a warning",
          "[compare][hedge]") {
  // "نحو 2500" and "about 3,000": each margin reaches the other, neither figure does.
  const std::vector<fc::Claim> apart = {about("a", "troops|US|Iraq", 2500, "2023-02-07"),
                                        about("b", "troops|US|Iraq", 3000, "2023-02-07")};
  const auto found = fc::compare::compare_claims(apart, sources(), rules());
  const auto contradictions = of_kind(found, fc::FindingKind::kContradiction);
  REQUIRE(contradictions.size() == 1);
  CHECK(contradictions[0].severity == fc::Severity::kWarning);
  CHECK(contradictions[0].message.find("estimates") != std::string::npos);
  CHECK(of_kind(found, fc::FindingKind::kCorroboration).empty());

  // "about 2,500" and "about 2,600": one figure lies within the other's margin.
  const std::vector<fc::Claim> close = {about("a", "troops|US|Iraq", 2500, "2023-02-07"),
                                        about("b", "troops|US|Iraq", 2600, "2023-02-07")};
  const auto agreed = fc::compare::compare_claims(close, sources(), rules());
  CHECK(of_kind(agreed, fc::FindingKind::kContradiction).empty());
  CHECK(of_kind(agreed, fc::FindingKind::kCorroboration).size() == 1);

  // An exact figure within an estimate's margin agrees with it.
  const std::vector<fc::Claim> exact = {about("a", "troops|US|Iraq", 2500, "2023-02-07"),
                                        number("b", "troops|US|Iraq", 2700, "2023-02-07")};
  CHECK(of_kind(fc::compare::compare_claims(exact, sources(), rules()),
                fc::FindingKind::kContradiction)
            .empty());
}

TEST_CASE("undated levels are held to other articles of the same week only", "[compare][time]") {
  // a and b are published the same day, c two weeks later (sources()).
  const std::vector<fc::Claim> same_week = {number("a", "troops|US|Iraq", 2500),
                                            number("b", "troops|US|Iraq", 3000)};
  const auto f = of_kind(fc::compare::compare_claims(same_week, sources(), rules()),
                         fc::FindingKind::kContradiction);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == fc::Severity::kWarning);  // the time is implied, not stated
  CHECK(f[0].message.find("published 2023-02-07") != std::string::npos);

  const std::vector<fc::Claim> weeks_apart = {number("a", "troops|US|Iraq", 2500),
                                              number("c", "troops|US|Iraq", 3000)};
  CHECK(of_kind(fc::compare::compare_claims(weeks_apart, sources(), rules()),
                fc::FindingKind::kContradiction)
            .empty());

  auto other = number("a", "troops|US|Iraq", 3000);
  other.id = "a:7:3000";
  const std::vector<fc::Claim> one_article = {number("a", "troops|US|Iraq", 2500), other};
  CHECK(of_kind(fc::compare::compare_claims(one_article, sources(), rules()),
                fc::FindingKind::kContradiction)
            .empty());
}

namespace {

/// A varied set of claims: 300 keys of four subjects, one key beyond pairwise comparison, some
/// of one source,
/// exact, hedged and vague figures, stated and implied times, dates of a unique event (some
/// with a wrong weekday), anniversaries, and repeated values that merge into one finding.
std::vector<fc::Claim> generated_claims() {
  std::vector<fc::Claim> out;
  std::uint32_t state = 2023;
  const auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  const std::vector<std::string> subjects = {"troops", "killed", "injured", "displaced"};
  for (int i = 0; i < 4000; ++i) {
    const unsigned k = i < 400 ? 0 : next() % 300;
    // Keys from 280 on are stated by one source only.
    const std::string source = "s" + std::to_string(k >= 280 ? k % 12 : next() % 12);
    const unsigned roll = next() % 10;
    fc::Claim c;
    if (roll == 0) {
      const unsigned year = 2003 + next() % 2;
      c = fc::Claim{};
      c.source = source;
      c.event = "invasion";
      c.where = {"k" + std::to_string(k % 20)};
      c.key = "invasion|" + c.where[0];
      c.mention.kind = fc::MentionKind::kDate;
      c.mention.earliest = std::to_string(year) + "-03-20";
      c.mention.latest = next() % 2 ? c.mention.earliest : std::to_string(year) + "-12-31";
      c.mention.date_value = c.mention.earliest;
      c.mention.text = "March " + std::to_string(year);
      if (next() % 4 == 0) c.mention.note = "the weekday does not match the date";
    } else if (roll == 1) {
      c.source = source;
      c.counted = "anniversary";
      c.event = "invasion";
      c.where = {"k" + std::to_string(k % 20)};
      c.key = "anniversary|invasion|" + c.where[0];
      c.mention.kind = fc::MentionKind::kOrdinal;
      c.mention.value = 19 + next() % 3;
      c.mention.text = std::to_string(static_cast<int>(*c.mention.value));
    } else {
      const double v = 1000.0 * (k % 7 + 1) + 100.0 * (next() % 6);
      const std::string as_of = next() % 3 ? "2023-02-0" + std::to_string(1 + next() % 9) : "";
      c = number(source, subjects[k % 4] + "|US|k" + std::to_string(k), v, as_of);
      if (roll == 2) {
        c.mention.hedge = fc::Hedge::kAbout;
        c.mention.approximate = true;
      } else if (roll == 3) {
        c.mention.kind = fc::MentionKind::kVague;
        c.mention.value.reset();
        c.mention.low = v / 2;
        c.mention.high = v;
      }
    }
    c.id = source + ":" + std::to_string(i) + ":1";
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<fc::Source> generated_sources() {
  std::vector<fc::Source> out(12);
  for (int i = 0; i < 12; ++i) {
    out[static_cast<std::size_t>(i)].id = "s" + std::to_string(i);
    out[static_cast<std::size_t>(i)].published = fc::util::CivilDate{2023, 2, 1 + i};
  }
  return out;
}

/// Everything a report shows of each finding, in order.
std::vector<std::string> shown(const std::vector<fc::Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    std::string s = f.id + " " + fc::to_string(f.kind) + " " + fc::to_string(f.severity) + " " +
                    f.key + " " + f.message + (f.suppressed ? " suppressed" : "");
    for (std::size_t i = 0; i < f.claims.size(); ++i) {
      s += "\n  " + f.claims[i] + "=" + (i < f.values.size() ? f.values[i] : "?");
    }
    for (const auto& src : f.sources) s += "\n  from " + src;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

TEST_CASE("findings are the same whatever the number of threads", "[compare][jobs]") {
  const auto claims = generated_claims();
  const auto srcs = generated_sources();
  const auto one = fc::compare::compare_claims(claims, srcs, rules(), 1);
  // Every kind of finding is made, and some merge repeated values.
  for (const auto kind : {fc::FindingKind::kContradiction, fc::FindingKind::kCorroboration,
                          fc::FindingKind::kSingleSource, fc::FindingKind::kDateInconsistency}) {
    CHECK_FALSE(of_kind(one, kind).empty());
  }
  CHECK(std::any_of(one.begin(), one.end(), [](const fc::Finding& f) {
    return f.kind == fc::FindingKind::kContradiction && f.claims.size() > 2;
  }));
  const auto expected = shown(one);
  const unsigned jobs = GENERATE(2u, 3u, 8u, 0u);
  CAPTURE(jobs);
  CHECK(shown(fc::compare::compare_claims(claims, srcs, rules(), jobs)) == expected);

  // Focused on some sources, as a draft is compared against an archive.
  fc::compare::Scope scope;
  scope.focus = {"s1", "s7"};
  scope.several_sources = true;
  CHECK(shown(fc::compare::compare_claims(claims, srcs, rules(), scope, jobs)) ==
        shown(fc::compare::compare_claims(claims, srcs, rules(), scope, 1)));
}

TEST_CASE("a focus finds the contradictions a whole comparison finds on its sources",
          "[compare][scope]") {
  // The generated claims hold a key of 400 (compared with neighbours, not pair by pair):
  // a draft's contradictions, compared with a focus, are those of the whole comparison
  // that hold a claim of the draft, claim for claim.
  // (Of figures: the days of events are held to each other by their own rule.)
  const auto claims = generated_claims();
  const auto srcs = generated_sources();
  std::set<std::string> dates;
  for (const auto& c : claims) {
    if (c.mention.kind == fc::MentionKind::kDate) dates.insert(c.id);
  }
  const auto of_figures = [&](const std::vector<fc::Finding>& all) {
    std::vector<fc::Finding> out;
    for (const auto& f : of_kind(all, fc::FindingKind::kContradiction)) {
      if (dates.count(f.claims.front()) == 0) out.push_back(f);
    }
    return out;
  };
  fc::compare::Scope scope;
  scope.focus = {"s1", "s7"};
  scope.several_sources = true;
  const auto focused = of_figures(fc::compare::compare_claims(claims, srcs, rules(), scope, 1));
  std::vector<fc::Finding> expected;
  for (const auto& f : of_figures(fc::compare::compare_claims(claims, srcs, rules(), 1))) {
    if (std::any_of(f.sources.begin(), f.sources.end(),
                    [&](const std::string& s) { return scope.focus.count(s) != 0; })) {
      expected.push_back(f);
    }
  }
  REQUIRE_FALSE(expected.empty());
  CHECK(shown(focused) == shown(expected));
}

namespace {

/// 359 claims of 1000 (sources s000 ...), a range 1000-2000 (source r) and 2000 from
/// `odd_source`, all of one key and day: more than are compared pair by pair.
std::vector<fc::Claim> long_chain(const std::string& odd_source) {
  std::vector<fc::Claim> claims;
  for (int i = 0; i < 359; ++i) {
    const std::string n = std::to_string(i);
    claims.push_back(
        number("s" + std::string(3 - n.size(), '0') + n, "troops|US|Iraq", 1000, "2023-02-07"));
  }
  auto range = number("r", "troops|US|Iraq", 1000, "2023-02-07", "1000-2000");
  range.mention.kind = fc::MentionKind::kRange;
  range.mention.value.reset();
  range.mention.high = 2000;
  claims.push_back(range);
  claims.push_back(number(odd_source, "troops|US|Iraq", 2000, "2023-02-07"));
  return claims;
}

}  // namespace

TEST_CASE("a claim that contradicts one in a chain of agreement starts a new chain",
          "[compare][chain]") {
  // Small key: 1000 and the range 1000-2000 agree, 2000 and the range agree, but 2000
  // contradicts 1000, so the chain of agreement stops before 2000.
  const std::vector<fc::Claim> small = {
      number("a", "troops|US|Iraq", 1000, "2023-02-07"),
      number("b", "troops|US|Iraq", 1000, "2023-02-07", "1000-2000"),
      number("c", "troops|US|Iraq", 2000, "2023-02-07")};
  auto claims = small;
  claims[1].mention.kind = fc::MentionKind::kRange;
  claims[1].mention.value.reset();
  claims[1].mention.high = 2000;
  auto found = fc::compare::compare_claims(claims, sources(), rules());
  REQUIRE(of_kind(found, fc::FindingKind::kContradiction).size() == 1);
  auto agreed = of_kind(found, fc::FindingKind::kCorroboration);
  REQUIRE(agreed.size() == 1);
  CHECK(agreed[0].sources == std::vector<std::string>{"a", "b"});

  // Large key: each claim meets only its neighbours in time, then id, order. The 2000 is
  // last in id order ("z"), so its contradictions are with the claims before it, or first
  // ("a"), so they are with the claims after it; either way they end the chain. Its 50
  // neighbours are all 1000s, except the range next to "a".
  for (const std::string odd : {"z", "a"}) {
    CAPTURE(odd);
    found = fc::compare::compare_claims(long_chain(odd), sources(), rules());
    // One disagreement: the odd 2000 against the 1000s it meets (its 50 neighbours, or 49
    // and the range), in one finding.
    const auto against = of_kind(found, fc::FindingKind::kContradiction);
    REQUIRE(against.size() == 1);
    CHECK(against[0].claims.size() == (odd == "z" ? 51u : 50u));
    agreed = of_kind(found, fc::FindingKind::kCorroboration);
    REQUIRE(agreed.size() == 1);
    CHECK(agreed[0].claims.size() == 360);
    CHECK(std::count(agreed[0].sources.begin(), agreed[0].sources.end(), odd) == 0);
  }
}
