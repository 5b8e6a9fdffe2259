#include "factcheck/normalize/normalizer.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>

#include "factcheck/core/error.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::normalize {

namespace {

const icu::Normalizer2* nfkc_instance() {
  // ICU owns this instance for the life of the process; it is immutable and thread-safe.
  // Fetched once under a function-local static: its guard orders ICU's lazy loading
  // before any worker's use in a way ThreadSanitizer sees (ICU's own once-flag is
  // compiled without it, and was reported as a race between two workers).
  static const icu::Normalizer2* const kNfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    FC_ASSERT(U_SUCCESS(status) && n != nullptr, "ICU NFKC data is missing");
    return n;
  }();
  return kNfkc;
}

bool is_removed(char32_t cp) {
  // Tatweel (kashida) only stretches a word; diacritics (harakat, shadda, sukun, dagger
  // alef) are optional in news copy and must not split a word or a number.
  if (cp == 0x0640) return true;
  if (cp >= 0x064B && cp <= 0x065F) return true;
  if (cp == 0x0670) return true;
  // Zero-width and bidi controls: invisible, often pasted around numbers in RTL text.
  if (cp >= 0x200B && cp <= 0x200F) return true;
  if (cp >= 0x202A && cp <= 0x202E) return true;
  if (cp >= 0x2066 && cp <= 0x2069) return true;
  if (cp == 0xFEFF || cp == 0x061C || cp == 0x00AD) return true;
  return false;
}

bool is_attached_mark(char32_t cp) {
  return cp == 0x0640 || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670;
}

}  // namespace

void fold_code_point(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += (cp >= 'A' && cp <= 'Z') ? static_cast<char>(cp + ('a' - 'A')) : static_cast<char>(cp);
    return;
  }
  if (is_removed(cp)) return;
  switch (cp) {
    case 0x066B:
      out += '.';
      return;  // Arabic decimal separator
    case 0x066C:
      out += ',';
      return;  // Arabic thousands separator
    case 0x066A:
      out += '%';
      return;  // Arabic percent sign
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:  // hamza/madda/wasla alef forms
      util::append_utf8(out, 0x0627);
      return;
    case 0x0649:
      util::append_utf8(out, 0x064A);
      return;  // alef maqsura written for yeh
    case 0x2009:
    case 0x202F:  // thin and narrow no-break space: kept, a thousands separator
      util::append_utf8(out, 0x2009);
      return;
    case 0x060C:
    case 0x061B:
    case 0x061F:  // Arabic comma, semicolon, question mark
      util::append_utf8(out, cp);
      return;
    default:
      break;
  }
  // Arabic letters proper are already in their matching form: the common case.
  if (cp >= 0x0621 && cp <= 0x064A) {
    util::append_utf8(out, cp);
    return;
  }
  // Digits of every script: NFKC folds none of Arabic-Indic, Persian, Devanagari ...
  if (u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER) {
    const int32_t v = u_charDigitValue(static_cast<UChar32>(cp));
    if (v >= 0 && v <= 9) {
      out += static_cast<char>('0' + v);
      return;
    }
  }
  if (u_isUWhiteSpace(static_cast<UChar32>(cp)) && cp != 0x2028 && cp != 0x2029 && cp != 0x85) {
    out += ' ';
    return;
  }
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {  // line and paragraph separators
    out += '\n';
    return;
  }
  const icu::Normalizer2* nfkc = nfkc_instance();
  if (nfkc->isInert(static_cast<UChar32>(cp))) {
    util::append_utf8(out, cp);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString folded =
      nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
  if (U_FAILURE(status)) {
    util::append_utf8(out, cp);
    return;
  }
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    // Fold the NFKC result again (a presentation-form alef with hamza becomes bare alef)
    // but never recurse into NFKC: its output is already NFKC-stable.
    if (static_cast<char32_t>(c) == cp) {
      util::append_utf8(out, cp);
    } else {
      fold_code_point(static_cast<char32_t>(c), out);
    }
  }
}

namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Writes NormalizedText::pieces as normalize_text writes the text. The kept piece being
/// written lives here, not in the vector, until something else comes: kept() runs once
/// per letter of every text, and is then one comparison.
class PieceWriter {
 public:
  using Piece = NormalizedText::Piece;
  explicit PieceWriter(std::vector<Piece>& pieces) : pieces_(pieces) {}

  /// Normalized bytes [o, o + len) are original [pos, pos + len), code point for code
  /// point: they join the kept piece being written when it ends right there.
  void kept(std::size_t o, std::size_t pos, std::size_t len) {
    if (pos == run_next_) {
      run_next_ += len;
      return;
    }
    close_run();
    run_norm_ = o;
    run_orig_ = pos;
    run_next_ = pos + len;
  }
  /// The normalized bytes from o on (at least one) all come from original [pos, pos + len).
  void folded(std::size_t o, std::size_t pos, std::size_t len) {
    close_run();
    push(o, pos, pos + len, true);
  }
  /// A removed diacritic or tatweel at original [pos, pos + len) belongs to the code point
  /// before it when that one ends at pos: the span of "ألفاً" ends after its tanween.
  void extend(std::size_t pos, std::size_t len) {
    close_run();
    if (!pieces_.empty() && pieces_.back().orig_end == pos) {
      pieces_.back().orig_end = static_cast<std::uint32_t>(pos + len);
    }
  }
  /// The last piece: at the text's end, of no bytes.
  void finish(std::size_t o, std::size_t original_size) {
    close_run();
    push(o, original_size, original_size, true);
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  void close_run() {
    if (run_next_ == kNone) return;
    push(run_norm_, run_orig_, run_next_, false);
    run_next_ = kNone;
  }
  void push(std::size_t o, std::size_t pos, std::size_t end, bool folded) {
    Piece& p = pieces_.emplace_back();
    p.norm = static_cast<std::uint32_t>(o);
    p.orig = static_cast<std::uint32_t>(pos);
    p.orig_end = static_cast<std::uint32_t>(end);
    p.folded = folded;
  }

  std::vector<Piece>& pieces_;
  std::size_t run_norm_ = 0;      ///< the kept piece being written: its first byte
  std::size_t run_orig_ = 0;      ///< where it starts in the original
  std::size_t run_next_ = kNone;  ///< where it would go on; kNone when none is open
};

}  // namespace

std::size_t NormalizedText::piece_of(std::size_t i) const {
  // The last piece whose first byte is at or before i.
  const auto it = std::upper_bound(pieces.begin(), pieces.end(), i,
                                   [](std::size_t v, const Piece& p) { return v < p.norm; });
  return static_cast<std::size_t>(it - pieces.begin()) - 1;
}

std::uint32_t NormalizedText::start_of(std::size_t i) const {
  const Piece& p = pieces[piece_of(i)];
  if (p.folded) return p.orig;
  std::size_t k = i;  // back to the first byte of its code point
  while (k > p.norm && continuation(text[k])) --k;
  return static_cast<std::uint32_t>(p.orig + (k - p.norm));
}

std::uint32_t NormalizedText::end_of(std::size_t i) const {
  const std::size_t index = piece_of(i);
  const Piece& p = pieces[index];
  if (p.folded) return p.orig_end;
  const std::size_t next = pieces[index + 1].norm;
  std::size_t k = i + 1;  // on to the end of its code point
  while (k < next && continuation(text[k])) ++k;
  return k == next ? p.orig_end : static_cast<std::uint32_t>(p.orig + (k - p.norm));
}

