#include "factcheck/archive/archive.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "factcheck/report/mention_json.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::archive {

namespace {

constexpr const char* kSchemaSql = R"sql(
CREATE TABLE sources(
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  outlet TEXT NOT NULL,
  language TEXT NOT NULL,
  published TEXT,
  published_from TEXT NOT NULL,
  published_note TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE TABLE claims(
  source_id TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  key TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX claims_by_key ON claims(key);
CREATE INDEX claims_by_source ON claims(source_id);
CREATE TABLE suppressions(
  source_id TEXT NOT NULL,
  target TEXT NOT NULL,
  reason TEXT NOT NULL,
  origin TEXT NOT NULL
);
CREATE INDEX suppressions_by_source ON suppressions(source_id);
PRAGMA user_version = 1;
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
  void bind_null(int index) { sqlite3_bind_null(stmt_, index); }
  /// SQLITE_ROW, SQLITE_DONE or an error code.
  int step() { return sqlite3_step(stmt_); }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  [[nodiscard]] std::string text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (p == nullptr) return {};
    return std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
  }
  [[nodiscard]] bool is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
  }
  [[nodiscard]] std::int64_t integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

PublishedFrom published_from_of(std::string_view text) {
  for (const auto from : {PublishedFrom::kManifest, PublishedFrom::kText, PublishedFrom::kOption}) {
    if (text == to_string(from)) return from;
  }
  return PublishedFrom::kUnknown;
}

std::string hex64(std::uint64_t v) {
  static const char* const kDigits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
    v >>= 4;
  }
  return out;
}

/// The stored form of a claim: claim_to_json plus what the comparison needs and the
/// SPEC's claim JSON leaves out.
std::string claim_row_json(const Claim& c) {
  report::Json j = report::claim_to_json(c);
  j["key_certain"] = c.key_certain;
  j["where_implied"] = c.where_implied;
  j["quote_start"] = c.quote_start;
  return report::dump_line(j);
}

Claim claim_from_row_json(const std::string& text) {
  const auto j = report::Json::parse(text);
  Claim c = report::claim_from_json(j);
  c.key_certain = j.value("key_certain", false);
  c.where_implied = j.value("where_implied", false);
  c.quote_start = j.value("quote_start", std::size_t{0});
  return c;
}

}  // namespace

std::string content_hash(const Source& s) {
  std::string material;
  material.reserve(s.bytes.size() + 256);
  // Strings made here must outlive the loop: a temporary inside the braced list would die
  // before the loop body reads it (the ASan run caught exactly that).
  const std::string tool_version(version());
  const std::string published = s.published ? util::to_iso(*s.published) : std::string();
  const std::string published_from(to_string(s.published_from));
  const std::string_view parts[] = {tool_version, s.id,      s.path,         s.outlet,
                                    s.language,   published, published_from, s.published_note};
  for (const std::string_view part : parts) {
    material.append(part);
    material.push_back('\0');
  }
  material.append(std::to_string(s.bom_bytes));
  material.push_back('\0');
  material.append(s.bytes);
  return hex64(XXH3_64bits(material.data(), material.size()));
}

