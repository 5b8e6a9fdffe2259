// The date scanner: the tokens of a text, the options, the most recent explicit date of
// the passage (the discourse anchor), and the matchers the scanner tries at each token.
// The matchers live in the files of their seam: date_absolute.cpp (days, months, years,
// numeric dates), date_relative.cpp (deictic days, "last year", weekdays, resolution
// against the publication date), date_hijri.cpp, date_periods.cpp (quarters, spans of
// months, "the first Monday of", holidays), date_durations.cpp (counts of units) and
// date_clock.cpp (times of day); dates.cpp runs them. Internal to the date extractor.
#pragma once

#include <array>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "factcheck/extract/date_grammar.hpp"
#include "factcheck/extract/date_lexicon.hpp"
#include "factcheck/extract/date_tokens.hpp"
#include "factcheck/extract/dates.hpp"
#include "factcheck/normalize/normalizer.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::extract::dategrammar {

using util::CivilDate;

// ---------------------------------------------------------------------------------------
// Periods and how they are written into a Mention.

enum class Grain { kDay, kWeek, kMonth, kQuarter, kYear, kOther };

struct Period {
  CivilDate lo;
  CivilDate hi;
  Grain grain = Grain::kDay;
  std::string value;
};

inline std::string pad(int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, v);
  return buf;
}

inline Period day_period(const CivilDate& d) { return {d, d, Grain::kDay, util::to_iso(d)}; }

inline Period month_period(int year, int month) {
  return {CivilDate{year, month, 1}, CivilDate{year, month, util::days_in_month(year, month)},
          Grain::kMonth, pad(year, 4) + "-" + pad(month, 2)};
}

inline Period year_period(int year) {
  return {CivilDate{year, 1, 1}, CivilDate{year, 12, 31}, Grain::kYear, pad(year, 4)};
}

inline CivilDate monday_of(const CivilDate& d) {
  return util::add_days(d, -((util::weekday(d) + 6) % 7));
}

inline Period week_period(const CivilDate& any_day) {
  const CivilDate mon = monday_of(any_day);
  int iso_year = 0;
  int week = 0;
  util::iso_week(mon, iso_year, week);
  return {mon, util::add_days(mon, 6), Grain::kWeek, pad(iso_year, 4) + "-W" + pad(week, 2)};
}

inline Period span_period(const CivilDate& lo, const CivilDate& hi) {
  return {lo, hi, Grain::kOther, util::to_iso(lo) + "/" + util::to_iso(hi)};
}

/// Narrows a year or month to the part a modifier names. Parts of a month are its
/// thirds, as Arabic counts them (العشر الأوائل، الأواسط، الأواخر): early (أوائل، مطلع) 1-10,
/// late and end (أواخر، نهاية) 21 to the end; its start (بداية) is the 1st and its middle
/// (منتصف) the 15th, as Duckling reads them. A year's start and end are its first and last
/// month ("نهاية العام" is December), its early, middle and late parts its thirds.
inline Period apply_mod(Period p, const std::string& mod) {
  if (p.grain == Grain::kYear) {
    const int y = p.lo.year;
    if (mod == "start") p.lo = {y, 1, 1}, p.hi = {y, 1, 31};
    if (mod == "early") p.lo = {y, 1, 1}, p.hi = {y, 4, 30};
    if (mod == "mid") p.lo = {y, 5, 1}, p.hi = {y, 8, 31};
    if (mod == "late") p.lo = {y, 9, 1}, p.hi = {y, 12, 31};
    if (mod == "end") p.lo = {y, 12, 1}, p.hi = {y, 12, 31};
  } else if (p.grain == Grain::kMonth) {
    const int y = p.lo.year;
    const int m = p.lo.month;
    const int last = util::days_in_month(y, m);
    if (mod == "start") p.lo = {y, m, 1}, p.hi = {y, m, 1};
    if (mod == "early") p.lo = {y, m, 1}, p.hi = {y, m, 10};
    if (mod == "mid") p.lo = {y, m, 15}, p.hi = {y, m, 15};
    if (mod == "late" || mod == "end") p.lo = {y, m, 21}, p.hi = {y, m, last};
  }
  return p;
}

struct Hit {
  std::size_t tb = 0;  ///< first token
  std::size_t te = 0;  ///< one past the last token
  Mention m;
  bool anchor = false;  ///< an explicit date: later discourse-relative dates resolve on it
  CivilDate anchor_date;
  /// Its day was inferred from the passage (a Hijri month or holiday without a year): it
  /// tells later anaphora nothing new and is no referent.
  bool inferred = false;
  int hijri_year = 0;   ///< the Hijri year it names or falls in, if known
  int hijri_month = 0;  ///< the Hijri month it names or falls in, if known
};

inline void fill(Mention& m, const Period& p) {
  m.kind = MentionKind::kDate;
  m.date_value = p.value;
  m.earliest = util::to_iso(p.lo);
  m.latest = util::to_iso(p.hi);
}

inline Hit make_hit(std::size_t tb, std::size_t te, const Period& p) {
  Hit h;
  h.tb = tb;
  h.te = te;
  fill(h.m, p);
  return h;
}

inline Hit explicit_hit(std::size_t tb, std::size_t te, const Period& p) {
  Hit h = make_hit(tb, te, p);
  h.anchor = true;
  h.anchor_date = p.lo;
  return h;
}

