// diff: new, resolved, changed (same kind and key, another id) and unchanged findings.
#include <catch2/catch.hpp>

#include "factcheck/report/diff.hpp"
#include "unit/test_report_sample.hpp"

TEST_CASE("diff sorts findings into new resolved changed and unchanged", "[report][diff]") {
  const auto old_report = fc::test::sample_report();
  auto new_report = fc::test::sample_report();
  // The contradiction's values changed: same kind and key, another id.
  new_report.findings[0].id = "c0ffee99";
  new_report.claims[1].mention.text = "2700";
  // A single-source finding disappeared, a new one appeared.
  new_report.findings.erase(new_report.findings.begin() + 3);
  new_report.findings.push_back(fc::test::make_finding("beef0001", fc::FindingKind::kContradiction,
                                                       fc::Severity::kError, "wounded||", {},
                                                       {"002"}, "new contradiction"));
  const auto d = fc::report::diff_reports(old_report, new_report);
  REQUIRE(d.added.size() == 1);
  CHECK(d.added[0].id == "beef0001");
  REQUIRE(d.resolved.size() == 1);
  CHECK(d.resolved[0].id == "51570");
  REQUIRE(d.changed.size() == 1);
  CHECK(d.changed[0].first.id == "c0ffee01");
  CHECK(d.changed[0].second.id == "c0ffee99");
  CHECK(d.unchanged.size() == old_report.findings.size() - 2);

  const std::string md =
      fc::report::diff_to_markdown(d, old_report, new_report, "a.json", "b.json");
  CHECK(md.rfind("# Fact-consistency report diff\n", 0) == 0);
  CHECK(md.find("1 new, 1 resolved, 1 changed, 0 gained sources, 8 unchanged.") !=
        std::string::npos);
  // Each value with its file and line; the values isolated.
  CHECK(md.find("was `c0ffee01`, error: 000: <span dir=\"auto\">2500</span> "
                "(news/000\\_reuters.txt:3); 001: <span dir=\"auto\">2600</span>") !=
        std::string::npos);
  CHECK(md.find("now error: 000: <span dir=\"auto\">2500</span> (news/000\\_reuters.txt:3); "
                "001: <span dir=\"auto\">2700</span>") != std::string::npos);
  const auto order = {md.find("## New findings"), md.find("## Resolved findings"),
                      md.find("## Gained sources"), md.find("## Changed findings"),
                      md.find("## Unchanged findings")};
  CHECK(std::is_sorted(order.begin(), order.end()));
}

TEST_CASE("identical reports differ in nothing", "[report][diff]") {
  const auto r = fc::test::sample_report();
  const auto d = fc::report::diff_reports(r, r);
  CHECK(d.added.empty());
  CHECK(d.resolved.empty());
  CHECK(d.changed.empty());
  CHECK(d.unchanged.size() == r.findings.size());
}
