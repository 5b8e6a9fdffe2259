// The reports through the real CLI: the committed reports/ are current, two runs give
// the same bytes, reports are replaced atomically, --baseline, diff, --draft, inline
// suppressions, and finding ids that survive moved lines. Tests never write in reports/.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

#include "support/cli.hpp"

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::TempDir;

namespace {

const std::string kCases = "tests/golden/report_cases/";

std::set<std::string> finding_ids(const std::string& json_text) {
  std::set<std::string> ids;
  // Keep the parsed report alive: a range-for over a temporary's member dangles.
  const auto report = nlohmann::json::parse(json_text);
  for (const auto& f : report["findings"]) ids.insert(f["id"]);
  return ids;
}

std::size_t files_in(const std::string& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the committed reports of the seeds are what factcheck writes now",
          "[golden][report][cli][seeds]") {
  TempDir tmp;
  const auto r = run_cli({"check", "seeds", "--report", tmp.file("seeds.md"), "--json",
                          tmp.file("seeds.json"), "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  for (const std::string name : {"seeds.md", "seeds.json"}) {
    const std::string committed_text = read_file(fc::test::source_dir() + "/reports/" + name);
    const std::string now_text = read_file(tmp.file(name));
    const auto committed = fc::test::lines_of(committed_text);
    const auto now = fc::test::lines_of(now_text);
    std::size_t line = 0;
    while (line < committed.size() && line < now.size() && committed[line] == now[line]) ++line;
    INFO("reports/" << name << " is stale from line " << line + 1 << ": committed '"
                    << (line < committed.size() ? committed[line] : "(end)") << "', now '"
                    << (line < now.size() ? now[line] : "(end)")
                    << "'. Regenerate with the README's first command: factcheck check seeds "
                       "--report reports/seeds.md --json reports/seeds.json --fail-on never");
    const bool same = committed_text == now_text;
    CHECK(same);
  }
}

TEST_CASE("two runs give byte-identical reports whatever the number of workers",
          "[golden][report][cli][determinism]") {
  TempDir tmp;
  std::string outs[2];
  for (int i = 0; i < 2; ++i) {
    const std::string n = std::to_string(i);
    const auto r =
        run_cli({"check", "seeds", "--jobs", i == 0 ? "1" : "2", "--report", tmp.file(n + ".md"),
                 "--json", tmp.file(n + ".json"), "--sarif", tmp.file(n + ".sarif"),
                 "--annotations", "github", "--fail-on", "never"});
    REQUIRE(r.exit_code == 0);
    outs[i] = r.out;
  }
  CHECK(outs[0] == outs[1]);
  for (const char* ext : {".md", ".json", ".sarif"}) {
    const std::string a = read_file(tmp.file(std::string("0") + ext));
    CHECK(!a.empty());
    CHECK(a == read_file(tmp.file(std::string("1") + ext)));
  }
}

TEST_CASE("a report written over an old one replaces it whole and a failed write keeps it",
          "[golden][report][cli][atomic]") {
  TempDir tmp;
  fc::test::write_file(tmp.file("r.md"), "old report\n");
  fc::test::write_file(tmp.file("r.json"), "{\"old\": true}\n");
  auto r = run_cli({"check", kCases + "articles", "--published", "2023-03-07", "--report",
                    tmp.file("r.md"), "--json", tmp.file("r.json"), "--fail-on", "never"});
  CHECK(r.exit_code == 0);
  CHECK(read_file(tmp.file("r.md")).rfind("# Fact-consistency report\n", 0) == 0);
  CHECK(nlohmann::json::parse(read_file(tmp.file("r.json")))["schema"] == "factcheck.report/1");
  CHECK(files_in(tmp.path()) == 2);  // no temporary file left beside them
  // A write into a missing folder fails: exit 2, the message names the file, and the
  // other reports (the old ones included) are still there.
  const std::string old_md = read_file(tmp.file("r.md"));
  r = run_cli({"check", kCases + "articles", "--published", "2023-03-07", "--report",
               tmp.file("r.md"), "--json", tmp.file("missing/r.json"), "--fail-on", "never"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(tmp.file("missing/r.json")) != std::string::npos);
  CHECK(read_file(tmp.file("r.md")) == old_md);
  // A target that cannot be replaced (a folder with files) is left intact, no temporary
  // file is left beside it.
  std::filesystem::create_directories(tmp.file("dir.md"));
  fc::test::write_file(tmp.file("dir.md/keep"), "keep\n");
  const std::size_t before = files_in(tmp.path());
  r = run_cli({"check", kCases + "articles", "--published", "2023-03-07", "--report",
               tmp.file("dir.md"), "--fail-on", "never"});
  CHECK(r.exit_code == 2);
  CHECK(read_file(tmp.file("dir.md/keep")) == "keep\n");
  CHECK(files_in(tmp.path()) == before);
}

TEST_CASE("reports written side by side each fail alone and are named in a fixed order",
          "[golden][report][cli][atomic]") {
  TempDir tmp;
  for (const char* jobs : {"1", "3"}) {
    const auto r =
        run_cli({"check", kCases + "articles", "--published", "2023-03-07", "--jobs", jobs,
                 "--report", tmp.file("missing/r.md"), "--json", tmp.file("gone/r.json"), "--sarif",
                 tmp.file("r.sarif"), "--fail-on", "never"});
    CHECK(r.exit_code == 2);
    const auto md = r.err.find(tmp.file("missing/r.md"));
    const auto json = r.err.find(tmp.file("gone/r.json"));
    REQUIRE(md != std::string::npos);
    REQUIRE(json != std::string::npos);
    CHECK(md < json);
    CHECK(nlohmann::json::parse(read_file(tmp.file("r.sarif")))["version"] == "2.1.0");
    std::filesystem::remove(tmp.file("r.sarif"));
  }
}

TEST_CASE("an unreadable input exits 2 and the report is still written",
          "[golden][report][cli][exit]") {
  TempDir tmp;
  const auto r =
      run_cli({"check", kCases + "articles", "no-such-folder", "--published", "2023-03-07",
               "--json", tmp.file("r.json"), "--report", tmp.file("r.md")});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no-such-folder") != std::string::npos);
  const auto j = nlohmann::json::parse(read_file(tmp.file("r.json")));
  CHECK(j["sources"].size() == 2);
  REQUIRE(j["problems"].size() == 1);
  CHECK(j["problems"][0]["source"] == "no-such-folder");
  CHECK(read_file(tmp.file("r.md")).find("no-such-folder") != std::string::npos);
}

TEST_CASE("with its own report as baseline every finding is known and the run passes",
          "[golden][report][cli][baseline]") {
  TempDir tmp;
  auto r = run_cli({"check", kCases + "articles", "--published", "2023-03-07", "--json",
                    tmp.file("old.json"), "--report", tmp.file("old.md"), "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  r = run_cli({"check", kCases + "articles", "--published", "2023-03-07", "--baseline",
               tmp.file("old.json"), "--json", tmp.file("new.json"), "--report", tmp.file("new.md"),
               "--fail-on", "warning"});
  CHECK(r.exit_code == 0);
  const auto known = nlohmann::json::parse(read_file(tmp.file("new.json")));
  for (const auto& f : known["findings"]) {
    CHECK(f["baseline"] == "known");
  }
  CHECK(read_file(tmp.file("new.md")).find("Baseline: ") != std::string::npos);
  // An empty baseline: every finding is new and counts again.
  fc::test::write_file(tmp.file("empty.json"),
                       "{\"schema\": \"factcheck.report/1\", \"sources\": [], \"claims\": [], "
                       "\"findings\": [], \"problems\": []}");
  r = run_cli({"check", kCases + "articles", "--published", "2023-03-07", "--baseline",
               tmp.file("empty.json"), "--json", tmp.file("new2.json"), "--report",
               tmp.file("new2.md"), "--fail-on", "never"});
  CHECK(r.exit_code == 0);
  const auto fresh = nlohmann::json::parse(read_file(tmp.file("new2.json")));
  for (const auto& f : fresh["findings"]) {
    CHECK(f["baseline"] == "new");
  }
  // A baseline that is not a report is an input problem: exit 2, with line and column.
  fc::test::write_file(tmp.file("bad.json"), "{\n  \"schema\": oops\n}\n");
  r = run_cli({"check", kCases + "articles", "--published", "2023-03-07", "--baseline",
               tmp.file("bad.json"), "--report", tmp.file("bad.md")});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(tmp.file("bad.json") + ":2:13: not valid JSON") != std::string::npos);
}

TEST_CASE("diff of two reports lists new resolved changed and unchanged findings",
          "[golden][report][cli][diff]") {
  TempDir tmp;
  const auto gold = fc::test::source_dir() + "/tests/golden/report_cases/hostile/input.json";
  fc::test::write_file(tmp.file("empty.json"),
                       "{\"schema\": \"factcheck.report/1\", \"sources\": [], \"claims\": [], "
                       "\"findings\": [], \"problems\": []}");
  auto r = run_cli({"diff", gold, gold});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("0 new, 0 resolved, 0 changed, 0 gained sources, 10 unchanged.") !=
        std::string::npos);
  // Everything is new against an empty report: the error fails the run at --fail-on error.
  r = run_cli({"diff", tmp.file("empty.json"), gold});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("10 new, 0 resolved") != std::string::npos);
  r = run_cli(
      {"diff", tmp.file("empty.json"), gold, "--fail-on", "never", "--report", tmp.file("d.md")});
  CHECK(r.exit_code == 0);
  CHECK(read_file(tmp.file("d.md")).rfind("# Fact-consistency report diff\n", 0) == 0);
  // Resolved findings never fail.
  r = run_cli({"diff", gold, tmp.file("empty.json")});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("0 new, 10 resolved") != std::string::npos);
  // A report that cannot be read: exit 2, naming it.
  r = run_cli({"diff", tmp.file("nope.json"), gold});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(tmp.file("nope.json")) != std::string::npos);
}

