// The number extractor's scanner: number tokens made from the date tokenizer's, and the
// grammar's readings at each token, in the files of their seam: number_digits.cpp (numbers of
// digits and the tokens), number_cardinals.cpp (number words, compounds of scaled parts,
// ordinals, vague quantities), number_ranges.cpp (ranges and changes) and numbers.cpp
// (the expression at a token: fractions, signs, percents, hedges). Internal to the number
// extractor.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "factcheck/core/mention.hpp"
#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/extract/number_lexicon.hpp"
#include "factcheck/extract/number_words.hpp"
#include "factcheck/extract/numbers.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace fc::extract::numgrammar {

inline constexpr double kAboutTolerance = 0.1;
inline constexpr double kMaxExact = 9007199254740992.0;  // 2^53

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

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

using Pattern = NumberPattern;
using Words = NumberWords;

inline const Words& words() { return number_words(); }

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

  std::vector<Mention> run();

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

  [[nodiscard]] std::size_t digits_at(std::size_t i) const;

  // Length of a thousands separator at i, or 0: ',' '\'' U+2009 U+060C.
  [[nodiscard]] std::size_t sep_at(std::size_t i, int& kind) const;

  // Digits from i on, across single spaces and dashes (a phone number's groups).
  [[nodiscard]] std::size_t phone_digits(std::size_t i) const;

  // Length of a space that may group thousands at i ("5 674"), or 0: one space, U+00A0 or
  // U+202F, between digits.
  [[nodiscard]] std::size_t space_sep_at(std::size_t i) const;

  void push_junk(std::size_t b, std::size_t e);

  // A number of digits starting at i (or at a '.' before digits). Returns the end.
  std::size_t lex_number(std::size_t i);

  /// The date tokenizer's tokens (date_tokens.hpp) made number tokens: the same words
  /// (a Latin word the date tokenizer split before a glued month is one word again),
  /// numbers of digits read from their first digit with their separators and decimals
  /// (lex_number, which may take several date tokens), URLs and e-mail addresses (the
  /// date tokenizer's junk) as junk. The text is scanned once, by the date tokenizer: a
  /// second scan of its own, decoding each code point, was a sixth of `extract`.
  void tokenize();

  // "(11) ملياراً", "(9.5) بالمائة": official texts put a figure in parentheses before its
  // scale or percent word; the parentheses are dropped so that the figure reads on.
  void drop_parentheses();

  [[nodiscard]] bool scale_or_percent(std::size_t i) const;

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
  [[nodiscard]] bool match(std::size_t i, const Pattern& p) const;

  // A hedge ending right before token `first` (not reaching below `floor`).
  [[nodiscard]] const Pattern* hedge_before(std::size_t first, std::size_t floor,
                                            std::size_t& start) const;

  [[nodiscard]] const Pattern* hedge_after(std::size_t next, std::size_t& end) const;

  [[nodiscard]] bool clause_break(std::size_t i) const {
    if (toks_[i].type != TT::kPunct) return false;
    const std::string_view w = text(i);
    return w == "." || w == "," || w == ";" || w == ":" || w == "!" || w == "?" || w == "\n" ||
           w == "\xD8\x8C" || w == "\xD8\x9B" || w == "\xD8\x9F";
  }

  // A change cue (verb or noun: خفض، ارتفع، rose ...) in the same clause before token i.
  [[nodiscard]] bool change_cue_before(std::size_t i, bool across_commas = false) const;
  /// A match's verb or "أمام" within six tokens before token `i` in its clause: "N-N" after
  /// it is a score.
  [[nodiscard]] bool score_cue_before(std::size_t i) const;

  // The other side of a count the mention just emitted (from token `first`) told as a
  // singular noun: "بهدفين مقابل هدف" is 2 and 1.
  void try_other_side(std::size_t first);

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
  [[nodiscard]] bool parse_cardinal(std::size_t i, Card& c) const;

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
                                                         double hi) const;

  [[nodiscard]] std::pair<double, double> vague_base(VagueBase b) const;

  // ---- the expression at token i -----------------------------------------------------------

  bool try_ordinal(std::size_t i);

  bool try_vague(std::size_t i);

  // A year after a date cue is the date extractor's.
  [[nodiscard]] bool year_like(const Card& c) const;

  void try_at(std::size_t i);

  // A verb of a bound a few words before the figure, its subject between: "تجاوزت وتيرة
  // التضخم 9 بالمائة", "يقترب العجز السنوي من 50 مليار". `start` gets the verb.
  [[nodiscard]] Hedge verb_hedge_before(std::size_t first, std::size_t& start) const;

  static const std::string& fold_or();

  void apply_hedge(Mention& m, double value, Hedge hedge) const;

  bool try_ordinal_suffix(const Card& c, std::size_t last);

  // Percent sign or words right after token `last`; `end` gets the last token used.
  bool percent_after(std::size_t last, std::size_t& end) const;

  bool try_range(const Card& c, std::size_t first, std::size_t end, double value, bool percent,
                 int sig);

  // The word before token `first` is an amount's preposition ب, alone or glued to a word
  // (بـ، بنحو، بحوالي، بنسبة، بواقع).
  [[nodiscard]] bool amount_before(std::size_t first) const;

  // "11 ألفاً و300 قتيل على الأقل": a bound of the Arabic kind (على الأقل، على الأكثر)
  // after the counted noun; `end` gets its last token.
  [[nodiscard]] const Pattern* bound_after_noun(std::size_t last, std::size_t& end) const;

  [[nodiscard]] bool chain_after(std::size_t k) const;

  // "وعشرين" after بين: the و belongs to the range, the rest is the number.
  bool parse_cardinal_glued(std::size_t q, Card& d);
};

}  // namespace fc::extract::numgrammar
