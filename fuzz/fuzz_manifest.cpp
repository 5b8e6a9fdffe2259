// libFuzzer target: the sources.yaml loader. Any input gives a manifest or errors,
// never a crash, a hang or unbounded memory (YAML aliases, deep nesting).
#include <cstdint>
#include <string>

#include "factcheck/ingest/inputs.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<fc::Error> errors;
  auto m = fc::ingest::parse_manifest(text, "fuzz/sources.yaml", errors);
  (void)m;
  return 0;
}
