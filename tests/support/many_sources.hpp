// Test support: folders of many small articles for tests through the real CLI.
#pragma once

#include <string>

#include "support/cli.hpp"

namespace fc::test {

/// `n` English articles in `dir`, one figure each for the same claim on the same day,
/// two figures alternating in file order, so that one contradiction holds every claim
/// (in the comparison's time order each claim's neighbours clash with it).
inline void write_alternating_contradiction(const std::string& dir, int n) {
  for (int i = 0; i < n; ++i) {
    const std::string figure = i % 2 == 0 ? "3,480" : "7,215";
    write_file(dir + "/w" + std::to_string(10000 + i) + ".txt",
               "The defence ministry said " + figure +
                   " US soldiers were based in Romania on 3 June 2024, in its note number " +
                   std::to_string(i) + ".\n");
  }
}

}  // namespace fc::test
