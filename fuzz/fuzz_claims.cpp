// libFuzzer target: claim building over arbitrary valid UTF-8, the way the pipeline does it
// (mentions from extract_text, sentences from the normalized text). Invariants: one claim
// per mention, in mention order; each quote is the original bytes at its offset and holds
// its mention; ids are source:line:column of the mention.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "factcheck/claims/claim_builder.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/pipeline.hpp"
#include "factcheck/util/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (fc::util::find_invalid_utf8(bytes)) return 0;  // ingest rejects these
  static const fc::rules::RuleSet rules = *fc::rules::load_builtin();
  fc::Source source;
  source.id = "f";
  source.bytes = std::string(bytes);
  source.published = fc::util::CivilDate{2023, 3, 7};
  const auto mentions = fc::extract_text(source.bytes, source.published, false, rules);
  const auto text = fc::normalize::normalize_text(source.bytes);
  const auto sentences = fc::normalize::split_sentences(text);
  const fc::claims::SourceView view{source, text, sentences, mentions};
  const auto claims = fc::claims::build_claims(view, rules);
  if (claims.size() != mentions.size()) std::abort();
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const auto& c = claims[i];
    const auto& m = mentions[i];
    if (c.mention.span.start != m.span.start || c.mention.span.end != m.span.end) std::abort();
    if (c.id != "f:" + std::to_string(m.span.line) + ":" + std::to_string(m.span.column)) {
      std::abort();
    }
    if (c.quote.empty()) continue;
    if (c.quote_start + c.quote.size() > size) std::abort();
    if (source.bytes.compare(c.quote_start, c.quote.size(), c.quote) != 0) std::abort();
  }
  return 0;
}
