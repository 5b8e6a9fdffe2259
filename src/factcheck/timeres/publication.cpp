#include "factcheck/timeres/publication.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "factcheck/extract/dates.hpp"

namespace fc::timeres {

namespace {

/// Only the top of an article holds its dateline; later dates are what it reports.
constexpr std::size_t kTopLines = 15;
/// A date alone on a short line (a header, a dateline) may be a publication date; one
/// inside a long line (a caption, a sentence) is a date the article reports.
constexpr std::size_t kShortLineBytes = 120;
/// ... and few words besides the date ("السبت 29 يونيو 2024", "By Reuters | March 5, 2020").
constexpr std::size_t kMaxWordsBesideDate = 6;

struct Candidate {
  util::CivilDate date;
  std::size_t line = 0;  ///< 1-based
  std::string text;
  bool strong = false;  ///< a cue says it is the publication date
  std::string why;
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ends_with_cue(std::string_view before) {
  // Cues in front of a dateline: "posted on", "published", "updated", "نشر في", "بتاريخ".
  static const std::vector<std::string> kCues = [] {
    std::vector<std::string> v;
    for (const char* w : {"posted on", "postedon", "published on", "published", "posted",
                          "updated on", "updated", "date:", "نشر في", "نشر بتاريخ", "بتاريخ",
                          "تاريخ النشر", "نشر", "آخر تحديث", "اخر تحديث", "تحديث"}) {
      v.push_back(normalize::fold(w));
    }
    return v;
  }();
  std::string b(before);
  while (!b.empty() && (b.back() == ' ' || b.back() == ':' || b.back() == '|')) b.pop_back();
  for (const auto& cue : kCues) {
    if (b.size() >= cue.size() && b.compare(b.size() - cue.size(), cue.size(), cue) == 0) {
      return true;
    }
  }
  return false;
}

bool followed_by_time(std::string_view after) {
  // "27-7-2021 | 16:56", "10 August 2023 14:05".
  std::size_t i = 0;
  while (i < after.size() && (after[i] == ' ' || after[i] == '|' || after[i] == '-' ||
                              after[i] == ',' || after[i] == '/')) {
    ++i;
  }
  std::size_t d = i;
  while (d < after.size() && after[d] >= '0' && after[d] <= '9') ++d;
  return d > i && d - i <= 2 && d + 2 < after.size() && after[d] == ':' && after[d + 1] >= '0' &&
         after[d + 1] <= '9';
}

std::size_t count_words(std::string_view part) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < part.size(); ++i) {
    const auto c = static_cast<unsigned char>(part[i]);
    const bool letter = (c >= 0x80) || std::isalpha(c) != 0;
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

/// Whether a date is what its line is about (a header, a byline, a dateline) rather than
/// part of a sentence: few other words around it, and no sentence end on the line.
bool stands_alone(std::string_view before, std::string_view after) {
  if (count_words(before) + count_words(after) > kMaxWordsBesideDate) return false;
  std::string_view tail = after;
  while (!tail.empty() && (tail.back() == ' ' || tail.back() == '\r')) tail.remove_suffix(1);
  for (const std::string_view end : {".", "!", "?", "\xD8\x9F" /* ؟ */}) {
    if (tail.size() >= end.size() && tail.substr(tail.size() - end.size()) == end) return false;
  }
  return true;
}

}  // namespace

std::optional<PublicationGuess> find_publication_date(const normalize::NormalizedText& text) {
  return find_publication_date(text, extract::tokenize_for_dates(text.text));
}

std::optional<PublicationGuess> find_publication_date(const normalize::NormalizedText& text,
                                                      const extract::DateTokens& tokens) {
  const auto mentions = extract::extract_dates(text, tokens, extract::DateOptions{});
  // Normalized line starts, to place each mention and look at its neighbours.
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = 0; i < text.text.size(); ++i) {
    if (text.text[i] == '\n') line_starts.push_back(i + 1);
  }
  // Map original spans back to normalized offsets through the offset map.
  auto to_normalized = [&](std::size_t orig) { return text.from_original(orig); };
  std::vector<Candidate> cands;
  for (const auto& m : mentions) {
    if (m.kind != MentionKind::kDate || m.relative || m.unresolved) continue;
    if (m.earliest.empty() || m.earliest != m.latest) continue;  // a day, not a period
    const auto date = util::parse_iso(m.earliest);
    if (!date) continue;
    const std::size_t nb = to_normalized(m.span.start);
    const std::size_t ne = to_normalized(m.span.end);
    const auto line_it = std::upper_bound(line_starts.begin(), line_starts.end(), nb);
    const std::size_t line = static_cast<std::size_t>(line_it - line_starts.begin());
    if (line > kTopLines) break;
    const std::size_t ls = line_starts[line - 1];
    const std::size_t le = line < line_starts.size() ? line_starts[line] - 1 : text.text.size();
    Candidate c;
    c.date = *date;
    c.line = line;
    c.text = m.text;
    const std::string_view before = std::string_view(text.text).substr(ls, nb - ls);
    const std::string_view after = std::string_view(text.text).substr(ne, le > ne ? le - ne : 0);
    // A cue at the head of its line: "نشر بتاريخ 6/2/2023"; "… الزلزال الذي وقع بتاريخ
    // 6/2/2023" in a sentence dates what it reports.
    if (ends_with_cue(lower_ascii(before)) && count_words(before) <= kMaxWordsBesideDate + 2) {
      c.strong = true;
      c.why = "follows a publication cue";
    } else if ((followed_by_time(after) || m.text.find(':') != std::string::npos) &&
               count_words(before) <= kMaxWordsBesideDate) {
      // A date with its time at the head of its line; "… عند الساعة 4:17 فجر السادس من
      // شباط 2023" deep in a sentence is a time the article reports.
      c.strong = true;
      c.why = "a dateline with a time of day";
    } else if (le - ls <= kShortLineBytes && stands_alone(before, after)) {
      c.why = "a date alone on a short line near the top";
    } else {
      continue;  // a date inside a caption or a sentence
    }
    cands.push_back(std::move(c));
  }
  if (cands.empty()) return std::nullopt;
  auto strong =
      std::find_if(cands.begin(), cands.end(), [](const Candidate& c) { return c.strong; });
  // Without a cue, a header date that is later than a dateline below it is the day the
  // page was saved: take the later line's date.
  const Candidate* pick = &cands.front();
  if (strong != cands.end()) {
    pick = &*strong;
  } else if (cands.size() > 1 && cands[1].date < cands[0].date) {
    pick = &cands[1];
  }
  const Candidate& chosen = *pick;
  PublicationGuess guess;
  guess.date = chosen.date;
  guess.note = "publication date " + util::to_iso(chosen.date) + " from line " +
               std::to_string(chosen.line) + " (\"" + chosen.text + "\"): " + chosen.why;
  for (const auto& c : cands) {
    if (&c == &chosen) continue;
    if (c.line < chosen.line && chosen.date < c.date) {
      guess.note += "; " + util::to_iso(c.date) + " on line " + std::to_string(c.line) +
                    " is later than the article's own dateline: page furniture (the day the "
                    "page was saved), not the publication date";
    } else if (c.date != chosen.date) {
      guess.note +=
          "; " + util::to_iso(c.date) + " on line " + std::to_string(c.line) + " was not chosen";
    }
  }
  return guess;
}

}  // namespace fc::timeres
