// The date and number grammars' key tables: every key inserted is found with its first
// value, through every growth of the table and its filter; no other key is.
#include "factcheck/extract/key_table.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

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

TEST_CASE("a vocabulary answers for each key the lists that hold it", "[extract][keys]") {
  using fc::extract::datelex::key_hash;
  using fc::extract::datelex::KeySet;
  using fc::extract::datelex::ListBit;
  using fc::extract::datelex::Vocabulary;
  Vocabulary vocab;
  // 70 lists, so that the bits run past the first 64: list i holds "k<i>" and "k<i+1>".
  std::vector<ListBit> bits;
  for (int i = 0; i < 70; ++i) {
    KeySet keys;
    keys.insert("k" + std::to_string(i));
    keys.insert("k" + std::to_string(i + 1));
    bits.push_back(vocab.add_list(keys));
  }
  CHECK(vocab.lists() == 70);
  const auto entry = [&](const std::string& k) { return vocab.entry(k, key_hash(k)); };
  for (int k = 0; k <= 70; ++k) {
    const auto e = entry("k" + std::to_string(k));
    REQUIRE(e != 0);
    for (int i = 0; i < 70; ++i) {
      const bool held = i == k || i + 1 == k;
      CHECK(vocab.holds(e, bits[i]) == held);
    }
  }
  // A key in no list is entry 0, which no list holds.
  CHECK(entry("k71") == 0);
  CHECK(entry("") == 0);
  for (const auto& b : bits) CHECK_FALSE(vocab.holds(0, b));
}
