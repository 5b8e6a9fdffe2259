#include "factcheck/extract/date_tokens.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

#include "factcheck/core/limits.hpp"
#include "factcheck/extract/key_table.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::extract {

// Token offsets are 32-bit: a source is at most kMaxSourceBytes, and normalization makes
// text at most 11 times longer (NFKC of U+FDFA: 3 bytes to 33).
static_assert(kMaxSourceBytes * 11 < std::numeric_limits<std::uint32_t>::max(),
              "normalized offsets must fit DateToken's 32 bits");

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

/// What decode() returns for bytes that are not UTF-8 (no code point is this large).
constexpr char32_t kInvalid = 0xFFFFFFFF;

char32_t decode(std::string_view text, std::size_t pos, std::size_t& len) {
  return util::decode_utf8_or(text, pos, len, kInvalid);
}

constexpr std::array<std::string_view, 12> kEnglishMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

/// A word of text[b, e); `teh` says whether it holds a teh marbuta (Arabic words only).
void push_word(DateTokens& out, const datelex::Vocabulary& vocab, datelex::ListBit start,
               std::string_view text, std::size_t b, std::size_t e, bool latin, bool teh) {
  // Page text glues words to an English month ("posted onAugust 10"): split the month
  // off when the word ends with one and is longer than it.
  if (latin) {
    const std::string_view w = text.substr(b, e - b);
    for (const auto month : kEnglishMonths) {
      if (w.size() > month.size() + 1 && month.size() >= 4 &&
          w.substr(w.size() - month.size()) == month) {
        push_word(out, vocab, start, text, b, e - month.size(), true, false);
        push_word(out, vocab, start, text, e - month.size(), e, true, false);
        return;
      }
    }
  }
  // Built in place: a token made on the stack and copied in is stored in narrow pieces
  // and read back whole, which stalls the store-to-load forwarding of every word.
  DateToken& t = out.tokens.emplace_back();
  t.kind = DateToken::Kind::kWord;
  t.begin = static_cast<std::uint32_t>(b);
  t.end = static_cast<std::uint32_t>(e);
  t.text = text.substr(b, e - b);
  t.stem_begin = static_cast<std::uint32_t>(out.stems.size());
  // Each stem is looked up once; the token keeps whether one is in some list and whether
  // one can begin a date.
  const auto look_up = [&](std::string_view key, std::uint64_t hash) {
    const std::uint16_t entry = vocab.entry(key, hash);
    t.listed = t.listed || entry != 0;
    t.starts = t.starts || vocab.holds(entry, start);
    return entry;
  };
  if (latin) {
    datelex::Stem& s = out.stems.emplace_back();
    s.key = t.text;
    s.hash = datelex::key_hash(t.text);
    s.entry = look_up(s.key, s.hash);
  } else {
    // The key (datelex::key) is the word itself unless it holds a ة, folded to ه (of the
    // same length) in the first half of key_bytes.
    std::string_view word_key = t.text;
    if (teh) {
      char* k = out.key_bytes.get() + b;
      datelex::write_key(t.text, k);
      word_key = std::string_view(k, t.text.size());
    }
    char* rewrite = out.key_bytes.get() + text.size() + b;
    for (const auto& s : datelex::stems(word_key, rewrite)) {
      // Looked up from the split, then written once, field by field: a stem built
      // zeroed in the vector and read back from there (the lookup's key) stalled on
      // every word.
      const std::string_view key = s.key;
      const std::uint64_t hash = s.hash;
      const std::uint8_t stripped = s.stripped;
      const std::uint16_t entry = look_up(key, hash);
      datelex::Stem& o = out.stems.emplace_back();
      o.key = key;
      o.hash = hash;
      o.stripped = stripped;
      o.entry = entry;
    }
  }
  t.stem_count = static_cast<std::uint8_t>(out.stems.size() - t.stem_begin);
  t.latin = latin;
}

/// A space, tab or line break: what ends a URL or an e-mail address.
bool is_break(char c) { return c == ' ' || c == '\n' || c == '\t'; }

/// A token that can be part of an e-mail address before its '@': a Latin word, a number,
/// or one ASCII mark other than a line break ("first.last", "desk-2021").
bool in_address(const DateToken& t) {
  switch (t.kind) {
    case DateToken::Kind::kWord:
      return t.latin;
    case DateToken::Kind::kNumber:
      return true;
    case DateToken::Kind::kPunct:
      return t.text.size() == 1 && t.text[0] != '\n' &&
             static_cast<unsigned char>(t.text[0]) < 0x80;
    case DateToken::Kind::kJunk:
      return false;
  }
  return false;
}

