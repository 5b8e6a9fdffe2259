#include <catch2/catch.hpp>

#include "factcheck/util/utf8.hpp"

#include <optional>
#include <random>
#include <string>

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

TEST_CASE("the block validator finds the first bad byte wherever it falls", "[util][utf8]") {
  // Reference: one code point at a time through decode_utf8.
  const auto reference = [](std::string_view t) -> std::optional<std::size_t> {
    for (std::size_t pos = 0; pos < t.size();) {
      std::size_t len = 0;
      if (!fc::util::decode_utf8(t, pos, len)) return pos;
      pos += len;
    }
    return std::nullopt;
  };
  static const char* const kPieces[] = {"a",
                                        " ",
                                        "5",
                                        "ج",
                                        "ن",
                                        "\xd8\x9c",
                                        "€",
                                        "😀",
                                        "\xc2\xa0",
                                        "\xff",
                                        "\xc0\xaf",
                                        "\xd8",
                                        "\x80",
                                        "\xe2\x82",
                                        "\xed\xa0\x80",
                                        "\xf4\x90\x80\x80",
                                        "\xdf\xbf",
                                        "\xc2"};
  std::mt19937 rng(1130);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    // Mostly valid Arabic and ASCII runs of every length, with a rare odd piece.
    const int n = static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) {
      const auto r = rng() % 100;
      s += r < 45 ? "ب" : r < 85 ? "x" : kPieces[rng() % (sizeof kPieces / sizeof *kPieces)];
    }
    INFO("case " << i);
    REQUIRE(fc::util::find_invalid_utf8(s) == reference(s));
  }
}
