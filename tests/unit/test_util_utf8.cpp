#include <catch2/catch.hpp>

#include "factcheck/util/utf8.hpp"

using fc::util::find_invalid_utf8;

TEST_CASE("valid UTF-8 passes", "[util][utf8]") {
  CHECK_FALSE(find_invalid_utf8("").has_value());
  CHECK_FALSE(find_invalid_utf8("2500 جندي ٢٬٥٠٠ 😀").has_value());
}

TEST_CASE("invalid UTF-8 is found at its first bad byte", "[util][utf8]") {
  using Row = std::tuple<std::string, std::size_t>;
  auto [text, at] = GENERATE(table<std::string, std::size_t>({
      Row{"\x80"
          "abc",
          0},  // lone continuation byte at the start
      Row{"ab\xC0\xAF"
          "c",
          2},                       // overlong '/'
      Row{"ab\xED\xA0\x80", 2},     // encoded surrogate U+D800
      Row{"abc\xD8", 3},            // sequence cut at the end
      Row{"a\xF5\x80\x80\x80", 1},  // beyond U+10FFFF
      Row{"\xD8\xB9\xD8", 2},       // Arabic letter, then a cut one
      Row{"x\xE2\x82", 1},          // three-byte form cut short
  }));
  const auto bad = find_invalid_utf8(text);
  REQUIRE(bad.has_value());
  CHECK(*bad == at);
}
