// The date grammar runs over tokens of the normalized text (date_tokens.hpp). At each
// token every matcher is tried and the longest expression wins, so "عام 2003" beats the
// bare year and "الأحد عشر" (eleven) is not Sunday. Resolution needs the publication date
// or, for "العام ذاته" and "بعد ثلاث سنوات", the most recent explicit date before it in
// the same text (the discourse anchor); without one a mention is `unresolved`.
#include "factcheck/extract/dates.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "factcheck/extract/date_hijri.hpp"
#include "factcheck/extract/date_lexicon.hpp"
#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/extract/key_table.hpp"

namespace fc::extract {

namespace {

using util::CivilDate;
using Kind = DateToken::Kind;
/// A word list of the grammar: its keys (folded like the text) and its bit in the
/// grammar's vocabulary (Grammar below), which the scanner tests.
struct WordList {
  datelex::KeySet keys;
  datelex::ListBit bit;
};
using WordSet = WordList;

// ---------------------------------------------------------------------------------------
// Periods and how they are written into a Mention.

enum class Grain { kDay, kWeek, kMonth, kYear, kOther };

struct Period {
  CivilDate lo;
  CivilDate hi;
  Grain grain = Grain::kDay;
  std::string value;
};

std::string pad(int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, v);
  return buf;
}

Period day_period(const CivilDate& d) { return {d, d, Grain::kDay, util::to_iso(d)}; }

Period month_period(int year, int month) {
  return {CivilDate{year, month, 1}, CivilDate{year, month, util::days_in_month(year, month)},
          Grain::kMonth, pad(year, 4) + "-" + pad(month, 2)};
}

Period year_period(int year) {
  return {CivilDate{year, 1, 1}, CivilDate{year, 12, 31}, Grain::kYear, pad(year, 4)};
}

CivilDate monday_of(const CivilDate& d) { return util::add_days(d, -((util::weekday(d) + 6) % 7)); }

Period week_period(const CivilDate& any_day) {
  const CivilDate mon = monday_of(any_day);
  int iso_year = 0;
  int week = 0;
  util::iso_week(mon, iso_year, week);
  return {mon, util::add_days(mon, 6), Grain::kWeek, pad(iso_year, 4) + "-W" + pad(week, 2)};
}

Period span_period(const CivilDate& lo, const CivilDate& hi) {
  return {lo, hi, Grain::kOther, util::to_iso(lo) + "/" + util::to_iso(hi)};
}

/// Narrows a year or month to the part a modifier names. Days of a month follow
/// Duckling and Recognizers-Text (start: the 1st, mid: the 15th, early: 1-10, late:
/// 21-end, end: 16-end); parts of a year are thirds and the last quarter.
Period apply_mod(Period p, const std::string& mod) {
  if (p.grain == Grain::kYear) {
    const int y = p.lo.year;
    if (mod == "start") p.lo = {y, 1, 1}, p.hi = {y, 3, 31};
    if (mod == "early") p.lo = {y, 1, 1}, p.hi = {y, 4, 30};
    if (mod == "mid") p.lo = {y, 5, 1}, p.hi = {y, 8, 31};
    if (mod == "late") p.lo = {y, 9, 1}, p.hi = {y, 12, 31};
    if (mod == "end") p.lo = {y, 10, 1}, p.hi = {y, 12, 31};
  } else if (p.grain == Grain::kMonth) {
    const int y = p.lo.year;
    const int m = p.lo.month;
    const int last = util::days_in_month(y, m);
    if (mod == "start") p.lo = {y, m, 1}, p.hi = {y, m, 1};
    if (mod == "early") p.lo = {y, m, 1}, p.hi = {y, m, 10};
    if (mod == "mid") p.lo = {y, m, 15}, p.hi = {y, m, 15};
    if (mod == "late") p.lo = {y, m, 21}, p.hi = {y, m, last};
    if (mod == "end") p.lo = {y, m, 16}, p.hi = {y, m, last};
  }
  return p;
}

struct Hit {
  std::size_t tb = 0;  ///< first token
  std::size_t te = 0;  ///< one past the last token
  Mention m;
  bool anchor = false;  ///< an explicit date: later discourse-relative dates resolve on it
  CivilDate anchor_date;
};

void fill(Mention& m, const Period& p) {
  m.kind = MentionKind::kDate;
  m.date_value = p.value;
  m.earliest = util::to_iso(p.lo);
  m.latest = util::to_iso(p.hi);
}

Hit make_hit(std::size_t tb, std::size_t te, const Period& p) {
  Hit h;
  h.tb = tb;
  h.te = te;
  fill(h.m, p);
  return h;
}

Hit explicit_hit(std::size_t tb, std::size_t te, const Period& p) {
  Hit h = make_hit(tb, te, p);
  h.anchor = true;
  h.anchor_date = p.lo;
  return h;
}

Hit relative_hit(std::size_t tb, std::size_t te, const Period& p) {
  Hit h = make_hit(tb, te, p);
  h.m.relative = true;
  return h;
}

Hit unresolved_hit(std::size_t tb, std::size_t te, std::string value) {
  Hit h;
  h.tb = tb;
  h.te = te;
  h.m.kind = MentionKind::kDate;
  h.m.date_value = std::move(value);
  h.m.relative = true;
  h.m.unresolved = true;
  return h;
}

const char* weekday_name(int wd) {
  static const char* const kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                       "Thursday", "Friday", "Saturday"};
  return kNames[wd];
}

