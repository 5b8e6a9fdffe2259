#include <catch2/catch.hpp>

#include <string>

#include "factcheck/claims/quote_window.hpp"
#include "factcheck/util/utf8.hpp"

using fc::claims::quote_window;

namespace {

std::string cut(const std::string& text, fc::claims::QuoteWindow w) {
  return text.substr(w.start, w.end - w.start);
}

}  // namespace

TEST_CASE("a short sentence is quoted whole, without its white space", "[claims][quote]") {
  const std::string text = "Intro.\n  The plant employs 420 workers. \nNext one.";
  const std::size_t s = text.find("  The");
  const std::size_t e = text.find("Next");
  const std::size_t f = text.find("420");
  CHECK(cut(text, quote_window(text, s, e, f, f + 3)) == "The plant employs 420 workers.");
}

TEST_CASE("a long sentence is cut to words around the figure", "[claims][quote]") {
  std::string text;
  for (int i = 0; i < 400; ++i) text += "word" + std::to_string(i) + " ";
  const std::size_t f = text.size();
  text += "1,250 soldiers";
  for (int i = 0; i < 400; ++i) text += " tail" + std::to_string(i);
  const auto w = quote_window(text, 0, text.size(), f, f + 5, 1024, 100);
  const std::string q = cut(text, w);
  CHECK(q.size() <= 2 * 100 + 5);
  CHECK(q.find("1,250 soldiers") != std::string::npos);
  // Whole words only: it starts after a space and ends before one.
  CHECK(text[w.start - 1] == ' ');
  CHECK(text[w.end] == ' ');
  CHECK(q.front() != ' ');
  CHECK(q.back() != ' ');
}

TEST_CASE("an Arabic window ends on word and code point boundaries", "[claims][quote]") {
  const std::string word = "\xD8\xA7\xD9\x84\xD9\x82\xD8\xAA\xD9\x84\xD9\x89";  // القتلى
  std::string text;
  for (int i = 0; i < 200; ++i) text += word + " ";
  const std::size_t f = text.size();
  text += "\xD9\xA3\xD9\xA0";  // ٣٠
  for (int i = 0; i < 200; ++i) text += " " + word;
  for (std::size_t context : {99, 100, 101, 257}) {
    const auto w = quote_window(text, 0, text.size(), f, f + 4, 1024, context);
    const std::string q = cut(text, w);
    CHECK_FALSE(fc::util::find_invalid_utf8(q).has_value());
    CHECK(q.find("\xD9\xA3\xD9\xA0") != std::string::npos);
    CHECK(q.size() <= 2 * context + 4);
    CHECK(q.size() + 2 * (word.size() + 1) >= 2 * context);
    CHECK(text[w.start - 1] == ' ');
    CHECK(text[w.end] == ' ');
  }
  // No space at all: the cut falls inside the run, on a code point boundary.
  std::string run;
  for (int i = 0; i < 1500; ++i) run += "\xD8\xB3";  // س
  for (std::size_t context : {99, 100, 101}) {
    const auto w = quote_window(run, 0, run.size(), 1500, 1504, 1024, context);
    CHECK_FALSE(fc::util::find_invalid_utf8(cut(run, w)).has_value());
    CHECK(w.start <= 1500);
    CHECK(w.end >= 1504);
  }
}

TEST_CASE("a figure at the edge of a long sentence, or longer than the window", "[claims][quote]") {
  std::string text(3000, 'x');
  for (std::size_t i = 10; i < text.size(); i += 10) text[i] = ' ';
  // At the very start.
  auto w = quote_window(text, 0, text.size(), 0, 4, 1024, 50);
  CHECK(w.start == 0);
  CHECK(w.end <= 54);
  // At the very end.
  w = quote_window(text, 0, text.size(), text.size() - 3, text.size(), 1024, 50);
  CHECK(w.end == text.size());
  CHECK(w.start >= text.size() - 53);
  // A figure of 2,000 bytes is kept whole.
  w = quote_window(text, 0, text.size(), 500, 2500, 1024, 50);
  CHECK(w.start <= 500);
  CHECK(w.end >= 2500);
  // Offsets beyond the text are clamped.
  w = quote_window(text, 0, text.size() + 50, text.size() + 10, text.size() + 20, 1024, 50);
  CHECK(w.end <= text.size());
  CHECK(w.start <= w.end);
}
