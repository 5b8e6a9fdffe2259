// Right-to-left runs in left-to-right messages (report/bidi_text.hpp): which runs are
// isolated, and that article bidi controls never come through.
#include <catch2/catch.hpp>

#include "factcheck/report/bidi_text.hpp"
#include "factcheck/report/markdown_text.hpp"

using fc::report::message_text;
using fc::report::plain_isolated;
using fc::report::rtl_runs;

namespace {

std::vector<std::string> runs_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& r : rtl_runs(text)) out.push_back(text.substr(r.start, r.end - r.start));
  return out;
}

const std::string kFsi = "\u2068";
const std::string kPdi = "\u2069";

}  // namespace

TEST_CASE("a quoted Arabic figure is one run with its numbers, the brackets after it outside",
          "[report][bidi]") {
  const std::string msg = "src says \"بين 120 و 340 قتيلا\" [120, 340] (no date given)";
  CHECK(runs_of(msg) == std::vector<std::string>{"بين 120 و 340 قتيلا"});
  CHECK(plain_isolated(msg) ==
        "src says \"" + kFsi + "بين 120 و 340 قتيلا" + kPdi + "\" [120, 340] (no date given)");
}

TEST_CASE("unquoted Arabic runs are isolated up to the next Latin word or bracket",
          "[report][bidi]") {
  CHECK(runs_of("key جنود|الولايات المتحدة|بولندا, 3 sources") ==
        std::vector<std::string>{"جنود", "الولايات المتحدة", "بولندا"});
  // Leading digits belong to the Arabic run; the clause's comma does not.
  CHECK(runs_of("x: 2500 جندي, then more") == std::vector<std::string>{"2500 جندي"});
  CHECK(runs_of("« نحو 40 ألفا » and “ثلاثة آلاف”") ==
        std::vector<std::string>{" نحو 40 ألفا ", "ثلاثة آلاف"});
  CHECK(rtl_runs("only English, 2500 and [1, 2]").empty());
  CHECK(rtl_runs("").empty());
  // An unclosed quote is not a quotation: the stretches are found as elsewhere.
  CHECK(runs_of("says \"عشرة جنود") == std::vector<std::string>{"عشرة جنود"});
}

TEST_CASE("plain text drops bidi controls and turns controls into spaces", "[report][bidi]") {
  const std::string msg = "a\u202eb\u2066c\u202ad\nx\x1b[31my";
  CHECK(plain_isolated(msg) == "abcd x [31my");
  CHECK(fc::report::without_bidi_controls("r\u202el\u2069") == "rl");
  // Invalid UTF-8 becomes U+FFFD.
  CHECK(plain_isolated(std::string("a\xff") + "b") == "a\uFFFDb");
}

TEST_CASE("a Markdown message isolates its Arabic runs in spans and escapes them",
          "[report][bidi][markdown]") {
  const std::string md = message_text("src says \"بين 120 و 340\" [120, 340] <b>");
  CHECK(md == "src says \"<span dir=\"auto\">بين 120 و 340</span>\" \\[120, 340\\] \\<b\\>");
  // Markdown in the Arabic run stays escaped inside the span.
  CHECK(message_text("\"قال *هذا*\"") == "\"<span dir=\"auto\">قال \\*هذا\\*</span>\"");
}

TEST_CASE("a quotation with several Arabic letters is scanned to its end", "[report][bidi]") {
  // Regression: the scan for the closing quote stopped advancing after the first
  // right-to-left letter and never ended.
  CHECK(runs_of("a \"جندي\" b \"ألف جندي\" c") == std::vector<std::string>{"جندي", "ألف جندي"});
}
