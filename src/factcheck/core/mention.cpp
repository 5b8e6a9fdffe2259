#include "factcheck/core/mention.hpp"

#include <array>
#include <utility>

namespace fc {

namespace {
constexpr std::array<std::pair<MentionKind, std::string_view>, 8> kKindNames{{
    {MentionKind::kNumber, "number"},
    {MentionKind::kVague, "vague"},
    {MentionKind::kRange, "range"},
    {MentionKind::kChange, "change"},
    {MentionKind::kOrdinal, "ordinal"},
    {MentionKind::kPercent, "percent"},
    {MentionKind::kDuration, "duration"},
    {MentionKind::kDate, "date"},
}};
}  // namespace

std::string_view to_string(MentionKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "number";
}

std::optional<MentionKind> mention_kind_from_string(std::string_view text) {
  for (const auto& [k, name] : kKindNames) {
    if (name == text) return k;
  }
  return std::nullopt;
}

}  // namespace fc
