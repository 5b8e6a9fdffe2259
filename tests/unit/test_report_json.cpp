// The JSON report: SPEC.md's schema and key order, sorted findings, a round trip through
// from_json, and clear errors (file, line and column) for a report that is not one.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "unit/test_report_sample.hpp"

TEST_CASE("the JSON report follows the schema with a fixed key order", "[report][json]") {
  const std::string text = fc::report::to_json(fc::test::sample_report());
  REQUIRE(text.back() == '\n');
  const auto j = nlohmann::ordered_json::parse(text);
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"schema", "tool", "sources", "claims", "findings",
                                         "problems", "warnings"});
  CHECK(j["schema"] == "factcheck.report/1");
  CHECK(j["tool"]["version"] == "9.9.9");
  const auto& f = j["findings"][0];
  std::vector<std::string> fkeys;
  for (const auto& [k, v] : f.items()) fkeys.push_back(k);
  CHECK(fkeys == std::vector<std::string>{"id", "kind", "severity", "key", "claims", "sources",
                                          "message", "baseline"});
  CHECK(f["baseline"] == "new");
  CHECK(j["sources"][1]["published_from"] == "text");
  CHECK(j["sources"][2]["published"] == "");
}

TEST_CASE("findings are sorted contradictions first and most severe first", "[report][json]") {
  auto rep = fc::test::sample_report();
  std::reverse(rep.findings.begin(), rep.findings.end());
  const auto j = nlohmann::json::parse(fc::report::to_json(rep));
  std::vector<std::string> order;
  for (const auto& f : j["findings"]) order.push_back(f["id"]);
  CHECK(order[0] == "c0ffee01");  // contradiction, error
  CHECK(order[1] == "5eed0001");  // contradiction, warning (suppressed)
  CHECK(order[2] == "c0ffee03");  // date inconsistency
  CHECK(order[3] == "c0ffee02");  // corroboration
  CHECK(j["findings"][1]["suppressed"] == "confirmed by the desk (news/002_wire.md:4)");
  // The order does not depend on the order findings came in.
  CHECK(fc::report::to_json(rep) == fc::report::to_json(fc::test::sample_report()));
}

TEST_CASE("a JSON report reads back into the same report", "[report][json]") {
  const auto rep = fc::test::sample_report();
  const std::string text = fc::report::to_json(rep);
  const auto back = fc::report::from_json(text, "r.json");
  REQUIRE(back.has_value());
  CHECK(back->sources.size() == 3);
  CHECK(back->claims.size() == rep.claims.size());
  CHECK(back->claims[1].quote_start == 40);
  CHECK(back->findings.size() == rep.findings.size());
  CHECK(fc::report::to_json(*back) == text);
  CHECK(fc::report::to_markdown(*back) == fc::report::to_markdown(rep));
}

TEST_CASE("a malformed JSON report is an error with its file line and column",
          "[report][json][errors]") {
  const auto bad =
      fc::report::from_json("{\n  \"schema\": \"factcheck.report/1\",\n  x\n}", "old.json");
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().file == "old.json");
  CHECK(bad.error().line == 3);
  CHECK(bad.error().column == 3);
  CHECK(bad.error().to_string().rfind("old.json:3:3: not valid JSON", 0) == 0);

  const auto other = fc::report::from_json("{\"schema\": \"sarif\"}", "x.json");
  REQUIRE_FALSE(other.has_value());
  CHECK(other.error().message.find("factcheck.report/1") != std::string::npos);

  const auto wrong = fc::report::from_json(
      "{\"schema\": \"factcheck.report/1\", \"sources\": [], \"claims\": [], \"findings\": "
      "[{\"id\": \"a\", \"kind\": \"rumour\", \"severity\": \"error\", \"claims\": [], "
      "\"sources\": []}], \"problems\": []}",
      "y.json");
  REQUIRE_FALSE(wrong.has_value());
  CHECK(wrong.error().message == "findings[0]: unknown kind 'rumour'");

  const auto missing = fc::report::read_report_file("/nonexistent/report.json");
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().file == "/nonexistent/report.json");
}
