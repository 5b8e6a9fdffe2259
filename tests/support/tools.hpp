// Test support: the outside tools some tests run on factcheck's reports (cmark-gfm, a
// SARIF schema validator under node), and whether they are installed. The tests that
// need one live in factcheck_tool_tests, whose main (catch_tool_main.cpp) exits 77,
// which ctest reports as skipped, when the tool is missing.
#pragma once

#include <cstdlib>
#include <string>

#include "support/cli.hpp"

namespace fc::test {

/// cmark-gfm, which renders the Markdown report as GitHub does (Debian `cmark-gfm`).
inline bool have_cmark() { return std::system("command -v cmark-gfm > /dev/null 2>&1") == 0; }

/// The SARIF validator: tests/sarif/validate.js under node, with ajv, ajv-draft-04 and
/// ajv-formats installed beside it by `npm ci` (tests/sarif/package-lock.json).
inline std::string sarif_validator() { return source_dir() + "/tests/sarif/validate.js"; }

inline bool have_ajv() {
  const std::string dir = shell_quote(source_dir() + "/tests/sarif");
  const std::string probe = "cd " + dir +
                            " && node -e \"require('ajv-draft-04'); require('ajv-formats')\" "
                            "> /dev/null 2>&1";
  return std::system(probe.c_str()) == 0;
}

}  // namespace fc::test
