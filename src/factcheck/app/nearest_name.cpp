// The nearest subcommand to a misspelt one ("chek" → "check"), for the CLI's message.
#include <algorithm>
#include <vector>

#include "factcheck/app/commands.hpp"

namespace fc::app {

namespace {

/// Levenshtein distance between two short ASCII words.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string nearest_name(std::string_view word, const std::vector<std::string>& names) {
  std::string best;
  std::size_t best_distance = 3;  // farther than 2 is no suggestion
  for (const auto& name : names) {
    std::size_t d = edit_distance(word, name);
    if (word.size() >= 2 && name.rfind(word, 0) == 0) d = std::min<std::size_t>(d, 1);
    if (d < best_distance) {
      best_distance = d;
      best = name;
    }
  }
  return best;
}

}  // namespace fc::app
