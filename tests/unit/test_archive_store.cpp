// The archive index on its own: schema creation and version checks, replacing a
// source's rows, skipping unchanged sources, and reading claims back by key.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

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

fc::Result<fc::archive::KeyClaims> key_claims(const Archive& db, const std::string& key,
                                              const std::set<std::string>& exclude) {
  fc::archive::KeyClaims out;
  if (auto r = db.add_key_claims(key, exclude, out); !r) return tl::unexpected(r.error());
  return out;
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
  const auto k1 = key_claims(*db, "k1", {});
  REQUIRE(k1);
  REQUIRE(k1->claims.size() == 1);
  CHECK(k1->claims[0].source == "b");
  const auto k3 = key_claims(*db, "k3", {});
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
  auto original = make_claim("a", 3, "جندي|us|iraq", 2500);
  original.mention.hedge = fc::Hedge::kMoreThan;
  original.mention.approximate = true;
  original.mention.significant_digits = 2;
  original.as_of_earliest = "2023-03-01";
  original.as_of_latest = "2023-03-07";
  REQUIRE(db->store(make_source("a", "x", {original, make_claim("a", 4, "other", 1)}), {}));
  REQUIRE(db->store(make_source("b", "y", {make_claim("b", 1, "جندي|us|iraq", 3000)}), {}));

  const auto kc = key_claims(*db, "جندي|us|iraq", {});
  REQUIRE(kc);
  REQUIRE(kc->claims.size() == 2);
  REQUIRE(kc->rows.size() == 2);
  REQUIRE(kc->sources.size() == 2);
  const fc::Claim& c = kc->claims[0];
  CHECK(c.id == original.id);
  CHECK(c.source == "a");
  CHECK(c.key == original.key);
  CHECK(c.mention.text == original.mention.text);
  CHECK(c.mention.value == 2500);
  CHECK(c.mention.hedge == fc::Hedge::kMoreThan);
  CHECK(c.mention.approximate);
  CHECK(c.mention.significant_digits == 2);
  CHECK(c.as_of_earliest == "2023-03-01");
  CHECK(c.as_of_latest == "2023-03-07");
  CHECK(c.counted == original.counted);
  CHECK(c.whose == original.whose);
  CHECK(c.where == original.where);
  CHECK(c.key_certain);
  CHECK(c.where_implied);
  CHECK(c.quote.empty());  // the comparison does not read it
  CHECK(kc->sources[0].id == "a");
  REQUIRE(kc->sources[0].published);
  CHECK(fc::util::to_iso(*kc->sources[0].published) == "2023-03-07");

  CHECK(*db->count_key_claims("جندي|us|iraq") == 2);
  const auto full = db->full_claims(std::vector<std::int64_t>{kc->rows[1], kc->rows[0]});
  REQUIRE(full);
  REQUIRE(full->size() == 2);
  const fc::Claim& back = (*full)[0];
  CHECK(back.id == original.id);
  CHECK(back.quote == original.quote);
  CHECK(back.quote_start == 7);
  CHECK(back.mention.span.start == original.mention.span.start);
  CHECK(back.mention.hedge == fc::Hedge::kMoreThan);
  CHECK(back.mention.significant_digits == 2);
  CHECK((*full)[1].source == "b");

  const auto without_a = key_claims(*db, "جندي|us|iraq", {"a"});
  REQUIRE(without_a);
  REQUIRE(without_a->claims.size() == 1);
  CHECK(without_a->claims[0].source == "b");
  const auto none = key_claims(*db, "absent", {});
  REQUIRE(none);
  CHECK(none->claims.empty());
}

TEST_CASE("source metadata and suppressions are read by id and by target", "[archive][store]") {
  TempDir tmp;
  auto db = Archive::open(tmp.file("a.sqlite"), true);
  REQUIRE(db);
  fc::report::Suppression sup{"جندي|us|iraq", "known error", "a.txt:4", "a"};
  REQUIRE(db->store(make_source("a", "x", {make_claim("a", 3, "جندي|us|iraq", 2500)}), {sup}));
  REQUIRE(db->store(make_source("b", "y", {}), {}));

  const auto sources = db->sources({"b", "missing", "a"});
  REQUIRE(sources);
  REQUIRE(sources->size() == 2);
  CHECK((*sources)[0].id == "a");
  CHECK((*sources)[0].outlet == "Outlet a");
  CHECK((*sources)[0].published_from == fc::PublishedFrom::kManifest);
  CHECK((*sources)[0].bytes.empty());
  CHECK((*sources)[1].id == "b");

  const auto sups = db->suppressions_of({"0123456789abcdef", "جندي|us|iraq"});
  REQUIRE(sups);
  REQUIRE(sups->size() == 1);
  CHECK((*sups)[0].reason == "known error");
  CHECK((*sups)[0].source == "a");
  CHECK((*sups)[0].target == "جندي|us|iraq");

  // b holds no claim: only a counts.
  CHECK(*db->sources_with_claims({}) == 1);
  CHECK(*db->sources_with_claims({"a"}) == 0);
  REQUIRE(db->store(make_source("c", "z", {make_claim("c", 1, "k", 1)}), {}));
  CHECK(*db->sources_with_claims({}) == 2);
}

