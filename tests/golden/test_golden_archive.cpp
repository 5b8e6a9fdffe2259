// The archive index through the real CLI: index the seeds, re-index without duplicates,
// replace a changed source, check a draft against the index with the same findings as
// re-reading the archive (also on a key of hundreds of claims), survive a run killed in
// the middle of a source, and refuse an index of another schema version.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "factcheck/archive/archive.hpp"
#include "support/cli.hpp"

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::TempDir;
using fc::test::write_file;

namespace {

long long scalar(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
  const long long v = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return v;
}

/// Every row of a one-column query, as text.
std::vector<std::string> column(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
  std::vector<std::string> out;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const auto* p = sqlite3_column_text(stmt, 0);
    out.emplace_back(p == nullptr ? "" : reinterpret_cast<const char*>(p));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

/// The findings of a JSON report (all their fields), in report order.
nlohmann::json findings_of(const std::string& json_text) {
  const auto report = nlohmann::json::parse(json_text);
  return report["findings"];
}

std::set<std::string> finding_ids(const std::string& json_text) {
  std::set<std::string> ids;
  // Keep the parsed report alive: a range-for over a temporary's member dangles.
  const auto report = nlohmann::json::parse(json_text);
  for (const auto& f : report["findings"]) ids.insert(f["id"]);
  return ids;
}

/// A draft that says 3000 where seed 000 says 2500, with its own manifest. Published the
/// same day as 000: "حاليا" holds as of the publication day, and the comparison does not
/// compare counts of different days.
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

}  // namespace

TEST_CASE("indexing the seeds twice stores each source and claim once", "[golden][archive][cli]") {
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  const auto first = run_cli({"index", "seeds", "--db", db});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(first.err.find("5 added") != std::string::npos);
  const long long sources = scalar(db, "SELECT count(*) FROM sources");
  const long long claims = scalar(db, "SELECT count(*) FROM claims");
  CHECK(sources == 5);
  CHECK(claims > 0);

  const auto again = run_cli({"index", "seeds", "--db", db});
  REQUIRE(again.exit_code == 0);
  CHECK(again.err.find("5 unchanged") != std::string::npos);
  CHECK(scalar(db, "SELECT count(*) FROM sources") == sources);
  CHECK(scalar(db, "SELECT count(*) FROM claims") == claims);
  CHECK(scalar(db,
               "SELECT count(*) FROM (SELECT claim_id FROM claims GROUP BY claim_id "
               "HAVING count(*) > 1)") == 0);
  CHECK(scalar(db, "PRAGMA user_version") == 2);
  CHECK(read_file(db).substr(0, 15) == "SQLite format 3");
}

TEST_CASE("re-indexing a changed source replaces its rows", "[golden][archive][cli]") {
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  write_file(tmp.file("arch/a.txt"), "لدى الولايات المتحدة حاليا 2500 جندي في العراق.\n");
  write_file(tmp.file("arch/b.txt"), "قتل 12 شخصا في بغداد يوم 5 مارس 2023.\n");
  REQUIRE(run_cli({"index", tmp.file("arch"), "--published", "2023-03-07", "--db", db}).exit_code ==
          0);
  const long long before = scalar(db, "SELECT count(*) FROM claims WHERE source_id = 'a'");
  CHECK(before >= 1);
  CHECK(scalar(db, "SELECT count(*) FROM claims WHERE source_id = 'a' AND json LIKE '%2500%'") >=
        1);

  write_file(tmp.file("arch/a.txt"),
             "لدى الولايات المتحدة حاليا 2600 جندي في العراق.\nوأرسلت 400 جندي إلى سوريا.\n");
  const auto r = run_cli({"index", tmp.file("arch"), "--published", "2023-03-07", "--db", db});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("1 replaced") != std::string::npos);
  CHECK(r.err.find("1 unchanged") != std::string::npos);
  CHECK(scalar(db, "SELECT count(*) FROM claims WHERE source_id = 'a' AND json LIKE '%2500%'") ==
        0);
  CHECK(scalar(db, "SELECT count(*) FROM claims WHERE source_id = 'a' AND json LIKE '%2600%'") >=
        1);
  CHECK(scalar(db, "SELECT count(*) FROM sources") == 2);
}

