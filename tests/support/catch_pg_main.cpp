// The main of factcheck_pg_tests, the tests that need a PostgreSQL server: without one
// named in FACTCHECK_TEST_PG it exits 77, which ctest reports as skipped (not passed).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>

int main(int argc, char* argv[]) {
  const char* pg = std::getenv("FACTCHECK_TEST_PG");
  if (pg == nullptr || *pg == '\0') {
    std::cerr << "skipped: set FACTCHECK_TEST_PG to a PostgreSQL connection string "
                 "(scripts/pg-cluster.sh start DIR prints one)\n";
    return 77;
  }
  return Catch::Session().run(argc, argv);
}
