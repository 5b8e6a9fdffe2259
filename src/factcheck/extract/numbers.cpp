#include "factcheck/extract/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>

#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/extract/number_lexicon.hpp"
#include "factcheck/extract/number_words.hpp"

// How the extractor works: the date tokenizer's tokens of the normalized text are made
// number tokens (numbers of digits with their separators, words, punctuation) in one pass
// over them (Extractor::tokenize); a word is looked up in the number lexicon only after
// a cheap screen on its ending (number_lexicon.cpp). Only tokens that
// are numbers or number words start an expression; hedges, range and change cues,
// percent words and signs are then read from the few tokens around it. Everything is
// linear in the text: each token is looked at a bounded number of times.
//
// Readings:
//  - A hedged figure keeps `value` as written and gets `approximate: true`; `low`/`high`
//    say what the text allows: about (نحو, about) ±kAboutTolerance; more than / at least
//    low only; less than / at most (حتى, up to) high only.
//  - A range has low/high and no value. A change has from/to; its low/high are `to`
//    (the state the text reports last).
//  - Vague quantities have low < high and no value. Built-in intervals (overridden by
//    name through NumberOptions::vague, i.e. checks/ `vague:`):
//      few [3, 9] (بضعة، بضع)          tens [20, 99] (عشرات)       dozens [24, 99]
//      hundreds [200, 999] (مئات)       thousands [2000, 9999] (آلاف)
//      millions [2e6, 9999999]          billions [2e9, 9999999999]
//    and "X of Y" (عشرات الآلاف, tens of thousands) is X's interval times Y's scale:
//      tens_of_thousands [20000, 99999], hundreds_of_thousands [200000, 999999],
//      tens_of_millions, hundreds_of_millions, few_thousands ... (each overridable).
//  - A bare four-digit 1900-2100 after a date cue (عام، في، منذ، in, since, a month) is
//    left to the date extractor.

namespace fc::extract {

namespace {

constexpr double kAboutTolerance = 0.1;
constexpr double kMaxExact = 9007199254740992.0;  // 2^53

enum class TT : std::uint8_t { kNum, kWord, kPunct, kJunk };

// A number of digits: its value and how it was written.
struct NumInfo {
  double v = 0;
  int sig = 0;
  int int_len = 0;
  bool imprecise = false;
  bool grouped = false;
  bool decimal = false;
};

// One token; kept small (most tokens are plain words).
struct Tok {
  std::uint32_t b = 0;
  std::uint32_t e = 0;
  const LexEntry* lex = nullptr;  ///< words: the number lexicon entry, if any
  std::uint32_t num = 0;          ///< numbers: index into the NumInfo table
  TT type = TT::kPunct;
  Clitics cl;
  bool latin = false;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

using Pattern = NumberPattern;
using Words = NumberWords;

const Words& words() { return number_words(); }

// ---------------------------------------------------------------------------------------
// Vague intervals.

struct VagueDefault {
  const char* name;
  double low;
  double high;
};

constexpr VagueDefault kVagueDefaults[] = {
    {"few", 3, 9},
    {"tens", 20, 99},
    {"dozens", 24, 99},
    {"hundreds", 200, 999},
    {"thousands", 2000, 9999},
    {"millions", 2e6, 9999999},
    {"billions", 2e9, 9999999999.0},
};

const char* vague_name(VagueBase b) {
  switch (b) {
    case VagueBase::kFew:
      return "few";
    case VagueBase::kTens:
      return "tens";
    case VagueBase::kDozens:
      return "dozens";
    case VagueBase::kHundreds:
      return "hundreds";
    case VagueBase::kThousands:
      return "thousands";
    case VagueBase::kMillions:
      return "millions";
    case VagueBase::kBillions:
      return "billions";
    case VagueBase::kNone:
      break;
  }
  return "";
}

// ---------------------------------------------------------------------------------------

struct Card {
  std::size_t first = 0;  // token indices, inclusive
  std::size_t last = 0;
  double value = 0;
  int sig = 0;
  bool imprecise = false;
  bool digits = false;  // starts with a number of digits
  bool words = true;    // made of words only
  double scale = 1;     // the scale word applied last (for "بين 2 و3 ملايين")
  bool scaled = false;
  bool plain_year = false;
  bool decimal = false;  // the digits have a decimal part
};

class Extractor {
 public:
  Extractor(const normalize::NormalizedText& text, const DateTokens& tokens,
            const NumberOptions& options)
      : t_(text), s_(text.text), dt_(tokens), opt_(options), w_(words()) {}

  std::vector<Mention> run() {
    tokenize();
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      if (i < consumed_) continue;
      const Tok& k = toks_[i];
      if (k.type == TT::kNum || (k.type == TT::kWord && k.lex != nullptr)) try_at(i);
    }
    return std::move(out_);
  }

 private:
  const normalize::NormalizedText& t_;
  const std::string& s_;
  const DateTokens& dt_;  ///< tokenize_for_dates(s_)
  const NumberOptions& opt_;
  const Words& w_;
  std::vector<Tok> toks_;
  std::vector<NumInfo> nums_;
  std::vector<Mention> out_;
  std::size_t consumed_ = 0;   // tokens before this one belong to an earlier mention
  bool have_percent_ = false;  // a percent was read, its last token at last_percent_
  std::size_t last_percent_ = 0;
  static constexpr std::size_t kPointsReach = 80;  // tokens a percent lends "نقطة" its sense

  // ---- tokens ---------------------------------------------------------------------------

  [[nodiscard]] const NumInfo& nu(const Tok& t) const { return nums_[t.num]; }

  [[nodiscard]] std::string_view text(std::size_t i) const {
    return std::string_view(s_).substr(toks_[i].b, toks_[i].e - toks_[i].b);
  }
  [[nodiscard]] bool adjacent(std::size_t a, std::size_t b) const {
    return toks_[a].e == toks_[b].b;
  }

  [[nodiscard]] std::size_t digits_at(std::size_t i) const {
    std::size_t j = i;
    while (j < s_.size() && is_digit(s_[j])) ++j;
    return j - i;
  }

  // Length of a thousands separator at i, or 0: ',' '\'' U+2009 U+060C.
  [[nodiscard]] std::size_t sep_at(std::size_t i, int& kind) const {
    if (i >= s_.size()) return 0;
    if (s_[i] == ',') {
      kind = 1;
      return 1;
    }
    if (s_[i] == '\'') {
      kind = 2;
      return 1;
    }
    if (s_.compare(i, 3, "\xE2\x80\x89") == 0) {
      kind = 3;
      return 3;
    }
    if (s_.compare(i, 2, "\xD8\x8C") == 0) {
      kind = 4;
      return 2;
    }
    return 0;
  }

  // Digits from i on, across single spaces and dashes (a phone number's groups).
  [[nodiscard]] std::size_t phone_digits(std::size_t i) const {
    std::size_t count = 0;
    for (std::size_t j = i; j < s_.size(); ++j) {
      if (is_digit(s_[j])) {
        ++count;
      } else if (!((s_[j] == ' ' || s_[j] == '-') && j + 1 < s_.size() && is_digit(s_[j + 1]))) {
        break;
      }
    }
    return count;
  }

  // Length of a space that may group thousands at i ("5 674"), or 0: one space, U+00A0 or
  // U+202F, between digits.
  [[nodiscard]] std::size_t space_sep_at(std::size_t i) const {
    if (i >= s_.size()) return 0;
    if (s_[i] == ' ') return 1;
    if (s_.compare(i, 2, "\xC2\xA0") == 0) return 2;
    if (s_.compare(i, 3, "\xE2\x80\xAF") == 0) return 3;
    return 0;
  }

