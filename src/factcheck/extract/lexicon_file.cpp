#include "factcheck/extract/lexicon_file.hpp"

#include <map>
#include <mutex>
#include <utility>

#include "factcheck/core/error.hpp"

namespace fc::extract {

namespace {

using Sections = std::map<std::string, std::vector<LexiconEntry>, std::less<>>;

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

Sections parse(std::string_view text) {
  Sections sections;
  std::vector<LexiconEntry>* current = nullptr;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) continue;
    if (line.front() == '[' && line.back() == ']') {
      current = &sections[std::string(line.substr(1, line.size() - 2))];
      continue;
    }
    FC_ASSERT(current != nullptr, "a lexicon file's entries come after a [section]");
    if (const std::size_t eq = line.rfind(" = "); eq != std::string_view::npos) {
      current->push_back(
          LexiconEntry{split_words(line.substr(0, eq)), std::string(line.substr(eq + 3))});
      continue;
    }
    for (std::string& token : split_words(line)) {
      const std::size_t eq = token.find('=');
      if (eq == std::string::npos) {
        current->push_back(LexiconEntry{{std::move(token)}, ""});
      } else {
        current->push_back(LexiconEntry{{token.substr(0, eq)}, token.substr(eq + 1)});
      }
    }
    if (pos > text.size()) break;
  }
  return sections;
}

const Sections& sections_of(std::string_view file) {
  static const std::map<std::string, Sections, std::less<>> kFiles = [] {
    std::map<std::string, Sections, std::less<>> files;
    for (std::size_t i = 0; i < kLexiconFileCount; ++i) {
      const auto& f = kLexiconFiles[i];
      files[f.name] = parse(std::string_view(reinterpret_cast<const char*>(f.bytes), f.size));
    }
    return files;
  }();
  const auto it = kFiles.find(file);
  FC_ASSERT(it != kFiles.end(), "an extractor's lexicon file is embedded");
  return it->second;
}

}  // namespace

const std::vector<LexiconEntry>& lexicon_section(std::string_view file, std::string_view section) {
  const Sections& s = sections_of(file);
  const auto it = s.find(section);
  FC_ASSERT(it != s.end(), "a lexicon section the grammar reads is in its file");
  return it->second;
}

std::vector<std::string> lexicon_words(std::string_view file, std::string_view section) {
  std::vector<std::string> out;
  for (const LexiconEntry& e : lexicon_section(file, section)) {
    FC_ASSERT(e.words.size() == 1 && e.value.empty(), "a word list holds single words");
    out.push_back(e.words[0]);
  }
  return out;
}

}  // namespace fc::extract
