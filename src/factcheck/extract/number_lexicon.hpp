// The number lexicon: Arabic (MSA and the common Egyptian forms) and English number
// words, ordinals, scales, vague quantities and fractions, folded like the normalized
// text, with Arabic clitic stripping (و ف, ب ل ك, ال). A cheap screen on a word's last
// two letters rejects almost every word before any hash lookup (issue 3).
#pragma once

#include <cstdint>
#include <string_view>

namespace fc::extract {

/// What a number word is.
enum class NumberWord : std::uint8_t {
  kNone,
  kUnit,          ///< 0-9 ("خمسة", "five")
  kUnitTeenOnly,  ///< "أحد", "إحدى", "اثنا": a unit only inside 11-12
  kTen,           ///< "عشرة"/"عشر": 10 alone, the teen marker after a unit
  kTeen,          ///< one-word 11-19 ("حداشر", "eleven")
  kTens,          ///< 20-90
  kHundred,       ///< 100-900 as one word ("مائة", "مئتان", "ثلاثمائة", "hundred")
  kScale,         ///< 1e3, 1e6, 1e9, 1e12, singular ("ألف", "مليون", "thousand")
  kScaleDual,     ///< 2 x scale in one word ("ألفان", "مليونين")
  kScalePlural,   ///< "آلاف", "ملايين", "مليارات": a scale after 3-10, vague alone
  kVague,         ///< "عشرات", "مئات", "بضعة", "dozens": vague multiplier
  kDozen,         ///< English "dozen" (12)
  kFraction,      ///< "نصف", "ربع", "ثلث", "half": value is the fraction
  kFractionPlural,       ///< "أثمان", "أرباع": value is 1/denominator, after a count
  kOrdinal,              ///< "الأول", "الرابعة", "first", "twentieth"
  kOrdinalUnitCompound,  ///< "الحادي"/"حادي": ordinal 1 only inside 11 and 21, 31 ...
  kCountNoun,  ///< a noun that is a count alone: a dual ("هدفين", "رحلتين", "مرتين"), a
               ///< multiple ("ضعف", "ضعفي"), a set of n ("ثلاثية", "الخطة الخمسية")
};

/// Names of vague quantities, also the keys of NumberOptions::vague overrides.
enum class VagueBase : std::uint8_t {
  kNone,
  kTens,
  kHundreds,
  kThousands,
  kMillions,
  kBillions,
  kFew,
  kDozens
};

struct LexEntry {
  NumberWord kind = NumberWord::kNone;
  double value = 0;  ///< the number, scale, ordinal or fraction
  VagueBase vague = VagueBase::kNone;
  bool english = false;
  bool feminine = false;  ///< ordinal feminine (الرابعة), cardinal feminine form
};

/// Clitics found in front of a lexicon word.
struct Clitics {
  bool conj = false;  ///< و or ف
  bool prep = false;  ///< ب ل ك
  bool def = false;   ///< ال (or the ل of لل)
};

/// Looks up one folded word (Arabic letters or lower-case ASCII), trying the Arabic
/// clitic splits: its entry, or null when the word is no number word. `clitics`, when
/// given, receives the clitics split off (only when an entry is found). A pointer, not a
/// struct of pointer and flags: such a struct, returned in registers, was built on the
/// stack in narrow stores and read back whole, a store-forwarding stall for every word
/// of every text (a quarter of the lookup's time).
[[nodiscard]] const LexEntry* lookup_number_word(std::string_view word, Clitics* clitics = nullptr);

/// The singular ("هدف") a dual count noun ("هدفين", folded, no clitics) is made from, or
/// empty when the word is no dual of [dual_nouns].
[[nodiscard]] std::string_view dual_noun_singular(std::string_view word);

/// Whether a folded word is the singular of one of the [dual_nouns] ("هدف", "رحلة").
[[nodiscard]] bool is_dual_noun_singular(std::string_view word);

/// A screen for Arabic words before lookup_number_word: false when the word whose lexicon
/// key (datelex::key: ة folded to ه) has the key_hash `word_key_hash` is sure to be no
/// number word with any clitics; true for every number word and a few other words. The
/// date tokenizer has that hash already (the first of a word's stems).
[[nodiscard]] bool may_be_number_word(std::uint64_t word_key_hash);

}  // namespace fc::extract
