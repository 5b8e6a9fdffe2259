// End-to-end tests through the real CLI binary.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>

#include "support/cli.hpp"

using fc::test::lines_of;
using fc::test::read_file;
using fc::test::run_cli;

namespace {

/// For every mention of `out` (JSON Lines), the bytes of the file at its span are its text.
void check_spans(const std::string& out, const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& line : lines_of(out)) {
    const auto j = nlohmann::json::parse(line);
    const std::string source = j["source"];
    if (!files.count(source)) {
      for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (e.path().stem() == source || e.path().stem().string().rfind(source + "_", 0) == 0) {
          files[source] = read_file(e.path().string());
        }
      }
    }
    const std::size_t start = j["span"]["start"];
    const std::size_t end = j["span"]["end"];
    REQUIRE(end <= files[source].size());
    CHECK(files[source].substr(start, end - start) == j["text"].get<std::string>());
  }
}

}  // namespace

TEST_CASE("version and help flags", "[golden][cli]") {
  const auto v = run_cli({"--version"});
  CHECK(v.exit_code == 0);
  CHECK(v.out.rfind("factcheck ", 0) == 0);
  const auto h = run_cli({"--help"});
  CHECK(h.exit_code == 0);
  CHECK(h.out.find("extract") != std::string::npos);
  CHECK(run_cli({"no-such-command"}).exit_code == 2);
}

TEST_CASE("every digit run in the seeds except clock times is inside a mention of its own bytes",
          "[golden][cli][extract]") {
  const auto r = run_cli({"extract", "seeds"});
  REQUIRE(r.exit_code == 0);
  check_spans(r.out, fc::test::source_dir() + "/seeds");
  // Every ASCII digit run of every seed lies inside some mention.
  std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> spans;
  for (const auto& line : lines_of(r.out)) {
    const auto j = nlohmann::json::parse(line);
    spans[j["source"]].emplace_back(j["span"]["start"], j["span"]["end"]);
  }
  for (const auto& e : std::filesystem::directory_iterator(fc::test::source_dir() + "/seeds")) {
    if (e.path().extension() != ".txt") continue;
    const std::string id = e.path().stem().string().substr(0, 3);
    const std::string text = read_file(e.path().string());
    auto digit = [&](std::size_t k) {
      return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!digit(i)) continue;
      std::size_t end = i;
      while (digit(end)) ++end;
      // A clock time ("16:56") is not a count and not a date: no mention is right.
      const bool clock = (end < text.size() && text[end] == ':' && digit(end + 1)) ||
                         (i > 0 && text[i - 1] == ':' && i > 1 && digit(i - 2));
      if (clock) {
        i = end;
        continue;
      }
      bool covered = false;
      for (const auto& [s, en] : spans[id]) covered = covered || (s <= i && i < en);
      CAPTURE(id, i);
      CHECK(covered);
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    }
  }
}

TEST_CASE("Arabic-Indic and Persian digits: spans are the original bytes",
          "[golden][cli][extract]") {
  const auto r = run_cli({"extract", "tests/data/digits"});
  REQUIRE(r.exit_code == 0);
  check_spans(r.out, fc::test::source_dir() + "/tests/data/digits");
  CHECK(r.out.find("\"text\":\"٢٥٠٠\"") != std::string::npos);
  CHECK(r.out.find("\"text\":\"۹۰۰\"") != std::string::npos);
}

TEST_CASE("extract --lines: one object per input line, spans from the line start",
          "[golden][cli][extract]") {
  const auto r = run_cli({"extract", "--lines", "-"}, "a 12\n\n٣٤ b\n");
  REQUIRE(r.exit_code == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 3);
  const auto first = nlohmann::json::parse(lines[0]);
  CHECK(first["line"] == 1);
  CHECK(first["mentions"][0]["span"]["start"] == 2);
  CHECK(nlohmann::json::parse(lines[1])["mentions"].empty());
  const auto third = nlohmann::json::parse(lines[2]);
  CHECK(third["mentions"][0]["span"]["start"] == 0);
  CHECK(third["mentions"][0]["span"]["end"] == 4);
}

