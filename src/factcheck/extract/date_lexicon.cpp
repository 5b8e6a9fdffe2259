#include "factcheck/extract/date_lexicon.hpp"

#include <functional>
#include <initializer_list>
#include <utility>

#include "factcheck/extract/key_table.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace fc::extract::datelex {

namespace {

using Table = KeyMap<int>;

// Entries are written as a reader would spell them and folded once, like the text.
Table make_table(std::initializer_list<std::pair<const char*, int>> entries) {
  Table t;
  for (const auto& [word, value] : entries) t.insert(key(normalize::fold(word)), value);
  return t;
}

int find(const Table& t, std::string_view k, std::uint64_t h) {
  const int* v = t.find(k, h);
  return v == nullptr ? 0 : *v;
}

int find(const Table& t, std::string_view k) { return find(t, k, key_hash(k)); }

constexpr std::string_view kTehMarbuta = "\xD8\xA9";  // ة
constexpr std::string_view kHeh = "\xD9\x87";         // ه
constexpr std::string_view kWaw = "\xD9\x88";         // و
constexpr std::string_view kFeh = "\xD9\x81";         // ف
constexpr std::string_view kBeh = "\xD8\xA8";         // ب
constexpr std::string_view kLam = "\xD9\x84";         // ل
constexpr std::string_view kKaf = "\xD9\x83";         // ك
constexpr std::string_view kAlef = "\xD8\xA7";        // ا

const Table& table_months() {
  static const Table kMonths = make_table({
      {"يناير", 1},     {"جانفي", 1},     {"ينار", 1},     {"january", 1}, {"jan", 1},
      {"فبراير", 2},    {"فيفري", 2},     {"فبرير", 2},    {"شباط", 2},    {"february", 2},
      {"feb", 2},       {"مارس", 3},      {"آذار", 3},     {"اذار", 3},    {"march", 3},
      {"mar", 3},       {"أبريل", 4},     {"ابريل", 4},    {"إبريل", 4},   {"أفريل", 4},
      {"نيسان", 4},     {"أبريل", 4},     {"april", 4},    {"apr", 4},     {"مايو", 5},
      {"أيار", 5},      {"ماي", 5},       {"may", 5},      {"يونيو", 6},   {"يونيه", 6},
      {"حزيران", 6},    {"جوان", 6},      {"june", 6},     {"jun", 6},     {"يوليو", 7},
      {"يوليه", 7},     {"تموز", 7},      {"جويلية", 7},   {"يوليوز", 7},  {"july", 7},
      {"jul", 7},       {"أغسطس", 8},     {"اغسطس", 8},    {"آب", 8},      {"أوت", 8},
      {"غشت", 8},       {"august", 8},    {"aug", 8},      {"سبتمبر", 9},  {"أيلول", 9},
      {"شتنبر", 9},     {"september", 9}, {"sep", 9},      {"sept", 9},    {"أكتوبر", 10},
      {"اكتوبر", 10},   {"أكتوبر", 10},   {"october", 10}, {"oct", 10},    {"نوفمبر", 11},
      {"نونبر", 11},    {"november", 11}, {"nov", 11},     {"ديسمبر", 12}, {"دجنبر", 12},
      {"december", 12}, {"dec", 12},
  });
  return kMonths;
}

const Table& table_ambiguous() {
  static const Table kAmbiguous = make_table({{"آب", 1},
                                              {"ماي", 1},
                                              {"may", 1},
                                              {"march", 1},
                                              {"jan", 1},
                                              {"feb", 1},
                                              {"mar", 1},
                                              {"apr", 1},
                                              {"jun", 1},
                                              {"jul", 1},
                                              {"aug", 1},
                                              {"sep", 1},
                                              {"sept", 1},
                                              {"oct", 1},
                                              {"nov", 1},
                                              {"dec", 1}});
  return kAmbiguous;
}

const Table& table_hijri() {
  static const Table kHijri = make_table({{"محرم", 1},
                                          {"صفر", 2},
                                          {"رجب", 7},
                                          {"شعبان", 8},
                                          {"رمضان", 9},
                                          {"شوال", 10},
                                          {"muharram", 1},
                                          {"ramadan", 9},
                                          {"shawwal", 10}});
  return kHijri;
}

const Table& table_definite() {
  static const Table kDefinite = make_table({
      {"الأحد", 1},     {"الاثنين", 2},  {"الإثنين", 2},  {"الاتنين", 2},  {"الثلاثاء", 3},
      {"الثلاثا", 3},   {"الأربعاء", 4}, {"الاربعاء", 4}, {"الأربعا", 4},  {"الخميس", 5},
      {"الجمعة", 6},    {"السبت", 7},    {"sunday", 1},   {"monday", 2},   {"tuesday", 3},
      {"wednesday", 4}, {"thursday", 5}, {"friday", 6},   {"saturday", 7},
  });
  return kDefinite;
}

const Table& table_bare() {
  static const Table kBare = make_table({{"أحد", 1},
                                         {"اثنين", 2},
                                         {"إثنين", 2},
                                         {"ثلاثاء", 3},
                                         {"ثلاثا", 3},
                                         {"أربعاء", 4},
                                         {"أربعا", 4},
                                         {"خميس", 5},
                                         {"جمعة", 6},
                                         {"سبت", 7}});
  return kBare;
}

const Table& table_ordinals() {
  static const Table kOrdinals = make_table({
      {"الأول", 1},    {"الأولى", 1},    {"أول", 1},       {"الحادي", 1},     {"حادي", 1},
      {"الحادية", 1},  {"الثاني", 2},    {"الثانية", 2},   {"ثاني", 2},       {"ثان", 2},
      {"الثالث", 3},   {"الثالثة", 3},   {"ثالث", 3},      {"الرابع", 4},     {"الرابعة", 4},
      {"رابع", 4},     {"الخامس", 5},    {"الخامسة", 5},   {"خامس", 5},       {"السادس", 6},
      {"السادسة", 6},  {"سادس", 6},      {"السابع", 7},    {"السابعة", 7},    {"سابع", 7},
      {"الثامن", 8},   {"الثامنة", 8},   {"ثامن", 8},      {"التاسع", 9},     {"التاسعة", 9},
      {"تاسع", 9},     {"العاشر", 10},   {"العاشرة", 10},  {"عاشر", 10},      {"العشرين", 20},
      {"العشرون", 20}, {"الثلاثين", 30}, {"الثلاثون", 30}, {"first", 1},      {"second", 2},
      {"third", 3},    {"fourth", 4},    {"fifth", 5},     {"sixth", 6},      {"seventh", 7},
      {"eighth", 8},   {"ninth", 9},     {"tenth", 10},    {"twentieth", 20}, {"thirtieth", 30},
  });
  return kOrdinals;
}

const Table& table_cardinals() {
  static const Table kCardinals = make_table({
      {"واحد", 1},    {"واحدة", 1},   {"اثنان", 2},   {"اثنين", 2},   {"اثنتان", 2},
      {"اثني", 2},    {"اثنا", 2},    {"اثنتي", 2},   {"اثنتا", 2},   {"اثنتين", 2},
      {"ثلاث", 3},    {"ثلاثة", 3},   {"أربع", 4},    {"أربعة", 4},   {"خمس", 5},
      {"خمسة", 5},    {"ست", 6},      {"ستة", 6},     {"سبع", 7},     {"سبعة", 7},
      {"ثمان", 8},    {"ثماني", 8},   {"ثمانية", 8},  {"تسع", 9},     {"تسعة", 9},
      {"عشر", 10},    {"عشرة", 10},   {"عشرين", 20},  {"عشرون", 20},  {"ثلاثين", 30},
      {"ثلاثون", 30}, {"أربعين", 40}, {"أربعون", 40}, {"خمسين", 50},  {"خمسون", 50},
      {"ستين", 60},   {"ستون", 60},   {"سبعين", 70},  {"سبعون", 70},  {"ثمانين", 80},
      {"ثمانون", 80}, {"تسعين", 90},  {"تسعون", 90},  {"one", 1},     {"two", 2},
      {"three", 3},   {"four", 4},    {"five", 5},    {"six", 6},     {"seven", 7},
      {"eight", 8},   {"nine", 9},    {"ten", 10},    {"eleven", 11}, {"twelve", 12},
      {"twenty", 20}, {"thirty", 30}, {"forty", 40},  {"fifty", 50},  {"a", 1},
      {"an", 1},
  });
  return kCardinals;
}

const std::string& word_kanun() {
  static const std::string k = key(normalize::fold("كانون"));
  return k;
}

const std::string& word_tishrin() {
  static const std::string k = key(normalize::fold("تشرين"));
  return k;
}

const std::string& word_rabi() {
  static const std::string k = key(normalize::fold("ربيع"));
  return k;
}

const std::string& word_jumada() {
  static const std::string k = key(normalize::fold("جمادى"));
  return k;
}

const std::string& word_dhu() {
  static const std::string k = key(normalize::fold("ذو"));
  return k;
}

const std::string& word_dhi() {
  static const std::string k = key(normalize::fold("ذي"));
  return k;
}

struct UnitEntry {
  Unit unit;
  int dual;  // 2 for a dual form
  bool definite;
};

const KeyMap<UnitEntry>& unit_table() {
  static const KeyMap<UnitEntry> kUnits = [] {
    KeyMap<UnitEntry> t;
    auto add = [&](const char* w, Unit u, int dual) {
      const std::string f = key(normalize::fold(w));
      t.insert(f, UnitEntry{u, dual, false});
      // The definite form (ال + word) of Arabic entries.
      if (static_cast<unsigned char>(f[0]) >= 0x80) {
        t.insert(std::string(kAlef) + std::string(kLam) + f, UnitEntry{u, dual, true});
      }
    };
    // Clock units measure durations ("48 ساعة", "14 دقيقة"); the accusative singular
    // ("يوماً", folded "يوما") follows numbers from 11 to 99.
    for (const char* w : {"دقيقة", "دقائق", "minute", "minutes"}) add(w, Unit::kMinute, 0);
    for (const char* w : {"دقيقتين", "دقيقتان"}) add(w, Unit::kMinute, 2);
    for (const char* w : {"ساعة", "ساعات", "hour", "hours"}) add(w, Unit::kHour, 0);
    for (const char* w : {"ساعتين", "ساعتان"}) add(w, Unit::kHour, 2);
    for (const char* w : {"يوم", "أيام", "ايام", "يوما", "day", "days"}) add(w, Unit::kDay, 0);
    for (const char* w : {"يومين", "يومان"}) add(w, Unit::kDay, 2);
    for (const char* w : {"أسبوع", "أسابيع", "أسبوعا", "week", "weeks"}) add(w, Unit::kWeek, 0);
    for (const char* w : {"أسبوعين", "أسبوعان"}) add(w, Unit::kWeek, 2);
    for (const char* w : {"شهر", "أشهر", "شهور", "شهرا", "month", "months"})
      add(w, Unit::kMonth, 0);
    for (const char* w : {"شهرين", "شهران"}) add(w, Unit::kMonth, 2);
    for (const char* w : {"سنة", "سنوات", "سنين", "عام", "أعوام", "عاما", "year", "years"}) {
      add(w, Unit::kYear, 0);
    }
    for (const char* w : {"عامين", "عامان", "سنتين", "سنتان"}) add(w, Unit::kYear, 2);
    for (const char* w : {"عقد", "عقود", "decade", "decades"}) add(w, Unit::kDecade, 0);
    for (const char* w : {"عقدين", "عقدان"}) add(w, Unit::kDecade, 2);
    return t;
  }();
  return kUnits;
}

}  // namespace

