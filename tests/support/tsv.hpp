// Test support: the conformance suites' TSV files (tests/conformance/*.tsv): '#' header
// lines, then a header row, then rows; cells escape \t \n and \\ .
#pragma once

#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace fc::test {

using TsvRow = std::map<std::string, std::string>;

inline std::string tsv_unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char n = s[++i];
      out += n == 't' ? '\t' : n == 'n' ? ' ' : n;
    } else {
      out += s[i];
    }
  }
  // As conformance.py: a suite input is one line.
  for (auto& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

inline std::vector<TsvRow> read_tsv(const std::string& path) {
  std::vector<TsvRow> rows;
  std::ifstream in(path);
  std::vector<std::string> header;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      cols.push_back(
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (header.empty()) {
      header = cols;
      continue;
    }
    TsvRow row;
    for (std::size_t i = 0; i < header.size() && i < cols.size(); ++i) row[header[i]] = cols[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace fc::test
