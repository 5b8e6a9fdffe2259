// Memory bounded by the input's size whatever its shape (issue 20, item 1): a line with
// no full stop made every claim quote the whole line, so memory and the report grew with
// the figures times the line's length (a 2 MB line took 23.9 GB). Each case runs the real
// CLI on an input made here and checks the child's peak RSS.
#include <sys/resource.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/cli.hpp"

using fc::test::run_cli;
using fc::test::TempDir;

namespace {

/// The largest peak RSS of the children waited for so far, in bytes (each test case runs
/// in a process of its own, so it is that of the case's own runs).
long long children_peak_rss() {
  struct rusage ru {};
  ::getrusage(RUSAGE_CHILDREN, &ru);
  return static_cast<long long>(ru.ru_maxrss) * 1024;
}

constexpr long long kGiB = 1024LL * 1024 * 1024;

/// Writes one line of about `target` bytes (whole pieces): `piece` again and again, no
/// newline, no full stop.
void write_line(const std::string& path, const std::string& piece, std::size_t target) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  std::string block;
  while (block.size() < (1u << 20)) block += piece;
  std::size_t written = 0;
  while (written < target) {
    out.write(block.data(), static_cast<std::streamsize>(block.size()));
    written += block.size();
  }
  out << '\n';
}

std::uintmax_t size_of(const std::string& path) {
  std::error_code ec;
  const auto n = std::filesystem::file_size(path, ec);
  return ec ? 0 : n;
}

}  // namespace

TEST_CASE("a 2 MB line with no full stop: quotes are windows, memory stays small",
          "[hostile][memory]") {
  TempDir d;
  // Figures with what they count, separated by commas and the Arabic "and": one sentence.
  write_line(d.file("in/line.txt"), "قتل 25 جنديا في المدينة، و ", 2u << 20);
  const auto r = run_cli({"check", d.file("in"), "--report", d.file("r.md"), "--json",
                          d.file("r.json"), "--fail-on", "never", "--quiet", "--jobs", "2"});
  CHECK(r.exit_code == 0);
  const long long peak = children_peak_rss();
  WARN("2 MB no-full-stop line: peak RSS " << peak / (1024 * 1024) << " MiB, JSON report "
                                           << size_of(d.file("r.json")) / (1024 * 1024) << " MiB");
#ifdef FC_SANITIZED
  CHECK(peak < 2 * kGiB);
#else
  // Measured 182 MiB (plain build, --jobs 2).
  CHECK(peak < kGiB / 2);
#endif
  // A claim's quote is at most a window of the line: the report stays within a small
  // multiple of the figures, not figures times the line (5.9 GB for a 410 KB line).
  CHECK(size_of(d.file("r.json")) < 400ull * 1024 * 1024);
}

TEST_CASE("a 100 MB line and an 80 MB line dense with figures stay under 1 GB",
          "[hostile][memory][slow]") {
#ifdef FC_SANITIZED
  WARN("skipped in the sanitizer build: the plain build runs it");
#else
  using Row = std::tuple<std::string, std::string, std::size_t>;
  auto [what, piece, size] = GENERATE(table<std::string, std::string, std::size_t>({
      Row{"100 MB line of prose", "the committee met again on the matter and ", 100u << 20},
      // Two million figures: extraction keeps the first 200,000 and says so.
      Row{"80 MB dense line", "12 34 56 78 90 11 22 33 44 55 66 77 88 99 10 20 30 40 ", 80u << 20},
  }));
  CAPTURE(what);
  TempDir d;
  write_line(d.file("in/big.txt"), piece, size);
  const auto r = run_cli({"check", d.file("in"), "--report", d.file("r.md"), "--json",
                          d.file("r.json"), "--fail-on", "never", "--quiet", "--jobs", "2"});
  CHECK((r.exit_code == 0 || r.exit_code == 2));
  CHECK(r.err.find("internal error") == std::string::npos);
  const long long peak = children_peak_rss();
  WARN(what << ": peak RSS " << peak / (1024 * 1024) << " MiB, JSON report "
            << size_of(d.file("r.json")) / (1024 * 1024) << " MiB");
  // Measured (plain build, --jobs 2): 100 MB prose line 328 MiB (2.43 GiB before the
  // text was read a piece at a time), 80 MB dense line 722 MiB (2.72 GiB): what is held
  // at once is a piece's tokens (kMaxPieceBytes), the file's bytes and what the claims
  // keep, not tokens of the whole line.
  CHECK(peak < kGiB);
  CHECK(std::filesystem::exists(d.file("r.json")));
#endif
}