  void push_junk(std::size_t b, std::size_t e) {
    Tok k;
    k.b = static_cast<std::uint32_t>(b);
    k.e = static_cast<std::uint32_t>(e);
    k.type = TT::kJunk;
    toks_.push_back(k);
  }

  // A number of digits starting at i (or at a '.' before digits). Returns the end.
  std::size_t lex_number(std::size_t i) {
    const std::size_t n = s_.size();
    std::string int_part;
    std::string frac_part;
    std::size_t j = i;
    bool grouped = false;
    const bool leading_dot = s_[i] == '.';
    if (!leading_dot) {
      const std::size_t g0 = digits_at(j);
      int_part.assign(s_, j, g0);
      j += g0;
      // Phone numbers: a '+' right before, or a long run with a leading zero.
      if ((i > 0 && s_[i - 1] == '+' && phone_digits(i) >= 7) || (g0 >= 7 && s_[i] == '0')) {
        while (j < n && (is_digit(s_[j]) ||
                         ((s_[j] == ' ' || s_[j] == '-') && j + 1 < n && is_digit(s_[j + 1])))) {
          ++j;
        }
        push_junk(i, j);
        return j;
      }
      // Clock times: 16:56, 9:30:15.
      if (g0 <= 2 && j + 2 < n + 0 && s_[j] == ':' && digits_at(j + 1) == 2) {
        j += 3;
        if (j + 2 < n + 1 && j < n && s_[j] == ':' && digits_at(j + 1) == 2) j += 3;
        push_junk(i, j);
        return j;
      }
      // Thousands groups.
      int kind = 0;
      while (true) {
        int k = 0;
        const std::size_t sl = sep_at(j, k);
        if (sl == 0 || (kind != 0 && k != kind)) break;
        if (digits_at(j + sl) != 3) break;
        if (!grouped && int_part.size() > 3) break;
        if (int_part == "0" || (!grouped && int_part[0] == '0')) break;
        kind = k;
        grouped = true;
        int_part.append(s_, j + sl, 3);
        j += sl + 3;
      }
      // A space (or no-break space) between thousands: "5 674", "12 500 000".
      if (!grouped && int_part.size() <= 3 && int_part[0] != '0') {
        std::size_t m = j;
        std::string more;
        while (true) {
          const std::size_t sl = space_sep_at(m);
          if (sl == 0 || digits_at(m + sl) != 3) break;
          more.append(s_, m + sl, 3);
          m += sl + 3;
        }
        if (!more.empty() &&
            !(m < n &&
              (s_[m] == '.' || s_[m] == ',' || s_[m] == ':' || s_[m] == '/' || s_[m] == '-') &&
              m + 1 < n && is_digit(s_[m + 1]))) {
          int_part += more;
          grouped = true;
          j = m;
        }
      }
      // The Arabic comma as a decimal sign: "0،7", "16،1" (a thousands group has 3 digits).
      if (!grouped && s_.compare(j, 2, "\xD8\x8C") == 0) {
        const std::size_t g = digits_at(j + 2);
        const std::size_t after = j + 2 + g;
        const bool list =
            after + 2 < n && s_.compare(after, 2, "\xD8\x8C") == 0 && is_digit(s_[after + 2]);
        if (g >= 1 && g <= 2 && !list && int_part.size() <= 6) {
          frac_part.assign(s_, j + 2, g);
          j = after;
        }
      }
      // Dots: decimal, thousands (1.000.000) or an IP address / version (junk).
      if (!frac_part.empty()) {
        // read already
      } else if (j < n && s_[j] == '.' && j + 1 < n && is_digit(s_[j + 1])) {
        std::size_t m = j;
        int ndots = 0;
        bool all3 = true;
        while (m < n && s_[m] == '.' && m + 1 < n && is_digit(s_[m + 1])) {
          const std::size_t g = digits_at(m + 1);
          if (g != 3) all3 = false;
          ++ndots;
          m += 1 + g;
        }
        if (ndots >= 2) {
          if (all3 && !grouped && int_part.size() <= 3) {
            for (std::size_t p = j; p < m; ++p) {
              if (is_digit(s_[p])) int_part += s_[p];
            }
            grouped = true;
            j = m;
          } else {
            push_junk(i, m);
            return m;
          }
        } else if (!grouped && int_part.size() <= 3 && s_.compare(j + 1, 3, "000") == 0 &&
                   digits_at(j + 1) == 3) {
          // "157.000": a dot before three zeros groups thousands (no one writes 157.000
          // for 157).
          int_part += "000";
          grouped = true;
          j += 4;
        } else {
          const std::size_t g = digits_at(j + 1);
          frac_part.assign(s_, j + 1, g);
          j += 1 + g;
        }
      } else if (j < n && s_[j] == ',' && (kind == 0 || kind == 4)) {
        // A decimal comma: 25799,52 or 12،220,13; never inside a list (1,2,3).
        const std::size_t g = digits_at(j + 1);
        const std::size_t after = j + 1 + g;
        const bool list = after < n && (s_[after] == ',' || s_[after] == '.') && after + 1 < n &&
                          is_digit(s_[after + 1]);
        const bool list_before = i >= 2 && s_[i - 1] == ',' && is_digit(s_[i - 2]);
        if (g >= 1 && g <= 2 && !list && !list_before && !(kind == 0 && int_part.size() > 6)) {
          frac_part.assign(s_, j + 1, g);
          j = after;
        }
      }
    } else {
      const std::size_t g = digits_at(j + 1);
      frac_part.assign(s_, j + 1, g);
      j += 1 + g;
    }
    // A version number glued to a letter v (v2.1) is not a count.
    if (i > 0 && s_[i - 1] == 'v' && (i == 1 || !is_lower(s_[i - 2])) && !frac_part.empty()) {
      push_junk(i, j);
      return j;
    }
    Tok k;
    k.b = static_cast<std::uint32_t>(i);
    k.e = static_cast<std::uint32_t>(j);
    k.type = TT::kNum;
    NumInfo info;
    info.grouped = grouped;
    info.decimal = !frac_part.empty();
    // Strip leading zeros for the value and the significant digits.
    std::size_t lz = 0;
    while (lz + 1 < int_part.size() && int_part[lz] == '0') ++lz;
    const std::string ip = int_part.empty() ? std::string("0") : int_part.substr(lz);
    info.int_len = static_cast<int>(int_part.size());
    if (ip.size() > 300) {
      // Beyond any double: no reading.
      k.type = TT::kJunk;
      toks_.push_back(k);
      return j;
    }
    const std::string num = frac_part.empty() ? ip : ip + "." + frac_part;
    info.v = std::strtod(num.c_str(), nullptr);
    info.imprecise = !std::isfinite(info.v) || std::fabs(info.v) > kMaxExact ||
                     (frac_part.empty() && ip.size() > 16);
    // Significant digits as written: "2,500" 2, "2500" 4, "2.50" 3, "0.08" 1.
    std::string digits = (ip == "0" ? std::string() : ip) + frac_part;
    std::size_t a = 0;
    while (a < digits.size() && digits[a] == '0') ++a;
    digits = digits.substr(a);
    if (frac_part.empty() && grouped) {
      while (!digits.empty() && digits.back() == '0') digits.pop_back();
    }
    info.sig = std::max(1, static_cast<int>(digits.size()));
    k.num = static_cast<std::uint32_t>(nums_.size());
    nums_.push_back(info);
    toks_.push_back(k);
    return j;
  }

