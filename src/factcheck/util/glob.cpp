#include "factcheck/util/glob.hpp"

#include <filesystem>

namespace fc::util {

namespace {

/// The length of the UTF-8 sequence that starts with byte `c` (1 for a stray byte).
std::size_t sequence_length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

/// One segment (no '/') against one pattern segment: `*` and `?` (a code point).
bool segment_match(std::string_view p, std::string_view s) {
  std::size_t pi = 0;
  std::size_t si = 0;
  std::size_t star = std::string_view::npos;  // the last '*' seen, and where it matched
  std::size_t star_s = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      star_s = si;
    } else if (pi < p.size() && p[pi] == '?') {
      ++pi;
      si += sequence_length(static_cast<unsigned char>(s[si]));
    } else if (pi < p.size() && p[pi] == s[si]) {
      ++pi;
      ++si;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      star_s += sequence_length(static_cast<unsigned char>(s[star_s]));
      si = star_s;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size() && si <= s.size();
}

std::vector<std::string_view> split(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t slash = s.find('/', start);
    const std::size_t end = slash == std::string_view::npos ? s.size() : slash;
    if (end > start) out.push_back(s.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

bool segments_match(const std::vector<std::string_view>& p, std::size_t pi,
                    const std::vector<std::string_view>& s, std::size_t si) {
  if (pi == p.size()) return si == s.size();
  if (p[pi] == "**") {
    for (std::size_t k = si; k <= s.size(); ++k) {
      if (segments_match(p, pi + 1, s, k)) return true;
    }
    return false;
  }
  return si < s.size() && segment_match(p[pi], s[si]) && segments_match(p, pi + 1, s, si + 1);
}

std::string absolute_normal(const std::string& path) {
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).lexically_normal().string();
  while (abs.size() > 1 && abs.back() == '/') abs.pop_back();
  return abs;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return segments_match(split(pattern), 0, split(path), 0);
}

PathPatterns::PathPatterns(const std::string& base, std::vector<std::string> patterns)
    : base_(absolute_normal(base)) {
  for (auto& p : patterns) {
    std::string_view v = p;
    while (v.substr(0, 2) == "./") v.remove_prefix(2);
    while (!v.empty() && v.back() == '/') v.remove_suffix(1);
    if (!v.empty() && v.front() == '/') {
      v.remove_prefix(1);
      // Anchored: written with a '/' inside even when it names one segment.
      if (v.find('/') == std::string_view::npos && !v.empty()) {
        patterns_.push_back("./" + std::string(v));
        continue;
      }
    }
    if (!v.empty()) patterns_.emplace_back(v);
  }
}

bool PathPatterns::matches(const std::string& path) const {
  if (patterns_.empty()) return false;
  const std::string abs = absolute_normal(path);
  std::string_view rel;
  if (base_ == "/") {
    rel = std::string_view(abs).substr(1);
  } else if (abs.size() > base_.size() && abs.compare(0, base_.size(), base_) == 0 &&
             abs[base_.size()] == '/') {
    rel = std::string_view(abs).substr(base_.size() + 1);
  } else {
    return false;
  }
  const auto segments = split(rel);
  for (const auto& pattern : patterns_) {
    std::string_view p = pattern;
    const bool anchored_one = p.substr(0, 2) == "./";
    if (anchored_one) p.remove_prefix(2);
    if (!anchored_one && p.find('/') == std::string_view::npos) {
      // A name at any depth: the file's or a folder's above it.
      for (const auto& s : segments) {
        if (segment_match(p, s)) return true;
      }
      continue;
    }
    // Anchored at the base: the path, or a folder above it.
    const auto ps = split(p);
    std::vector<std::string_view> prefix;
    for (const auto& s : segments) {
      prefix.push_back(s);
      if (segments_match(ps, 0, prefix, 0)) return true;
    }
  }
  return false;
}

}  // namespace fc::util
