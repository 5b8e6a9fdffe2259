// Small read-mostly hash tables of lexicon keys for the date grammar (and the number
// lexicon). The grammar looks every word up in dozens of word lists; a key's hash is computed once,
// when the word is tokenized, and a lookup is then one probe of an open-addressed table (no
// allocation, no rehashing of the key), which is what keeps the scanner's per-token cost small.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "factcheck/core/error.hpp"

namespace fc::extract::datelex {

/// The hash of a lexicon key: eight bytes at a time, then the last one to seven (read as
/// two overlapping four-byte or three single bytes, as wyhash does), with a final mix.
/// Keys are Arabic words of a few letters, hashed once for each clitic split of every
/// word of every text: reading a byte at a time was a tenth of tokenizing.
[[nodiscard]] inline std::uint64_t key_hash(std::string_view key) {
  constexpr std::uint64_t kMul = 0xff51afd7ed558ccdULL;
  const char* p = key.data();
  std::size_t n = key.size();
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0xc4ceb9fe1a85ec53ULL);
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  }
  std::uint64_t w = 0;
  if (n >= 4) {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    w = (static_cast<std::uint64_t>(a) << 32) | b;
  } else if (n > 0) {
    w = (static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
        static_cast<unsigned char>(p[n - 1]);
  }
  h = (h ^ w) * kMul;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

/// Keys mapped to values. Inserting a key that is already there keeps the first value
/// (as std::unordered_map::emplace does).
template <class V>
class KeyMap {
 public:
  KeyMap() = default;

  void insert(std::string key, V value) {
    const std::uint64_t h = key_hash(key);
    if (find(key, h) != nullptr) return;
    entries_.push_back({std::move(key), std::move(value), h});
    if (entries_.size() * 4 > slots_.size()) {
      rehash(slots_.empty() ? 16 : slots_.size() * 2);
    } else {
      place(entries_.size() - 1);
    }
  }

  /// The value of `key` (whose key_hash is `hash`), or nullptr.
  [[nodiscard]] const V* find(std::string_view key, std::uint64_t hash) const {
    // Most words looked up are in no list: a filter of eight bits per key answers for
    // nearly all of them without touching the table, whose probes miss the cache on
    // large lists (the grammar's start words are looked up for every word of a text).
    if (slots_.empty() || !may_hold(hash)) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const std::uint32_t slot = slots_[i];
      if (slot == 0) return nullptr;
      const Entry& e = entries_[slot - 1];
      if (e.hash == hash && e.key == key) return &e.value;
    }
  }
  [[nodiscard]] const V* find(std::string_view key) const { return find(key, key_hash(key)); }

  [[nodiscard]] std::size_t count(std::string_view key, std::uint64_t hash) const {
    return find(key, hash) != nullptr ? 1 : 0;
  }
  [[nodiscard]] std::size_t count(std::string_view key) const {
    return find(key) != nullptr ? 1 : 0;
  }

  /// Calls fn(key) for every key, in insertion order.
  template <class Fn>
  void for_each_key(Fn&& fn) const {
    for (const auto& e : entries_) fn(std::string_view(e.key));
  }

 private:
  struct Entry {
    std::string key;
    V value;
    std::uint64_t hash;
  };

  /// The filter's bit for a hash: its high bits (the slots use the low ones); the filter
  /// has twice as many bits as the table has slots.
  [[nodiscard]] std::size_t filter_bit(std::uint64_t hash) const {
    return static_cast<std::size_t>(hash >> 40) & (filter_.size() * 64 - 1);
  }
  [[nodiscard]] bool may_hold(std::uint64_t hash) const {
    const std::size_t bit = filter_bit(hash);
    return ((filter_[bit >> 6] >> (bit & 63)) & 1U) != 0;
  }

  void place(std::size_t index) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = entries_[index].hash & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<std::uint32_t>(index + 1);
    const std::size_t bit = filter_bit(entries_[index].hash);
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }

  void rehash(std::size_t size) {
    slots_.assign(size, 0);
    // Two bits per slot, a power of two of 64-bit words so that filter_bit can mask.
    filter_.assign(size * 2 / 64 == 0 ? 1 : size * 2 / 64, 0);
    for (std::size_t i = 0; i < entries_.size(); ++i) place(i);
  }

  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;   ///< 1 + index into entries_, 0 for an empty slot
  std::vector<std::uint64_t> filter_;  ///< a Bloom filter of one bit per key
};

/// A set of keys.
class KeySet {
 public:
  KeySet() = default;
  KeySet(std::initializer_list<const char*> keys) {
    for (const char* k : keys) insert(k);
  }
  void insert(std::string key) { map_.insert(std::move(key), true); }
  [[nodiscard]] std::size_t count(std::string_view key, std::uint64_t hash) const {
    return map_.count(key, hash);
  }
  [[nodiscard]] std::size_t count(std::string_view key) const { return map_.count(key); }
  template <class Fn>
  void for_each_key(Fn&& fn) const {
    map_.for_each_key(fn);
  }

 private:
  KeyMap<bool> map_;
};

/// A word list of a Vocabulary: which of its 128 bits is the list's.
struct ListBit {
  std::uint8_t word = 0;   ///< 0 or 1: which half of an entry's bits
  std::uint64_t mask = 0;  ///< the bit within it; 0 for a list not added yet
};

/// Word lists with the keys each holds, turned around: each key is an entry that holds
/// the bits of the lists it is in. A text's words are looked up once, when they are
/// tokenized, and a grammar's "is this word in that list" is then a bit test, however
/// many lists it asks about (the date grammar asks dozens at every word it could start
/// at). Entry 0 is in no list. Built once, then only read.
class Vocabulary {
 public:
  static constexpr std::size_t kMaxLists = 128;
  using Bits = std::array<std::uint64_t, 2>;

  Vocabulary() : bits_(1, Bits{0, 0}) {}

  /// Adds a list holding `keys` (each already a lexicon key); returns its bit.
  template <class Keys>
  ListBit add_list(const Keys& keys) {
    FC_ASSERT(lists_ < kMaxLists, "a vocabulary holds at most 128 lists");
    const ListBit bit{static_cast<std::uint8_t>(lists_ / 64), std::uint64_t{1} << (lists_ % 64)};
    ++lists_;
    keys.for_each_key([&](std::string_view key) {
      const std::uint64_t h = key_hash(key);
      const std::uint16_t* found = entries_.find(key, h);
      std::uint16_t e = 0;
      if (found != nullptr) {
        e = *found;
      } else {
        FC_ASSERT(bits_.size() < 65535, "a vocabulary holds at most 65,534 keys");
        e = static_cast<std::uint16_t>(bits_.size());
        bits_.push_back(Bits{0, 0});
        entries_.insert(std::string(key), e);
      }
      bits_[e][bit.word] |= bit.mask;
    });
    return bit;
  }

  /// The entry of `key` (whose key_hash is `hash`): 0 when no list holds it.
  [[nodiscard]] std::uint16_t entry(std::string_view key, std::uint64_t hash) const {
    const std::uint16_t* e = entries_.find(key, hash);
    return e != nullptr ? *e : 0;
  }
  /// Entry `e` is in list `bit`.
  [[nodiscard]] bool holds(std::uint16_t e, ListBit bit) const {
    return (bits_[e][bit.word] & bit.mask) != 0;
  }
  [[nodiscard]] std::size_t lists() const { return lists_; }

 private:
  KeyMap<std::uint16_t> entries_;
  std::vector<Bits> bits_;
  std::size_t lists_ = 0;
};

}  // namespace fc::extract::datelex