  /// The date tokenizer's tokens (date_tokens.hpp) made number tokens: the same words
  /// (a Latin word the date tokenizer split before a glued month is one word again),
  /// numbers of digits read from their first digit with their separators and decimals
  /// (lex_number, which may take several date tokens), URLs and e-mail addresses (the
  /// date tokenizer's junk) as junk. The text is scanned once, by the date tokenizer: a
  /// second scan of its own, decoding each code point, was a sixth of `extract`.
  void tokenize() {
    const std::size_t n = s_.size();
    const std::vector<DateToken>& dts = dt_.tokens;
    toks_.reserve(dts.size() + 4);
    std::size_t i = 0;  // the bytes before i are read
    for (std::size_t t = 0; t < dts.size(); ++t) {
      const DateToken& d = dts[t];
      const std::size_t b = d.begin;
      if (b < i) continue;  // inside a number or a URL read already
      switch (d.kind) {
        case DateToken::Kind::kNumber:
          i = lex_number(b);
          break;
        case DateToken::Kind::kJunk:  // a URL or an e-mail address
          push_junk(b, d.end);
          i = d.end;
          break;
        case DateToken::Kind::kPunct: {
          // A decimal written without its 0 (".5"), at the start of a word.
          if (s_[b] == '.' && b + 1 < n && is_digit(s_[b + 1]) &&
              (b == 0 || s_[b - 1] == ' ' || s_[b - 1] == '\n' || s_[b - 1] == '\t')) {
            i = lex_number(b);
            break;
          }
          i = d.end;
          // U+FFFD (a byte that was not text) and the characters beyond the BMP (emoji,
          // flags) are spaces to this reader: "نحو 🔴 500" keeps its hedge.
          if (d.text == "\xEF\xBF\xBD" || d.text.size() == 4) break;
          Tok& k = toks_.emplace_back();
          k.b = d.begin;
          k.e = d.end;
          k.type = TT::kPunct;
          break;
        }
        case DateToken::Kind::kWord:
          if (d.latin) {
            std::size_t j = d.end;
            while (t + 1 < dts.size() && dts[t + 1].kind == DateToken::Kind::kWord &&
                   dts[t + 1].latin && dts[t + 1].begin == j) {
              j = dts[++t].end;
            }
            const std::string_view w(s_.data() + b, j - b);
            Tok& k = toks_.emplace_back();  // filled in place (see the Arabic words below)
            k.b = static_cast<std::uint32_t>(b);
            k.e = static_cast<std::uint32_t>(j);
            k.type = TT::kWord;
            k.latin = true;
            k.lex = lookup_number_word(w);
            i = j;
          } else {
            // Filled in place: a Tok made on the stack and copied in stalled on reading its
            // narrow fields back as wide words (store-to-load forwarding), on every word.
            Tok& k = toks_.emplace_back();
            k.b = d.begin;
            k.e = d.end;
            k.type = TT::kWord;
            // Screened first by the hash of the whole word, which the date tokenizer made.
            k.lex = may_be_number_word(dt_.stems_of(t)[0].hash) ? lookup_number_word(d.text, &k.cl)
                                                                : nullptr;
            i = d.end;
          }
          break;
      }
    }
    drop_parentheses();
  }

  // "(11) ملياراً", "(9.5) بالمائة": official texts put a figure in parentheses before its
  // scale or percent word; the parentheses are dropped so that the figure reads on.
  void drop_parentheses() {
    std::size_t w = 0;
    const std::size_t n = toks_.size();
    for (std::size_t r = 0; r < n; ++r) {
      if (r + 3 < n && toks_[r].type == TT::kPunct && text(r) == "(" &&
          toks_[r + 1].type == TT::kNum && toks_[r + 2].type == TT::kPunct && text(r + 2) == ")" &&
          adjacent(r, r + 1) && adjacent(r + 1, r + 2) && scale_or_percent(r + 3)) {
        toks_[w++] = toks_[r + 1];
        r += 2;
        continue;
      }
      if (w != r) toks_[w] = toks_[r];
      ++w;
    }
    toks_.resize(w);
  }

  [[nodiscard]] bool scale_or_percent(std::size_t i) const {
    const LexEntry* e = toks_[i].type == TT::kWord ? toks_[i].lex : nullptr;
    if (e != nullptr && (e->kind == NumberWord::kScale || e->kind == NumberWord::kScalePlural))
      return true;
    return is(i, w_.percent_one) || (is(i, w_.percent_in) && is(i + 1, w_.percent_two));
  }

  // ---- word tests ------------------------------------------------------------------------

  [[nodiscard]] bool is(std::size_t i, const std::vector<std::string>& list) const {
    if (i >= toks_.size()) return false;
    const std::string_view w = text(i);
    return std::any_of(list.begin(), list.end(), [&](const std::string& x) { return x == w; });
  }

  // The word with one leading و or ف (or ب ل when `prep`) taken off, if it has one.
  [[nodiscard]] std::string_view without_clitic(std::size_t i, bool prep) const {
    std::string_view w = text(i);
    if (w.size() > 4) {
      const std::string_view p = w.substr(0, 2);
      if (p == "\xD9\x88" || p == "\xD9\x81" || (prep && (p == "\xD8\xA8" || p == "\xD9\x84"))) {
        w.remove_prefix(2);
        return w;
      }
    }
    return {};
  }

  // Does pattern p match tokens [i, i + size)? The first word may carry و ف ب ل.
  [[nodiscard]] bool match(std::size_t i, const Pattern& p) const {
    if (i + p.words.size() > toks_.size()) return false;
    for (std::size_t k = 0; k < p.words.size(); ++k) {
      const std::string_view w = text(i + k);
      if (w == p.words[k]) continue;
      if (k == 0 && without_clitic(i, true) == p.words[k]) continue;
      return false;
    }
    return true;
  }

  // A hedge ending right before token `first` (not reaching below `floor`).
  [[nodiscard]] const Pattern* hedge_before(std::size_t first, std::size_t floor,
                                            std::size_t& start) const {
    for (const Pattern& p : w_.before) {
      const std::size_t len = p.words.size();
      if (first < floor + len) continue;
      if (match(first - len, p)) {
        start = first - len;
        return &p;
      }
    }
    return nullptr;
  }

  [[nodiscard]] const Pattern* hedge_after(std::size_t next, std::size_t& end) const {
    for (const Pattern& p : w_.after) {
      if (match(next, p)) {
        end = next + p.words.size() - 1;
        return &p;
      }
    }
    return nullptr;
  }

  [[nodiscard]] bool clause_break(std::size_t i) const {
    if (toks_[i].type != TT::kPunct) return false;
    const std::string_view w = text(i);
    return w == "." || w == "," || w == ";" || w == ":" || w == "!" || w == "?" || w == "\n" ||
           w == "\xD8\x8C" || w == "\xD8\x9B" || w == "\xD8\x9F";
  }

