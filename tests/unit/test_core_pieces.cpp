#include <catch2/catch.hpp>

#include <string>

#include "factcheck/core/pieces.hpp"
#include "factcheck/core/span.hpp"

using fc::LineIndex;
using fc::piece_end;
using fc::PieceStart;

TEST_CASE("a text is cut after a line break, else a space, else between code points",
          "[core][pieces]") {
  CHECK(piece_end("short", 0, 16) == 5);
  // The last line break within the window.
  CHECK(piece_end("ab\ncd\nefgh\nij", 0, 8) == 6);
  // No line break: after the last space or tab.
  CHECK(piece_end("ab cd\tefghij", 0, 8) == 6);
  // Neither: never inside a code point (ب is two bytes).
  const std::string arabic = "بببببب";
  CHECK(piece_end(arabic, 0, 5) == 4);
  CHECK(piece_end(arabic, 4, 5) == 8);
  // From an offset: the window starts there.
  CHECK(piece_end("ab\ncd\nefgh\nij", 6, 6) == 11);
}

TEST_CASE("the next piece starts at the line and column the text has there", "[core][pieces]") {
  SECTION("after a line break: column 1 of the next line") {
    const std::string piece = "ab\ncd\n";
    const PieceStart next = fc::next_piece_start(PieceStart{}, piece, LineIndex(piece));
    CHECK(next.offset == 6);
    CHECK(next.line == 3);
    CHECK(next.column == 1);
  }
  SECTION("inside a line, columns in code points, counted on from the piece's start") {
    const std::string piece = "بب ";
    const PieceStart at{10, 4, 7};
    const PieceStart next = fc::next_piece_start(at, piece, LineIndex(piece));
    CHECK(next.offset == 15);
    CHECK(next.line == 4);
    CHECK(next.column == 10);
    fc::Span span{0, 1, 1, 2};
    fc::locate_in_text(span, at);
    CHECK(span.line == 4);
    CHECK(span.column == 8);
    fc::Span later{0, 1, 2, 2};
    fc::locate_in_text(later, at);
    CHECK(later.line == 5);
    CHECK(later.column == 2);
  }
}
