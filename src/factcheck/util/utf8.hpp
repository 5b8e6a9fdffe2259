// UTF-8 decoding and validation (RFC 3629: no overlong forms, no surrogates, at most
// U+10FFFF). Knows nothing of articles.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fc::util {

/// Decodes the code point at `pos`; sets `len` to its byte length. Returns nullopt for
/// an invalid sequence (len is then 1). `pos` must be < text.size().
[[nodiscard]] std::optional<char32_t> decode_utf8(std::string_view text, std::size_t pos,
                                                  std::size_t& len);

/// Offset of the first byte that is not valid UTF-8, or nullopt when all are.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

/// Number of code points in valid UTF-8 text.
[[nodiscard]] std::size_t count_code_points(std::string_view text);

}  // namespace fc::util
