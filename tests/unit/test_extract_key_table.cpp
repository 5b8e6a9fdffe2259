// The date and number grammars' key tables: every key inserted is found with its first
// value, through every growth of the table and its filter; no other key is.
#include "factcheck/extract/key_table.hpp"

#include <catch2/catch.hpp>

#include <string>

using fc::extract::datelex::KeyMap;

TEST_CASE("a key map finds every key it holds and no other through its growth", "[extract][keys]") {
  KeyMap<int> map;
  for (int i = 0; i < 5000; ++i) {
    map.insert("مفتاح" + std::to_string(i), i);
    if (i % 997 == 0) {
      // Found right after every insert and growth, with its hash or without.
      const std::string key = "مفتاح" + std::to_string(i);
      REQUIRE(map.find(key) != nullptr);
      CHECK(*map.find(key, fc::extract::datelex::key_hash(key)) == i);
    }
  }
  map.insert("مفتاح7", -1);  // a repeat keeps the first value
  int found = 0;
  for (int i = 0; i < 5000; ++i) {
    const int* v = map.find("مفتاح" + std::to_string(i));
    if (v != nullptr && *v == i) ++found;
  }
  CHECK(found == 5000);
  for (int i = 5000; i < 10000; ++i) CHECK(map.find("مفتاح" + std::to_string(i)) == nullptr);
  CHECK(map.find("") == nullptr);
  KeyMap<int> empty;
  CHECK(empty.find("x") == nullptr);
}
