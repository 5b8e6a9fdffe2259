// Where `check` writes and what it says on the terminal: the report targets are checked
// before anything is written (no two reports on one file, at most one on standard output,
// never over an article the run read), and a summary on standard error says what was
// found, where the reports went and why the exit code is what it is (as Vale and semgrep
// print one).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "factcheck/app/commands.hpp"
#include "factcheck/core/claim.hpp"
#include "factcheck/report/report.hpp"

namespace fc::app {

/// One report the run writes: the option that asked for it and its path ("-" is
/// standard output).
struct OutputTarget {
  std::string option;  ///< "--report", "--json", "--sarif", "--annotations"
  std::string path;
};

/// The targets of a check run in writing order. `--report` absent means standard output,
/// unless `--annotations github` takes standard output (then no Markdown is written).
[[nodiscard]] std::vector<OutputTarget> output_targets(const CheckArgs& args);

/// A usage error when two targets name the same file (or both standard output); a device
/// such as /dev/null may take several.
[[nodiscard]] Result<bool> check_output_targets(const std::vector<OutputTarget>& targets);

/// A usage error when a target is a file the run read as a source (or as its draft):
/// writing the report there would replace the article.
[[nodiscard]] Result<bool> check_not_an_input(const std::vector<OutputTarget>& targets,
                                              const report::Report& report);

/// A usage error when a target is an article file (`*.txt`, `*.md`) inside a folder of
/// `inputs` (and not under `exclude`) that does not hold a report of factcheck: the walk
/// leaves the run's own reports out, so check_not_an_input would never see it, and the
/// report would replace the article. A report of an earlier run there is written over.
[[nodiscard]] Result<bool> check_not_in_a_walk(const std::vector<OutputTarget>& targets,
                                               const std::vector<std::string>& inputs,
                                               const std::vector<std::string>& exclude);

/// Why the run exits as it does, for the summary.
struct ExitReason {
  int code = kExitOk;
  std::size_t failing = 0;    ///< findings at or above --fail-on, not suppressed or known
  bool write_failed = false;  ///< a report could not be written
  std::string settings;       ///< the .factcheck.yaml read, if any (named in the summary)
};

/// The console summary: counts by kind and severity, the first failing findings (at most
/// `top`), where each report went and the exit code's reason. Arabic runs are isolated,
/// bidi controls from the articles removed; colour only when `colour` is set.
void print_summary(std::ostream& err, const report::Report& report,
                   const std::vector<OutputTarget>& targets, const std::string& fail_on,
                   const ExitReason& reason, bool colour, std::size_t top = 5);

/// Whether the summary is coloured: standard error is a terminal, NO_COLOR is unset or
/// empty, and TERM is not "dumb".
[[nodiscard]] bool colour_enabled(const std::ostream& err);

}  // namespace fc::app
