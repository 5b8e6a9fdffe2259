// The value and time interval of a claim, as the comparison reads it: the subject's flags
// and tolerance from the checks, the figure's rounding and hedge, the claim's time.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/source.hpp"
#include "factcheck/rules/rule_set.hpp"

namespace fc::compare::detail {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// What a claim's counted noun is: the flags of the subjects it is made of.
struct SubjectInfo {
  bool cumulative = false;
  bool constant = false;
  bool owner_required = false;  ///< a subject of it is someone's (seats, output)
  double distinct_beyond = 0;   ///< constants: values further apart are two events'
  rules::Tolerance tolerance;
  std::optional<Severity> severity;
};

[[nodiscard]] SubjectInfo subject_info(const std::string& counted, const rules::RuleSet& rules);

/// The day number of an ISO day ("2023-03-07..."), nullopt when it is none.
[[nodiscard]] std::optional<std::int64_t> day_of(const std::string& iso);

/// A figure as the messages and fingerprints write it ("2500", "8.5", "inf").
[[nodiscard]] std::string fmt(double v);

/// Half the unit of the last written digit, as statcheck reads a rounded figure: "2,500"
/// may stand for [2450, 2550); capped at 5% so a round thousand is not a wide guess.
[[nodiscard]] double rounding_half(double v, int significant_digits);

struct Item {
  const Claim* c = nullptr;
  double lo = 0;
  double hi = 0;
  bool precise = true;  ///< exact or an explicit range: not hedged, not vague
  bool vague = false;
  bool hedged = false;
  bool about = false;    ///< hedged as an estimate (نحو, about), not as a bound
  double stated_lo = 0;  ///< the figure as written, before any margin
  double stated_hi = 0;
  /// Where it agrees with others, for corroborations: its interval, or for a bound
  /// ("more than 5300") the figure with its rounding, which two sources saying "more than
  /// 5300" share.
  double agree_lo = 0;
  double agree_hi = 0;
  /// A part of a larger figure its source gives for the same key and time (a breakdown:
  /// the men among the pilgrims, a province's toll): not held against other sources.
  bool part = false;
  bool time_known = false;
  bool time_implied = false;   ///< the publication date stood in for an unknown time
  bool level_implied = false;  ///< ... for a level that can change (troops deployed)
  /// Neither the claim nor its source has a date: compared on what it says, at any time,
  /// at a warning at most.
  bool date_unknown = false;
  bool focus = true;  ///< its source is in the scope's focus (always, without one)
  std::int64_t t_lo = 0;
  std::int64_t t_hi = 0;
  /// The hours of its one day its time names ("2023-02-06TMO": 6–12, "T18:07": 18:07), in
  /// minutes from midnight; -1 when none is told.
  int minute_lo = -1;
  int minute_hi = -1;
  std::string value;      ///< canonical value text (fingerprints, messages)
  std::size_t index = 0;  ///< where it stands in its key's items, once they are ordered
  /// Its claim's place in the key's claims sorted by id: orders as the id does, without
  /// comparing strings (a large key sorts and pairs millions of times).
  std::uint32_t rank = 0;
  std::uint32_t source_no = 0;  ///< equal for two items exactly when their sources are
  std::uint32_t voice = 0;      ///< equal for two items whose sources are copies of one text
};

/// Whether two items of one day were told at hours that cannot meet (the morning's and
/// the evening's); then `first` is the earlier.
[[nodiscard]] bool apart_in_the_day(const Item& a, const Item& b, const Item** first = nullptr);

/// The value interval of a numeric claim; nullopt when it holds no comparable value.
[[nodiscard]] std::optional<Item> numeric_item(const Claim& c, const SubjectInfo& info);

/// How long an undated level ("تحتفظ بـ2500 جندي") is taken to hold before publication.
constexpr std::int64_t kLevelDays = 7;

/// The time a claim holds for: its own, else its source's publication day (with doubt).
void set_time(Item& it, const Claim& c, const SubjectInfo& info,
              const std::unordered_map<std::string, const Source*>& sources);

/// Two estimates ("نحو 2500", "about 3,000") agree when one's stated figure lies within
/// the other's margin; when they touch only at the edges of both margins, they disagree.
[[nodiscard]] bool estimates_meet(const Item& a, const Item& b);

}  // namespace fc::compare::detail
