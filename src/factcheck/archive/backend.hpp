// The storage behind fc::archive::Archive: one interface, two backends (an SQLite file,
// a PostgreSQL database). Both hold the same schema (rows.hpp describes it) and answer
// the same questions; Archive forwards to one of them. Internal to archive/.
#pragma once

#include <csignal>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "factcheck/archive/archive.hpp"

namespace fc::archive {

class Backend {
 public:
  Backend() = default;
  Backend(const Backend&) = delete;
  Backend& operator=(const Backend&) = delete;
  virtual ~Backend() = default;

  [[nodiscard]] virtual Result<StoreOutcome> store(
      const ProcessedSource& processed, const std::vector<report::Suppression>& suppressions,
      const std::string& hash) = 0;
  [[nodiscard]] virtual Result<void> begin_read() = 0;
  virtual void end_read() = 0;
  [[nodiscard]] virtual Result<std::size_t> count_key_claims(const std::string& key) = 0;
  [[nodiscard]] virtual Result<void> add_key_claims(const std::string& key,
                                                    const std::set<std::string>& exclude,
                                                    KeyClaims& out) = 0;
  [[nodiscard]] virtual Result<std::vector<Claim>> full_claims(std::vector<std::int64_t> rows) = 0;
  [[nodiscard]] virtual Result<std::vector<Source>> sources(std::vector<std::string> ids) = 0;
  [[nodiscard]] virtual Result<std::vector<report::Suppression>> suppressions_of(
      const std::vector<std::string>& targets) = 0;
  [[nodiscard]] virtual Result<std::size_t> sources_with_claims(
      const std::set<std::string>& exclude) = 0;
  [[nodiscard]] virtual Result<std::unordered_map<std::string, std::string>> content_hashes() = 0;
  [[nodiscard]] virtual Result<std::size_t> count_sources() = 0;
  [[nodiscard]] virtual Result<std::size_t> count_claims() = 0;

  /// The test hooks (Archive::kill_in_store_after, Archive::stall_in_store_after).
  std::optional<std::size_t> kill_after;
  std::optional<std::size_t> stall_after;
  std::size_t stores = 0;

 protected:
  /// Called by store() with a source's rows written and its transaction still open.
  void before_commit() const;
};

/// Opens the SQLite file `path` (Archive::open's contract).
[[nodiscard]] Result<std::unique_ptr<Backend>> open_sqlite(const std::string& path, OpenMode mode);

/// Connects to the PostgreSQL database `conninfo` (Archive::open's contract); `shown` is
/// the connection string without its password, for messages.
[[nodiscard]] Result<std::unique_ptr<Backend>> open_postgres(const std::string& conninfo,
                                                             const std::string& shown,
                                                             OpenMode mode);

}  // namespace fc::archive