const char* month_name(int m) {
  static const char* const kNames[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
  return kNames[m - 1];
}

// ---------------------------------------------------------------------------------------
// The scanner: tokens, the options, the most recent explicit date of the passage.

class Scanner {
 public:
  Scanner(const normalize::NormalizedText& text, const DateTokens& tokens,
          const DateOptions& options)
      : text_(text), options_(options), tokenized_(tokens), toks_(tokenized_.tokens) {}

  std::vector<Mention> run();

 private:
  // Token tests.
  [[nodiscard]] bool ok(std::size_t i) const { return i < toks_.size(); }
  [[nodiscard]] bool is_word(std::size_t i) const { return ok(i) && toks_[i].kind == Kind::kWord; }
  [[nodiscard]] bool is_num(std::size_t i) const { return ok(i) && toks_[i].kind == Kind::kNumber; }
  [[nodiscard]] bool is_punct(std::size_t i, std::string_view p) const {
    return ok(i) && toks_[i].kind == Kind::kPunct && toks_[i].text == p;
  }
  /// The word itself (no clitic split) is in `set`.
  [[nodiscard]] bool exact(std::size_t i, const WordSet& set) const {
    return is_word(i) && toks_[i].listed && vocab_.holds(stems(i)[0].entry, set.bit);
  }
  /// Some clitic split of the word is in `set`.
  [[nodiscard]] bool any(std::size_t i, const WordSet& set) const {
    if (!is_word(i) || !toks_[i].listed) return false;
    for (const auto& s : stems(i)) {
      if (vocab_.holds(s.entry, set.bit)) return true;
    }
    return false;
  }
  /// The clitic splits of word i (empty for other tokens).
  [[nodiscard]] std::span<const datelex::Stem> stems(std::size_t i) const {
    return tokenized_.stems_of(i);
  }
  /// Token i can begin a date expression (date_start_list(), marked by the tokenizer): a number, a
  /// Latin word, or an Arabic word with a clitic split in the list. match_at(i) is empty otherwise.
  [[nodiscard]] bool may_start(std::size_t i) const;
  [[nodiscard]] bool adjacent(std::size_t i, std::size_t j) const {
    return ok(i) && ok(j) && toks_[i].end == toks_[j].begin;
  }

  // Pieces of the grammar; each returns the token after what it read, or 0.
  std::size_t read_day(std::size_t i, int& day) const;
  std::size_t read_month(std::size_t i, int& month, bool& ambiguous) const;
  /// An English month word written with a capital, next to a number or a preposition.
  [[nodiscard]] bool capitalized_month(std::size_t j, std::size_t end) const;
  std::size_t read_hijri_month(std::size_t i, int& month) const;
  std::size_t read_year(std::size_t i, int& year, bool& hijri, bool after_month) const;
  std::size_t read_count(std::size_t i, int& count) const;
  std::size_t read_word_year(std::size_t i, int& year) const;
  std::size_t read_count_tail(std::size_t j, int& value) const;

  // Matchers at token i.
  std::optional<Hit> match_at(std::size_t i);
  std::optional<Hit> match_calendar(std::size_t i);
  std::optional<Hit> match_day_month(std::size_t i);
  std::optional<Hit> match_month_first(std::size_t i);
  std::optional<Hit> match_hijri(std::size_t i);
  std::optional<Hit> match_numeric(std::size_t i);
  std::optional<Hit> match_year(std::size_t i);
  std::optional<Hit> match_mod(std::size_t i);
  std::optional<Hit> match_deictic(std::size_t i);
  std::optional<Hit> match_unit_relative(std::size_t i);
  /// `unit_at_i` is match_unit_relative(i) (match_at has it already).
  std::optional<Hit> match_weekday(std::size_t i, const std::optional<Hit>& unit_at_i);
  /// Whether matcher `list`'s first-token screen lets token i through: numbers and Latin
  /// words always, an Arabic word when a clitic split of it is in the list.
  [[nodiscard]] bool screened_in(std::size_t i, const WordSet& list) const {
    return !is_word(i) || toks_[i].latin || any(i, list);
  }
  std::optional<Hit> match_count(std::size_t i);
  std::optional<Hit> match_next_units(std::size_t i);
  std::optional<Hit> match_quarter(std::size_t i);
  std::optional<Hit> match_month_span(std::size_t i);
  std::optional<Hit> match_nth_in_month(std::size_t i);
  std::optional<Hit> match_holiday(std::size_t i);
  std::optional<Hit> match_clock(std::size_t i);
  [[nodiscard]] int part_of_day(std::size_t i, std::string& part) const;
  /// The number token after "<year> و" (run()): match_year reads it as a year.
  std::size_t coordinated_year_ = static_cast<std::size_t>(-1);
  void attach_clock(Hit& day, std::size_t& out_begin);
  void same_day_weekday(Hit& day) const;
  std::size_t read_month_expr(std::size_t i, int& year, int& month, bool& relative) const;
  std::size_t read_position(std::size_t i, int& nth) const;

  // Resolution.
  Hit resolve_day_month(std::size_t tb, std::size_t te, int day, int month, std::optional<int> year,
                        bool relative_month);
  Hit resolve_month(std::size_t tb, std::size_t te, int month, std::optional<int> year);
  Hit resolve_weekday(std::size_t tb, std::size_t te, int wd, int direction);
  [[nodiscard]] bool future_context(std::size_t tb, std::size_t te) const;
  [[nodiscard]] bool future_verb(std::size_t i) const;
  [[nodiscard]] int year_for_month_day(int month, int day) const;

  const normalize::NormalizedText& text_;
  DateOptions options_;
  const DateTokens& tokenized_;                           ///< tokenize_for_dates(text_.text)
  const std::vector<DateToken>& toks_;                    ///< tokenized_.tokens
  const datelex::Vocabulary& vocab_ = date_vocabulary();  ///< what Stem::entry indexes
  std::optional<CivilDate> anchor_;
  Grain anchor_grain_ = Grain::kYear;  ///< how precise the anchor is
  std::size_t anchor_end_ = 0;         ///< the token after the anchor's expression
  std::size_t cur_ = 0;                ///< the token the matchers are trying
  /// The anchor is a written date earlier in the sentence being read.
  [[nodiscard]] bool anchor_in_sentence() const;
};

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
  WordList ante_post;
  WordList zulu;
  WordList clock_at;
  WordList hijri_adjective;
  WordList ghurra;
  WordList gregorian_adjective;
  WordList new_adjective;
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

const Lists::SmallSets& small_sets() { return grammar().lists.small; }

// Word sets, folded like the text once.
const WordSet& yom() { return grammar().lists.yom; }
const WordSet& min_word() { return grammar().lists.min_word; }
const WordSet& shahr() { return grammar().lists.shahr; }
const WordSet& al_shahr() { return grammar().lists.al_shahr; }
const WordSet& year_words() { return grammar().lists.year_words; }
const WordSet& range_to() { return grammar().lists.range_to; }
const WordSet& past_words() { return grammar().lists.past_words; }
const WordSet& next_words() { return grammar().lists.next_words; }
const WordSet& this_words() { return grammar().lists.this_words; }
const WordSet& demonstrative() { return grammar().lists.demonstrative; }
const WordSet& same_words() { return grammar().lists.same_words; }
const WordSet& hedge_words() { return grammar().lists.hedge_words; }
const WordSet& future_cues() { return grammar().lists.future_cues; }

const WordSet& day_month_from() { return grammar().lists.day_month_from; }

const WordSet& day_of() { return grammar().lists.day_of; }

const WordSet& year_preps() { return grammar().lists.year_preps; }

/// Nouns that a year names an event of, written before it: "انتخابات 2018", "حرب 1967".
const WordSet& event_nouns() { return grammar().lists.event_nouns; }

const WordSet& ago_words() { return grammar().lists.ago_words; }
const WordSet& after_words() { return grammar().lists.after_words; }
const WordSet& within_words() { return grammar().lists.within_words; }

const WordSet& quarter_words() { return grammar().lists.quarter_words; }

const WordSet& span_from() { return grammar().lists.span_from; }

const WordSet& last_words() { return grammar().lists.last_words; }

const WordSet& week_words() { return grammar().lists.week_words; }
const WordSet& day_words() { return grammar().lists.day_words; }

// Deictic day phrases ("أمس", "بعد غد", "the day after tomorrow") and their day offsets.
struct Phrase {
  std::vector<std::string> words;
  int offset;
};

const std::vector<Phrase>& deictic_phrases() {
  static const std::vector<Phrase> kPhrases = [] {
    std::vector<Phrase> v;
    auto add = [&](std::initializer_list<const char*> ws, int off) {
      Phrase p;
      for (const char* w : ws) p.words.push_back(datelex::key(normalize::fold(w)));
      p.offset = off;
      v.push_back(std::move(p));
    };
    add({"أمس"}, -1);
    add({"الأمس"}, -1);
    add({"البارحة"}, -1);
    add({"امبارح"}, -1);
    add({"اليوم", "الماضي"}, -1);
    add({"اليوم", "السابق"}, -1);
    add({"اليوم", "المنصرم"}, -1);
    add({"أول", "أمس"}, -2);
    add({"أول", "من", "أمس"}, -2);
    add({"قبل", "أمس"}, -2);
    add({"يوم", "قبل", "أمس"}, -2);
    add({"اليوم", "القبل", "البارحة"}, -2);
    add({"اليوم", "الي", "قبل", "امبارح"}, -2);
    add({"اليوم", "الذي", "قبل", "أمس"}, -2);
    add({"اليوم"}, 0);
    add({"هذا", "اليوم"}, 0);
    add({"الليلة"}, 0);
    add({"هذه", "الليلة"}, 0);
    add({"غدا"}, 1);
    add({"غد"}, 1);
    add({"الغد"}, 1);
    add({"يوم", "غد"}, 1);
    add({"بكرة"}, 1);
    add({"بكرا"}, 1);
    add({"بعد", "غد"}, 2);
    add({"بعد", "الغد"}, 2);
    add({"يوم", "بعد", "غد"}, 2);
    add({"اليوم", "الذي", "بعد", "الغد"}, 2);
    add({"اليوم", "الي", "بعد", "بكرة"}, 2);
    add({"yesterday"}, -1);
    add({"today"}, 0);
    add({"tonight"}, 0);
    add({"tomorrow"}, 1);
    add({"the", "day", "before", "yesterday"}, -2);
    add({"the", "day", "after", "tomorrow"}, 2);
    return v;
  }();
  return kPhrases;
}

/// The first words of the deictic phrases (a phrase's first word may carry clitics).
const WordSet& deictic_first_words() { return grammar().lists.deictic_first_words; }

// Holidays: Gregorian (month * 100 + day, -1 for Easter) or Hijri (month and day).
struct Holiday {
  std::vector<std::string> words;
  int hijri_month;  // 0: Gregorian
  int day;          // Gregorian: month * 100 + day; -1: Easter
};

const std::vector<Holiday>& holidays() {
  static const std::vector<Holiday> kHolidays = [] {
    std::vector<Holiday> v;
    auto add = [&](std::initializer_list<const char*> ws, int hm, int d) {
      Holiday h;
      for (const char* w : ws) h.words.push_back(datelex::key(normalize::fold(w)));
      h.hijri_month = hm;
      h.day = d;
      v.push_back(std::move(h));
    };
    add({"عيد", "الميلاد"}, 0, 1225);
    add({"الكريسماس"}, 0, 1225);
    add({"كريسماس"}, 0, 1225);
    add({"christmas"}, 0, 1225);
    add({"عيد", "الفصح"}, 0, -1);
    add({"easter"}, 0, -1);
    add({"عيد", "الفطر"}, 10, 1);
    add({"عيد", "الأضحى"}, 12, 10);
    add({"يوم", "عرفة"}, 12, 9);
    add({"رأس", "السنة", "الهجرية"}, 1, 1);
    add({"المولد", "النبوي"}, 3, 12);
    add({"رأس", "السنة", "الميلادية"}, 0, 101);
    return v;
  }();
  return kHolidays;
}

const WordSet& holiday_first_words() { return grammar().lists.holiday_first_words; }

/// Words that put a period in its early, middle, late part, start or end.
const datelex::KeyMap<std::string>& mod_words() {
  static const datelex::KeyMap<std::string> kMods = [] {
    datelex::KeyMap<std::string> m;
    auto add = [&](const char* w, const char* v) { m.insert(datelex::key(normalize::fold(w)), v); };
    add("أواخر", "late");
    add("اواخر", "late");
    add("أوائل", "early");
    add("اوائل", "early");
    add("منتصف", "mid");
    add("أواسط", "mid");
    add("نص", "mid");
    add("نصف", "mid");
    add("مطلع", "start");
    add("بداية", "start");
    add("مستهل", "start");
    add("نهاية", "end");
    add("أواخر", "late");
    add("ختام", "end");
    add("early", "early");
    add("mid", "mid");
    add("late", "late");
    add("end", "end");
    add("beginning", "start");
    add("start", "start");
    return m;
  }();
  return kMods;
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
  const auto def = [&](WordList& list, std::initializer_list<const char*> words) {
    for (const char* w : words) list.keys.insert(datelex::key(normalize::fold(w)));
    add(list);
  };
  def(lists.yom, {"يوم", "اليوم"});
  def(lists.min_word, {"من", "of"});
  def(lists.shahr, {"شهر"});
  def(lists.al_shahr, {"الشهر"});
  def(lists.year_words, {"عام", "العام", "سنة", "السنة", "عامي", "سنتي", "year"});
  def(lists.range_to, {"إلى", "الى", "حتى", "وحتى", "لغاية", "ولغاية", "to", "until", "till",
                       "through", "and", "و"});
  def(lists.past_words, {"الماضي", "الماضية", "الماض", "السابق", "السابقة", "المنصرم", "المنصرمة",
                         "الفائت", "الفائتة", "المنقضي", "last", "previous", "past"});
  def(lists.next_words, {"المقبل", "المقبلة", "القادم", "القادمة", "التالي", "التالية", "الجاي",
                         "الجاية", "next", "coming", "following"});
  def(lists.this_words, {"الحالي", "الحالية", "الجاري", "الجارية", "this", "current"});
  def(lists.demonstrative, {"هذا", "هذه", "this"});
  def(lists.same_words, {"ذاته", "نفسه", "ذاتها", "نفسها", "عينه", "same"});
  def(lists.hedge_words,
      {"نحو", "حوالي", "حوالى", "قرابة", "زهاء", "قرابه", "تقريبا", "about", "around", "nearly",
       "almost", "approximately", "roughly", "some", "over"});
  def(lists.future_cues, {"سوف", "المقرر", "المقررة", "مقرر", "مقررة", "المرتقب", "المرتقبة",
                          "مرتقب", "مرتقبة", "يرتقب", "ويرتقب", "المقبل", "المقبلة", "القادم",
                          "القادمة", "will", "scheduled", "next", "upcoming", "shall",
                          // Pledges and plans look ahead too: "تعهد بإنهاء المهمة خلال ثلاثة أشهر".
                          "تعهد", "تعهدت", "يعتزم", "تعتزم", "يخطط", "تخطط", "المتوقع", "يتوقع",
                          "تتوقع", "pledged", "promised", "vowed", "plans", "intends", "expected"});
  def(lists.day_month_from, {"من", "بين", "from", "between"});
  def(lists.day_of, {"اليوم"});
  def(lists.year_preps, {"في", "منذ", "حتى", "بحلول", "خلال", "ومنذ", "in", "since", "by", "until",
                         "during", "before", "after", "قبل", "بعد"});
  def(lists.event_nouns,
      {"انتخابات", "الانتخابات", "انتخاب",  "موازنة",  "الموازنة", "ميزانية", "الميزانية",
       "قمة",      "دورة",       "بطولة",   "مونديال", "كأس",      "حرب",     "ثورة",
       "أحداث",    "احتجاجات",   "تعداد",   "إحصاء",   "أولمبياد", "زلزال",   "فيضانات",
       "إعصار",    "اتفاق",      "اتفاقية", "دستور",   "رؤية",     "موسم",    "أزمة",
       "غزو",      "انتفاضة",    "استفتاء", "مؤتمر",   "نسخة",     "نسختي"});
  def(lists.ago_words, {"قبل", "منذ", "ومنذ", "وقبل"});
  def(lists.after_words, {"بعد", "وبعد"});
  def(lists.within_words, {"خلال", "غضون", "within", "in"});
  def(lists.quarter_words, {"الربع", "ربع", "quarter"});
  def(lists.span_from, {"بين", "من", "between", "from"});
  def(lists.last_words, {"آخر", "اخر", "الأخير", "الأخيرة", "last", "final"});
  def(lists.week_words, {"أسبوع", "الأسبوع", "week"});
  def(lists.day_words, {"يوم", "اليوم", "day"});
  def(lists.ordinal_suffix, {"st", "nd", "rd", "th"});
  def(lists.teen, {"عشر", "عشرة"});
  def(lists.teen_masculine, {"عشر"});
  def(lists.english_month_before,
      {"in", "since", "by", "until", "till", "last", "next", "this", "early", "late", "mid",
       "during", "of", "from", "to", "through", "before", "after"});
  def(lists.gregorian_era, {"م", "ميلادي", "ميلادية", "ad", "ce"});
  def(lists.hijri_era, {"ه", "هـ", "هجري", "هجرية", "هجريا", "للهجرة", "ah"});
  def(lists.two_thousand, {"ألفين", "ألفان"});
  def(lists.thousand, {"ألف"});
  def(lists.relative_pronouns, {"التي", "الذي", "اللذين", "اللتين", "الذين"});
  def(lists.agreeing, {"الموافق", "الموافقة", "الموافقه"});
  def(lists.this_demonstrative, {"هذا"});
  def(lists.numeric_context, {"في", "يوم", "بتاريخ", "تاريخ", "on", "الموافق"});
  def(lists.share_words, {"بنسبة", "نسبة", "ratio", "by"});
  def(lists.gregorian_era_short, {"م", "ميلادي", "ad"});
  def(lists.english_event_before,
      {"the", "in", "of", "since", "before", "after", "during", "until", "its", "their"});
  def(lists.year_nouns, {"العام", "السنة", "year"});
  def(lists.month_nouns, {"الشهر", "month"});
  def(lists.singular_units, {"العام", "عام", "السنة", "سنة", "الشهر", "شهر", "الأسبوع", "أسبوع",
                             "العقد", "year", "month", "week", "decade"});
  def(lists.singular_units_indefinite, {"يوم", "أسبوع", "شهر", "عام", "سنة", "عقد"});
  def(lists.ago_en, {"ago", "earlier", "before"});
  def(lists.later_en, {"later", "after"});
  def(lists.english_events,
      {"election", "elections",  "budget",     "census",     "summit", "war",       "earthquake",
       "floods",   "season",     "olympics",   "world",      "crisis", "invasion",  "protests",
       "uprising", "revolution", "referendum", "conference", "games",  "tournament"});
  def(lists.of_in, {"من", "في", "of", "in"});
  def(lists.clock_words, {"الساعة", "بالساعة", "للساعة"});
  def(lists.hour_one, {"الواحدة"});
  def(lists.part_dawn, {"فجر", "فجرا", "الفجر", "dawn"});
  def(lists.part_morning, {"صباح", "صباحا", "الصباح", "صبيحة", "ضحى", "morning"});
  def(lists.part_noon, {"ظهر", "ظهرا", "الظهر", "الظهيرة", "ظهيرة", "noon", "midday"});
  def(lists.part_afternoon, {"عصر", "عصرا", "العصر", "afternoon"});
  def(lists.part_evening, {"مساء", "مساءا", "المساء", "عشية", "evening"});
  def(lists.part_night, {"ليلا", "ليل", "الليل", "night"});
  def(lists.half_hour, {"النصف", "ونصف"});
  def(lists.quarter_hour, {"الربع", "وربع"});
  def(lists.ante_post, {"am", "pm", "a", "p"});
  def(lists.zulu, {"gmt", "utc", "غرينتش", "جرينتش"});
  def(lists.ghurra, {"غرة", "مستهل"});
  def(lists.hijri_adjective, {"الهجري", "الهجرية"});
  def(lists.gregorian_adjective, {"الميلادي", "الميلادية"});
  def(lists.new_adjective, {"الجديد", "الجديدة"});
  def(lists.clock_at, {"عند", "في", "at", "حوالي", "نحو"});
  def(lists.small.first_word, {"أول"});
  def(lists.small.current, {"current"});
  def(lists.small.same_before, {"ذات", "نفس"});
  def(lists.small.same_en, {"same"});
  def(lists.small.more_less, {"أكثر", "أقل", "more", "less"});
  def(lists.small.than, {"من", "than"});
  def(lists.small.on_of, {"على", "of"});
  def(lists.small.the_en, {"the"});
  def(lists.small.last_q, {"الأخير", "last"});
  def(lists.small.quarter_en, {"quarter"});
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
  lists_into(lists.hijri_first, {&lists.ghurra, &lists.shahr});
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
  lists_into(lists.count_first, {&lists.ago_words, &lists.after_words, &lists.within_words,
                                 &lists.hedge_words, &lists.small.more_less});
  lexicon_into(lists.count_first, {KeysOf::kUnits, KeysOf::kCardinals});
  add(lists.count_first);
  // match_nth_in_month: read_position (آخر, an ordinal), else يوم, أسبوع, a weekday.
  lists_into(lists.nth_first, {&lists.last_words, &lists.yom, &lists.week_words, &lists.day_words});
  lexicon_into(lists.nth_first, {KeysOf::kOrdinals, KeysOf::kWeekdays});
  add(lists.nth_first);
  // Lists holds WordLists only: a member that no line above defines would hold no word
  // and never match.
  FC_ASSERT(defined * sizeof(WordList) == sizeof(Lists),
            "every word list of the date grammar is defined");
}

}  // namespace

const datelex::Vocabulary& date_vocabulary() { return grammar().vocab; }
/// Every word that can be the first token of a date expression: each matcher, given an
/// Arabic word none of whose clitic splits is here (or a punctuation mark), returns
/// nothing before reading further, because its first test of that token is a lookup in
/// one of these lists. The tokenizer marks the words that are (DateToken::starts), and
/// the scanner skips the others without trying the matchers, the screen that keeps it
/// fast (most words of an article are none of these).
datelex::ListBit date_start_list() { return grammar().lists.start_words.bit; }

