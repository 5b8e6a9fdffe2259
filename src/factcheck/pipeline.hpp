// The pipeline: the one place that knows every stage. ingest → normalize → extract →
// (dates resolved against the publication date) → claims → compare → report.
// Sources are processed on a worker pool; results are merged in input order so the
// output is the same whatever the number of workers.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/error.hpp"
#include "factcheck/core/source.hpp"
#include "factcheck/ingest/inputs.hpp"
#include "factcheck/report/report.hpp"
#include "factcheck/rules/rule_set.hpp"
#include "factcheck/util/civil_date.hpp"
#include "factcheck/util/progress.hpp"

namespace fc {

/// The version printed by --version and written in reports.
[[nodiscard]] const char* version();

struct ProcessedSource;

struct PipelineOptions {
  ingest::InputOptions inputs;
  std::vector<std::string> checks_dirs;      ///< --checks (or .factcheck.yaml's), in order
  std::optional<util::CivilDate> published;  ///< --published
  bool prefer_future = false;                ///< --prefer future
  unsigned jobs = 0;                         ///< 0: all cores
  util::Progress* progress = nullptr;        ///< counts processed sources (not owned)
  /// Keep each source's bytes after it is processed (the archive index hashes them).
  /// Off, a worker frees them as soon as the source's mentions, claims (with their
  /// quotes) and inline suppressions are kept, so that what the run holds afterwards
  /// does not grow with the archive's text.
  bool keep_bytes = true;
  /// Keep each source's mentions after its claims are built. Off (`check`: the claims
  /// hold what they need of them), the worker frees them at once, in parallel, rather
  /// than the main thread after the comparison: some 0.05 s and 40 MiB for 100 MB.
  bool keep_mentions = true;
  /// At most this many claims are kept over the run (0: no cap), the first ones in input
  /// order: the source where they pass it keeps its first ones and a problem says so,
  /// and the sources after it are not read (`skipped`). `check`, which holds every
  /// claim for the comparison, sets kMaxClaimsPerRun.
  std::size_t max_claims = 0;
  /// Called on the worker, before a source is processed (on several threads at once);
  /// false skips the source: it is kept with `skipped` set, its bytes dropped (with
  /// keep_bytes off), nothing extracted. The archive index skips unchanged sources so.
  std::function<bool(ProcessedSource&)> before_process;
  /// Called once per source, in input order, as soon as it and every source before it
  /// are processed (one call at a time, from whichever thread finished last); it may
  /// move out what it keeps. The archive index stores each source so, and holds no more
  /// than the sources in flight.
  std::function<void(ProcessedSource&)> on_processed;
};

/// One source after extraction (and claim building when asked for).
struct ProcessedSource {
  Source source;
  std::vector<Mention> mentions;
  std::vector<Claim> claims;
  std::vector<Problem> problems;  ///< limits hit while processing this source
  /// The source's inline suppressions and the problems with them, read before its bytes
  /// were dropped (PipelineOptions::keep_bytes off and claims built).
  bool suppressions_read = false;
  std::vector<report::Suppression> suppressions;
  std::vector<Problem> suppression_problems;
  /// Left out by PipelineOptions::before_process: nothing was extracted.
  bool skipped = false;
  /// Processing it failed (an exception: a defect, or memory running out): nothing of it
  /// is kept, and a problem in `problems` names it; the other sources are processed.
  bool failed = false;
  /// What processing this source depends on (archive::content_hash), when a
  /// before_process hook set it.
  std::string fingerprint;
};

struct PipelineResult {
  std::vector<ProcessedSource> sources;  ///< input order
  std::vector<Problem> problems;         ///< input and check problems: exit code 2
};

/// Every mention of one text (numbers and dates merged, one expression once), spans
/// with line and column relative to `text`. What `extract --lines` does per line; the
/// entry point for tests and conformance replays. At most kMaxMentionsPerSource, the
/// first ones (`capped`, when given, says whether some were left out); a text longer
/// than kMaxPieceBytes is read a piece at a time (core/pieces.hpp).
[[nodiscard]] std::vector<Mention> extract_text(std::string_view text,
                                                const std::optional<util::CivilDate>& published,
                                                bool prefer_future, const rules::RuleSet& rules,
                                                bool* capped = nullptr);

/// Loads the built-in checks and those of --checks; problems are appended.
[[nodiscard]] rules::RuleSet load_rules(const PipelineOptions& options,
                                        std::vector<Problem>& problems);

/// Reads, normalizes and extracts every source; builds claims when `with_claims`.
[[nodiscard]] PipelineResult run_sources(const PipelineOptions& options,
                                         const rules::RuleSet& rules, bool with_claims);

/// `extract --lines`: every line of every input is its own document. Calls `emit` with
/// the 1-based line number and that line's mentions (spans from the line's start), in
/// input order.
void run_lines(const PipelineOptions& options, const rules::RuleSet& rules,
               std::vector<Problem>& problems,
               const std::function<void(std::size_t, const std::vector<Mention>&)>& emit);

/// `check`: everything, compared, as a report. Findings are unsuppressed and unfiltered;
/// the inline suppressions found in the sources are in `suppressions`, for the caller.
[[nodiscard]] report::Report run_check(const PipelineOptions& options);

/// Fills a report without comparing: moves in the claims and inline suppressions of
/// `processed` (whose texts are then dropped), adds the suppressions of checks/, and sets
/// its sources to `sources` followed by the processed ones. `check --draft --db` uses it
/// with the findings it compared itself.
void gather_report(report::Report& rep, std::vector<Source> sources,
                   std::vector<ProcessedSource>& processed, const rules::RuleSet& rules);

/// gather_report, then every claim of `rep` compared on `jobs` threads (0: all cores;
/// the findings do not depend on it): what `check` reports.
void finish_report(report::Report& rep, std::vector<Source> sources,
                   std::vector<ProcessedSource>& processed, const rules::RuleSet& rules,
                   unsigned jobs);

/// Maps a loading error to a report problem.
[[nodiscard]] Problem to_problem(const Error& error);

}  // namespace fc
