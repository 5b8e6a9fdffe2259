#include "factcheck/compare/collector.hpp"

// Header-only xxHash: no library to link.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>

namespace fc::compare::detail {

std::string hex64(std::uint64_t v) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = kHex[v & 0xF];
  return out;
}

void sort_claims(Finding& f) {
  std::vector<std::size_t> order(f.claims.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return f.claims[a] < f.claims[b]; });
  std::vector<std::string> claims;
  std::vector<std::string> values;
  claims.reserve(order.size());
  values.reserve(order.size());
  for (std::size_t i : order) {
    claims.push_back(std::move(f.claims[i]));
    values.push_back(i < f.values.size() ? std::move(f.values[i]) : std::string());
  }
  f.claims = std::move(claims);
  f.values = std::move(values);
}

void Collector::add(Finding f,
                    const std::vector<std::pair<std::string, std::string>>& source_values) {
  // Fingerprint: what the finding is, never where it stands.
  std::vector<std::string> parts;
  parts.reserve(source_values.size());
  std::size_t size = f.key.size() + 32;
  for (const auto& [s, v] : source_values) {
    std::string& p = parts.emplace_back();
    p.reserve(s.size() + 1 + v.size());
    p += s;
    p += '=';
    p += v;
    size += p.size() + 1;
  }
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::string material;
  material.reserve(size);
  material += to_string(f.kind);
  material += '\n';
  material += f.key;
  material += '\n';
  for (const auto& p : parts) {
    material += p;
    material += '\n';
  }
  const std::uint64_t hash = XXH3_64bits(material.data(), material.size());
  f.id = hex64(hash);
  std::sort(f.sources.begin(), f.sources.end());
  f.sources.erase(std::unique(f.sources.begin(), f.sources.end()), f.sources.end());
  merge(std::move(f), hash);
}

void Collector::merge(Finding f, std::uint64_t hash) {
  if ((findings_.size() + 1) * 2 > slots_.size())
    rehash(std::max<std::size_t>(16, slots_.size() * 2));
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = static_cast<std::size_t>(hash) & mask;
  while (slots_[slot] != 0 && hashes_[slots_[slot] - 1] != hash) slot = (slot + 1) & mask;
  if (slots_[slot] == 0) {
    findings_.push_back(std::move(f));
    hashes_.push_back(hash);
    slots_[slot] = findings_.size();
    return;
  }
  // Same finding again (another occurrence of the same values): merge its claims.
  Finding& g = findings_[slots_[slot] - 1];
  for (std::size_t i = 0; i < f.claims.size(); ++i) {
    if (std::find(g.claims.begin(), g.claims.end(), f.claims[i]) == g.claims.end()) {
      g.claims.push_back(f.claims[i]);
      g.values.push_back(i < f.values.size() ? f.values[i] : "");
    }
  }
  if (f.severity > g.severity) g.severity = f.severity;
}

void Collector::rehash(std::size_t size) {
  std::size_t n = 16;
  while (n < size) n *= 2;
  slots_.assign(n, 0);
  const std::size_t mask = n - 1;
  for (std::size_t i = 0; i < hashes_.size(); ++i) {
    std::size_t slot = static_cast<std::size_t>(hashes_[i]) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = i + 1;
  }
}

}  // namespace fc::compare::detail