std::size_t NormalizedText::from_original(std::size_t orig) const {
  // The first piece starting at or after orig; the answer is in the piece before it, or
  // is where that one starts.
  const auto it = std::lower_bound(pieces.begin(), pieces.end() - 1, orig,
                                   [](const Piece& p, std::size_t v) { return p.orig < v; });
  if (it == pieces.begin()) return 0;
  const Piece& p = *(it - 1);
  const std::size_t next = it->norm;
  if (p.folded) return next;  // all its bytes start before orig
  std::size_t j = p.norm + (orig - p.orig);
  while (j < next && continuation(text[j])) ++j;
  return std::min(j, next);
}

std::pair<std::size_t, std::size_t> NormalizedText::to_original(std::size_t start,
                                                                std::size_t end) const {
  if (text.empty()) return {original.size(), original.size()};
  if (start >= text.size()) return {original.size(), original.size()};
  const std::size_t s = start_of(start);
  if (end <= start) return {s, s};
  return {s, end_of(std::min(end, text.size()) - 1)};
}

std::string_view NormalizedText::original_text(std::size_t start, std::size_t end) const {
  const auto [s, e] = to_original(start, end);
  return original.substr(s, e - s);
}

NormalizedText normalize_text(std::string_view original) {
  NormalizedText out;
  out.original = original;
  // The text is sized for the common case (no longer than the original) and written by
  // index: the fast paths below run once per byte of every text, and a push_back per
  // byte (a capacity check each) cost more than the folding. A fold that outgrows it (a
  // ligature spelled out) grows it; it is cut to size at the end.
  std::string& text = out.text;
  PieceWriter map(out.pieces);
  std::size_t size = original.size() + 16;
  text.resize(size);
  std::size_t o = 0;   // bytes written
  std::string folded;  // the slow path's fold of one code point
  std::size_t pos = 0;
  const std::size_t n = original.size();
  while (pos < n) {
    // Fast path: a run of ASCII (but CR) and of Arabic letters that fold to themselves,
    // most of an article, is copied (ASCII lower-cased, a tab made a space) and mapped as
    // one kept piece; fold_code_point would give the same bytes.
    const std::size_t run_pos = pos;
    const std::size_t run_o = o;
    while (pos < n) {
      const auto c0 = static_cast<unsigned char>(original[pos]);
      if (c0 < 0x80) {
        if (c0 == '\r') break;
        text[o++] = (c0 >= 'A' && c0 <= 'Z') ? static_cast<char>(c0 + ('a' - 'A'))
                    : c0 == '\t'             ? ' '
                                             : static_cast<char>(c0);
        ++pos;
        continue;
      }
      if (c0 < 0xD8 || c0 > 0xD9 || pos + 1 >= n) break;
      const auto c1 = static_cast<unsigned char>(original[pos + 1]);
      if ((c1 & 0xC0) != 0x80) break;
      const char32_t c = static_cast<char32_t>(((c0 & 0x1F) << 6) | (c1 & 0x3F));
      if (c < 0x0621 || c > 0x064A || c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0640 ||
          c == 0x0649) {
        break;
      }
      text[o] = static_cast<char>(c0);
      text[o + 1] = static_cast<char>(c1);
      o += 2;
      pos += 2;
    }
    if (pos > run_pos) {
      map.kept(run_o, run_pos, pos - run_pos);
      continue;
    }
    if (original[pos] == '\r') {
      // CR of a CRLF line ending is dropped, a lone CR ends a line: lines end in '\n' in
      // the normalized view.
      if (pos + 1 < n && original[pos + 1] == '\n') {
        ++pos;
        continue;
      }
      text[o] = '\n';
      map.kept(o, pos, 1);
      ++o;
      ++pos;
      continue;
    }
    std::size_t len = 0;
    const auto cp = util::decode_utf8(original, pos, len);
    folded.clear();
    if (cp) {
      fold_code_point(*cp, folded);
    } else {
      util::append_utf8(folded, 0xFFFD);  // callers validate first; never crash here
    }
    if (folded.empty()) {
      if (cp && is_attached_mark(*cp)) map.extend(pos, len);
      pos += len;
      continue;
    }
    // Room for this fold and for the rest of the text at a byte out per byte in (what
    // the fast paths write), so that they need not check.
    const std::size_t needed = o + folded.size() + (original.size() - pos - len) + 2;
    if (needed > size) {
      size = std::max(size * 2, needed);
      text.resize(size);
    }
    // One code point of the same length (an alef form folded to bare alef) maps byte for
    // byte; anything else maps every byte it became to the whole code point.
    std::size_t first = 0;  // the length of the fold's first code point
    if (folded.size() == len && util::decode_utf8(folded, 0, first) && first == len) {
      map.kept(o, pos, len);
    } else {
      map.folded(o, pos, len);
    }
    for (const char c : folded) text[o++] = c;
    pos += len;
  }
  text.resize(o);
  map.finish(o, original.size());
  return out;
}

