// The word lists of the number reader (hedges, percent and range words, change cues, year
// cues, months), folded like the normalized text once (issue 3; split from numbers.cpp,
// issue 18). Internal to the number extractor.
#pragma once

#include <string>
#include <vector>

#include "factcheck/core/mention.hpp"

namespace fc::extract {

/// A run of folded words that bounds a figure ("أكثر من", "at least").
struct NumberPattern {
  std::vector<std::string> words;
  Hedge hedge = Hedge::kNone;
  bool below = false;  ///< about, from below only ("nearly")
};

struct NumberWords {
  using Pattern = NumberPattern;

  std::vector<Pattern> before;  // hedges before a figure, longest first
  std::vector<Pattern> after;   // hedges after a figure
  std::vector<Pattern> upper;   // the upper half of "more than X and less than Y"
  std::vector<Pattern> below;   // "nearly": just below the figure
  // Verbs of a bound whose subject may stand between them and the figure: "تجاوزت وتيرة
  // التضخم 9 بالمائة" (more than), "يقترب العجز من 50 مليار" (about, with من).
  std::vector<std::string> verb_over;
  std::vector<std::string> verb_near;
  std::vector<std::string> negative;
  std::vector<std::string> percent_one;
  std::vector<std::string> percent_in;
  std::vector<std::string> percent_two;
  // Percentage points: "1,2 نقطة", "2.2 نقطة مئوية", "0.5 percentage points".
  std::vector<std::string> points;
  std::vector<std::string> points_percent;
  std::vector<std::string> points_en;
  std::vector<std::string> basis;
  std::vector<std::string> currency;
  std::vector<std::string> range_between;
  std::vector<std::string> range_from;
  std::vector<std::string> range_to;
  // The target of a change may also be "لـ": "من 5 آلاف لـ 8 آلاف".
  std::vector<std::string> change_to;
  std::vector<std::string> range_and;
  std::vector<std::string> range_ma;
  std::vector<std::string> dash;
  std::vector<std::string> fraction_over;
  std::vector<std::string> fraction_of;
  std::vector<std::string> decimal_point;
  std::vector<std::string> one_of;
  std::vector<std::string> article;
  std::vector<std::string> of;
  std::vector<std::string> ordinal_suffix;
  // Words that parse as a clitic plus a number but are not one: لست (I am not), وست
  // (West, as in وست هام).
  std::vector<std::string> not_numbers;
  std::vector<std::string> change_stems;
  std::vector<std::string> change_en;
  std::vector<std::string> score_stems;
  std::vector<std::string> score_en;
  std::vector<std::string> score_against;
  std::vector<std::string> change_by;
  std::vector<std::string> year_cues;
  std::vector<std::string> year_after;
  std::vector<std::string> months;

  NumberWords();
};

/// The lists, built once.
[[nodiscard]] const NumberWords& number_words();

}  // namespace fc::extract
