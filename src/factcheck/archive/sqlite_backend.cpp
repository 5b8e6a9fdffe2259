// The SQLite backend of the archive index: one file, one connection; WAL journal so that
// readers see the last commit while one `index` run writes. Schema versioned with PRAGMA
// user_version and checked on open (rows.hpp): tables, columns, and no trigger, whose SQL
// would run inside our writes.
#include <sqlite3.h>

#include <algorithm>
#include <csignal>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "factcheck/archive/backend.hpp"
#include "factcheck/archive/rows.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::archive {

namespace {

// Claims keep their full JSON (for the report) and, as columns, what the comparison
// reads. The covering index holds those columns in (key, claim_id) order, so the claims of
// one key are read from adjacent index pages without touching the table; claims without
// a key are never compared and stay out of it. `published` (the source's) is repeated in
// each claim row so that reading a key needs no join.
constexpr const char* kSchemaSql = R"sql(
CREATE TABLE sources(
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  outlet TEXT NOT NULL,
  language TEXT NOT NULL,
  published TEXT,
  published_from TEXT NOT NULL,
  published_note TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  claims INTEGER NOT NULL
);
CREATE TABLE claims(
  source_id TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  key TEXT NOT NULL,
  published TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  value REAL,
  low REAL,
  high REAL,
  to_value REAL,
  approximate INTEGER NOT NULL,
  hedge INTEGER NOT NULL,
  digits INTEGER NOT NULL,
  earliest TEXT NOT NULL,
  latest TEXT NOT NULL,
  date_value TEXT NOT NULL,
  as_of_earliest TEXT NOT NULL,
  as_of_latest TEXT NOT NULL,
  key_certain INTEGER NOT NULL,
  where_implied INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX claims_by_key ON claims(key, claim_id, source_id, published, kind, text, value,
  low, high, to_value, approximate, hedge, digits, earliest, latest, date_value,
  as_of_earliest, as_of_latest, key_certain, where_implied) WHERE key <> '';
CREATE INDEX claims_by_source ON claims(source_id);
CREATE TABLE suppressions(
  source_id TEXT NOT NULL,
  target TEXT NOT NULL,
  reason TEXT NOT NULL,
  origin TEXT NOT NULL
);
CREATE INDEX suppressions_by_source ON suppressions(source_id);
CREATE INDEX suppressions_by_target ON suppressions(target);
PRAGMA user_version = 2;
)sql";

/// A prepared statement, finalized when it goes away.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  [[nodiscard]] bool ok() const { return rc_ == SQLITE_OK && stmt_ != nullptr; }
  void bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
  void bind_int(int index, std::int64_t v) { sqlite3_bind_int64(stmt_, index, v); }
  void bind_real(int index, const std::optional<double>& v) {
    if (v) {
      sqlite3_bind_double(stmt_, index, *v);
    } else {
      sqlite3_bind_null(stmt_, index);
    }
  }
  void bind_null(int index) { sqlite3_bind_null(stmt_, index); }
  /// SQLITE_ROW, SQLITE_DONE or an error code.
  int step() { return sqlite3_step(stmt_); }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  [[nodiscard]] std::string text(int column) const { return std::string(view(column)); }
  /// Valid until the next step() or reset().
  [[nodiscard]] std::string_view view(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (p == nullptr) return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
  }
  [[nodiscard]] bool is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
  }
  [[nodiscard]] std::int64_t integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
  }
  [[nodiscard]] std::optional<double> real(int column) const {
    if (is_null(column)) return std::nullopt;
    return sqlite3_column_double(stmt_, column);
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

class SqliteBackend final : public Backend {
 public:
  SqliteBackend(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteBackend() override { sqlite3_close(db_); }

  Result<StoreOutcome> store(const ProcessedSource& processed,
                             const std::vector<report::Suppression>& suppressions,
                             const std::string& hash) override;
  Result<void> begin_read() override;
  void end_read() override;
  Result<std::size_t> count_key_claims(const std::string& key) override;
  Result<void> add_key_claims(const std::string& key, const std::set<std::string>& exclude,
                              KeyClaims& out) override;
  Result<std::vector<Claim>> full_claims(std::vector<std::int64_t> rows) override;
  Result<std::vector<Source>> sources(std::vector<std::string> ids) override;
  Result<std::vector<report::Suppression>> suppressions_of(
      const std::vector<std::string>& targets) override;
  Result<std::size_t> sources_with_claims(const std::set<std::string>& exclude) override;
  Result<std::unordered_map<std::string, std::string>> content_hashes() override;
  Result<std::size_t> count_sources() override { return count("SELECT count(*) FROM sources"); }
  Result<std::size_t> count_claims() override { return count("SELECT count(*) FROM claims"); }

  [[nodiscard]] Error db_error(const std::string& what) const {
    return Error{ErrorCode::kDatabase, what + ": " + (db_ ? sqlite3_errmsg(db_) : "no database"),
                 path_};
  }
  [[nodiscard]] sqlite3* handle() const { return db_; }

 private:
  [[nodiscard]] Result<std::size_t> count(const char* sql) const;

  sqlite3* db_ = nullptr;
  std::string path_;
};

/// The triggers, the tables and their columns of the open file, checked against the schema
/// (rows.hpp): "" when they are ours.
std::string stored_schema_problem(SqliteBackend& db) {
  sqlite3* raw = db.handle();
  {
    Statement t(raw, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
    if (!t.ok()) return "cannot read the schema";
    if (t.step() == SQLITE_ROW) {
      return "the archive index holds a trigger (" + t.text(0) +
             "), which would run inside factcheck's writes; it is not one factcheck made";
    }
  }
  std::vector<std::pair<std::string, std::vector<std::string>>> tables;
  Statement t(raw, "SELECT name FROM sqlite_master WHERE type = 'table'");
  if (!t.ok()) return "cannot read the schema";
  while (t.step() == SQLITE_ROW) tables.emplace_back(t.text(0), std::vector<std::string>{});
  for (auto& [name, columns] : tables) {
    Statement c(raw, "SELECT name FROM pragma_table_info(?1)");
    if (!c.ok()) return "cannot read the schema";
    c.bind(1, name);
    while (c.step() == SQLITE_ROW) columns.push_back(c.text(0));
  }
  return schema_mismatch(tables, "");
}

}  // namespace

Result<std::unique_ptr<Backend>> open_sqlite(const std::string& path, OpenMode mode) {
  const bool write = mode != OpenMode::kRead;
  sqlite3* raw = nullptr;
  // One connection, used by one thread at a time (the draft check's workers take turns
  // under a mutex): SQLite's own mutexes only cost time.
  const int flags = (write ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY) |
                    SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  auto db = std::make_unique<SqliteBackend>(raw, path);  // closes `raw` on every path out
  if (rc != SQLITE_OK) {
    return make_error(ErrorCode::kDatabase,
                      std::string("cannot open the archive index: ") +
                          (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)),
                      path);
  }
  sqlite3_busy_timeout(raw, 5000);
  std::int64_t user_version = 0;
  std::int64_t tables = 0;
  {
    Statement v(raw, "PRAGMA user_version");
    if (!v.ok() || v.step() != SQLITE_ROW) {
      return tl::unexpected(db->db_error("cannot read the archive index"));
    }
    user_version = v.integer(0);
    Statement t(raw, "SELECT count(*) FROM sqlite_master");
    if (!t.ok() || t.step() != SQLITE_ROW) {
      return tl::unexpected(db->db_error("cannot read the archive index"));
    }
    tables = t.integer(0);
  }
  // Creating (an empty file) and migrating (an index of an older version, which is only
  // what earlier `index` runs derived from the sources: its rows are dropped and the next
  // run re-reads every source) rewrite the schema in one transaction.
  const bool create = user_version == 0 && tables == 0;
  const bool migrate =
      mode == OpenMode::kMigrate && user_version >= 1 && user_version < kSchemaVersion;
  if (create && !write) {
    return make_error(ErrorCode::kDatabase,
                      "not an archive index (empty database); make one with factcheck index", path);
  }
  if (create || migrate) {
    std::string sql = "BEGIN IMMEDIATE;";
    if (migrate) {
      // Whatever an older version held under these names, and nothing else.
      sql +=
          "DROP TABLE IF EXISTS claims; DROP TABLE IF EXISTS suppressions; "
          "DROP TABLE IF EXISTS sources;";
    }
    sql += std::string(kSchemaSql) + "COMMIT;";
    char* message = nullptr;
    if (sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string why = message ? message : "unknown error";
      sqlite3_free(message);
      sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
      return make_error(
          ErrorCode::kDatabase,
          std::string(create ? "cannot create" : "cannot migrate") + " the archive index: " + why,
          path);
    }
    user_version = kSchemaVersion;
  }
  if (user_version == 0) {
    return make_error(ErrorCode::kDatabase,
                      "not an archive index (an SQLite database without factcheck's schema)", path);
  }
  if (user_version != kSchemaVersion) {
    return make_error(
        ErrorCode::kDatabase,
        "archive index schema version " + std::to_string(user_version) +
            ", this factcheck reads version " + std::to_string(kSchemaVersion) +
            (user_version < kSchemaVersion
                 ? "; migrate it with factcheck index --migrate (the next index re-reads every "
                   "source) or re-create it with factcheck index"
                 : "; it was made by a newer factcheck"),
        path);
  }
  if (const std::string problem = stored_schema_problem(*db); !problem.empty()) {
    return make_error(ErrorCode::kDatabase, "refusing the archive index: " + problem, path);
  }
  if (write) {
    if (sqlite3_exec(raw, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
      return tl::unexpected(db->db_error("cannot set the journal mode"));
    }
  }
  return std::unique_ptr<Backend>(std::move(db));
}

namespace {

Result<StoreOutcome> SqliteBackend::store(const ProcessedSource& processed,
                                          const std::vector<report::Suppression>& suppressions,
                                          const std::string& hash) {
  const Source& src = processed.source;
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return tl::unexpected(db_error("cannot start a transaction"));
  }
  auto fail = [&](const std::string& what) -> Result<StoreOutcome> {
    Error e = db_error(what + " (source " + src.id + ")");
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return tl::unexpected(std::move(e));
  };
  bool existed = false;
  {
    Statement q(db_, "SELECT content_hash FROM sources WHERE id = ?1");
    if (!q.ok()) return fail("cannot read a source");
    q.bind(1, src.id);
    const int rc = q.step();
    if (rc == SQLITE_ROW) {
      existed = true;
      if (q.view(0) == hash) {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        return StoreOutcome::kUnchanged;
      }
    } else if (rc != SQLITE_DONE) {
      return fail("cannot read a source");
    }
  }
  {
    Statement del_claims(db_, "DELETE FROM claims WHERE source_id = ?1");
    Statement del_sup(db_, "DELETE FROM suppressions WHERE source_id = ?1");
    if (!del_claims.ok() || !del_sup.ok()) return fail("cannot delete a source's rows");
    del_claims.bind(1, src.id);
    del_sup.bind(1, src.id);
    if (del_claims.step() != SQLITE_DONE || del_sup.step() != SQLITE_DONE) {
      return fail("cannot delete a source's rows");
    }
  }
  const std::string published = src.published ? util::to_iso(*src.published) : std::string();
  // The source's publication date, on its row and on each claim's (NULL when unknown).
  const auto bind_published = [&](Statement& st, int index) {
    if (src.published) {
      st.bind(index, published);
    } else {
      st.bind_null(index);
    }
  };
  {
    Statement ins(db_,
                  "INSERT OR REPLACE INTO sources(id, path, outlet, language, published, "
                  "published_from, published_note, content_hash, claims) "
                  "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    if (!ins.ok()) return fail("cannot store a source");
    ins.bind(1, src.id);
    ins.bind(2, src.path);
    ins.bind(3, src.outlet);
    ins.bind(4, src.language);
    bind_published(ins, 5);
    ins.bind(6, to_string(src.published_from));
    ins.bind(7, src.published_note);
    ins.bind(8, hash);
    ins.bind_int(9, static_cast<std::int64_t>(processed.claims.size()));
    if (ins.step() != SQLITE_DONE) return fail("cannot store a source");
  }
  {
    Statement ins(db_,
                  "INSERT INTO claims(source_id, claim_id, key, published, kind, text, value, low, "
                  "high, to_value, approximate, hedge, digits, earliest, latest, date_value, "
                  "as_of_earliest, as_of_latest, key_certain, where_implied, json) "
                  "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,"
                  "?21)");
    if (!ins.ok()) return fail("cannot store a claim");
    for (const Claim& c : processed.claims) {
      const Mention& m = c.mention;
      ins.bind(1, src.id);
      ins.bind(2, c.id);
      ins.bind(3, c.key);
      bind_published(ins, 4);
      ins.bind(5, to_string(m.kind));
      ins.bind(6, m.text);
      ins.bind_real(7, m.value);
      ins.bind_real(8, m.low);
      ins.bind_real(9, m.high);
      ins.bind_real(10, m.to);
      ins.bind_int(11, m.approximate ? 1 : 0);
      ins.bind_int(12, static_cast<int>(m.hedge));
      ins.bind_int(13, m.significant_digits);
      ins.bind(14, m.earliest);
      ins.bind(15, m.latest);
      ins.bind(16, m.date_value);
      ins.bind(17, c.as_of_earliest);
      ins.bind(18, c.as_of_latest);
      ins.bind_int(19, c.key_certain ? 1 : 0);
      ins.bind_int(20, c.where_implied ? 1 : 0);
      ins.bind(21, claim_row_json(c));
      if (ins.step() != SQLITE_DONE) return fail("cannot store a claim");
      ins.reset();
    }
  }
  {
    Statement ins(db_,
                  "INSERT INTO suppressions(source_id, target, reason, origin) "
                  "VALUES(?1,?2,?3,?4)");
    if (!ins.ok()) return fail("cannot store a suppression");
    for (const auto& s : suppressions) {
      ins.bind(1, src.id);
      ins.bind(2, s.target);
      ins.bind(3, s.reason);
      ins.bind(4, s.origin);
      if (ins.step() != SQLITE_DONE) return fail("cannot store a suppression");
      ins.reset();
    }
  }
  before_commit();
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return fail("cannot commit");
  }
  ++stores;
  return existed ? StoreOutcome::kReplaced : StoreOutcome::kAdded;
}

Result<void> SqliteBackend::begin_read() {
  // A deferred transaction takes its snapshot at the first read; read now.
  if (sqlite3_exec(db_, "BEGIN; SELECT count(*) FROM sources;", nullptr, nullptr, nullptr) !=
      SQLITE_OK) {
    return tl::unexpected(db_error("cannot start a read"));
  }
  return {};
}

void SqliteBackend::end_read() { sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr); }

Result<void> SqliteBackend::add_key_claims(const std::string& key,
                                           const std::set<std::string>& exclude, KeyClaims& out) {
  if (key.empty()) return {};
  // `key <> ''` lets SQLite use the partial covering index; ORDER BY is its own order.
  Statement q(db_,
              "SELECT rowid, claim_id, source_id, published, kind, text, value, low, high, "
              "to_value, approximate, hedge, digits, earliest, latest, date_value, "
              "as_of_earliest, as_of_latest, key_certain, where_implied FROM claims "
              "WHERE key = ?1 AND key <> '' ORDER BY claim_id");
  if (!q.ok()) return tl::unexpected(db_error("cannot query claims"));
  q.bind(1, key);
  const std::size_t first = out.claims.size();
  std::string last_listed;
  // Compared as views, without a string made per row (there are few).
  const std::vector<std::string> excluded(exclude.begin(), exclude.end());
  int rc = 0;
  while ((rc = q.step()) == SQLITE_ROW) {
    const std::string_view source_id = q.view(2);
    if (std::find(excluded.begin(), excluded.end(), source_id) != excluded.end()) continue;
    const auto kind = mention_kind_from_string(q.view(4));
    if (!kind) {
      return make_error(ErrorCode::kDatabase,
                        "a stored claim of source " + std::string(source_id) +
                            " has an unknown kind '" + q.text(4) + "'",
                        path_);
    }
    Claim& c = out.claims.emplace_back();
    c.id = q.view(1);
    c.source = source_id;
    c.key = key;
    Mention& m = c.mention;
    m.kind = *kind;
    m.text = q.view(5);
    m.value = q.real(6);
    m.low = q.real(7);
    m.high = q.real(8);
    m.to = q.real(9);
    m.approximate = q.integer(10) != 0;
    m.hedge = hedge_of(q.integer(11));
    m.significant_digits = static_cast<int>(q.integer(12));
    m.earliest = q.view(13);
    m.latest = q.view(14);
    m.date_value = q.view(15);
    c.as_of_earliest = q.view(16);
    c.as_of_latest = q.view(17);
    c.key_certain = q.integer(18) != 0;
    c.where_implied = q.integer(19) != 0;
    out.rows.push_back(q.integer(0));
    // The comparison reads a source's publication date only for a numeric claim (a
    // count without a date of its own): a key of dates needs no source list. A source's
    // claims are adjacent in claim id order ("source:line:column"); a source listed
    // twice is harmless (the comparison keeps the first).
    if (m.kind != MentionKind::kDate && c.source != last_listed) {
      last_listed = c.source;
      Source& s = out.sources.emplace_back();
      s.id = c.source;
      if (!q.is_null(3)) s.published = util::parse_iso(q.view(3));
    }
  }
  if (rc != SQLITE_DONE) return tl::unexpected(db_error("cannot query claims"));
  if (out.claims.size() == first) return {};
  // What makes the key is the same for all its claims: read once, from the first's JSON.
  auto head = full_claims({out.rows[first]});
  if (!head) return tl::unexpected(head.error());
  if (head->size() != 1) return make_error(ErrorCode::kDatabase, "a claim row vanished", path_);
  share_key_fields(head->front(), std::span<Claim>(out.claims).subspan(first));
  return {};
}

Result<std::size_t> SqliteBackend::count_key_claims(const std::string& key) {
  Statement n(db_, "SELECT count(*) FROM claims WHERE key = ?1 AND key <> ''");
  if (!n.ok()) return tl::unexpected(db_error("cannot count claims"));
  n.bind(1, key);
  if (n.step() != SQLITE_ROW) return tl::unexpected(db_error("cannot count claims"));
  return static_cast<std::size_t>(n.integer(0));
}

Result<std::vector<Claim>> SqliteBackend::full_claims(std::vector<std::int64_t> rows) {
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  Statement q(db_, "SELECT source_id, json FROM claims WHERE rowid = ?1");
  if (!q.ok()) return tl::unexpected(db_error("cannot query claims"));
  std::vector<std::pair<std::string, Claim>> found;
  for (const std::int64_t row : rows) {
    q.bind_int(1, row);
    const int rc = q.step();
    if (rc == SQLITE_ROW) {
      std::string source_id = q.text(0);
      try {
        found.emplace_back(source_id, claim_from_row_json(q.view(1)));
      } catch (const std::exception& e) {
        return make_error(ErrorCode::kDatabase,
                          "a stored claim of source " + source_id + " cannot be read: " + e.what(),
                          path_);
      }
    } else if (rc != SQLITE_DONE) {
      return tl::unexpected(db_error("cannot query claims"));
    }
    q.reset();
  }
  // Rows are in storing order; sort by source, keeping that order within one.
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Claim> out;
  out.reserve(found.size());
  for (auto& [source, claim] : found) out.push_back(std::move(claim));
  return out;
}

Result<std::vector<Source>> SqliteBackend::sources(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  Statement q(db_,
              "SELECT path, outlet, language, published, published_from, published_note "
              "FROM sources WHERE id = ?1");
  if (!q.ok()) return tl::unexpected(db_error("cannot query sources"));
  std::vector<Source> out;
  for (const auto& id : ids) {
    q.bind(1, id);
    const int rc = q.step();
    if (rc == SQLITE_ROW) {
      Source s;
      s.id = id;
      s.path = q.text(0);
      s.outlet = q.text(1);
      s.language = q.text(2);
      if (!q.is_null(3)) s.published = util::parse_iso(q.view(3));
      s.published_from = published_from_of(q.view(4));
      s.published_note = q.text(5);
      out.push_back(std::move(s));
    } else if (rc != SQLITE_DONE) {
      return tl::unexpected(db_error("cannot query sources"));
    }
    q.reset();
  }
  return out;
}

Result<std::vector<report::Suppression>> SqliteBackend::suppressions_of(
    const std::vector<std::string>& targets) {
  std::set<std::string> wanted(targets.begin(), targets.end());
  Statement q(db_,
              "SELECT source_id, reason, origin FROM suppressions WHERE target = ?1 "
              "ORDER BY source_id, rowid");
  if (!q.ok()) return tl::unexpected(db_error("cannot query suppressions"));
  std::vector<report::Suppression> out;
  for (const auto& target : wanted) {
    q.bind(1, target);
    int rc = 0;
    while ((rc = q.step()) == SQLITE_ROW) {
      out.push_back(report::Suppression{target, q.text(1), q.text(2), q.text(0)});
    }
    if (rc != SQLITE_DONE) return tl::unexpected(db_error("cannot query suppressions"));
    q.reset();
  }
  return out;
}

Result<std::size_t> SqliteBackend::sources_with_claims(const std::set<std::string>& exclude) {
  // At most |exclude| + 2 rows are read, whatever the size of the index.
  Statement q(db_, "SELECT id FROM sources WHERE claims > 0 LIMIT ?1");
  if (!q.ok()) return tl::unexpected(db_error("cannot query sources"));
  q.bind_int(1, static_cast<std::int64_t>(exclude.size() + 2));
  std::size_t n = 0;
  int rc = 0;
  while (n < 2 && (rc = q.step()) == SQLITE_ROW) {
    if (exclude.count(q.text(0)) == 0) ++n;
  }
  if (n < 2 && rc != SQLITE_DONE) return tl::unexpected(db_error("cannot query sources"));
  return n;
}

Result<std::size_t> SqliteBackend::count(const char* sql) const {
  Statement q(db_, sql);
  if (!q.ok() || q.step() != SQLITE_ROW) return tl::unexpected(db_error("cannot count rows"));
  return static_cast<std::size_t>(q.integer(0));
}

Result<std::unordered_map<std::string, std::string>> SqliteBackend::content_hashes() {
  std::unordered_map<std::string, std::string> out;
  Statement q(db_, "SELECT id, content_hash FROM sources");
  if (!q.ok()) return tl::unexpected(db_error("cannot read the sources"));
  int rc = SQLITE_ROW;
  while ((rc = q.step()) == SQLITE_ROW) out.emplace(q.text(0), q.text(1));
  if (rc != SQLITE_DONE) return tl::unexpected(db_error("cannot read the sources"));
  return out;
}

}  // namespace

}  // namespace fc::archive
