// One test per fixed bug, named after it.
#include <catch2/catch.hpp>

#include "factcheck/core/span.hpp"
#include "factcheck/ingest/inputs.hpp"
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
