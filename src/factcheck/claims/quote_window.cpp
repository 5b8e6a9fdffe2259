#include "factcheck/claims/quote_window.hpp"

#include <algorithm>

namespace fc::claims {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// `at` moved back to the start of the code point it falls in (never below `floor`).
std::size_t back_to_boundary(std::string_view text, std::size_t at, std::size_t floor) {
  while (at > floor && at < text.size() && is_continuation(text[at])) --at;
  return at;
}

/// `at` moved forward to the end of the code point it falls in (never past `ceiling`).
std::size_t forward_to_boundary(std::string_view text, std::size_t at, std::size_t ceiling) {
  while (at < ceiling && is_continuation(text[at])) ++at;
  return at;
}

}  // namespace

QuoteWindow quote_window(std::string_view text, std::size_t sentence_start,
                         std::size_t sentence_end, std::size_t figure_start, std::size_t figure_end,
                         std::size_t max_whole, std::size_t context) {
  std::size_t s = std::min(sentence_start, text.size());
  std::size_t e = std::clamp(sentence_end, s, text.size());
  while (s < e && is_space(text[s])) ++s;
  while (e > s && is_space(text[e - 1])) --e;
  if (e - s <= max_whole) return {s, e};
  const std::size_t fs = std::clamp(figure_start, s, e);
  const std::size_t fe = std::clamp(figure_end, fs, e);
  // Before the figure: the first word that starts within `context` bytes of it.
  std::size_t from = fs - std::min(context, fs - s);
  if (from > s) {
    std::size_t space = from;
    while (space < fs && !is_space(text[space - 1])) ++space;
    from = space < fs || is_space(text[fs - 1]) ? space : back_to_boundary(text, from, s);
  }
  // After it: up to the last space within `context` bytes of it.
  std::size_t to = fe + std::min(context, e - fe);
  if (to < e) {
    std::size_t space = to;
    while (space > fe && !is_space(text[space])) --space;
    to = space > fe || is_space(text[fe]) ? space : forward_to_boundary(text, to, e);
  }
  while (from < fs && is_space(text[from])) ++from;
  while (to > fe && is_space(text[to - 1])) --to;
  return {from, to};
}

}  // namespace fc::claims