TEST_CASE("re-indexing with other checks or another publication date re-reads the sources",
          "[golden][archive][cli]") {
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  // a.txt has no date of its own: --published dates it. b.txt is dated by the manifest.
  write_file(tmp.file("arch/a.txt"), "قال مسؤول إن 40 طائرة مسيرة أطلقت أمس.\n");
  write_file(tmp.file("arch/b.txt"), "أطلقت 35 طائرة مسيرة.\n");
  write_file(
      tmp.file("arch/sources.yaml"),
      "sources:\n  - {id: a, file: a.txt}\n  - {id: b, file: b.txt, published: 2023-03-07}\n");
  auto index = [&](std::vector<std::string> extra) {
    std::vector<std::string> args{"index", tmp.file("arch"), "--db", db};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run_cli(args);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    return r.err;
  };
  CHECK(index({"--published", "2023-03-07"}).find("2 added") != std::string::npos);
  CHECK(index({"--published", "2023-03-07"}).find("2 unchanged") != std::string::npos);
  // Another --published changes what a.txt's "أمس" means, not b.txt's manifest date.
  auto err = index({"--published", "2023-04-01"});
  CHECK(err.find("1 replaced") != std::string::npos);
  CHECK(err.find("1 unchanged") != std::string::npos);
  CHECK(scalar(db,
               "SELECT count(*) FROM claims WHERE source_id = 'a' AND "
               "earliest = '2023-03-31'") == 1);
  // A check file makes drones a subject: every source is read again (keys change).
  write_file(tmp.file("checks/drones.yaml"),
             "subjects:\n  - name: drones\n    role: entity\n    ar: [طائرة مسيرة]\n");
  err = index({"--published", "2023-04-01", "--checks", tmp.file("checks")});
  CHECK(err.find("2 replaced") != std::string::npos);
  CHECK(scalar(db, "SELECT count(*) FROM claims WHERE key LIKE 'drones%'") == 2);
  CHECK(index({"--published", "2023-04-01", "--checks", tmp.file("checks")}).find("2 unchanged") !=
        std::string::npos);
}

TEST_CASE("a draft checked against the index gets the findings of re-reading the archive",
          "[golden][archive][cli][draft]") {
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  write_draft(tmp);
  REQUIRE(run_cli({"index", "seeds", "--db", db}).exit_code == 0);

  const auto indexed = run_cli({"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"),
                                "--db", db, "--json", tmp.file("indexed.json")});
  INFO(indexed.err);
  CHECK(indexed.exit_code == 1);
  const auto reread = run_cli({"check", "seeds", tmp.file("draft"), "--draft",
                               tmp.file("draft/draft.txt"), "--json", tmp.file("reread.json")});
  INFO(reread.err);
  CHECK(reread.exit_code == 1);

  const auto report = nlohmann::json::parse(read_file(tmp.file("indexed.json")));
  bool contradiction = false;
  for (const auto& f : report["findings"]) {
    const auto& sources = f["sources"];
    if (f["kind"] == "contradiction" &&
        std::find(sources.begin(), sources.end(), "000") != sources.end() &&
        std::find(sources.begin(), sources.end(), "draft") != sources.end()) {
      const auto& values = f["values"];
      contradiction = std::find(values.begin(), values.end(), "3000") != values.end() &&
                      std::find(values.begin(), values.end(), "2500") != values.end();
    }
    if (contradiction) break;
  }
  CHECK(contradiction);
  CHECK(report["draft"] == "draft");
  CHECK(finding_ids(read_file(tmp.file("indexed.json"))) ==
        finding_ids(read_file(tmp.file("reread.json"))));
}

TEST_CASE("check with --db needs a draft and an index that exists", "[golden][archive][cli]") {
  TempDir tmp;
  write_draft(tmp);
  const auto no_draft = run_cli({"check", "--db", tmp.file("archive.sqlite")});
  CHECK(no_draft.exit_code == 2);
  CHECK(no_draft.err.find("--draft") != std::string::npos);
  const auto missing = run_cli({"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"),
                                "--db", tmp.file("none.sqlite")});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find(tmp.file("none.sqlite")) != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(tmp.file("none.sqlite")));
}

TEST_CASE("an index of an older schema version is refused with exit 2", "[golden][archive][cli]") {
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  write_draft(tmp);
  REQUIRE(run_cli({"index", "seeds", "--db", db}).exit_code == 0);
  {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "PRAGMA user_version = 1", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
  }
  const auto check =
      run_cli({"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"), "--db", db});
  CHECK(check.exit_code == 2);
  CHECK(check.err.find(db) != std::string::npos);
  CHECK(check.err.find("version 1") != std::string::npos);
  CHECK(check.err.find("re-create it") != std::string::npos);
  const auto index = run_cli({"index", "seeds", "--db", db});
  CHECK(index.exit_code == 2);
  CHECK(index.err.find("version 1") != std::string::npos);
}