void write_key(std::string_view word, char* out) {
  for (std::size_t i = 0; i < word.size();) {
    if (word.substr(i, 2) == kTehMarbuta) {
      kHeh.copy(out + i, kHeh.size());
      i += 2;
    } else {
      out[i] = word[i];
      ++i;
    }
  }
}

std::string key(std::string_view word) {
  std::string out(word.size(), '\0');
  write_key(word, out.data());
  return out;
}

Stems stems(std::string_view word_key, char* rewrite) {
  Stems out;
  auto push = [&](std::string_view k, std::size_t stripped) {
    out.push_back(k, key_hash(k), stripped);
  };
  push(word_key, 0);
  // A clitic needs at least two letters (four bytes) after it to leave a word.
  auto strip = [&](const Stem& s, std::string_view prefix) {
    if (s.key.size() >= prefix.size() + 4 && s.key.substr(0, prefix.size()) == prefix) {
      push(s.key.substr(prefix.size()), s.stripped + prefix.size());
    }
  };
  strip(out[0], kWaw);
  strip(out[0], kFeh);
  static constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";  // لل
  const std::size_t n = out.size();
  bool rewritten = false;
  for (std::size_t i = 0; i < n; ++i) {
    // Stems live inline: out[i] stays where it is while more are added.
    const Stem& s = out[i];
    strip(s, kBeh);
    strip(s, kKaf);
    // لل: the lam of the preposition eats the alef of the article (للعام = ل + العام).
    if (s.key.size() >= 8 && s.key.substr(0, kLamLam.size()) == kLamLam) {
      // Only the word itself or the word without و/ف can begin with لل, and not both.
      FC_ASSERT(!rewritten, "a word has at most one split of لل");
      rewritten = true;
      char* k = rewrite + s.stripped;
      kAlef.copy(k, kAlef.size());
      s.key.substr(2).copy(k + kAlef.size(), s.key.size() - 2);
      push(std::string_view(k, s.key.size()), s.stripped + 2);
    } else {
      strip(s, kLam);
    }
  }
  return out;
}

