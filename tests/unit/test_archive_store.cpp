// The archive index on its own: schema creation and version checks, replacing a
// source's rows, skipping unchanged sources, and reading claims back by key.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "factcheck/archive/archive.hpp"
#include "support/cli.hpp"

using fc::archive::Archive;
using fc::archive::StoreOutcome;
using fc::test::TempDir;

namespace {

fc::Claim make_claim(const std::string& source, int line, const std::string& key, double value) {
  fc::Claim c;
  c.id = source + ":" + std::to_string(line) + ":1";
  c.source = source;
  c.mention.kind = fc::MentionKind::kNumber;
  c.mention.text = std::to_string(static_cast<int>(value));
  c.mention.value = value;
  c.mention.span = fc::Span{static_cast<std::size_t>(line) * 10,
                            static_cast<std::size_t>(line) * 10 + 4, line, 1};
  c.counted = "جندي";
  c.whose = {"us"};
  c.where = {"iraq"};
  c.key = key;
  c.key_certain = true;
  c.where_implied = true;
  c.quote = "لدى الولايات المتحدة " + c.mention.text + " جندي";
  c.quote_start = 7;
  return c;
}

fc::ProcessedSource make_source(const std::string& id, const std::string& bytes,
                                std::vector<fc::Claim> claims) {
  fc::ProcessedSource ps;
  ps.source.id = id;
  ps.source.path = id + ".txt";
  ps.source.outlet = "Outlet " + id;
  ps.source.language = "ar";
  ps.source.published = fc::util::CivilDate{2023, 3, 7};
  ps.source.published_from = fc::PublishedFrom::kManifest;
  ps.source.bytes = bytes;
  ps.claims = std::move(claims);
  return ps;
}

void set_user_version(const std::string& path, int version) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  const std::string sql = "PRAGMA user_version = " + std::to_string(version);
  REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

}  // namespace

TEST_CASE("an archive index is created with the current schema and opened again",
          "[archive][store]") {
  TempDir tmp;
  const std::string path = tmp.file("a.sqlite");
  {
    auto db = Archive::open(path, true);
    REQUIRE(db);
    CHECK(*db->count_sources() == 0);
  }
  auto again = Archive::open(path, false);
  REQUIRE(again);
  CHECK(*again->count_claims() == 0);
}

TEST_CASE("a missing index is not created when only reading", "[archive][store]") {
  TempDir tmp;
  const auto db = Archive::open(tmp.file("missing.sqlite"), false);
  REQUIRE_FALSE(db);
  CHECK(db.error().code == fc::ErrorCode::kDatabase);
  CHECK(db.error().file == tmp.file("missing.sqlite"));
}

TEST_CASE("an index of another schema version is refused with its path", "[archive][store]") {
  TempDir tmp;
  const std::string path = tmp.file("a.sqlite");
  REQUIRE(Archive::open(path, true));
  set_user_version(path, 7);
  for (const bool create : {false, true}) {
    const auto db = Archive::open(path, create);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == fc::ErrorCode::kDatabase);
    CHECK(db.error().to_string().find(path) != std::string::npos);
    CHECK(db.error().message.find("version 7") != std::string::npos);
  }
}

TEST_CASE("a file that is not a database is refused", "[archive][store]") {
  TempDir tmp;
  const std::string path = tmp.file("notes.sqlite");
  fc::test::write_file(path, std::string(4096, 'x'));
  const auto db = Archive::open(path, false);
  REQUIRE_FALSE(db);
  CHECK(db.error().file == path);
}

TEST_CASE("storing a source twice keeps one copy and a changed source replaces its rows",
          "[archive][store]") {
  TempDir tmp;
  auto db = Archive::open(tmp.file("a.sqlite"), true);
  REQUIRE(db);
  const auto a1 =
      make_source("a", "text one", {make_claim("a", 1, "k1", 2500), make_claim("a", 2, "k2", 900)});
  const auto b = make_source("b", "text b", {make_claim("b", 1, "k1", 3000)});
  CHECK(*db->store(a1, {}) == StoreOutcome::kAdded);
  CHECK(*db->store(b, {}) == StoreOutcome::kAdded);
  CHECK(*db->store(a1, {}) == StoreOutcome::kUnchanged);
  CHECK(*db->count_claims() == 3);

  const auto a2 = make_source("a", "text two", {make_claim("a", 5, "k3", 12)});
  CHECK(*db->store(a2, {}) == StoreOutcome::kReplaced);
  CHECK(*db->count_sources() == 2);
  CHECK(*db->count_claims() == 2);
  const auto k1 = db->select_keys({"k1"}, {});
  REQUIRE(k1);
  REQUIRE(k1->claims.size() == 1);
  CHECK(k1->claims[0].source == "b");
  const auto k3 = db->select_keys({"k3"}, {});
  REQUIRE(k3);
  REQUIRE(k3->claims.size() == 1);
  CHECK(k3->claims[0].id == "a:5:1");
}

TEST_CASE("a changed publication date alone makes a source changed", "[archive][store]") {
  TempDir tmp;
  auto db = Archive::open(tmp.file("a.sqlite"), true);
  REQUIRE(db);
  auto a = make_source("a", "same text", {make_claim("a", 1, "k1", 1)});
  CHECK(*db->store(a, {}) == StoreOutcome::kAdded);
  a.source.published = fc::util::CivilDate{2024, 1, 1};
  CHECK(*db->store(a, {}) == StoreOutcome::kReplaced);
}

TEST_CASE("claims read back by key keep what the comparison needs", "[archive][store]") {
  TempDir tmp;
  auto db = Archive::open(tmp.file("a.sqlite"), true);
  REQUIRE(db);
  const auto original = make_claim("a", 3, "جندي|us|iraq", 2500);
  fc::report::Suppression sup{"جندي|us|iraq", "known error", "a.txt:4", "a"};
  REQUIRE(db->store(make_source("a", "x", {original, make_claim("a", 4, "other", 1)}), {sup}));
  REQUIRE(db->store(make_source("b", "y", {make_claim("b", 1, "جندي|us|iraq", 3000)}), {}));

  const auto sel = db->select_keys({"جندي|us|iraq", "absent"}, {});
  REQUIRE(sel);
  REQUIRE(sel->claims.size() == 2);
  REQUIRE(sel->sources.size() == 2);
  const fc::Claim& c = sel->claims[0];
  CHECK(c.id == original.id);
  CHECK(c.key == original.key);
  CHECK(c.mention.value == 2500);
  CHECK(c.mention.span.start == original.mention.span.start);
  CHECK(c.key_certain);
  CHECK(c.where_implied);
  CHECK(c.quote_start == 7);
  CHECK(c.quote == original.quote);
  CHECK(sel->sources[0].id == "a");
  CHECK(sel->sources[0].outlet == "Outlet a");
  REQUIRE(sel->sources[0].published);
  CHECK(fc::util::to_iso(*sel->sources[0].published) == "2023-03-07");
  CHECK(sel->sources[0].published_from == fc::PublishedFrom::kManifest);
  CHECK(sel->sources[0].bytes.empty());
  REQUIRE(sel->suppressions.size() == 1);
  CHECK(sel->suppressions[0].reason == "known error");
  CHECK(sel->suppressions[0].source == "a");

  const auto without_a = db->select_keys({"جندي|us|iraq"}, {"a"});
  REQUIRE(without_a);
  REQUIRE(without_a->claims.size() == 1);
  CHECK(without_a->claims[0].source == "b");
  CHECK(without_a->suppressions.empty());
}
