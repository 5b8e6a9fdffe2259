// A manifest as read (its entries, or the error that stopped it) and the errors reported
// with it, as text: the tests and fuzz_manifest compare two readers of one manifest so.
#pragma once

#include <string>
#include <vector>

#include "factcheck/ingest/inputs.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::test {

inline std::string manifest_summary(const Result<ingest::Manifest>& m,
                                    const std::vector<Error>& errors) {
  std::string out;
  if (m) {
    for (const auto& e : m->entries) {
      out += e.id + "|" + e.file + "|" + e.outlet + "|" + e.language + "|" +
             (e.published ? util::to_iso(*e.published) : "-") + "|" + e.published_basis + "\n";
    }
  } else {
    out += "fails: " + m.error().to_string() + "\n";
  }
  for (const auto& e : errors) out += "error: " + e.to_string() + "\n";
  return out;
}

}  // namespace fc::test
