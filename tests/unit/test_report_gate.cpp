// The CI gate: inline suppressions, baselines, the draft filter and what fails the run.
#include <catch2/catch.hpp>

#include "factcheck/report/gate.hpp"
#include "unit/test_report_sample.hpp"

using fc::report::Suppression;

TEST_CASE("inline factcheck-ignore comments are read with their reason and line",
          "[report][gate][suppress]") {
  fc::Source src;
  src.id = "a";
  src.path = "news/a.md";
  src.bytes =
      "سطر أول\n<!-- factcheck-ignore: c0ffee01 -- الرقم مصحح في النسخة المطبوعة -->\n"
      "text <!--factcheck-ignore:troops|US|Iraq -- desk confirmed-->\n"
      "<!-- an ordinary comment -->\n"
      "  <!-- factcheck-ignore: c0ffee09 -->\n";
  std::vector<fc::Problem> problems;
  const auto found = fc::report::find_inline_suppressions(src, problems);
  REQUIRE(found.size() == 2);
  CHECK(found[0].target == "c0ffee01");
  CHECK(found[0].reason == "الرقم مصحح في النسخة المطبوعة");
  CHECK(found[0].origin == "news/a.md:2");
  CHECK(found[0].source == "a");
  CHECK(found[1].target == "troops|US|Iraq");
  CHECK(found[1].reason == "desk confirmed");
  CHECK(found[1].origin == "news/a.md:3");
  // No reason: a problem at the comment, not applied.
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].source == "news/a.md");
  CHECK(problems[0].line == 5);
  CHECK(problems[0].column == 3);
}

TEST_CASE("suppressions match a finding by id or key and unused ones are reported",
          "[report][gate][suppress]") {
  auto rep = fc::test::sample_report();
  rep.warnings.clear();
  fc::report::apply_suppressions(
      rep, {Suppression{"c0ffee01", "corrected in print", "news/001 daily.txt:4", "001"},
            Suppression{"troops|US|Iraq", "another source", "news/002_wire.md:1", "002"},
            Suppression{"no-such-finding", "stale", "checks/ignore.yaml", ""},
            Suppression{"c0ffee03", "not about this source", "news/002_wire.md:2", "002"}});
  CHECK(rep.findings[0].suppressed);
  CHECK(rep.findings[0].suppression_reason == "corrected in print (news/001 daily.txt:4)");
  // By key, only findings on the suppression's own source: the corroboration with 002.
  CHECK(rep.findings[1].suppressed);
  CHECK_FALSE(rep.findings[2].suppressed);
  REQUIRE(rep.warnings.size() == 2);
  CHECK(rep.warnings[0].source == "checks/ignore.yaml");
  CHECK(rep.warnings[0].message.find("no-such-finding") != std::string::npos);
  CHECK(rep.warnings[1].source == "news/002_wire.md:2");
}

TEST_CASE("a baseline marks findings known or new and known ones do not fail",
          "[report][gate][baseline]") {
  auto rep = fc::test::sample_report();
  fc::report::Report base;
  base.findings.push_back(rep.findings[0]);
  fc::report::mark_baseline(rep, base);
  CHECK(rep.findings[0].baseline == "known");
  CHECK(rep.findings[1].baseline == "new");
  const auto error = fc::report::parse_fail_on("error");
  REQUIRE(error.has_value());
  CHECK_FALSE(fc::report::fails_run(rep.findings[0], *error));
  rep.findings[0].baseline = "new";
  CHECK(fc::report::fails_run(rep.findings[0], *error));
}

TEST_CASE("fail-on decides which severities fail and suppressed findings never do",
          "[report][gate][exit]") {
  using fc::Severity;
  const auto row = GENERATE(table<std::string, Severity, bool, bool>({
      {"error", Severity::kError, false, true},
      {"error", Severity::kWarning, false, false},
      {"warning", Severity::kWarning, false, true},
      {"warning", Severity::kInfo, false, false},
      {"warning", Severity::kError, true, false},
      {"never", Severity::kError, false, false},
  }));
  const auto threshold = fc::report::parse_fail_on(std::get<0>(row));
  REQUIRE(threshold.has_value());
  fc::Finding f;
  f.severity = std::get<1>(row);
  f.suppressed = std::get<2>(row);
  CHECK(fc::report::fails_run(f, *threshold) == std::get<3>(row));
  CHECK_FALSE(fc::report::parse_fail_on("info").has_value());
}

TEST_CASE("the draft filter keeps only findings that involve the draft", "[report][gate][draft]") {
  auto rep = fc::test::sample_report();
  fc::report::restrict_to_draft(rep, "002");
  CHECK(rep.draft == "002");
  REQUIRE(rep.findings.size() == 2);
  for (const auto& f : rep.findings) {
    CHECK(std::find(f.sources.begin(), f.sources.end(), "002") != f.sources.end());
  }
  const auto unverified = fc::report::unverified_draft_claims(rep);
  REQUIRE(unverified.size() == 1);
  CHECK(unverified[0]->mention.text == "March 20, 2003");
}
