// The archive index on a real PostgreSQL server (issue 21), through the real CLI: the same
// findings as SQLite on the seeds and on a generated archive; four concurrent writers on
// overlapping inputs store each source once while draft checks read whole sources only;
// a writer killed or cut off mid-transaction leaves nothing half-written; a refused
// connection is exit 2; the schema is versioned, migrated explicitly and checked.
//
// Needs FACTCHECK_TEST_PG, a connection string of a server where it may create databases
// (.ci/run starts one: scripts/pg-cluster.sh). Each test makes a database of its own.
// Without it this binary exits 77 and ctest reports the test skipped (tests_pg_main.cpp).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "support/cli.hpp"

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::TempDir;
using fc::test::write_file;

namespace {

std::string base_conninfo() {
  const char* v = std::getenv("FACTCHECK_TEST_PG");
  return v == nullptr ? std::string() : std::string(v);
}

/// `conninfo` (a URI) with its database replaced by `db`.
std::string with_dbname(const std::string& conninfo, const std::string& db) {
  return conninfo + (conninfo.find('?') == std::string::npos ? "?" : "&") + "dbname=" + db;
}

/// A database of its own for one test, dropped at the end.
class TestDb {
 public:
  TestDb() {
    static std::atomic<int> counter{0};
    name_ = "fc_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    pqxx::connection c(base_conninfo());
    pqxx::nontransaction tx(c);
    tx.exec("DROP DATABASE IF EXISTS " + name_);
    tx.exec("CREATE DATABASE " + name_ + " TEMPLATE template0 ENCODING 'UTF8'");
    uri_ = with_dbname(base_conninfo(), name_);
  }
  ~TestDb() {
    try {
      pqxx::connection c(base_conninfo());
      pqxx::nontransaction tx(c);
      tx.exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (...) {  // a test that failed already says why
    }
  }
  TestDb(const TestDb&) = delete;
  TestDb& operator=(const TestDb&) = delete;

  [[nodiscard]] const std::string& uri() const { return uri_; }

  long long scalar(const std::string& sql) const {
    pqxx::connection c(uri_);
    pqxx::nontransaction tx(c);
    return tx.exec1(sql)[0].as<long long>();
  }
  void exec(const std::string& sql) const {
    pqxx::connection c(uri_);
    pqxx::nontransaction tx(c);
    tx.exec(sql);
  }
  /// In one snapshot: sources whose stored claims are not as many as their row says.
  long long half_written() const {
    pqxx::connection c(uri_);
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(c);
    return tx
        .exec1(
            "SELECT count(*) FROM sources s WHERE s.claims <> "
            "(SELECT count(*) FROM claims c WHERE c.source_id = s.id)")[0]
        .as<long long>();
  }

 private:
  std::string name_;
  std::string uri_;
};

/// The draft of the SQLite archive test: 3000 where seed 000 says 2500.
void write_draft(const TempDir& tmp) {
  write_file(tmp.file("draft/draft.txt"),
             "بغداد – قالت مصادر إن لدى الولايات المتحدة حاليا 3000 جندي في العراق "
             "لمساعدة القوات المحلية.\n");
  write_file(tmp.file("draft/sources.yaml"),
             "sources:\n"
             "  - id: \"draft\"\n"
             "    file: draft.txt\n"
             "    outlet: Newsroom draft\n"
             "    language: ar\n"
             "    published: 2023-03-07\n");
}

/// The JSON report of `check --draft` against `db`.
std::string draft_report(const TempDir& tmp, const std::string& draft_dir, const std::string& db,
                         const std::string& name) {
  const std::string json = tmp.file(name + ".json");
  const auto r =
      run_cli({"check", draft_dir, "--draft", draft_dir + "/draft.txt", "--db", db, "--json", json,
               "--report", tmp.file(name + ".md"), "--fail-on", "never"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return read_file(json);
}

/// A generated archive of `articles` articles (bench/gen_archive.py) in `dir`.
void generate(const std::string& dir, int articles) {
  const std::string cmd = "cd " + fc::test::shell_quote(fc::test::source_dir()) +
                          " && python3 bench/gen_archive.py seeds " + fc::test::shell_quote(dir) +
                          " --articles " + std::to_string(articles) + " >/dev/null";
  REQUIRE(std::system(cmd.c_str()) == 0);
}

/// The entries of a generated manifest (each "  - id:" block), for subsets of it.
std::vector<std::string> manifest_entries(const std::string& manifest) {
  const std::string text = read_file(manifest);
  std::vector<std::string> out;
  std::size_t at = text.find("\n  - id:");
  while (at != std::string::npos) {
    const std::size_t next = text.find("\n  - id:", at + 1);
    out.push_back(text.substr(at + 1, next == std::string::npos ? std::string::npos : next - at));
    at = next;
  }
  return out;
}

}  // namespace

TEST_CASE("the seeds indexed in PostgreSQL give a draft the findings SQLite gives",
          "[postgres][archive][cli]") {
  TestDb pg;
  TempDir tmp;
  write_draft(tmp);
  const std::string lite = tmp.file("archive.sqlite");
  REQUIRE(run_cli({"index", "seeds", "--db", lite}).exit_code == 0);
  const auto first = run_cli({"index", "seeds", "--db", pg.uri()});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(first.err.find("0 unchanged") != std::string::npos);
  const auto again = run_cli({"index", "seeds", "--db", pg.uri()});
  CHECK(again.err.find("0 added, 0 replaced") != std::string::npos);
  CHECK(pg.scalar("SELECT count(*) FROM sources") == 5);
  CHECK(pg.half_written() == 0);

  const std::string from_lite = draft_report(tmp, tmp.file("draft"), lite, "lite");
  const std::string from_pg = draft_report(tmp, tmp.file("draft"), pg.uri(), "pg");
  const auto a = nlohmann::json::parse(from_lite);
  const auto b = nlohmann::json::parse(from_pg);
  REQUIRE_FALSE(a["findings"].empty());
  CHECK(a["findings"] == b["findings"]);
  CHECK(a["claims"] == b["claims"]);
  CHECK(a["sources"] == b["sources"]);
  CHECK(read_file(tmp.file("lite.md")) == read_file(tmp.file("pg.md")));
}

TEST_CASE("a generated archive gives each seed as a draft the same report from both backends",
          "[postgres][archive][cli]") {
  TestDb pg;
  TempDir tmp;
  generate(tmp.file("arch"), 240);
  const std::string lite = tmp.file("archive.sqlite");
  REQUIRE(run_cli({"index", tmp.file("arch"), "--db", lite}).exit_code == 0);
  REQUIRE(run_cli({"index", tmp.file("arch"), "--db", pg.uri(), "--jobs", "2"}).exit_code == 0);
  CHECK(pg.scalar("SELECT count(*) FROM sources") == 240);
  // Each seed with the date and language of its manifest entry, as a draft of its own.
  const auto entries = manifest_entries(fc::test::source_dir() + "/seeds/sources.yaml");
  REQUIRE(entries.size() >= 4);
  std::size_t with_findings = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string dir = tmp.file("d" + std::to_string(i));
    const std::string& e = entries[i];
    const auto field = [&](const std::string& name) {
      const std::size_t at = e.find(name + ": ");
      const std::size_t end = e.find('\n', at);
      return e.substr(at + name.size() + 2, end - at - name.size() - 2);
    };
    write_file(dir + "/draft.txt", read_file(fc::test::source_dir() + "/seeds/" + field("file")));
    write_file(dir + "/sources.yaml",
               "sources:\n  - id: \"draft\"\n    file: draft.txt\n"
               "    outlet: Newsroom draft\n    language: " +
                   field("language") + "\n    published: " + field("published") + "\n");
    const auto a = nlohmann::json::parse(draft_report(tmp, dir, lite, "lite"));
    const auto b = nlohmann::json::parse(draft_report(tmp, dir, pg.uri(), "pg"));
    INFO("seed entry " << i);
    CHECK(a["findings"] == b["findings"]);
    CHECK(a["claims"] == b["claims"]);
    CHECK(a["sources"] == b["sources"]);
    if (!a["findings"].empty()) ++with_findings;
  }
  CHECK(with_findings >= 2);
}

TEST_CASE("four concurrent index runs on overlapping inputs store every source once",
          "[postgres][archive][cli][concurrency]") {
  TestDb pg;
  TempDir tmp;
  const std::string arch = tmp.file("arch");
  generate(arch, 160);
  // Four manifests beside the articles, each leaving out another quarter: every source
  // is in three of them, in a different order in each.
  const auto entries = manifest_entries(arch + "/sources.yaml");
  REQUIRE(entries.size() == 160);
  for (int k = 0; k < 4; ++k) {
    std::string m = "sources:\n";
    for (std::size_t n = 0; n < entries.size(); ++n) {
      const std::size_t i = k % 2 == 0 ? n : entries.size() - 1 - n;
      if (static_cast<int>(i % 4) != k) m += entries[i];
    }
    write_file(arch + "/part" + std::to_string(k) + ".yaml", m);
  }
  write_draft(tmp);
  // One writer first, so that the draft checks below always find an index.
  REQUIRE(run_cli({"index", "seeds", "--db", pg.uri()}).exit_code == 0);

  std::vector<fc::test::CliResult> runs(4);
  std::vector<std::thread> writers;
  for (int k = 0; k < 4; ++k) {
    writers.emplace_back([&, k] {
      runs[static_cast<std::size_t>(k)] =
          run_cli({"index", "--sources", arch + "/part" + std::to_string(k) + ".yaml", "--db",
                   pg.uri(), "--quiet"});
    });
  }
  // Meanwhile: draft checks succeed, and no snapshot holds half a source.
  int reads = 0;
  long long half = 0;
  std::vector<int> check_codes;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (reads < 3 || (pg.scalar("SELECT count(*) FROM sources") < 165 &&
                       std::chrono::steady_clock::now() < deadline)) {
    half += pg.half_written();
    const auto r = run_cli({"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"),
                            "--db", pg.uri(), "--json", tmp.file("during.json"), "--report",
                            tmp.file("during.md"), "--fail-on", "never"});
    check_codes.push_back(r.exit_code);
    if (r.exit_code == 0) {
      // The seeds were indexed before the writers started: the draft's contradiction of
      // seed 000 is found in every snapshot, whatever is being written.
      const auto report = nlohmann::json::parse(read_file(tmp.file("during.json")));
      CHECK_FALSE(report["findings"].empty());
    }
    ++reads;
  }
  for (auto& w : writers) w.join();
  for (const auto& r : runs) {
    INFO(r.err);
    CHECK(r.exit_code == 0);
  }
  CHECK(half == 0);
  for (const int code : check_codes) CHECK(code == 0);
  CHECK(pg.scalar("SELECT count(*) FROM sources") == 165);
  CHECK(pg.scalar("SELECT count(DISTINCT id) FROM sources") == 165);
  CHECK(pg.half_written() == 0);
  // The same rows as one writer makes alone in SQLite.
  const std::string lite = tmp.file("archive.sqlite");
  REQUIRE(run_cli({"index", "seeds", arch, "--db", lite}).exit_code == 0);
  const auto lite_claims = run_cli({"index", "seeds", arch, "--db", lite});
  CHECK(lite_claims.err.find("0 added, 0 replaced") != std::string::npos);
  const auto again = run_cli({"index", "seeds", arch, "--db", pg.uri()});
  CHECK(again.err.find("0 added, 0 replaced, 165 unchanged") != std::string::npos);
  const auto lite_report =
      nlohmann::json::parse(draft_report(tmp, tmp.file("draft"), lite, "lite"))["findings"];
  const auto pg_report =
      nlohmann::json::parse(draft_report(tmp, tmp.file("draft"), pg.uri(), "pg"))["findings"];
  CHECK(lite_report == pg_report);
}

TEST_CASE("a PostgreSQL writer killed mid-transaction leaves whole sources only",
          "[postgres][archive][cli]") {
  TestDb pg;
  TempDir tmp;
  generate(tmp.file("arch"), 20);
  ::setenv("FACTCHECK_TEST_KILL_IN_STORE", "5", 1);
  const auto killed = run_cli({"index", tmp.file("arch"), "--db", pg.uri()});
  ::unsetenv("FACTCHECK_TEST_KILL_IN_STORE");
  CHECK(killed.exit_code != 0);
  // The server rolls back the open transaction when its client goes.
  for (int i = 0; i < 50 && pg.scalar("SELECT count(*) FROM pg_stat_activity WHERE "
                                      "application_name = 'factcheck'") > 0;
       ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  CHECK(pg.scalar("SELECT count(*) FROM sources") == 5);
  CHECK(pg.half_written() == 0);
  const auto rerun = run_cli({"index", tmp.file("arch"), "--db", pg.uri()});
  CHECK(rerun.exit_code == 0);
  CHECK(rerun.err.find("15 added, 0 replaced, 5 unchanged") != std::string::npos);
  CHECK(pg.half_written() == 0);
}

TEST_CASE("a writer whose connection drops mid-transaction fails with exit 2",
          "[postgres][archive][cli]") {
  TestDb pg;
  TempDir tmp;
  generate(tmp.file("arch"), 12);
  ::setenv("FACTCHECK_TEST_STALL_IN_STORE", "3", 1);
  fc::test::CliResult run;
  std::thread writer([&] { run = run_cli({"index", tmp.file("arch"), "--db", pg.uri()}); });
  // Wait for the writer to stall inside its 4th transaction (idle in it for a second, which
  // no other moment of a run is), then cut it off.
  long long cut = 0;
  for (int i = 0; i < 200 && cut == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    cut = pg.scalar(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
        "application_name = 'factcheck' AND state = 'idle in transaction' "
        "AND now() - state_change > interval '1 second'");
  }
  writer.join();
  ::unsetenv("FACTCHECK_TEST_STALL_IN_STORE");
  CHECK(cut == 1);
  INFO(run.err);
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("lost the connection") != std::string::npos);
  CHECK(run.err.find("indexed") == std::string::npos);  // no summary of a success
  CHECK(pg.scalar("SELECT count(*) FROM sources") == 3);
  CHECK(pg.half_written() == 0);
}

TEST_CASE("a refused connection is a clear error with exit 2 and no report",
          "[postgres][archive][cli]") {
  TempDir tmp;
  write_draft(tmp);
  // A socket folder where no server listens, and a password that must not be printed.
  const std::string db = "postgresql://someone:s3cret@/archive?host=" + tmp.file("nowhere");
  const auto index = run_cli({"index", "seeds", "--db", db});
  CHECK(index.exit_code == 2);
  CHECK(index.err.find("cannot connect to the archive database") != std::string::npos);
  CHECK(index.err.find("s3cret") == std::string::npos);
  CHECK(index.err.find("someone:***@") != std::string::npos);
  const auto check = run_cli({"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"),
                              "--db", db, "--json", tmp.file("r.json")});
  CHECK(check.exit_code == 2);
  CHECK(check.err.find("cannot connect") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(tmp.file("r.json")));
}