TEST_CASE("many sources dense with figures: the run keeps at most its cap of claims, and says so",
          "[hostile][memory]") {
#ifdef FC_SANITIZED
  WARN("skipped in the sanitizer build: the plain build runs it");
#else
  // 1 MB in ten files made 333,000 claims and a gigabyte; 100 MB of such files would
  // have made 33 million. The first kMaxClaimsPerRun (250,000) are checked.
  TempDir d;
  const std::string piece = "12 34 56 78 90 11 22 33 44 55 66 77 88 99 10 20 30 40 ";
  std::string text;
  while (text.size() < 100000) text += piece;
  for (int k = 0; k < 10; ++k)
    fc::test::write_file(d.file("in/a" + std::to_string(k) + ".txt"), text + "\n");
  const auto one = run_cli(
      {"check", d.file("in"), "--report", d.file("one.md"), "--fail-on", "never", "--jobs", "1"});
  const auto two = run_cli(
      {"check", d.file("in"), "--report", d.file("two.md"), "--fail-on", "never", "--jobs", "2"});
  const long long peak = children_peak_rss();
  WARN("ten dense sources of 100 KB: peak RSS " << peak / (1024 * 1024) << " MiB");
  CHECK(one.exit_code == 2);
  CHECK(two.exit_code == 2);
  // Where the cap was reached, what was left, and what to do instead.
  CHECK(one.err.find("in/a7.txt:1:") != std::string::npos);
  CHECK(one.err.find("more than 250000 claims in this run: the claims from here on and the 2 "
                     "source(s) after this one are not checked") != std::string::npos);
  CHECK(one.err.find("250000 claims:") != std::string::npos);
  // The same report whatever the number of workers (a worker may have read a source past
  // the cap before it was settled).
  const auto first_line = [](const std::string& err) { return err.substr(0, err.find('\n')); };
  CHECK(first_line(one.err) == first_line(two.err));
  CHECK(fc::test::read_file(d.file("one.md")) == fc::test::read_file(d.file("two.md")));
  // Measured 557 MiB.
  CHECK(peak < kGiB);
#endif
}

namespace {

/// The `"span":{...}` of the first mention whose text is `text` in `out`, or "".
std::string span_of(const std::string& out, const std::string& text) {
  // `extract --lines` writes a line's mentions on one line: the span after the text.
  const auto mention = out.find("\"text\":\"" + text + "\"");
  if (mention == std::string::npos) return "";
  const auto at = out.find("\"span\":", mention);
  return out.substr(at, out.find('}', at) - at + 1);
}

std::string span_json(std::size_t start, std::size_t end, std::size_t line, std::size_t column) {
  return "\"span\":{\"start\":" + std::to_string(start) + ",\"end\":" + std::to_string(end) +
         ",\"line\":" + std::to_string(line) + ",\"column\":" + std::to_string(column) + "}";
}

}  // namespace

TEST_CASE("a source over 8 MiB is read in pieces: spans, lines and columns stay the file's",
          "[hostile][memory]") {
#ifdef FC_SANITIZED
  WARN(
      "skipped in the sanitizer build: the plain build runs it (tests/unit/test_core_pieces.cpp "
      "runs in both)");
#else
  TempDir d;
  SECTION("pieces cut at line breaks") {
    // Some 9.5 MiB of short Arabic lines, then a figure on the last line.
    const std::string filler = "قال المتحدث إن الاجتماع انتهى دون اتفاق\n";
    std::string text;
    std::size_t lines = 0;
    while (text.size() < (19u << 19)) {
      text += filler;
      ++lines;
    }
    const std::size_t at = text.size() + std::string("قتل ").size();
    text += "قتل 47 جنديا في المدينة يوم الاثنين\n";
    fc::test::write_file(d.file("in/long.txt"), text);
    const auto r = run_cli({"extract", d.file("in/long.txt")});
    CHECK(r.exit_code == 0);
    // "قتل " is four code points: the figure is in column 5 of line lines + 1.
    CHECK(span_of(r.out, "47") == span_json(at, at + 2, lines + 1, 5));
    const auto c = run_cli({"check", d.file("in"), "--json", d.file("r.json"), "--report",
                            d.file("r.md"), "--fail-on", "never", "--quiet"});
    CHECK(c.exit_code == 0);
    CHECK(fc::test::read_file(d.file("r.json"))
              .find("\"long:" + std::to_string(lines + 1) + ":5\"") != std::string::npos);
  }
  SECTION("one line longer than a piece, cut at spaces") {
    // Figures at about 9 and 17 MiB of one line: two cuts before the second.
    std::string text;
    while (text.size() < (9u << 20)) text += "word ";
    const std::size_t first = text.size() + std::string("and ").size();
    text += "and 25 soldiers were killed ";
    while (text.size() < (17u << 20)) text += "word ";
    const std::size_t second = text.size() + std::string("then ").size();
    text += "then 38 more were wounded\n";
    fc::test::write_file(d.file("in/line.txt"), text);
    // ASCII: a column is the byte offset plus one.
    for (const auto& mode : {std::string("extract"), std::string("--lines")}) {
      CAPTURE(mode);
      const auto r = mode == "extract" ? run_cli({"extract", d.file("in/line.txt")})
                                       : run_cli({"extract", "--lines", d.file("in/line.txt")});
      CHECK(r.exit_code == 0);
      CHECK(span_of(r.out, "25") == span_json(first, first + 2, 1, first + 1));
      CHECK(span_of(r.out, "38") == span_json(second, second + 2, 1, second + 1));
    }
  }
#endif
}
