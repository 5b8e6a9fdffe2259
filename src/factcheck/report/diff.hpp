// What changed between two JSON reports (SPEC.md "diff"): findings that are new, resolved,
// changed (same kind and key, other values and so another id), that gained sources (a
// corroboration more sources now give, a single-source claim another source now confirms
// or contradicts) and unchanged (same id, same sources). As Markdown or as JSON.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "factcheck/report/report.hpp"

namespace fc::report {

inline constexpr const char* kDiffSchema = "factcheck.diff/1";

/// How a finding gained sources.
enum class Gain {
  kMoreSources,   ///< the same kind of finding, given by more sources now
  kCorroborated,  ///< a single-source claim that another source now confirms
  kContradicted,  ///< a single-source claim that another source now contradicts
};

[[nodiscard]] const char* to_string(Gain gain);

struct GainedSources {
  Finding old_finding;
  Finding new_finding;
  Gain how = Gain::kMoreSources;
};

struct ReportDiff {
  std::vector<Finding> added;                        ///< only in the new report
  std::vector<Finding> resolved;                     ///< only in the old report
  std::vector<std::pair<Finding, Finding>> changed;  ///< (old, new), same kind and key
  std::vector<GainedSources> gained;                 ///< the same claim, more sources now
  std::vector<Finding> unchanged;                    ///< same id and sources in both
};

/// Compares findings by id, then pairs what is left by (kind, key), in report order: a
/// pair whose new sources include the old ones and more gained sources, another pair
/// changed. A single-source finding left over whose key has a new corroboration or
/// contradiction that its sources take part in gained sources too (the contradiction is
/// also new: it can fail the run).
[[nodiscard]] ReportDiff diff_reports(const Report& old_report, const Report& new_report);

/// The diff as Markdown: counts, then new, resolved, gained and changed findings with
/// their values, each at file:line; unchanged ones are counted. Text from the reports is
/// escaped.
[[nodiscard]] std::string diff_to_markdown(const ReportDiff& diff, const Report& old_report,
                                           const Report& new_report, const std::string& old_name,
                                           const std::string& new_name);

/// The diff as JSON (schema factcheck.diff/1): the reports' names, the counts, and each
/// finding with its claims located (source, file, line, column, value); unchanged
/// findings by id. Keys in a fixed order, a newline at the end.
[[nodiscard]] std::string diff_to_json(const ReportDiff& diff, const Report& old_report,
                                       const Report& new_report, const std::string& old_name,
                                       const std::string& new_name);

}  // namespace fc::report