  // A change cue (verb or noun: خفض، ارتفع، rose ...) in the same clause before token i.
  [[nodiscard]] bool change_cue_before(std::size_t i, bool across_commas = false) const {
    // For a from-to pair the verb may stand a clause before, its subject repeated
    // elliptically: "ارتفع المعدل في القرى من 5,2% إلى 6,3%، وفي المدن من 15,8% إلى 16,8%":
    // with `across_commas` commas do not stop the search.
    const std::size_t reach = across_commas ? 24 : 12;
    const std::size_t lo = i > reach ? i - reach : 0;
    for (std::size_t k = i; k-- > lo;) {
      if (clause_break(k) && !(across_commas && (text(k) == "," || text(k) == "\xD8\x8C"))) {
        return false;
      }
      if (toks_[k].type != TT::kWord) continue;
      if (toks_[k].latin) {
        if (is(k, w_.change_en)) return true;
        continue;
      }
      std::string_view w = text(k);
      for (int pass = 0; pass < 3; ++pass) {
        for (const std::string& stem : w_.change_stems) {
          if (w.size() >= stem.size() && w.substr(0, stem.size()) == stem) return true;
        }
        // Strip و/ف, then ب/ل, then ال.
        if (w.size() > 6 && (w.substr(0, 2) == "\xD9\x88" || w.substr(0, 2) == "\xD9\x81" ||
                             w.substr(0, 2) == "\xD8\xA8" || w.substr(0, 2) == "\xD9\x84")) {
          w.remove_prefix(2);
        } else if (w.size() > 8 && w.substr(0, 4) == "\xD8\xA7\xD9\x84") {
          w.remove_prefix(4);
        } else {
          break;
        }
      }
    }
    return false;
  }

  [[nodiscard]] const LexEntry* lex(std::size_t i) const {
    return i < toks_.size() && toks_[i].type == TT::kWord ? toks_[i].lex : nullptr;
  }
  [[nodiscard]] bool is_kind(std::size_t i, NumberWord k) const {
    const LexEntry* e = lex(i);
    return e != nullptr && e->kind == k;
  }

  // ---- cardinals ----------------------------------------------------------------------------

  static bool from_digits_start(const Card& c) { return c.digits; }

  // Parses a cardinal number at token i: digits, words, or digits with a scale word.
  [[nodiscard]] bool parse_cardinal(std::size_t i, Card& c) const {
    const std::size_t n = toks_.size();
    double total = 0;
    double group = 0;
    double last_scale = 1e300;
    NumberWord last = NumberWord::kNone;
    bool any = false;
    bool english = false;
    c = Card{};
    c.first = i;
    std::size_t j = i;
    while (j < n) {
      bool conj = false;
      std::size_t k = j;
      if (any) {
        if (toks_[j].type == TT::kWord && (text(j) == "\xD9\x88" || text(j) == "and")) {
          conj = true;
          k = j + 1;
        } else if (english && last == NumberWord::kTens && text(j) == "-" && adjacent(j - 1, j) &&
                   j + 1 < n && adjacent(j, j + 1)) {
          conj = true;
          k = j + 1;
        }
        if (k >= n) break;
      }
      const Tok& tk = toks_[k];
      if (tk.type == TT::kNum) {
        // Digits start a number, or follow a scale after و: a compound is any sequence of
        // parts of falling scale joined by و ("3 ملايين و500 ألف و20", "31 ألفاً و643").
        if (any) {
          if (!(conj && group == 0 && total > 0 && nu(tk).v < 1000 && !nu(tk).decimal &&
                !c.decimal)) {
            break;
          }
          const LexEntry* nx = lex(k + 1);
          const bool scale_next = nx != nullptr && (nx->kind == NumberWord::kScale ||
                                                    nx->kind == NumberWord::kScalePlural);
          if (scale_next ? nx->value >= last_scale : nu(tk).v >= last_scale) break;
        } else {
          c.digits = true;
          c.decimal = nu(tk).decimal;
          c.sig = nu(tk).sig;
          c.imprecise = nu(tk).imprecise;
          c.plain_year = !nu(tk).grouped && !nu(tk).decimal && nu(tk).int_len == 4 &&
                         nu(tk).v >= 1900 && nu(tk).v <= 2100;
        }
        c.words = false;
        group = nu(tk).v;
        last = NumberWord::kNone;
        any = true;
        c.last = k;
        j = k + 1;
        // Glued scale suffix: 2.5m, 3bn, 5k.
        if (j < n && toks_[j].latin && adjacent(k, j)) {
          const std::string_view sfx = text(j);
          double sc = 0;
          if (sfx == "k") sc = 1e3;
          if (sfx == "m" || sfx == "mn") sc = 1e6;
          if (sfx == "bn" || sfx == "b") sc = 1e9;
          if (sfx == "tn") sc = 1e12;
          if (sc > 0 && (j + 1 >= n || !adjacent(j, j + 1) || toks_[j + 1].type == TT::kPunct)) {
            total += group * sc;
            group = 0;
            last_scale = sc;
            c.scale = sc;
            c.scaled = true;
            c.last = j;
            j = j + 1;
            last = NumberWord::kScale;
          }
        }
        if (!c.scaled || c.last != j - 1) last = NumberWord::kNone;
        continue;
      }
      const LexEntry* e = lex(k);
      if (e == nullptr) break;
      if (any && !from_digits_start(c) && e->english != english) break;
      if (any && (tk.cl.def || tk.cl.prep)) break;
      if (tk.cl.conj && any) {
        if (conj) break;
        conj = true;
      }
      if (tk.cl.def && !any) {
        // "الست" (the six) is a count; "المئة", "الألف" alone are not.
        if (e->kind != NumberWord::kUnit && e->kind != NumberWord::kTen &&
            e->kind != NumberWord::kTens && e->kind != NumberWord::kFraction) {
          break;
        }
      }
      const bool from_digits = !c.words;
      const double gmod = std::fmod(group, 100.0);
      bool ok = false;
      switch (e->kind) {
        case NumberWord::kUnit:
          if (from_digits) break;
          if (!any) {
            ok = true;
          } else if (e->english) {
            ok = (last == NumberWord::kTens && gmod < 100 && std::fmod(group, 10.0) == 0) ||
                 ((last == NumberWord::kHundred || last == NumberWord::kScale) && gmod == 0);
          } else {
            ok = gmod == 0 && (conj || last == NumberWord::kHundred) && last != NumberWord::kUnit &&
                 last != NumberWord::kTens;
          }
          if (ok) group += e->value;
          break;
        case NumberWord::kUnitTeenOnly:
          if (from_digits || (any && !conj) || gmod != 0) break;
          if (is_kind(k + 1, NumberWord::kTen) && !toks_[k + 1].cl.conj) {
            group += e->value + 10;
            last = NumberWord::kTeen;
            any = true;
            c.last = k + 1;
            j = k + 2;
            continue;
          }
          break;
        case NumberWord::kTen:
          if (from_digits) break;
          if (any && last == NumberWord::kUnit && !conj && gmod < 10) {
            group += 10;
            ok = true;
            e = nullptr;  // now a teen
          } else if (gmod == 0 && (!any || conj || last == NumberWord::kHundred)) {
            group += 10;
            ok = true;
          }
          if (ok) {
            last = e == nullptr ? NumberWord::kTeen : NumberWord::kTen;
            any = true;
            c.last = k;
            j = k + 1;
            continue;
          }
          break;
        case NumberWord::kTeen:
          if (from_digits) break;
          ok = gmod == 0 &&
               (!any || conj || last == NumberWord::kHundred || last == NumberWord::kScale);
          if (ok) group += e->value;
          break;
        case NumberWord::kTens:
          if (from_digits) break;
          if (e->english) {
            ok = gmod == 0 && (!any || last == NumberWord::kHundred || last == NumberWord::kScale);
          } else if (any && last == NumberWord::kUnit && conj && gmod < 10) {
            ok = true;
          } else {
            ok = gmod == 0 && (!any || conj || last == NumberWord::kHundred);
          }
          if (ok && tk.cl.def && any) ok = false;
          if (ok) group += e->value;
          break;
        case NumberWord::kHundred:
          if (from_digits) break;
          if (e->english) {
            if (!any) {
              group = 100;
              ok = true;
            } else if (group > 0 && group < 100 && !conj) {
              group *= 100;
              ok = true;
            }
          } else if (any && e->value == 100 && last == NumberWord::kUnit && !conj && gmod >= 1 &&
                     gmod <= 9 && group < 10) {
            group *= 100;
            ok = true;
          } else if (group == 0 && (!any || conj)) {
            group = e->value;
            ok = true;
          }
          break;
        case NumberWord::kScale:
        case NumberWord::kScalePlural:
        case NumberWord::kScaleDual: {
          if (e->value >= last_scale) break;
          double g = group;
          if (e->kind == NumberWord::kScaleDual) {
            if (group != 0 || (any && !conj)) break;
            g = 2;
          } else if (e->kind == NumberWord::kScalePlural) {
            if (conj || group <= 0) break;
            if (e->english) break;
            if (!from_digits && (gmod < 3 || gmod > 10) && group != 10) break;
          } else {
            if (group == 0) {
              if (any && !conj) break;
              g = 1;
            } else if (conj) {
              break;
            }
          }
          total += g * e->value;
          group = 0;
          last_scale = e->value;
          c.scale = e->value;
          c.scaled = true;
          ok = true;
          break;
        }
        case NumberWord::kFraction:
          if (!any) {
            group = e->value;
            ok = true;
          }
          break;
        case NumberWord::kDozen:
          if (!any) {
            group = 12;
            ok = true;
          } else if (!conj && group > 0 && group < 20) {
            group *= 12;
            ok = true;
          }
          break;
        default:
          break;
      }
      if (!ok) break;
      if (!any) english = e->english;
      last = e->kind == NumberWord::kScalePlural || e->kind == NumberWord::kScaleDual
                 ? NumberWord::kScale
                 : e->kind;
      any = true;
      c.last = k;
      j = k + 1;
    }
    if (!any) return false;
    c.value = total + group;
    // 128.7 x 1e9 is 128699999999.99998 in doubles: a decimal times a scale is rounded back
    // to the whole number it stands for.
    if (c.decimal && c.scaled &&
        std::fabs(c.value - std::round(c.value)) < 1e-9 * std::fabs(c.value)) {
      c.value = std::round(c.value);
    }
    if (std::fabs(c.value) > kMaxExact) c.imprecise = true;
    return true;
  }

