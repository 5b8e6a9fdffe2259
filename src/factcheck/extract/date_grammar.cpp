#include "factcheck/extract/date_grammar.hpp"

#include <string>

#include "factcheck/core/error.hpp"
#include "factcheck/extract/lexicon_file.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace fc::extract::dategrammar {

namespace {
constexpr std::string_view kFile = "date_lists.txt";
}  // namespace

const std::vector<Phrase>& deictic_phrases() {
  static const std::vector<Phrase> kPhrases = [] {
    std::vector<Phrase> v;
    for (const LexiconEntry& entry : lexicon_section(kFile, "deictic_phrases")) {
      Phrase p;
      for (const std::string& w : entry.words) p.words.push_back(datelex::key(normalize::fold(w)));
      p.offset = std::stoi(entry.value);
      v.push_back(std::move(p));
    }
    return v;
  }();
  return kPhrases;
}

const std::vector<Holiday>& holidays() {
  static const std::vector<Holiday> kHolidays = [] {
    std::vector<Holiday> v;
    for (const LexiconEntry& entry : lexicon_section(kFile, "holidays")) {
      Holiday h;
      for (const std::string& w : entry.words) h.words.push_back(datelex::key(normalize::fold(w)));
      const std::size_t colon = entry.value.find(':');
      FC_ASSERT(colon != std::string::npos, "a holiday is month:day");
      h.hijri_month = std::stoi(entry.value.substr(0, colon));
      h.day = std::stoi(entry.value.substr(colon + 1));
      v.push_back(std::move(h));
    }
    return v;
  }();
  return kHolidays;
}

const datelex::KeyMap<std::string>& mod_words() {
  static const datelex::KeyMap<std::string> kMods = [] {
    datelex::KeyMap<std::string> m;
    for (const LexiconEntry& entry : lexicon_section(kFile, "mods")) {
      m.insert(datelex::key(normalize::fold(entry.words[0])), entry.value);
    }
    return m;
  }();
  return kMods;
}

const datelex::KeyMap<int>& decade_words() {
  static const datelex::KeyMap<int> kDecades = [] {
    datelex::KeyMap<int> m;
    for (const LexiconEntry& entry : lexicon_section(kFile, "decade_tens")) {
      for (const char* suffix : {"يات", "ات"}) {
        const std::string w = normalize::fold(entry.words[0] + suffix);
        const int decade = std::stoi(entry.value);
        m.insert(datelex::key(w), decade);
        m.insert(datelex::key(normalize::fold("ال") + w), decade);
      }
    }
    return m;
  }();
  return kDecades;
}

const datelex::KeyMap<int>& fiscal_year_starts() {
  static const datelex::KeyMap<int> kStarts = [] {
    datelex::KeyMap<int> m;
    for (const LexiconEntry& entry : lexicon_section(kFile, "fiscal_year_starts")) {
      m.insert(datelex::key(normalize::fold(entry.words[0])), std::stoi(entry.value));
    }
    return m;
  }();
  return kStarts;
}

int mod_of(const DateToken& t, std::span<const datelex::Stem> stems, std::string& mod) {
  const auto& kMods = mod_words();
  if (t.kind != Kind::kWord) return 0;
  for (const auto& s : stems) {
    // Every modifier is a start word (Grammar): a stem in no list is none.
    if (s.entry == 0) continue;
    if (const std::string* m = kMods.find(s.key, s.hash); m != nullptr) {
      mod = *m;
      return 1;
    }
  }
  return 0;
}