namespace {

bool Scanner::may_start(std::size_t i) const {
  if (is_num(i)) return true;
  if (!is_word(i)) return false;
  return toks_[i].latin || toks_[i].starts;
}

// ---------------------------------------------------------------------------------------
// Grammar pieces.

std::size_t Scanner::read_day(std::size_t i, int& day) const {
  if (is_num(i)) {
    const auto& t = toks_[i];
    if (t.digits > 2 || t.value < 1 || t.value > 31) return 0;
    day = static_cast<int>(t.value);
    std::size_t j = i + 1;
    // English ordinal suffixes: 10th, 1st.
    if (is_word(j) && adjacent(i, j)) {
      const WordSet& kSuffix = grammar().lists.ordinal_suffix;
      if (exact(j, kSuffix))
        ++j;
      else
        return 0;  // "10km": not a day
    }
    return j;
  }
  if (!is_word(i)) return 0;
  int u = 0;
  for (const auto& s : stems(i)) {
    if ((u = datelex::ordinal_word(s)) != 0) break;
  }
  if (u == 0) return 0;
  std::size_t j = i + 1;
  if (u < 10) {
    const WordSet& kTeen = grammar().lists.teen;
    if (exact(j, kTeen)) {
      day = u + 10;
      return j + 1;
    }
    // "الحادي والعشرين": the unit, then و + the tens ordinal.
    if (is_word(j) && stems(j).size() > 1) {
      const int tens = datelex::ordinal_word(stems(j)[1]);
      if ((tens == 20 || tens == 30) && u + tens <= 31) {
        day = u + tens;
        return j + 1;
      }
    }
  }
  day = u;
  return j;
}

std::size_t Scanner::read_month(std::size_t i, int& month, bool& ambiguous) const {
  ambiguous = false;
  std::size_t j = i;
  bool named_shahr = false;
  if (any(j, shahr())) {
    named_shahr = true;
    ++j;
    // "شهر 3", "شهر ثلاثة".
    if (is_num(j) && toks_[j].digits <= 2 && toks_[j].value >= 1 && toks_[j].value <= 12) {
      month = static_cast<int>(toks_[j].value);
      return j + 1;
    }
    if (is_word(j)) {
      const int c = datelex::cardinal_word(stems(j)[0]);
      if (c >= 1 && c <= 10) {
        const WordSet& kTeen = grammar().lists.teen_masculine;
        if (c <= 2 && exact(j + 1, kTeen)) {
          month = 10 + c;
          return j + 2;
        }
        month = c;
        return j + 1;
      }
    }
  } else if (any(j, al_shahr()) && is_word(j + 1)) {
    // "الشهر الثامن".
    const int o = datelex::ordinal_word(stems(j + 1)[0]);
    if (o >= 1 && o <= 10) {
      month = o;
      return j + 2;
    }
    return 0;
  }
  if (!is_word(j)) return 0;
  int m = 0;
  bool amb = false;
  for (const auto& s : stems(j)) {
    if ((m = datelex::month_word(s, amb)) != 0) break;
  }
  std::size_t end = j + 1;
  if (m == 0 && is_word(j + 1)) {
    for (const auto& s : stems(j)) {
      if ((m = datelex::levantine_month(s.key, stems(j + 1)[0].key)) != 0) break;
    }
    end = j + 2;
  }
  if (m == 0) return 0;
  // An English abbreviation with its dot before the day or year: "Feb. 6", "Sept. 21",
  // "Oct. 5, 2022" (three letters, or "sept"; "May." ends a sentence).
  const std::string_view word = toks_[j].text;
  if (toks_[j].latin && end == j + 1 && is_punct(end, ".") && is_num(end + 1) &&
      (word.size() == 3 || word == "sept") && word != "may") {
    ++end;
  }
  // The double form: "يوليو/تموز", "أغسطس/ آب", "يوليو (تموز)", "تموز يوليو".
  auto alt_at = [&](std::size_t k, std::size_t& after) {
    int m2 = 0;
    bool amb2 = false;
    if (!is_word(k)) return false;
    m2 = datelex::month_word(stems(k)[0], amb2);
    after = k + 1;
    if (m2 == 0 && is_word(k + 1)) {
      m2 = datelex::levantine_month(stems(k)[0].key, stems(k + 1)[0].key);
      after = k + 2;
    }
    return m2 == m;
  };
  std::size_t after = 0;
  bool doubled = false;
  if ((is_punct(end, "/") || is_punct(end, "-")) && alt_at(end + 1, after)) {
    end = after;
    doubled = true;
  } else if (is_punct(end, "(") && alt_at(end + 1, after) && is_punct(after, ")")) {
    end = after + 1;
    doubled = true;
  } else if (alt_at(end, after)) {
    end = after;
    doubled = true;
  }
  month = m;
  ambiguous = amb && !named_shahr && !doubled && !capitalized_month(j, end);
  return end;
}

bool Scanner::capitalized_month(std::size_t j, std::size_t end) const {
  // "March 5", "in May", "Mar 2021": an English month name written with a capital and
  // next to a number or after a time preposition is a month; "may" and "march" in lower
  // case, or "May" opening a wish, stay ordinary words. Case is read from the original
  // bytes: the normalized view is lower-cased.
  if (!toks_[j].latin) return false;
  const auto [ob, oe] = text_.to_original(toks_[j].begin, toks_[j].begin + 1);
  (void)oe;
  if (ob >= text_.original.size()) return false;
  const char c = text_.original[ob];
  if (c < 'A' || c > 'Z') return false;
  if (is_num(end)) return true;
  const WordSet& kBefore = grammar().lists.english_month_before;
  return j > 0 && exact(j - 1, kBefore);
}

std::size_t Scanner::read_hijri_month(std::size_t i, int& month) const {
  if (!is_word(i)) return 0;
  for (const auto& s : stems(i)) {
    if ((month = datelex::hijri_month_word(s)) != 0) return i + 1;
    if (is_word(i + 1) && (month = datelex::hijri_month_pair(s.key, stems(i + 1)[0].key)) != 0) {
      return i + 2;
    }
  }
  return 0;
}

std::size_t Scanner::read_year(std::size_t i, int& year, bool& hijri, bool after_month) const {
  hijri = false;
  std::size_t j = i;
  if (is_punct(j, ",") || is_punct(j, "\xD8\x8C")) ++j;  // , or Arabic comma
  bool worded = false;
  bool hijri_named = false;
  if (any(j, year_words())) {
    worded = true;
    ++j;
    // "العام الهجري 1445", "العام الهجري الجديد 1446", "السنة الميلادية 2024".
    if (exact(j, grammar().lists.hijri_adjective)) {
      hijri_named = true;
      ++j;
      if (exact(j, grammar().lists.new_adjective) && is_num(j + 1)) ++j;
    } else if (exact(j, grammar().lists.gregorian_adjective)) {
      ++j;
    }
  }
  if (!is_num(j)) {
    if (worded || !after_month) return 0;
    return read_word_year(j, year);
  }
  const auto& t = toks_[j];
  if (t.digits == 4) {
    year = static_cast<int>(t.value);
  } else if (after_month && t.digits == 2 && !worded && !is_punct(j + 1, ":")) {
    return 0;  // "يوليو 13": a day, not a year
  } else if (worded && t.digits == 3) {
    year = static_cast<int>(t.value);
  } else {
    return 0;
  }
  ++j;
  // Era marks: م (Gregorian), هـ (Hijri; the tatweel is gone in the normalized view).
  const WordSet& kGregorian = grammar().lists.gregorian_era;
  const WordSet& kHijri = grammar().lists.hijri_era;
  if (exact(j, kGregorian)) {
    ++j;
  } else if (exact(j, kHijri)) {
    hijri = true;
    ++j;
  }
  if (hijri_named) hijri = true;
  return j;
}

std::size_t Scanner::read_word_year(std::size_t i, int& year) const {
  // Years in words after a day and month: "ألفين", "ألفان وثمانية عشر",
  // "ألف وتسعمائة وواحد".
  const WordSet& kTwoThousand = grammar().lists.two_thousand;
  const WordSet& kThousand = grammar().lists.thousand;
  std::size_t j = i;
  int y = 0;
  if (exact(j, kTwoThousand))
    y = 2000;
  else if (exact(j, kThousand))
    y = 1000;
  else
    return 0;
  ++j;
  static const std::string kHundredA = datelex::key(normalize::fold("مائة"));
  static const std::string kHundredB = datelex::key(normalize::fold("مئة"));
  auto hundreds = [&](std::string_view k) {
    for (const std::string_view h : {std::string_view(kHundredA), std::string_view(kHundredB)}) {
      if (k.size() >= h.size() && k.substr(k.size() - h.size()) == h) {
        const std::string_view head = k.substr(0, k.size() - h.size());
        if (head.empty()) return 100;
        const int c = datelex::cardinal_word(head);
        if (c >= 2 && c <= 9) return c * 100;
      }
    }
    return 0;
  };
  if (is_word(j) && stems(j).size() > 1) {
    const int h = hundreds(stems(j)[1].key);
    if (h > 0) {
      y += h;
      ++j;
    }
  }
  if (is_word(j) && stems(j).size() > 1) {
    int rest = 0;
    const std::size_t e = read_count_tail(j, rest);
    if (e != 0 && rest < 100) {
      y += rest;
      j = e;
    }
  }
  year = y;
  return j;
}

std::size_t Scanner::read_count_tail(std::size_t j, int& value) const {
  // "وثمانية عشر", "وواحد", "وعشرين", "وخمسة وعشرين": a conjunction, then 1-99.
  const int c = datelex::cardinal_word(stems(j)[1]);
  if (c == 0) return 0;
  value = c;
  const WordSet& kTeen = grammar().lists.teen;
  std::size_t e = j + 1;
  if (c < 10 && exact(e, kTeen)) {
    value = c + 10;
    ++e;
  } else if (c < 10 && is_word(e) && stems(e).size() > 1) {
    const int tens = datelex::cardinal_word(stems(e)[1]);
    if (tens >= 20 && tens % 10 == 0) {
      value = c + tens;
      ++e;
    }
  }
  return e;
}

std::size_t Scanner::read_count(std::size_t i, int& count) const {
  if (is_num(i)) {
    if (toks_[i].value <= 0 || toks_[i].digits > 4) return 0;
    count = static_cast<int>(toks_[i].value);
    return i + 1;
  }
  if (!is_word(i)) return 0;
  const int c = datelex::cardinal_word(stems(i)[0]);
  if (c == 0) return 0;
  std::size_t j = i + 1;
  count = c;
  const WordSet& kTeen = grammar().lists.teen;
  if (c < 10 && exact(j, kTeen)) {
    count = c + 10;
    ++j;
  } else if (c < 10 && is_word(j) && stems(j).size() > 1) {
    const int tens = datelex::cardinal_word(stems(j)[1]);
    if (tens >= 20 && tens % 10 == 0) {
      count = c + tens;
      ++j;
    }
  }
  return j;
}

// ---------------------------------------------------------------------------------------
// Resolution against the publication date.

bool Scanner::future_verb(std::size_t i) const {
  // The future prefix سـ on an imperfect verb: ستركز, سيعقد, سنجلس.
  if (!is_word(i) || toks_[i].latin) return false;
  const std::string_view k = stems(i).size() > 1 && stems(i)[0].key.rfind("\xD9\x88", 0) == 0
                                 ? stems(i)[1].key
                                 : stems(i)[0].key;
  static const std::string kSeen = "\xD8\xB3";  // س
  if (k.size() < 8 || k.compare(0, 2, kSeen) != 0) return false;
  static const std::string kPrefixes[] = {"\xD9\x8A", "\xD8\xAA", "\xD9\x86", "\xD8\xA7"};
  const std::string_view second = k.substr(2, 2);
  if (std::find(std::begin(kPrefixes), std::end(kPrefixes), second) == std::end(kPrefixes)) {
    return false;
  }
  // Nouns that start the same way (سياسة, سيارة, سنوات, ستين, سيطرة ...).
  static const std::vector<std::string> kNouns = [] {
    std::vector<std::string> v;
    for (const char* w :
         {"سياس", "سيار", "سيطر", "سيد",  "سنو",  "سنة", "سنين", "ستين", "ستون", "ستة", "سنا",
          "ستا",  "سيول", "سينا", "سيف",  "سيرة", "سير", "سيم",  "ستر",  "سني",  "سنت", "ساع",
          "سال",  "سام",  "سائ",  "سابق", "ساح",  "ساد", "سان",  "سار",  "ساك",  "ساب", "سات"}) {
      v.push_back(datelex::key(normalize::fold(w)));
    }
    return v;
  }();
  for (const auto& n : kNouns) {
    if (k.compare(0, n.size(), n) == 0) return false;
  }
  return true;
}

bool Scanner::future_context(std::size_t tb, std::size_t te) const {
  if (options_.prefer_future) return true;
  auto boundary = [&](std::size_t i) {
    if (toks_[i].kind != Kind::kPunct) return false;
    static const datelex::KeySet kStops = {".",
                                           "\xD8\x8C",
                                           ",",
                                           "\xD8\x9B",
                                           ";",
                                           ":",
                                           "\n",
                                           "\"",
                                           "\xC2\xAB",
                                           "\xC2\xBB",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x9D",
                                           "(",
                                           ")",
                                           "?",
                                           "\xD8\x9F",
                                           "!"};
    return kStops.count(toks_[i].text) > 0;
  };
  auto cue = [&](std::size_t i) { return any(i, future_cues()) || future_verb(i); };
  for (std::size_t i = tb; i-- > 0;) {
    if (boundary(i)) break;
    if (cue(i)) return true;
  }
  for (std::size_t i = te; i < toks_.size(); ++i) {
    if (boundary(i)) break;
    if (cue(i)) return true;
  }
  // "التي تنطلق الجمعة": an imperfect verb in a relative clause right before the day.
  std::size_t v = tb;
  if (v > 0 && any(v - 1, yom())) --v;
  if (v >= 2 && is_word(v - 1) && !toks_[v - 1].latin) {
    const WordSet& kRelative = grammar().lists.relative_pronouns;
    const std::string_view k = stems(v - 1)[0].key;
    const bool imperfect = k.size() >= 8 && (k.rfind("\xD9\x8A", 0) == 0 ||  // ي
                                             k.rfind("\xD8\xAA", 0) == 0);   // ت
    if (imperfect && exact(v - 2, kRelative)) return true;
  }
  return false;
}

bool Scanner::anchor_in_sentence() const {
  if (!anchor_ || anchor_end_ == 0 || anchor_end_ > cur_) return false;
  // "…في 3 يناير 2019، إنه سيزور باريس في مارس": a clause that looks ahead is not narrating.
  if (future_context(cur_, cur_ + 1)) return false;
  for (std::size_t k = anchor_end_; k < cur_; ++k) {
    if (toks_[k].kind != Kind::kPunct) continue;
    const std::string_view t = toks_[k].text;
    if (t == "." || t == "!" || t == "?" || t == "\xD8\x9F" || t == "\n") return false;
  }
  return true;
}

int Scanner::year_for_month_day(int month, int day) const {
  // "في 12 جانفي 2022 ثم تجددت في أفريل": a month without a year after a written date of
  // the same sentence is of that date's year, or of the next when it comes before it
  // ("12 ديسمبر 2021 ... في فبراير").
  if (anchor_in_sentence()) {
    const bool before = anchor_grain_ != Grain::kYear && month < anchor_->month;
    return anchor_->year + (before ? 1 : 0);
  }
  // Within the publication year; a date more than half a year away on the wrong side
  // belongs to the neighbouring year (late December written in early January copy).
  const CivilDate pub = *options_.published;
  const int y = pub.year;
  const int d = std::min(day, util::days_in_month(y, month));
  const auto delta = util::to_days(CivilDate{y, month, d}) - util::to_days(pub);
  if (!options_.prefer_future && delta > 183) return y - 1;
  if (options_.prefer_future && delta < -183) return y + 1;
  return y;
}

Hit Scanner::resolve_day_month(std::size_t tb, std::size_t te, int day, int month,
                               std::optional<int> year, bool relative_month) {
  if (!year && !options_.published) {
    Hit h = unresolved_hit(tb, te, "XXXX-" + pad(month, 2) + "-" + pad(day, 2));
    return h;
  }
  const bool relative = !year.has_value();
  const int y =
      year ? *year : (relative_month ? options_.published->year : year_for_month_day(month, day));
  if (!util::is_valid_date(y, month, day)) {
    Hit h;
    h.tb = tb;
    h.te = te;
    h.m.kind = MentionKind::kDate;
    h.m.unresolved = true;
    h.m.note = "impossible date: " + std::string(month_name(month)) + " has no day " +
               std::to_string(day) + (year ? " in " + std::to_string(*year) : "");
    return h;
  }
  const CivilDate d{y, month, day};
  return relative ? relative_hit(tb, te, day_period(d)) : explicit_hit(tb, te, day_period(d));
}

Hit Scanner::resolve_month(std::size_t tb, std::size_t te, int month, std::optional<int> year) {
  if (year) return explicit_hit(tb, te, month_period(*year, month));
  if (!options_.published) return unresolved_hit(tb, te, "XXXX-" + pad(month, 2));
  return relative_hit(tb, te, month_period(year_for_month_day(month, 1), month));
}

Hit Scanner::resolve_weekday(std::size_t tb, std::size_t te, int wd, int direction) {
  if (!options_.published) {
    Hit h = unresolved_hit(tb, te, std::string("XXXX-WXX-") + std::to_string(wd == 0 ? 7 : wd));
    return h;
  }
  const CivilDate pub = *options_.published;
  const int today = util::weekday(pub);
  CivilDate d;
  if (direction == 0) direction = future_context(tb, te) ? 1 : -1;
  if (direction > 0) {
    // The next such day after the publication date.
    int ahead = (wd - today + 7) % 7;
    if (ahead == 0) ahead = 7;
    d = util::add_days(pub, ahead);
  } else if (direction == -2) {
    // "الثلاثاء الماضي": strictly before.
    int back = (today - wd + 7) % 7;
    if (back == 0) back = 7;
    d = util::add_days(pub, -back);
  } else {
    // News copy: a bare weekday is the most recent one, the publication day included.
    d = util::add_days(pub, -((today - wd + 7) % 7));
  }
  return relative_hit(tb, te, day_period(d));
}

// ---------------------------------------------------------------------------------------
// Matchers.

std::optional<Hit> Scanner::match_calendar(std::size_t i) {
  // An optional weekday in front: "يوم الاثنين 18 شباط", "الاربعاء، 13 شباط",
  // "الخميس الموافق 14 شهر شباط", "Monday, August 7".
  std::size_t j = i;
  int wd = -1;
  if (any(j, yom()) && is_word(j + 1)) ++j;
  if (is_word(j)) {
    bool bare = false;
    for (const auto& s : stems(j)) {
      if ((wd = datelex::weekday_word(s, bare)) >= 0) break;
    }
    if (wd >= 0 && bare && j == i) wd = -1;
    const WordSet& kTeen = grammar().lists.teen;
    if (wd == 0 && exact(j + 1, kTeen)) wd = -1;  // "الأحد عشر": eleven
  }
  std::optional<Hit> hit;
  if (wd >= 0) {
    std::size_t k = j + 1;
    if (is_punct(k, ",") || is_punct(k, "\xD8\x8C")) ++k;
    const WordSet& kAgreeing = grammar().lists.agreeing;
    if (exact(k, kAgreeing)) ++k;
    hit = match_day_month(k);
    if (!hit) hit = match_month_first(k);
    if (!hit) hit = match_numeric(k);
    if (!hit) hit = match_hijri(k);
    if (!hit || hit->tb != k || hit->m.earliest != hit->m.latest || hit->m.earliest.empty()) {
      return std::nullopt;
    }
    hit->tb = i;
    const auto d = util::parse_iso(hit->m.earliest);
    if (d && util::weekday(*d) != wd) {
      hit->m.note = std::string("weekday does not match the date: ") + hit->m.earliest + " is a " +
                    weekday_name(util::weekday(*d)) + ", the text says " + weekday_name(wd);
    }
    return hit;
  }
  hit = match_day_month(i);
  auto other = match_month_first(i);
  if (other && (!hit || other->te > hit->te)) hit = other;
  return hit;
}

std::optional<Hit> Scanner::match_day_month(std::size_t i) {
  std::size_t j = i;
  const bool from = any(j, day_month_from());
  if (from) ++j;
  if (exact(j, day_of())) ++j;  // "اليوم الثالث من اكتوبر"
  int d1 = 0;
  std::size_t k = read_day(j, d1);
  if (k == 0) return std::nullopt;
  // A second day: "من 7 إلى 8", "13-15", "1-8".
  int d2 = 0;
  std::size_t k2 = 0;
  if ((is_punct(k, "-") || any(k, range_to())) && (k2 = read_day(k + 1, d2)) != 0 && d2 > d1) {
    k = k2;
  } else {
    d2 = 0;
  }
  // Optional separators: "2. أكتوبر", "2- أكتوبر", "2/ أكتوبر", "السابع من يوليو".
  if ((is_punct(k, ".") || is_punct(k, "-") || is_punct(k, "/")) && is_word(k + 1)) ++k;
  const bool of = any(k, min_word());
  if (of) ++k;
  int month = 0;
  bool ambiguous = false;
  std::size_t m_end = read_month(k, month, ambiguous);
  bool this_month = false;
  if (m_end == 0) {
    // "التاسع عشر من هذا الشهر", "من الشهر الجاري".
    const WordSet& kThisMonth = grammar().lists.this_demonstrative;
    if (of && exact(k, kThisMonth) && any(k + 1, al_shahr())) {
      m_end = k + 2;
      this_month = true;
    } else if (of && any(k, al_shahr()) && any(k + 1, this_words())) {
      m_end = k + 2;
      this_month = true;
    } else {
      // A Hijri month: "١ رمضان ١٤٤٥".
      return std::nullopt;
    }
    if (!options_.published)
      return unresolved_hit(i + (from ? 1 : 0), m_end, "XXXX-XX-" + pad(d1, 2));
    month = options_.published->month;
  }
  // A bare ordinal word before a month needs "من" ("الرابع من ابريل") or the digit form;
  // an ambiguous month word (آب, ماي) needs a year or the digits.
  const bool worded_day = !is_num(j);
  std::size_t end = m_end;
  // "من 13 تموز الى 15 تموز": the second day with its own month.
  if (d2 == 0 && !this_month && any(end, range_to())) {
    int d3 = 0;
    int month2 = 0;
    bool amb2 = false;
    const std::size_t e3 = read_day(end + 1, d3);
    std::size_t e4 = 0;
    if (e3 != 0) {
      std::size_t e3b = e3;
      if (any(e3b, min_word())) ++e3b;
      e4 = read_month(e3b, month2, amb2);
    }
    if (e4 != 0 && (month2 > month || (month2 == month && d3 > d1))) {
      int y = 0;
      bool hijri = false;
      std::size_t ye = read_year(e4, y, hijri, true);
      std::optional<int> year;
      if (ye != 0 && !hijri)
        year = y;
      else
        ye = e4;
      const int yy = year ? *year : (options_.published ? year_for_month_day(month, d1) : 0);
      if (!year && !options_.published) return unresolved_hit(i, ye, "XXXX-" + pad(month, 2));
      if (!util::is_valid_date(yy, month, d1) || !util::is_valid_date(yy, month2, d3)) {
        return std::nullopt;
      }
      Hit h = make_hit(i, ye, span_period({yy, month, d1}, {yy, month2, d3}));
      h.m.relative = !year;
      return h;
    }
  }
  std::optional<int> year;
  bool hijri = false;
  int y = 0;
  bool relative_month = this_month;
  if (!this_month) {
    const std::size_t ye = read_year(end, y, hijri, true);
    if (ye != 0 && !hijri) {
      year = y;
      end = ye;
    } else if (any(end, this_words())) {
      // "أغسطس/ آب الجاري": the month of the publication date.
      relative_month = true;
      ++end;
    }
  }
  // An ambiguous month word (آب, ماي, may) is a month after a day written in digits.
  if (ambiguous && !year && !relative_month && !is_num(j)) return std::nullopt;
  if (worded_day && !of && !year && !is_num(j)) {
    // "أول مارس" is fine; "الثاني يناير" without من is rare: accept only with a year.
    if (!(any(j, small_sets().first_word))) return std::nullopt;
  }
  const std::size_t tb = i;
  if (relative_month && options_.published && !year) {
    year = options_.published->year;
    if (this_month) month = options_.published->month;
  }
  if (d2 != 0) {
    if (!year && !options_.published) return unresolved_hit(tb, end, "XXXX-" + pad(month, 2));
    const int yy = year ? *year : year_for_month_day(month, d1);
    if (!util::is_valid_date(yy, month, d2)) return std::nullopt;
    Hit h = make_hit(tb, end, span_period({yy, month, d1}, {yy, month, d2}));
    h.m.relative = relative_month || !year;
    if (!h.m.relative) {
      h.anchor = true;
      h.anchor_date = {yy, month, d1};
    }
    return h;
  }
  Hit h = resolve_day_month(tb, end, d1, month, year, relative_month);
  if (relative_month) {
    h.m.relative = true;
    h.anchor = false;
  }
  return h;
}

std::optional<Hit> Scanner::match_month_first(std::size_t i) {
  // "August 10, 2023", "يوليو 13-15", "تموز 13 الى 15", "سبتمبر10", "يناير-1",
  // "يونيو 2016", "يوليو/تموز 2021", "سبتمبر الماضي", "يونيو العام المقبل".
  int month = 0;
  bool ambiguous = false;
  std::size_t k = read_month(i, month, ambiguous);
  if (k == 0) return std::nullopt;
  std::size_t kd = k;
  if (is_punct(kd, "-") && is_num(kd + 1)) ++kd;
  int d1 = 0;
  std::size_t e = 0;
  if (is_num(kd))
    e = read_day(kd, d1);
  else if (is_word(kd) && !any(kd, year_words()))
    e = read_day(kd, d1);
  int y = 0;
  bool hijri = false;
  if (e != 0) {
    // Not a year read as a day: "يوليو 2021" has 4 digits and read_day refused it.
    int d2 = 0;
    std::size_t e2 = 0;
    if ((is_punct(e, "-") || any(e, range_to())) && (e2 = read_day(e + 1, d2)) != 0 && d2 > d1) {
      e = e2;
    } else {
      d2 = 0;
    }
    std::optional<int> year;
    const std::size_t ye = read_year(e, y, hijri, true);
    if (ye != 0 && !hijri) {
      year = y;
      e = ye;
    }
    if (ambiguous && !year) return std::nullopt;
    if (d2 != 0) {
      if (!year && !options_.published) return unresolved_hit(i, e, "XXXX-" + pad(month, 2));
      const int yy = year ? *year : year_for_month_day(month, d1);
      if (!util::is_valid_date(yy, month, d2)) return std::nullopt;
      Hit h = make_hit(i, e, span_period({yy, month, d1}, {yy, month, d2}));
      h.m.relative = !year;
      return h;
    }
    return resolve_day_month(i, e, d1, month, year, false);
  }
  const std::size_t ye = read_year(k, y, hijri, false);
  if (ye != 0 && !hijri) return resolve_month(i, ye, month, y);
  if (!options_.published) {
    if (ambiguous) return std::nullopt;
    return unresolved_hit(i, k, "XXXX-" + pad(month, 2));
  }
  const CivilDate pub = *options_.published;
  // "سبتمبر الماضي": the last such month before the publication month.
  if (any(k, past_words())) {
    const int y2 = month < pub.month ? pub.year : pub.year - 1;
    return relative_hit(i, k + 1, month_period(y2, month));
  }
  if (any(k, next_words())) {
    const int y2 = month > pub.month ? pub.year : pub.year + 1;
    return relative_hit(i, k + 1, month_period(y2, month));
  }
  if (any(k, this_words())) return relative_hit(i, k + 1, month_period(pub.year, month));
  // "يونيو العام المقبل", "مارس من العام الماضي".
  {
    std::size_t r = k;
    if (any(r, min_word())) ++r;
    if (any(r, year_words()) && ok(r + 1)) {
      int dy = 0;
      if (any(r + 1, past_words()))
        dy = -1;
      else if (any(r + 1, next_words()))
        dy = 1;
      else if (any(r + 1, this_words()))
        dy = 0;
      else
        dy = 99;
      if (dy != 99) return relative_hit(i, r + 2, month_period(pub.year + dy, month));
    }
  }
  if (ambiguous) return std::nullopt;
  return resolve_month(i, k, month, std::nullopt);
}

std::optional<Hit> Scanner::match_hijri(std::size_t i) {
  std::size_t j = i;
  int day = 0;
  const std::size_t k = read_day(j, day);
  if (k != 0) {
    j = k;
  } else if (any(j, grammar().lists.ghurra)) {
    day = 1;  // "غرة رمضان", "مستهل شوال": the first day of the month
    ++j;
  } else {
    day = 0;
  }
  if (any(j, min_word()) && day != 0) ++j;
  // "شهر محرم", "العاشر من شهر محرم".
  const bool named_shahr = any(j, shahr());
  if (named_shahr) ++j;
  int month = 0;
  const std::size_t e = read_hijri_month(j, month);
  if (e == 0) return std::nullopt;
  int y = 0;
  bool hijri = false;
  const std::size_t ye = read_year(e, y, hijri, true);
  if (ye == 0) {
    // No year: "التاسع من ذي الحجة", "غرة رمضان", "شهر محرم", "في رمضان" are the month of
    // the Hijri year nearest the publication date. A bare month needs a preposition:
    // "رمضان" is also a name.
    if (day == 0 && !named_shahr && !(i > 0 && exact(i - 1, year_preps()))) return std::nullopt;
    if (!options_.published) return unresolved_hit(i, e, "");
    const CivilDate pub = *options_.published;
    const int guess = (pub.year - 622) * 33 / 32;
    std::optional<CivilDate> best;
    int best_year = 0;
    std::int64_t best_gap = 0;
    for (int h = guess - 1; h <= guess + 2; ++h) {
      const auto g = hijri_to_gregorian(h, month, day == 0 ? 1 : day);
      if (!g) continue;
      const std::int64_t d = util::to_days(*g) - util::to_days(pub);
      const std::int64_t gap = d < 0 ? -d : d;
      if (!best || gap < best_gap) best = g, best_year = h, best_gap = gap;
    }
    if (!best) return std::nullopt;
    Hit h = day != 0
                ? relative_hit(i, e, day_period(*best))
                : relative_hit(
                      i, e,
                      span_period(*best,
                                  util::add_days(*best, hijri_month_length(best_year, month) - 1)));
    h.m.note = "Hijri " + std::to_string(best_year) + "-" + pad(month, 2) +
               (day != 0 ? "-" + pad(day, 2) : std::string()) +
               " (Umm al-Qura), the year nearest the publication date";
    return h;
  }
  if (!hijri && y > 1600) {
    // "رمضان 2019": the Hijri month that falls in that Gregorian year.
    for (int h = (y - 622) * 33 / 32 - 1; h <= (y - 622) * 33 / 32 + 2; ++h) {
      const auto start = hijri_to_gregorian(h, month, 1);
      if (start && start->year == y && day == 0) {
        const int len = hijri_month_length(h, month);
        return explicit_hit(i, ye, span_period(*start, util::add_days(*start, len - 1)));
      }
    }
    return std::nullopt;
  }
  if (day != 0) {
    const auto g = hijri_to_gregorian(y, month, day);
    if (!g) {
      Hit h;
      h.tb = i;
      h.te = ye;
      h.m.kind = MentionKind::kDate;
      h.m.unresolved = true;
      h.m.note = "impossible Hijri date";
      return h;
    }
    Hit h = explicit_hit(i, ye, day_period(*g));
    h.m.note =
        "Hijri " + std::to_string(y) + "-" + pad(month, 2) + "-" + pad(day, 2) + " (Umm al-Qura)";
    return h;
  }
  const auto start = hijri_to_gregorian(y, month, 1);
  if (!start) return std::nullopt;
  const int len = hijri_month_length(y, month);
  Hit h = explicit_hit(i, ye, span_period(*start, util::add_days(*start, len - 1)));
  h.m.note = "Hijri month " + std::to_string(y) + "-" + pad(month, 2) + " (Umm al-Qura)";
  return h;
}

std::optional<Hit> Scanner::match_numeric(std::size_t i) {
  if (!is_num(i)) return std::nullopt;
  // Not inside a longer run of digits and separators ("1-2-3-4", "10.5.3.1").
  if (i > 0 && toks_[i - 1].kind == Kind::kPunct && adjacent(i - 1, i) && i > 1 && is_num(i - 2) &&
      adjacent(i - 2, i - 1) &&
      (toks_[i - 1].text == "-" || toks_[i - 1].text == "/" || toks_[i - 1].text == ".")) {
    return std::nullopt;
  }
  const std::size_t a = i;
  if (!(ok(a + 2) && is_num(a + 2))) return std::nullopt;
  // Glued ("14/5/2025") or spaced on both sides of every separator ("14 / 5 / 2025م",
  // "03 . 04 . 2019"); spaced, only a day, a month and a year of four digits (or two
  // after '/') are a date: "3 - 4" is a range, "2 / 3" a fraction.
  const bool glued = adjacent(a, a + 1) && adjacent(a + 1, a + 2);
  const bool spaced = !adjacent(a, a + 1) && !adjacent(a + 1, a + 2);
  if (!glued && !spaced) return std::nullopt;
  const std::string sep(toks_[a + 1].text);
  if (sep != "-" && sep != "/" && sep != ".") return std::nullopt;
  const auto& A = toks_[a];
  const auto& B = toks_[a + 2];
  const bool three = ok(a + 4) && is_punct(a + 3, sep) && is_num(a + 4) &&
                     (glued ? adjacent(a + 2, a + 3) && adjacent(a + 3, a + 4)
                            : !adjacent(a + 2, a + 3) && !adjacent(a + 3, a + 4));
  if (spaced && !(three && sep != "-" && A.digits <= 2 && B.digits <= 2 &&
                  (toks_[a + 4].digits == 4 || (sep == "/" && toks_[a + 4].digits == 2)))) {
    // Spaced fiscal years: "2020 / 2021".
    if (!(sep == "/" && A.digits == 4 && B.digits == 4 && B.value == A.value + 1)) {
      return std::nullopt;
    }
  }
  if (three) {
    const auto& C = toks_[a + 4];
    // A Hijri day: "12 / 3 / 1446هـ", "٢٢/٥/١٤٤٥ هـ".
    if (C.digits == 4 && A.digits <= 2 && B.digits <= 2 &&
        exact(a + 5, grammar().lists.hijri_era)) {
      const int hd = static_cast<int>(A.value);
      const int hm = static_cast<int>(B.value);
      const auto g = hm >= 1 && hm <= 12 && hd >= 1 && hd <= 30
                         ? hijri_to_gregorian(static_cast<int>(C.value), hm, hd)
                         : std::nullopt;
      if (!g) return std::nullopt;
      Hit h = explicit_hit(a, a + 6, day_period(*g));
      h.m.note = "Hijri " + std::to_string(C.value) + "-" + pad(hm, 2) + "-" + pad(hd, 2) +
                 " (Umm al-Qura)";
      return h;
    }
    if (ok(a + 5) && adjacent(a + 4, a + 5) && toks_[a + 5].kind == Kind::kPunct &&
        toks_[a + 5].text == sep) {
      return std::nullopt;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (A.digits == 4 && B.digits <= 2 && C.digits <= 2) {
      y = static_cast<int>(A.value), m = static_cast<int>(B.value), d = static_cast<int>(C.value);
    } else if (C.digits == 2 && A.digits <= 2 && B.digits <= 2 && sep != ".") {
      // "18-9-15": day, month, two-digit year; a year more than ten years after the
      // publication date belongs to the previous century.
      const int limit = (options_.published ? options_.published->year : 2030) + 10;
      y = 2000 + static_cast<int>(C.value);
      if (y > limit) y -= 100;
      d = static_cast<int>(A.value), m = static_cast<int>(B.value);
    } else if (C.digits == 4 && A.digits <= 2 && B.digits <= 2) {
      y = static_cast<int>(C.value);
      d = static_cast<int>(A.value), m = static_cast<int>(B.value);
      // Day first is the Arabic and European order; month first only when the day
      // cannot be a month.
      if (m > 12 && d <= 12) std::swap(d, m);
    } else {
      return std::nullopt;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    if (!util::is_valid_date(y, m, d)) {
      Hit h;
      h.tb = a;
      h.te = a + 5;
      h.m.kind = MentionKind::kDate;
      h.m.unresolved = true;
      h.m.note = "impossible date: " + std::string(month_name(m)) + " has no day " +
                 std::to_string(d) + " in " + std::to_string(y);
      return h;
    }
    std::size_t end = a + 5;
    if (exact(end, grammar().lists.gregorian_era)) ++end;  // "14 / 5 / 2025م"
    return explicit_hit(a, end, day_period({y, m, d}));
  }
  if (ok(a + 3) && adjacent(a + 2, a + 3) && toks_[a + 3].kind == Kind::kPunct &&
      toks_[a + 3].text == sep) {
    return std::nullopt;
  }
  // Two parts: month and year ("3/2015", "2015/3"), fiscal years ("2023/2024").
  if (A.digits == 4 && B.digits == 4 && sep == "/" && B.value == A.value + 1) {
    Hit h = explicit_hit(a, a + 3,
                         Period{CivilDate{static_cast<int>(A.value), 1, 1},
                                CivilDate{static_cast<int>(B.value), 12, 31}, Grain::kOther,
                                std::string(A.text) + "/" + std::string(B.text)});
    h.m.note = "fiscal or season year";
    return h;
  }
  if (sep == ".") return std::nullopt;  // "2015.3" is a decimal more often than a month
  if (A.digits <= 2 && B.digits <= 2 && A.value >= 1 && B.value >= 1) {
    // Day and month without a year: "22/4", "22-4", "4/22" (month first only when the
    // second part cannot be a month, and never with '-', which writes ranges).
    int d = 0;
    int m = 0;
    const WordSet& kContext = grammar().lists.numeric_context;
    const bool context = a > 0 && exact(a - 1, kContext);
    std::size_t e = a + 3;
    std::optional<int> year;
    // "08/12, 2015": the English order, month first, before a comma and a year.
    if ((is_punct(e, ",") || is_punct(e, "\xD8\x8C")) && is_num(e + 1) &&
        toks_[e + 1].digits == 4 && sep == "/") {
      m = static_cast<int>(A.value), d = static_cast<int>(B.value);
      year = static_cast<int>(toks_[e + 1].value);
      e += 2;
    } else if (A.value > 12 && A.value <= 31 && B.value <= 12) {
      d = static_cast<int>(A.value), m = static_cast<int>(B.value);
    } else if (sep == "/" && B.value > 12 && B.value <= 31 && A.value <= 12) {
      m = static_cast<int>(A.value), d = static_cast<int>(B.value);
    } else if (sep == "/" && context && A.value <= 12 && B.value <= 12) {
      d = static_cast<int>(A.value), m = static_cast<int>(B.value);
    } else {
      return std::nullopt;
    }
    if (m > 12 || d > 31) return std::nullopt;
    // A share ("بنسبة 22/4 %") is no date.
    const WordSet& kShare = grammar().lists.share_words;
    if (is_punct(e, "%") || (a > 0 && exact(a - 1, kShare))) return std::nullopt;
    return resolve_day_month(a, e, d, m, year, false);
  }
  if (A.digits <= 2 && B.digits == 4 && A.value >= 1 && A.value <= 12) {
    return explicit_hit(a, a + 3,
                        month_period(static_cast<int>(B.value), static_cast<int>(A.value)));
  }
  if (A.digits == 4 && B.digits <= 2 && B.value >= 1 && B.value <= 12 && sep == "/") {
    return explicit_hit(a, a + 3,
                        month_period(static_cast<int>(A.value), static_cast<int>(B.value)));
  }
  return std::nullopt;
}

std::optional<Hit> Scanner::match_year(std::size_t i) {
  // "عام 2003", "سنة 2003", "(عام 2014)", "العام 2014", "عام 1445 هـ"; a year its era
  // mark names alone: "2024م", "1446 هجرياً", "1444هـ".
  const bool era_marked =
      is_num(i) && toks_[i].digits == 4 &&
      (exact(i + 1, grammar().lists.gregorian_era) || exact(i + 1, grammar().lists.hijri_era));
  if (any(i, year_words()) || era_marked) {
    int y = 0;
    bool hijri = false;
    const std::size_t e = read_year(i, y, hijri, false);
    if (e == 0) return std::nullopt;
    if (hijri) {
      const auto lo = hijri_to_gregorian(y, 1, 1);
      const auto next = hijri_to_gregorian(y + 1, 1, 1);
      if (!lo || !next) return std::nullopt;
      Hit h =
          explicit_hit(i, e,
                       Period{*lo, util::add_days(*next, -1), Grain::kOther,
                              util::to_iso(*lo) + "/" + util::to_iso(util::add_days(*next, -1))});
      h.m.note = "Hijri year " + std::to_string(y);
      return h;
    }
    return explicit_hit(i, e, year_period(y));
  }
  // A four-digit number that can be a year standing alone: 1800-2199, not followed by '%'
  // or a decimal part ("في 2014 حالة", a count, is rare in news).
  const auto year_at = [&](std::size_t j) -> std::optional<int> {
    if (!is_num(j) || toks_[j].digits != 4 || is_punct(j + 1, "%")) return std::nullopt;
    if (is_punct(j + 1, ".") && is_num(j + 2)) return std::nullopt;
    const int y = static_cast<int>(toks_[j].value);
    if (y < 1800 || y > 2199) return std::nullopt;
    return y;
  };
  // The second of coordinated years: "في 2020 و2021", "سنتي 2022 و2023" (run() marks
  // the number after a year and و).
  if (i == coordinated_year_) {
    if (const auto y = year_at(i)) return explicit_hit(i, i + 1, year_period(*y));
  }
  // A bare year after a preposition: "في 2014", "منذ 2011", "in 2014".
  if (exact(i, year_preps())) {
    if (const auto y = year_at(i + 1)) {
      std::size_t e = i + 2;
      const WordSet& kGregorian = grammar().lists.gregorian_era_short;
      if (exact(e, kGregorian)) ++e;
      return explicit_hit(i + 1, e, year_period(*y));
    }
  }
  // A year that names an event: "انتخابات 2018", "موازنة 2024", "the 2019 election",
  // "2022 World Cup". The noun comes first in Arabic and after the year in English.
  const WordSet& kEnglishEvents = grammar().lists.english_events;
  if (any(i, event_nouns()) && !toks_[i].latin) {
    if (const auto y = year_at(i + 1)) return explicit_hit(i + 1, i + 2, year_period(*y));
    // One definite word between: "كأس العالم 2022", "حرب الخليج 1991".
    if (is_word(i + 1) && !toks_[i + 1].latin &&
        toks_[i + 1].text.rfind("\xD8\xA7\xD9\x84", 0) == 0) {
      if (const auto y = year_at(i + 2)) return explicit_hit(i + 2, i + 3, year_period(*y));
    }
  }
  // English needs "the" or a preposition before the year: "3,000 protests" is a count.
  const WordSet& kEnglishBefore = grammar().lists.english_event_before;
  if (const auto y = year_at(i);
      y && i > 0 && exact(i - 1, kEnglishBefore) && exact(i + 1, kEnglishEvents)) {
    return explicit_hit(i, i + 1, year_period(*y));
  }
  return std::nullopt;
}

std::optional<Hit> Scanner::match_mod(std::size_t i) {
  std::string mod;
  if (!is_word(i) || !mod_of(toks_[i], stems(i), mod)) return std::nullopt;
  std::size_t j = i + 1;
  if (is_punct(j, "-")) ++j;    // "mid-2020"
  if (any(j, min_word())) ++j;  // "end of 2020"
  const WordSet& kThe = grammar().lists.small.the_en;
  if (exact(j, kThe)) ++j;
  std::optional<Hit> target = match_year(j);
  if (!target || target->tb != j) {
    if (is_num(j) && toks_[j].digits == 4) {
      target = explicit_hit(j, j + 1, year_period(static_cast<int>(toks_[j].value)));
    }
  }
  if (!target) target = match_unit_relative(j);
  if (!target) target = match_month_first(j);
  if (!target) {
    // "نهاية العام", "منتصف الشهر", "the end of the year": the current one.
    const WordSet& kThisYear = grammar().lists.year_nouns;
    const WordSet& kThisMonth = grammar().lists.month_nouns;
    const bool y = exact(j, kThisYear);
    if ((y || exact(j, kThisMonth)) && !options_.published) {
      Hit h = unresolved_hit(i, j + 1, "");
      h.m.mod = mod;
      return h;
    }
    if (y) target = relative_hit(j, j + 1, year_period(options_.published->year));
    if (exact(j, kThisMonth)) {
      target =
          relative_hit(j, j + 1, month_period(options_.published->year, options_.published->month));
    }
  }
  if (!target || target->tb != j) return std::nullopt;
  const auto lo = util::parse_iso(target->m.earliest);
  const auto hi = util::parse_iso(target->m.latest);
  if (!lo || !hi) {
    target->tb = i;
    target->m.mod = mod;
    return target;
  }
  Grain grain = Grain::kOther;
  if (lo->month == 1 && lo->day == 1 && hi->month == 12 && hi->day == 31 && lo->year == hi->year) {
    grain = Grain::kYear;
  } else if (lo->day == 1 && hi->year == lo->year && hi->month == lo->month &&
             hi->day == util::days_in_month(lo->year, lo->month)) {
    grain = Grain::kMonth;
  } else {
    return std::nullopt;
  }
  const Period p = apply_mod(Period{*lo, *hi, grain, target->m.date_value}, mod);
  target->tb = i;
  target->m.earliest = util::to_iso(p.lo);
  target->m.latest = util::to_iso(p.hi);
  target->m.mod = mod;
  return target;
}

std::optional<Hit> Scanner::match_deictic(std::size_t i) {
  const auto& kPhrases = deictic_phrases();
  // Every phrase starts with one of a few words: most tokens are turned away here.
  if (!any(i, deictic_first_words())) return std::nullopt;
  std::size_t best_end = 0;
  int best_off = 0;
  for (const auto& p : kPhrases) {
    bool match = true;
    for (std::size_t w = 0; w < p.words.size() && match; ++w) {
      if (!is_word(i + w)) {
        match = false;
      } else if (w == 0) {
        // The first word may carry clitics: "وأمس", "بالأمس".
        match = false;
        for (const auto& s : stems(i)) match = match || s.key == p.words[0];
      } else {
        match = stems(i + w)[0].key == p.words[w];
      }
    }
    if (match && i + p.words.size() > best_end) {
      best_end = i + p.words.size();
      best_off = p.offset;
    }
  }
  if (best_end == 0) return std::nullopt;
  // "اليوم" followed by an ordinal is "the Nth day" (handled by the calendar matcher).
  if (!options_.published) {
    return unresolved_hit(i, best_end, best_off == 0 ? "PRESENT_REF" : "XXXX-XX-XX");
  }
  return relative_hit(i, best_end, day_period(util::add_days(*options_.published, best_off)));
}

std::optional<Hit> Scanner::match_unit_relative(std::size_t i) {
  // "العام الماضي", "الأسبوع المقبل", "هذا العام", "العام ذاته", "ذات العام",
  // "last year", "this month", "the same year".
  std::size_t j = i;
  int dir = 99;
  bool same = false;
  const WordSet& kThe = grammar().lists.small.the_en;
  if (exact(j, kThe)) ++j;
  if (any(j, demonstrative()) || exact(j, small_sets().current)) {
    dir = 0;
    ++j;
  } else if (is_word(j) && toks_[j].latin && any(j, past_words())) {
    dir = -1;
    ++j;
  } else if (is_word(j) && toks_[j].latin && any(j, next_words())) {
    dir = 1;
    ++j;
  } else if (any(j, small_sets().same_before)) {
    same = true;
    ++j;
  } else if (exact(j, small_sets().same_en)) {
    same = true;
    ++j;
  }
  if (!is_word(j)) return std::nullopt;
  int dual = 0;
  bool definite = false;
  datelex::Unit unit = datelex::Unit::kNone;
  for (const auto& s : stems(j)) {
    if ((unit = datelex::unit_word(s, dual, definite)) != datelex::Unit::kNone) break;
  }
  if (unit == datelex::Unit::kNone || unit == datelex::Unit::kDay || dual != 0) {
    return std::nullopt;
  }
  // Plural forms ("الأيام", "السنوات") are not one unit.
  const WordSet& kSingular = grammar().lists.singular_units;
  if (!any(j, kSingular)) return std::nullopt;
  std::size_t e = j + 1;
  if (dir == 99 && !same) {
    if (!definite && !toks_[j].latin) return std::nullopt;
    if (any(e, past_words()))
      dir = -1;
    else if (any(e, next_words()))
      dir = 1;
    else if (any(e, this_words()))
      dir = 0;
    else if (any(e, same_words()))
      same = true;
    else
      return std::nullopt;
    ++e;
  } else if (dir == 0 && any(e, this_words())) {
    ++e;
  }
  if (same) {
    if (!anchor_) {
      Hit h = unresolved_hit(i, e, "");
      h.m.note = "the same period as an earlier date, and none was found";
      return h;
    }
    const CivilDate a = *anchor_;
    Period p;
    if (unit == datelex::Unit::kYear)
      p = year_period(a.year);
    else if (unit == datelex::Unit::kMonth)
      p = month_period(a.year, a.month);
    else if (unit == datelex::Unit::kWeek)
      p = week_period(a);
    else
      return std::nullopt;
    Hit h = relative_hit(i, e, p);
    h.m.note = "resolved against the earlier date " + util::to_iso(a);
    return h;
  }
  if (!options_.published) return unresolved_hit(i, e, "");
  const CivilDate pub = *options_.published;
  switch (unit) {
    case datelex::Unit::kYear:
      return relative_hit(i, e, year_period(pub.year + dir));
    case datelex::Unit::kMonth: {
      const CivilDate m = util::add_months(CivilDate{pub.year, pub.month, 1}, dir);
      return relative_hit(i, e, month_period(m.year, m.month));
    }
    case datelex::Unit::kWeek:
      return relative_hit(i, e, week_period(util::add_days(pub, 7 * dir)));
    case datelex::Unit::kDecade: {
      const int start = (pub.year / 10 + dir) * 10;
      return relative_hit(i, e,
                          Period{CivilDate{start, 1, 1}, CivilDate{start + 9, 12, 31},
                                 Grain::kOther, std::to_string(start / 10) + "X"});
    }
    default:
      return std::nullopt;
  }
}

std::optional<Hit> Scanner::match_weekday(std::size_t i, const std::optional<Hit>& unit_at_i) {
  std::size_t j = i;
  int week_dir = 99;  // a week named before the day: "الأسبوع القادم الأحد"
  {
    const auto& w = unit_at_i;
    if (w && w->m.date_value.find("-W") != std::string::npos) {
      week_dir = 0;
      j = w->te;
      if (any(j, yom())) ++j;
    }
  }
  bool this_day = false;
  if (week_dir == 99 && any(j, demonstrative())) {
    this_day = true;
    ++j;
  }
  // English puts the direction first: "last Monday" (the one before the publication
  // day), "next Friday".
  int lead_dir = 0;
  if (week_dir == 99 && !this_day && is_word(j) && toks_[j].latin && is_word(j + 1) &&
      toks_[j + 1].latin) {
    if (exact(j, past_words()))
      lead_dir = -2, ++j;
    else if (exact(j, next_words()))
      lead_dir = 1, ++j;
  }
  if (any(j, yom()) && is_word(j + 1)) ++j;
  if (!is_word(j)) return std::nullopt;
  int wd = -1;
  bool bare = true;
  for (const auto& s : stems(j)) {
    if ((wd = datelex::weekday_word(s, bare)) >= 0) break;
  }
  if (wd < 0) return std::nullopt;
  // "الأحد عشر" is the number eleven, not Sunday.
  const WordSet& kTeen = grammar().lists.teen;
  if (wd == 0 && exact(j + 1, kTeen)) return std::nullopt;
  const bool after_yom = j > i && any(j - 1, yom());
  std::size_t e = j + 1;
  // "احد الاسبوع الماضي", "الاحد من الاسبوع الماضي", "الاثنين من هذا الاسبوع".
  std::size_t w0 = e;
  if (any(w0, min_word())) ++w0;
  std::optional<Hit> week;
  if (week_dir == 99) {
    week = match_unit_relative(w0);
    if (week && week->m.date_value.find("-W") == std::string::npos) week.reset();
  } else {
    week = unit_at_i;
  }
  if (bare && !after_yom && !week) return std::nullopt;
  if (week && !week->m.earliest.empty()) {
    const auto mon = util::parse_iso(week->m.earliest);
    if (!mon) return std::nullopt;
    const CivilDate d = util::add_days(*mon, (wd + 6) % 7);
    const std::size_t te = week_dir == 99 ? week->te : e;
    return relative_hit(i, te, day_period(d));
  }
  if (week) return unresolved_hit(i, week_dir == 99 ? week->te : e, "");
  if (lead_dir != 0) return resolve_weekday(i, e, wd, lead_dir);
  if (any(e, past_words())) return resolve_weekday(i, e + 1, wd, -2);
  if (any(e, next_words())) return resolve_weekday(i, e + 1, wd, 1);
  if (this_day) return resolve_weekday(i, e, wd, options_.prefer_future ? 1 : 0);
  return resolve_weekday(i, e, wd, 0);
}

std::optional<Hit> Scanner::match_count(std::size_t i) {
  // [قبل|منذ|بعد|خلال|في غضون] [نحو] N unit; "3 years ago"; "نحو 20 عاما" (a duration).
  if (auto p = match_next_units(i)) return p;
  const WordSet& kAgo = ago_words();
  const WordSet& kAfter = after_words();
  const WordSet& kWithin = within_words();
  std::size_t j = i;
  int rel = 0;  // -1 ago, +1 after, 2 within
  if (exact(j, kAgo))
    rel = -1;
  else if (exact(j, kAfter))
    rel = 1;
  else if (any(j, kWithin))
    rel = 2;
  if (rel != 0) ++j;
  const std::size_t count_begin = j;
  bool hedged = false;
  if (any(j, hedge_words())) {
    hedged = true;
    ++j;
  } else if (exact(j, small_sets().more_less) && exact(j + 1, small_sets().than)) {
    hedged = true;
    j += 2;
  }
  int count = 0;
  std::size_t k = read_count(j, count);
  int dual = 0;
  bool definite = false;
  datelex::Unit unit = datelex::Unit::kNone;
  if (k != 0 && is_word(k)) {
    for (const auto& s : stems(k)) {
      if ((unit = datelex::unit_word(s, dual, definite)) != datelex::Unit::kNone) break;
    }
    if (dual != 0 || definite) unit = datelex::Unit::kNone;
  }
  if (unit == datelex::Unit::kNone) {
    // A dual ("عامين") or a lone unit after a preposition ("قبل أسبوع", "منذ عام").
    if (!is_word(j)) return std::nullopt;
    for (const auto& s : stems(j)) {
      if ((unit = datelex::unit_word(s, dual, definite)) != datelex::Unit::kNone) break;
    }
    if (unit == datelex::Unit::kNone || definite) return std::nullopt;
    const WordSet& kSingular = grammar().lists.singular_units_indefinite;
    if (dual == 2)
      count = 2;
    else if (rel != 0 && exact(j, kSingular))
      count = 1;
    else if (rel == 0 && i > 0 && exact(i - 1, min_word()) && j == i && exact(j, kSingular) &&
             (!ok(j + 1) || toks_[j + 1].kind == Kind::kPunct)) {
      // Colloquial "من اسبوع" (a week ago) closing a clause.
      count = 1;
      rel = -1;
    } else
      return std::nullopt;
    k = j;
  }
  std::size_t e = k + 1;
  // "عام 2003" is a year, not "a year".
  if (is_num(e) && toks_[e].digits == 4) return std::nullopt;
  const WordSet& kAgoEn = grammar().lists.ago_en;
  const WordSet& kLaterEn = grammar().lists.later_en;
  const bool english_ago = toks_[k].latin && exact(e, kAgoEn);
  const bool english_later = toks_[k].latin && exact(e, kLaterEn);
  if (english_ago) rel = -1, ++e;
  if (english_later) rel = 1, ++e;
  // "3 أيام القادمة", "الأسابيع الثلاثة القادمة" are periods; handled for the simple form.
  const int n = count;
  auto iso_duration = [&] {
    switch (unit) {
      case datelex::Unit::kDay:
        return "P" + std::to_string(n) + "D";
      case datelex::Unit::kWeek:
        return "P" + std::to_string(n) + "W";
      case datelex::Unit::kMonth:
        return "P" + std::to_string(n) + "M";
      case datelex::Unit::kYear:
        return "P" + std::to_string(n) + "Y";
      case datelex::Unit::kDecade:
        return "P" + std::to_string(10 * n) + "Y";
      case datelex::Unit::kHour:
        return "PT" + std::to_string(n) + "H";
      case datelex::Unit::kMinute:
        return "PT" + std::to_string(n) + "M";
      default:
        return std::string();
    }
  };
  // Hours and minutes land on a day: "قبل 3 ساعات" is the publication day.
  const bool clock_unit = unit == datelex::Unit::kHour || unit == datelex::Unit::kMinute;
  const int clock_days = unit == datelex::Unit::kHour ? n / 24 : n / (24 * 60);
  auto shift = [&](const CivilDate& from, int sign) {
    switch (unit) {
      case datelex::Unit::kMinute:
      case datelex::Unit::kHour:
        return day_period(util::add_days(from, sign * clock_days));
      case datelex::Unit::kDay:
        return day_period(util::add_days(from, sign * n));
      case datelex::Unit::kWeek:
        return day_period(util::add_days(from, sign * 7 * n));
      case datelex::Unit::kMonth: {
        const CivilDate m = util::add_months(from, sign * n);
        return month_period(m.year, m.month);
      }
      case datelex::Unit::kDecade:
        return year_period(from.year + sign * 10 * n);
      default:
        return year_period(from.year + sign * n);
    }
  };
  const bool from_event = any(e, min_word()) || exact(e, small_sets().on_of);
  if (rel == -1 && !from_event) {
    if (!options_.published) return unresolved_hit(i, e, "");
    Hit h = relative_hit(i, e, shift(*options_.published, -1));
    h.m.approximate = hedged;
    return h;
  }
  if (exact(e, next_words()) && rel == 0) {
    // "3 أيام القادمة": the next n units after the publication date.
    if (!options_.published) return unresolved_hit(i, e + 1, "");
    const CivilDate pub = *options_.published;
    CivilDate lo = util::add_days(pub, 1);
    CivilDate hi;
    if (unit == datelex::Unit::kDay)
      hi = util::add_days(pub, n);
    else if (unit == datelex::Unit::kWeek)
      lo = util::add_days(monday_of(pub), 7), hi = util::add_days(lo, 7 * n - 1);
    else
      return std::nullopt;
    return relative_hit(i, e + 1, span_period(lo, hi));
  }
  if (rel == 2 && !from_event && future_context(i, e)) {
    // "سيتم ذلك خلال أسبوعين": from the publication date through the end of the span. In a
    // clause that does not look ahead ("ارتفع العدد خلال يومين") it is a duration.
    if (!options_.published) return unresolved_hit(i, e, "");
    const CivilDate pub = *options_.published;
    CivilDate hi;
    if (clock_unit)
      hi = util::add_days(pub, clock_days);
    else if (unit == datelex::Unit::kDay)
      hi = util::add_days(pub, n - 1);
    else if (unit == datelex::Unit::kWeek)
      hi = util::add_days(pub, 7 * n - 1);
    else if (unit == datelex::Unit::kMonth)
      hi = util::add_days(util::add_months(pub, n), -1);
    else
      hi = util::add_days(util::add_months(pub, 12 * n * (unit == datelex::Unit::kDecade ? 10 : 1)),
                          -1);
    return relative_hit(i, e, span_period(pub, hi));
  }
  // A duration: "ثلاث سنوات", "نحو 20 عاما", "بعد ثلاث سنوات".
  Hit h;
  h.tb = count_begin;
  h.te = english_later || english_ago ? e - 1 : e;
  h.m.kind = MentionKind::kDuration;
  h.m.date_value = iso_duration();
  h.m.approximate = hedged;
  // Only as precise as the anchor: "بعد ثلاثة أيام" needs a day, not a year.
  const bool precise_enough = unit == datelex::Unit::kYear || unit == datelex::Unit::kDecade ||
                              (unit == datelex::Unit::kMonth && anchor_grain_ != Grain::kYear) ||
                              (!clock_unit && anchor_grain_ == Grain::kDay);
  if (rel == 1 && !from_event && anchor_ && precise_enough) {
    // "بعد ثلاث سنوات" after "عام 2011": the point it names is 2014. The mention stays a
    // duration (what the text measures); earliest/latest carry the point it lands on.
    const Period p = shift(*anchor_, 1);
    h.m.earliest = util::to_iso(p.lo);
    h.m.latest = util::to_iso(p.hi);
    h.m.relative = true;
    h.m.note = "a point " + h.m.date_value + " after the earlier date " + util::to_iso(*anchor_) +
               ": " + p.value;
  }
  return h;
}

std::optional<Hit> Scanner::match_next_units(std::size_t i) {
  // "الأسابيع الثلاثة القادمة", "الأيام العشرة الماضية", "الأشهر الستة المقبلة".
  if (!is_word(i) || !is_word(i + 1) || !is_word(i + 2)) return std::nullopt;
  int dual = 0;
  bool definite = false;
  datelex::Unit unit = datelex::Unit::kNone;
  for (const auto& s : stems(i)) {
    if ((unit = datelex::unit_word(s, dual, definite)) != datelex::Unit::kNone) break;
  }
  if (unit == datelex::Unit::kNone || !definite || dual != 0) return std::nullopt;
  const std::string_view ck = stems(i + 1)[0].key;
  static const std::string kAl = "\xD8\xA7\xD9\x84";  // ال
  if (ck.rfind(kAl, 0) != 0) return std::nullopt;
  const int n = datelex::cardinal_word(ck.substr(kAl.size()));
  if (n < 2) return std::nullopt;
  int dir = 0;
  if (any(i + 2, next_words()))
    dir = 1;
  else if (any(i + 2, past_words()))
    dir = -1;
  else
    return std::nullopt;
  if (!options_.published) return unresolved_hit(i, i + 3, "");
  const CivilDate pub = *options_.published;
  CivilDate lo;
  CivilDate hi;
  switch (unit) {
    case datelex::Unit::kDay:
      lo = dir > 0 ? util::add_days(pub, 1) : util::add_days(pub, -n);
      hi = dir > 0 ? util::add_days(pub, n) : util::add_days(pub, -1);
      break;
    case datelex::Unit::kWeek: {
      const CivilDate mon = monday_of(pub);
      lo = dir > 0 ? util::add_days(mon, 7) : util::add_days(mon, -7 * n);
      hi = dir > 0 ? util::add_days(lo, 7 * n - 1) : util::add_days(mon, -1);
      break;
    }
    case datelex::Unit::kMonth: {
      const CivilDate first{pub.year, pub.month, 1};
      lo = dir > 0 ? util::add_months(first, 1) : util::add_months(first, -n);
      hi = dir > 0 ? util::add_days(util::add_months(first, n + 1), -1) : util::add_days(first, -1);
      break;
    }
    case datelex::Unit::kYear:
      lo = dir > 0 ? CivilDate{pub.year + 1, 1, 1} : CivilDate{pub.year - n, 1, 1};
      hi = dir > 0 ? CivilDate{pub.year + n, 12, 31} : CivilDate{pub.year - 1, 12, 31};
      break;
    default:
      return std::nullopt;
  }
  return relative_hit(i, i + 3, span_period(lo, hi));
}

std::optional<Hit> Scanner::match_quarter(std::size_t i) {
  const WordSet& kQuarter = quarter_words();
  std::size_t j = i;
  int q = 0;
  if (exact(j, small_sets().the_en)) ++j;
  if (any(j, kQuarter) && is_word(j + 1)) {
    q = datelex::ordinal_word(stems(j + 1)[0]);
    if (exact(j + 1, small_sets().last_q)) q = 4;
    j += 2;
  } else if (is_word(j) && is_word(j + 1) && exact(j + 1, small_sets().quarter_en)) {
    q = datelex::ordinal_word(stems(j)[0]);
    j += 2;
  } else if (is_word(j) && toks_[j].latin && toks_[j].text.size() == 2 && toks_[j].text[0] == 'q' &&
             toks_[j].text[1] >= '1' && toks_[j].text[1] <= '4') {
    q = toks_[j].text[1] - '0';
    ++j;
  }
  if (q < 1 || q > 4) return std::nullopt;
  if (any(j, min_word())) ++j;
  int y = 0;
  bool hijri = false;
  std::size_t e = read_year(j, y, hijri, false);
  std::optional<Hit> rel;
  if (e == 0 || hijri) {
    rel = match_unit_relative(j);
    if (!rel || rel->m.date_value.size() != 4) {
      if (!options_.published) return std::nullopt;
      y = options_.published->year;
      e = j;
    } else {
      y = std::stoi(rel->m.date_value);
      e = rel->te;
    }
  }
  const CivilDate lo{y, 3 * (q - 1) + 1, 1};
  const CivilDate hi{y, 3 * q, util::days_in_month(y, 3 * q)};
  Hit h = make_hit(i, e, Period{lo, hi, Grain::kOther, pad(y, 4) + "-Q" + std::to_string(q)});
  h.m.relative = rel.has_value() || e == j;
  return h;
}

std::optional<Hit> Scanner::match_month_span(std::size_t i) {
  // "بين يونيو وأغسطس", "من يونيو إلى أغسطس 2021", "between June and August".
  if (!exact(i, span_from())) return std::nullopt;
  int m1 = 0;
  bool amb = false;
  std::size_t j = read_month(i + 1, m1, amb);
  if (j == 0 || amb) return std::nullopt;
  int y1 = 0;
  bool hijri = false;
  std::optional<int> year1;
  if (const std::size_t ye = read_year(j, y1, hijri, false); ye != 0 && !hijri) {
    year1 = y1;
    j = ye;
  }
  int m2 = 0;
  std::size_t k = 0;
  if (any(j, range_to())) {
    k = read_month(j + 1, m2, amb);
  } else if (is_word(j) && stems(j).size() > 1) {
    // "وأغسطس": the conjunction glued to the month.
    bool amb2 = false;
    m2 = datelex::month_word(stems(j)[1], amb2);
    if (m2 != 0) k = j + 1;
  }
  if (k == 0 || m2 == 0) return std::nullopt;
  int y2 = 0;
  std::optional<int> year2;
  if (const std::size_t ye = read_year(k, y2, hijri, false); ye != 0 && !hijri) {
    year2 = y2;
    k = ye;
  }
  if (!year2 && !options_.published) return unresolved_hit(i, k, "");
  const int yb = year2 ? *year2 : year_for_month_day(m2, 1);
  const int ya = year1 ? *year1 : (m1 <= m2 ? yb : yb - 1);
  const CivilDate lo{ya, m1, 1};
  const CivilDate hi{yb, m2, util::days_in_month(yb, m2)};
  if (hi < lo) return std::nullopt;
  Hit h = make_hit(i, k,
                   Period{lo, hi, Grain::kOther,
                          pad(ya, 4) + "-" + pad(m1, 2) + "/" + pad(yb, 4) + "-" + pad(m2, 2)});
  h.m.relative = !year2;
  if (year2) {
    h.anchor = true;
    h.anchor_date = lo;
  }
  return h;
}

std::size_t Scanner::read_month_expr(std::size_t i, int& year, int& month, bool& relative) const {
  // "شهر اذار", "بايلول", "اكتوبر 2014", "شهر اكتوبر من عام 2014", "ايلول في سنة 2014",
  // "مارس السنة القادمة", "الشهر القادم".
  relative = false;
  if (any(i, al_shahr()) && ok(i + 1)) {
    int dir = 99;
    if (any(i + 1, past_words()))
      dir = -1;
    else if (any(i + 1, next_words()))
      dir = 1;
    else if (any(i + 1, this_words()))
      dir = 0;
    if (dir != 99) {
      if (!options_.published) return 0;
      const CivilDate m =
          util::add_months(CivilDate{options_.published->year, options_.published->month, 1}, dir);
      year = m.year;
      month = m.month;
      relative = true;
      return i + 2;
    }
  }
  bool ambiguous = false;
  std::size_t e = read_month(i, month, ambiguous);
  if (e == 0) return 0;
  std::size_t k = e;
  const WordSet& kLink = grammar().lists.of_in;
  if (exact(k, kLink) && any(k + 1, year_words())) ++k;
  int y = 0;
  bool hijri = false;
  const std::size_t ye = read_year(k, y, hijri, false);
  if (ye != 0 && !hijri) {
    year = y;
    return ye;
  }
  if (any(e, year_words()) && ok(e + 1)) {
    int dy = 99;
    if (any(e + 1, past_words()))
      dy = -1;
    else if (any(e + 1, next_words()))
      dy = 1;
    else if (any(e + 1, this_words()))
      dy = 0;
    if (dy != 99 && options_.published) {
      year = options_.published->year + dy;
      relative = true;
      return e + 2;
    }
  }
  if (ambiguous || !options_.published) return 0;
  year = year_for_month_day(month, 1);
  relative = true;
  return e;
}

std::size_t Scanner::read_position(std::size_t i, int& nth) const {
  // "ثالث", "الثالث", "الأولى", "اخر", "الاخير": a position in a month, -1 for the last.
  const WordSet& kLast = last_words();
  if (!is_word(i)) return 0;
  if (exact(i, kLast)) {
    nth = -1;
    return i + 1;
  }
  const int o = datelex::ordinal_word(stems(i)[0]);
  if (o < 1 || o > 5) return 0;
  nth = o;
  return i + 1;
}

std::optional<Hit> Scanner::match_nth_in_month(std::size_t i) {
  // "اول ثلاثاء من شهر عشرة", "الاثنين الاخير من شهر ثلاثة", "ثالث يوم ثلاثاء بايلول
  // بعام 2014", "الاسبوع الاول من شهر عشرة 2014", "اخر يوم بشهر عشرة سنة 2015",
  // "الأحد الثاني" (of the publication month).
  const WordSet& kWeek = week_words();
  const WordSet& kDay = day_words();
  int nth = 0;
  std::size_t j = i;
  int wd = -1;
  bool week = false;
  bool day = false;
  auto weekday_at = [&](std::size_t k) {
    if (!is_word(k)) return -1;
    bool bare = false;
    for (const auto& s : stems(k)) {
      const int w = datelex::weekday_word(s, bare);
      if (w >= 0) return w;
    }
    return -1;
  };
  const std::size_t first_position = read_position(j, nth);
  if (std::size_t k = first_position; k != 0) {
    // Position first.
    if (exact(k, kWeek)) {
      week = true;
      ++k;
    } else {
      if (exact(k, kDay)) {
        day = true;
        ++k;
      }
      if ((wd = weekday_at(k)) >= 0) {
        day = false;
        ++k;
      } else if (!day) {
        return std::nullopt;
      }
    }
    j = k;
  } else {
    // Unit or weekday first, position second.
    if (any(j, yom()) && weekday_at(j + 1) >= 0) ++j;
    if (exact(j, kWeek))
      week = true;
    else if (exact(j, kDay))
      day = true;
    else if ((wd = weekday_at(j)) < 0)
      return std::nullopt;
    const std::size_t k2 = read_position(j + 1, nth);
    if (k2 == 0) return std::nullopt;
    j = k2;
  }
  const WordSet& kIn = grammar().lists.of_in;
  std::size_t m0 = j;
  if (exact(m0, kIn)) ++m0;
  int year = 0;
  int month = 0;
  bool relative = false;
  std::size_t e = read_month_expr(m0, year, month, relative);
  if (e == 0) {
    // "الأحد الثاني": the publication month.
    if (wd < 0 || m0 != j || first_position != 0 || !options_.published) return std::nullopt;
    year = options_.published->year;
    month = options_.published->month;
    relative = true;
    e = j;
  }
  const int last = util::days_in_month(year, month);
  Period p;
  if (week) {
    // The first and last whole weeks (Monday to Sunday) inside the month.
    CivilDate mon = monday_of({year, month, 1});
    if (mon.month != month || mon.day != 1) mon = util::add_days(mon, 7);
    if (nth == -1) {
      mon = monday_of({year, month, last});
      if (util::add_days(mon, 6).month != month) mon = util::add_days(mon, -7);
    } else {
      mon = util::add_days(mon, 7 * (nth - 1));
    }
    p = week_period(mon);
  } else if (day && wd < 0) {
    const int d = nth == -1 ? last : nth;
    p = day_period({year, month, d});
  } else {
    CivilDate d;
    if (nth == -1) {
      d = {year, month, last};
      d = util::add_days(d, -((util::weekday(d) - wd + 7) % 7));
    } else {
      d = {year, month, 1};
      d = util::add_days(d, (wd - util::weekday(d) + 7) % 7 + 7 * (nth - 1));
      if (d.month != month) {
        Hit h = unresolved_hit(i, e, "");
        h.m.note = "no such weekday in that month";
        return h;
      }
    }
    p = day_period(d);
  }
  return relative ? relative_hit(i, e, p) : explicit_hit(i, e, p);
}

CivilDate easter(int y) {
  // Anonymous Gregorian computus (Meeus/Jones/Butcher).
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {y, month, day};
}

std::optional<Hit> Scanner::match_holiday(std::size_t i) {
  const auto& kHolidays = holidays();
  if (!any(i, holiday_first_words())) return std::nullopt;
  const Holiday* found = nullptr;
  std::size_t e = 0;
  for (const auto& h : kHolidays) {
    bool match = true;
    for (std::size_t w = 0; w < h.words.size() && match; ++w) {
      if (!is_word(i + w)) {
        match = false;
      } else if (w == 0) {
        match = false;
        for (const auto& s : stems(i)) match = match || s.key == h.words[0];
      } else {
        match = stems(i + w)[0].key == h.words[w];
      }
    }
    if (match && i + h.words.size() > e) {
      found = &h;
      e = i + h.words.size();
    }
  }
  if (!found) return std::nullopt;
  int y = 0;
  bool hijri = false;
  std::optional<int> year;
  if (const std::size_t ye = read_year(e, y, hijri, false); ye != 0 && !hijri) {
    year = y;
    e = ye;
  }
  if (!year && !options_.published) return unresolved_hit(i, e, "");
  const int gy = year ? *year : options_.published->year;
  std::optional<CivilDate> d;
  if (found->hijri_month == 0) {
    d = found->day == -1 ? easter(gy) : CivilDate{gy, found->day / 100, found->day % 100};
  } else {
    const int h0 = (gy - 622) * 33 / 32;
    for (int h = h0 - 1; h <= h0 + 2 && !d; ++h) {
      const auto g = hijri_to_gregorian(h, found->hijri_month, found->day);
      if (g && g->year == gy) d = g;
    }
  }
  if (!d) return std::nullopt;
  return year ? explicit_hit(i, e, day_period(*d)) : relative_hit(i, e, day_period(*d));
}

std::optional<Hit> Scanner::match_at(std::size_t i) {
  std::optional<Hit> best;
  auto consider = [&](std::optional<Hit> h) {
    if (!h) return;
    // The longest expression wins; of two ending together, the one starting first.
    if (!best || h->te > best->te || (h->te == best->te && h->tb < best->tb)) best = std::move(h);
  };
  const Lists& lists = grammar().lists;
  // A matcher whose screen turns token i away (`in` false) would return nothing there
  // (see Lists); a build with FC_VERIFY_DATE_SCREEN checks that it does.
  const auto screened = [&](bool in, auto&& matcher) -> std::optional<Hit> {
    if (in) return matcher();
#ifdef FC_VERIFY_DATE_SCREEN
    if (matcher()) {
      std::fprintf(stderr, "a matcher's screen skipped a start: '%s'\n",
                   std::string(toks_[i].text).c_str());
      std::abort();
    }
#endif
    return std::nullopt;
  };
  consider(screened(screened_in(i, lists.calendar_first), [&] { return match_calendar(i); }));
  consider(screened(screened_in(i, lists.hijri_first), [&] { return match_hijri(i); }));
  consider(match_numeric(i));
  consider(match_year(i));
  consider(match_mod(i));
  consider(match_deictic(i));
  const std::optional<Hit> unit =
      screened(screened_in(i, lists.unit_first), [&] { return match_unit_relative(i); });
  consider(unit);  // before match_weekday: of two alike, the first considered stays
  const bool week = unit && unit->m.date_value.find("-W") != std::string::npos;
  consider(screened(week || screened_in(i, lists.weekday_first),
                    [&] { return match_weekday(i, unit); }));
  consider(screened(screened_in(i, lists.count_first), [&] { return match_count(i); }));
  consider(match_quarter(i));
  consider(match_month_span(i));
  consider(screened(screened_in(i, lists.nth_first), [&] { return match_nth_in_month(i); }));
  consider(match_holiday(i));
  consider(match_clock(i));
  return best;
}

// ---------------------------------------------------------------------------------------
// Clock times. A time of day is never a number: "الساعة 18:07", "الساعة السابعة مساءً",
// "الرابعة فجراً", "السادسة وسبع دقائق من مساء", "4.17 a.m.", "0117 GMT". Alone it is an
// unresolved date carrying `time`; beside a day (run() below) it is that day's time.

int Scanner::part_of_day(std::size_t i, std::string& part) const {
  // The hour's offset on a 24-hour clock is decided by clock_hour; this names the part.
  const Lists& l = grammar().lists;
  if (!is_word(i)) return 0;
  if (any(i, l.part_dawn))
    part = "dawn";
  else if (any(i, l.part_morning))
    part = "morning";
  else if (any(i, l.part_noon))
    part = "noon";
  else if (any(i, l.part_afternoon))
    part = "afternoon";
  else if (any(i, l.part_evening))
    part = "evening";
  else if (any(i, l.part_night))
    part = "night";
  else
    return 0;
  return 1;
}

namespace {

/// The hour on a 24-hour clock of an hour read on a 12-hour one, by the part of the day
/// ("السابعة مساءً" is 19, "الثالثة ليلاً" 3, "الواحدة ظهراً" 13, "12 a.m." 0).
int clock_hour(int h, std::string_view part) {
  if (h > 12) return h;
  if (part == "afternoon" || part == "evening" || part == "pm") return h < 12 ? h + 12 : h;
  if (part == "night") return h >= 6 && h < 12 ? h + 12 : (h == 12 ? 0 : h);
  if (part == "noon") return h < 6 ? h + 12 : h;
  if (part == "am") return h == 12 ? 0 : h;
  return h;
}

}  // namespace

std::optional<Hit> Scanner::match_clock(std::size_t i) {
  const Lists& l = grammar().lists;
  std::size_t j = i;
  const bool sa3a = exact(j, l.clock_words);
  if (sa3a) ++j;
  int hour = -1;
  int minute = 0;
  bool cue = sa3a;  // something besides the digits says this is a clock
  bool dotted = false;
  std::size_t e = 0;
  if (is_num(j) && toks_[j].digits <= 2 && toks_[j].value <= 24 &&
      (is_punct(j + 1, ":") || is_punct(j + 1, ".")) && adjacent(j, j + 1) &&
      adjacent(j + 1, j + 2) && is_num(j + 2) && toks_[j + 2].digits == 2 &&
      toks_[j + 2].value <= 59) {
    dotted = is_punct(j + 1, ".");
    hour = toks_[j].value;
    minute = toks_[j + 2].value;
    e = j + 3;
  } else if (is_num(j) && toks_[j].digits == 4 && exact(j + 1, l.zulu) &&
             toks_[j].value / 100 <= 23 && toks_[j].value % 100 <= 59) {
    // "0117 GMT": the wire's clock.
    hour = toks_[j].value / 100;
    minute = toks_[j].value % 100;
    return [&] {
      Hit h = unresolved_hit(i, j + 2, "");
      h.m.time = pad(hour, 2) + ":" + pad(minute, 2);
      h.m.note = "a time of day (GMT); no day is named";
      return h;
    }();
  } else if (is_num(j) && toks_[j].digits <= 2 && toks_[j].value >= 1 && toks_[j].value <= 12) {
    hour = toks_[j].value;
    e = j + 1;
  } else if (is_word(j) && !toks_[j].latin) {
    int o = any(j, l.hour_one) ? 1 : 0;
    for (const auto& st : stems(j)) {
      if (o == 0) o = datelex::ordinal_word(st);
    }
    if (o < 1 || o > 10) return std::nullopt;
    e = j + 1;
    if (o <= 2 && exact(e, l.teen)) o += 10, ++e;
    hour = o;
  } else {
    return std::nullopt;
  }
  if (hour < 0) return std::nullopt;
  // Minutes in words: "وسبع دقائق", "والنصف", "والربع".
  if (is_word(e) && stems(e).size() > 1 && !toks_[e].latin) {
    int count = 0;
    const std::size_t k = read_count_tail(e, count);
    int dual = 0;
    bool definite = false;
    if (k != 0 && is_word(k) && count < 60 &&
        datelex::unit_word(stems(k)[0], dual, definite) == datelex::Unit::kMinute && !definite) {
      minute = count;
      e = k + 1;
    } else if (any(e, l.half_hour)) {
      minute = 30, ++e;
    } else if (any(e, l.quarter_hour)) {
      minute = 15, ++e;
    }
  }
  // The part of the day: "مساءً", "من مساء", "فجر", "a.m.", "pm".
  std::string part;
  if (part_of_day(e, part)) {
    ++e, cue = true;
  } else if (exact(e, min_word()) && part_of_day(e + 1, part)) {
    e += 2, cue = true;
  } else if (toks_[j].kind == Kind::kNumber && exact(e, l.ante_post) && ok(e) && toks_[e].latin) {
    // "a.m.", "p.m.", "am", "pm".
    const char c = toks_[e].text[0];
    std::size_t k = e + 1;
    if (toks_[e].text.size() == 1) {
      if (!is_punct(k, ".") || !is_word(k + 1) || toks_[k + 1].text != "m") return std::nullopt;
      k += 2;
    }
    if (is_punct(k, ".")) ++k;
    part = c == 'a' ? "am" : "pm";
    e = k, cue = true;
  }
  if (!cue) return std::nullopt;
  if (dotted && !sa3a && (part.empty() || (part != "am" && part != "pm"))) return std::nullopt;
  Hit h = unresolved_hit(i, e, "");
  h.m.time = pad(clock_hour(hour, part), 2) + ":" + pad(minute, 2);
  if (part != "am" && part != "pm") h.m.day_part = part;
  h.m.note = "a time of day; no day is named";
  return h;
}

void Scanner::same_day_weekday(Hit& hit) const {
  // A weekday that names the day just read is part of it: "غداً (السبت)", "أمس الأحد",
  // "بعد غد، الاثنين". Read alone it would be the most recent such day, not tomorrow's.
  if (hit.m.kind != MentionKind::kDate || hit.m.unresolved || hit.m.earliest.empty() ||
      hit.m.earliest != hit.m.latest) {
    return;
  }
  const auto d = util::parse_iso(hit.m.earliest);
  if (!d) return;
  std::size_t t = hit.te;
  const bool paren = is_punct(t, "(");
  if (paren || is_punct(t, ",") || is_punct(t, "\xD8\x8C")) ++t;
  if (!is_word(t)) return;
  int wd = -1;
  bool bare = true;
  for (const auto& s : stems(t)) {
    if ((wd = datelex::weekday_word(s, bare)) >= 0) break;
  }
  if (wd != util::weekday(*d)) return;
  const WordSet& kTeen = grammar().lists.teen;
  if (exact(t + 1, kTeen)) return;  // "الأحد عشر"
  hit.te = t + 1;
  if (paren && is_punct(hit.te, ")")) ++hit.te;
}

void Scanner::attach_clock(Hit& hit, std::size_t& out_begin) {
  // A day with its time: "مساء الأحد", "الأحد مساءً", "الخميس الساعة 18:07", "الساعة 18:07
  // من مساء الأحد". The day's values stand; the mention gains `time` and `day_part`.
  const auto single_day = [](const Hit& h) {
    return h.m.kind == MentionKind::kDate && !h.m.unresolved && !h.m.earliest.empty() &&
           h.m.earliest == h.m.latest;
  };
  if (hit.m.kind == MentionKind::kDate && hit.m.unresolved && !hit.m.time.empty()) {
    // A clock, then its day.
    std::size_t t = hit.te;
    if (exact(t, min_word())) ++t;
    if (!ok(t) || !may_start(t)) return;
    auto day = match_at(t);
    if (!day || day->tb != t || !single_day(*day)) return;
    day->m.time = hit.m.time;
    if (day->m.day_part.empty()) day->m.day_part = hit.m.day_part;
    day->tb = hit.tb;
    hit = std::move(*day);
    return;
  }
  if (!single_day(hit) || !hit.m.time.empty()) return;
  std::string part;
  if (hit.tb > out_begin && part_of_day(hit.tb - 1, part)) {
    hit.m.day_part = part;
    --hit.tb;
  }
  std::size_t t = hit.te;
  if (is_punct(t, ",") || is_punct(t, "\xD8\x8C") || exact(t, grammar().lists.clock_at)) ++t;
  if (auto clock = match_clock(t); clock && clock->tb == t) {
    hit.m.time = clock->m.time;
    if (!clock->m.day_part.empty()) hit.m.day_part = clock->m.day_part;
    hit.te = clock->te;
  } else if (hit.m.day_part.empty() && hit.m.relative && part_of_day(hit.te, part)) {
    // After a weekday or "أمس" ("الأحد مساءً"); after a written date it is the dateline's.
    hit.m.day_part = part;
    ++hit.te;
  }
}

std::vector<Mention> Scanner::run() {
  std::vector<Mention> out;
  std::size_t i = 0;
  std::size_t out_end = 0;  // one past the last token of the last mention
#ifdef FC_VERIFY_DATE_SCREEN
  // A build with -DFC_VERIFY_DATE_SCREEN checks the screen's promise on every token of
  // every text it reads (ARCHITECTURE.md): run it over an archive after changing a matcher.
  for (std::size_t k = 0; k < toks_.size(); ++k) {
    if (!may_start(k) && match_at(k)) {
      std::fprintf(stderr, "date screen (all) skipped a start: '%s'\n",
                   std::string(toks_[k].text).c_str());
      std::abort();
    }
  }
#endif
  while (i < toks_.size()) {
    if (!may_start(i)) {
#ifdef FC_VERIFY_DATE_SCREEN
      if (match_at(i)) {
        std::fprintf(stderr, "date screen skipped a start: '%s'\n",
                     std::string(toks_[i].text).c_str());
        std::abort();
      }
#endif
      ++i;
      continue;
    }
    cur_ = i;
    auto hit = match_at(i);
    if (!hit || hit->te <= hit->tb) {
      ++i;
      continue;
    }
    // "12 يناير 2016 - 2016/01/22": two days joined into one span.
    if (hit->m.kind == MentionKind::kDate && !hit->m.earliest.empty() &&
        hit->m.earliest == hit->m.latest && ok(hit->te) &&
        (is_punct(hit->te, "-") || exact(hit->te, range_to()))) {
      auto second = may_start(hit->te + 1) ? match_at(hit->te + 1) : std::nullopt;
      if (second && second->tb == hit->te + 1 && second->m.kind == MentionKind::kDate &&
          !second->m.earliest.empty() && second->m.earliest == second->m.latest &&
          second->m.earliest > hit->m.earliest) {
        const auto lo = util::parse_iso(hit->m.earliest);
        const auto hi = util::parse_iso(second->m.earliest);
        const bool relative = hit->m.relative || second->m.relative;
        fill(hit->m, span_period(*lo, *hi));
        hit->m.relative = relative;
        hit->te = second->te;
      }
    }
    // A dateline's clock time belongs to the date: "27-7-2021 | 16:56".
    if (hit->m.kind == MentionKind::kDate && !hit->m.earliest.empty() &&
        hit->m.earliest == hit->m.latest) {
      std::size_t t = hit->te;
      if (is_punct(t, "|") || is_punct(t, ",") || is_punct(t, "-") || is_punct(t, "\xD8\x8C")) {
        ++t;
      }
      if (is_num(t) && toks_[t].digits <= 2 && toks_[t].value <= 23 && is_punct(t + 1, ":") &&
          adjacent(t, t + 1) && adjacent(t + 1, t + 2) && is_num(t + 2) &&
          toks_[t + 2].digits == 2 && toks_[t + 2].value <= 59) {
        hit->te = t + 3;
        hit->m.time = pad(toks_[t].value, 2) + ":" + pad(toks_[t + 2].value, 2);
        if (is_punct(hit->te, ":") && adjacent(hit->te - 1, hit->te) && is_num(hit->te + 1) &&
            adjacent(hit->te, hit->te + 1) && toks_[hit->te + 1].digits == 2) {
          hit->te += 2;
        }
      }
    }
    same_day_weekday(*hit);
    attach_clock(*hit, out_end);
    Mention m = std::move(hit->m);
    std::size_t nb = toks_[hit->tb].begin;
    // A conjunction glued to the first word ("وأواخر", "والاثنين") is not part of it.
    const auto& first = toks_[hit->tb];
    if (first.kind == Kind::kWord && !first.latin && stems(hit->tb).size() > 1 &&
        stems(hit->tb)[1].stripped == 2 && stems(hit->tb)[0].key.rfind("\xD9\x88", 0) == 0 &&
        stems(hit->tb)[0].key.rfind("\xD9\x88\xD8\xA7\xD8\xAD", 0) != 0) {
      nb += 2;
    }
    const std::size_t ne = toks_[hit->te - 1].end;
    const auto [ob, oe] = text_.to_original(nb, ne);
    m.span.start = ob;
    m.span.end = oe;
    m.text = std::string(text_.original.substr(ob, oe - ob));
    if (hit->anchor) {
      anchor_ = hit->anchor_date;
      anchor_end_ = hit->te;
      anchor_grain_ = m.earliest == m.latest     ? Grain::kDay
                      : m.date_value.size() == 7 ? Grain::kMonth
                                                 : Grain::kYear;
    }
    // "2020 و2021", "2017 و2022": a year and و, then a four-digit number, which is a year.
    if (m.kind == MentionKind::kDate && m.date_value.size() == 4 && is_word(hit->te) &&
        toks_[hit->te].text == "\xD9\x88" && adjacent(hit->te, hit->te + 1) &&
        is_num(hit->te + 1)) {
      coordinated_year_ = hit->te + 1;
    }
    out.push_back(std::move(m));
    i = hit->te;
    out_end = hit->te;
  }
  return out;
}

}  // namespace

std::vector<Mention> extract_dates(const normalize::NormalizedText& text,
                                   const DateOptions& options) {
  return extract_dates(text, tokenize_for_dates(text.text), options);
}

std::vector<Mention> extract_dates(const normalize::NormalizedText& text, const DateTokens& tokens,
                                   const DateOptions& options) {
  Scanner scanner(text, tokens, options);
  return scanner.run();
}

}  // namespace fc::extract
