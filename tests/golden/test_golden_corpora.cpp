// The multi-source corpora of tests/corpora/: each case's expected contradictions against
// what `factcheck check --json` reports, measured as precision and recall over all cases.
// The thresholds only ever rise.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include "support/cli.hpp"

namespace {

using nlohmann::json;

/// Does one of the finding's values ("2500", "185000-208000") carry `want`?
bool has_value(const json& finding, double want) {
  if (!finding.contains("values")) return false;
  for (const auto& v : finding["values"]) {
    if (!v.is_string()) continue;
    const std::string s = v.get<std::string>();
    std::size_t pos = 0;
    while (pos < s.size()) {
      std::size_t end = s.find('-', pos + 1);
      if (end == std::string::npos) end = s.size();
      try {
        if (std::fabs(std::stod(s.substr(pos, end - pos)) - want) < 1e-9) return true;
      } catch (...) {
      }
      pos = end + 1;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("the test corpora give their expected contradictions and no others",
          "[golden][corpora]") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(fc::test::source_dir()) / "tests" / "corpora";
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(root)) {
    if (e.is_directory() && fs::exists(e.path() / "expected.yaml")) cases.push_back(e.path());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 3);
  int tp = 0;
  int fp = 0;
  int fn = 0;
  for (const auto& dir : cases) {
    fc::test::TempDir tmp;
    const auto r = fc::test::run_cli({"check", dir.string(), "--json", tmp.file("r.json"),
                                      "--report", tmp.file("r.md"), "--fail-on", "never"});
    INFO(dir.string() << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    const json report = json::parse(fc::test::read_file(tmp.file("r.json")));
    std::vector<json> contradictions;
    for (const auto& f : report["findings"]) {
      if (f["kind"] == "contradiction") contradictions.push_back(f);
    }
    std::vector<bool> used(contradictions.size(), false);
    const YAML::Node expected = YAML::LoadFile((dir / "expected.yaml").string());
    for (const auto& want : expected["contradictions"]) {
      std::set<std::string> sources;
      for (const auto& s : want["sources"]) sources.insert(s.as<std::string>());
      bool found = false;
      for (std::size_t i = 0; i < contradictions.size() && !found; ++i) {
        const auto& f = contradictions[i];
        std::set<std::string> got;
        for (const auto& s : f["sources"]) got.insert(s.get<std::string>());
        // One finding per disagreement: the odd value out against all it clashes with, so
        // an expected pair is found in a finding that holds both its sources (and may hold
        // more), and one finding may answer several expected pairs.
        if (!std::includes(got.begin(), got.end(), sources.begin(), sources.end())) continue;
        bool values = true;
        for (const auto& v : want["values"]) values = values && has_value(f, v.as<double>());
        if (values) {
          found = true;
          used[i] = true;
        }
      }
      if (found) {
        ++tp;
      } else {
        ++fn;
        UNSCOPED_INFO("missed in " << dir.filename().string() << ": " << YAML::Dump(want));
      }
    }
    for (std::size_t i = 0; i < contradictions.size(); ++i) {
      if (!used[i]) {
        ++fp;
        UNSCOPED_INFO("false alarm in " << dir.filename().string() << ": "
                                        << contradictions[i]["message"].get<std::string>());
      }
    }
  }
  const double precision = tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp);
  const double recall = tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn);
  INFO("contradictions: " << tp << " found, " << fp << " false, " << fn << " missed");
  CHECK(precision >= 1.0);
  CHECK(recall >= 1.0);
}
