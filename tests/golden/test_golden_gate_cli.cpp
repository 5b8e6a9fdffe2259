// The gate and the reports as editors and CI maintainers use them (issue 19), through the
// real CLI: SARIF's related locations, the content repository's .factcheck.yaml, diff
// --json, stable corroboration ids, quotes cut at words, <details> with a plain line
// before it, the progress bar, and files read once however they are named.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "support/cli.hpp"
#include "support/many_sources.hpp"

using fc::test::read_file;
using fc::test::run_cli;
using fc::test::TempDir;
using fc::test::write_file;
using Json = nlohmann::json;

TEST_CASE("no SARIF result has more than 1,000 related locations", "[golden][gate][cli][sarif]") {
  TempDir d;
  fc::test::write_alternating_contradiction(d.file("many"), 1300);
  const auto r = run_cli({"check", d.file("many"), "--published", "2024-06-04", "--sarif",
                          d.file("r.sarif"), "--json", d.file("r.json"), "--report", d.file("r.md"),
                          "--fail-on", "never", "--quiet"});
  REQUIRE(r.exit_code == 0);
  const Json sarif = Json::parse(read_file(d.file("r.sarif")));
  const Json report = Json::parse(read_file(d.file("r.json")));
  std::size_t largest = 0;
  for (const auto& f : report["findings"]) largest = std::max(largest, f["claims"].size());
  CHECK(largest == 1300);  // the contradiction holds every claim
  const auto& results = sarif["runs"][0]["results"];
  REQUIRE(!results.empty());
  for (const auto& res : results) {
    CHECK(res.value("relatedLocations", Json::array()).size() <= 1000);
  }
  CHECK(results[0]["relatedLocations"].size() == 1000);
  CHECK(results[0]["message"]["text"].get<std::string>().find(
            "299 more claims are listed in the JSON report") != std::string::npos);
}

namespace {

/// Runs `factcheck ARGS` on a terminal (script(1) gives it one) from `dir`, with a FIFO
/// `slow.txt` there that a writer fills 1.5 s later, so that reading lasts past the bar's
/// delay; returns what the terminal showed.
std::string on_terminal(const TempDir& d, const std::string& args) {
  const std::string fifo = d.file("news/slow.txt");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const std::string inner = "cd " + fc::test::shell_quote(d.file("news")) +
                            "; (sleep 1.5; echo 'A spokesman said 300 people were hurt.' > "
                            "slow.txt) & " +
                            fc::test::shell_quote(FC_BINARY) + " " + args + " > /dev/null";
  const std::string cmd = "script -q -e -c " + fc::test::shell_quote(inner) + " " +
                          fc::test::shell_quote(d.file("tty.log")) + " > /dev/null 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::filesystem::remove(fifo);
  return read_file(d.file("tty.log"));
}

}  // namespace

TEST_CASE("the progress bar appears on a terminal with --jobs 1 and never goes back",
          "[golden][gate][cli][progress]") {
  if (std::system("command -v script > /dev/null 2>&1") != 0) {
    WARN("script(1) is not installed: no terminal to draw on");
    return;
  }
  TempDir d;
  for (int i = 0; i < 40; ++i) {
    write_file(d.file("news/a" + std::to_string(100 + i) + ".txt"),
               "Officials said " + std::to_string(1000 + i) + " people were hurt.\n");
  }
  std::string names;
  for (int i = 0; i < 40; ++i) {
    names += " a" + std::to_string(100 + i) + ".txt";
    if (i == 20) names += " slow.txt";
  }
  // One thread: each source is read just before it is processed, so the line counts.
  const std::string one = on_terminal(d, "extract --jobs 1" + names);
  INFO(one);
  CHECK(one.find("extract  ") != std::string::npos);
  CHECK(one.find(" sources  ") != std::string::npos);
  CHECK(one.find("%") == std::string::npos);         // no percentage before the total is known
  CHECK(one.find("\r\x1b[K") != std::string::npos);  // and the line is erased at the end
  // Two threads: a percentage only once every source is found, of the final total, and
  // never lower than the one drawn before.
  const std::string two = on_terminal(d, "check --jobs 2 --fail-on never" + names);
  INFO(two);
  int last = -1;
  for (std::size_t at = two.find("/41 sources"); at != std::string::npos;
       at = two.find("/41 sources", at + 1)) {
    const std::size_t pct = two.find('%', at);
    REQUIRE(pct != std::string::npos);
    std::size_t b = pct;
    while (b > 0 && std::isdigit(static_cast<unsigned char>(two[b - 1]))) --b;
    const int percent = std::stoi(two.substr(b, pct - b));
    CHECK(percent >= last);
    last = percent;
  }
  CHECK((two.find("%") == std::string::npos || last >= 0));
}

