// The archive index (issues 7, 21): sources and their claims stored so that a draft can be
// compared with a large archive without re-reading it, in an SQLite file (one machine) or
// a PostgreSQL database (a newsroom: many `index` processes and draft checks at once).
// One interface, two backends (backend.hpp), the same schema (rows.hpp) and findings.
// What the comparison reads of a claim is stored in columns, and a covering index on
// (key, claim id, those columns) holds a key's claims side by side: a draft check reads
// only the index entries of the draft's keys, and the JSON of the few claims its report
// quotes. The schema is versioned and checked on open; each source is replaced in one
// transaction, so an interrupted `index` run leaves whole sources only.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/error.hpp"
#include "factcheck/core/source.hpp"
#include "factcheck/pipeline.hpp"
#include "factcheck/report/report.hpp"

namespace fc::archive {

/// The schema version this build writes and reads (SQLite: PRAGMA user_version;
/// PostgreSQL: the factcheck_schema table). Version 2 stores what the comparison reads as
/// columns beside each claim's JSON.
inline constexpr int kSchemaVersion = 2;

/// How an index is opened. kRead: it must exist, at this schema version. kWrite: an empty
/// database (a missing SQLite file, a PostgreSQL database without factcheck's tables) gets
/// the schema; another version is refused. kMigrate: as kWrite, and an older version is
/// migrated (`index --migrate`).
enum class OpenMode { kRead, kWrite, kMigrate };

/// Whether `--db` names a PostgreSQL database: a `postgresql://` or `postgres://`
/// connection URI (`postgresql://` alone takes everything from the PG* environment
/// variables). Anything else is an SQLite file path.
[[nodiscard]] bool is_postgres_target(std::string_view target);

/// `target` as messages show it: a connection URI without its password.
[[nodiscard]] std::string display_target(std::string_view target);

class Backend;

/// What store() did with one source.
enum class StoreOutcome { kAdded, kReplaced, kUnchanged };

/// Claims of keys as the comparison reads them (compare::compare_claims with a Scope):
/// read from the columns of the index, no JSON parsed.
struct KeyClaims {
  /// Each key's claims sorted by claim id. Without quote, span, note and change "from"
  /// value; counted, whose, where and event are those of the key's first claim (they
  /// make the key).
  std::vector<Claim> claims;
  std::vector<std::int64_t> rows;  ///< the stored row of each claim, for full_claims()
  /// Id and publication date of the sources of the numeric claims (the comparison reads
  /// no other source's date).
  std::vector<Source> sources;

  /// Empties the lists, keeping their memory for the next keys.
  void clear() {
    claims.clear();
    rows.clear();
    sources.clear();
  }
};

/// The fingerprint of what a source's rows depend on, known before it is processed: its
/// bytes and metadata as read (not the date found in its text, which the bytes give),
/// the tool version and `reading` (reading_fingerprint). When it is unchanged,
/// re-indexing the source would write the same rows.
[[nodiscard]] std::string content_hash(const Source& source, std::uint64_t reading = 0);

/// The fingerprint of what reading `source` depends on besides the source itself: the
/// check files loaded (rules.fingerprint), --prefer, and --published when the source has
/// no date from the manifest.
[[nodiscard]] std::uint64_t reading_fingerprint(const Source& source,
                                                const PipelineOptions& options,
                                                const rules::RuleSet& rules);

/// An open archive index (one connection to its database). Move-only.
class Archive {
 public:
  /// Opens `target` (an SQLite path or a PostgreSQL connection string) as `mode` says.
  /// SQLite files are written with a WAL journal, synchronous=NORMAL. Before anything is
  /// read or written the stored schema is checked: its version, its tables and columns,
  /// and no trigger or rule on them. Errors (cannot open or connect, not an index, another
  /// schema version, a schema not factcheck's) name the target, without its password.
  [[nodiscard]] static Result<Archive> open(const std::string& target, OpenMode mode);
  [[nodiscard]] static Result<Archive> open(const std::string& target, bool create) {
    return open(target, create ? OpenMode::kWrite : OpenMode::kRead);
  }

  Archive(Archive&&) noexcept;
  Archive& operator=(Archive&&) noexcept;
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  ~Archive();

