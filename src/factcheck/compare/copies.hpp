// Wire copies: near-identical texts from several outlets are one voice. A text's content
// fingerprint is a one-permutation MinHash of its five-word shingles (xxHash); two
// sources whose fingerprints agree in most bins are copies of one text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "factcheck/core/source.hpp"

namespace fc::compare {

/// Bins of a fingerprint; a text of fewer than five words has an empty one.
constexpr std::size_t kFingerprintBins = 32;
/// Share of the bins two texts must agree in to be copies (their estimated Jaccard
/// similarity of shingles).
constexpr double kCopySimilarity = 0.6;

/// The fingerprint of `text` (words are runs of bytes between ASCII spaces and
/// punctuation, so edits of layout and punctuation do not change it): kFingerprintBins
/// minima, ~0 in a bin no shingle fell in; empty when the text has under five words.
[[nodiscard]] std::vector<std::uint64_t> text_fingerprint(std::string_view text);

/// The estimated share of shingles two fingerprints have in common: the bins where they
/// agree among the bins either fills.
[[nodiscard]] double fingerprint_similarity(const std::vector<std::uint64_t>& a,
                                            const std::vector<std::uint64_t>& b);

/// Sources that are copies of one another (similarity at least kCopySimilarity, directly
/// or through a chain of copies), as source id → the group's number; a source that is
/// no copy is not in it. Candidates meet through bands of the fingerprint, so the work
/// grows with the sources, not their pairs. Deterministic.
[[nodiscard]] std::unordered_map<std::string, std::uint32_t> copies_of(
    const std::vector<Source>& sources);

}  // namespace fc::compare