  // ---- emitting ------------------------------------------------------------------------

  Mention make(std::size_t first, std::size_t last, MentionKind kind) const {
    Mention m;
    m.kind = kind;
    const auto [os, oe] = t_.to_original(toks_[first].b, toks_[last].e);
    m.span.start = os;
    m.span.end = oe;
    m.text = std::string(t_.original.substr(os, oe - os));
    return m;
  }

  void emit(Mention m, std::size_t last, bool percent = false) {
    if (percent || m.kind == MentionKind::kPercent) {
      have_percent_ = true;
      last_percent_ = last;
    }
    out_.push_back(std::move(m));
    consumed_ = last + 1;
  }

  void set_exact(Mention& m, double v) const {
    m.value = v;
    m.low = v;
    m.high = v;
  }

  [[nodiscard]] std::pair<double, double> vague_interval(const std::string& name, double lo,
                                                         double hi) const {
    for (const auto& o : opt_.vague) {
      if (o.name == name) return {o.low, o.high};
    }
    return {lo, hi};
  }

  [[nodiscard]] std::pair<double, double> vague_base(VagueBase b) const {
    const std::string name = vague_name(b);
    for (const auto& d : kVagueDefaults) {
      if (name == d.name) return vague_interval(name, d.low, d.high);
    }
    return {0, 0};
  }

  // ---- the expression at token i -----------------------------------------------------------

  bool try_ordinal(std::size_t i) {
    const Tok& tk = toks_[i];
    const LexEntry* e = tk.lex;
    if (e == nullptr) {
      // 20th, 1st.
      if (tk.type == TT::kNum && !nu(tk).decimal && !nu(tk).grouped && i + 1 < toks_.size() &&
          adjacent(i, i + 1) && is(i + 1, w_.ordinal_suffix)) {
        Mention m = make(i, i + 1, MentionKind::kOrdinal);
        set_exact(m, nu(tk).v);
        emit(std::move(m), i + 1);
        return true;
      }
      return false;
    }
    if (tk.cl.conj && !tk.cl.def && !e->english && e->kind != NumberWord::kOrdinal) return false;
    if (e->kind == NumberWord::kOrdinal && !tk.cl.def && !e->english && e->value == 2 && i > 0 &&
        (toks_[i - 1].type == TT::kNum ||
         (lex(i - 1) != nullptr && lex(i - 1)->kind != NumberWord::kOrdinal))) {
      return true;  // "30 ثانية": seconds, not the second
    }
    double v = 0;
    std::size_t last = i;
    const auto tens_after = [&](std::size_t k, std::size_t& end) -> double {
      // "والعشرين" or "و العشرون".
      if (is_kind(k, NumberWord::kTens) && toks_[k].cl.conj && toks_[k].cl.def) {
        end = k;
        return toks_[k].lex->value;
      }
      if (k + 1 < toks_.size() && text(k) == "\xD9\x88" && is_kind(k + 1, NumberWord::kTens) &&
          toks_[k + 1].cl.def && !toks_[k + 1].cl.conj) {
        end = k + 1;
        return toks_[k + 1].lex->value;
      }
      return 0;
    };
    if (e->english) {
      if (e->kind == NumberWord::kOrdinal) {
        v = e->value;
      } else if (e->kind == NumberWord::kTens && i + 2 < toks_.size() && text(i + 1) == "-" &&
                 adjacent(i, i + 1) && adjacent(i + 1, i + 2) &&
                 is_kind(i + 2, NumberWord::kOrdinal) && lex(i + 2)->value < 10) {
        v = e->value + lex(i + 2)->value;
        last = i + 2;
      } else {
        return false;
      }
    } else if (e->kind == NumberWord::kOrdinal || e->kind == NumberWord::kOrdinalUnitCompound) {
      v = e->value;
      std::size_t end = 0;
      if (v < 10 && is_kind(i + 1, NumberWord::kTen) && !toks_[i + 1].cl.conj &&
          !toks_[i + 1].cl.def) {
        v += 10;
        last = i + 1;
      } else if (const double tens = v < 10 ? tens_after(i + 1, end) : 0; tens > 0) {
        v += tens;
        last = end;
      } else if (e->kind == NumberWord::kOrdinalUnitCompound) {
        return true;  // "حادي" alone: no reading, and not a cardinal either
      }
    } else if (tk.cl.def &&
               (e->kind == NumberWord::kUnit || e->kind == NumberWord::kUnitTeenOnly) &&
               is_kind(i + 1, NumberWord::kTen) && !toks_[i + 1].cl.conj && !toks_[i + 1].cl.def) {
      v = e->value + 10;  // الأحد عشر، الاثنى عشر
      last = i + 1;
    } else if (tk.cl.def && e->kind == NumberWord::kUnit && e->value >= 1) {
      std::size_t end = 0;
      const double tens = tens_after(i + 1, end);
      if (tens == 0) return false;  // "الست" is a cardinal
      v = e->value + tens;
      last = end;
    } else if (tk.cl.def && e->kind == NumberWord::kScale && i > consumed_ &&
               toks_[i - 1].type == TT::kWord && toks_[i - 1].lex == nullptr &&
               text(i - 1).substr(0, 4) == "\xD8\xA7\xD9\x84") {
      v = e->value;  // "الذكرى الألف", "الكتاب التريليون": the thousandth, the trillionth
    } else if (tk.cl.def && e->kind == NumberWord::kTens) {
      // "العشرين" is an ordinal, except after a hedge ("فوق الثلاثين": over thirty).
      std::size_t hs = 0;
      if (hedge_before(i, consumed_, hs) != nullptr) return false;
      v = e->value;
    } else {
      return false;
    }
    Mention m = make(i, last, MentionKind::kOrdinal);
    set_exact(m, v);
    emit(std::move(m), last);
    return true;
  }