TEST_CASE("the content hash changes with the checks and with the date given for undated sources",
          "[archive][store]") {
  auto rules = fc::rules::load_builtin();
  REQUIRE(rules);
  const auto a = make_source("a", "نص", {});
  fc::ProcessedSource undated = a;
  undated.source.published.reset();
  undated.source.published_from = fc::PublishedFrom::kUnknown;
  fc::PipelineOptions options;
  const auto base_dated = fc::archive::reading_fingerprint(a.source, options, *rules);
  const auto base_undated = fc::archive::reading_fingerprint(undated.source, options, *rules);
  options.published = fc::util::CivilDate{2024, 5, 1};
  // The manifest dates a: --published does not change its reading.
  CHECK(fc::archive::reading_fingerprint(a.source, options, *rules) == base_dated);
  CHECK(fc::archive::reading_fingerprint(undated.source, options, *rules) != base_undated);
  options.published.reset();
  options.prefer_future = true;
  CHECK(fc::archive::reading_fingerprint(a.source, options, *rules) != base_dated);
  options.prefer_future = false;
  auto more = *rules;
  REQUIRE(
      fc::rules::load_text("units:\n  - {name: camel, ar: [جمل], en: [camel]}\n", "x.yaml", more)
          .empty());
  const auto with_more = fc::archive::reading_fingerprint(a.source, options, more);
  CHECK(with_more != base_dated);
  CHECK(fc::archive::content_hash(a.source, with_more) !=
        fc::archive::content_hash(a.source, base_dated));
}

TEST_CASE("on_processed sees every source once in input order whatever the workers",
          "[archive][pipeline]") {
  TempDir tmp;
  std::vector<std::string> expected;
  for (int i = 0; i < 40; ++i) {
    const std::string id = "s" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    // Sizes vary so that workers finish out of order.
    std::string text;
    for (int k = 0; k < (i * 7) % 13 + 1; ++k)
      text += "أرسلت " + std::to_string(100 + k) + " جندي.\n";
    fc::test::write_file(tmp.file("in/" + id + ".txt"), text);
    expected.push_back(id);
  }
  auto rules = fc::rules::load_builtin();
  REQUIRE(rules);
  for (const unsigned jobs : {1u, 2u, 4u}) {
    fc::PipelineOptions options;
    options.inputs.paths = {tmp.file("in")};
    options.jobs = jobs;
    std::vector<std::string> seen;
    std::size_t claims = 0;
    options.on_processed = [&](fc::ProcessedSource& ps) {
      seen.push_back(ps.source.id);
      claims += ps.claims.size();
    };
    const auto result = fc::run_sources(options, *rules, true);
    CHECK(seen == expected);
    CHECK(claims > 40);
    CHECK(result.sources.size() == expected.size());
  }
}

namespace {

/// Options reading the folder `in` of `tmp` with `jobs` workers, its text let go.
fc::PipelineOptions reading(const TempDir& tmp, unsigned jobs) {
  fc::PipelineOptions options;
  options.inputs.paths = {tmp.file("in")};
  options.jobs = jobs;
  options.keep_bytes = false;
  return options;
}

}  // namespace

TEST_CASE("a source the before_process hook refuses is kept unread", "[archive][pipeline]") {
  TempDir tmp;
  fc::test::write_file(tmp.file("in/a.txt"), "أرسلت 2500 جندي.\n");
  fc::test::write_file(tmp.file("in/b.txt"), "أرسلت 3000 جندي.\n");
  auto rules = fc::rules::load_builtin();
  REQUIRE(rules);
  for (const unsigned jobs : {1u, 2u}) {
    auto options = reading(tmp, jobs);
    options.before_process = [](fc::ProcessedSource& ps) { return ps.source.id != "a"; };
    const auto result = fc::run_sources(options, *rules, true);
    REQUIRE(result.sources.size() == 2);
    CHECK(result.sources[0].skipped);
    CHECK(result.sources[0].mentions.empty());
    CHECK(result.sources[0].claims.empty());
    CHECK(result.sources[0].source.bytes.empty());
    CHECK_FALSE(result.sources[1].skipped);
    CHECK(result.sources[1].claims.size() == 1);
  }
}

