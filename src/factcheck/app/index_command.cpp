// `factcheck index PATH... --db FILE`: reads the sources through the pipeline and stores
// each (metadata, claims, inline suppressions) in the archive index, one transaction per
// source; unchanged sources are skipped. Prints a one-line summary on standard error.
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "factcheck/app/commands.hpp"
#include "factcheck/archive/archive.hpp"
#include "factcheck/report/gate.hpp"
#include "factcheck/util/progress.hpp"

namespace fc::app {

int run_index(const IndexArgs& args, std::ostream& /*out*/, std::ostream& err) {
  auto options = make_options(args.reading);
  if (!options) {
    err << "factcheck: " << options.error().to_string() << '\n';
    return kExitError;
  }
  if (args.db.empty()) {
    err << "factcheck: index needs --db FILE\n";
    return kExitError;
  }
  const bool no_inputs = options->inputs.paths.empty() && !options->inputs.sources;
  if (no_inputs && !args.migrate) {
    err << "factcheck: index needs at least one PATH (or --sources FILE)\n";
    return kExitError;
  }
  auto db = archive::Archive::open(
      args.db, args.migrate ? archive::OpenMode::kMigrate : archive::OpenMode::kWrite);
  if (!db) {
    err << "factcheck: " << db.error().to_string() << '\n';
    return kExitError;
  }
  if (no_inputs) {
    err << "factcheck: " << db->path() << " is at archive schema version "
        << archive::kSchemaVersion << '\n';
    return kExitOk;
  }
  // For the test of an interrupted run only (tests/golden/test_golden_archive.cpp).
  if (const char* kill = std::getenv("FACTCHECK_TEST_KILL_IN_STORE")) {
    db->kill_in_store_after(std::strtoull(kill, nullptr, 10));
  }
  if (const char* stall = std::getenv("FACTCHECK_TEST_STALL_IN_STORE")) {
    db->stall_in_store_after(std::strtoull(stall, nullptr, 10));
  }
  std::vector<Problem> problems;
  const rules::RuleSet rules = load_rules(*options, problems);
  if (!problems.empty()) {
    // Claims made with broken checks would be stored as if they were right.
    for (const auto& p : problems) err << "factcheck: " << to_error_line(p) << '\n';
    return kExitError;
  }
  // A source whose content hash is the stored one would be stored as it is: the
  // workers skip it before reading it. The bytes are dropped as soon as a source is
  // processed (its inline suppressions read first), so the run holds no archive text.
  auto stored = db->content_hashes();
  if (!stored) {
    err << "factcheck: " << stored.error().to_string() << '\n';
    return kExitError;
  }
  options->keep_bytes = false;
  options->before_process = [&](ProcessedSource& ps) {
    const auto reading = archive::reading_fingerprint(ps.source, *options, rules);
    ps.fingerprint = archive::content_hash(ps.source, reading);
    const auto it = stored->find(ps.source.id);
    return it == stored->end() || it->second != ps.fingerprint;
  };
  util::Progress progress(err, "index", progress_enabled(args.reading, err));
  options->progress = &progress;
  // Each source is stored as soon as it and those before it are read, in input order,
  // and its claims freed: the run holds only the sources in flight.
  std::size_t added = 0;
  std::size_t replaced = 0;
  std::size_t unchanged = 0;
  std::vector<Problem> store_problems;  // in input order
  std::optional<Error> store_error;     // the first failure; nothing is stored after it
  options->on_processed = [&](ProcessedSource& ps) {
    if (store_error) return;
    if (ps.skipped) {
      ++unchanged;
      return;
    }
    // A source that failed keeps the rows it had: its problem fails the run.
    if (ps.failed) return;
    for (auto& p : ps.suppression_problems) store_problems.push_back(std::move(p));
    auto outcome = db->store(ps, ps.suppressions);
    std::vector<Claim>().swap(ps.claims);
    std::vector<Mention>().swap(ps.mentions);
    if (!outcome) {
      store_error = outcome.error();
      return;
    }
    switch (*outcome) {
      case archive::StoreOutcome::kAdded:
        ++added;
        break;
      case archive::StoreOutcome::kReplaced:
        ++replaced;
        break;
      case archive::StoreOutcome::kUnchanged:
        ++unchanged;
        break;
    }
  };
  auto result = run_sources(*options, rules, true);
  if (store_error) {
    err << "factcheck: " << store_error->to_string() << '\n';
    return kExitError;
  }
  for (auto& p : result.problems) problems.push_back(std::move(p));
  for (auto& p : store_problems) problems.push_back(std::move(p));
  for (const auto& p : problems) err << "factcheck: " << to_error_line(p) << '\n';
  err << "factcheck: indexed " << result.sources.size() << " sources into " << db->path() << " ("
      << added << " added, " << replaced << " replaced, " << unchanged << " unchanged)\n";
  return problems.empty() ? kExitOk : kExitError;
}

}  // namespace fc::app
