// What changed between two JSON reports (SPEC.md "diff"): findings that are new, resolved,
// changed (same kind and key, other values and so another id) and unchanged (same id).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "factcheck/report/report.hpp"

namespace fc::report {

struct ReportDiff {
  std::vector<Finding> added;                        ///< only in the new report
  std::vector<Finding> resolved;                     ///< only in the old report
  std::vector<std::pair<Finding, Finding>> changed;  ///< (old, new), same kind and key
  std::vector<Finding> unchanged;                    ///< same id in both
};

/// Compares findings by id, then pairs what is left by (kind, key), in report order.
[[nodiscard]] ReportDiff diff_reports(const Report& old_report, const Report& new_report);

/// The diff as Markdown: counts, then new, resolved and changed findings with their
/// values; unchanged ones are counted. Text from the reports is escaped.
[[nodiscard]] std::string diff_to_markdown(const ReportDiff& diff, const Report& old_report,
                                           const Report& new_report, const std::string& old_name,
                                           const std::string& new_name);

}  // namespace fc::report
