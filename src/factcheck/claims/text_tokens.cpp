#include "factcheck/claims/text_tokens.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>

#include "factcheck/util/utf8.hpp"

namespace fc::claims {

namespace {

/// Decodes one code point of valid UTF-8 at `i`; advances `i`.
char32_t next_cp(const std::string& s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  char32_t cp = c;
  std::size_t n = 1;
  if (c >= 0xf0) {
    cp = c & 0x07;
    n = 4;
  } else if (c >= 0xe0) {
    cp = c & 0x0f;
    n = 3;
  } else if (c >= 0xc0) {
    cp = c & 0x1f;
    n = 2;
  }
  for (std::size_t k = 1; k < n && i + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
  }
  i += n;
  return cp;
}

bool is_word_cp(char32_t cp) {
  if (cp >= '0' && cp <= '9') return true;
  if (cp >= 'a' && cp <= 'z') return true;
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp == '%') return true;
  // Arabic letters (not its punctuation: ، ؛ ؟ ٪ and the like).
  if (cp >= 0x0621 && cp <= 0x064a) return true;
  if (cp >= 0x0660 && cp <= 0x0669) return true;
  if (cp >= 0x0671 && cp <= 0x06d3) return true;
  if (cp >= 0x00c0 && cp <= 0x024f) return true;  // Latin with diacritics
  return false;
}

/// Punctuation that ends a clause: , ، ; ؛ : – — and sentence ends.
bool is_clause_break(char32_t cp) {
  return cp == ',' || cp == 0x060c || cp == ';' || cp == 0x061b || cp == ':' || cp == 0x2013 ||
         cp == 0x2014 || cp == '.' || cp == '!' || cp == '?' || cp == 0x061f || cp == '\n';
}

/// Whether a token begins with a preposition clitic: ب, ل or وب.
bool is_preposition_prefixed(std::string_view tok) {
  return tok.rfind("\xd8\xa8", 0) == 0 || tok.rfind("\xd9\x84", 0) == 0 ||
         tok.rfind("\xd9\x88\xd8\xa8", 0) == 0;
}

}  // namespace

std::size_t TokenizedText::token_at_or_after(std::size_t offset) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, std::size_t off) { return t.end <= off; });
  return static_cast<std::size_t>(it - tokens.begin());
}

