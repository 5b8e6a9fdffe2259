// The date lexicon: month names of every Arabic naming system (Egyptian/Gulf, Levantine/
// Iraqi, Maghreb) and English, Hijri months, weekdays, day ordinals, small cardinals and
// calendar units, keyed like the normalized text plus teh marbuta folded to heh, so that
// "الجمعة" and "الجمعه" are one key (issue 4).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "factcheck/core/error.hpp"

namespace fc::extract::datelex {

/// The lexicon key of one normalized word: teh marbuta (ة) folded to heh (ه).
[[nodiscard]] std::string key(std::string_view normalized_word);
/// key() written to `out`, which holds normalized_word.size() bytes (a key is as long as
/// its word: both letters take two bytes).
void write_key(std::string_view normalized_word, char* out);

/// The key with each Arabic clitic split tried: the word itself first, then without
/// و/ف, then without ب/ل/ك (and لل → ال). Each entry is (key, bytes stripped). The key
/// is a view: of the word's key (a stem is a suffix of it), or, for لل → ال, of the
/// buffer given to stems(); it lives as long as they do.
struct Stem {
  std::string_view key;
  std::uint64_t hash = 0;     ///< key_hash(key) (key_table.hpp), for lookups
  std::uint8_t stripped = 0;  ///< bytes of clitics split off (at most eight)
  /// The date grammar's vocabulary entry (date_tokens.hpp): 0 when no list holds the key,
  /// kNotLooked up until the tokenizer looks it up.
  std::uint16_t entry = kNotLooked;
  static constexpr std::uint16_t kNotLooked = 0xFFFF;  ///< no vocabulary entry is this large
};
static_assert(sizeof(Stem) <= 32, "a text has a stem and a half per word");
/// The clitic splits of one word, held inline: a word has at most four (the word, one
/// conjunction off, then one preposition off each), so tokenizing allocates no list.
class Stems {
 public:
  static constexpr std::size_t kMax = 4;
  /// Written field by field in place: a Stem made on the stack, narrow fields and all,
  /// and copied in whole stalls on store-to-load forwarding (a third of stems()).
  void push_back(std::string_view key, std::uint64_t hash, std::size_t stripped) {
    FC_ASSERT(size_ < kMax, "a word has at most four clitic splits");
    ::new (static_cast<void*>(storage_ + size_ * sizeof(Stem)))
        Stem{key, hash, static_cast<std::uint8_t>(stripped), Stem::kNotLooked};
    ++size_;
  }
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }
  [[nodiscard]] const Stem& operator[](std::size_t i) const { return items()[i]; }
  [[nodiscard]] const Stem* begin() const { return items(); }
  [[nodiscard]] const Stem* end() const { return items() + size_; }

 private:
  [[nodiscard]] const Stem* items() const {
    return std::launder(reinterpret_cast<const Stem*>(storage_));
  }
  /// Raw storage, not an array of Stems: an array would be cleared (its string_views and
  /// defaults) for every word tokenized, a tenth of the tokenizer's time; a slot is
  /// written whole before it is read.
  alignas(Stem) std::byte storage_[kMax * sizeof(Stem)];
  std::size_t size_ = 0;
};

/// The clitic splits of a word whose key (key() of the normalized word) is `word_key`.
/// Keys are views of `word_key`, except the one split لل → ال (a word has at most one),
/// which is written to `rewrite[stripped ..]`: `rewrite` holds word_key.size() bytes. Both
/// must outlive the result; nothing is allocated.
[[nodiscard]] Stems stems(std::string_view word_key, char* rewrite);

// The overloads taking a Stem answer "none" without a lookup when the stem's vocabulary
// entry is 0: every key these functions know is a first word (for_each_first_word), and
// the date grammar puts each in its list of start words, so a key in no list is none of
// them. A stem not looked up (Stem::kNotLooked) is looked up.

/// A one-word month name (Gregorian), 1-12, or 0. `ambiguous` is set for names that are
/// ordinary words too (آب "father", ماي, English "may", "march"): they need a day, a
/// year or "شهر" beside them.
[[nodiscard]] int month_word(std::string_view key, bool& ambiguous);
[[nodiscard]] int month_word(const Stem& stem, bool& ambiguous);
/// The second word of a two-word Levantine month after "كانون"/"تشرين": 1-12 or 0.
[[nodiscard]] int levantine_month(std::string_view first_key, std::string_view second_key);
/// Hijri months 1-12 (one word: محرم صفر رجب شعبان رمضان شوال), or 0.
[[nodiscard]] int hijri_month_word(std::string_view key);
[[nodiscard]] int hijri_month_word(const Stem& stem);
/// Two-word Hijri months (ربيع الأول, جمادى الآخرة, ذو القعدة, ذو الحجة ...), or 0.
[[nodiscard]] int hijri_month_pair(std::string_view first_key, std::string_view second_key);
/// Weekday 0 = Sunday ... 6 = Saturday, or -1. `bare` forms (without ال: "احد",
/// "جمعه") are set apart because they are ordinary words too.
[[nodiscard]] int weekday_word(std::string_view key, bool& bare);
[[nodiscard]] int weekday_word(const Stem& stem, bool& bare);
/// Day ordinals 1-10 ("الاول", "السابعه", "first"), tens 20 and 30 ("العشرين"), or 0.
[[nodiscard]] int ordinal_word(std::string_view key);
[[nodiscard]] int ordinal_word(const Stem& stem);
/// Cardinals for counts and month numbers: 1-12, 20, 30 ... 90 ("ثلاث", "عشره",
/// "three"), or 0.
[[nodiscard]] int cardinal_word(std::string_view key);
[[nodiscard]] int cardinal_word(const Stem& stem);

enum class Unit { kNone, kMinute, kHour, kDay, kWeek, kMonth, kYear, kDecade };
/// A calendar unit word: singular, plural, dual (count 2 in `dual_count`), with or
/// without ال; English singular and plural.
[[nodiscard]] Unit unit_word(std::string_view key, int& dual_count, bool& definite);
[[nodiscard]] Unit unit_word(const Stem& stem, int& dual_count, bool& definite);

/// Some of the lexicon's keys, for the date grammar's screens of each matcher's first
/// token (dates.cpp).
enum class KeysOf {
  kWeekdays,         ///< weekday_word's, with and without ال
  kOrdinals,         ///< ordinal_word's
  kMonths,           ///< month_word's, and the first words of levantine_month's pairs
  kHijriFirstWords,  ///< hijri_month_word's, and the first words of hijri_month_pair's
  kCardinals,        ///< cardinal_word's
  kUnits             ///< unit_word's
};
void for_each_key(KeysOf which, const std::function<void(std::string_view)>& fn);

/// Calls `fn` with every key that the functions above can recognize in the first word
/// they are given (months, Hijri months and the first words of two-word ones, weekdays,
/// ordinals, cardinals, units: for_each_key of every KeysOf). The date grammar builds its
/// screen from them.
void for_each_first_word(const std::function<void(std::string_view)>& fn);

}  // namespace fc::extract::datelex
