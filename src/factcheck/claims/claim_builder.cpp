#include "factcheck/claims/claim_builder.hpp"

namespace fc::claims {

std::vector<Claim> build_claims(const SourceView& view, const rules::RuleSet& /*rules*/) {
  std::vector<Claim> out;
  for (const auto& m : view.mentions) {
    Claim c;
    c.source = view.source.id;
    c.id = view.source.id + ":" + std::to_string(m.span.line) + ":" + std::to_string(m.span.column);
    c.mention = m;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace fc::claims
