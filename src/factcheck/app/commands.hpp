// The subcommands behind the CLI: each takes its parsed arguments and streams, does the
// work through the pipeline, and returns the exit code (SPEC.md "Exit codes"). The CLI
// (src/cli/main.cpp) only parses arguments and calls these.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/app/config_file.hpp"
#include "factcheck/pipeline.hpp"

namespace fc::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

/// The most worker threads --jobs gives; a larger number is taken as this one.
inline constexpr unsigned kMaxJobs = 256;

/// The subcommand among `names` nearest to the misspelt `word` (edit distance at most 2,
/// or a prefix), or "" when none is near.
[[nodiscard]] std::string nearest_name(std::string_view word,
                                       const std::vector<std::string>& names);

/// Options every reading command takes, as written on the command line.
struct ReadingArgs {
  std::vector<std::string> paths;
  std::string sources;              ///< --sources
  std::vector<std::string> checks;  ///< --checks DIR (repeatable)
  std::string config;               ///< --config FILE (else .factcheck.yaml is looked for)
  bool no_config = false;           ///< --no-config
  std::string published;            ///< --published YYYY-MM-DD
  std::string lang = "auto";
  std::vector<std::string> exclude;  ///< --exclude PATH (repeatable)
  unsigned jobs = 0;
  bool quiet = false;  ///< --quiet: no progress bar
  /// --allow-outside: a manifest may name files outside its folder, a folder's symlinks
  /// may lead out of it.
  bool allow_outside = false;
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
  std::string fail_on;      ///< --fail-on ("": .factcheck.yaml's, else error)
  std::string db;           ///< --db FILE or postgresql://...
};

struct DiffArgs {
  std::string old_json;
  std::string new_json;
  std::string fail_on = "error";
  std::string report;  ///< --report FILE ("" = standard output, unless --json - takes it)
  std::string json;    ///< --json FILE (-: standard output)
};

struct IndexArgs {
  ReadingArgs reading;
  std::string db;
  bool migrate = false;  ///< --migrate: an older schema version is migrated
};

/// "file:line:col: message" for a problem, as printed on standard error.
[[nodiscard]] std::string to_error_line(const Problem& problem);

/// What `check` and `claims` read when given no PATH: standard input when text is piped
/// or redirected in, else the bundled seeds/ when run from the project's folder, else a
/// usage error that says what to give.
[[nodiscard]] Result<std::string> default_input(const char* command);

/// Turns reading arguments into pipeline options; usage errors are returned. The
/// settings file (--config FILE, else the .factcheck.yaml that governs the first PATH or
/// the current folder, none with --no-config) fills what the command line leaves unset
/// (--checks, --jobs) and adds its ignore globs; it is put in `config` when asked for.
[[nodiscard]] Result<PipelineOptions> make_options(const ReadingArgs& args,
                                                   std::optional<ConfigFile>* config = nullptr);

/// Whether a progress bar goes to `err`: only the process's standard error, only on a
/// terminal, never with --quiet (util/progress.hpp).
[[nodiscard]] bool progress_enabled(const ReadingArgs& args, const std::ostream& err);

int run_extract(const ExtractArgs& args, std::ostream& out, std::ostream& err);
int run_claims(const ReadingArgs& args, std::ostream& out, std::ostream& err);
int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err);
int run_diff(const DiffArgs& args, std::ostream& out, std::ostream& err);
int run_index(const IndexArgs& args, std::ostream& out, std::ostream& err);

}  // namespace fc::app