inline Hit relative_hit(std::size_t tb, std::size_t te, const Period& p) {
  Hit h = make_hit(tb, te, p);
  h.m.relative = true;
  return h;
}

inline Hit unresolved_hit(std::size_t tb, std::size_t te, std::string value) {
  Hit h;
  h.tb = tb;
  h.te = te;
  h.m.kind = MentionKind::kDate;
  h.m.date_value = std::move(value);
  h.m.relative = true;
  h.m.unresolved = true;
  return h;
}

inline const char* weekday_name(int wd) {
  static const char* const kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                       "Thursday", "Friday", "Saturday"};
  return kNames[wd];
}

inline const char* month_name(int m) {
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
  [[nodiscard]] bool may_start(std::size_t i) const {
    if (is_num(i)) return true;
    if (!is_word(i)) return false;
    return toks_[i].latin || toks_[i].starts;
  }
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
  /// Number token i is a year standing alone in its clause (match_year).
  [[nodiscard]] bool bare_year(std::size_t i) const;
  /// Token j, after a figure, leaves it counting nothing: the text's or the clause's end, a
  /// definite word that is no unit.
  [[nodiscard]] bool counts_nothing_at(std::size_t j) const;
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
  /// A superlative or "first" before token i in its clause ("الأول منذ تسع سنوات").
  [[nodiscard]] bool superlative_before(std::size_t i) const;
  std::optional<Hit> match_quarter(std::size_t i);
  std::optional<Hit> match_fiscal(std::size_t i);
  std::optional<Hit> match_decade(std::size_t i);
  /// The month the dateline country's fiscal year begins in (1: the calendar year).
  int fiscal_start();
  int fiscal_start_ = 0;  ///< 0: not read yet
  Period fiscal_year(int first_year);
  /// Hijri year `hijri_year` (with `pair`: the Gregorian year it and the next one label).
  std::optional<Hit> hijri_years_hit(std::size_t tb, std::size_t te, int hijri_year, bool pair);
  std::optional<Hit> match_month_span(std::size_t i);
  std::optional<Hit> match_nth_in_month(std::size_t i);
  std::optional<Hit> match_holiday(std::size_t i);
  /// `day_part`: the part of the day its day was told with ("مساء الجمعة ... الساعة
  /// الحادية عشرة"), which sets the hour when the clock names none of its own.
  std::optional<Hit> match_clock(std::size_t i, std::string_view day_part = {});
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
  /// English verbs before tokens [tb, te) put a month ahead (1), behind (-1), or say
  /// nothing (0; Arabic, or no verb).
  [[nodiscard]] int english_tense(std::size_t tb, std::size_t te) const;
  /// The year of `month` ahead of (tense 1) or behind (-1) the publication month.
  [[nodiscard]] int year_by_tense(int month, int tense) const;

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

  // Anaphora: "الشهر ذاته", "العام السابق", "اليوم التالي", "that night" name a period by
  // an earlier date of the passage, written or resolved, unless it was a point of
  // comparison ("مقابل 36.5% في يوليو", "compared with June").
  struct Ref {
    CivilDate lo;
    CivilDate hi;
    Grain grain = Grain::kOther;
  };
  std::vector<Ref> refs_;
  std::optional<Ref> fiscal_ref_;  ///< the last fiscal year read
  /// The day each weekday last named within a week of the publication date ("غداً الاثنين").
  std::array<std::optional<CivilDate>, 7> named_weekdays_;
  int hijri_year_ref_ = 0;   ///< the last Hijri year named ("1446 هجرياً")
  int hijri_month_ref_ = 0;  ///< and month ("1 رمضان 1445 هـ"), of hijri_month_year_
  int hijri_month_year_ = 0;
  bool hijri_month_written_ = false;  ///< with its year written
  bool pinning_ = false;              ///< pin_day is reading ahead (it does not nest)
  bool pinned_written_ = false;       ///< the last pin was a date written in full
  /// The day a Hijri month or holiday without a year (tokens before `after`) is read near:
  /// a date written just after it in the clause ("رمضان ... يوم السبت 1 مارس 2025",
  /// "رمضان العام الماضي"), else the last referent of the passage, else the publication
  /// date; `pinned` says whether the text pinned it. nullopt: no day at all.
  std::optional<std::pair<CivilDate, CivilDate>> pin_day(std::size_t after, bool& pinned,
                                                         std::optional<int>& year);
  /// The Hijri year whose month/day falls nearest `near` (or, with `in_year`, in that
  /// Gregorian year); 0 when none does.
  [[nodiscard]] static int hijri_year_near(int month, int day, const CivilDate& lo,
                                           const CivilDate& hi, std::optional<int> in_year,
                                           bool forward);
  /// Keeps a date mention just read (tokens [tb, te)) as a referent of later anaphora.
  void remember(const Mention& m, std::size_t tb);
  /// The most recent referent as fine as `grain` or finer (a day serves a month, a month
  /// a quarter, any one-year date a year), or null.
  [[nodiscard]] const Ref* referent(Grain grain) const;
  /// The period `dir` units of `unit` from the referent (0: the referent's own), or none
  /// when no referent is fine enough; `from` gets the referent's first day.
  [[nodiscard]] std::optional<Period> from_referent(datelex::Unit unit, int dir,
                                                    CivilDate& from) const;
  /// Word i is an anaphoric direction (السابق, التالي, previous, following): -1, 1, or 0.
  [[nodiscard]] int anaphoric_dir(std::size_t i) const;
};

}  // namespace fc::extract::dategrammar