  /// Replaces the rows of `processed`'s source in one transaction (its claims and the
  /// inline suppressions `suppressions` found in its text), unless its content hash
  /// (`processed.fingerprint`, else content_hash of the source) is the stored one. Killed at any
  /// point, the index holds the source's old rows or its new ones, never a mix; readers
  /// see one or the other. On PostgreSQL, two writers storing the same source at once
  /// store it once (the second finds the first's hash: kUnchanged).
  [[nodiscard]] Result<StoreOutcome> store(const ProcessedSource& processed,
                                           const std::vector<report::Suppression>& suppressions);

  /// Starts a read transaction: every read until end_read() sees the same snapshot,
  /// whatever an `index` run commits meanwhile.
  [[nodiscard]] Result<void> begin_read();
  void end_read();

  /// Number of stored claims of `key`.
  [[nodiscard]] Result<std::size_t> count_key_claims(const std::string& key) const;

  /// Appends every stored claim of `key` (not empty) to `out`, sources in `exclude` left
  /// out, and their sources (once per key: a source of several keys is listed again).
  [[nodiscard]] Result<void> add_key_claims(const std::string& key,
                                            const std::set<std::string>& exclude,
                                            KeyClaims& out) const;

  /// The stored claims of `rows` as written (quote and span included), in source id
  /// order, then in the order they were stored.
  [[nodiscard]] Result<std::vector<Claim>> full_claims(std::vector<std::int64_t> rows) const;

  /// The metadata of the sources `ids` (no bytes), sorted by id; unknown ids are skipped.
  [[nodiscard]] Result<std::vector<Source>> sources(std::vector<std::string> ids) const;

  /// The inline suppressions stored whose target (a finding id or key) is one of
  /// `targets`, each with the source it was written in.
  [[nodiscard]] Result<std::vector<report::Suppression>> suppressions_of(
      const std::vector<std::string>& targets) const;

  /// Whether stored sources outside `exclude` hold claims: 0, 1 or 2 (two or more).
  [[nodiscard]] Result<std::size_t> sources_with_claims(const std::set<std::string>& exclude) const;

  /// The stored content hash of every source, by id (`index` skips the sources whose
  /// hash has not changed before reading them).
  [[nodiscard]] Result<std::unordered_map<std::string, std::string>> content_hashes() const;

  /// Number of stored sources and claims (for tests and the index summary).
  [[nodiscard]] Result<std::size_t> count_sources() const;
  [[nodiscard]] Result<std::size_t> count_claims() const;

  /// The database as given (a connection string without its password).
  [[nodiscard]] const std::string& path() const { return path_; }

  /// Test hook (`index` sets it from FACTCHECK_TEST_KILL_IN_STORE=N): after N sources are
  /// stored, the next store() writes its rows and then kills the process with SIGKILL
  /// before it commits, as a power cut or `kill -9` would.
  void kill_in_store_after(std::size_t stores);
  /// Test hook (FACTCHECK_TEST_STALL_IN_STORE=N): after N sources are stored, the next
  /// store() writes its rows and waits 5 s before it commits, so that a test can drop the
  /// connection of a writer in the middle of a transaction.
  void stall_in_store_after(std::size_t stores);

 private:
  Archive(std::unique_ptr<Backend> backend, std::string path);

  // Mutable: reads change no stored row, but a connection's state moves on.
  mutable std::unique_ptr<Backend> backend_;
  std::string path_;
};

/// Archive claims quoted in the report for each corroboration, and for each contradiction
/// (one finding per disagreement may gather hundreds of archive claims); the finding
/// itself still lists every claim and value.
inline constexpr std::size_t kQuotedPerFinding = 20;
inline constexpr std::size_t kQuotedPerContradiction = 100;

/// `check --draft D --db F`: reads the sources of `options` (the draft and any path
/// given) through the pipeline and compares them with the indexed claims of their keys.
/// The findings are those fc::run_check over the archive's files and the same sources
/// gives that involve a source read now, unsuppressed; the report's claims are the ones
/// read now and, per finding, the archive claims it quotes (the first
/// kQuotedPerContradiction for a contradiction, kQuotedPerFinding for a corroboration), and its
/// sources are those. Suppressions (inline, of the checks, of indexed sources on these findings)
/// are in `suppressions`. An Error when the index cannot be read.
[[nodiscard]] Result<report::Report> check_with_index(const PipelineOptions& options,
                                                      const std::string& db_path);

}  // namespace fc::archive