TEST_CASE("a PostgreSQL index of another version is refused until migrated",
          "[postgres][archive][cli]") {
  TestDb pg;
  TempDir tmp;
  write_draft(tmp);
  // Reading an empty database is not an index; checking it is an error, not a pass.
  const auto empty = run_cli(
      {"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"), "--db", pg.uri()});
  CHECK(empty.exit_code == 2);
  CHECK(empty.err.find("not an archive index") != std::string::npos);
  REQUIRE(run_cli({"index", "seeds", "--db", pg.uri()}).exit_code == 0);
  pg.exec("UPDATE factcheck_schema SET version = 1");
  const auto check = run_cli(
      {"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"), "--db", pg.uri()});
  CHECK(check.exit_code == 2);
  CHECK(check.err.find("version 1") != std::string::npos);
  CHECK(check.err.find("--migrate") != std::string::npos);
  CHECK(run_cli({"index", "seeds", "--db", pg.uri()}).exit_code == 2);
  const auto migrate = run_cli({"index", "--migrate", "--db", pg.uri()});
  INFO(migrate.err);
  CHECK(migrate.exit_code == 0);
  CHECK(pg.scalar("SELECT version FROM factcheck_schema") == 2);
  const auto reindex = run_cli({"index", "seeds", "--db", pg.uri()});
  CHECK(reindex.err.find("5 added") != std::string::npos);
  pg.exec("UPDATE factcheck_schema SET version = 3");
  const auto newer = run_cli({"index", "--migrate", "--db", pg.uri()});
  CHECK(newer.exit_code == 2);
  CHECK(newer.err.find("newer factcheck") != std::string::npos);
}

