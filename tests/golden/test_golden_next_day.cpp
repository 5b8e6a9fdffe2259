// The product's own core case (issue 17): a new article, published the day after seed 000,
// says the US has 3000 troops in Iraq where 000 said 2500. Through the real CLI, it is a
// contradiction in `check`, in `check --draft` and in `diff` (a new finding that fails the
// run at --fail-on warning).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "support/cli.hpp"

namespace {

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::TempDir;
using fc::test::write_file;

/// The next day's article in its own folder, with its manifest.
void write_next_day(const TempDir& tmp, const std::string& published) {
  write_file(tmp.file("next/next.txt"),
             "واشنطن – قال مسؤول أمريكي للصحفيين إن لدى الولايات المتحدة حاليًا 3000 جندي في "
             "العراق، في مهمة تدريب واستشارة للقوات العراقية.\n");
  std::string manifest =
      "sources:\n"
      "  - id: \"next\"\n"
      "    file: next.txt\n"
      "    outlet: Newsroom\n"
      "    language: ar\n";
  if (!published.empty()) manifest += "    published: " + published + "\n";
  write_file(tmp.file("next/sources.yaml"), manifest);
}

/// Whether `report` holds a contradiction of at least a warning between "next" saying
/// 3000 and 000 saying 2500.
bool next_day_contradiction(const nlohmann::json& report) {
  for (const auto& f : report["findings"]) {
    if (f["kind"] != "contradiction" || f["severity"] == "info") continue;
    const auto& sources = f["sources"];
    const auto& values = f["values"];
    const auto has = [](const nlohmann::json& list, const std::string& v) {
      return std::find(list.begin(), list.end(), v) != list.end();
    };
    if (has(sources, "next") && has(sources, "000") && has(values, "3000") && has(values, "2500")) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("3000 troops the day after 000's 2500 is a contradiction in check",
          "[golden][cli][next-day]") {
  TempDir tmp;
  write_next_day(tmp, "2023-03-08");
  const auto r = run_cli({"check", "seeds", tmp.file("next"), "--json", tmp.file("r.json"),
                          "--report", tmp.file("r.md"), "--fail-on", "warning"});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  const auto report = nlohmann::json::parse(read_file(tmp.file("r.json")));
  CHECK(next_day_contradiction(report));
  // Nothing is silently dropped: every claim of the new article is in a finding or listed
  // as not compared, with its reason.
  std::set<std::string> accounted;
  for (const auto& f : report["findings"]) {
    for (const auto& c : f["claims"]) accounted.insert(c.get<std::string>());
  }
  if (report.contains("not_compared")) {
    for (const auto& n : report["not_compared"]) {
      CHECK_FALSE(n["reason"].get<std::string>().empty());
      accounted.insert(n["claim"].get<std::string>());
    }
  }
  for (const auto& c : report["claims"]) CHECK(accounted.count(c["id"].get<std::string>()) == 1);
}

TEST_CASE("3000 troops the day after is a contradiction in check --draft",
          "[golden][cli][next-day][draft]") {
  TempDir tmp;
  write_next_day(tmp, "2023-03-08");
  const auto r = run_cli({"check", "seeds", tmp.file("next"), "--draft", tmp.file("next/next.txt"),
                          "--json", tmp.file("d.json"), "--fail-on", "warning"});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(next_day_contradiction(nlohmann::json::parse(read_file(tmp.file("d.json")))));
}

TEST_CASE("3000 troops the day after is a new finding in diff", "[golden][cli][next-day][diff]") {
  TempDir tmp;
  write_next_day(tmp, "2023-03-08");
  REQUIRE(
      run_cli({"check", "seeds", "--json", tmp.file("old.json"), "--fail-on", "never"}).exit_code ==
      0);
  REQUIRE(run_cli({"check", "seeds", tmp.file("next"), "--json", tmp.file("new.json"), "--fail-on",
                   "never"})
              .exit_code == 0);
  const auto d =
      run_cli({"diff", tmp.file("old.json"), tmp.file("new.json"), "--fail-on", "warning"});
  INFO(d.out << d.err);
  CHECK(d.exit_code == 1);
  CHECK(d.out.find("3000") != std::string::npos);
}

TEST_CASE("an undated article saying 3000 still meets 000's 2500, as a warning",
          "[golden][cli][next-day][undated]") {
  TempDir tmp;
  write_next_day(tmp, "");
  const auto r = run_cli(
      {"check", "seeds", tmp.file("next"), "--json", tmp.file("r.json"), "--fail-on", "never"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto report = nlohmann::json::parse(read_file(tmp.file("r.json")));
  bool found = false;
  for (const auto& f : report["findings"]) {
    const auto& s = f["sources"];
    if (f["kind"] == "contradiction" && std::find(s.begin(), s.end(), "next") != s.end()) {
      found = true;
      CHECK(f["severity"] == "warning");
      CHECK(f["message"].get<std::string>().find("unknown") != std::string::npos);
    }
  }
  CHECK(found);
}