  bool try_vague(std::size_t i) {
    const Tok& tk = toks_[i];
    const LexEntry* e = tk.lex;
    if (e == nullptr) return false;
    const bool plural_scale = e->kind == NumberWord::kScalePlural && e->vague != VagueBase::kNone;
    if (e->kind != NumberWord::kVague && !plural_scale) return false;
    auto [lo, hi] = vague_base(e->vague);
    std::string name = vague_name(e->vague);
    std::size_t last = i;
    // "عشرات الآلاف", "بضعة آلاف", "بضع مئات", "tens of thousands".
    std::size_t k = i + 1;
    if (e->english && is(k, w_.of)) ++k;
    const LexEntry* nx = lex(k);
    if (nx != nullptr && nx->english == e->english && !toks_[k].cl.conj && !toks_[k].cl.prep &&
        (k == i + 1 || e->english)) {
      double scale = 0;
      std::string scale_name;
      if (nx->kind == NumberWord::kScalePlural || nx->kind == NumberWord::kScale) {
        scale = nx->value;
        scale_name = nx->value == 1e3 ? "thousands" : nx->value == 1e6 ? "millions" : "billions";
      } else if (nx->kind == NumberWord::kVague && nx->vague == VagueBase::kHundreds) {
        scale = 100;
        scale_name = "hundreds";
      }
      if (scale > 0 && (e->kind == NumberWord::kVague) &&
          !(e->english && nx->kind == NumberWord::kScale)) {
        const std::string combined = name + "_of_" + scale_name;
        const auto r = vague_interval(combined, lo * scale, hi * scale + (scale - 1));
        lo = r.first;
        hi = r.second;
        name = combined;
        last = k;
      }
    }
    if (e->english && last == i && i + 1 < toks_.size() && !is(i + 1, w_.of)) {
      // "hundreds" / "thousands" without "of" is rarely a quantity; still read it.
    }
    Mention m = make(i, last, MentionKind::kVague);
    m.low = lo;
    // English "thousands" (millions, billions) alone says at least two thousand, no more.
    if (!(e->english && plural_scale && last == i)) m.high = hi;
    m.approximate = true;
    emit(std::move(m), last);
    return true;
  }

  // A year after a date cue is the date extractor's.
  [[nodiscard]] bool year_like(const Card& c) const {
    if (!c.plain_year || c.first != c.last) return false;
    const std::size_t i = c.first;
    if (i > 0 && (is(i - 1, w_.year_cues) || is(i - 1, w_.months))) return true;
    if (i + 1 < toks_.size() && is(i + 1, w_.year_after)) return true;
    if (i > 0 && (text(i - 1) == "/" || text(i - 1) == "-") && adjacent(i - 1, i)) return true;
    return false;
  }

