#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "factcheck/normalize/normalizer.hpp"
#include "support/cli.hpp"
#include "support/dense_offsets.hpp"

using fc::normalize::detect_language;
using fc::normalize::fold;
using fc::normalize::normalize_text;
using fc::normalize::split_sentences;

namespace {

/// Every normalized byte maps into the original inside one code point's bytes, the map
/// never goes backwards, and it is the dense reference's, byte for byte.
void check_map(const fc::normalize::NormalizedText& n) {
  std::size_t last = 0;
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    CHECK(n.start_of(i) < n.end_of(i));
    CHECK(n.end_of(i) <= n.original.size());
    CHECK(n.start_of(i) >= last);
    last = n.start_of(i);
  }
  CHECK(fc::test::compare_offsets(n) == "");
}

}  // namespace

TEST_CASE("digits of every script fold to ASCII and map back to their bytes",
          "[normalize][digits]") {
  using Row = std::tuple<std::string, std::string>;
  auto [input, want] = GENERATE(table<std::string, std::string>({
      Row{"٢٥٠٠", "2500"},    // Arabic-Indic
      Row{"۲۵۰۰", "2500"},    // Persian (Extended Arabic-Indic)
      Row{"२५००", "2500"},    // Devanagari
      Row{"২৫০০", "2500"},    // Bengali
      Row{"٢٬٥٠٠", "2,500"},  // U+066C thousands separator
      Row{"٣٫٥", "3.5"},      // U+066B decimal separator
      Row{"٥٠٪", "50%"},      // U+066A percent sign
      Row{"２５", "25"},      // fullwidth, via NFKC
  }));
  const auto n = normalize_text(input);
  CHECK(n.text == want);
  check_map(n);
  const auto [s, e] = n.to_original(0, n.text.size());
  CHECK(s == 0);
  CHECK(e == input.size());
}

TEST_CASE("NFKC alone folds no Arabic-Indic digit, so factcheck folds them itself",
          "[normalize][digits]") {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  REQUIRE(U_SUCCESS(status));
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8("٢٥٠٠ ۲۵");
  std::string out;
  nfkc->normalize(in, status).toUTF8String(out);
  CHECK(out == "٢٥٠٠ ۲۵");
  CHECK(normalize_text("٢٥٠٠ ۲۵").text == "2500 25");
}

TEST_CASE("removed characters map the next span to its own bytes", "[normalize][offsets]") {
  // Tatweel, diacritics, a bidi isolate and a zero-width joiner in a row around a number.
  const std::string input = "جـــنديٌّ \u2067\u200D١٢٣\u2069 ok";
  const auto n = normalize_text(input);
  check_map(n);
  CHECK(n.text == "جندي 123 ok");
  const std::size_t at = n.text.find("123");
  CHECK(n.original_text(at, at + 3) == "١٢٣");
  CHECK(n.original_text(0, n.text.find(' ')) == "جـــنديٌّ");
}

TEST_CASE("alef forms and alef maqsura fold for matching; quotes stay original",
          "[normalize][letters]") {
  const auto n = normalize_text("أإآٱ مصطفى");
  CHECK(n.text == "اااا مصطفي");
  CHECK(n.original_text(0, n.text.size()) == "أإآٱ مصطفى");
  CHECK(fold("الأربعاء") == "الاربعاء");
  CHECK(fold("Iraq") == "iraq");
}

TEST_CASE("spaces, CRLF, BOM and bidi overrides", "[normalize][offsets]") {
  const std::string input =
      "\xEF\xBB\xBF"
      "a\u00A0b\r\nc\u202Ed\u202C";
  const auto n = normalize_text(input);
  check_map(n);
  CHECK(n.text == "a b\ncd");
  CHECK(n.to_original(0, 1).first == 3);                 // after the BOM
  CHECK(normalize_text("a\u2009b").text == "a\u2009b");  // thin space kept as a separator
  CHECK(normalize_text("").text.empty());
  CHECK(normalize_text("").to_original(0, 0).first == 0);
}

