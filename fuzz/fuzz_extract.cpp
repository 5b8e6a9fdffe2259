// libFuzzer target: number and date extraction over arbitrary valid UTF-8. Invariants:
// spans lie inside the input, do not overlap, and a mention's text is its span's bytes.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "factcheck/pipeline.hpp"
#include "factcheck/util/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (fc::util::find_invalid_utf8(text)) return 0;
  static const fc::rules::RuleSet rules = *fc::rules::load_builtin();
  for (const bool future : {false, true}) {
    const auto mentions = fc::extract_text(text, fc::util::CivilDate{2023, 3, 7}, future, rules);
    std::size_t last_end = 0;
    for (const auto& m : mentions) {
      if (m.span.start > m.span.end || m.span.end > size || m.span.start < last_end) std::abort();
      if (text.substr(m.span.start, m.span.end - m.span.start) != m.text) std::abort();
      last_end = m.span.end;
    }
  }
  return 0;
}
