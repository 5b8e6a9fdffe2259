#include "factcheck/claims/name_sound.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <utility>

namespace fc::claims {

namespace {

/// The name in lower-case ASCII Latin letters: ICU's Arabic (and Persian) to Latin, then
/// its marks removed. A final ة is dropped first: it is read "a", not the t ICU writes.
std::string latin(std::string_view name) {
  std::string_view w = name;
  constexpr std::string_view kTaMarbuta = "\xd8\xa9";
  if (w.size() > kTaMarbuta.size() && w.substr(w.size() - kTaMarbuta.size()) == kTaMarbuta) {
    w.remove_suffix(kTaMarbuta.size());
  }
  std::string out;
  bool ascii = true;
  for (const char c : w) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    // Without the article English spellings keep: "al-Noor", "el-Fasher".
    for (const std::string_view article : {"al-", "el-"}) {
      if (w.size() > article.size() + 1 && w.substr(0, article.size()) == article) {
        w.remove_prefix(article.size());
      }
    }
    out.assign(w);
  } else {
    // One transliterator per thread: ICU's are not meant to be shared while in use.
    thread_local const std::unique_ptr<icu::Transliterator> tr = [] {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
          "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
      return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    if (!tr) return {};
    auto text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(w.data(), static_cast<std::int32_t>(w.size())));
    tr->transliterate(text);
    text.toUTF8String(out);
  }
  std::string letters;
  for (const char c : out) {
    if (c >= 'A' && c <= 'Z') letters += static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') letters += c;
  }
  return letters;
}

bool vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
}

/// Two Latin letters Arabic writes with one (خ ش ث ذ غ), and the class each reads as.
constexpr std::pair<std::string_view, char> kDigraphs[] = {{"kh", 'k'}, {"sh", 's'}, {"ch", 's'},
                                                           {"th", 't'}, {"dh", 'd'}, {"gh", 'g'},
                                                           {"ph", 'f'}, {"zh", 'z'}};

/// Letters read as another's class: ق and k are one, as are ج and g; Arabic has no p or v.
constexpr std::pair<char, char> kLetters[] = {{'q', 'k'}, {'v', 'f'}, {'p', 'b'}, {'j', 'g'}};

}  // namespace

std::string name_sound(std::string_view name) {
  const std::string s = latin(name);
  std::string out;
  const auto emit = [&](char c) {
    if (out.empty() || out.back() != c) out += c;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto digraph = std::find_if(std::begin(kDigraphs), std::end(kDigraphs), [&](auto& d) {
      return std::string_view(s).substr(i, 2) == d.first;
    });
    if (digraph != std::end(kDigraphs)) {
      emit(digraph->second);
      ++i;
      continue;
    }
    const char c = s[i];
    const char next = i + 1 < s.size() ? s[i + 1] : '\0';
    if (vowel(c) || (c == 'h' && i + 1 == s.size())) continue;
    if (c == 'c') {
      emit(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
    } else if (c == 'x') {
      emit('k');
      emit('s');
    } else {
      const auto letter = std::find_if(std::begin(kLetters), std::end(kLetters),
                                       [&](auto& l) { return l.first == c; });
      emit(letter != std::end(kLetters) ? letter->second : c);
    }
  }
  if (out.size() < 2) return std::string(name);
  return out;
}

}  // namespace fc::claims
