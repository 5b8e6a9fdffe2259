// The archive index (issue 7): sources and their claims stored in SQLite so that a
// draft can be compared with a large archive without re-reading it. Claims are looked
// up by key (indexed), so a draft check touches only the rows of the draft's keys.
// Schema versioned with PRAGMA user_version; each source is replaced in one
// transaction, so an interrupted `index` run leaves a consistent database.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/error.hpp"
#include "factcheck/core/source.hpp"
#include "factcheck/pipeline.hpp"
#include "factcheck/report/report.hpp"

struct sqlite3;

namespace fc::archive {

/// The schema version this build writes and reads (PRAGMA user_version).
inline constexpr int kSchemaVersion = 1;

/// What store() did with one source.
enum class StoreOutcome { kAdded, kReplaced, kUnchanged };

/// Rows of the index that share keys with a draft: sources (metadata only), their
/// claims and the inline suppressions written in them.
struct Selection {
  std::vector<Source> sources;  ///< sorted by id
  std::vector<Claim> claims;    ///< sorted by source, then claim id
  std::vector<report::Suppression> suppressions;
};

/// The fingerprint of a source's bytes, metadata and the tool version: when it is
/// unchanged, re-indexing the source would write the same rows.
[[nodiscard]] std::string content_hash(const Source& source);

/// An open archive index (one SQLite connection). Move-only.
class Archive {
 public:
  /// Opens `path`; with `create` a missing file is created with the current schema
  /// (WAL journal, synchronous=NORMAL). Errors (cannot open, not a database, another
  /// schema version) name the path.
  [[nodiscard]] static Result<Archive> open(const std::string& path, bool create);

  Archive(Archive&&) noexcept;
  Archive& operator=(Archive&&) noexcept;
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  ~Archive();

  /// Replaces the rows of `processed`'s source in one transaction (its claims and the
  /// inline suppressions `suppressions` found in its text), unless its content hash is
  /// the stored one.
  [[nodiscard]] Result<StoreOutcome> store(const ProcessedSource& processed,
                                           const std::vector<report::Suppression>& suppressions);

  /// Every stored claim whose key is one of `keys`, with its source's metadata and that
  /// source's inline suppressions; sources whose id is in `exclude` are left out.
  [[nodiscard]] Result<Selection> select_keys(const std::vector<std::string>& keys,
                                              const std::vector<std::string>& exclude) const;

  /// Number of stored sources and claims (for tests and the index summary).
  [[nodiscard]] Result<std::size_t> count_sources() const;
  [[nodiscard]] Result<std::size_t> count_claims() const;

  /// The database file as given.
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  Archive(sqlite3* db, std::string path);
  [[nodiscard]] Error db_error(const std::string& what) const;
  [[nodiscard]] Result<std::size_t> count(const char* sql) const;

  sqlite3* db_ = nullptr;
  std::string path_;
};

/// `check --draft D --db F`: reads the sources of `options` (the draft and any path
/// given) through the pipeline, adds the indexed claims that share a key with them and
/// compares everything. Findings are unsuppressed and unfiltered, as from
/// fc::run_check; suppressions (inline, of the checks, of the indexed sources) are in
/// `suppressions`. An Error when the index cannot be read.
[[nodiscard]] Result<report::Report> check_with_index(const PipelineOptions& options,
                                                      const std::string& db_path);

}  // namespace fc::archive
