// SARIF 2.1.0 and GitHub annotations: levels from severities, locations in the source
// files, fingerprints from finding ids, GitHub's escaping and its 10-per-level limit.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/cli.hpp"
#include "unit/test_report_sample.hpp"

TEST_CASE("SARIF has one run with a rule per finding kind and located results", "[report][sarif]") {
  const auto j = nlohmann::json::parse(fc::report::to_sarif(fc::test::sample_report()));
  CHECK(j["version"] == "2.1.0");
  REQUIRE(j["runs"].size() == 1);
  const auto& run = j["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "factcheck");
  CHECK(run["tool"]["driver"]["version"] == "9.9.9");
  CHECK(run["tool"]["driver"]["rules"].size() == 4);
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const auto& first = run["results"][0];
  CHECK(first["ruleId"] == "contradiction");
  CHECK(run["tool"]["driver"]["rules"][first["ruleIndex"].get<int>()]["id"] == "contradiction");
  CHECK(first["level"] == "error");
  CHECK(first["partialFingerprints"]["factcheckFindingId/v1"] == "c0ffee01");
  const auto& loc = first["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "news/000_reuters.txt");
  CHECK(loc["region"]["startLine"] == 3);
  CHECK(loc["region"]["endColumn"].get<int>() - loc["region"]["startColumn"].get<int>() == 4);
  // The second claim is a related location, its path percent-encoded.
  CHECK(first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "news/001%20daily.txt");
  // Severities map to levels; a suppressed finding carries its justification.
  std::map<std::string, std::string> levels;
  for (const auto& r : run["results"]) {
    levels[r["partialFingerprints"]["factcheckFindingId/v1"]] = r["level"];
    if (r["partialFingerprints"]["factcheckFindingId/v1"] == "5eed0001") {
      CHECK(r["suppressions"][0]["kind"] == "inSource");
      CHECK(r["suppressions"][0]["justification"] == "confirmed by the desk (news/002_wire.md:4)");
    }
  }
  CHECK(levels["c0ffee03"] == "warning");
  // Code scanning shows every result as an alert: corroborations and single-source
  // claims (info) are not results.
  CHECK(levels.count("c0ffee02") == 0);
  for (const auto& [id, level] : levels) CHECK(level != "note");
  for (const auto& rule : run["tool"]["driver"]["rules"]) {
    CHECK(!rule["help"]["text"].get<std::string>().empty());
  }
}

TEST_CASE("a SARIF result has at most 1,000 related locations and says how many it left out",
          "[report][sarif]") {
  fc::report::Report rep;
  rep.tool_version = "1";
  fc::Finding f;
  f.id = "big";
  f.kind = fc::FindingKind::kContradiction;
  f.severity = fc::Severity::kWarning;
  f.key = "k";
  f.message = "many";
  for (int i = 0; i < 1500; ++i) {
    fc::Source s;
    s.id = "s" + std::to_string(i);
    s.path = s.id + ".txt";
    rep.sources.push_back(s);
    fc::Claim c;
    c.id = s.id + ":1:1";
    c.source = s.id;
    c.mention.text = "12";
    c.mention.span.line = 1;
    c.mention.span.column = 1;
    rep.claims.push_back(c);
    f.claims.push_back(c.id);
    f.sources.push_back(s.id);
  }
  rep.findings.push_back(f);
  const auto j = nlohmann::json::parse(fc::report::to_sarif(rep));
  const auto& r = j["runs"][0]["results"][0];
  CHECK(r["relatedLocations"].size() == 1000);
  CHECK(r["message"]["text"] == "many (499 more claims are listed in the JSON report)");
  CHECK(r["properties"]["claims"].size() == 1500);
}

TEST_CASE("GitHub annotations are escaped and most severe first", "[report][annotations]") {
  auto rep = fc::test::sample_report();
  rep.sources[0].path = "news/a,b:c.txt";
  rep.findings[0].message = "100% sure\nsecond line\r";
  const auto lines = fc::test::lines_of(fc::report::to_github_annotations(rep));
  REQUIRE(!lines.empty());
  CHECK(lines[0].rfind("::error file=news/a%2Cb%3Ac.txt,line=3,col=", 0) == 0);
  CHECK(lines[0].find("title=factcheck contradiction%3A troops|US|Iraq::100%25 sure%0Asecond "
                      "line%0D [000: \"2500\"; 001: \"2600\"] (finding c0ffee01)") !=
        std::string::npos);
  CHECK(lines[1].rfind("::warning ", 0) == 0);
  CHECK(lines.back().rfind("::notice ", 0) == 0);
  // The suppressed finding is left out.
  for (const auto& l : lines) CHECK(l.find("5eed0001") == std::string::npos);
}

TEST_CASE("at most 10 annotations per level and one line sums up the rest",
          "[report][annotations]") {
  fc::report::Report rep;
  for (int i = 0; i < 14; ++i) {
    rep.findings.push_back(fc::test::make_finding("e" + std::to_string(i),
                                                  fc::FindingKind::kContradiction,
                                                  fc::Severity::kError, "k", {}, {}, "m"));
    rep.findings.push_back(fc::test::make_finding("i" + std::to_string(i),
                                                  fc::FindingKind::kSingleSource,
                                                  fc::Severity::kInfo, "k", {}, {}, "m"));
  }
  const auto lines = fc::test::lines_of(fc::report::to_github_annotations(rep));
  int errors = 0;
  int notices = 0;
  for (const auto& l : lines) {
    errors += l.rfind("::error", 0) == 0 ? 1 : 0;
    notices += l.rfind("::notice", 0) == 0 ? 1 : 0;
  }
  CHECK(errors == 10);
  CHECK(notices == 10);  // 9 findings and the summary
  CHECK(lines.back() ==
        "::notice title=factcheck::9 more findings not shown as annotations (4 errors, 0 "
        "warnings, 5 notices): see the report");
  CHECK(lines.front().rfind("::error", 0) == 0);
}