  void try_at(std::size_t i) {
    if (try_ordinal(i)) return;
    if (try_vague(i)) return;
    Card c;
    if (!parse_cardinal(i, c)) return;
    const std::size_t n = toks_.size();
    // Monday, and "one of" (واحدة من أكثر) are no counts.
    if (c.words && c.first == c.last) {
      const Tok& tk = toks_[i];
      if (is(i, w_.not_numbers)) {
        consumed_ = i + 1;
        return;
      }
      if (tk.cl.def && tk.lex->kind == NumberWord::kUnit && tk.lex->value == 2) {
        consumed_ = i + 1;
        return;
      }
    }
    // "الربع الأول", "للربع الحالي", "النصف الثاني": with the article and an adjective after
    // it a fraction word names a period, not a share.
    if (c.words && c.first == c.last && toks_[i].lex->kind == NumberWord::kFraction &&
        toks_[i].cl.def && i + 1 < n && toks_[i + 1].type == TT::kWord && !toks_[i + 1].cl.conj &&
        text(i + 1).substr(0, 4) == "\xD8\xA7\xD9\x84") {
      consumed_ = i + 1;
      return;
    }
    double value = c.value;
    std::size_t first = c.first;
    std::size_t last = c.last;
    int sig = c.sig;
    // Date chains (27-7-2021, 12/03/2020) belong to the dates.
    const auto chain_sep = [&](std::size_t k) {
      return k < n && (text(k) == "-" || text(k) == "/" || text(k) == ".");
    };
    if (c.digits && c.first == c.last) {
      if (chain_sep(last + 1) && adjacent(last, last + 1) && last + 2 < n &&
          toks_[last + 2].type == TT::kNum && adjacent(last + 1, last + 2) && chain_sep(last + 3) &&
          adjacent(last + 2, last + 3) && last + 4 < n && toks_[last + 4].type == TT::kNum) {
        consumed_ = last + 5;
        return;
      }
    }
    // Fractions: 11/10, واحد على مائة, واحد من ثلاثة, خمسة أثمان, خمس السكان.
    bool fraction = false;
    if (c.digits && !c.scaled && last + 2 < n && text(last + 1) == "/" &&
        adjacent(last, last + 1) && adjacent(last + 1, last + 2) &&
        toks_[last + 2].type == TT::kNum && nu(toks_[last + 2]).v != 0 &&
        !(last + 3 < n && chain_sep(last + 3) && adjacent(last + 2, last + 3))) {
      value = value / nu(toks_[last + 2]).v;
      last += 2;
      fraction = true;
      sig = 0;
    } else if (c.words && last + 2 < n &&
               (is(last + 1, w_.fraction_over) ||
                (is(last + 1, w_.fraction_of) && is(c.first, w_.one_of)))) {
      Card d;
      if (parse_cardinal(last + 2, d) && d.words && d.value != 0) {
        value = value / d.value;
        last = d.last;
        fraction = true;
      }
    } else if (c.words && is_kind(last + 1, NumberWord::kFractionPlural)) {
      value = value * lex(last + 1)->value;
      last += 1;
      fraction = true;
    } else if (c.words && c.first == c.last && toks_[i].lex->kind == NumberWord::kUnit &&
               toks_[i].lex->feminine && !toks_[i].cl.def && last + 1 < n &&
               toks_[last + 1].type == TT::kWord && toks_[last + 1].lex == nullptr &&
               text(last + 1).substr(0, 4) == "\xD8\xA7\xD9\x84" && toks_[i].lex->value == 5) {
      value = 1.0 / toks_[i].lex->value;  // خمس السكان: a fifth of the population
      fraction = true;
    }
    if (!fraction && c.words && c.first == c.last && is(c.first, w_.one_of) &&
        (is(last + 1, w_.fraction_of) || is(last + 1, w_.of))) {
      consumed_ = last + 1;  // "واحدة من أكثر": one of, not a count
      return;
    }
    // Decimal words: "1 فاصلة 1", "واحد فاصلة واحد".
    if (!fraction && last + 2 < n && is(last + 1, w_.decimal_point)) {
      Card d;
      if (parse_cardinal(last + 2, d) && !d.scaled && d.value >= 0 &&
          d.value == std::floor(d.value)) {
        const double digits = d.value == 0 ? 1 : std::floor(std::log10(d.value)) + 1;
        value += d.value / std::pow(10.0, digits);
        last = d.last;
      }
    }
    if (try_ordinal_suffix(c, last)) return;
    if (year_like(c) && last == c.last) {
      consumed_ = last + 1;
      return;
    }
    // Sign.
    if (first > consumed_) {
      const std::size_t p = first - 1;
      if (is(p, w_.negative)) {
        value = -value;
        first = p;
      } else if ((text(p) == "-" || text(p) == "\xE2\x88\x92") && c.digits && adjacent(p, first) &&
                 (p == 0 || !adjacent(p - 1, p) || toks_[p - 1].type == TT::kPunct) &&
                 !(p > 0 && toks_[p - 1].type == TT::kNum)) {
        value = -value;
        first = p;
      }
    }
    // "a dozen", "a hundred", "a million".
    if (first > consumed_ && !c.digits && toks_[i].lex != nullptr && toks_[i].lex->english &&
        (toks_[i].lex->kind == NumberWord::kHundred || toks_[i].lex->kind == NumberWord::kScale ||
         toks_[i].lex->kind == NumberWord::kDozen) &&
        is(first - 1, w_.article)) {
      --first;
    }
    // Percent after (or, rarely, before) the number.
    bool percent = false;
    std::size_t end = last;
    if (percent_after(end, end)) {
      percent = true;
    } else if (first > consumed_ && is(first - 1, w_.percent_one) &&
               (toks_[first - 1].type == TT::kWord ||
                (adjacent(first - 1, first) && (first < 2 || !adjacent(first - 2, first - 1) ||
                                                toks_[first - 2].type != TT::kNum)))) {
      percent = true;  // "بالمائة 10", "%5" typed right to left
      --first;
    }
    // Ranges and changes.
    if (try_range(c, first, end, value, percent, sig)) return;
    // Change with a target only: "خفضت القوات إلى 2500", "cut to 2,500".
    std::size_t hs0 = first;
    if (first > consumed_ + 1 && is(first - 1, w_.range_to) &&
        hedge_before(first, consumed_, hs0) == nullptr &&
        text(first - 1) != "\xD8\xAD\xD8\xAA\xD9\x8A" && change_cue_before(first - 1)) {
      Mention m = make(first - 1, end, MentionKind::kChange);
      m.to = value;
      m.low = value;
      m.high = value;
      m.significant_digits = sig;
      m.imprecise = c.imprecise;
      // The state before may follow the target: "تراجع إلى 3.2% من 4.1%".
      Card d;
      if (end + 2 < n && is(end + 1, w_.range_from) && toks_[end + 2].type != TT::kPunct &&
          parse_cardinal(end + 2, d)) {
        std::size_t dend = d.last;
        const bool dpct = percent_after(d.last, dend);
        if (dpct == percent) {
          double before = d.value;
          if (!d.scaled && c.scaled && std::fabs(before) < 1000) before *= c.scale;
          m = make(first - 1, dend, MentionKind::kChange);
          m.from = before;
          m.to = value;
          m.low = value;
          m.high = value;
          m.significant_digits = sig;
          m.imprecise = c.imprecise || d.imprecise;
          end = dend;
        }
      }
      emit(std::move(m), end, percent);
      return;
    }
    // Hedges.
    Hedge hedge = Hedge::kNone;
    bool below = false;
    // A currency sign may stand between the hedge and the figure: "about $66".
    const std::size_t hfirst =
        first > consumed_ && is(first - 1, w_.currency) && adjacent(first - 1, first) ? first - 1
                                                                                      : first;
    std::size_t hstart = hfirst;
    if (const Pattern* p = hedge_before(hfirst, consumed_, hstart)) {
      hedge = p->hedge;
      below = p->below;
      first = hstart;
    } else if (const Hedge vh = verb_hedge_before(hfirst, hstart); vh != Hedge::kNone) {
      hedge = vh;
      first = hstart;
    }
    std::size_t hend = end;
    if (const Pattern* p = hedge_after(end + 1, hend)) {
      // "حوالي 500 أو أقل": the explicit bound after wins over "about".
      if (hedge == Hedge::kNone || p->hedge == Hedge::kAbout || hedge == Hedge::kAbout) {
        if (hedge == Hedge::kNone || hedge == Hedge::kAbout) {
          if (p->hedge != Hedge::kAbout || hedge == Hedge::kNone) hedge = p->hedge;
        }
        end = hend;
      }
    }
    Mention m = make(first, end, percent ? MentionKind::kPercent : MentionKind::kNumber);
    m.significant_digits = sig;
    m.imprecise = c.imprecise;
    apply_hedge(m, value, hedge);
    if (below) m.high = value;
    // "أكبر من 100 وأصغر من 300", "فوق الربع وتحت النصف": one range.
    if (hedge == Hedge::kMoreThan || hedge == Hedge::kAtLeast) {
      std::size_t k = end + 1;
      if (k < n && (text(k) == "," || text(k) == "\xD8\x8C")) ++k;
      if (k < n && (text(k) == "\xD9\x88" || text(k) == fold_or())) ++k;
      for (const Pattern& p : w_.upper) {
        if (!match(k, p)) continue;
        Card d;
        const std::size_t q = k + p.words.size();
        if (q < n && parse_cardinal(q, d) && d.value > value) {
          Mention r = make(first, d.last, MentionKind::kRange);
          r.low = value;
          r.high = d.value;
          r.approximate = false;
          emit(std::move(r), d.last);
          return;
        }
        break;
      }
    }
    emit(std::move(m), end);
  }

  // A verb of a bound a few words before the figure, its subject between: "تجاوزت وتيرة
  // التضخم 9 بالمائة", "يقترب العجز السنوي من 50 مليار". `start` gets the verb.
  [[nodiscard]] Hedge verb_hedge_before(std::size_t first, std::size_t& start) const {
    constexpr std::size_t kGap = 3;  // words of the subject
    if (first <= consumed_) return Hedge::kNone;
    const bool min_before = is(first - 1, w_.range_from);
    const std::size_t top = min_before ? first - 1 : first;
    for (std::size_t g = 1; g <= kGap + 1 && top >= consumed_ + g; ++g) {
      const std::size_t k = top - g;
      if (toks_[k].type != TT::kWord || toks_[k].lex != nullptr) return Hedge::kNone;
      if (g == 1 && !min_before) continue;  // a verb right before is hedge_before's
      const bool over = is(k, w_.verb_over);
      const bool near = is(k, w_.verb_near);
      if (over && !min_before) {
        start = k;
        return Hedge::kMoreThan;
      }
      if (near && min_before) {
        start = k;
        return Hedge::kAbout;
      }
    }
    return Hedge::kNone;
  }

  static const std::string& fold_or() {
    static const std::string kOr = normalize::fold("أو");
    return kOr;
  }

  void apply_hedge(Mention& m, double value, Hedge hedge) const {
    m.hedge = hedge;
    m.value = value;
    switch (hedge) {
      case Hedge::kNone:
        m.low = value;
        m.high = value;
        break;
      case Hedge::kAbout: {
        const double tol = std::fabs(value) * kAboutTolerance;
        m.low = value - tol;
        m.high = value + tol;
        m.approximate = true;
        break;
      }
      case Hedge::kMoreThan:
      case Hedge::kAtLeast:
        m.low = value;
        m.approximate = true;
        break;
      case Hedge::kLessThan:
      case Hedge::kAtMost:
        m.high = value;
        m.approximate = true;
        break;
    }
  }

