// Where check and diff write, through the real CLI (issue 19, issue 20 item 4): a failed
// write to standard output is an error, two reports on one file or a report over an
// article are refused before anything is written, `-` is standard output, the
// annotations have standard output to themselves, and the summary on standard error
// says what was found, where the reports went and why the run exits as it does.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "support/cli.hpp"

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::TempDir;
using fc::test::write_file;

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// Two articles of my own whose troop counts contradict: the run fails at --fail-on error.
void write_contradiction(const TempDir& d) {
  write_file(d.file("news/sources.yaml"),
             "sources:\n"
             "  - id: one\n    file: one.txt\n    outlet: First Wire\n    language: en\n"
             "    published: 2024-05-02\n"
             "  - id: two\n    file: two.txt\n    outlet: Second Wire\n    language: en\n"
             "    published: 2024-05-02\n");
  write_file(d.file("news/one.txt"),
             "Poland had exactly 4,125 US troops on its soil on 1 May 2024, the ministry said.\n");
  write_file(d.file("news/two.txt"),
             "Poland had exactly 9,870 US troops on its soil on 1 May 2024, officials said.\n");
}

/// Runs `factcheck ARGS` with standard output sent to /dev/full.
int run_to_full(const std::string& args) {
  const std::string cmd = "cd " + fc::test::shell_quote(fc::test::source_dir()) + " && " +
                          fc::test::shell_quote(FC_BINARY) + " " + args +
                          " > /dev/full 2>/dev/null";
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("a report that cannot be written to standard output fails the run",
          "[golden][outputs][cli]") {
  if (!std::filesystem::exists("/dev/full")) return;
  TempDir d;
  write_contradiction(d);
  const std::string news = fc::test::shell_quote(d.file("news"));
  CHECK(run_to_full("check " + news + " --fail-on never") == 2);
  CHECK(run_to_full("check " + news + " --fail-on never --annotations github") == 2);
  CHECK(run_to_full("check " + news + " --fail-on never --report " +
                    fc::test::shell_quote(d.file("r.md")) + " --json -") == 2);
  // The same runs to a file pass: the failure is the write's.
  CHECK(run_cli({"check", d.file("news"), "--fail-on", "never"}).exit_code == 0);
  const auto r = run_cli({"check", d.file("news"), "--fail-on", "never", "--json",
                          d.file("old.json"), "--report", d.file("old.md")});
  REQUIRE(r.exit_code == 0);
  const std::string old_json = fc::test::shell_quote(d.file("old.json"));
  CHECK(run_to_full("diff " + old_json + " " + old_json) == 2);
}

TEST_CASE("two reports on one file or a report over an article are usage errors",
          "[golden][outputs][cli]") {
  TempDir d;
  write_contradiction(d);
  const std::string article = read_file(d.file("news/one.txt"));
  // The same file under two spellings.
  auto r = run_cli({"check", d.file("news"), "--report", d.file("x.out"), "--json",
                    d.path() + "/./x.out", "--fail-on", "never"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "--report and --json name the same file"));
  CHECK(!std::filesystem::exists(d.file("x.out")));
  // Both on standard output.
  r = run_cli({"check", d.file("news"), "--json", "-", "--sarif", "-", "--report", d.file("r.md"),
               "--fail-on", "never"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "would both write to standard output"));
  // A report over an article the run reads: refused, the article kept.
  for (const char* option : {"--report", "--json", "--sarif"}) {
    r = run_cli({"check", d.file("news"), option, d.file("news/one.txt"), "--fail-on", "never"});
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, "would replace it"));
    CHECK(read_file(d.file("news/one.txt")) == article);
  }
  // /dev/null may take several reports.
  r = run_cli({"check", d.file("news"), "--report", "/dev/null", "--json", "/dev/null", "--fail-on",
               "never"});
  CHECK(r.exit_code == 0);
}