namespace {

/// A content repository: .git at its root, two articles that contradict each other in
/// news/, a draft and notes that are not articles to check.
void write_repository(const TempDir& d) {
  std::filesystem::create_directories(d.file("repo/.git"));
  write_file(d.file("repo/news/a.txt"),
             "Officials said 4,125 US troops were in Poland on 1 May 2024.\n");
  write_file(d.file("repo/news/b.txt"),
             "The ministry said 9,870 US troops were in Poland on 1 May 2024.\n");
  write_file(d.file("repo/news/drafts/c.txt"),
             "A draft says 100 US troops were in Poland on 1 May 2024.\n");
  write_file(d.file("repo/news/desk.notes.md"), "Call the ministry: 555 1234.\n");
}

std::vector<std::string> source_paths(const std::string& json_text) {
  std::vector<std::string> out;
  const Json report = Json::parse(json_text);  // held: the loop must not outlive it
  for (const auto& s : report["sources"]) out.push_back(s["path"]);
  return out;
}

}  // namespace

TEST_CASE("a .factcheck.yaml in the repository sets checks and fail-on and ignores",
          "[golden][gate][cli][config]") {
  TempDir d;
  write_repository(d);
  const std::string news = d.file("repo/news");
  // Without settings: every article, and the contradiction fails the run.
  auto r = run_cli({"check", news, "--published", "2024-05-02", "--json", d.file("all.json"),
                    "--report", d.file("r.md")});
  CHECK(r.exit_code == 1);
  CHECK(source_paths(read_file(d.file("all.json"))).size() == 4);
  // A settings file above the repository's root is not the repository's.
  write_file(d.file(".factcheck.yaml"), "fail-on: never\n");
  r = run_cli({"check", news, "--published", "2024-05-02", "--report", d.file("r.md")});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("settings:") == std::string::npos);

  write_file(d.file("repo/.factcheck.yaml"),
             "# the desk's settings\n"
             "fail-on: never\n"
             "ignore:\n  - drafts/\n  - \"*.notes.md\"\n"
             "jobs: 2\n");
  r = run_cli({"check", news, "--published", "2024-05-02", "--json", d.file("set.json"), "--report",
               d.file("r.md")});
  CHECK(r.exit_code == 0);  // fail-on: never
  CHECK(r.err.find("factcheck: settings: ") != std::string::npos);
  const auto read = source_paths(read_file(d.file("set.json")));
  CHECK(read == std::vector<std::string>{news + "/a.txt", news + "/b.txt"});
  // The command line wins over the file.
  r = run_cli({"check", news, "--published", "2024-05-02", "--fail-on", "error", "--report",
               d.file("r.md")});
  CHECK(r.exit_code == 1);
  // Found from a subfolder or a file too; an ignored file named on its own is not read.
  r = run_cli({"check", news + "/drafts/c.txt", news + "/a.txt", "--published", "2024-05-02",
               "--json", d.file("named.json"), "--report", d.file("r.md")});
  CHECK(r.exit_code == 0);
  CHECK(source_paths(read_file(d.file("named.json"))) == std::vector<std::string>{news + "/a.txt"});
  // --no-config reads no settings; --config names a file.
  r = run_cli(
      {"check", news, "--published", "2024-05-02", "--no-config", "--report", d.file("r.md")});
  CHECK(r.exit_code == 1);
  // An anchored pattern (a leading '/') names a path from the settings file's folder only.
  write_file(d.file("elsewhere.yaml"), "fail-on: never\nignore: [/b.txt]\n");
  r = run_cli({"check", news, "--published", "2024-05-02", "--config", d.file("elsewhere.yaml"),
               "--json", d.file("else.json"), "--report", d.file("r.md")});
  CHECK(r.exit_code == 0);
  CHECK(source_paths(read_file(d.file("else.json"))).size() == 4);

  // checks: a folder of the desk's check files, relative to the settings file, here one
  // that accepts the contradiction.
  const Json all = Json::parse(read_file(d.file("all.json")));
  std::string key;
  for (const auto& f : all["findings"]) {
    if (f["kind"] == "contradiction") key = f["key"];
  }
  REQUIRE(!key.empty());
  write_file(d.file("repo/desk-checks/accepted.yaml"),
             "suppressions:\n  - {key: \"" + key +
                 "\", kind: contradiction, reason: \"two deployments, see desk note 4\"}\n");
  write_file(d.file("repo/.factcheck.yaml"), "checks: [desk-checks]\nfail-on: error\n");
  r = run_cli({"check", news, "--published", "2024-05-02", "--json", d.file("acc.json"), "--report",
               d.file("r.md")});
  CHECK(r.exit_code == 0);
  bool suppressed = false;
  const Json accepted = Json::parse(read_file(d.file("acc.json")));
  for (const auto& f : accepted["findings"]) {
    suppressed = suppressed || f.contains("suppressed");
  }
  CHECK(suppressed);
}