std::string fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    std::size_t len = 0;
    const auto cp = util::decode_utf8(utf8, pos, len);
    if (cp) fold_code_point(*cp, out);
    pos += len;
  }
  return out;
}

namespace {

/// What a code point is to the sentence rules of UAX #29, as far as splitting needs:
/// a terminator (. ! ? ؟ ...), what may follow one inside its sentence (closing marks,
/// spaces, combining marks), a paragraph separator, or anything else.
enum class SentenceClass : std::uint8_t { kOther, kTerm, kClose, kSpace, kIgnored, kSeparator };

SentenceClass sentence_class_of(char32_t cp) {
  switch (u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM:
    case U_SB_STERM:
      return SentenceClass::kTerm;
    case U_SB_CLOSE:
      return SentenceClass::kClose;
    case U_SB_SP:
      return SentenceClass::kSpace;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return SentenceClass::kIgnored;
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return SentenceClass::kSeparator;
    default:
      return SentenceClass::kOther;
  }
}

/// sentence_class_of for the code points news text is made of (below U+0700: ASCII,
/// Latin, Arabic) from a table read off ICU once; ICU answers for the rest.
SentenceClass sentence_class(char32_t cp) {
  static const auto kTable = [] {
    std::array<SentenceClass, 0x700> t{};
    for (char32_t c = 0; c < t.size(); ++c) t[c] = sentence_class_of(c);
    return t;
  }();
  return cp < kTable.size() ? kTable[cp] : sentence_class_of(cp);
}

/// The line is one sentence by the rules of UAX #29, which ICU's sentence iterator
/// follows: it holds no paragraph separator, and its terminators all stand in its
/// trailing run of the form (Term Close* Sp*)+ (combining marks anywhere), before which
/// no rule breaks. Most lines of news are a paragraph of one sentence; the others (and
/// any doubt) are left to ICU.
bool one_sentence(std::string_view line) {
  enum class State { kText, kAfterTerm, kAfterSpace };
  State state = State::kText;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t len = 1;
    const char32_t cp = util::decode_utf8_or(line, i, len, 0xFFFD);
    i += len;
    const SentenceClass c = sentence_class(cp);
    if (c == SentenceClass::kSeparator) return false;
    if (c == SentenceClass::kIgnored) continue;
    if (c == SentenceClass::kTerm) {
      state = State::kAfterTerm;
      continue;
    }
    if (state == State::kText) continue;
    if (c == SentenceClass::kSpace) {
      state = State::kAfterSpace;
    } else if (!(c == SentenceClass::kClose && state == State::kAfterTerm)) {
      return false;  // text after a terminator's run: a break may fall inside the line
    }
  }
  return true;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(const NormalizedText& text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  const std::string& s = text.text;
  // Segment line by line: a line break always ends a sentence in news copy (headlines,
  // datelines and captions carry no full stop), and short lines keep ICU's work small.
  std::size_t line_begin = 0;
  std::vector<UChar> u16;
  std::vector<std::size_t> u16_to_byte;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it;  // made when a line first needs it
  // A sentence, trimmed of spaces; nothing when only spaces are left.
  const auto emit = [&](std::size_t bs, std::size_t be) {
    while (bs < be && s[bs] == ' ') ++bs;
    while (be > bs && s[be - 1] == ' ') --be;
    if (be > bs) out.emplace_back(bs, be);
  };
  while (line_begin <= s.size()) {
    std::size_t line_end = s.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = s.size();
    const std::string_view line(s.data() + line_begin, line_end - line_begin);
    bool blank = true;
    for (char c : line) {
      if (c != ' ') {
        blank = false;
        break;
      }
    }
    if (!blank) {
      bool segmented = false;
      const bool one = one_sentence(line);
      if (!one && !it && U_SUCCESS(status)) {
        it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
      }
      if (one) {
        emit(line_begin, line_end);
        segmented = true;
      } else if (U_SUCCESS(status) && it) {
        // Segment UTF-16 (faster than UText over UTF-8), then map indices back to bytes:
        // the line is converted and the map made in one pass, into buffers kept from line
        // to line, and the iterator reads the buffer in place.
        // The folded text is lower case, and UAX #29 breaks after a full stop only before
        // an upper-case letter: the first Latin letter after a terminator takes back the
        // case it has in the original ("Nepal. The quake", not "U.S. officials").
        u16.clear();
        u16_to_byte.clear();
        bool after_term = false;
        for (std::size_t byte = 0; byte < line.size();) {
          // The folded text is valid UTF-8; a bad byte would count as one U+FFFD.
          std::size_t len = 1;
          char32_t cp = util::decode_utf8_or(line, byte, len, 0xFFFD);
          // (The rule looks past digits and marks to the first letter.)
          if (sentence_class(cp) == SentenceClass::kTerm) {
            after_term = true;
          } else if (after_term && cp >= 'a' && cp <= 'z') {
            after_term = false;
            const auto orig = text.original_text(line_begin + byte, line_begin + byte + 1);
            if (orig.size() == 1 && orig[0] >= 'A' && orig[0] <= 'Z') cp = cp - 'a' + 'A';
          } else if (after_term && u_isalpha(static_cast<UChar32>(cp))) {
            after_term = false;
          }
          if (cp < 0x10000) {
            u16.push_back(static_cast<UChar>(cp));
            u16_to_byte.push_back(byte);
          } else {
            u16.push_back(static_cast<UChar>(U16_LEAD(cp)));
            u16.push_back(static_cast<UChar>(U16_TRAIL(cp)));
            u16_to_byte.push_back(byte);
            u16_to_byte.push_back(byte);
          }
          byte += len;
        }
        u16_to_byte.push_back(line.size());
        const icu::UnicodeString u(false, u16.data(), static_cast<int32_t>(u16.size()));
        it->setText(u);
        int32_t start = it->first();
        for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
          emit(line_begin + u16_to_byte[static_cast<std::size_t>(start)],
               line_begin + u16_to_byte[static_cast<std::size_t>(end)]);
          start = end;
        }
        segmented = true;
      }
      if (!segmented) out.emplace_back(line_begin, line_end);
    }
    if (line_end == s.size()) break;
    line_begin = line_end + 1;
  }
  return out;
}

std::string detect_language(std::string_view utf8) {
  std::size_t arabic = 0;
  std::size_t latin = 0;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    std::size_t len = 0;
    const auto cp = util::decode_utf8(utf8, pos, len);
    pos += len;
    if (!cp) continue;
    const char32_t c = *cp;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F)) {
      ++latin;
    } else if ((c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
               (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF) ||
               (c >= 0xFE70 && c <= 0xFEFC)) {
      ++arabic;
    }
  }
  if (arabic == 0 && latin == 0) return "";
  return arabic >= latin ? "ar" : "en";
}

}  // namespace fc::normalize
