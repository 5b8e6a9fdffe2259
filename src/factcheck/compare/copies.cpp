#include "factcheck/compare/copies.hpp"

// Header-only xxHash: no library to link.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

namespace fc::compare {

namespace {

constexpr std::size_t kShingleWords = 5;
constexpr std::uint64_t kEmpty = std::numeric_limits<std::uint64_t>::max();
/// Bins per band: two sources are compared when all the bins of one band agree.
constexpr std::size_t kBandBins = 2;
/// At most this many earlier members of a band's bucket are compared with a new one (a
/// phrase every text shares fills one bucket; copies stand near each other in it).
constexpr std::size_t kBucketReach = 64;

bool separator(unsigned char b) {
  return b <= 0x20 || (b < 0x80 && (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' ||
                                    b == '?' || b == '"' || b == '\'' || b == '(' || b == ')' ||
                                    b == '[' || b == ']' || b == '-' || b == '*' || b == '#'));
}

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ULL;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dULL;
  x ^= x >> 33;
  return x;
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

}  // namespace

std::vector<std::uint64_t> text_fingerprint(std::string_view text) {
  std::vector<std::uint64_t> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && separator(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t b = i;
    while (i < text.size() && !separator(static_cast<unsigned char>(text[i]))) ++i;
    if (i > b) words.push_back(XXH3_64bits(text.data() + b, i - b));
  }
  if (words.size() < kShingleWords) return {};
  std::vector<std::uint64_t> bins(kFingerprintBins, kEmpty);
  for (std::size_t w = 0; w + kShingleWords <= words.size(); ++w) {
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (std::size_t k = 0; k < kShingleWords; ++k) h = mix(h ^ words[w + k]) + k;
    const std::size_t bin = static_cast<std::size_t>(h >> 59) % kFingerprintBins;
    bins[bin] = std::min(bins[bin], h);
  }
  return bins;
}

double fingerprint_similarity(const std::vector<std::uint64_t>& a,
                              const std::vector<std::uint64_t>& b) {
  if (a.size() != kFingerprintBins || b.size() != kFingerprintBins) return 0;
  std::size_t filled = 0;
  std::size_t same = 0;
  for (std::size_t i = 0; i < kFingerprintBins; ++i) {
    if (a[i] == kEmpty && b[i] == kEmpty) continue;
    ++filled;
    if (a[i] == b[i]) ++same;
  }
  return filled == 0 ? 0 : static_cast<double>(same) / static_cast<double>(filled);
}

std::unordered_map<std::string, std::uint32_t> copies_of(const std::vector<Source>& sources) {
  std::unordered_map<std::string, std::uint32_t> out;
  // Sources by id, so that the groups do not depend on the order they were read in.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (sources[i].fingerprint.size() == kFingerprintBins) order.push_back(i);
  }
  if (order.size() < 2) return out;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return sources[a].id < sources[b].id; });
  std::vector<std::size_t> parent(order.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (std::size_t band = 0; band < kFingerprintBins / kBandBins; ++band) {
    std::map<std::vector<std::uint64_t>, std::vector<std::size_t>> buckets;
    for (std::size_t k = 0; k < order.size(); ++k) {
      const auto& fp = sources[order[k]].fingerprint;
      std::vector<std::uint64_t> key(
          fp.begin() + static_cast<std::ptrdiff_t>(band * kBandBins),
          fp.begin() + static_cast<std::ptrdiff_t>((band + 1) * kBandBins));
      if (std::all_of(key.begin(), key.end(), [](std::uint64_t v) { return v == kEmpty; })) {
        continue;
      }
      auto& bucket = buckets[std::move(key)];
      const std::size_t from = bucket.size() > kBucketReach ? bucket.size() - kBucketReach : 0;
      for (std::size_t m = from; m < bucket.size(); ++m) {
        const std::size_t other = bucket[m];
        if (find_root(parent, other) == find_root(parent, k)) continue;
        if (fingerprint_similarity(fp, sources[order[other]].fingerprint) >= kCopySimilarity) {
          const std::size_t ra = find_root(parent, other);
          const std::size_t rb = find_root(parent, k);
          parent[std::max(ra, rb)] = std::min(ra, rb);
        }
      }
      bucket.push_back(k);
    }
  }
  // Number the groups of two or more by their first member in id order.
  std::vector<std::size_t> size(order.size(), 0);
  for (std::size_t k = 0; k < order.size(); ++k) ++size[find_root(parent, k)];
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::size_t root = find_root(parent, k);
    if (size[root] >= 2) out.emplace(sources[order[k]].id, static_cast<std::uint32_t>(root));
  }
  return out;
}

}  // namespace fc::compare