TEST_CASE("a bad file is a problem with file:line:col; the others are still read",
          "[golden][cli][ingest]") {
  fc::test::TempDir d;
  fc::test::write_file(d.file("bad.txt"), "ok\n\xC3(");
  fc::test::write_file(d.file("good.txt"), "2500");
  const auto r = run_cli({"extract", d.path()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("bad.txt:2:1") != std::string::npos);
  CHECK(r.out.find("\"source\":\"good\"") != std::string::npos);
}

TEST_CASE("extract and claims stream their lines in input order whatever the number of jobs",
          "[golden][cli][jobs]") {
  // Each source's lines are written as soon as it and those before it are done: with
  // several workers finishing out of order, the lines must still come source by source,
  // in the order the inputs name them, and equal one worker's.
  fc::test::TempDir d;
  std::vector<std::string> ids;
  for (int i = 0; i < 24; ++i) {
    // Sources of very different lengths, so that workers finish out of order.
    std::string text;
    const int paragraphs = (i % 5 == 0) ? 400 : 1;
    for (int p = 0; p < paragraphs; ++p) {
      text += "قتل " + std::to_string(100 + i) + " شخصا في 26 يوليو 2021، و3,000 جندي.\n";
    }
    const std::string id = "s" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    fc::test::write_file(d.file(id + ".txt"), text);
    ids.push_back(id);
  }
  for (const char* command : {"extract", "claims"}) {
    const auto one = run_cli({command, d.path(), "--jobs", "1", "--published", "2021-07-27"});
    const auto three = run_cli({command, d.path(), "--jobs", "3", "--published", "2021-07-27"});
    REQUIRE(one.exit_code == 0);
    REQUIRE(three.exit_code == 0);
    CHECK(one.out == three.out);
    std::vector<std::string> seen;
    for (const auto& line : lines_of(one.out)) {
      const auto j = nlohmann::json::parse(line);
      const std::string id = j["source"].get<std::string>();
      if (seen.empty() || seen.back() != id) seen.push_back(id);
    }
    CAPTURE(command);
    CHECK(seen == ids);
  }
}

TEST_CASE("extract and claims exit 2 when their output cannot be written",
          "[golden][cli][regression]") {
  // A full disk: the lines are written as sources are done, and the first failed write
  // stops the run with a message and exit 2 (it used to read on and exit 0).
  if (!std::filesystem::exists("/dev/full")) return;
  const std::string to_full = "sh -c 'exec \"$0\" \"$@\" > /dev/full' ";
  for (const char* command : {"extract", "claims"}) {
    for (const char* jobs : {"1", "2"}) {
      const auto r = run_cli({command, "seeds", "--jobs", jobs}, "", to_full);
      CAPTURE(command, jobs, r.err);
      CHECK(r.exit_code == 2);
      CHECK(r.err.find("cannot write the output") != std::string::npos);
    }
  }
  const auto lines = run_cli({"extract", "--lines"}, "2500 جندي\n", to_full);
  CHECK(lines.exit_code == 2);
  CHECK(lines.err.find("cannot write the output") != std::string::npos);
  // The same runs written to a file succeed.
  CHECK(run_cli({"extract", "seeds", "--jobs", "2"}).exit_code == 0);
}

TEST_CASE("usage errors exit 2 with a message", "[golden][cli]") {
  const auto r = run_cli({"extract", "--published", "2023-02-30", "seeds"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--published") != std::string::npos);
}

TEST_CASE("a suppression in checks/ marks the finding suppressed and it no longer fails the run",
          "[golden][cli][suppress]") {
  fc::test::TempDir d;
  fc::test::write_file(d.file("checks/accept.yaml"),
                       "suppressions:\n  - {key: \"civilians killed||Iraq\", kind: contradiction, "
                       "reason: \"scopes differ: the invasion against the whole war\"}\n");
  const auto r = run_cli({"check", "seeds", "--checks", d.file("checks"), "--json",
                          d.file("r.json"), "--report", d.file("r.md"), "--fail-on", "warning"});
  const auto report = nlohmann::json::parse(read_file(d.file("r.json")));
  bool seen = false;
  for (const auto& f : report["findings"]) {
    if (f["kind"] == "contradiction") {
      seen = true;
      CHECK(f.contains("suppressed"));
    }
  }
  CHECK(seen);
  CHECK(r.exit_code == 0);
  // Without the suppression the same run fails on the warning.
  const auto plain = run_cli({"check", "seeds", "--json", d.file("p.json"), "--report",
                              d.file("p.md"), "--fail-on", "warning"});
  CHECK(plain.exit_code == 1);
}
