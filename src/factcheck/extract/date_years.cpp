// Years: "عام 2003", "1446 هجرياً", "العام الهجري 1445", "سنة ألفين وأربعة", coordinated
// years ("2020 و2021"), a year after a preposition or naming an event, and a year standing
// alone in its clause ("مكسيكو 1986،").
#include "factcheck/extract/date_hijri.hpp"
#include "factcheck/extract/date_scanner.hpp"
#include "factcheck/extract/lexicon_file.hpp"

#include <string>
#include <vector>

namespace fc::extract::dategrammar {

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
    // "سنة ألفين وأربعة", "14 آب ألفين وعشرين": a year in words after its noun or a month.
    if (!worded && !after_month) return 0;
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
  static const std::vector<std::string> kHundreds = [] {
    std::vector<std::string> v;
    for (const std::string& w : lexicon_words("date_lists.txt", "hundred_words")) {
      v.push_back(datelex::key(normalize::fold(w)));
    }
    return v;
  }();
  auto hundreds = [&](std::string_view k) {
    for (const std::string_view h : kHundreds) {
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
      h.hijri_year = y;
      return h;
    }
    return explicit_hit(i, e, year_period(y));
  }
  // A four-digit number that can be a year standing alone: 1800-2199, not followed by '%'
  // or a decimal part ("في 2014 حالة", a count, is rare in news).
  const auto year_at = [&](std::size_t j) -> std::optional<int> {
    if (!is_num(j) || toks_[j].digits != 4 || is_punct(j + 1, "%")) return std::nullopt;
    if (is_punct(j + 1, ".") && is_num(j + 2)) return std::nullopt;
    // "موسم 2022/2023": the pair is match_numeric's.
    if (is_punct(j + 1, "/") && is_num(j + 2)) return std::nullopt;
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
  if (const auto y = year_at(i); y && bare_year(i)) return explicit_hit(i, i + 1, year_period(*y));
  return std::nullopt;
}

bool Scanner::bare_year(std::size_t i) const {
  // A four-digit 1900-2099 that counts nothing: after a word, and before the clause's end
  // or a definite word ("لقبها الثاني في مكسيكو 1986،", "حصيلة 2019 البالغة", "the quake of
  // 1939.", "$100 for 2024."); a count takes an indefinite noun ("1986 قتيلاً"). Not after
  // a word that counts or numbers (إلى، بلغ، نحو، القرار، المادة, to, No.).
  const Lists& l = grammar().lists;
  const int v = toks_[i].value;
  if (v < 1900 || v > 2099 || i == 0 || !is_word(i - 1) || adjacent(i - 1, i)) return false;
  if (any(i - 1, l.reference_nouns)) return false;
  // "بلغ عدد الزوار 1987.": a word that counts a few words back in the clause.
  for (std::size_t k = i, n = 0; k-- > 0 && n < 3 && is_word(k); ++n) {
    if (any(k, l.count_cues)) return false;
  }
  if (toks_[i - 1].latin && !exact(i - 1, l.english_year_before)) return false;
  return counts_nothing_at(i + 1);
}

bool Scanner::counts_nothing_at(std::size_t j) const {
  const Lists& l = grammar().lists;
  const std::size_t i = j - 1;
  if (!ok(j)) return true;
  const DateToken& next = toks_[j];
  if (next.kind == Kind::kPunct) {
    static const datelex::KeySet kEnds = {".",        "\xD8\x8C",     ",",        "\xD8\x9B", ";",
                                          ")",        "\n",           "\xC2\xBB", "!",        "?",
                                          "\xD8\x9F", "\xE2\x80\x9D", "\""};
    // Not a figure's decimal or a part of a date ("1986.5", "1986-87").
    if ((next.text == "." || next.text == ",") && is_num(i + 2) && adjacent(i + 1, i + 2)) {
      return false;
    }
    return kEnds.count(next.text) > 0;
  }
  if (next.kind != Kind::kWord || next.latin) return false;
  static const std::string kAl = "\xD8\xA7\xD9\x84";  // ال
  if (stems(i + 1)[0].key.rfind(kAl, 0) != 0) return false;
  int dual = 0;
  bool definite = false;
  if (datelex::unit_word(stems(i + 1)[0], dual, definite) != datelex::Unit::kNone) return false;
  return !any(i + 1, l.clock_words);
}

}  // namespace fc::extract::dategrammar