namespace {

int month_word_h(std::string_view k, std::uint64_t h, bool& ambiguous) {
  const Table& kMonths = table_months();
  // Ordinary words too: "آب" (father, without hamza in the folded view: اب), "ماي",
  // "may", "march", and the English abbreviations.
  const Table& kAmbiguous = table_ambiguous();
  ambiguous = find(kAmbiguous, k, h) != 0;
  return find(kMonths, k, h);
}

}  // namespace

int month_word(std::string_view k, bool& ambiguous) {
  return month_word_h(k, key_hash(k), ambiguous);
}
int month_word(const Stem& s, bool& ambiguous) {
  if (s.entry == 0) {
    ambiguous = false;
    return 0;
  }
  return month_word_h(s.key, s.hash, ambiguous);
}

int levantine_month(std::string_view first, std::string_view second) {
  const std::string& kKanun = word_kanun();
  const std::string& kTishrin = word_tishrin();
  static const Table kSecond = make_table({{"الأول", 1}, {"الاول", 1}, {"الثاني", 2}});
  if (first != kKanun && first != kTishrin) return 0;
  const int which = find(kSecond, second);
  if (which == 0) return 0;
  if (first == kKanun) return which == 1 ? 12 : 1;
  if (first == kTishrin) return which == 1 ? 10 : 11;
  return 0;
}

