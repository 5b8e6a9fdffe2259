// libFuzzer target: the reader of --json reports (--baseline, diff). Any input gives a
// report or an Error naming the file, never a crash or an exception out of it.
#include <cstdint>
#include <string>

#include "factcheck/report/report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto rep = fc::report::from_json(text, "fuzz/report.json");
  if (!rep) {
    // Every error names the file.
    if (rep.error().file != "fuzz/report.json") __builtin_trap();
  }
  return 0;
}