TEST_CASE("a draft against a key of hundreds of indexed claims gets the findings of re-reading",
          "[golden][archive][cli][draft]") {
  // 420 articles on one key: more than the comparison takes pair by pair, so each claim
  // meets only its neighbours, and one long chain of agreeing figures. Exact, hedged,
  // rounded and dated figures, so that every field the comparison reads matters.
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  const char* const kFigures[] = {
      "2500",  "3000", "نحو 2,600",  "أكثر من 2000", "ما بين 2400 و2700",
      "2,500", "1200", "أقل من 5000"};
  std::string manifest = "sources:\n";
  for (int i = 0; i < 420; ++i) {
    const std::string id = "s" + std::to_string(1000 + i);
    // Three days apart at least: a level of days closer than that is held to one time.
    const int day = 1 + (i % 10) * 3;
    // One archive source, of the draft's day and saying 2500 against its 3000, suppresses
    // the findings on the key it is part of.
    const std::string note =
        i == 32 ? "<!-- factcheck-ignore: troops|US|Iraq -- a known wire error -->\n" : "";
    write_file(tmp.file("arch/" + id + ".txt"), std::string("بغداد – لدى الولايات المتحدة حاليا ") +
                                                    kFigures[i % 8] + " جندي في العراق.\n" + note);
    manifest += "  - id: \"" + id + "\"\n    file: " + id + ".txt\n    outlet: Wire\n" +
                "    language: ar\n    published: 2023-03-" + (day < 10 ? "0" : "") +
                std::to_string(day) + "\n";
  }
  write_file(tmp.file("arch/sources.yaml"), manifest);
  write_draft(tmp);
  const auto index = run_cli({"index", tmp.file("arch"), "--db", db});
  INFO(index.err);
  REQUIRE(index.exit_code == 0);
  REQUIRE(scalar(db, "SELECT count(*) FROM claims WHERE key = 'troops|US|IQ'") == 420);

  const auto indexed = run_cli({"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"),
                                "--db", db, "--json", tmp.file("indexed.json"), "--report",
                                tmp.file("indexed.md"), "--fail-on", "never"});
  INFO(indexed.err);
  REQUIRE(indexed.exit_code == 0);
  const auto reread =
      run_cli({"check", tmp.file("arch"), tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"),
               "--json", tmp.file("reread.json"), "--fail-on", "never"});
  INFO(reread.err);
  REQUIRE(reread.exit_code == 0);

  const auto from_index = findings_of(read_file(tmp.file("indexed.json")));
  const auto from_files = findings_of(read_file(tmp.file("reread.json")));
  CHECK(from_index.size() >= 2);
  CHECK(from_index == from_files);
  CHECK(from_index.dump().find("a known wire error") != std::string::npos);

  // The report quotes the draft's claims and, per finding, a bounded number of archive
  // claims, while each finding lists all of its own.
  const auto report = nlohmann::json::parse(read_file(tmp.file("indexed.json")));
  std::size_t largest = 0;
  for (const auto& f : from_index) largest = std::max(largest, f["claims"].size());
  CHECK(largest > fc::archive::kQuotedPerFinding);
  CHECK(report["claims"].size() < 420);
  CHECK(read_file(tmp.file("indexed.md")).find("more (their ids are in the JSON report)") !=
        std::string::npos);
}

