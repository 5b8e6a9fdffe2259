// Cue words around a figure (checks/cues.yaml) read over the tokens of a text: where a
// cue phrase stands, the modality of a figure (forecast, plan, limit, background), the
// teaser blocks that belong to other stories, and what tells one event from another of
// its kind (an aftershock, a second quake). Mechanisms only: the words are data.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/claims/text_tokens.hpp"
#include "factcheck/core/claim.hpp"
#include "factcheck/rules/rule_set.hpp"

namespace fc::claims {

/// True when the folded word, or the word without its clitics ("وفي" → "في"), is a
/// one-word cue of `list`.
[[nodiscard]] bool cue_word(const rules::CueList& list, std::string_view folded_word);

/// The number of tokens from `k` that a cue of `list` covers (a word, with or without its
/// clitics, or a phrase of words in a row); 0 when none starts there.
[[nodiscard]] std::size_t cue_at(const TokenizedText& tt, const rules::CueList& list,
                                 std::size_t k);

/// The modality of the figure at tokens [first, last): the nearest forecast, plan, limit or
/// background cue in its clause, at most `reach` tokens before it (or right after it,
/// "50 expected"); else actual.
inline constexpr std::size_t kNoAnchor = static_cast<std::size_t>(-1);

/// `anchor`: a token whose clause is read as the figure's too (the label before a colon).
[[nodiscard]] Modality modality_at(const TokenizedText& tt, const rules::RuleSet& rules,
                                   std::size_t first, std::size_t last, std::size_t reach = 12,
                                   std::size_t anchor = kNoAnchor);

/// A flag per token: true inside a teaser block ("اقرأ أيضاً: ...", "Read also"), which runs
/// from the cue to the end of its paragraph (a blank line) or the third line break.
[[nodiscard]] std::vector<char> teaser_mask(const TokenizedText& tt, const std::string& text,
                                            const rules::RuleSet& rules);

/// What tells the event at token `event_tok` (a trigger of `length` tokens) from others of
/// its kind, read in its clause: "aftershock" or "2" (a second, another), else empty.
[[nodiscard]] std::string event_mark(const TokenizedText& tt, const rules::RuleSet& rules,
                                     std::size_t event_tok, std::size_t length);

}  // namespace fc::claims