namespace {

int hijri_month_word_h(std::string_view k, std::uint64_t h) {
  const Table& kHijri = table_hijri();
  return find(kHijri, k, h);
}

}  // namespace

int hijri_month_word(std::string_view k) { return hijri_month_word_h(k, key_hash(k)); }
int hijri_month_word(const Stem& s) { return s.entry == 0 ? 0 : hijri_month_word_h(s.key, s.hash); }

int hijri_month_pair(std::string_view first, std::string_view second) {
  const std::string& kRabi = word_rabi();
  const std::string& kJumada = word_jumada();
  const std::string& kDhu = word_dhu();
  const std::string& kDhi = word_dhi();
  static const Table kFirst = make_table(
      {{"الأول", 1}, {"الأولى", 1}, {"الثاني", 2}, {"الثانية", 2}, {"الآخر", 2}, {"الآخرة", 2}});
  static const Table kDhuSecond = make_table({{"القعدة", 11}, {"الحجة", 12}});
  if (first == kRabi || first == kJumada) {
    const int which = find(kFirst, second);
    if (which == 0) return 0;
    return (first == kRabi ? 2 : 4) + which;
  }
  if (first == kDhu || first == kDhi) return find(kDhuSecond, second);
  return 0;
}

namespace {

int weekday_word_h(std::string_view k, std::uint64_t h, bool& bare) {
  // Stored as weekday + 1 so that 0 means "none".
  const Table& kDefinite = table_definite();
  const Table& kBare = table_bare();
  if (const int d = find(kDefinite, k, h)) {
    bare = false;
    return d - 1;
  }
  if (const int d = find(kBare, k, h)) {
    bare = true;
    return d - 1;
  }
  return -1;
}

}  // namespace