TEST_CASE("Arabic presentation forms fold through NFKC and again through the Arabic folds",
          "[normalize][letters]") {
  // U+FE83 is alef with hamza above (isolated form): NFKC gives U+0623, then bare alef.
  const auto n = normalize_text("\uFE83\uFEFB");
  check_map(n);
  CHECK(n.text == "الا");  // U+FEFB is the lam-alef ligature
}

TEST_CASE("sentences split per line and at full stops, in normalized offsets",
          "[normalize][sentences]") {
  const auto n =
      normalize_text("عنوان بلا نقطة\nقال أوستن إن 2500 جندي باقون. وأضاف أن 2.5 مليون.\n\nEnd.");
  const auto s = split_sentences(n);
  REQUIRE(s.size() == 4);
  CHECK(n.text.substr(s[0].first, s[0].second - s[0].first) == "عنوان بلا نقطة");
  CHECK(n.text.substr(s[2].first, s[2].second - s[2].first) == "واضاف ان 2.5 مليون.");
  CHECK(n.text.substr(s[3].first, s[3].second - s[3].first) == "end.");
}

TEST_CASE("sentence offsets count three- and four-byte characters and emoji right",
          "[normalize][sentences]") {
  // U+1F600 takes two UTF-16 units and four bytes; € three bytes; Arabic letters two.
  const auto n = normalize_text("صورة 😀 هنا. ثم € 5 مليون 😀. وبعد 😀.");
  const auto s = split_sentences(n);
  REQUIRE(s.size() == 3);
  CHECK(n.text.substr(s[0].first, s[0].second - s[0].first) == "صورة 😀 هنا.");
  CHECK(n.text.substr(s[1].first, s[1].second - s[1].first) == "ثم € 5 مليون 😀.");
  CHECK(n.text.substr(s[2].first, s[2].second - s[2].first) == "وبعد 😀.");
}

