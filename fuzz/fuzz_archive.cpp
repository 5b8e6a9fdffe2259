// libFuzzer target: the archive reader (check --db). The input is written as the SQLite
// file and read the ways a draft check reads it; any file gives rows or an Error, never
// a crash. The archive's schema check (`pg`'s) turns away most mutated files early.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "factcheck/archive/archive.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/fuzz_archive_" + std::to_string(::getpid()) + ".db";
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  std::remove((path + "-wal").c_str());
  std::remove((path + "-shm").c_str());
  auto db = fc::archive::Archive::open(path, false);
  if (db) {
    if (db->begin_read()) {
      (void)db->count_sources();
      (void)db->count_claims();
      (void)db->content_hashes();
      (void)db->sources_with_claims({});
      fc::archive::KeyClaims claims;
      (void)db->add_key_claims("casualties|killed||", std::set<std::string>{}, claims);
      (void)db->count_key_claims("casualties|killed||");
      (void)db->full_claims({1, 2, 3});
      (void)db->sources({"a", "b"});
      (void)db->suppressions_of({"a"});
      db->end_read();
    }
  }
  return 0;
}
