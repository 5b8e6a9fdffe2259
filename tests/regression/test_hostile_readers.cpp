// Readers of outside data with limits and places (issue 20, items 6 and 8; issue 19,
// item 5): a report given back (--baseline, diff), the manifest and check files through
// one YAML reader, FIFOs that must not block, --jobs beyond reason, and the leftovers and
// modes of report files.
#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/cli.hpp"

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::TempDir;
using fc::test::write_file;

namespace fs = std::filesystem;

namespace {

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

constexpr const char* kArticle = "قالت الوزارة إن 30 شخصا قتلوا.";

}  // namespace

TEST_CASE("a report read back with a huge number or a wrong type names the file and place",
          "[hostile][readers]") {
  TempDir d;
  write_file(d.file("in/a.txt"), kArticle);
  REQUIRE(run_cli({"check", d.file("in"), "--json", d.file("good.json"), "--fail-on", "never",
                   "--quiet", "--report", d.file("r.md")})
              .exit_code == 0);
  write_file(d.file("overflow.json"), "{\n  \"schema\": \"x\",\n  \"n\": 1e99999\n}\n");
  auto r = run_cli({"diff", d.file("overflow.json"), d.file("good.json")});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("overflow.json") + ":3:"));
  CHECK_FALSE(has(r.err, "internal error"));
  write_file(d.file("typed.json"), "{\"schema\": 7, \"sources\": []}");
  r = run_cli({"check", d.file("in"), "--baseline", d.file("typed.json"), "--quiet"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("typed.json")));
  CHECK_FALSE(has(r.err, "internal error"));
}

TEST_CASE("a FIFO or /dev/zero as a report or an article does not block or exhaust memory",
          "[hostile][readers]") {
  TempDir d;
  write_file(d.file("in/a.txt"), kArticle);
  REQUIRE(run_cli({"check", d.file("in"), "--json", d.file("good.json"), "--fail-on", "never",
                   "--quiet", "--report", d.file("r.md")})
              .exit_code == 0);
  REQUIRE(::mkfifo(d.file("fifo").c_str(), 0644) == 0);
  // Nobody writes to the FIFO: each gives up on it after a wait and goes on (a timeout
  // catches a run that blocks).
  auto r = run_cli({"diff", d.file("fifo"), d.file("good.json")});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("fifo")));
  r = run_cli({"check", d.file("in"), "--baseline", d.file("fifo"), "--quiet"});
  CHECK(r.exit_code == 2);
  r = run_cli({"extract", d.file("fifo"), d.file("in")});
  CHECK(has(r.out, "\"source\":\"a\""));
  r = run_cli({"diff", "/dev/zero", d.file("good.json")});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "/dev/zero"));
  CHECK(has(r.err, "limit"));
}

TEST_CASE("a --jobs of 100000 is capped and the report is written", "[hostile][readers]") {
  TempDir d;
  write_file(d.file("in/a.txt"), kArticle);
  write_file(d.file("in/b.txt"), "قال إن 12 جنديا أصيبوا.");
  const auto r = run_cli({"check", d.file("in"), "--jobs", "100000", "--json", d.file("r.json"),
                          "--report", d.file("r.md"), "--quiet"});
  CHECK(r.exit_code <= 1);
  CHECK_FALSE(has(r.err, "internal error"));
  CHECK(has(read_file(d.file("r.json")), "\"id\": \"b\""));
}

TEST_CASE("a quote left open is an error with its place, in a manifest and a check file",
          "[hostile][readers][yaml]") {
  TempDir d;
  write_file(d.file("in/a.txt"), kArticle);
  write_file(d.file("in/sources.yaml"),
             "sources:\n  - id: a\n    file: a.txt\n    outlet: \"Reuters\n"
             "    published: 2023-03-07\n  - id: x\n    file: a.txt\n    outlet: \"AP\"\n");
  auto r = run_cli({"extract", d.file("in")});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("in/sources.yaml") + ":4:13"));
  CHECK(has(r.err, "quote"));
  // The same mistake in a check file.
  write_file(d.file("checks/mine.yaml"), "suppressions:\n  - key: \"a||b\n    reason: testing\n");
  r = run_cli({"check", d.file("in"), "--checks", d.file("checks"), "--quiet"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("checks/mine.yaml") + ":2:10"));
  CHECK(has(r.err, "quote"));
}

TEST_CASE("invalid UTF-8 in a manifest or a check file is an error with its place",
          "[hostile][readers][yaml]") {
  TempDir d;
  write_file(d.file("in/a.txt"), kArticle);
  write_file(d.file("in/sources.yaml"),
             "sources:\n  - id: a\n    file: a.txt\n    outlet: Al \xFF Jazeera\n");
  auto r = run_cli({"extract", d.file("in")});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("in/sources.yaml") + ":4:16"));
  fs::remove(d.file("in/sources.yaml"));
  write_file(d.file("checks/mine.yaml"), "units:\n  - name: \xC3(\n");
  r = run_cli({"check", d.file("in"), "--checks", d.file("checks"), "--quiet"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("checks/mine.yaml") + ":2:11"));
  CHECK(has(r.err, "UTF-8"));
}

TEST_CASE("a killed run's old temporary report is removed, a recent one and others kept",
          "[hostile][report]") {
  TempDir d;
  write_file(d.file("in/a.txt"), kArticle);
  const std::string old_tmp = d.file(".r.md.tmp-AbC123");
  const std::string new_tmp = d.file(".r.md.tmp-XyZ789");
  const std::string other = d.file(".other.md.tmp-AbC123");
  for (const auto& p : {old_tmp, new_tmp, other}) write_file(p, std::string(1000, 'x'));
  const auto two_hours_ago = fs::file_time_type::clock::now() - std::chrono::hours(2);
  fs::last_write_time(old_tmp, two_hours_ago);
  fs::last_write_time(other, two_hours_ago);
  const auto r = run_cli({"check", d.file("in"), "--report", d.file("r.md"), "--quiet"});
  CHECK(r.exit_code <= 1);
  CHECK_FALSE(fs::exists(old_tmp));
  CHECK(fs::exists(new_tmp));  // maybe another run's, still being written
  CHECK(fs::exists(other));    // another report's
  CHECK(fs::exists(d.file("r.md")));
}

TEST_CASE("a report keeps the old report's mode, or honours the umask", "[hostile][report]") {
  TempDir d;
  write_file(d.file("in/a.txt"), kArticle);
  write_file(d.file("r.md"), "old");
  ::chmod(d.file("r.md").c_str(), 0640);
  auto r = run_cli({"check", d.file("in"), "--report", d.file("r.md"), "--quiet"});
  CHECK(r.exit_code <= 1);
  struct stat st {};
  REQUIRE(::stat(d.file("r.md").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  r = run_cli({"check", d.file("in"), "--report", d.file("new.md"), "--quiet"}, "",
              "umask 027 && ");
  REQUIRE(::stat(d.file("new.md").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
}
