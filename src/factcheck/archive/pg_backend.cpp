// The PostgreSQL backend of the archive index (issue 21), through libpqxx: one database
// shared by many `index` processes and draft checks. Each source is stored in one
// transaction that first takes its `sources` row (INSERT ... ON CONFLICT DO UPDATE ...
// WHERE the hash differs): a second writer of the same source waits on that row, then
// finds the first one's hash and stores nothing; a changed source's rows are replaced
// under the row lock; a reader, in a REPEATABLE READ snapshot, sees a source's old rows
// or its new ones. The schema's version is a row of factcheck_schema; creating and
// migrating it take an advisory lock, so that concurrent first runs create it once.
#include <pqxx/pqxx>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "factcheck/archive/backend.hpp"
#include "factcheck/archive/rows.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::archive {

namespace {

// The SQLite schema's tables and columns (rows.hpp), plus a row id per claim and
// suppression (SQLite's rowid: storing order). Ids and keys compare bytewise (COLLATE
// "C"), as SQLite and std::string do: the draft check looks claims up by id in the
// order the index returns them.
constexpr const char* kSchemaSql = R"sql(
CREATE TABLE factcheck_schema(version INTEGER NOT NULL);
CREATE TABLE sources(
  id TEXT COLLATE "C" PRIMARY KEY,
  path TEXT NOT NULL,
  outlet TEXT NOT NULL,
  language TEXT NOT NULL,
  published TEXT,
  published_from TEXT NOT NULL,
  published_note TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  claims BIGINT NOT NULL
);
CREATE TABLE claims(
  row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_id TEXT COLLATE "C" NOT NULL,
  claim_id TEXT COLLATE "C" NOT NULL,
  key TEXT COLLATE "C" NOT NULL,
  published TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  value DOUBLE PRECISION,
  low DOUBLE PRECISION,
  high DOUBLE PRECISION,
  to_value DOUBLE PRECISION,
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
CREATE INDEX claims_by_key ON claims(key, claim_id) INCLUDE (row_id, source_id, published,
  kind, text, value, low, high, to_value, approximate, hedge, digits, earliest, latest,
  date_value, as_of_earliest, as_of_latest, key_certain, where_implied) WHERE key <> '';
CREATE INDEX claims_by_source ON claims(source_id);
CREATE TABLE suppressions(
  row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_id TEXT COLLATE "C" NOT NULL,
  target TEXT NOT NULL,
  reason TEXT NOT NULL,
  origin TEXT NOT NULL
);
CREATE INDEX suppressions_by_source ON suppressions(source_id);
CREATE INDEX suppressions_by_target ON suppressions(target);
)sql";

/// Any number, the advisory lock of schema changes.
constexpr long long kSchemaLock = 0x66636b61726368LL;

/// Any number, the first half of a source's advisory lock (the second half hashes its id):
/// the two-key locks are a space apart from kSchemaLock's.
constexpr int kSourceLockClass = 0x6663;

/// Rows of claims sent in one INSERT statement.
constexpr std::size_t kInsertBatch = 500;

std::string sql_real(const std::optional<double>& v) {
  if (!v) return "NULL";
  if (std::isnan(*v)) return "'NaN'::float8";
  if (std::isinf(*v)) return *v > 0 ? "'Infinity'::float8" : "'-Infinity'::float8";
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, *v);  // shortest exact form
  return std::string(buf, res.ptr);
}

/// A PostgreSQL array literal of `items` (each quoted, backslash and quote escaped).
std::string text_array(const std::vector<std::string>& items) {
  std::string out = "{";
  for (const auto& s : items) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (const char ch : s) {
      if (ch == '"' || ch == '\\') out += '\\';
      out += ch;
    }
    out += '"';
  }
  out += '}';
  return out;
}

std::string_view view_of(const pqxx::field& f) { return {f.c_str(), f.size()}; }

std::optional<double> real_of(const pqxx::field& f) {
  if (f.is_null()) return std::nullopt;
  return f.as<double>();
}

class PgBackend final : public Backend {
 public:
  PgBackend(std::unique_ptr<pqxx::connection> conn, std::string shown)
      : conn_(std::move(conn)), shown_(std::move(shown)) {}

  Result<StoreOutcome> store(const ProcessedSource& processed,
                             const std::vector<report::Suppression>& suppressions,
                             const std::string& hash) override;
  Result<void> begin_read() override;
  void end_read() override { read_.reset(); }
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

  /// Checks the stored schema (creating or migrating it as `mode` allows).
  Result<void> prepare_schema(OpenMode mode);

