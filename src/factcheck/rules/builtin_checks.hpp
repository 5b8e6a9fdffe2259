// The check files compiled into the binary: checks/*.yaml, embedded byte for byte by
// the build (src/factcheck/rules/embed_checks.cmake writes the definitions).
#pragma once

#include <cstddef>

namespace fc::rules {

/// One embedded check file: its file name and its bytes (not NUL-terminated).
struct EmbeddedCheckFile {
  const char* name;
  const unsigned char* data;
  std::size_t size;
};

/// The embedded files, in the order the build lists them.
extern const EmbeddedCheckFile kBuiltinCheckFiles[];
extern const std::size_t kBuiltinCheckFileCount;

}  // namespace fc::rules
