// Numbers of digits with their separators, and the number tokens made from the date
// tokenizer's.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "factcheck/extract/number_scanner.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace fc::extract::numgrammar {

std::size_t Extractor::digits_at(std::size_t i) const {
  std::size_t j = i;
  while (j < s_.size() && is_digit(s_[j])) ++j;
  return j - i;
}

// Length of a thousands separator at i, or 0: ',' '\'' U+2009 U+060C.
std::size_t Extractor::sep_at(std::size_t i, int& kind) const {
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
std::size_t Extractor::phone_digits(std::size_t i) const {
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
std::size_t Extractor::space_sep_at(std::size_t i) const {
  if (i >= s_.size()) return 0;
  if (s_[i] == ' ') return 1;
  if (s_.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (s_.compare(i, 3, "\xE2\x80\xAF") == 0) return 3;
  return 0;
}

void Extractor::push_junk(std::size_t b, std::size_t e) {
  Tok k;
  k.b = static_cast<std::uint32_t>(b);
  k.e = static_cast<std::uint32_t>(e);
  k.type = TT::kJunk;
  toks_.push_back(k);
}

// A number of digits starting at i (or at a '.' before digits). Returns the end.
std::size_t Extractor::lex_number(std::size_t i) {
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
    // Jordanian copy (Petra) writes a decimal with ر, the fraction first as the digits run
    // left to right in the text: "8ر11" is 11.8, "7ر0" is 0.7.
    if (g0 <= 3 && s_.compare(j, 2, "\xD8\xB1") == 0) {
      const std::size_t g1 = digits_at(j + 2);
      const std::size_t after = j + 2 + g1;
      const bool word_after = after + 1 < n && static_cast<unsigned char>(s_[after]) >= 0xD8 &&
                              static_cast<unsigned char>(s_[after]) <= 0xDB;
      if (g1 >= 1 && g1 <= 6 && !word_after) {
        frac_part = int_part;
        int_part.assign(s_, j + 2, g1);
        j = after;
      }
    }
    // Thousands groups.
    int kind = 0;
    while (frac_part.empty()) {
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
    if (!grouped && frac_part.empty() && int_part.size() <= 3 && int_part[0] != '0') {
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
    if (!grouped && frac_part.empty() && s_.compare(j, 2, "\xD8\x8C") == 0) {
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
void Extractor::tokenize() {
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
void Extractor::drop_parentheses() {
  std::size_t w = 0;
  const std::size_t n = toks_.size();
  for (std::size_t r = 0; r < n; ++r) {
    if (r + 3 < n && toks_[r].type == TT::kPunct && text(r) == "(" &&
        toks_[r + 1].type == TT::kNum && toks_[r + 2].type == TT::kPunct && text(r + 2) == ")" &&
        adjacent(r, r + 1) && adjacent(r + 1, r + 2) && scale_or_percent(r + 3) &&
        // "(1,312,800,000,000) ألف وثلاثمائة ...": a figure written out, then in words; a
        // scale multiplies a count below a thousand ("(11) ملياراً").
        (toks_[r + 3].lex == nullptr || nums_[toks_[r + 1].num].v < 1000)) {
      toks_[w++] = toks_[r + 1];
      r += 2;
      continue;
    }
    if (w != r) toks_[w] = toks_[r];
    ++w;
  }
  toks_.resize(w);
}

bool Extractor::scale_or_percent(std::size_t i) const {
  const LexEntry* e = toks_[i].type == TT::kWord ? toks_[i].lex : nullptr;
  if (e != nullptr && (e->kind == NumberWord::kScale || e->kind == NumberWord::kScalePlural))
    return true;
  return is(i, w_.percent_one) || (is(i, w_.percent_in) && is(i + 1, w_.percent_two));
}

}  // namespace fc::extract::numgrammar
