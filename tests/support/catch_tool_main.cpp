// The main of factcheck_tool_tests, the tests that run an outside tool on factcheck's
// reports: `factcheck_tool_tests --needs TOOL [Catch2 arguments]` exits 77, which ctest
// reports as skipped (not passed), when TOOL is not installed (support/tools.hpp):
// `cmark-gfm`, or `ajv` (node with the validator's packages, tests/sarif/).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "support/tools.hpp"

int main(int argc, char* argv[]) {
  std::vector<char*> args(argv, argv + argc);
  while (args.size() >= 3 && std::string(args[1]) == "--needs") {
    const std::string tool = args[2];
    args.erase(args.begin() + 1, args.begin() + 3);
    if (tool == "cmark-gfm" && !fc::test::have_cmark()) {
      std::cerr << "skipped: cmark-gfm is not installed (scripts/install-deps.sh --dev)\n";
      return 77;
    }
    if (tool == "ajv" && !fc::test::have_ajv()) {
      std::cerr << "skipped: node or the SARIF validator's packages are missing (node, then "
                   "npm ci in tests/sarif; scripts/install-deps.sh --dev)\n";
      return 77;
    }
    if (tool != "cmark-gfm" && tool != "ajv") {
      std::cerr << "unknown tool '" << tool << "'\n";
      return 2;
    }
  }
  return Catch::Session().run(static_cast<int>(args.size()), args.data());
}
