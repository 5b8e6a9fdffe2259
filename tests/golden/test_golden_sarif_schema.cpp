// SARIF as code scanning reads it (issue 19): every SARIF factcheck writes validates
// against the SARIF 2.1.0 JSON schema (tests/sarif/sarif-schema-2.1.0.json, OASIS errata
// 01) under a real JSON-schema validator (ajv, tests/sarif/validate.js), which also
// checks GitHub's limit of 1,000 related locations per result. In factcheck_tool_tests:
// ctest's sarif_schema runs them, skipped when node or the validator's packages are missing.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/cli.hpp"
#include "support/many_sources.hpp"
#include "support/tools.hpp"

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::shell_quote;
using fc::test::TempDir;
using fc::test::write_file;

namespace {

struct Validation {
  int exit_code = -1;
  std::string output;
};

Validation validate(const TempDir& d, const std::vector<std::string>& files) {
  std::string cmd = "node " + shell_quote(fc::test::sarif_validator());
  for (const auto& f : files) cmd += " " + shell_quote(f);
  cmd += " > " + shell_quote(d.file("validate.out")) + " 2>&1";
  const int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(d.file("validate.out"))};
}

}  // namespace

TEST_CASE("the validator refuses SARIF that breaks the schema or has too many locations",
          "[golden][sarif-schema][cli]") {
  REQUIRE(fc::test::have_ajv());
  TempDir d;
  write_file(d.file("bad.sarif"),
             R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": 7}},)"
             R"( "results": [{"message": {"text": "x"}, "level": "fatal"}]}]})");
  std::string many = R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "t"}},)"
                     R"( "results": [{"message": {"text": "x"}, "relatedLocations": [)";
  for (int i = 0; i < 1001; ++i)
    many += std::string(i ? "," : "") + "{\"id\": " + std::to_string(i) + "}";
  many += "]}]}]}";
  write_file(d.file("many.sarif"), many);
  const auto bad = validate(d, {d.file("bad.sarif")});
  CHECK(bad.exit_code == 1);
  CHECK(bad.output.find("/runs/0/tool/driver/name") != std::string::npos);
  CHECK(bad.output.find("/runs/0/results/0/level") != std::string::npos);
  const auto too_many = validate(d, {d.file("many.sarif")});
  CHECK(too_many.exit_code == 1);
  CHECK(too_many.output.find("1001 related locations") != std::string::npos);
}

TEST_CASE(
    "SARIF of the seeds, of hostile text, of a baseline run and of a huge contradiction "
    "validates against the SARIF 2.1.0 schema",
    "[golden][sarif-schema][cli]") {
  REQUIRE(fc::test::have_ajv());
  TempDir d;
  std::vector<std::string> files;
  // The seeds, and the seeds against their own report as baseline (baselineState).
  REQUIRE(run_cli({"check", "seeds", "--sarif", d.file("seeds.sarif"), "--report", d.file("a.md"),
                   "--fail-on", "never", "--quiet"})
              .exit_code == 0);
  REQUIRE(run_cli({"check", "seeds", "--sarif", d.file("baseline.sarif"), "--report",
                   d.file("b.md"), "--baseline", "reports/seeds.json", "--quiet"})
              .exit_code == 0);
  // Markup, bidi controls and a path that needs escaping in the URI; then the same with
  // the contradiction suppressed in the article (suppressions).
  write_file(d.file("news/sources.yaml"),
             "sources:\n"
             "  - id: one\n    file: \"wire copy #1.txt\"\n    outlet: \"<b>Wire</b>\"\n"
             "    language: ar\n    published: 2024-05-02\n"
             "  - id: two\n    file: two.txt\n    outlet: Paper\n"
             "    language: ar\n    published: 2024-05-02\n");
  write_file(d.file("news/wire copy #1.txt"),
             "قال مسؤولون إن 4125 جنديا أمريكيا \u202eكانوا\u202c في بولندا يوم 1 مايو 2024.\n");
  const std::string two = "وذكرت الوزارة أن 9870 جنديا أمريكيا كانوا في بولندا يوم 1 مايو 2024.\n";
  write_file(d.file("news/two.txt"), two);
  const auto hostile = run_cli({"check", d.file("news"), "--sarif", d.file("hostile.sarif"),
                                "--json", d.file("hostile.json"), "--report", d.file("c.md"),
                                "--fail-on", "never", "--quiet"});
  REQUIRE(hostile.exit_code == 0);
  const auto findings = nlohmann::json::parse(read_file(d.file("hostile.json")))["findings"];
  REQUIRE(!findings.empty());
  REQUIRE(findings[0]["kind"] == "contradiction");
  write_file(d.file("news/two.txt"),
             two + "<!-- factcheck-ignore: " + findings[0]["id"].get<std::string>() +
                 " -- two deployments, see the desk note -->\n");
  REQUIRE(run_cli({"check", d.file("news"), "--sarif", d.file("suppressed.sarif"), "--report",
                   d.file("e.md"), "--quiet"})
              .exit_code == 0);
  // A contradiction of 1,400 claims: its result carries 1,000 related locations at most.
  fc::test::write_alternating_contradiction(d.file("many"), 1400);
  REQUIRE(
      run_cli({"check", d.file("many"), "--published", "2024-06-04", "--sarif",
               d.file("many.sarif"), "--report", d.file("d.md"), "--fail-on", "never", "--quiet"})
          .exit_code == 0);
  for (const char* name : {"seeds", "baseline", "hostile", "suppressed", "many"}) {
    files.push_back(d.file(std::string(name) + ".sarif"));
  }
  // The committed expectations of the report cases, which unit tests compare.
  for (const char* name : {"empty", "hostile"}) {
    files.push_back(fc::test::source_dir() + "/tests/golden/report_cases/" + name +
                    "/expected.sarif");
  }
  const auto v = validate(d, files);
  INFO(v.output);
  CHECK(v.exit_code == 0);
  CHECK(v.output.find("not valid") == std::string::npos);
  CHECK(read_file(d.file("suppressed.sarif")).find("\"inSource\"") != std::string::npos);
  CHECK(read_file(d.file("baseline.sarif")).find("\"baselineState\"") != std::string::npos);
  CHECK(read_file(d.file("many.sarif")).find("more claims are listed in the JSON report") !=
        std::string::npos);
}