Archive::Archive(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

Archive::Archive(Archive&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Archive& Archive::operator=(Archive&& other) noexcept {
  if (this != &other) {
    sqlite3_close(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Archive::~Archive() { sqlite3_close(db_); }

Error Archive::db_error(const std::string& what) const {
  return Error{ErrorCode::kDatabase, what + ": " + (db_ ? sqlite3_errmsg(db_) : "no database"),
               path_};
}

Result<Archive> Archive::open(const std::string& path, bool create) {
  sqlite3* raw = nullptr;
  const int flags = create ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Archive db(raw, path);  // closes `raw` on every path out
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
      return tl::unexpected(db.db_error("cannot read the archive index"));
    }
    user_version = v.integer(0);
    Statement t(raw, "SELECT count(*) FROM sqlite_master");
    if (!t.ok() || t.step() != SQLITE_ROW) {
      return tl::unexpected(db.db_error("cannot read the archive index"));
    }
    tables = t.integer(0);
  }
  if (user_version == 0 && tables == 0) {
    if (!create) {
      return make_error(ErrorCode::kDatabase,
                        "not an archive index (empty database); make one with factcheck index",
                        path);
    }
    char* message = nullptr;
    const std::string sql = std::string("BEGIN IMMEDIATE;") + kSchemaSql + "COMMIT;";
    if (sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string why = message ? message : "unknown error";
      sqlite3_free(message);
      sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
      return make_error(ErrorCode::kDatabase, "cannot create the archive index: " + why, path);
    }
    user_version = kSchemaVersion;
  }
  if (user_version != kSchemaVersion) {
    return make_error(ErrorCode::kDatabase,
                      "archive index schema version " + std::to_string(user_version) +
                          ", this factcheck reads version " + std::to_string(kSchemaVersion) +
                          "; re-create it with factcheck index",
                      path);
  }
  if (create) {
    if (sqlite3_exec(raw, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
      return tl::unexpected(db.db_error("cannot set the journal mode"));
    }
  }
  return db;
}

Result<StoreOutcome> Archive::store(const ProcessedSource& processed,
                                    const std::vector<report::Suppression>& suppressions) {
  const Source& src = processed.source;
  const std::string hash = content_hash(src);
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
      if (q.text(0) == hash) {
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
  {
    Statement ins(db_,
                  "INSERT OR REPLACE INTO sources(id, path, outlet, language, published, "
                  "published_from, published_note, content_hash) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    if (!ins.ok()) return fail("cannot store a source");
    ins.bind(1, src.id);
    ins.bind(2, src.path);
    ins.bind(3, src.outlet);
    ins.bind(4, src.language);
    if (src.published) {
      ins.bind(5, util::to_iso(*src.published));
    } else {
      ins.bind_null(5);
    }
    ins.bind(6, to_string(src.published_from));
    ins.bind(7, src.published_note);
    ins.bind(8, hash);
    if (ins.step() != SQLITE_DONE) return fail("cannot store a source");
  }
  {
    Statement ins(db_, "INSERT INTO claims(source_id, claim_id, key, json) VALUES(?1,?2,?3,?4)");
    if (!ins.ok()) return fail("cannot store a claim");
    for (const Claim& c : processed.claims) {
      ins.bind(1, src.id);
      ins.bind(2, c.id);
      ins.bind(3, c.key);
      ins.bind(4, claim_row_json(c));
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
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return fail("cannot commit");
  }
  return existed ? StoreOutcome::kReplaced : StoreOutcome::kAdded;
}

Result<Selection> Archive::select_keys(const std::vector<std::string>& keys,
                                       const std::vector<std::string>& exclude) const {
  const std::set<std::string> wanted(keys.begin(), keys.end());
  const std::set<std::string> excluded(exclude.begin(), exclude.end());
  // One read transaction: every key sees the same snapshot.
  if (sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return tl::unexpected(db_error("cannot start a read"));
  }
  struct Row {
    std::string source;
    std::int64_t rowid = 0;
    Claim claim;
  };
  std::vector<Row> rows;
  std::map<std::string, Source> sources;
  Error failure;
  bool failed = false;
  {
    Statement q(db_,
                "SELECT c.rowid, c.source_id, c.json, s.path, s.outlet, s.language, s.published, "
                "s.published_from, s.published_note FROM claims c JOIN sources s "
                "ON s.id = c.source_id WHERE c.key = ?1");
    if (!q.ok()) {
      failed = true;
      failure = db_error("cannot query claims");
    }
    for (auto it = wanted.begin(); !failed && it != wanted.end(); ++it) {
      q.bind(1, *it);
      int rc = 0;
      while ((rc = q.step()) == SQLITE_ROW) {
        std::string source_id = q.text(1);
        if (excluded.count(source_id) != 0) continue;
        Row row;
        row.rowid = q.integer(0);
        try {
          row.claim = claim_from_row_json(q.text(2));
        } catch (const std::exception& e) {
          failed = true;
          failure = Error{ErrorCode::kDatabase,
                          "a stored claim of source " + source_id + " cannot be read: " + e.what(),
                          path_};
          break;
        }
        if (sources.count(source_id) == 0) {
          Source s;
          s.id = source_id;
          s.path = q.text(3);
          s.outlet = q.text(4);
          s.language = q.text(5);
          if (!q.is_null(6)) s.published = util::parse_iso(q.text(6));
          s.published_from = published_from_of(q.text(7));
          s.published_note = q.text(8);
          sources.emplace(source_id, std::move(s));
        }
        row.source = std::move(source_id);
        rows.push_back(std::move(row));
      }
      if (!failed && rc != SQLITE_DONE) {
        failed = true;
        failure = db_error("cannot query claims");
      }
      q.reset();
    }
  }
  Selection sel;
  if (!failed) {
    Statement q(db_,
                "SELECT target, reason, origin FROM suppressions WHERE source_id = ?1 "
                "ORDER BY rowid");
    if (!q.ok()) {
      failed = true;
      failure = db_error("cannot query suppressions");
    }
    for (auto it = sources.begin(); !failed && it != sources.end(); ++it) {
      q.bind(1, it->first);
      int rc = 0;
      while ((rc = q.step()) == SQLITE_ROW) {
        sel.suppressions.push_back(report::Suppression{q.text(0), q.text(1), q.text(2), it->first});
      }
      if (rc != SQLITE_DONE) {
        failed = true;
        failure = db_error("cannot query suppressions");
      }
      q.reset();
    }
  }
  sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  if (failed) return tl::unexpected(std::move(failure));
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.source != b.source ? a.source < b.source : a.rowid < b.rowid;
  });
  sel.claims.reserve(rows.size());
  for (auto& r : rows) sel.claims.push_back(std::move(r.claim));
  sel.sources.reserve(sources.size());
  for (auto& [id, s] : sources) sel.sources.push_back(std::move(s));
  return sel;
}

Result<std::size_t> Archive::count(const char* sql) const {
  Statement q(db_, sql);
  if (!q.ok() || q.step() != SQLITE_ROW) return tl::unexpected(db_error("cannot count rows"));
  return static_cast<std::size_t>(q.integer(0));
}

Result<std::size_t> Archive::count_sources() const { return count("SELECT count(*) FROM sources"); }

Result<std::size_t> Archive::count_claims() const { return count("SELECT count(*) FROM claims"); }

}  // namespace fc::archive
