// Findings as they are made: fingerprinted (SPEC.md: the id is made from what the finding
// is), merged when the same finding is made again.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "factcheck/core/claim.hpp"

namespace fc::compare::detail {

[[nodiscard]] std::string hex64(std::uint64_t v);

class Collector {
 public:
  void add(Finding f, const std::vector<std::pair<std::string, std::string>>& source_values);

  /// Takes `other`'s findings in the order they were made there, each as if it had been
  /// added here (merged with one of the same id): a key's findings are collected on their
  /// own, then taken in key order, and come out as from one collector.
  void absorb(Collector&& other) {
    for (std::size_t i = 0; i < other.findings_.size(); ++i) {
      merge(std::move(other.findings_[i]), other.hashes_[i]);
    }
    other.findings_.clear();
    other.hashes_.clear();
    other.slots_.clear();
  }

  /// Room for `n` findings in all (those taken in later, too).
  void reserve(std::size_t n) {
    findings_.reserve(n);
    hashes_.reserve(n);
    if (n * 2 > slots_.size()) rehash(n * 2);
  }

  [[nodiscard]] std::size_t size() const { return findings_.size(); }

  std::vector<Finding> take() { return std::move(findings_); }

 private:
  /// `f` fingerprinted (its id is hex64(hash)) and its sources sorted.
  void merge(Finding f, std::uint64_t hash);

  /// Slots for at least `size` findings (rounded up to a power of two), placed again.
  void rehash(std::size_t size);

  std::vector<Finding> findings_;
  std::vector<std::uint64_t> hashes_;  ///< the fingerprint of each finding, as a number
  /// The findings by fingerprint: open addressing on the fingerprint's low bits (an XXH3
  /// hash), 1 + the finding's index, 0 for none; at most half full. A node per finding
  /// (std::unordered_map) was a third of taking 195,000 findings in one by one.
  std::vector<std::size_t> slots_;
};

/// Sorts a finding's claims (and their values) by claim id.
void sort_claims(Finding& f);

}  // namespace fc::compare::detail
