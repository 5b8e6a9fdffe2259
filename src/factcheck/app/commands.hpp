// The subcommands behind the CLI: each takes its parsed arguments and streams, does the
// work through the pipeline, and returns the exit code (SPEC.md "Exit codes"). The CLI
// (src/cli/main.cpp) only parses arguments and calls these.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "factcheck/pipeline.hpp"

namespace fc::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

/// Options every reading command takes, as written on the command line.
struct ReadingArgs {
  std::vector<std::string> paths;
  std::string sources;    ///< --sources
  std::string checks;     ///< --checks
  std::string published;  ///< --published YYYY-MM-DD
  std::string lang = "auto";
  unsigned jobs = 0;
  bool quiet = false;  ///< --quiet: no progress bar
  /// The process exits right after the command (the command line sets it): what the
  /// command made is left to the operating system, not freed (util/leave_to_exit.hpp).
  bool exits_after = false;
};

struct ExtractArgs {
  ReadingArgs reading;
  bool lines = false;
  std::string prefer = "past";
};

struct CheckArgs {
  ReadingArgs reading;
  std::string report;       ///< --report FILE ("" = standard output)
  std::string json;         ///< --json FILE
  std::string sarif;        ///< --sarif FILE
  std::string annotations;  ///< --annotations github
  std::string draft;        ///< --draft FILE
  std::string baseline;     ///< --baseline FILE
  std::string fail_on = "error";
  std::string db;  ///< --db FILE or postgresql://...
};

struct DiffArgs {
  std::string old_json;
  std::string new_json;
  std::string fail_on = "error";
  std::string report;  ///< --report FILE ("" = standard output)
};

struct IndexArgs {
  ReadingArgs reading;
  std::string db;
  bool migrate = false;  ///< --migrate: an older schema version is migrated
};

/// "file:line:col: message" for a problem, as printed on standard error.
[[nodiscard]] std::string to_error_line(const Problem& problem);

/// Turns reading arguments into pipeline options; usage errors are returned.
[[nodiscard]] Result<PipelineOptions> make_options(const ReadingArgs& args);

/// Whether a progress bar goes to `err`: only the process's standard error, only on a
/// terminal, never with --quiet (util/progress.hpp).
[[nodiscard]] bool progress_enabled(const ReadingArgs& args, const std::ostream& err);

int run_extract(const ExtractArgs& args, std::ostream& out, std::ostream& err);
int run_claims(const ReadingArgs& args, std::ostream& out, std::ostream& err);
int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err);
int run_diff(const DiffArgs& args, std::ostream& out, std::ostream& err);
int run_index(const IndexArgs& args, std::ostream& out, std::ostream& err);

}  // namespace fc::app