 private:
  /// `body(tx)` in the open read snapshot, or else in a read transaction of its own;
  /// a database error or a lost connection is an Error saying `what`.
  template <typename T, typename Body>
  Result<T> read(const char* what, Body&& body);
  [[nodiscard]] Error error(const std::string& what, const std::exception& e) const;
  Result<std::size_t> count(const char* sql);

  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::transaction_base> read_;
  std::string shown_;
};

Error PgBackend::error(const std::string& what, const std::exception& e) const {
  std::string why = e.what();
  while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
  if (dynamic_cast<const pqxx::broken_connection*>(&e) != nullptr ||
      dynamic_cast<const pqxx::in_doubt_error*>(&e) != nullptr || !conn_->is_open()) {
    return Error{ErrorCode::kDatabase, what + ": lost the connection to the database: " + why,
                 shown_};
  }
  return Error{ErrorCode::kDatabase, what + ": " + why, shown_};
}

template <typename T, typename Body>
Result<T> PgBackend::read(const char* what, Body&& body) {
  try {
    if (read_) return body(*read_);
    pqxx::read_transaction tx(*conn_);
    Result<T> out = body(tx);
    tx.commit();
    return out;
  } catch (const std::exception& e) {
    return tl::unexpected(error(what, e));
  }
}

Result<std::size_t> PgBackend::count(const char* sql) {
  return read<std::size_t>("cannot count rows", [&](pqxx::transaction_base& tx) {
    return Result<std::size_t>(tx.exec1(sql)[0].as<std::size_t>());
  });
}

Result<void> PgBackend::prepare_schema(OpenMode mode) {
  const char* const kTablesSql =
      "SELECT c.relname, a.attname FROM pg_class c LEFT JOIN pg_attribute a "
      "ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
      "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') "
      "AND c.relname IN ('factcheck_schema', 'sources', 'claims', 'suppressions')";
  try {
    for (int attempt = 0; attempt < 2; ++attempt) {
      pqxx::work tx(*conn_);
      if (attempt == 1) tx.exec_params("SELECT pg_advisory_xact_lock($1)", kSchemaLock);
      std::map<std::string, std::vector<std::string>> found;
      for (const auto& row : tx.exec(kTablesSql)) {
        auto& cols = found[row[0].c_str()];
        if (!row[1].is_null()) cols.emplace_back(row[1].c_str());
      }
      int version = 0;
      if (found.count("factcheck_schema") != 0) {
        const auto v = tx.exec("SELECT max(version) FROM factcheck_schema");
        version = v.empty() || v[0][0].is_null() ? -1 : v[0][0].as<int>();
      }
      const bool empty = found.empty();
      const bool migrate = mode == OpenMode::kMigrate && version >= 1 && version < kSchemaVersion;
      if (empty && mode == OpenMode::kRead) {
        return make_error(ErrorCode::kDatabase,
                          "not an archive index (no factcheck tables in the database); make one "
                          "with factcheck index",
                          shown_);
      }
      if ((empty || migrate) && attempt == 0) continue;  // again, under the lock
      if (empty || migrate) {
        if (migrate) {
          tx.exec("DROP TABLE IF EXISTS claims, suppressions, sources, factcheck_schema");
        }
        tx.exec(kSchemaSql);
        tx.exec_params("INSERT INTO factcheck_schema(version) VALUES($1)", kSchemaVersion);
        tx.commit();
        return {};
      }
      if (version <= 0) {
        return make_error(ErrorCode::kDatabase,
                          "not an archive index (tables named as factcheck's without its schema "
                          "version)",
                          shown_);
      }
      if (version != kSchemaVersion) {
        return make_error(
            ErrorCode::kDatabase,
            "archive index schema version " + std::to_string(version) +
                ", this factcheck reads version " + std::to_string(kSchemaVersion) +
                (version < kSchemaVersion ? "; migrate it with factcheck index --migrate (the "
                                            "next index re-reads every source)"
                                          : "; it was made by a newer factcheck"),
            shown_);
      }
      std::vector<std::pair<std::string, std::vector<std::string>>> tables(found.begin(),
                                                                           found.end());
      std::string problem = schema_mismatch(tables, "row_id");
      if (problem.empty()) {
        // A trigger or a rule would run its own SQL inside our writes.
        const auto t = tx.exec(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal "
            "AND c.relname IN ('factcheck_schema', 'sources', 'claims', 'suppressions') "
            "UNION ALL SELECT rulename FROM pg_rules WHERE schemaname = current_schema() "
            "AND tablename IN ('factcheck_schema', 'sources', 'claims', 'suppressions') "
            "ORDER BY 1 LIMIT 1");
        if (!t.empty()) {
          problem = std::string("the archive index holds a trigger or rule (") + t[0][0].c_str() +
                    "), which would run inside factcheck's writes; it is not one factcheck made";
        }
      }
      if (!problem.empty()) {
        return make_error(ErrorCode::kDatabase, "refusing the archive index: " + problem, shown_);
      }
      tx.commit();
      return {};
    }
  } catch (const std::exception& e) {
    return tl::unexpected(error("cannot read the archive index's schema", e));
  }
  return {};
}

