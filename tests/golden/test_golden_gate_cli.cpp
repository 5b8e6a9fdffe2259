// The gate and the reports as editors and CI maintainers use them (issue 19), through the
// real CLI: SARIF's related locations, the content repository's .factcheck.yaml, diff
// --json, stable corroboration ids, quotes cut at words, <details> with a plain line
// before it, the progress bar, and files read once however they are named.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "support/cli.hpp"
#include "support/many_sources.hpp"

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::TempDir;
using fc::test::write_file;
using Json = nlohmann::json;

TEST_CASE("no SARIF result has more than 1,000 related locations", "[golden][gate][cli][sarif]") {
  TempDir d;
  fc::test::write_alternating_contradiction(d.file("many"), 1300);
  const auto r = run_cli({"check", d.file("many"), "--published", "2024-06-04", "--sarif",
                          d.file("r.sarif"), "--json", d.file("r.json"), "--report", d.file("r.md"),
                          "--fail-on", "never", "--quiet"});
  REQUIRE(r.exit_code == 0);
  const Json sarif = Json::parse(read_file(d.file("r.sarif")));
  const Json report = Json::parse(read_file(d.file("r.json")));
  std::size_t largest = 0;
  for (const auto& f : report["findings"]) largest = std::max(largest, f["claims"].size());
  CHECK(largest == 1300);  // the contradiction holds every claim
  const auto& results = sarif["runs"][0]["results"];
  REQUIRE(!results.empty());
  for (const auto& res : results) {
    CHECK(res.value("relatedLocations", Json::array()).size() <= 1000);
  }
  CHECK(results[0]["relatedLocations"].size() == 1000);
  CHECK(results[0]["message"]["text"].get<std::string>().find(
            "299 more claims are listed in the JSON report") != std::string::npos);
}