TEST_CASE("without keep_mentions a worker drops the mentions once the claims are built",
          "[archive][pipeline]") {
  TempDir tmp;
  fc::test::write_file(tmp.file("in/a.txt"), "أرسلت 2500 جندي في 3 مارس 2021.\n");
  auto rules = fc::rules::load_builtin();
  REQUIRE(rules);
  for (const unsigned jobs : {1u, 2u}) {
    for (const bool keep : {true, false}) {
      auto options = reading(tmp, jobs);
      options.keep_mentions = keep;
      const auto result = fc::run_sources(options, *rules, true);
      REQUIRE(result.sources.size() == 1);
      CHECK(result.sources[0].mentions.empty() == !keep);
      CHECK(result.sources[0].claims.size() == 2);  // the claims are built all the same
    }
    // Mentions are what `extract` reads: without claims they stay.
    auto options = reading(tmp, jobs);
    options.keep_mentions = false;
    CHECK(fc::run_sources(options, *rules, false).sources[0].mentions.size() == 2);
  }
}

TEST_CASE("a source whose processing throws is reported and the others are still read",
          "[archive][pipeline]") {
  TempDir tmp;
  for (const char* id : {"a", "b", "c"}) {
    fc::test::write_file(tmp.file(std::string("in/") + id + ".txt"), "أرسلت 2500 جندي.\n");
  }
  auto rules = fc::rules::load_builtin();
  REQUIRE(rules);
  for (const unsigned jobs : {1u, 2u}) {
    auto options = reading(tmp, jobs);
    options.before_process = [](fc::ProcessedSource& ps) -> bool {
      if (ps.source.id == "b") throw std::runtime_error("boom");
      return true;
    };
    const auto result = fc::run_sources(options, *rules, true);
    REQUIRE(result.sources.size() == 3);
    CHECK_FALSE(result.sources[0].failed);
    CHECK(result.sources[0].claims.size() == 1);
    CHECK(result.sources[1].failed);
    CHECK(result.sources[1].claims.empty());
    CHECK(result.sources[2].claims.size() == 1);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].source.find("b.txt") != std::string::npos);
    CHECK(result.problems[0].message.find("boom") != std::string::npos);
  }
}

TEST_CASE("an exception from on_processed on a worker reaches the caller", "[archive][pipeline]") {
  TempDir tmp;
  for (int i = 0; i < 8; ++i) {
    fc::test::write_file(tmp.file("in/s" + std::to_string(i) + ".txt"), "أرسلت 2500 جندي.\n");
  }
  auto rules = fc::rules::load_builtin();
  REQUIRE(rules);
  for (const unsigned jobs : {1u, 2u, 4u}) {
    for (int round = 0; round < 10; ++round) {
      auto options = reading(tmp, jobs);
      // It fails once, on s3: the sources before it are handed on once each, s3 once, and
      // none after it (the old loop handed s3 on again, and the next ones, from another
      // worker that finished later).
      std::vector<std::string> calls;
      bool failed = false;
      options.on_processed = [&](fc::ProcessedSource& ps) {
        calls.push_back(ps.source.id);
        if (ps.source.id == "s3" && !failed) {
          failed = true;
          throw std::runtime_error("store failed");
        }
      };
      CHECK_THROWS_WITH(fc::run_sources(options, *rules, true), "store failed");
      CHECK(calls == std::vector<std::string>{"s0", "s1", "s2", "s3"});
    }
  }
}

TEST_CASE("--db names PostgreSQL by its URI scheme and messages never show a password",
          "[unit][archive]") {
  using fc::archive::display_target;
  using fc::archive::is_postgres_target;
  CHECK(is_postgres_target("postgresql://"));
  CHECK(is_postgres_target("postgres://desk@db.example/archive"));
  CHECK_FALSE(is_postgres_target("archive.sqlite"));
  CHECK_FALSE(is_postgres_target("./postgresql://x"));  // a path that happens to hold it
  CHECK_FALSE(is_postgres_target("host=db dbname=archive"));
  CHECK(display_target("archive.sqlite") == "archive.sqlite");
  CHECK(display_target("postgresql://desk:pa55@db:5432/archive") ==
        "postgresql://desk:***@db:5432/archive");
  CHECK(display_target("postgresql://desk@db/archive?password=pa55&sslmode=require") ==
        "postgresql://desk@db/archive?password=***&sslmode=require");
  CHECK(display_target("postgres://db/archive?application_name=x&password=p") ==
        "postgres://db/archive?application_name=x&password=***");
  // An @ after the host part is not a user's (a path or a parameter).
  CHECK(display_target("postgresql://db/archive?options=a:b@c") ==
        "postgresql://db/archive?options=a:b@c");
  CHECK(display_target("postgresql://") == "postgresql://");
}