TokenizedText tokenize(const std::string& s,
                       const std::vector<std::pair<std::size_t, std::size_t>>& sentences,
                       const rules::RuleSet& rules) {
  TokenizedText out;
  int clause = 0;
  bool pending_break = false;
  std::size_t sent = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t at = i;
    const char32_t cp = next_cp(s, i);
    if (!is_word_cp(cp)) {
      // " - " between words also ends a clause; a hyphen inside a word does not.
      if (is_clause_break(cp) || (cp == '-' && at > 0 && s[at - 1] == ' ')) pending_break = true;
      continue;
    }
    std::size_t end = i;
    while (end < s.size()) {
      std::size_t j = end;
      const char32_t c2 = next_cp(s, j);
      if (is_word_cp(c2)) {
        end = j;
        continue;
      }
      // Keep 2,500 / 8.5 / u.s / it's together: a joiner between word characters.
      if ((c2 == ',' || c2 == '.' || c2 == '\'' || c2 == 0x2019 || c2 == '-') && j < s.size()) {
        std::size_t k = j;
        const char32_t c3 = next_cp(s, k);
        const bool digits = (c2 == ',' || c2 == '.') && end > 0 &&
                            std::isdigit(static_cast<unsigned char>(s[end - 1])) && c3 >= '0' &&
                            c3 <= '9';
        const bool latin = c2 != ',' && c3 < 0x80 && std::isalpha(static_cast<int>(c3)) &&
                           end > 0 && std::isalpha(static_cast<unsigned char>(s[end - 1]));
        if (digits || latin) {
          end = k;
          continue;
        }
      }
      break;
    }
    while (sent < sentences.size() && sentences[sent].second <= at) {
      ++sent;
      pending_break = true;
    }
    if (pending_break && !out.tokens.empty()) ++clause;
    pending_break = false;
    // Filled in place: a Token made on the stack and copied in stalled on reading back
    // its narrow fields as wide words (store-to-load forwarding), on every word.
    Token& t = out.tokens.emplace_back();
    t.start = at;
    t.end = end;
    t.text = std::string_view(s).substr(at, end - at);
    t.clause = clause;
    t.sentence = static_cast<int>(std::min(sent, sentences.empty() ? 0 : sentences.size() - 1));
    t.numeric = s[at] >= '0' && s[at] <= '9';
    i = end;
  }

  // Lexicon matches: every variant of a token against the first word of each phrase.
  const auto& lex = *rules.lexicon;
  // The variants of every token in one list of views of the token texts (which stay
  // where they are: out.tokens is complete), token k's from first_variant[k] on.
  auto& variants = out.variants;
  variants.reserve(out.tokens.size() * 2);
  out.first_variant.assign(out.tokens.size() + 1, 0);
  std::vector<std::string_view> scratch;
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    out.first_variant[k] = static_cast<std::uint32_t>(variants.size());
    if (out.tokens[k].numeric) continue;
    rules::token_variant_views(out.tokens[k].text, scratch);
    variants.insert(variants.end(), scratch.begin(), scratch.end());
  }
  out.first_variant[out.tokens.size()] = static_cast<std::uint32_t>(variants.size());
  auto variants_of = [&](std::size_t k) { return out.variants_of(k); };
  auto token_has = [&](std::size_t k, const std::string& core) {
    const auto vs = variants_of(k);
    return std::find(vs.begin(), vs.end(), core) != vs.end();
  };
  std::vector<LexMatch> here;
  std::vector<int> which;  // patterns a screen lets through
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    // Longest phrase per kind starting here.
    here.clear();
    for (const auto& v : variants_of(k)) {
      if (!lex.may_begin_phrase(v)) continue;
      auto it = lex.by_first.find(v);
      if (it == lex.by_first.end()) continue;
      for (const auto& ph : it->second) {
        const std::size_t n = ph.tokens.size();
        if (k + n > out.tokens.size()) continue;
        bool ok = true;
        for (std::size_t m = 1; m < n && ok; ++m) {
          ok = out.tokens[k + m].clause == out.tokens[k].clause && token_has(k + m, ph.tokens[m]);
        }
        if (!ok) continue;
        LexMatch lm{k, n, ph.kind, ph.index, false};
        // A preposition clitic: the matched core is shorter than the token by ب/ل/وب.
        lm.prefixed = v != out.tokens[k].text && is_preposition_prefixed(out.tokens[k].text);
        auto same = std::find_if(here.begin(), here.end(),
                                 [&](const LexMatch& o) { return o.kind == lm.kind; });
        if (same == here.end()) {
          here.push_back(lm);
        } else if (lm.length > same->length) {
          *same = lm;
        }
      }
    }
    // Subject patterns (RE2 over one folded word): the token or one of its variants is
    // matched whole; a subject phrase of the lexicon found here wins.
    const bool has_subject = std::any_of(here.begin(), here.end(), [](const LexMatch& m) {
      return m.kind == rules::LexKind::kSubject;
    });
    if (!lex.subject_patterns.empty() && !has_subject && !out.tokens[k].numeric) {
      const auto& tok = out.tokens[k].text;
      for (const auto& v : variants_of(k)) {
        lex.subject_patterns.matching(v, which);
        if (which.empty()) continue;
        LexMatch lm{k, 1, rules::LexKind::kSubject,
                    lex.subject_patterns.rule_of(static_cast<std::size_t>(which.front())), false};
        lm.prefixed = v != tok && is_preposition_prefixed(tok);
        here.push_back(lm);
        break;
      }
    }
    for (auto& m : here) out.matches.push_back(m);
  }
  // Event patterns (RE2 over the folded text), mapped to the token where they start; the
  // set screens the text once for the patterns worth running.
  lex.event_patterns.matching(s, which);
  for (const int p : which) {
    const std::size_t index = lex.event_patterns.rule_of(static_cast<std::size_t>(p));
    const re2::RE2& re = lex.event_patterns.pattern(static_cast<std::size_t>(p));
    re2::StringPiece input(s);
    re2::StringPiece match;
    std::size_t pos = 0;
    while (pos < s.size() && re.Match(input, pos, s.size(), RE2::UNANCHORED, &match, 1)) {
      const std::size_t ms = static_cast<std::size_t>(match.data() - s.data());
      const std::size_t me = ms + match.size();
      const std::size_t first = out.token_at_or_after(ms);
      const std::size_t last = out.token_at_or_after(me == 0 ? 0 : me - 1);
      if (first < out.tokens.size()) {
        const std::size_t len = std::max<std::size_t>(1, last + 1 - first);
        out.matches.push_back(LexMatch{first, len, rules::LexKind::kEvent, index, false});
      }
      pos = me > ms ? me : ms + 1;
    }
  }
  std::stable_sort(out.matches.begin(), out.matches.end(),
                   [](const LexMatch& a, const LexMatch& b) {
                     return a.first != b.first ? a.first < b.first : a.length > b.length;
                   });
  return out;
}

}  // namespace fc::claims
