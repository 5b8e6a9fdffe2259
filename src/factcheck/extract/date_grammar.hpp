// The word lists of the date grammar (dates.cpp and the date_*.cpp matchers): each list is
// one bit of one vocabulary (key_table.hpp) that the tokenizer looks every clitic split of a
// word up in once, so that a matcher's test "is token i in list L" is a bit test. Internal
// to the date extractor.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <vector>

#include "factcheck/extract/date_lexicon.hpp"
#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/extract/key_table.hpp"

namespace fc::extract::dategrammar {

using Kind = DateToken::Kind;

/// A word list of the grammar: its keys (folded like the text) and its bit in the
/// grammar's vocabulary (Grammar below), which the scanner tests.
struct WordList {
  datelex::KeySet keys;
  datelex::ListBit bit;
};
using WordSet = WordList;

/// Every word list of the grammar. Each is one bit of the vocabulary (key_table.hpp) that
/// the tokenizer looks a word's clitic splits up in, so that a test of the grammar ("is
/// token i in this list") reads the bits found then, instead of probing a table.
struct Lists {
  WordList yom;
  WordList min_word;
  WordList shahr;
  WordList al_shahr;
  WordList year_words;
  WordList range_to;
  WordList past_words;
  WordList next_words;
  WordList this_words;
  WordList demonstrative;
  WordList same_words;
  WordList hedge_words;
  WordList future_cues;
  WordList day_month_from;
  WordList day_of;
  WordList year_preps;
  WordList event_nouns;
  WordList ago_words;
  WordList after_words;
  WordList within_words;
  WordList quarter_words;
  WordList span_from;
  WordList last_words;
  WordList week_words;
  WordList day_words;
  WordList ordinal_suffix;
  WordList teen;
  WordList teen_masculine;
  WordList english_month_before;
  WordList gregorian_era;
  WordList hijri_era;
  WordList two_thousand;
  WordList thousand;
  WordList relative_pronouns;
  WordList agreeing;
  WordList this_demonstrative;
  WordList numeric_context;
  WordList share_words;
  WordList gregorian_era_short;
  WordList english_event_before;
  WordList year_nouns;
  WordList month_nouns;
  WordList singular_units;
  WordList singular_units_indefinite;
  WordList ago_en;
  WordList later_en;
  WordList english_events;
  WordList of_in;
  // Clock times (match_clock): الساعة, the hour "الواحدة" (the other hours are ordinals),
  // the parts of the day, a.m./p.m. and GMT.
  WordList clock_words;
  WordList hour_one;
  WordList part_dawn;
  WordList part_morning;
  WordList part_noon;
  WordList part_afternoon;
  WordList part_evening;
  WordList part_night;
  WordList half_hour;
  WordList quarter_hour;
  WordList to_hour;
  WordList quarter_before;
  WordList hours_plural;
  WordList day_not_today;
  WordList ante_post;
  WordList zulu;
  WordList clock_at;
  WordList hijri_adjective;
  WordList ghurra;
  WordList gregorian_adjective;
  WordList new_adjective;
  WordList before_word;     ///< قبل, before: a day counted back from another
  WordList anaphoric_past;  ///< السابق, previous: before the period of an earlier date
  WordList anaphoric_next;  ///< التالي, following: after it
  WordList comparison;      ///< مقابل, compared: a date after it is no referent
  WordList that_en;         ///< that: "that night" is the day of an earlier date
  WordList preceded_verbs;  ///< سبقه, تلاه: "الشهر الذي سبقه"
  WordList followed_verbs;
  WordList fiscal_adjective;  ///< المالي, المالية
  WordList fiscal_en;         ///< fiscal, fy
  WordList budget_nouns;      ///< ميزانية, موازنة, budget
  WordList years_plural;  ///< السنوات, الأعوام ("للسنوات المالية 2023 و2024")
  WordList dekad;         ///< العشر: a third of a Hijri month ("العشر الأواخر")
  WordList dekad_first;
  WordList dekad_middle;
  WordList dekad_last;
  WordList hijri_cues;           ///< هلال, صيام: a bare Hijri month after them is the month
  WordList clock_unit_singular;  ///< دقيقة, ساعة
  WordList future_modal_en;      ///< would
  WordList english_past;         ///< was, said, signed ... (and any word in -ed)
  WordList century;              ///< القرن
  WordList decade_first_words;   ///< decade_words()' keys
  WordList count_cues;           ///< إلى, بلغ, نحو: a figure after them counts
  WordList reference_nouns;  ///< القرار, المادة, No.: a figure after them is a number
  WordList english_year_before;  ///< of, for, since: "the quake of 1939."
  WordList ma;                   ///< ما ("ما يزيد على")
  WordList negation;             ///< لا
  WordList bound_verbs;          ///< يزيد, يقارب, يناهز, يربو, يقل
  WordList bound_preps;          ///< على, عن, من
  WordList duration_nouns;       ///< صمت, حداد: "دقيقة صمت" is a minute
  WordList threshold_after;      ///< فأكثر, فأقل: "15 عاماً فأكثر" is a bound
  WordList ma_conj;              ///< فما, وما ("فما فوق")
  WordList above_below;          ///< فوق, دون
  WordList or_word;              ///< أو, or
  WordList since;                ///< منذ
  WordList superlatives;  ///< الأول, أعلى: "الأول منذ تسع سنوات" is a span
  WordList quarter_season;  ///< الفصل: a quarter when a year follows ("الفصل الأول من 2024")
  struct SmallSets {
    WordList first_word;
    WordList current;
    WordList same_before;
    WordList same_en;
    WordList more_less;
    WordList than;
    WordList on_of;
    WordList the_en;
    WordList last_q;
    WordList quarter_en;
    WordList year_en;
  } small;
  WordList deictic_first_words;  ///< first words of the deictic phrases
  WordList holiday_first_words;  ///< first words of the holidays
  WordList start_words;          ///< date_start_list()
  // The first tokens six matchers can begin with (Arabic words; numbers and Latin words
  // are always tried), each read off the matcher and the pieces it starts with: match_at
  // tries a matcher only at a word in its list.
  WordList calendar_first;  ///< match_calendar: a weekday, a day, a month, يوم, من/بين
  WordList hijri_first;     ///< match_hijri: a day, a Hijri month
  WordList weekday_first;   ///< match_weekday (besides a week): a weekday, يوم, هذا/هذه
  WordList unit_first;      ///< match_unit_relative: a unit, هذا/هذه, ذات/نفس
  WordList count_first;     ///< match_count: a unit, a cardinal, قبل/بعد/خلال, a hedge
  WordList nth_first;       ///< match_nth_in_month: a position, a weekday, يوم, أسبوع
  WordList quarter_first;   ///< match_quarter: الربع, الثلاثي, الفصل
  WordList fiscal_first;    ///< match_fiscal: a year noun (عام, السنوات)
  WordList clock_first;     ///< match_clock: الساعة, الواحدة, an ordinal (the hour)
};

struct Grammar {
  Grammar();
  Lists lists;
  datelex::Vocabulary vocab;
};

/// Inlined into every list accessor: a call per list test cost 2% of extraction.
[[gnu::always_inline]] inline const Grammar& grammar() {
  static const Grammar kGrammar;
  return kGrammar;
}

inline const Lists::SmallSets& small_sets() { return grammar().lists.small; }

// Word sets, folded like the text once.
inline const WordSet& yom() { return grammar().lists.yom; }
inline const WordSet& min_word() { return grammar().lists.min_word; }
inline const WordSet& shahr() { return grammar().lists.shahr; }
inline const WordSet& al_shahr() { return grammar().lists.al_shahr; }
inline const WordSet& year_words() { return grammar().lists.year_words; }
inline const WordSet& range_to() { return grammar().lists.range_to; }
inline const WordSet& past_words() { return grammar().lists.past_words; }
inline const WordSet& next_words() { return grammar().lists.next_words; }
inline const WordSet& this_words() { return grammar().lists.this_words; }
inline const WordSet& demonstrative() { return grammar().lists.demonstrative; }
inline const WordSet& same_words() { return grammar().lists.same_words; }
inline const WordSet& hedge_words() { return grammar().lists.hedge_words; }
inline const WordSet& future_cues() { return grammar().lists.future_cues; }

inline const WordSet& day_month_from() { return grammar().lists.day_month_from; }

inline const WordSet& day_of() { return grammar().lists.day_of; }

inline const WordSet& year_preps() { return grammar().lists.year_preps; }

/// Nouns that a year names an event of, written before it: "انتخابات 2018", "حرب 1967".
inline const WordSet& event_nouns() { return grammar().lists.event_nouns; }

inline const WordSet& ago_words() { return grammar().lists.ago_words; }
inline const WordSet& after_words() { return grammar().lists.after_words; }
inline const WordSet& within_words() { return grammar().lists.within_words; }

inline const WordSet& quarter_words() { return grammar().lists.quarter_words; }

inline const WordSet& span_from() { return grammar().lists.span_from; }

inline const WordSet& last_words() { return grammar().lists.last_words; }

inline const WordSet& week_words() { return grammar().lists.week_words; }
inline const WordSet& day_words() { return grammar().lists.day_words; }

// Deictic day phrases ("أمس", "بعد غد", "the day after tomorrow") and their day offsets.
struct Phrase {
  std::vector<std::string> words;
  int offset;
};

const std::vector<Phrase>& deictic_phrases();

/// The first words of the deictic phrases (a phrase's first word may carry clitics).
inline const WordSet& deictic_first_words() { return grammar().lists.deictic_first_words; }

// Holidays: Gregorian (month * 100 + day, -1 for Easter) or Hijri (month and day).
struct Holiday {
  std::vector<std::string> words;
  int hijri_month;  // 0: Gregorian
  int day;          // Gregorian: month * 100 + day; -1: Easter
};

const std::vector<Holiday>& holidays();

inline const WordSet& holiday_first_words() { return grammar().lists.holiday_first_words; }

/// Words that put a period in its early, middle, late part, start or end.
const datelex::KeyMap<std::string>& mod_words();

/// Decades in words: "السبعينيات", "ثمانينات" and their decade (70, 80).
const datelex::KeyMap<int>& decade_words();

/// Places of a dateline and the month their country's fiscal year begins in (those that
/// do not begin it in January).
const datelex::KeyMap<int>& fiscal_year_starts();

/// 1 when word `t` (its clitic splits `stems`) is a modifier, which goes to `mod`; else 0.
int mod_of(const DateToken& t, std::span<const datelex::Stem> stems, std::string& mod);

}  // namespace fc::extract::dategrammar