Result<StoreOutcome> PgBackend::store(const ProcessedSource& processed,
                                      const std::vector<report::Suppression>& suppressions,
                                      const std::string& hash) {
  const Source& src = processed.source;
  try {
    pqxx::work tx(*conn_);
    const std::string published = src.published ? tx.quote(util::to_iso(*src.published)) : "NULL";
    // Writers of one source take turns from here to their commit. Without the lock two
    // inserts of a new source race: ON CONFLICT (id) settles only the id, and the second
    // insert can reach the unique content_hash index first and fail there.
    tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kSourceLockClass) + ", hashtext(" +
            tx.quote(src.id) + "))");
    // Takes the source's row: inserted, or updated when its hash differs.
    const auto taken = tx.exec(
        "INSERT INTO sources(id, path, outlet, language, published, published_from, "
        "published_note, content_hash, claims) VALUES(" +
        tx.quote(src.id) + "," + tx.quote(src.path) + "," + tx.quote(src.outlet) + "," +
        tx.quote(src.language) + "," + published + "," +
        tx.quote(std::string(to_string(src.published_from))) + "," + tx.quote(src.published_note) +
        "," + tx.quote(hash) + "," + std::to_string(processed.claims.size()) +
        ") ON CONFLICT (id) DO UPDATE SET path = EXCLUDED.path, outlet = EXCLUDED.outlet, "
        "language = EXCLUDED.language, published = EXCLUDED.published, "
        "published_from = EXCLUDED.published_from, published_note = EXCLUDED.published_note, "
        "content_hash = EXCLUDED.content_hash, claims = EXCLUDED.claims "
        "WHERE sources.content_hash <> EXCLUDED.content_hash RETURNING (xmax = 0)");
    if (taken.empty()) {
      tx.abort();
      return StoreOutcome::kUnchanged;  // stored as it is, maybe by another writer just now
    }
    const bool added = taken[0][0].as<bool>();
    if (!added) {
      const std::string id = tx.quote(src.id);
      tx.exec("DELETE FROM claims WHERE source_id = " + id);
      tx.exec("DELETE FROM suppressions WHERE source_id = " + id);
    }
    const std::string head =
        "INSERT INTO claims(source_id, claim_id, key, published, kind, text, value, low, high, "
        "to_value, approximate, hedge, digits, earliest, latest, date_value, as_of_earliest, "
        "as_of_latest, key_certain, where_implied, json) VALUES";
    const std::string source_id = tx.quote(src.id);
    std::string sql;
    std::size_t in_batch = 0;
    for (const Claim& c : processed.claims) {
      const Mention& m = c.mention;
      sql += in_batch == 0 ? head : ",";
      sql += "(" + source_id + "," + tx.quote(c.id) + "," + tx.quote(c.key) + "," + published +
             "," + tx.quote(std::string(to_string(m.kind))) + "," + tx.quote(m.text) + "," +
             sql_real(m.value) + "," + sql_real(m.low) + "," + sql_real(m.high) + "," +
             sql_real(m.to) + "," + (m.approximate ? "1" : "0") + "," +
             std::to_string(static_cast<int>(m.hedge)) + "," +
             std::to_string(m.significant_digits) + "," + tx.quote(m.earliest) + "," +
             tx.quote(m.latest) + "," + tx.quote(m.date_value) + "," + tx.quote(c.as_of_earliest) +
             "," + tx.quote(c.as_of_latest) + "," + (c.key_certain ? "1" : "0") + "," +
             (c.where_implied ? "1" : "0") + "," + tx.quote(claim_row_json(c)) + ")";
      if (++in_batch == kInsertBatch) {
        tx.exec(sql);
        sql.clear();
        in_batch = 0;
      }
    }
    if (in_batch > 0) tx.exec(sql);
    for (const auto& s : suppressions) {
      tx.exec("INSERT INTO suppressions(source_id, target, reason, origin) VALUES(" + source_id +
              "," + tx.quote(s.target) + "," + tx.quote(s.reason) + "," + tx.quote(s.origin) + ")");
    }
    before_commit();
    tx.commit();
    ++stores;
    return added ? StoreOutcome::kAdded : StoreOutcome::kReplaced;
  } catch (const std::exception& e) {
    return tl::unexpected(error("cannot store source " + src.id, e));
  }
}