TEST_CASE("a bad .factcheck.yaml is an error with file:line:col", "[golden][gate][cli][config]") {
  TempDir d;
  write_repository(d);
  const std::string config = d.file("repo/.factcheck.yaml");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"fail-on: never\nignor: [drafts/]\n", ":2:1: unknown setting 'ignor'"},
      {"fail-on: sometimes\n", ":1:10: 'fail-on' is error, warning or never"},
      {"jobs: many\n", ":1:7: 'jobs' is a whole number from 1"},
      {"ignore: {drafts: yes}\n", ":1:9: 'ignore' takes text or a list of text"},
      {"checks: \"desk\nfail-on: never\n", ":1:9: the quote opened here is not closed"},
      {"fail-on: never\nfail-on: error\n", ":2:1: the key 'fail-on' is given twice"},
      {"- fail-on\n", ":1:1: a settings file is a map of settings"},
  };
  for (const auto& [text, message] : cases) {
    write_file(config, text);
    const auto r = run_cli({"check", d.file("repo/news"), "--report", d.file("r.md")});
    INFO(text);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(".factcheck.yaml" + message) != std::string::npos);
    CHECK(!std::filesystem::exists(d.file("r.md")));
  }
  // The other reading commands read it too.
  write_file(config, "jobs: 0\n");
  CHECK(run_cli({"extract", d.file("repo/news")}).exit_code == 2);
  CHECK(run_cli({"claims", d.file("repo/news")}).exit_code == 2);
}

