#include <catch2/catch.hpp>

#include "factcheck/core/span.hpp"

using fc::LineIndex;

TEST_CASE("line and column of byte offsets, columns in code points", "[core][span]") {
  const std::string text = "ab\nعربي 25\n\nx";
  const LineIndex index(text);
  CHECK(index.line_of(0) == 1);
  CHECK(index.column_of(1) == 2);
  CHECK(index.line_of(3) == 2);
  // "عربي " is 4 Arabic letters (2 bytes each) and a space: "25" starts at column 6.
  const std::size_t at = text.find("25");
  CHECK(index.line_of(at) == 2);
  CHECK(index.column_of(at) == 6);
  CHECK(index.line_of(text.find('x')) == 4);
  CHECK(index.column_of(text.find('x')) == 1);
  CHECK(index.line_start(2) == 3);
}

TEST_CASE("an empty text has one line", "[core][span]") {
  const LineIndex index("");
  CHECK(index.line_count() == 1);
  CHECK(index.line_of(0) == 1);
  CHECK(index.column_of(0) == 1);
}

TEST_CASE("sorted spans are located in one pass with the same answers", "[core][span]") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += i % 7 == 0 ? "سطر\n" : "ab جندي 12 ";
  const LineIndex index(text);
  std::vector<fc::Span> spans;
  for (std::size_t i = 0; i < text.size(); i += 5) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) spans.push_back({i, i + 1, 0, 0});
  }
  std::vector<fc::Span*> ptrs;
  for (auto& s : spans) ptrs.push_back(&s);
  index.locate_sorted(ptrs.data(), ptrs.size());
  for (const auto& s : spans) {
    CHECK(s.line == index.line_of(s.start));
    CHECK(s.column == index.column_of(s.start));
  }
}