  bool try_ordinal_suffix(const Card& c, std::size_t last) {
    if (!c.digits || c.first != last || nu(toks_[last]).decimal) return false;
    if (last + 1 < toks_.size() && adjacent(last, last + 1) && is(last + 1, w_.ordinal_suffix)) {
      Mention m = make(c.first, last + 1, MentionKind::kOrdinal);
      set_exact(m, nu(toks_[last]).v);
      emit(std::move(m), last + 1);
      return true;
    }
    return false;
  }

  // Percent sign or words right after token `last`; `end` gets the last token used.
  bool percent_after(std::size_t last, std::size_t& end) const {
    const std::size_t k = last + 1;
    if (k >= toks_.size()) return false;
    if (is(k, w_.percent_one)) {
      end = k;
      return true;
    }
    if (is(k, w_.percent_in) && is(k + 1, w_.percent_two)) {
      end = k + 1;
      return true;
    }
    // Percentage points: "نقطة مئوية", "percentage points", or "نقطة" alone in a passage
    // about percents (a percent shortly before); never "نقطة أساس" (basis points).
    if (is(k, w_.points_en) && is(k + 1, w_.points)) {
      end = k + 1;
      return true;
    }
    if (is(k, w_.points) && !toks_[k].latin && !is(k + 1, w_.basis)) {
      if (is(k + 1, w_.points_percent)) {
        end = k + 1;
        return true;
      }
      if (have_percent_ && k < last_percent_ + kPointsReach) {
        end = k;
        return true;
      }
    }
    return false;
  }

  bool try_range(const Card& c, std::size_t first, std::size_t end, double value, bool percent,
                 int sig) {
    const std::size_t n = toks_.size();
    std::size_t k = end + 1;
    if (k >= n) return false;
    // What stands before the first number: بين / ما بين / between, من / from.
    bool between = false;
    bool from = false;
    std::size_t start = first;
    if (first > consumed_) {
      const std::size_t p = first - 1;
      const std::string_view bare = without_clitic(p, false);
      if (is(p, w_.range_between) || (!bare.empty() && bare == w_.range_between[0])) {
        between = true;
        start = p;
        if (p > consumed_ && is(p - 1, w_.range_ma)) start = p - 1;
      } else if (is(p, w_.range_from) || (!bare.empty() && bare == w_.range_from[0])) {
        from = true;
        start = p;
      }
    }
    const bool dash = std::any_of(w_.dash.begin(), w_.dash.end(),
                                  [&](const std::string& d) { return text(k) == d; });
    const bool to_word = is(k, w_.range_to) || (from && is(k, w_.change_to));
    const bool and_word = is(k, w_.range_and);
    std::size_t q = k + 1;
    bool glued_and = false;
    if (!dash && !to_word && !and_word) {
      // "و208000" is "و" then the number; "وعشرين" carries its و.
      if (!(between && toks_[k].type == TT::kWord && toks_[k].cl.conj && toks_[k].lex != nullptr)) {
        return false;
      }
      q = k;
      glued_and = true;
    }
    if ((and_word || glued_and) && !between) return false;
    if (dash) {
      // Digits on both sides, spaced alike, ascending, and no date chain.
      if (!c.digits || q >= n || toks_[q].type != TT::kNum)
        return false;  // a dash may end the text
      if (adjacent(end, k) != adjacent(k, q)) return false;
    }
    // The second number may carry its own sign ("سالب").
    double sign = 1;
    if (q < n && is(q, w_.negative)) {
      sign = -1;
      ++q;
    }
    if (q >= n) return false;
    Card d;
    bool ok = false;
    if (glued_and) {
      // Parse the و-word as if it had no و: temporarily accepted by parse_cardinal only
      // when it starts the number, so read its value directly.
      ok = parse_cardinal_glued(q, d);
    } else {
      ok = parse_cardinal(q, d);
    }
    if (!ok) return false;
    if (dash && (!d.digits || d.last != q || chain_after(d.last))) return false;
    if (dash && text(k) == "-" && (c.plain_year && d.plain_year)) return false;
    double hi = sign * d.value;
    double lo = value;
    std::size_t last = d.last;
    bool pct = percent;
    std::size_t pend = last;
    if (percent_after(last, pend)) {
      pct = true;
      last = pend;
    }
    // "بين 2 و3 ملايين": the scale of the second covers the first.
    if (!c.scaled && d.scaled && std::fabs(lo) < 1000 &&
        std::fabs(lo * d.scale) <= std::fabs(hi) * 10) {
      lo *= d.scale;
    }
    if (dash && !(lo < hi)) return false;
    // "تراجعت بـ2.2 نقطة إلى 17.4 بالمئة", "رفع الفائدة لليلة واحدة إلى 19.25%": after a
    // change verb, "X إلى Y" whose X is an amount (after ب: بـ، بنحو، بنسبة) or a figure of
    // another kind than Y is the amount of the change and its target, no range.
    if (to_word && !between && !from && (percent != pct || amount_before(first)) &&
        change_cue_before(first, percent != pct)) {
      return false;
    }
    if (!between && !from && !dash && !to_word) return false;
    (void)pct;
    if (from && to_word && change_cue_before(start, true)) {
      Mention m = make(start, last, MentionKind::kChange);
      m.from = lo;
      m.to = hi;
      m.low = hi;
      m.high = hi;
      m.significant_digits = sig;
      emit(std::move(m), last, pct);
      return true;
    }
    if (from && !to_word) return false;
    if (from && is(k, w_.change_to)) return false;  // "لـ" is a target only in a change
    Mention m = make(start, last, MentionKind::kRange);
    m.low = std::min(lo, hi);
    m.high = std::max(lo, hi);
    if (sig > 0 && d.sig > 0) m.significant_digits = std::min(sig, d.sig);
    // A hedge before the whole range: "نحو 20 إلى 30".
    std::size_t hs = start;
    if (hedge_before(start, consumed_, hs) != nullptr) {
      m = make(hs, last, MentionKind::kRange);
      m.low = std::min(lo, hi);
      m.high = std::max(lo, hi);
      m.approximate = true;
    }
    emit(std::move(m), last, pct);
    return true;
  }

  // The word before token `first` is an amount's preposition ب, alone or glued to a word
  // (بـ، بنحو، بحوالي، بنسبة، بواقع).
  [[nodiscard]] bool amount_before(std::size_t first) const {
    if (first == 0 || toks_[first - 1].type != TT::kWord || toks_[first - 1].latin) return false;
    return text(first - 1).substr(0, 2) == "\xD8\xA8";
  }

  [[nodiscard]] bool chain_after(std::size_t k) const {
    return k + 2 < toks_.size() && adjacent(k, k + 1) &&
           (text(k + 1) == "-" || text(k + 1) == "/") && toks_[k + 2].type == TT::kNum &&
           adjacent(k + 1, k + 2);
  }

  // "وعشرين" after بين: the و belongs to the range, the rest is the number.
  bool parse_cardinal_glued(std::size_t q, Card& d) {
    Tok& tk = toks_[q];
    const Clitics saved = tk.cl;
    tk.cl.conj = false;
    const bool ok = parse_cardinal(q, d);
    tk.cl = saved;
    return ok;
  }
};

}  // namespace

std::vector<Mention> extract_numbers(const normalize::NormalizedText& text,
                                     const DateTokens& tokens, const NumberOptions& options) {
  Extractor x(text, tokens, options);
  return x.run();
}

std::vector<Mention> extract_numbers(const normalize::NormalizedText& text,
                                     const NumberOptions& options) {
  return extract_numbers(text, tokenize_for_dates(text.text), options);
}

}  // namespace fc::extract
