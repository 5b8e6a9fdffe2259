// Nothing outside the content folder reaches a report, nothing inside it is lost without
// a word (issue 20, items 2 and 3): a manifest names files inside its own folder only,
// and every entry of a walked folder that is not read is a problem naming its path.
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

/// Runs check on `dir` with every report written into `out`; returns the result and the
/// reports' text joined.
std::pair<fc::test::CliResult, std::string> check_all(const std::string& dir, const TempDir& out,
                                                      std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"check",     dir,
                                   "--report",  out.file("r.md"),
                                   "--json",    out.file("r.json"),
                                   "--sarif",   out.file("r.sarif"),
                                   "--fail-on", "never",
                                   "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = run_cli(args);
  const std::string reports =
      read_file(out.file("r.md")) + read_file(out.file("r.json")) + read_file(out.file("r.sarif"));
  return {r, reports};
}

}  // namespace

TEST_CASE("a manifest cannot name a file outside its folder", "[hostile][paths]") {
  TempDir outside;
  // A secret beside the content folder, with a figure the extractor would quote.
  const std::string secret = "TOKEN-7d1e 4242 rockets were fired";
  write_file(outside.file("secret.txt"), secret);
  TempDir content;
  write_file(content.file("good.txt"), "قالت الوزارة إن 30 شخصا قتلوا.");
  fs::create_symlink(outside.file("secret.txt"), content.file("link.txt"));
  fs::create_directories(content.file("sub"));
  write_file(content.file("sources.yaml"),
             "sources:\n"
             "  - id: good\n    file: good.txt\n"
             "  - id: environ\n    file: /proc/self/environ\n"
             "  - id: up\n    file: ../" +
                 fs::path(outside.path()).filename().string() +
                 "/secret.txt\n"
                 "  - id: abs\n    file: " +
                 outside.file("secret.txt") +
                 "\n"
                 "  - id: link\n    file: link.txt\n"
                 "  - id: updown\n    file: sub/../../x/secret.txt\n");
  TempDir out;
  const auto [r, reports] = check_all(content.path(), out);
  CHECK(r.exit_code == 2);
  const std::string m = content.file("sources.yaml");
  CHECK(has(r.err, m + ":5:11"));   // /proc/self/environ, an absolute path
  CHECK(has(r.err, m + ":7:11"));   // ../
  CHECK(has(r.err, m + ":9:11"));   // absolute
  CHECK(has(r.err, m + ":11:11"));  // a symlink out
  CHECK(has(r.err, m + ":13:11"));  // climbs out through sub/..
  CHECK(has(r.err, "--allow-outside"));
  // The walk meets the symlink too, and refuses it by its path.
  CHECK(has(r.err, content.file("link.txt")));
  // No byte of the secret or of the environment in any report; the good article is there.
  CHECK_FALSE(has(reports, "TOKEN-7d1e"));
  CHECK_FALSE(has(reports, "rockets were fired"));
  CHECK_FALSE(has(reports, "PATH="));
  CHECK(has(read_file(out.file("r.json")), "\"id\": \"good\""));
}

TEST_CASE("a manifest may name files anywhere with --allow-outside", "[hostile][paths]") {
  TempDir outside;
  write_file(outside.file("far.txt"), "4242 rockets were fired.");
  TempDir content;
  write_file(content.file("sources.yaml"),
             "sources:\n  - id: far\n    file: " + outside.file("far.txt") + "\n");
  TempDir out;
  const auto [r, reports] = check_all(content.path(), out, {"--allow-outside"});
  CHECK(r.exit_code == 0);
  CHECK(has(reports, "4242"));
  // A symlink inside the folder to a file inside it is read without the option.
  TempDir inner;
  write_file(inner.file("a/real.text"), "قالت الوزارة إن 30 شخصا قتلوا.");
  fs::create_symlink(inner.file("a/real.text"), inner.file("alias.md"));
  const auto r2 = run_cli({"extract", inner.path()});
  CHECK(r2.exit_code == 0);
  CHECK(has(r2.out, "\"source\":\"alias\""));
}

