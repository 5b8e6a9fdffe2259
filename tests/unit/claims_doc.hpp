// A made-up article for claim-builder tests: its text, sentences and the mentions the
// extractors would give, placed by the text they cover.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "factcheck/claims/claim_builder.hpp"
#include "factcheck/core/span.hpp"

namespace fc::test {

struct ClaimsDoc {
  Source source;
  normalize::NormalizedText text;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  std::vector<Mention> mentions;

  explicit ClaimsDoc(std::string bytes, util::CivilDate published = {2024, 5, 12}) {
    source.id.assign(1, 't');
    source.bytes = std::move(bytes);
    source.published = published;
    text = normalize::normalize_text(source.bytes);
    sentences = normalize::split_sentences(text);
  }

  /// The mention of the `nth` occurrence (0-based) of `needle`, in text order.
  Mention& at(const std::string& needle, std::size_t nth, MentionKind kind) {
    auto pos = source.bytes.find(needle);
    for (std::size_t i = 0; i < nth && pos != std::string::npos; ++i)
      pos = source.bytes.find(needle, pos + 1);
    REQUIRE(pos != std::string::npos);
    Mention m;
    m.kind = kind;
    m.text = needle;
    m.span.start = pos;
    m.span.end = pos + needle.size();
    LineIndex(source.bytes).locate(m.span);
    auto it = mentions.begin();
    while (it != mentions.end() && it->span.start < pos) ++it;
    return *mentions.insert(it, m);
  }

  Mention& number(const std::string& needle, double value, std::size_t nth = 0,
                  MentionKind kind = MentionKind::kNumber) {
    Mention& m = at(needle, nth, kind);
    m.value = m.low = m.high = value;
    return m;
  }

  Mention& date(const std::string& needle, const std::string& earliest,
                const std::string& latest = "", std::size_t nth = 0) {
    Mention& m = at(needle, nth, MentionKind::kDate);
    m.earliest = earliest;
    m.latest = latest;
    if (m.latest.empty()) m.latest = m.earliest;
    m.date_value = m.earliest;
    return m;
  }

  std::vector<Claim> claims(const rules::RuleSet& rules) const {
    const claims::SourceView view{source, text, sentences, mentions};
    return claims::build_claims(view, rules);
  }
  std::vector<Claim> claims() const {
    static const auto rules = *rules::load_builtin();
    return claims(rules);
  }

  /// The claim of the mention whose text is `text` (the `nth` such), or a failed test. A
  /// copy: the claims may be a temporary.
  static Claim of(const std::vector<Claim>& cs, const std::string& text, std::size_t nth = 0) {
    for (const auto& c : cs) {
      if (c.mention.text == text && nth-- == 0) return c;
    }
    FAIL("no claim for " << text);
    return {};
  }
};

}  // namespace fc::test