Result<void> PgBackend::begin_read() {
  try {
    read_.reset();
    // One snapshot for every read until end_read(), taken at its first statement.
    auto tx = std::make_unique<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>>(*conn_);
    tx->exec("SELECT 1");
    read_ = std::move(tx);
    return {};
  } catch (const std::exception& e) {
    return tl::unexpected(error("cannot start a read", e));
  }
}

Result<std::size_t> PgBackend::count_key_claims(const std::string& key) {
  return read<std::size_t>("cannot count claims", [&](pqxx::transaction_base& tx) {
    return Result<std::size_t>(
        tx.exec_params1("SELECT count(*) FROM claims WHERE key = $1 AND key <> ''", key)[0]
            .as<std::size_t>());
  });
}

Result<void> PgBackend::add_key_claims(const std::string& key, const std::set<std::string>& exclude,
                                       KeyClaims& out) {
  if (key.empty()) return {};
  const std::size_t first = out.claims.size();
  auto got = read<void>("cannot query claims", [&](pqxx::transaction_base& tx) -> Result<void> {
    // `key <> ''` matches the partial covering index (an index-only scan).
    const auto rows = tx.exec_params(
        "SELECT row_id, claim_id, source_id, published, kind, text, value, low, high, "
        "to_value, approximate, hedge, digits, earliest, latest, date_value, "
        "as_of_earliest, as_of_latest, key_certain, where_implied FROM claims "
        "WHERE key = $1 AND key <> '' ORDER BY claim_id",
        key);
    std::string last_listed;
    for (const auto& row : rows) {
      const std::string_view source_id = view_of(row[2]);
      if (exclude.count(std::string(source_id)) != 0) continue;
      const auto kind = mention_kind_from_string(view_of(row[4]));
      if (!kind) {
        return make_error(ErrorCode::kDatabase,
                          "a stored claim of source " + std::string(source_id) +
                              " has an unknown kind '" + row[4].c_str() + "'",
                          shown_);
      }
      Claim& c = out.claims.emplace_back();
      c.id = view_of(row[1]);
      c.source = source_id;
      c.key = key;
      Mention& m = c.mention;
      m.kind = *kind;
      m.text = view_of(row[5]);
      m.value = real_of(row[6]);
      m.low = real_of(row[7]);
      m.high = real_of(row[8]);
      m.to = real_of(row[9]);
      m.approximate = row[10].as<int>() != 0;
      m.hedge = hedge_of(row[11].as<std::int64_t>());
      m.significant_digits = row[12].as<int>();
      m.earliest = view_of(row[13]);
      m.latest = view_of(row[14]);
      m.date_value = view_of(row[15]);
      c.as_of_earliest = view_of(row[16]);
      c.as_of_latest = view_of(row[17]);
      c.key_certain = row[18].as<int>() != 0;
      c.where_implied = row[19].as<int>() != 0;
      out.rows.push_back(row[0].as<std::int64_t>());
      // As the SQLite backend: a numeric claim's source, once per run of its claims.
      if (m.kind != MentionKind::kDate && c.source != last_listed) {
        last_listed = c.source;
        Source& s = out.sources.emplace_back();
        s.id = c.source;
        if (!row[3].is_null()) s.published = util::parse_iso(view_of(row[3]));
      }
    }
    return {};
  });
  if (!got) return got;
  if (out.claims.size() == first) return {};
  // What makes the key is the same for all its claims: read once, from the first's JSON.
  auto head = full_claims({out.rows[first]});
  if (!head) return tl::unexpected(head.error());
  if (head->size() != 1) return make_error(ErrorCode::kDatabase, "a claim row vanished", shown_);
  share_key_fields(head->front(), std::span<Claim>(out.claims).subspan(first));
  return {};
}

Result<std::vector<Claim>> PgBackend::full_claims(std::vector<std::int64_t> rows) {
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  if (rows.empty()) return std::vector<Claim>{};
  std::string ids = "{";
  for (const auto r : rows) {
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(r);
  }
  ids += '}';
  using Found = std::vector<Claim>;
  return read<Found>("cannot query claims", [&](pqxx::transaction_base& tx) -> Result<Found> {
    // Sorted by source, then in storing order, as the SQLite backend gives them.
    const auto res = tx.exec_params(
        "SELECT source_id, json FROM claims WHERE row_id = ANY($1::bigint[]) "
        "ORDER BY source_id, row_id",
        ids);
    Found out;
    out.reserve(res.size());
    for (const auto& row : res) {
      try {
        out.push_back(claim_from_row_json(view_of(row[1])));
      } catch (const std::exception& e) {
        return make_error(ErrorCode::kDatabase,
                          std::string("a stored claim of source ") + row[0].c_str() +
                              " cannot be read: " + e.what(),
                          shown_);
      }
    }
    return out;
  });
}

