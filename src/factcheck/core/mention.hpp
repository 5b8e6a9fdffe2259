// Mention: one numeric or date expression found in a source, with its value and its
// span in the original bytes (SPEC.md "Mentions").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "factcheck/core/span.hpp"

namespace fc {

enum class MentionKind { kNumber, kVague, kRange, kChange, kOrdinal, kPercent, kDuration, kDate };

/// "number", "vague", ... as in SPEC.md.
[[nodiscard]] std::string_view to_string(MentionKind kind);
[[nodiscard]] std::optional<MentionKind> mention_kind_from_string(std::string_view text);

/// How a hedge bounds a number: "about 2,500" is kAbout, "more than 2,500" kMoreThan.
enum class Hedge { kNone, kAbout, kMoreThan, kLessThan, kAtLeast, kAtMost };

struct Mention {
  MentionKind kind = MentionKind::kNumber;
  std::string text;  ///< the original bytes at `span`
  Span span;         ///< original byte offsets; line/column filled by the pipeline

  // Numeric kinds. `value` is set when exact; `low`/`high` always (equal when exact).
  std::optional<double> value;
  std::optional<double> low;
  std::optional<double> high;
  std::optional<double> from;  ///< change: before
  std::optional<double> to;    ///< change: after
  bool approximate = false;    ///< the text hedges (نحو, about) or is vague
  Hedge hedge = Hedge::kNone;
  /// Digits that were written: "2500" is exact, "2,500" round; lets comparison
  /// apply rounding-aware tolerance (statcheck style). 0 when not from digits.
  int significant_digits = 0;
  /// The value exceeds what a double holds exactly (more than 2^53): flagged, not trusted.
  bool imprecise = false;

  // Dates and durations.
  std::string date_value;   ///< ISO 8601 / TIMEX3 value: 2003, 2021-07, 2021-W28, P3Y
  std::string earliest;     ///< first ISO day covered (dates)
  std::string latest;       ///< last ISO day covered (dates)
  std::string mod;          ///< early | mid | late | end | start
  bool relative = false;    ///< resolved against the publication date or an earlier date
  bool unresolved = false;  ///< relative, with nothing to anchor it
  /// Dates: a time of day the text gives with the day ("الساعة 18:07", "4.17 a.m."),
  /// "HH:MM" on a 24-hour clock; a clock time with no day named is an unresolved date.
  std::string time;
  /// Dates: the part of the day named ("مساء الأحد"): dawn | morning | noon | afternoon |
  /// evening | night.
  std::string day_part;
  std::string note;  ///< e.g. "weekday does not match the date"
};

}  // namespace fc
