// UTF-8 decoding and validation (RFC 3629: no overlong forms, no surrogates, at most
// U+10FFFF). Knows nothing of articles.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fc::util {

namespace detail {
/// decode_utf8 for sequences of three and four bytes, and invalid ones.
[[nodiscard]] std::optional<char32_t> decode_utf8_long(std::string_view text, std::size_t pos,
                                                       std::size_t& len);
}  // namespace detail

/// Decodes the code point at `pos`; sets `len` to its byte length. Returns `invalid` for
/// an invalid sequence (len is then 1); `invalid` should be no code point (above
/// U+10FFFF) unless the caller wants bad bytes read as it (U+FFFD). `pos` must be <
/// text.size(). ASCII and two-byte sequences (all of Arabic) are decoded inline: loops
/// over every code point of a text call this. A plain char32_t, not an optional: an
/// optional returned through memory (a four-byte store read back as eight bytes) stalled
/// every code point of the date tokenizer.
[[nodiscard]] inline char32_t decode_utf8_or(std::string_view text, std::size_t pos,
                                             std::size_t& len, char32_t invalid) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  // A lead C2-DF and one continuation byte are always valid (never overlong).
  if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    if ((b1 & 0xC0) == 0x80) {
      len = 2;
      return static_cast<char32_t>(((b0 & 0x1FU) << 6) | (b1 & 0x3FU));
    }
  }
  return detail::decode_utf8_long(text, pos, len).value_or(invalid);
}

/// decode_utf8_or, with nullopt for an invalid sequence.
[[nodiscard]] inline std::optional<char32_t> decode_utf8(std::string_view text, std::size_t pos,
                                                         std::size_t& len) {
  constexpr char32_t kNone = 0xFFFFFFFF;  // no code point is this large
  const char32_t cp = decode_utf8_or(text, pos, len, kNone);
  if (cp == kNone) return std::nullopt;
  return cp;
}

/// Offset of the first byte that is not valid UTF-8, or nullopt when all are.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

/// Number of code points in valid UTF-8 text.
[[nodiscard]] std::size_t count_code_points(std::string_view text);

}  // namespace fc::util