TEST_CASE("a PostgreSQL index with a planted trigger or a changed table is refused",
          "[postgres][archive][cli]") {
  TestDb pg;
  REQUIRE(run_cli({"index", "seeds", "--db", pg.uri()}).exit_code == 0);
  pg.exec(
      "CREATE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql AS "
      "$$ BEGIN DELETE FROM claims; RETURN NEW; END $$;"
      "CREATE TRIGGER wipe AFTER INSERT ON sources FOR EACH ROW EXECUTE FUNCTION wipe()");
  const long long claims = pg.scalar("SELECT count(*) FROM claims");
  TempDir tmp;
  write_file(tmp.file("a/one.txt"), "Officials said 4,200 people attended on Monday.\n");
  const auto planted = run_cli({"index", tmp.file("a"), "--db", pg.uri()});
  CHECK(planted.exit_code == 2);
  CHECK(planted.err.find("trigger") != std::string::npos);
  CHECK(pg.scalar("SELECT count(*) FROM claims") == claims);
  pg.exec("DROP TRIGGER wipe ON sources; ALTER TABLE claims DROP COLUMN hedge");
  const auto altered = run_cli({"index", tmp.file("a"), "--db", pg.uri()});
  CHECK(altered.exit_code == 2);
  CHECK(altered.err.find("table claims") != std::string::npos);
  pg.exec("ALTER TABLE claims ADD COLUMN hedge INTEGER; DROP TABLE suppressions");
  const auto missing = run_cli({"index", tmp.file("a"), "--db", pg.uri()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("suppressions is missing") != std::string::npos);
}