namespace {

/// ICU's own sentences of each line of `text`, trimmed of spaces: what split_sentences
/// gave before it answered one-sentence lines itself.
std::vector<std::pair<std::size_t, std::size_t>> icu_sentences(const std::string& text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
  REQUIRE(U_SUCCESS(status));
  std::size_t line_begin = 0;
  while (line_begin <= text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = text.size();
    const std::string line = text.substr(line_begin, line_end - line_begin);
    if (line.find_first_not_of(' ') != std::string::npos) {
      // UTF-16 indices back to bytes through the prefix's UTF-8 length.
      const icu::UnicodeString u = icu::UnicodeString::fromUTF8(line);
      it->setText(u);
      const auto byte_of = [&](int32_t index) {
        std::string prefix;
        u.tempSubString(0, index).toUTF8String(prefix);
        return line_begin + prefix.size();
      };
      int32_t start = it->first();
      for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
        std::size_t bs = byte_of(start);
        std::size_t be = byte_of(end);
        while (bs < be && text[bs] == ' ') ++bs;
        while (be > bs && text[be - 1] == ' ') --be;
        if (be > bs) out.emplace_back(bs, be);
        start = end;
      }
    }
    if (line_end == text.size()) break;
    line_begin = line_end + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("sentences are ICU's on lines made of every kind of mark", "[normalize][sentences]") {
  // Words, terminators, closing marks, spaces, combining marks, joiners, digits with a
  // point, abbreviations, lower case after a stop: pieces that each sentence rule reads.
  const std::vector<std::string> pieces = {
      "قال", "الجيش", "word", "Word", " ",   " ",    ".", "!", "?",           "؟",
      "…",   ")",     "\"",   "»",    "«",   "”",    "'", "،", ",",           ":",
      "3.5", "U.S.",  "e.g.", "َ",     "‌", "2500", "؛", "۔", "。",          "।",
      "(",   "-",     "و",    "the",  "A",   "ـ",    "%", "٪", "\xE2\x80\x8F"};
  std::uint32_t seed = 12345;
  const auto next = [&] {
    seed = seed * 1103515245U + 12345U;
    return (seed >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string raw;
    const int lines = 1 + static_cast<int>(next() % 3);
    for (int l = 0; l < lines; ++l) {
      const int n = static_cast<int>(next() % 12);
      for (int k = 0; k < n; ++k) raw += pieces[next() % pieces.size()];
      if (l + 1 < lines) raw += '\n';
    }
    const auto n = normalize_text(raw);
    // Folding lower-cases Latin letters, but where a sentence ends depends on the case
    // of the letter after a full stop: ICU reads the folded text with each Latin letter
    // in its original case (ASCII case keeps every byte offset).
    std::string cased = n.text;
    for (std::size_t b = 0; b < cased.size(); ++b) {
      if (cased[b] < 'a' || cased[b] > 'z') continue;
      const auto orig = n.original_text(b, b + 1);
      if (orig.size() == 1 && orig[0] >= 'A' && orig[0] <= 'Z') cased[b] = orig[0];
    }
    CAPTURE(raw, n.text);
    CHECK(split_sentences(n) == icu_sentences(cased));
  }
}

TEST_CASE("an English sentence ends before a capital, though folding lower-cases it",
          "[normalize][sentences][regression]") {
  // Folded, "peru. the quake" has no capital after its stop: every English paragraph
  // was one sentence, and a place of the next sentence became a figure's.
  const auto n = normalize_text("A quake hit Peru. The epicentre was in Ica. U.S. teams came.");
  const auto ss = split_sentences(n);
  REQUIRE(ss.size() == 3);
  CHECK(n.text.substr(ss[0].first, ss[0].second - ss[0].first) == "a quake hit peru.");
  CHECK(n.text.substr(ss[2].first, ss[2].second - ss[2].first) == "u.s. teams came.");
}

TEST_CASE("language from the script ratio", "[normalize][language]") {
  CHECK(detect_language("لدى الولايات المتحدة 2500 جندي in Iraq") == "ar");
  CHECK(detect_language("The US has 2,500 troops in العراق") == "en");
  CHECK(detect_language("2500 — 3000").empty());
}

TEST_CASE("a text that folds longer than it is written keeps every byte and its map",
          "[normalize]") {
  // ﷺ (U+FDFA, three bytes) spells out as a phrase of many letters: a text of them
  // outgrows the buffers sized for the original several times over.
  std::string original;
  for (int i = 0; i < 3000; ++i) original += i % 3 == 0 ? "ﷺ" : (i % 3 == 1 ? "ب A" : "ـً");
  const auto n = normalize_text(original);
  check_map(n);
  CHECK(n.text == fc::normalize::fold(original));
  CHECK(n.text.size() > 3 * original.size());
  // The last letter's span ends after the tanween and tatweel that follow it.
  const auto [s, e] = n.to_original(n.text.size() - 2, n.text.size());
  CHECK(e == original.size());
  CHECK(s < e);
}

TEST_CASE("the offset map in pieces is the dense map, byte for byte", "[normalize][offsets]") {
  // Each piece boundary the map can have: a diacritic or tatweel after a kept letter,
  // after a folded digit and after a ligature; two marks in a row; a removed control
  // between two letters; CRLF and a lone CR; tabs; digits of two scripts side by side;
  // a presentation form that NFKC spells out in two letters; text that starts and ends
  // with a removed character; a three-byte and a four-byte character; upper case.
  const std::string text = GENERATE(as<std::string>{}, "ألفاً", "٢ً٥ـ٠", "ﻻً و", "مـَـحمد", "ب\u200Fت",
                                    "سطر\r\nسطر\rسطر\tآخر", "١2٣4", "\u200Fنص\u200F", "€ 😀 ﷺ",
                                    "Reuters، ٢٠٢١م", "ـَ", "", "\u200F", "أإآى ة", "ABC أبجد 12,5");
  const auto n = normalize_text(text);
  check_map(n);
  CHECK(n.pieces.back().norm == n.text.size());
}

TEST_CASE("the offset map of every seed and test corpus article is the dense map",
          "[normalize][offsets]") {
  std::size_t texts = 0;
  for (const char* dir : {"seeds", "tests/corpora"}) {
    for (const auto& e :
         std::filesystem::recursive_directory_iterator(fc::test::source_dir() + "/" + dir)) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      const auto n = normalize_text(bytes);
      INFO(e.path().string());
      CHECK(fc::test::compare_offsets(n) == "");
      // A few hundred pieces for thousands of bytes: the point of the pieces.
      CHECK(n.pieces.size() * 4 < n.text.size() + 16);
      ++texts;
    }
  }
  CHECK(texts >= 15);
}