int weekday_word(std::string_view k, bool& bare) { return weekday_word_h(k, key_hash(k), bare); }
int weekday_word(const Stem& s, bool& bare) {
  return s.entry == 0 ? -1 : weekday_word_h(s.key, s.hash, bare);
}

namespace {

int ordinal_word_h(std::string_view k, std::uint64_t h) {
  const Table& kOrdinals = table_ordinals();
  return find(kOrdinals, k, h);
}

}  // namespace

int ordinal_word(std::string_view k) { return ordinal_word_h(k, key_hash(k)); }
int ordinal_word(const Stem& s) { return s.entry == 0 ? 0 : ordinal_word_h(s.key, s.hash); }

namespace {

int cardinal_word_h(std::string_view k, std::uint64_t h) {
  const Table& kCardinals = table_cardinals();
  return find(kCardinals, k, h);
}

}  // namespace

int cardinal_word(std::string_view k) { return cardinal_word_h(k, key_hash(k)); }
int cardinal_word(const Stem& s) { return s.entry == 0 ? 0 : cardinal_word_h(s.key, s.hash); }

namespace {

Unit unit_word_h(std::string_view k, std::uint64_t h, int& dual_count, bool& definite) {
  const auto& kUnits = unit_table();
  const UnitEntry* e = kUnits.find(k, h);
  if (e == nullptr) return Unit::kNone;
  dual_count = e->dual;
  definite = e->definite;
  return e->unit;
}

}  // namespace

Unit unit_word(std::string_view k, int& dual_count, bool& definite) {
  return unit_word_h(k, key_hash(k), dual_count, definite);
}
Unit unit_word(const Stem& s, int& dual_count, bool& definite) {
  if (s.entry == 0) return Unit::kNone;
  return unit_word_h(s.key, s.hash, dual_count, definite);
}

void for_each_key(KeysOf which, const std::function<void(std::string_view)>& fn) {
  switch (which) {
    case KeysOf::kWeekdays:
      table_definite().for_each_key(fn);
      table_bare().for_each_key(fn);
      return;
    case KeysOf::kOrdinals:
      table_ordinals().for_each_key(fn);
      return;
    case KeysOf::kMonths:
      table_months().for_each_key(fn);
      table_ambiguous().for_each_key(fn);
      fn(word_kanun());
      fn(word_tishrin());
      return;
    case KeysOf::kHijriFirstWords:
      table_hijri().for_each_key(fn);
      for (const std::string* k : {&word_rabi(), &word_jumada(), &word_dhu(), &word_dhi()}) fn(*k);
      return;
    case KeysOf::kCardinals:
      table_cardinals().for_each_key(fn);
      return;
    case KeysOf::kUnits:
      unit_table().for_each_key(fn);
      return;
  }
}

void for_each_first_word(const std::function<void(std::string_view)>& fn) {
  for (const KeysOf k : {KeysOf::kWeekdays, KeysOf::kOrdinals, KeysOf::kMonths,
                         KeysOf::kHijriFirstWords, KeysOf::kCardinals, KeysOf::kUnits}) {
    for_each_key(k, fn);
  }
}

}  // namespace fc::extract::datelex
