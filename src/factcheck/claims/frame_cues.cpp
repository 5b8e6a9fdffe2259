#include "factcheck/claims/frame_cues.hpp"

#include <string_view>

namespace fc::claims {

namespace {

bool same_clause(const TokenizedText& tt, std::size_t a, std::size_t b) {
  return a < tt.tokens.size() && b < tt.tokens.size() && tt.tokens[a].clause == tt.tokens[b].clause;
}

}  // namespace

bool cue_word(const rules::CueList& list, std::string_view word) {
  if (list.has(word)) return true;
  thread_local std::vector<std::string_view> variants;
  rules::token_variant_views(word, variants);
  for (auto v : variants) {
    if (list.has(v)) return true;
  }
  return false;
}

std::size_t cue_at(const TokenizedText& tt, const rules::CueList& list, std::size_t k) {
  const auto n = tt.tokens.size();
  if (k >= n) return 0;
  // The token's variants were made once, when it was tokenized (tt.variants_of).
  const auto variants = tt.variants_of(k);
  std::size_t best = list.has(tt.tokens[k].text) ? 1 : 0;
  for (std::size_t v = 0; v < variants.size() && best == 0; ++v) {
    if (list.has(variants[v])) best = 1;
  }
  for (const auto& phrase : list.phrases) {
    if (phrase.size() <= best || k + phrase.size() > n) continue;
    bool all = true;
    for (std::size_t i = 0; i < phrase.size() && all; ++i) {
      const auto t = tt.tokens[k + i].text;
      if (i == 0) {
        // The first word may carry clitics: "وقد يصل".
        all = t == phrase[0];
        for (std::size_t v = 0; v < variants.size() && !all; ++v) all = variants[v] == phrase[0];
      } else {
        all = t == phrase[i];
      }
    }
    if (all) best = phrase.size();
  }
  return best;
}

Modality modality_at(const TokenizedText& tt, const rules::RuleSet& rules, std::size_t first,
                     std::size_t last, std::size_t reach, std::size_t anchor) {
  if (anchor == kNoAnchor) anchor = first;
  using rules::Cue;
  static constexpr std::pair<Cue, Modality> kCues[] = {{Cue::kForecast, Modality::kForecast},
                                                       {Cue::kPlan, Modality::kPlan},
                                                       {Cue::kLimit, Modality::kLimit},
                                                       {Cue::kBackground, Modality::kBackground}};
  const auto n = tt.tokens.size();
  if (first >= n) return Modality::kActual;
  // Backwards from the figure within its clause: the nearest cue wins.
  for (std::size_t k = first; k-- > (first >= reach ? first - reach : 0);) {
    if (!same_clause(tt, k, anchor) && !same_clause(tt, k, first)) break;
    for (const auto& [cue, modality] : kCues) {
      const std::size_t len = cue_at(tt, rules.cue(cue), k);
      // A phrase must end before the figure ("قد يصل عدد ... إلى 50").
      if (len > 0 && k + len <= first) return modality;
    }
  }
  // Right after it: "50 expected", "7 آلاف متوقعة".
  for (std::size_t k = last; k < last + 2 && k < n; ++k) {
    if (!same_clause(tt, k, first)) break;
    for (const auto& [cue, modality] : kCues) {
      if (cue != Cue::kBackground && cue_at(tt, rules.cue(cue), k) > 0) return modality;
    }
  }
  return Modality::kActual;
}

std::vector<char> teaser_mask(const TokenizedText& tt, const std::string& text,
                              const rules::RuleSet& rules) {
  const auto n = tt.tokens.size();
  std::vector<char> mask(n, 0);
  const auto& teaser = rules.cue(rules::Cue::kTeaser);
  if (teaser.words.empty() && teaser.phrases.empty()) return mask;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t len = cue_at(tt, teaser, k);
    if (len == 0) continue;
    // A teaser cue opens its line: only line breaks (or nothing) before it on its line,
    // so that "read also" inside a sentence opens no block.
    const std::size_t start = tt.tokens[k].start;
    std::size_t line_start = text.rfind('\n', start == 0 ? 0 : start - 1);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    bool opens = true;
    for (std::size_t i = line_start; i < start && opens; ++i) {
      const char c = text[i];
      opens = c == ' ' || c == '\t' || c == '\r' || c == '-' || c == '*' || c == '#' || c == '>';
    }
    if (!opens) continue;
    int breaks = 0;
    std::size_t j = k;
    for (; j < n; ++j) {
      if (j > k) {
        for (std::size_t i = tt.tokens[j - 1].end; i < tt.tokens[j].start; ++i) {
          if (text[i] == '\n') ++breaks;
        }
        // A blank line ends the block; so do three line breaks (a list of teasers).
        bool blank = false;
        std::size_t nl = 0;
        for (std::size_t i = tt.tokens[j - 1].end; i < tt.tokens[j].start; ++i) {
          if (text[i] == '\n') {
            if (++nl >= 2) blank = true;
          } else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') {
            nl = 0;
          }
        }
        if (blank || breaks >= 3) break;
      }
      mask[j] = 1;
    }
    k = j == k ? k : j - 1;
  }
  return mask;
}

std::string event_mark(const TokenizedText& tt, const rules::RuleSet& rules, std::size_t event_tok,
                       std::size_t length) {
  const auto n = tt.tokens.size();
  if (event_tok >= n) return {};
  // An aftershock anywhere in the event's clause, near it.
  const std::size_t lo = event_tok >= 3 ? event_tok - 3 : 0;
  for (std::size_t k = lo; k < event_tok + length + 3 && k < n; ++k) {
    if (!same_clause(tt, k, event_tok)) continue;
    if (cue_at(tt, rules.cue(rules::Cue::kAftershock), k) > 0) return "aftershock";
  }
  // Another of its kind: the cue right beside the trigger ("زلزال ثان", "a second quake").
  const auto& second = rules.cue(rules::Cue::kSecond);
  if (event_tok + length < n && same_clause(tt, event_tok + length, event_tok) &&
      cue_at(tt, second, event_tok + length) > 0) {
    return "2";
  }
  if (event_tok > 0 && same_clause(tt, event_tok - 1, event_tok) &&
      cue_at(tt, second, event_tok - 1) > 0) {
    return "2";
  }
  return {};
}

}  // namespace fc::claims
