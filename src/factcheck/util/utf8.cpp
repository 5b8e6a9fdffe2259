#include "factcheck/util/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace fc::util {

std::optional<char32_t> detail::decode_utf8_long(std::string_view text, std::size_t pos,
                                                 std::size_t& len) {
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

namespace {

/// One code point from `pos` (a code point boundary): advances `pos`, false when the
/// bytes there are not valid UTF-8.
bool skip_code_point(std::string_view text, std::size_t& pos) {
  std::size_t len = 1;
  if (!decode_utf8(text, pos, len)) return false;
  pos += len;
  return true;
}

#if defined(__SSE2__)
/// Bytes of the 16 from `p` that are ASCII, two-byte leads (C2-DF), continuations
/// (80-BF), as bit masks; `other` holds the rest (longer leads, C0, C1, F5-FF).
struct ByteClasses {
  unsigned lead2 = 0;
  unsigned cont = 0;
  unsigned other = 0;
};

ByteClasses classify16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // As signed bytes: continuations are -128..-65, two-byte leads C2-DF are -62..-33.
  const __m128i cont = _mm_cmplt_epi8(v, _mm_set1_epi8(-64));
  const __m128i lead2 =
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32)));
  const __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());
  ByteClasses c;
  c.cont = static_cast<unsigned>(_mm_movemask_epi8(cont));
  c.lead2 = static_cast<unsigned>(_mm_movemask_epi8(lead2));
  c.other = static_cast<unsigned>(_mm_movemask_epi8(high)) & ~(c.cont | c.lead2);
  return c;
}
#endif

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t pos = 0;
  const std::size_t n = text.size();
  while (pos < n) {
#if defined(__SSE2__)
    // Sixteen bytes at a time while they hold only ASCII and two-byte sequences (all of
    // Arabic): each lead must be followed by a continuation and each continuation
    // preceded by a lead. A lead in the last byte is left to the next block, so that
    // every block starts on a code point boundary.
    if (pos + 16 <= n) {
      const ByteClasses c = classify16(text.data() + pos);
      if (c.other == 0) {
        const unsigned expected = c.lead2 << 1;  // where continuations must be
        if ((c.cont & 0xFFFFU) == (expected & 0xFFFFU)) {
          pos += (c.lead2 & 0x8000U) != 0 ? 15 : 16;
          continue;
        }
      }
      // Something else in these bytes: one code point at a time through them.
      const std::size_t end = pos + 16;
      while (pos < end) {
        if (!skip_code_point(text, pos)) return pos;
      }
      continue;
    }
#endif
    if (!skip_code_point(text, pos)) return pos;
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