TEST_CASE("dash is standard output and the annotations have it to themselves",
          "[golden][outputs][cli]") {
  TempDir d;
  write_contradiction(d);
  auto r = run_cli(
      {"check", d.file("news"), "--json", "-", "--report", d.file("r.md"), "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  CHECK(!std::filesystem::exists(fc::test::source_dir() + "/-"));
  CHECK(nlohmann::json::parse(r.out)["schema"] == "factcheck.report/1");
  CHECK(read_file(d.file("r.md")).rfind("# Fact-consistency report\n", 0) == 0);
  // --annotations github without --report: workflow commands only, no Markdown mixed in.
  r = run_cli({"check", d.file("news"), "--annotations", "github", "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  CHECK(!has(r.out, "# Fact-consistency report"));
  for (const auto& line : fc::test::lines_of(r.out)) CHECK(line.rfind("::", 0) == 0);
  CHECK(has(r.out, "::error file="));
  CHECK(has(r.err, "no Markdown: give --report FILE"));
}

TEST_CASE("a failing run says on standard error what failed and why it exits 1",
          "[golden][outputs][cli][summary]") {
  TempDir d;
  write_contradiction(d);
  auto r =
      run_cli({"check", d.file("news"), "--report", d.file("r.md"), "--json", d.file("r.json")});
  REQUIRE(r.exit_code == 1);
  CHECK(has(r.err, "factcheck: 2 sources, "));
  CHECK(has(r.err, "1 contradiction"));
  CHECK(has(r.err, "one.txt:1:"));  // the top finding with its place
  CHECK(has(r.err, "error: contradiction"));
  CHECK(has(r.err, "Markdown → " + d.file("r.md")));
  CHECK(has(r.err, "JSON → " + d.file("r.json")));
  CHECK(has(r.err, "exit 1: 1 finding at or above --fail-on error"));
  CHECK(!has(r.err, "\033["));  // no colour into a file
  // The same run passes at --fail-on never and says why.
  r = run_cli({"check", d.file("news"), "--report", d.file("r.md"), "--fail-on", "never"});
  CHECK(r.exit_code == 0);
  CHECK(has(r.err, "exit 0: --fail-on never"));
  // --quiet: no summary.
  r = run_cli({"check", d.file("news"), "--report", d.file("r.md"), "--quiet"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.empty());
}

TEST_CASE("bidi controls from an article reach no SARIF message or annotation",
          "[golden][outputs][cli][bidi]") {
  TempDir d;
  write_file(d.file("news/sources.yaml"),
             "sources:\n"
             "  - id: one\n    file: one.txt\n    outlet: Wire\n    language: ar\n"
             "    published: 2024-05-02\n"
             "  - id: two\n    file: two.txt\n    outlet: Paper\n    language: ar\n"
             "    published: 2024-05-02\n");
  // U+202E (RIGHT-TO-LEFT OVERRIDE) and U+2066 inside the figures' sentences.
  write_file(d.file("news/one.txt"),
             "قال الجيش إن 4125 \u202e جنديا أمريكيا \u2066كانوا في بولندا يوم 1 مايو 2024.\n");
  write_file(d.file("news/two.txt"),
             "قال الجيش إن 9870 \u202e جنديا أمريكيا كانوا في بولندا يوم 1 مايو 2024.\n");
  const auto r = run_cli({"check", d.file("news"), "--sarif", d.file("r.sarif"), "--report",
                          d.file("r.md"), "--annotations", "github", "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  const std::string sarif = read_file(d.file("r.sarif"));
  for (const char* control : {"\u202e", "\u2066", "\u202a", "\u202b", "\u202d"}) {
    CHECK(!has(r.out, control));
    CHECK(!has(sarif, control));
    CHECK(!has(r.err, control));
    CHECK(!has(read_file(d.file("r.md")), control));
  }
}

TEST_CASE("a misspelt subcommand is answered with the nearest one",
          "[golden][outputs][cli][usage]") {
  auto r = run_cli({"chek", "seeds"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "did you mean 'check'?"));
  r = run_cli({"exract"});
  CHECK(has(r.err, "did you mean 'extract'?"));
  r = run_cli({"zzzzzz"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "'zzzzzz' is not a subcommand"));
  CHECK(!has(r.err, "did you mean"));
}

TEST_CASE("a run with --jobs far above the cores still runs", "[golden][outputs][cli][usage]") {
  TempDir d;
  write_contradiction(d);
  const auto r = run_cli({"check", d.file("news"), "--jobs", "100000", "--report", d.file("r.md"),
                          "--fail-on", "never"});
  CHECK(r.exit_code == 0);
  CHECK(!has(r.err, "internal error"));
}

TEST_CASE("a report written into the folder it checks is not read back on the next run",
          "[golden][outputs][cli][ingest]") {
  TempDir d;
  write_contradiction(d);
  std::string first;
  for (int run = 0; run < 2; ++run) {
    const auto r = run_cli({"check", d.file("news"), "--report", d.file("news/report.md"), "--json",
                            d.file("news/report.json"), "--fail-on", "never"});
    REQUIRE(r.exit_code == 0);
    const auto j = nlohmann::json::parse(read_file(d.file("news/report.json")));
    CHECK(j["sources"].size() == 2);
    if (run == 0) first = read_file(d.file("news/report.json"));
  }
  CHECK(read_file(d.file("news/report.json")) == first);
  // --exclude skips a file of the walk (here the report of an earlier run elsewhere).
  write_file(d.file("news/old_report.md"), read_file(d.file("news/report.md")));
  auto r = run_cli({"check", d.file("news"), "--exclude", d.file("news/old_report.md"), "--exclude",
                    d.file("news/report.md"), "--json", "-", "--report", "/dev/null", "--fail-on",
                    "never"});
  REQUIRE(r.exit_code == 0);
  CHECK(nlohmann::json::parse(r.out)["sources"].size() == 2);
}

TEST_CASE("files named on their own keep what the sources.yaml beside them says",
          "[golden][outputs][cli][ingest]") {
  TempDir d;
  write_contradiction(d);
  const auto whole = run_cli(
      {"check", d.file("news"), "--json", "-", "--report", "/dev/null", "--fail-on", "never"});
  const auto files = run_cli({"check", d.file("news/one.txt"), d.file("news/two.txt"), "--json",
                              "-", "--report", "/dev/null", "--fail-on", "never"});
  REQUIRE(whole.exit_code == 0);
  REQUIRE(files.exit_code == 0);
  const auto a = nlohmann::json::parse(whole.out);
  const auto b = nlohmann::json::parse(files.out);
  CHECK(b["sources"][0]["outlet"] == "First Wire");
  CHECK(b["sources"][0]["published_from"] == "manifest");
  CHECK(a["findings"] == b["findings"]);
}

TEST_CASE("a folder with no articles is an error naming it", "[golden][outputs][cli][ingest]") {
  TempDir d;
  std::filesystem::create_directories(d.file("empty/sub"));
  write_file(d.file("empty/notes.docx"), "x");
  const auto r = run_cli({"check", d.file("empty"), "--report", "/dev/null"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, d.file("empty") + ": no articles here"));
}