/// A junk token (a URL or an e-mail address) from `begin`, through `from` and on to the
/// next break.
void push_junk(std::vector<DateToken>& out, std::string_view text, std::size_t begin,
               std::size_t from) {
  std::size_t end = from;
  while (end < text.size() && !is_break(text[end])) ++end;
  DateToken& t = out.emplace_back();
  t.kind = DateToken::Kind::kJunk;
  t.begin = static_cast<std::uint32_t>(begin);
  t.end = static_cast<std::uint32_t>(end);
  t.text = text.substr(begin, end - begin);
}

/// The value of a run of ASCII digits (at most nine: it fits a long).
long digits_value(std::string_view digits) {
  long v = 0;
  for (const char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

DateTokens tokenize_for_dates(std::string_view text) {
  DateTokens result;
  std::vector<DateToken>& out = result.tokens;
  // About one token per six bytes of Arabic news, and one and a half stems per token;
  // growing the vectors moves every element.
  out.reserve(text.size() / 6 + 16);
  result.stems.reserve(text.size() / 4 + 16);
  result.key_bytes = std::make_unique_for_overwrite<char[]>(2 * text.size());
  const datelex::Vocabulary& vocab = date_vocabulary();
  const datelex::ListBit start = date_start_list();
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 1;
    const char32_t cp = decode(text, i, len);
    const CharClass cls = classify(cp);
    if (cls == CharClass::kSpace) {
      i += len;
      continue;
    }
    if (cls == CharClass::kOther) {
      // An e-mail address: the '@' glued to what comes before and after it. Its tokens so
      // far (back to the space before it) and what follows, up to the next space, are junk.
      if (cp == '@' && !out.empty() && out.back().end == i && in_address(out.back()) &&
          i + 1 < text.size() && !is_break(text[i + 1])) {
        std::size_t first = out.size() - 1;
        while (first > 0 && out[first - 1].end == out[first].begin && in_address(out[first - 1])) {
          --first;
        }
        const std::size_t begin = out[first].begin;
        for (std::size_t k = first; k < out.size(); ++k) {
          if (out[k].kind == DateToken::Kind::kWord) {
            result.stems.resize(out[k].stem_begin);  // a word's stems are the last ones
            break;
          }
        }
        out.resize(first);
        push_junk(out, text, begin, i);
        i = out.back().end;
        continue;
      }
      DateToken& t = out.emplace_back();
      t.kind = DateToken::Kind::kPunct;
      t.begin = static_cast<std::uint32_t>(i);
      t.end = static_cast<std::uint32_t>(i + len);
      t.text = text.substr(i, len);
      i += len;
      continue;
    }
    // A run of the same class.
    bool teh = cp == 0x0629;  // ة
    std::size_t j = i + len;
    while (j < text.size()) {
      std::size_t l2 = 1;
      const char32_t c2 = decode(text, j, l2);
      if (classify(c2) != cls) break;
      teh = teh || c2 == 0x0629;
      j += l2;
    }
    if (cls == CharClass::kLatinLetter) {
      // URLs and e-mail addresses: a link's path holds dates and numbers
      // (".../2021/07/26/...") that are not the article's.
      const std::string_view w = text.substr(i, j - i);
      if ((j + 2 < text.size() && text.compare(j, 3, "://") == 0) ||
          (w == "www" && j < text.size() && text[j] == '.')) {
        push_junk(out, text, i, j);
        i = out.back().end;
        continue;
      }
    }
    if (cls == CharClass::kDigit) {
      DateToken& t = out.emplace_back();
      t.kind = DateToken::Kind::kNumber;
      t.begin = static_cast<std::uint32_t>(i);
      t.end = static_cast<std::uint32_t>(j);
      t.text = text.substr(i, j - i);
      // A longer run is no date part: 65,535 stands for any length from there.
      t.digits = static_cast<std::uint16_t>(std::min<std::size_t>(j - i, 65535));
      if (t.digits <= 9)
        t.value = static_cast<std::int32_t>(digits_value(t.text));
      else
        t.value = -1;
    } else {
      push_word(result, vocab, start, text, i, j, cls == CharClass::kLatinLetter, teh);
    }
    i = j;
  }
  return result;
}

}  // namespace fc::extract
