// The report of a check run and its writers: Markdown for editors, JSON for machines
// and baselines, SARIF for dashboards, GitHub annotations for CI (issue 6).
#pragma once

#include <string>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/error.hpp"
#include "factcheck/core/source.hpp"

namespace fc::report {

inline constexpr const char* kSchema = "factcheck.report/1";

struct Report {
  std::string tool_version;
  std::vector<Source> sources;  ///< metadata only: `bytes` may be empty
  std::vector<Claim> claims;
  std::vector<Finding> findings;
  std::vector<Problem> problems;
  std::string draft;  ///< source id of the draft in --draft mode, else empty
};

/// SPEC.md "The JSON report": stable key order, sorted arrays, newline at the end.
[[nodiscard]] std::string to_json(const Report& report);
/// Reads a report written by to_json (for --baseline and diff); errors name `file`.
[[nodiscard]] Result<Report> from_json(const std::string& text, const std::string& file);
/// SPEC.md "The Markdown report".
[[nodiscard]] std::string to_markdown(const Report& report);
/// SARIF 2.1.0.
[[nodiscard]] std::string to_sarif(const Report& report);
/// GitHub workflow commands, most severe first, at most 10 per level, then a summary line.
[[nodiscard]] std::string to_github_annotations(const Report& report);

}  // namespace fc::report
