// One test per fixed bug, named after it.
#include <catch2/catch.hpp>

#include "factcheck/core/span.hpp"
#include "factcheck/ingest/inputs.hpp"
#include "factcheck/pipeline.hpp"
#include "support/cli.hpp"

TEST_CASE("regression: a manifest entry's value node does not dangle (fuzz_manifest crash)",
          "[regression][manifest]") {
  // yaml-cpp map iterators hand out temporaries; a `const Node&` to kv->second dangled
  // and ASan reported stack-use-after-scope on this input, found by fuzz_manifest.
  const std::string text = fc::test::read_file(
      fc::test::source_dir() + "/tests/regression/fuzz/manifest-dangling-node.yaml");
  REQUIRE_FALSE(text.empty());
  std::vector<fc::Error> errors;
  auto m = fc::ingest::parse_manifest(text, "sources.yaml", errors);
  REQUIRE(m.has_value());
  CHECK_FALSE(errors.empty());  // an impossible date, a list for an id, a missing file
}

TEST_CASE("regression: thousands of mentions on one long line are located in linear time",
          "[regression][span]") {
  // Column lookup counted from the line start for every mention: an 8 MB line with 80,000
  // numbers took minutes. locate_sorted walks the line once.
  std::string line;
  while (line.size() < (4u << 20)) line += "جندي 12 ";
  const fc::LineIndex index(line);
  std::vector<fc::Span> spans;
  for (std::size_t at = line.find("12"); at != std::string::npos; at = line.find("12", at + 1)) {
    spans.push_back({at, at + 2, 0, 0});
  }
  std::vector<fc::Span*> ptrs;
  for (auto& s : spans) ptrs.push_back(&s);
  index.locate_sorted(ptrs.data(), ptrs.size());
  CHECK(spans.back().column == index.column_of(spans.back().start));
  CHECK(spans.front().column == 6);
}

TEST_CASE("regression: a figure and a dash at the very end of a text (fuzz_extract crash)",
          "[regression][numbers]") {
  // A range "2023-" whose dash is the last token read the token after it, one past the
  // end of the token list (ASan: heap-buffer-overflow in try_range), found by fuzz_extract.
  static const auto rules = *fc::rules::load_builtin();
  const std::string crash = fc::test::read_file(
      fc::test::source_dir() + "/tests/regression/fuzz/extract-range-dash-at-end.txt");
  REQUIRE_FALSE(crash.empty());
  for (const std::string& text : {crash, std::string("x.2023-"), std::string("بين 5 -"),
                                  std::string("2500 –"), std::string("من 5200 -")}) {
    const auto mentions = fc::extract_text(text, fc::util::CivilDate{2023, 3, 7}, false, rules);
    for (const auto& m : mentions) CHECK(m.span.end <= text.size());
  }
  const auto m = fc::extract_text("x.2023-", fc::util::CivilDate{2023, 3, 7}, false, rules);
  REQUIRE(m.size() == 1);
  CHECK(m[0].text == "2023");
}
