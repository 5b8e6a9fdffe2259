#include "factcheck/extract/date_lexicon.hpp"

#include <functional>
#include <initializer_list>
#include <utility>

#include "factcheck/extract/key_table.hpp"
#include "factcheck/extract/lexicon_file.hpp"
#include "factcheck/normalize/normalizer.hpp"

namespace fc::extract::datelex {

namespace {

using Table = KeyMap<int>;

constexpr std::string_view kFile = "date_lexicon.txt";

/// A section of data/date_lexicon.txt of word=number entries, folded like the text.
Table table_from(std::string_view section) {
  Table t;
  for (const LexiconEntry& e : lexicon_section(kFile, section)) {
    t.insert(key(normalize::fold(e.words[0])), std::stoi(e.value));
  }
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
  static const Table kMonths = table_from("months");
  return kMonths;
}

const Table& table_ambiguous() {
  static const Table kAmbiguous = table_from("ambiguous_months");
  return kAmbiguous;
}

const Table& table_hijri() {
  static const Table kHijri = table_from("hijri_months");
  return kHijri;
}

const Table& table_definite() {
  static const Table kDefinite = table_from("weekdays");
  return kDefinite;
}

const Table& table_bare() {
  static const Table kBare = table_from("bare_weekdays");
  return kBare;
}

const Table& table_ordinals() {
  static const Table kOrdinals = table_from("ordinals");
  return kOrdinals;
}

const Table& table_cardinals() {
  static const Table kCardinals = table_from("cardinals");
  return kCardinals;
}

/// The first word of two-word months named `which` in section month_pair_firsts.
std::string pair_first(std::string_view which) {
  for (const LexiconEntry& e : lexicon_section(kFile, "month_pair_firsts")) {
    if (e.value == which) return key(normalize::fold(e.words[0]));
  }
  FC_ASSERT(false, "every first word of a two-word month is in the lexicon");
  return {};
}

const std::string& word_kanun() {
  static const std::string k = pair_first("kanun");
  return k;
}

const std::string& word_tishrin() {
  static const std::string k = pair_first("tishrin");
  return k;
}

const std::string& word_rabi() {
  static const std::string k = pair_first("rabi");
  return k;
}

const std::string& word_jumada() {
  static const std::string k = pair_first("jumada");
  return k;
}

const std::string& word_dhu() {
  static const std::string k = pair_first("dhu");
  return k;
}

const std::string& word_dhi() {
  static const std::string k = pair_first("dhi");
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
    static const std::pair<std::string_view, Unit> kNames[] = {
        {"minute", Unit::kMinute}, {"hour", Unit::kHour},   {"day", Unit::kDay},
        {"week", Unit::kWeek},     {"month", Unit::kMonth}, {"year", Unit::kYear},
        {"decade", Unit::kDecade}};
    for (const LexiconEntry& e : lexicon_section(kFile, "units")) {
      const std::string_view v = e.value;
      const std::string_view name = v.substr(0, v.find(':'));
      Unit u = Unit::kNone;
      for (const auto& [n, unit] : kNames) {
        if (n == name) u = unit;
      }
      FC_ASSERT(u != Unit::kNone, "a unit of the lexicon is a known unit");
      add(e.words[0].c_str(), u, v.find(":2") != std::string_view::npos ? 2 : 0);
    }
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
  static const Table kSecond = table_from("levantine_seconds");
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
  static const Table kFirst = table_from("hijri_pair_seconds");
  static const Table kDhuSecond = table_from("dhu_seconds");
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
