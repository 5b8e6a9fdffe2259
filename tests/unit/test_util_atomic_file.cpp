#include <sys/stat.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <ostream>
#include <string>

#include "factcheck/util/atomic_file.hpp"
#include "support/cli.hpp"

using fc::test::TempDir;

TEST_CASE("a report written over an old one replaces it whole", "[util][atomic]") {
  TempDir dir;
  const auto path = dir.file("r.md");
  fc::test::write_file(path, "old");
  REQUIRE(fc::util::write_file_atomic(path, "new report\n").has_value());
  CHECK(fc::test::read_file(path) == "new report\n");
  // No temporary file is left beside it.
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    (void)e;
    ++files;
  }
  CHECK(files == 1);
}

TEST_CASE("a failed write leaves the old report intact and names the file", "[util][atomic]") {
  TempDir dir;
  const auto missing = dir.file("no/such/folder/r.md");
  const auto r = fc::util::write_file_atomic(missing, "x");
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().file == missing);
  if (::geteuid() != 0) {  // root writes anywhere: the read-only case needs a user
    const auto ro = dir.file("ro");
    std::filesystem::create_directory(ro);
    fc::test::write_file(ro + "/r.md", "old");
    ::chmod(ro.c_str(), 0555);
    CHECK_FALSE(fc::util::write_file_atomic(ro + "/r.md", "new").has_value());
    CHECK(fc::test::read_file(ro + "/r.md") == "old");
    ::chmod(ro.c_str(), 0755);
  }
}

TEST_CASE("a report streamed piece by piece is written whole", "[util][atomic]") {
  TempDir dir;
  const auto path = dir.file("big.md");
  fc::test::write_file(path, "old");
  std::string expected;
  for (int i = 0; i < 20000; ++i) expected += "line " + std::to_string(i) + "\n";
  // Pieces smaller and larger than the write buffer.
  const std::string large(200000, 'x');
  expected += large;
  const auto r = fc::util::write_file_atomic(path, [&](std::ostream& out) {
    for (int i = 0; i < 20000; ++i) out << "line " << i << "\n";
    out << large;
  });
  REQUIRE(r.has_value());
  CHECK(fc::test::read_file(path) == expected);
}
