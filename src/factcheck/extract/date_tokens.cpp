#include "factcheck/extract/date_tokens.hpp"

#include <array>
#include <optional>

#include "factcheck/extract/key_table.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::extract {

namespace {

enum class CharClass { kSpace, kDigit, kArabicLetter, kLatinLetter, kOther };

CharClass classify(char32_t cp) {
  if (cp >= '0' && cp <= '9') return CharClass::kDigit;
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLatinLetter;
  if (cp == ' ' || cp == '\t' || cp == '\r' || cp == 0x2009 || cp == 0x00A0) {
    return CharClass::kSpace;
  }
  // Arabic letters (not the Arabic comma, semicolon, question mark or digits).
  if ((cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) ||
      (cp >= 0x06FA && cp <= 0x06FF) || cp == 0x06D5) {
    return CharClass::kArabicLetter;
  }
  return CharClass::kOther;
}

/// decode_utf8 with the cases of news text inline: ASCII and two-byte sequences (Arabic).
std::optional<char32_t> decode(std::string_view text, std::size_t pos, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    if ((b1 & 0xC0) == 0x80) {
      len = 2;
      return static_cast<char32_t>(((b0 & 0x1F) << 6) | (b1 & 0x3F));
    }
  }
  return util::decode_utf8(text, pos, len);
}

constexpr std::array<std::string_view, 12> kEnglishMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

void push_word(DateTokens& out, std::string_view text, std::size_t b, std::size_t e, bool latin) {
  // Page text glues words to an English month ("posted onAugust 10"): split the month
  // off when the word ends with one and is longer than it.
  if (latin) {
    const std::string_view w = text.substr(b, e - b);
    for (const auto month : kEnglishMonths) {
      if (w.size() > month.size() + 1 && month.size() >= 4 &&
          w.substr(w.size() - month.size()) == month) {
        push_word(out, text, b, e - month.size(), true);
        push_word(out, text, e - month.size(), e, true);
        return;
      }
    }
  }
  DateToken t;
  t.kind = DateToken::Kind::kWord;
  t.begin = b;
  t.end = e;
  t.text = text.substr(b, e - b);
  t.stem_begin = static_cast<std::uint32_t>(out.stems.size());
  if (latin) {
    out.stems.push_back({std::string(t.text), 0, datelex::key_hash(t.text)});
  } else {
    for (const auto& s : datelex::stems(t.text)) out.stems.push_back(s);
  }
  t.stem_count = static_cast<std::uint32_t>(out.stems.size() - t.stem_begin);
  t.latin = latin;
  out.tokens.push_back(t);
}

}  // namespace

DateTokens tokenize_for_dates(std::string_view text) {
  DateTokens result;
  std::vector<DateToken>& out = result.tokens;
  // About one token per six bytes of Arabic news, and one and a half stems per token;
  // growing the vectors moves every element.
  out.reserve(text.size() / 6 + 16);
  result.stems.reserve(text.size() / 4 + 16);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 1;
    const auto cp = decode(text, i, len);
    const CharClass cls = cp ? classify(*cp) : CharClass::kOther;
    if (cls == CharClass::kSpace) {
      i += len;
      continue;
    }
    if (cls == CharClass::kOther) {
      DateToken t;
      t.kind = DateToken::Kind::kPunct;
      t.begin = i;
      t.end = i + len;
      t.text = text.substr(i, len);
      out.push_back(t);
      i += len;
      continue;
    }
    // A run of the same class.
    std::size_t j = i + len;
    while (j < text.size()) {
      std::size_t l2 = 1;
      const auto c2 = decode(text, j, l2);
      if (!c2 || classify(*c2) != cls) break;
      j += l2;
    }
    if (cls == CharClass::kDigit) {
      DateToken t;
      t.kind = DateToken::Kind::kNumber;
      t.begin = i;
      t.end = j;
      t.text = text.substr(i, j - i);
      t.digits = static_cast<int>(j - i);
      if (t.digits <= 9)
        t.value = std::stol(std::string(t.text));
      else
        t.value = -1;
      out.push_back(t);
    } else {
      push_word(result, text, i, j, cls == CharClass::kLatinLetter);
    }
    i = j;
  }
  return result;
}

}  // namespace fc::extract
