#include "factcheck/extract/numbers.hpp"

#include <string>

namespace fc::extract {

std::vector<Mention> extract_numbers(const normalize::NormalizedText& text,
                                     const NumberOptions& /*options*/) {
  // Foundation: every run of digits (all scripts are ASCII in the normalized view).
  std::vector<Mention> out;
  const std::string& s = text.text;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] < '0' || s[i] > '9') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    Mention m;
    m.kind = MentionKind::kNumber;
    const auto [os, oe] = text.to_original(start, i);
    m.span.start = os;
    m.span.end = oe;
    m.text = std::string(text.original.substr(os, oe - os));
    const double v = std::stod(s.substr(start, i - start));
    m.value = v;
    m.low = v;
    m.high = v;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace fc::extract