Grammar::Grammar() {
  std::size_t defined = 0;
  const auto add = [&](WordList& list) {
    FC_ASSERT(list.bit.mask == 0, "a word list of the date grammar is defined twice");
    list.bit = vocab.add_list(list.keys);
    ++defined;
  };
  // Each list is the section of data/date_lists.txt named after it.
  const auto def = [&](WordList& list, std::string_view section) {
    for (const std::string& w : lexicon_words(kFile, section)) {
      list.keys.insert(datelex::key(normalize::fold(w)));
    }
    add(list);
  };
  def(lists.yom, "yom");
  def(lists.min_word, "min_word");
  def(lists.shahr, "shahr");
  def(lists.al_shahr, "al_shahr");
  def(lists.year_words, "year_words");
  def(lists.range_to, "range_to");
  def(lists.past_words, "past_words");
  def(lists.next_words, "next_words");
  def(lists.this_words, "this_words");
  def(lists.demonstrative, "demonstrative");
  def(lists.same_words, "same_words");
  def(lists.hedge_words, "hedge_words");
  def(lists.future_cues, "future_cues");
  def(lists.day_month_from, "day_month_from");
  def(lists.day_of, "day_of");
  def(lists.year_preps, "year_preps");
  def(lists.event_nouns, "event_nouns");
  def(lists.ago_words, "ago_words");
  def(lists.after_words, "after_words");
  def(lists.within_words, "within_words");
  def(lists.quarter_words, "quarter_words");
  def(lists.span_from, "span_from");
  def(lists.last_words, "last_words");
  def(lists.week_words, "week_words");
  def(lists.day_words, "day_words");
  def(lists.ordinal_suffix, "ordinal_suffix");
  def(lists.teen, "teen");
  def(lists.teen_masculine, "teen_masculine");
  def(lists.english_month_before, "english_month_before");
  def(lists.gregorian_era, "gregorian_era");
  def(lists.hijri_era, "hijri_era");
  def(lists.two_thousand, "two_thousand");
  def(lists.thousand, "thousand");
  def(lists.relative_pronouns, "relative_pronouns");
  def(lists.agreeing, "agreeing");
  def(lists.this_demonstrative, "this_demonstrative");
  def(lists.numeric_context, "numeric_context");
  def(lists.share_words, "share_words");
  def(lists.gregorian_era_short, "gregorian_era_short");
  def(lists.english_event_before, "english_event_before");
  def(lists.year_nouns, "year_nouns");
  def(lists.month_nouns, "month_nouns");
  def(lists.singular_units, "singular_units");
  def(lists.singular_units_indefinite, "singular_units_indefinite");
  def(lists.ago_en, "ago_en");
  def(lists.later_en, "later_en");
  def(lists.english_events, "english_events");
  def(lists.of_in, "of_in");
  def(lists.clock_words, "clock_words");
  def(lists.hour_one, "hour_one");
  def(lists.part_dawn, "part_dawn");
  def(lists.part_morning, "part_morning");
  def(lists.part_noon, "part_noon");
  def(lists.part_afternoon, "part_afternoon");
  def(lists.part_evening, "part_evening");
  def(lists.part_night, "part_night");
  def(lists.half_hour, "half_hour");
  def(lists.quarter_hour, "quarter_hour");
  def(lists.to_hour, "to_hour");
  def(lists.quarter_before, "quarter_before");
  def(lists.hours_plural, "hours_plural");
  def(lists.day_not_today, "day_not_today");
  def(lists.ante_post, "ante_post");
  def(lists.zulu, "zulu");
  def(lists.ghurra, "ghurra");
  def(lists.hijri_adjective, "hijri_adjective");
  def(lists.gregorian_adjective, "gregorian_adjective");
  def(lists.new_adjective, "new_adjective");
  def(lists.before_word, "before_word");
  def(lists.anaphoric_past, "anaphoric_past");
  def(lists.anaphoric_next, "anaphoric_next");
  def(lists.comparison, "comparison");
  def(lists.that_en, "that_en");
  def(lists.quarter_season, "quarter_season");
  def(lists.clock_unit_singular, "clock_unit_singular");
  def(lists.century, "century");
  def(lists.future_modal_en, "future_modal_en");
  def(lists.english_past, "english_past");
  decade_words().for_each_key(
      [&](std::string_view k) { lists.decade_first_words.keys.insert(std::string(k)); });
  add(lists.decade_first_words);
  def(lists.count_cues, "count_cues");
  def(lists.reference_nouns, "reference_nouns");
  def(lists.english_year_before, "english_year_before");
  def(lists.ma, "ma");
  def(lists.negation, "negation");
  def(lists.bound_verbs, "bound_verbs");
  def(lists.bound_preps, "bound_preps");
  def(lists.duration_nouns, "duration_nouns");
  def(lists.threshold_after, "threshold_after");
  def(lists.ma_conj, "ma_conj");
  def(lists.above_below, "above_below");
  def(lists.or_word, "or_word");
  def(lists.since, "since");
  def(lists.superlatives, "superlatives");
  def(lists.dekad, "dekad");
  def(lists.dekad_first, "dekad_first");
  def(lists.dekad_middle, "dekad_middle");
  def(lists.dekad_last, "dekad_last");
  def(lists.hijri_cues, "hijri_cues");
  def(lists.fiscal_adjective, "fiscal_adjective");
  def(lists.fiscal_en, "fiscal_en");
  def(lists.budget_nouns, "budget_nouns");
  def(lists.years_plural, "years_plural");
  def(lists.small.year_en, "small.year_en");
  def(lists.preceded_verbs, "preceded_verbs");
  def(lists.followed_verbs, "followed_verbs");
  def(lists.clock_at, "clock_at");
  def(lists.small.first_word, "small.first_word");
  def(lists.small.current, "small.current");
  def(lists.small.same_before, "small.same_before");
  def(lists.small.same_en, "small.same_en");
  def(lists.small.more_less, "small.more_less");
  def(lists.small.than, "small.than");
  def(lists.small.on_of, "small.on_of");
  def(lists.small.the_en, "small.the_en");
  def(lists.small.last_q, "small.last_q");
  def(lists.small.quarter_en, "small.quarter_en");
  for (const auto& p : deictic_phrases()) lists.deictic_first_words.keys.insert(p.words[0]);
  add(lists.deictic_first_words);
  for (const auto& h : holidays()) lists.holiday_first_words.keys.insert(h.words[0]);
  add(lists.holiday_first_words);
  const auto keys_into = [](WordList& list) {
    return [&list](std::string_view k) { list.keys.insert(std::string(k)); };
  };
  const auto lists_into = [&](WordList& list, std::initializer_list<const WordList*> from) {
    for (const WordList* w : from) w->keys.for_each_key(keys_into(list));
  };
  const auto lexicon_into = [&](WordList& list, std::initializer_list<datelex::KeysOf> from) {
    for (const datelex::KeysOf k : from) datelex::for_each_key(k, keys_into(list));
  };
  WordList& start = lists.start_words;
  // Every key of the lexicon's functions: their Stem overloads answer from a stem's entry
  // alone when no list holds it (date_lexicon.hpp), which this makes sound.
  datelex::for_each_first_word(keys_into(start));
  lists_into(start, {&lists.clock_words,
                     &lists.ghurra,
                     &lists.hour_one,
                     &lists.yom,
                     &lists.min_word,
                     &lists.shahr,
                     &lists.al_shahr,
                     &lists.year_words,
                     &lists.past_words,
                     &lists.next_words,
                     &lists.this_words,
                     &lists.demonstrative,
                     &lists.same_words,
                     &lists.hedge_words,
                     &lists.day_month_from,
                     &lists.day_of,
                     &lists.year_preps,
                     &lists.event_nouns,
                     &lists.ago_words,
                     &lists.after_words,
                     &lists.within_words,
                     &lists.quarter_words,
                     &lists.quarter_season,
                     &lists.decade_first_words,
                     &lists.ma,
                     &lists.negation,
                     &lists.bound_verbs,
                     &lists.dekad,
                     &lists.years_plural,
                     &lists.span_from,
                     &lists.last_words,
                     &lists.week_words,
                     &lists.day_words,
                     &lists.deictic_first_words,
                     &lists.holiday_first_words,
                     &lists.small.first_word,
                     &lists.small.current,
                     &lists.small.same_before,
                     &lists.small.same_en,
                     &lists.small.more_less,
                     &lists.small.the_en});
  mod_words().for_each_key(keys_into(start));
  add(start);
  using datelex::KeysOf;
  // match_calendar: a weekday (after يوم or alone), else match_day_month (من/بين, اليوم,
  // read_day: an ordinal) or match_month_first (read_month: شهر, الشهر, a month name,
  // كانون/تشرين).
  lists_into(lists.calendar_first,
             {&lists.yom, &lists.day_month_from, &lists.day_of, &lists.shahr, &lists.al_shahr});
  lexicon_into(lists.calendar_first, {KeysOf::kWeekdays, KeysOf::kOrdinals, KeysOf::kMonths});
  add(lists.calendar_first);
  // match_hijri: read_day (an ordinal), else read_hijri_month.
  lists_into(lists.hijri_first, {&lists.ghurra, &lists.shahr, &lists.dekad});
  lexicon_into(lists.hijri_first, {KeysOf::kOrdinals, KeysOf::kHijriFirstWords});
  add(lists.hijri_first);
  // match_weekday, when no week (match_unit_relative) begins there: هذا/هذه, يوم, a
  // weekday.
  lists_into(lists.weekday_first, {&lists.demonstrative, &lists.yom});
  lexicon_into(lists.weekday_first, {KeysOf::kWeekdays});
  add(lists.weekday_first);
  // match_unit_relative: هذا/هذه, ذات/نفس, else a unit (its English words are Latin).
  lists_into(lists.unit_first, {&lists.demonstrative, &lists.small.same_before});
  lexicon_into(lists.unit_first, {KeysOf::kUnits});
  add(lists.unit_first);
  // match_count: match_next_units (a unit), قبل/منذ/بعد/خلال/غضون, a hedge, أكثر/أقل,
  // read_count (a cardinal), else a lone unit.
  lists_into(lists.count_first,
             {&lists.ago_words, &lists.after_words, &lists.within_words, &lists.hedge_words,
              &lists.small.more_less, &lists.ma, &lists.negation, &lists.bound_verbs});
  lexicon_into(lists.count_first, {KeysOf::kUnits, KeysOf::kCardinals});
  add(lists.count_first);
  // match_nth_in_month: read_position (آخر, an ordinal), else يوم, أسبوع, a weekday.
  lists_into(lists.nth_first, {&lists.last_words, &lists.yom, &lists.week_words, &lists.day_words});
  lexicon_into(lists.nth_first, {KeysOf::kOrdinals, KeysOf::kWeekdays});
  add(lists.nth_first);
  // match_quarter: a quarter word (its English forms are Latin).
  lists_into(lists.quarter_first, {&lists.quarter_words, &lists.quarter_season});
  add(lists.quarter_first);
  // match_fiscal: a year noun, singular or plural.
  lists_into(lists.fiscal_first, {&lists.year_words, &lists.years_plural});
  add(lists.fiscal_first);
  // match_clock: الساعة, else the hour: الواحدة or an ordinal.
  lists_into(lists.clock_first, {&lists.clock_words, &lists.hour_one});
  lexicon_into(lists.clock_first, {KeysOf::kOrdinals});
  add(lists.clock_first);
  // Lists holds WordLists only: a member that no line above defines would hold no word
  // and never match.
  FC_ASSERT(defined * sizeof(WordList) == sizeof(Lists),
            "every word list of the date grammar is defined");
}

}  // namespace fc::extract::dategrammar

namespace fc::extract {

using dategrammar::grammar;

const datelex::Vocabulary& date_vocabulary() { return grammar().vocab; }
/// Every word that can be the first token of a date expression: each matcher, given an
/// Arabic word none of whose clitic splits is here (or a punctuation mark), returns
/// nothing before reading further, because its first test of that token is a lookup in
/// one of these lists. The tokenizer marks the words that are (DateToken::starts), and
/// the scanner skips the others without trying the matchers, the screen that keeps it
/// fast (most words of an article are none of these).
datelex::ListBit date_start_list() { return grammar().lists.start_words.bit; }

}  // namespace fc::extract