namespace {

/// `check DIR --json FILE` of articles given as (name, text); returns the report.
Json check_json(const TempDir& d, const std::string& dir, const std::string& json) {
  const auto r = run_cli({"check", d.file(dir), "--published", "2024-06-04", "--json", d.file(json),
                          "--report", d.file(json + ".md"), "--quiet"});
  REQUIRE(r.exit_code <= 1);
  return Json::parse(read_file(d.file(json)));
}

/// The first finding of `kind` (and of `key`, when one is given).
const Json* finding_of(const Json& report, const std::string& kind, const std::string& key = "") {
  for (const auto& f : report["findings"]) {
    if (f["kind"] == kind && (key.empty() || f["key"] == key)) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a corroboration keeps its id when a source joins and diff says it gained one",
          "[golden][gate][cli][diff]") {
  TempDir d;
  write_file(d.file("news/one.txt"),
             "The defence ministry said 3,480 US soldiers were based in Germany on 3 June "
             "2024.\nHospitals said 57 people were wounded in Constanta on 3 June 2024.\n");
  write_file(d.file("news/two.txt"),
             "A spokesman said 3,480 US soldiers were based in Germany on 3 June 2024.\n");
  const Json before = check_json(d, "news", "old.json");
  write_file(d.file("news/three.txt"),
             "Local officials said 3,480 US soldiers were based in Germany on 3 June 2024.\n"
             "Doctors said 57 people were wounded in Constanta on 3 June 2024.\n");
  const Json after = check_json(d, "news", "new.json");
  const Json* old_c = finding_of(before, "corroboration");
  REQUIRE(old_c != nullptr);
  const Json* new_c = finding_of(after, "corroboration", (*old_c)["key"]);
  REQUIRE(new_c != nullptr);
  CHECK((*old_c)["sources"].size() == 2);
  CHECK((*new_c)["sources"].size() == 3);
  CHECK((*old_c)["id"] == (*new_c)["id"]);  // the same corroboration, one source more

  // The Markdown diff: nothing resolved; the corroboration gained a source, and the
  // wounded figure only one.txt gave is now corroborated.
  auto r = run_cli({"diff", d.file("old.json"), d.file("new.json")});
  REQUIRE(r.exit_code == 0);
  INFO(r.out);
  CHECK(r.out.find(" 0 resolved, ") != std::string::npos);
  CHECK(r.out.find("2 gained sources") != std::string::npos);
  CHECK(r.out.find("now given by one, three, two (was one, two)") != std::string::npos);
  CHECK(r.out.find("was a claim only one made") != std::string::npos);
  CHECK(r.out.find("now corroborated by one, three") != std::string::npos);
  CHECK(r.out.find("(news/three.txt:1)") == std::string::npos);  // paths as the reports give
  CHECK(r.out.find("three.txt:1)") != std::string::npos);

  // --json FILE writes the same diff as JSON; --json - writes it alone on standard output.
  r = run_cli({"diff", d.file("old.json"), d.file("new.json"), "--json", d.file("d.json"),
               "--report", d.file("d.md")});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());
  const Json diff = Json::parse(read_file(d.file("d.json")));
  CHECK(diff["schema"] == "factcheck.diff/1");
  CHECK(diff["counts"]["resolved"] == 0);
  CHECK(diff["counts"]["gained"] == 2);
  CHECK(diff["counts"]["new"] == 0);
  std::set<std::string> how;
  for (const auto& g : diff["gained"]) how.insert(g["how"].get<std::string>());
  CHECK(how == std::set<std::string>{"corroborated", "more-sources"});
  const auto& claim = diff["gained"][0]["new"]["claims"][0];
  CHECK(claim.contains("file"));
  CHECK(claim.contains("line"));
  CHECK(claim.contains("column"));
  r = run_cli({"diff", d.file("old.json"), d.file("new.json"), "--json", "-"});
  REQUIRE(r.exit_code == 0);
  CHECK(Json::parse(r.out) == diff);
  CHECK(!std::filesystem::exists(fc::test::source_dir() + "/-"));
  r = run_cli({"diff", d.file("old.json"), d.file("new.json"), "--json", "-", "--report", "-"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("would both write to standard output") != std::string::npos);
}

TEST_CASE("a single-source claim another source now contradicts is not called resolved",
          "[golden][gate][cli][diff]") {
  TempDir d;
  write_file(d.file("news/one.txt"),
             "The defence ministry said 3,480 US soldiers were based in Germany on 3 June "
             "2024.\n");
  write_file(d.file("news/pad.txt"), "Hospitals said 57 people were wounded on 3 June 2024.\n");
  check_json(d, "news", "old.json");
  write_file(d.file("news/two.txt"),
             "A spokesman said 7,215 US soldiers were based in Germany on 3 June 2024.\n");
  check_json(d, "news", "new.json");
  const auto r = run_cli({"diff", d.file("old.json"), d.file("new.json"), "--json", "-"});
  CHECK(r.exit_code == 1);  // the contradiction is new and fails the run
  const Json diff = Json::parse(r.out);
  CHECK(diff["counts"]["resolved"] == 0);
  REQUIRE(diff["gained"].size() == 1);
  CHECK(diff["gained"][0]["how"] == "contradicted");
  CHECK(diff["gained"][0]["old"]["kind"] == "single-source");
  REQUIRE(diff["new_findings"].size() == 1);
  CHECK(diff["new_findings"][0]["kind"] == "contradiction");
}

TEST_CASE("the claims of a contradiction are not listed again as single-source",
          "[golden][gate][cli][markdown]") {
  TempDir d;
  // One article that contradicts itself (figures this close are one count stated twice,
  // not a part of a whole), and another on something else.
  write_file(d.file("news/one.txt"),
             "The defence ministry said 3,480 US soldiers were based in Germany on 3 June "
             "2024.\nLater it said 3,950 US soldiers were based in Germany on 3 June 2024.\n");
  write_file(d.file("news/two.txt"), "Hospitals said 57 people were wounded on 3 June 2024.\n");
  const Json report = check_json(d, "news", "r.json");
  const Json* contradiction = finding_of(report, "contradiction");
  REQUIRE(contradiction != nullptr);
  for (const auto& f : report["findings"]) {
    if (f["kind"] != "single-source") continue;
    CHECK(f["key"] != (*contradiction)["key"]);
    for (const auto& c : f["claims"]) {
      for (const auto& k : (*contradiction)["claims"]) CHECK(c != k);
    }
  }
  const std::string md = read_file(d.file("r.json.md"));
  CHECK(md.find("3,950") != std::string::npos);
  const std::string singles = md.substr(md.find("## Single-source claims"));
  CHECK(singles.find("3,950") == std::string::npos);
  CHECK(singles.find("3,480") == std::string::npos);
}

TEST_CASE("quotes in the Markdown are cut between words with an ellipsis",
          "[golden][gate][cli][markdown]") {
  TempDir d;
  // Long sentences, so that the quote must be cut on both sides of the figure.
  std::string words_before;
  std::string words_after;
  for (int i = 0; i < 30; ++i) words_before += "وأضاف المتحدثون الرسميون ";
  for (int i = 0; i < 30; ++i) words_after += " وقالت المصادر المطلعة";
  write_file(d.file("news/one.txt"), words_before +
                                         "أن 4125 جنديا أمريكيا كانوا في رومانيا يوم 3 يونيو 2024" +
                                         words_after + ".\n");
  write_file(d.file("news/two.txt"), std::string(300, 'x') +
                                         " officials said 7,215 US soldiers were in Romania on 3 "
                                         "June 2024, according to the briefing notes " +
                                         std::string(200, 'y') + ".\n");
  const auto r = run_cli(
      {"check", d.file("news"), "--report", d.file("r.md"), "--fail-on", "never", "--quiet"});
  REQUIRE(r.exit_code == 0);
  const std::string md = read_file(d.file("r.md"));
  std::size_t cuts = 0;
  for (std::size_t at = md.find("…"); at != std::string::npos; at = md.find("…", at + 1)) {
    ++cuts;
    const std::string before = md.substr(at >= 12 ? at - 12 : 0, at >= 12 ? 12 : at);
    const std::string after = md.substr(at + 3, 24);
    INFO("…" << before << "|" << after);
    // Either side of an ellipsis: a tag or a cell boundary, or a whole word (the
    // neighbouring word is one of the sentence's words, never a piece of one).
    const bool opens = !before.empty() && before.back() == '>';
    const bool closes = after.rfind("</span>", 0) == 0;
    CHECK((opens || closes));
    if (opens) {
      CHECK((after.rfind("وأضاف", 0) == 0 || after.rfind("المتحدثون", 0) == 0 ||
             after.rfind("الرسميون", 0) == 0 || after.rfind("officials", 0) == 0));
    }
    if (closes) {
      const std::string tail = md.substr(at - 16, 16);
      CHECK((tail.find("المطلعة") != std::string::npos ||
             tail.find("المصادر") != std::string::npos || tail.find("وقالت") != std::string::npos ||
             tail.find("yyyy") != std::string::npos || tail.find("notes") != std::string::npos));
    }
  }
  CHECK(cuts >= 2);
  CHECK(md.find(" …") == std::string::npos);  // no space left before the ellipsis
  CHECK(md.find("… ") == std::string::npos);
}

TEST_CASE("a folded table has a plain line before its details element",
          "[golden][gate][cli][markdown]") {
  TempDir d;
  std::string text;
  const char* places[] = {"Iraq", "Syria", "Jordan", "Libya", "Morocco", "Sudan"};
  for (int i = 0; i < 6; ++i) {
    text += "Officials said " + std::to_string(11 + i) + " people were killed in " + places[i] +
            " on 3 June 2024.\n";
  }
  write_file(d.file("news/one.txt"), text);
  write_file(d.file("news/two.txt"), "Hospitals said 57 soldiers were based in Germany.\n");
  const auto r = run_cli({"check", d.file("news"), "--published", "2024-06-04", "--report",
                          d.file("r.md"), "--fail-on", "never", "--quiet"});
  REQUIRE(r.exit_code == 0);
  const std::string md = read_file(d.file("r.md"));
  const std::size_t details = md.find("<details>");
  REQUIRE(details != std::string::npos);
  // The paragraph before says what the table holds, outside any HTML: a renderer that
  // drops <details> (or all raw HTML) still shows it and the table.
  CHECK(md.find("\n\n6 claims only one makes.\n\n<details>") == details - 28);
  CHECK(md.find("<details><summary>Show the table</summary>\n\n| Claim |") != std::string::npos);
}

TEST_CASE("a file named on its own inside a folder also given is read once, without a problem",
          "[golden][gate][cli][ingest]") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"check", "seeds/000_544dbaf06cb7e177.txt", "seeds"},
           {"check", "seeds", "seeds/000_544dbaf06cb7e177.txt"},
           {"check", "--sources", "seeds/sources.yaml", "seeds"},
           {"check", "--sources", "seeds/sources.yaml", "seeds/000_544dbaf06cb7e177.txt", "seeds"},
           {"check", "seeds/", "./seeds/../seeds/000_544dbaf06cb7e177.txt"},
       }) {
    static const std::size_t seeds_claims =
        Json::parse(read_file(fc::test::source_dir() + "/reports/seeds.json"))["claims"].size();
    std::vector<std::string> a = args;
    for (const char* extra : {"--json", "-", "--fail-on", "never", "--quiet"}) a.push_back(extra);
    const auto r = run_cli(a);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    const Json report = Json::parse(r.out);  // --json - alone: the JSON on standard output
    CHECK(report["sources"].size() == 5);
    // As many claims as the committed report of the seeds (read once each, not twice).
    CHECK(report["claims"].size() == seeds_claims);
    CHECK(report["problems"].empty());
  }
}