TEST_CASE("draft mode reports only findings that involve the draft",
          "[golden][report][cli][draft]") {
  TempDir tmp;
  const auto r = run_cli({"check", kCases + "articles", "--draft", kCases + "draft.md",
                          "--published", "2023-03-07", "--json", tmp.file("d.json"), "--report",
                          tmp.file("d.md"), "--fail-on", "never"});
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(read_file(tmp.file("d.json")));
  CHECK(j["draft"] == "draft");
  CHECK(j["sources"].size() == 3);
  for (const auto& f : j["findings"]) {
    const auto& s = f["sources"];
    CHECK(std::find(s.begin(), s.end(), "draft") != s.end());
  }
  const std::string md = read_file(tmp.file("d.md"));
  CHECK(md.find("Draft mode: only findings that involve the draft draft") != std::string::npos);
  CHECK(md.find("## Unverified draft claims") != std::string::npos);
}

TEST_CASE("inline suppressions that match nothing are reported and one without a reason fails",
          "[golden][report][cli][suppress]") {
  TempDir tmp;
  auto r = run_cli({"check", kCases + "ignore_unused.md", "--published", "2023-03-07", "--json",
                    tmp.file("a.json"), "--report", tmp.file("a.md")});
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("warning: " + kCases +
                   "ignore_unused.md:3: factcheck-ignore "
                   "'no-such-finding-0000' matches no finding") != std::string::npos);
  const auto j = nlohmann::json::parse(read_file(tmp.file("a.json")));
  REQUIRE(j["warnings"].size() == 1);
  CHECK(read_file(tmp.file("a.md")).find("matches no finding") != std::string::npos);
  r = run_cli({"check", kCases + "ignore_no_reason.md", "--published", "2023-03-07", "--report",
               tmp.file("b.md")});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(kCases + "ignore_no_reason.md:3:1: factcheck-ignore needs") !=
        std::string::npos);
}