TEST_CASE("what a walked folder cannot read is a problem naming it", "[hostile][paths]") {
  TempDir d;
  write_file(d.file("good.txt"), "قالت الوزارة إن 30 شخصا قتلوا.");
  write_file(d.file("z/later.txt"), "قال إن 12 جنديا أصيبوا.");
  REQUIRE(::mkfifo(d.file("pipe.txt").c_str(), 0644) == 0);
  fs::create_symlink("loop.txt", d.file("loop.txt"));
  fs::create_symlink("/dev/null", d.file("device.md"));
  fs::create_symlink(d.file("good.txt"), d.file("zlink.txt"));  // a second name
  write_file(d.file("locked/hidden.txt"), "40 people");
  ::chmod(d.file("locked").c_str(), 0);
  const auto prefix = fc::test::unprivileged_prefix();
  // The unprivileged user must be able to read the folder itself.
  ::chmod(d.path().c_str(), 0755);
  ::chmod(d.file("z").c_str(), 0755);
  ::chmod(d.file("good.txt").c_str(), 0644);
  ::chmod(d.file("z/later.txt").c_str(), 0644);
  const auto r = run_cli({"extract", d.path()}, "", prefix.value_or(""));
  ::chmod(d.file("locked").c_str(), 0755);
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("pipe.txt")));
  CHECK(has(r.err, d.file("loop.txt")));
  CHECK(has(r.err, d.file("device.md")));
  CHECK(has(r.err, d.file("zlink.txt")));
  if (prefix) CHECK(has(r.err, d.file("locked")));
  CHECK(has(r.out, "\"source\":\"good\""));
  CHECK(has(r.out, "\"source\":\"later\""));
}

TEST_CASE("a manifest's lost entries are problems with file:line:col", "[hostile][paths]") {
  TempDir d;
  write_file(d.file("a.txt"), "قالت الوزارة إن 30 شخصا قتلوا.");
  write_file(d.file("b.txt"), "قال إن 12 جنديا أصيبوا.");
  write_file(d.file("c.txt"), "40 people");
  write_file(d.file("sources.yaml"),
             std::string("sources:\n"
                         "  - id: a\n    file: a.txt\n"
                         "  - id: a2\n    file: a.txt\n"                  // a second id, line 5
                         "  - id: b\n    id: b2\n    file: b.txt\n"       // id twice, line 7
                         "  - id: c\n    file: c.txt\n    file: a.txt\n"  // file twice, 11
                         "  - id: n\n    file: \"c\\0.txt\"\n"));         // a NUL, line 13
  const std::string m = d.file("sources.yaml");
  const auto r = run_cli({"extract", d.path()});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, m + ":5:11"));
  CHECK(has(r.err, "'a2'"));
  CHECK(has(r.err, m + ":7:5"));
  CHECK(has(r.err, m + ":11:5"));
  CHECK(has(r.err, m + ":13:11"));
  CHECK(has(r.err, "NUL"));
  // The rest still read: a from its entry, b and c by the walk.
  CHECK(has(r.out, "\"source\":\"a\""));
  CHECK(has(r.out, "\"source\":\"b\""));
  CHECK(has(r.out, "\"source\":\"c\""));
}

TEST_CASE("a symlinked folder is walked inside the content folder, named outside it",
          "[hostile][paths]") {
  // Symlinked folders were never followed, and said nothing: their articles were lost
  // without a word.
  TempDir d;
  write_file(d.file("in/top.txt"), "قالت الوزارة إن 30 شخصا قتلوا.");
  write_file(d.file("in/real/inner.txt"), "Officials said 12 soldiers were wounded.");
  write_file(d.file("elsewhere/secret.txt"), "token 987654321 of the runner");
  fs::create_directories(d.file("in/a"));
  fs::create_directory_symlink("../real", d.file("in/a/alias"));    // inside, sorted first
  fs::create_directory_symlink("..", d.file("in/real/up"));         // a cycle
  fs::create_directory_symlink("../elsewhere", d.file("in/away"));  // outside
  TempDir out;
  const auto [r, reports] = check_all(d.file("in"), out);
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("in/away") + ": a symlink to the folder '"));
  CHECK(has(r.err, "outside the folder being read; not read (--allow-outside reads it)"));
  CHECK_FALSE(has(reports, "987654321"));
  // The linked folder is read once, under its own name, and the cycle ends.
  const std::string json = read_file(out.file("r.json"));
  CHECK(has(json, "\"path\": \"" + d.file("in/real/inner.txt") + "\""));
  CHECK_FALSE(has(json, "alias/inner.txt"));
  CHECK_FALSE(has(json, "up/top.txt"));
  CHECK(has(json, "\"path\": \"" + d.file("in/top.txt") + "\""));
  TempDir out2;
  const auto [allowed, allowed_reports] = check_all(d.file("in"), out2, {"--allow-outside"});
  CHECK(allowed.exit_code == 0);
  CHECK(has(allowed_reports, "987654321"));
}
