#include "factcheck/extract/number_words.hpp"

#include <string_view>

#include "factcheck/core/error.hpp"
#include "factcheck/extract/lexicon_file.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace fc::extract {

namespace {

using Pattern = NumberPattern;

constexpr std::string_view kFile = "number_words.txt";

/// The words of a section of data/number_words.txt, folded like the text.
std::vector<std::string> fold_all(std::string_view section) {
  std::vector<std::string> out;
  for (const std::string& w : lexicon_words(kFile, section)) out.push_back(normalize::fold(w));
  return out;
}

Hedge hedge_named(std::string_view name) {
  if (name == "at_least") return Hedge::kAtLeast;
  if (name == "at_most") return Hedge::kAtMost;
  if (name == "about") return Hedge::kAbout;
  if (name == "more_than") return Hedge::kMoreThan;
  if (name == "less_than") return Hedge::kLessThan;
  FC_ASSERT(false, "a hedge of the number lexicon is a known hedge");
  return Hedge::kNone;
}

/// The phrases of a section, each with its hedge, in the order written.
std::vector<Pattern> patterns(std::string_view section) {
  std::vector<Pattern> out;
  for (const LexiconEntry& e : lexicon_section(kFile, section)) {
    Pattern p;
    for (const std::string& w : e.words) p.words.push_back(normalize::fold(w));
    p.hedge = hedge_named(e.value);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

NumberWords::NumberWords() {
  // Each list is the section of data/number_words.txt named after it.
  verb_over = fold_all("verb_over");
  verb_near = fold_all("verb_near");
  negative = fold_all("negative");
  percent_one = fold_all("percent_one");
  percent_in = fold_all("percent_in");
  percent_two = fold_all("percent_two");
  points = fold_all("points");
  points_percent = fold_all("points_percent");
  points_en = fold_all("points_en");
  basis = fold_all("basis");
  range_between = fold_all("range_between");
  range_from = fold_all("range_from");
  range_to = fold_all("range_to");
  change_to = fold_all("change_to");
  range_and = fold_all("range_and");
  range_ma = fold_all("range_ma");
  fraction_over = fold_all("fraction_over");
  fraction_of = fold_all("fraction_of");
  decimal_point = fold_all("decimal_point");
  one_of = fold_all("one_of");
  article = fold_all("article");
  of = fold_all("of");
  ordinal_suffix = fold_all("ordinal_suffix");
  not_numbers = fold_all("not_numbers");
  change_stems = fold_all("change_stems");
  change_en = fold_all("change_en");
  score_stems = fold_all("score_stems");
  score_en = fold_all("score_en");
  score_against = fold_all("score_against");
  change_by = fold_all("change_by");
  year_cues = fold_all("year_cues");
  year_after = fold_all("year_after");
  months = fold_all("months");
  // Signs written as they are, not folded.
  currency = lexicon_words(kFile, "currency");
  dash = lexicon_words(kFile, "dash");
  before = patterns("hedges_before");
  below = patterns("hedges_below");
  for (Pattern& p : below) p.below = true;
  before.insert(before.end(), below.begin(), below.end());
  after = patterns("hedges_after");
  for (const auto& p : before) {
    if (p.hedge == Hedge::kLessThan || p.hedge == Hedge::kAtMost) upper.push_back(p);
  }
}

const NumberWords& number_words() {
  static const NumberWords kWords;
  return kWords;
}

}  // namespace fc::extract
