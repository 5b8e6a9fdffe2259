#include "factcheck/util/utf8.hpp"

namespace fc::util {

std::optional<char32_t> decode_utf8(std::string_view text, std::size_t pos, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  len = 1;
  if (b0 < 0x80) return b0;
  std::size_t need = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3, cp = b0 & 0x07, min = 0x10000;
  } else {
    return std::nullopt;  // continuation byte, 0xC0/0xC1 overlong lead, or 0xF5+
  }
  for (std::size_t i = 1; i <= need; ++i) {
    if (pos + i >= text.size()) return std::nullopt;
    const auto b = static_cast<unsigned char>(text[pos + i]);
    if ((b & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  len = need + 1;
  return cp;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    // ASCII fast path: most news text is punctuation, digits and spaces between letters.
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80) {
      ++pos;
      continue;
    }
    // Two-byte sequences (Arabic letters and marks): a lead C2-DF and one continuation
    // byte are always valid, which is what decode_utf8 checks for them.
    if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < text.size() &&
        (static_cast<unsigned char>(text[pos + 1]) & 0xC0) == 0x80) {
      pos += 2;
      continue;
    }
    std::size_t len = 0;
    if (!decode_utf8(text, pos, len)) return pos;
    pos += len;
  }
  return std::nullopt;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t count_code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace fc::util