TEST_CASE("finding ids survive moved lines and edits elsewhere in an article",
          "[golden][report][cli][ids]") {
  TempDir tmp;
  auto a = run_cli({"check", kCases + "articles", "--published", "2023-03-07", "--json",
                    tmp.file("a.json"), "--report", tmp.file("a.md"), "--fail-on", "never"});
  auto b = run_cli({"check", kCases + "articles_moved", "--published", "2023-03-07", "--json",
                    tmp.file("b.json"), "--report", tmp.file("b.md"), "--fail-on", "never"});
  REQUIRE(a.exit_code == 0);
  REQUIRE(b.exit_code == 0);
  const auto ids_a = finding_ids(read_file(tmp.file("a.json")));
  const auto ids_b = finding_ids(read_file(tmp.file("b.json")));
  if (ids_a.empty()) {
    WARN("comparison produced no findings: the id stability check waits for issue 5");
    return;
  }
  CHECK(ids_a == ids_b);
  // The lines did move: the same ids point at other lines.
  CHECK(read_file(tmp.file("a.json")) != read_file(tmp.file("b.json")));
  // And diff sees nothing new or resolved.
  const auto d = run_cli({"diff", tmp.file("a.json"), tmp.file("b.json")});
  CHECK(d.exit_code == 0);
  CHECK(d.out.find(" 0 new, 0 resolved, 0 changed,") != std::string::npos);
}
