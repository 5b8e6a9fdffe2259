// The report of a check run and its writers: Markdown for editors, JSON for machines
// and baselines, SARIF for dashboards, GitHub annotations for CI (issue 6). Writers are
// pure functions of a Report: the same report gives the same bytes.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/error.hpp"
#include "factcheck/core/source.hpp"

namespace fc::report {

inline constexpr const char* kSchema = "factcheck.report/1";

/// A request not to count a finding: written in a source as
/// `<!-- factcheck-ignore: ID-or-key -- reason -->`, or given by a check definition.
struct Suppression {
  std::string target;  ///< a finding id or a finding key
  std::string reason;  ///< why (mandatory)
  std::string origin;  ///< where it was written: "file:line" or the check's name
  std::string source;  ///< source id it was written in: applies only to findings on it;
                       ///< empty: applies everywhere
};

struct Report {
  std::string tool_version;
  std::vector<Source> sources;  ///< metadata only: `bytes` may be empty
  std::vector<Claim> claims;
  std::vector<Finding> findings;
  std::vector<NotCompared> not_compared;  ///< claims in no finding, with the reason
  std::vector<Problem> problems;          ///< input problems: exit code 2
  std::vector<Problem> warnings;          ///< worth saying, not failing (unused suppressions ...)
  std::string draft;                      ///< source id of the draft in --draft mode, else empty
  std::string baseline;                   ///< the --baseline file as given (Markdown only)
  std::vector<Suppression> suppressions;  ///< found while reading; applied by the caller
};

/// SPEC.md "The JSON report": stable key order, sorted arrays, newline at the end.
[[nodiscard]] std::string to_json(const Report& report);
/// The bytes of to_json, written to `out` piece by piece (no copy of the whole report).
void write_json(const Report& report, std::ostream& out);
/// Reads a report written by to_json (for --baseline and diff); errors name `file`, and
/// the line and column for JSON syntax errors.
[[nodiscard]] Result<Report> from_json(const std::string& text, const std::string& file);
/// Reads and parses a --json report file (from_json); an Error names the file.
[[nodiscard]] Result<Report> read_report_file(const std::string& path);
/// SPEC.md "The Markdown report". Everything taken from a source is escaped.
[[nodiscard]] std::string to_markdown(const Report& report);
/// The bytes of to_markdown, written to `out` piece by piece.
void write_markdown(const Report& report, std::ostream& out);
/// SARIF 2.1.0: one run, one rule per finding kind, fingerprints from finding ids.
[[nodiscard]] std::string to_sarif(const Report& report);
/// GitHub workflow commands, most severe first, at most 10 per level, then a summary line.
/// Suppressed findings are left out.
[[nodiscard]] std::string to_github_annotations(const Report& report);

/// Findings in report order: contradictions, date inconsistencies, corroborations,
/// single-source; within a kind the most severe first, then key and id.
[[nodiscard]] bool finding_less(const Finding& a, const Finding& b);

/// The findings in report order, as pointers: sorted only when they are not in it already
/// (the comparison returns them in it; a report read back or restricted may not be).
[[nodiscard]] std::vector<const Finding*> findings_in_order(const std::vector<Finding>& findings);

}  // namespace fc::report
