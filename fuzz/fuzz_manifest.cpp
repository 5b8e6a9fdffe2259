// libFuzzer target: the sources.yaml loader. Any input gives a manifest or errors,
// never a crash, a hang or unbounded memory (YAML aliases, deep nesting). Where libyaml's
// event reader takes a manifest on its own and yaml-cpp reads it too, both must read the
// same entries and report the same errors at the same places. (yaml-cpp refuses some
// valid YAML that libyaml reads, such as "pu?lished" as a plain key: no difference then.)
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "factcheck/ingest/inputs.hpp"
#include "support/manifest_summary.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using fc::ingest::ManifestReader;
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<fc::Error> errors;
  auto m = fc::ingest::parse_manifest(text, "fuzz/sources.yaml", errors);
  (void)m;
  std::vector<fc::Error> event_errors;
  const auto events =
      fc::ingest::parse_manifest(text, "fuzz/sources.yaml", event_errors, ManifestReader::kEvents);
  if (events) {
    std::vector<fc::Error> node_errors;
    const auto nodes = fc::ingest::parse_manifest(text, "fuzz/sources.yaml", node_errors,
                                                  ManifestReader::kYamlCpp);
    const std::string a = fc::test::manifest_summary(events, event_errors);
    const std::string b = fc::test::manifest_summary(nodes, node_errors);
    if (nodes && a != b) {
      std::fprintf(stderr, "libyaml's events:\n%s\nyaml-cpp:\n%s\n", a.c_str(), b.c_str());
      std::abort();
    }
  }
  return 0;
}
