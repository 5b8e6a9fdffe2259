// Golden tests of the report writers: each case's input.json, read back and written as
// Markdown, JSON, SARIF and GitHub annotations, must give its expected files byte for
// byte. FC_UPDATE_GOLDEN=1 rewrites the expected files (review the diff).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "support/cli.hpp"
#include "unit/test_report_sample.hpp"

namespace {

std::string case_dir(const std::string& name) {
  return fc::test::source_dir() + "/tests/golden/report_cases/" + name;
}

bool updating() {
  const char* v = std::getenv("FC_UPDATE_GOLDEN");
  return v != nullptr && std::string(v) == "1";
}

void compare_or_update(const std::string& path, const std::string& actual) {
  if (updating()) {
    fc::test::write_file(path, actual);
    WARN("updated " << path);
    return;
  }
  INFO(path << " (regenerate with FC_UPDATE_GOLDEN=1 after an intended change)");
  REQUIRE(std::filesystem::exists(path));
  CHECK(fc::test::read_file(path) == actual);
}

}  // namespace

TEST_CASE("each report golden case gives its expected Markdown JSON SARIF and annotations",
          "[golden][report]") {
  const std::string name = GENERATE(as<std::string>{}, "hostile", "empty");
  const std::string dir = case_dir(name);
  if (name == "hostile" && updating()) {
    fc::test::write_file(dir + "/input.json", fc::report::to_json(fc::test::sample_report()));
  }
  const auto rep = fc::report::read_report_file(dir + "/input.json");
  REQUIRE(rep.has_value());
  compare_or_update(dir + "/expected.md", fc::report::to_markdown(*rep));
  compare_or_update(dir + "/expected.json", fc::report::to_json(*rep));
  compare_or_update(dir + "/expected.sarif", fc::report::to_sarif(*rep));
  compare_or_update(dir + "/expected.annotations", fc::report::to_github_annotations(*rep));
}

TEST_CASE("the hostile golden input is the hand-built sample report", "[golden][report]") {
  CHECK(fc::test::read_file(case_dir("hostile") + "/input.json") ==
        fc::report::to_json(fc::test::sample_report()));
}