TEST_CASE("an index run killed in the middle of a source leaves whole sources only",
          "[golden][archive][cli]") {
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  for (int i = 0; i < 12; ++i) {
    write_file(tmp.file("arch/a" + std::to_string(10 + i) + ".txt"),
               "لدى الولايات المتحدة حاليا " + std::to_string(2500 + i) +
                   " جندي في العراق.\nوقتل " + std::to_string(12 + i) +
                   " شخصا في بغداد يوم 5 مارس 2023.\n");
  }
  // The hook kills `index` with SIGKILL after 5 sources, with the 6th source's rows
  // written and its transaction open.
  ::setenv("FACTCHECK_TEST_KILL_IN_STORE", "5", 1);
  const auto killed = run_cli({"index", tmp.file("arch"), "--published", "2023-03-07", "--db", db});
  ::unsetenv("FACTCHECK_TEST_KILL_IN_STORE");
  CHECK(killed.exit_code != 0);
  CHECK(killed.err.find("indexed") == std::string::npos);

  // The database opens, is intact, and holds the first five sources whole.
  CHECK(column(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
  CHECK(scalar(db, "SELECT count(*) FROM sources") == 5);
  CHECK(scalar(db, "SELECT count(*) FROM claims WHERE source_id NOT IN (SELECT id FROM sources)") ==
        0);
  CHECK(scalar(db,
               "SELECT count(*) FROM sources s WHERE s.claims <> "
               "(SELECT count(*) FROM claims c WHERE c.source_id = s.id)") == 0);
  CHECK(scalar(db, "SELECT min(claims) FROM sources") >= 2);

  // A second run stores the rest and leaves the five alone.
  const auto rerun = run_cli({"index", tmp.file("arch"), "--published", "2023-03-07", "--db", db});
  INFO(rerun.err);
  REQUIRE(rerun.exit_code == 0);
  CHECK(rerun.err.find("7 added, 0 replaced, 5 unchanged") != std::string::npos);
  CHECK(column(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
  CHECK(scalar(db, "SELECT count(*) FROM sources") == 12);
  CHECK(scalar(db,
               "SELECT count(*) FROM sources s WHERE s.claims <> "
               "(SELECT count(*) FROM claims c WHERE c.source_id = s.id)") == 0);
}

TEST_CASE("a draft of many keys gets the same report with one worker or two",
          "[golden][archive][cli][draft]") {
  // Seed 003's text as a draft: its claims fall in several keys, so they are compared in
  // several batches, which two workers take in turns that vary from run to run.
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  REQUIRE(run_cli({"index", "seeds", "--db", db}).exit_code == 0);
  const std::string text = read_file(fc::test::source_dir() + "/seeds/003_cd82adee0b9fdb8a.txt");
  REQUIRE_FALSE(text.empty());
  write_file(tmp.file("draft/draft.txt"), text);
  write_file(tmp.file("draft/sources.yaml"),
             "sources:\n  - id: \"draft\"\n    file: draft.txt\n    outlet: Newsroom draft\n"
             "    language: ar\n    published: 2021-07-27\n");
  std::vector<std::string> reports;
  for (const char* jobs : {"1", "2", "2", "2"}) {
    const std::string name =
        tmp.file(std::string("draft_") + jobs + "_" + std::to_string(reports.size()));
    const auto run = run_cli({"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"),
                              "--db", db, "--jobs", jobs, "--json", name + ".json", "--report",
                              name + ".md", "--fail-on", "never"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    reports.push_back(read_file(name + ".json") + read_file(name + ".md"));
  }
  for (const auto& r : reports) CHECK(r == reports.front());

  const auto reread =
      run_cli({"check", "seeds", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"),
               "--json", tmp.file("reread.json"), "--fail-on", "never"});
  INFO(reread.err);
  REQUIRE(reread.exit_code == 0);
  // Findings on more than one key: more than one batch.
  const auto from_index = findings_of(read_file(tmp.file("draft_1_0.json")));
  CHECK(from_index.size() >= 2);
  std::set<std::string> keys;
  for (const auto& f : from_index) keys.insert(f["key"].get<std::string>());
  CHECK(keys.size() >= 2);
  CHECK(finding_ids(read_file(tmp.file("draft_1_0.json"))) ==
        finding_ids(read_file(tmp.file("reread.json"))));
}

TEST_CASE("an SQLite index with a planted trigger or a changed table is refused before writing",
          "[golden][archive][cli][regression]") {
  // Issue 20, item 7: a trigger in the file ran inside `index`, which then reported
  // success over a table the trigger emptied; a missing table was "not an error".
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  REQUIRE(run_cli({"index", "seeds", "--db", db}).exit_code == 0);
  const long long claims = scalar(db, "SELECT count(*) FROM claims");
  REQUIRE(claims > 0);
  const auto exec = [&](const char* sql) {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
  };
  exec("CREATE TRIGGER empty_claims AFTER INSERT ON sources BEGIN DELETE FROM claims; END");
  write_file(tmp.file("more/one.txt"), "Officials said 4,200 people attended on Monday.\n");
  const auto planted = run_cli({"index", tmp.file("more"), "--db", db});
  CHECK(planted.exit_code == 2);
  CHECK(planted.err.find("trigger (empty_claims)") != std::string::npos);
  CHECK(planted.err.find("indexed") == std::string::npos);
  CHECK(scalar(db, "SELECT count(*) FROM claims") == claims);
  write_file(tmp.file("draft/draft.txt"), "Officials said 4,300 people attended on Monday.\n");
  const auto read =
      run_cli({"check", tmp.file("draft"), "--draft", tmp.file("draft/draft.txt"), "--db", db});
  CHECK(read.exit_code == 2);
  exec("DROP TRIGGER empty_claims; DROP TABLE suppressions");
  const auto missing = run_cli({"index", tmp.file("more"), "--db", db});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("table suppressions is missing") != std::string::npos);
  exec("CREATE TABLE suppressions(source_id TEXT, target TEXT, reason TEXT)");
  const auto altered = run_cli({"index", tmp.file("more"), "--db", db});
  CHECK(altered.exit_code == 2);
  CHECK(altered.err.find("table suppressions does not have the columns") != std::string::npos);
  CHECK(scalar(db, "SELECT count(*) FROM sources") == 5);
}

TEST_CASE("an SQLite index of an older version is migrated by index --migrate only",
          "[golden][archive][cli]") {
  TempDir tmp;
  const std::string db = tmp.file("archive.sqlite");
  REQUIRE(run_cli({"index", "seeds", "--db", db}).exit_code == 0);
  {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "PRAGMA user_version = 1", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
  }
  const auto refused = run_cli({"index", "seeds", "--db", db});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("--migrate") != std::string::npos);
  const auto migrated = run_cli({"index", "--migrate", "--db", db});
  INFO(migrated.err);
  CHECK(migrated.exit_code == 0);
  CHECK(scalar(db, "PRAGMA user_version") == 2);
  // The migrated index was derived data: the next run reads every source again.
  const auto again = run_cli({"index", "seeds", "--db", db});
  CHECK(again.err.find("5 added, 0 replaced, 0 unchanged") != std::string::npos);
  // An SQLite file that is not an index is never migrated.
  const std::string other = tmp.file("other.sqlite");
  {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(other.c_str(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "CREATE TABLE notes(x TEXT)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
  }
  const auto foreign = run_cli({"index", "--migrate", "--db", other});
  CHECK(foreign.exit_code == 2);
  CHECK(foreign.err.find("not an archive index") != std::string::npos);
  CHECK(scalar(other, "SELECT count(*) FROM notes") == 0);
}

TEST_CASE("regression: a draft against the index meets claims with qualifiers as re-reading does",
          "[golden][archive][cli][draft][regression]") {
  // Indexed claims took counted/whose/where from their key's first claim but not the
  // frame's qualifiers, so "40 children killed" in the archive never met the draft's
  // "25 children killed": the comparison holds frames with other qualifiers apart.
  TempDir tmp;
  write_file(tmp.file("arch/a.txt"), "بغداد – قتل 40 طفلا في العراق أمس.\n");
  write_file(tmp.file("arch/sources.yaml"),
             "sources:\n  - id: \"a\"\n    file: a.txt\n    outlet: Wire\n    language: ar\n"
             "    published: 2023-03-07\n");
  write_file(tmp.file("draft/d.txt"), "بغداد – قتل 25 طفلا في العراق أمس.\n");
  write_file(tmp.file("draft/sources.yaml"),
             "sources:\n  - id: \"d\"\n    file: d.txt\n    outlet: Desk\n    language: ar\n"
             "    published: 2023-03-07\n");
  const std::string db = tmp.file("archive.sqlite");
  REQUIRE(run_cli({"index", tmp.file("arch"), "--db", db}).exit_code == 0);
  const auto indexed =
      run_cli({"check", tmp.file("draft"), "--draft", tmp.file("draft/d.txt"), "--db", db, "--json",
               tmp.file("i.json"), "--report", tmp.file("i.md"), "--fail-on", "never"});
  REQUIRE(indexed.exit_code == 0);
  const auto reread =
      run_cli({"check", tmp.file("arch"), tmp.file("draft"), "--draft", tmp.file("draft/d.txt"),
               "--json", tmp.file("r.json"), "--report", tmp.file("r.md"), "--fail-on", "never"});
  REQUIRE(reread.exit_code == 0);
  const auto from_index = findings_of(read_file(tmp.file("i.json")));
  CHECK(from_index.size() == 1);
  CHECK(from_index == findings_of(read_file(tmp.file("r.json"))));
}