Result<std::vector<Source>> PgBackend::sources(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  using Found = std::vector<Source>;
  return read<Found>("cannot query sources", [&](pqxx::transaction_base& tx) -> Result<Found> {
    const auto res = tx.exec_params(
        "SELECT id, path, outlet, language, published, published_from, published_note "
        "FROM sources WHERE id = ANY($1::text[]) ORDER BY id",
        text_array(ids));
    Found out;
    for (const auto& row : res) {
      Source& s = out.emplace_back();
      s.id = row[0].c_str();
      s.path = row[1].c_str();
      s.outlet = row[2].c_str();
      s.language = row[3].c_str();
      if (!row[4].is_null()) s.published = util::parse_iso(view_of(row[4]));
      s.published_from = published_from_of(view_of(row[5]));
      s.published_note = row[6].c_str();
    }
    return out;
  });
}

Result<std::vector<report::Suppression>> PgBackend::suppressions_of(
    const std::vector<std::string>& targets) {
  std::set<std::string> wanted(targets.begin(), targets.end());
  using Found = std::vector<report::Suppression>;
  return read<Found>("cannot query suppressions", [&](pqxx::transaction_base& tx) {
    // By target in byte order, then source and storing order, as the SQLite backend.
    const auto res = tx.exec_params(
        "SELECT target, reason, origin, source_id FROM suppressions "
        "WHERE target = ANY($1::text[]) ORDER BY target COLLATE \"C\", source_id, row_id",
        text_array({wanted.begin(), wanted.end()}));
    Found out;
    for (const auto& row : res) {
      out.push_back(
          report::Suppression{row[0].c_str(), row[1].c_str(), row[2].c_str(), row[3].c_str()});
    }
    return Result<Found>(std::move(out));
  });
}

Result<std::size_t> PgBackend::sources_with_claims(const std::set<std::string>& exclude) {
  return read<std::size_t>("cannot query sources", [&](pqxx::transaction_base& tx) {
    // At most |exclude| + 2 rows are read, whatever the size of the index.
    const auto res = tx.exec_params("SELECT id FROM sources WHERE claims > 0 LIMIT $1",
                                    static_cast<long long>(exclude.size() + 2));
    std::size_t n = 0;
    for (const auto& row : res) {
      if (n < 2 && exclude.count(row[0].c_str()) == 0) ++n;
    }
    return Result<std::size_t>(n);
  });
}

Result<std::unordered_map<std::string, std::string>> PgBackend::content_hashes() {
  using Found = std::unordered_map<std::string, std::string>;
  return read<Found>("cannot read the sources", [&](pqxx::transaction_base& tx) {
    Found out;
    for (const auto& row : tx.exec("SELECT id, content_hash FROM sources")) {
      out.emplace(row[0].c_str(), row[1].c_str());
    }
    return Result<Found>(std::move(out));
  });
}

}  // namespace

Result<std::unique_ptr<Backend>> open_postgres(const std::string& conninfo,
                                               const std::string& shown, OpenMode mode) {
  std::unique_ptr<pqxx::connection> conn;
  try {
    conn = std::make_unique<pqxx::connection>(conninfo);
    pqxx::nontransaction setup(*conn);
    setup.exec("SET application_name = 'factcheck'");
    // A writer's commits do not wait for the WAL flush (as SQLite's synchronous=NORMAL):
    // a server crash may lose the last moments' sources, whole (atomicity holds; the next
    // `index` finds them missing and stores them), and one writer is not held to one
    // source per disk flush. A killed writer loses nothing it committed.
    if (mode != OpenMode::kRead) setup.exec("SET synchronous_commit = off");
  } catch (const std::exception& e) {
    std::string why = e.what();
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return make_error(ErrorCode::kDatabase, "cannot connect to the archive database: " + why,
                      shown);
  }
  auto db = std::make_unique<PgBackend>(std::move(conn), shown);
  if (auto r = db->prepare_schema(mode); !r) return tl::unexpected(r.error());
  return std::unique_ptr<Backend>(std::move(db));
}

}  // namespace fc::archive
