// Whether two claims of one key disagree, read through their quantity semantics: a
// running total only rises, a level holds at one time and drifts at a declared rate, an
// event constant never changes, a period value holds for its own period only.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "factcheck/compare/items.hpp"

namespace fc::compare::detail {

/// How long around a level's time another figure is "nearby": a difference faster than
/// the measure's declared rate of change is still a disagreement then.
constexpr std::int64_t kNearbyDays = 31;
/// A level whose measure declares no rate of change is read as holding this many days
/// around a stated day: figures of days that close apart are held to one another, with
/// doubt (a warning at most).
constexpr std::int64_t kUndeclaredLevelDays = 2;
/// A time of at most this many days is an instant (a day, an evening across midnight);
/// a longer one is a stretch the figure held somewhere in.
constexpr std::int64_t kInstantDays = 3;
/// Lines of one source (blank ones too) within which its successive counts are one
/// narrated passage: some six paragraphs.
constexpr int kPassageLines = 12;
/// A running total is one event's: two of its figures this many days apart are most often
/// of two events of one kind and place (a quake of 2022, another of 2025), not one count
/// gone down.
constexpr std::int64_t kOneEventDays = 180;
/// A running total stated later under this fraction of an earlier one is read as a part of
/// it, not as the total gone down.
constexpr double kPartRatio = 0.5;
/// Within one article, a figure under this fraction of another of its key and time is a
/// part of it (a breakdown), not the same count stated otherwise.
constexpr double kSameArticlePartRatio = 0.8;

/// The semantics a key's claims are compared under: the frame's when the claim builder
/// set one, else what the checks' subject flags say (cumulative, constant, else a level).
[[nodiscard]] Semantics semantics_of(const Claim& c, const SubjectInfo& info);

/// Why two claims cannot both hold, or that they can.
enum class Clash : std::uint8_t {
  kNone,
  kApart,        ///< the same thing at the same time, ranges that do not overlap
  kEdgesOnly,    ///< two estimates that meet only at the edges of both margins
  kWentDown,     ///< a running total that is lower later
  kDriftedFast,  ///< a level that moved faster than its declared rate between nearby times
  kNearbyApart   ///< a level without a declared rate, days apart, ranges that do not overlap
};

struct Verdict {
  Clash clash = Clash::kNone;
  bool doubt_time = false;  ///< a time was not stated, or a source's date is unknown
};

/// Judges a pair of one key's items under `semantics` (with the measure's drift rate, and
/// for constants the gap beyond which two values are two events').
[[nodiscard]] Verdict judge(const Item& a, const Item& b, Semantics semantics,
                            double max_change_per_day, double distinct_beyond = 0);

/// Pairs of a key's items that clash, by `Item::index`. An item is paired only with the
/// `window` items after it (all of them in a small key, its neighbours in a large one),
/// so a pair is one bit in the earlier item's row: a key of 60,000 claims has over a
/// million such pairs, which as a list took 35 MB and as bits take 480 KB.
class Conflicts {
 public:
  /// Room for `items` items, each paired with at most the `window` after it; no pair yet.
  void reset(std::size_t items, std::size_t window);
  /// Records that items `a` and `b` contradict (|a - b| at most the window).
  void add(std::size_t a, std::size_t b);
  [[nodiscard]] bool empty() const { return !any_; }
  /// Whether `fn(other)` holds for some item `other` that `item` contradicts.
  template <class Fn>
  [[nodiscard]] bool any_of(std::size_t item, Fn fn) const {
    if (!any_) return false;
    for (std::size_t w = 0; w < words_; ++w) {  // the later items
      for (std::uint64_t word = bits_[item * words_ + w]; word != 0; word &= word - 1) {
        if (fn(item + 1 + w * 64 + static_cast<std::size_t>(std::countr_zero(word)))) return true;
      }
    }
    for (std::size_t k = item > window_ ? item - window_ : 0; k < item; ++k) {  // the earlier
      const std::size_t d = item - k - 1;
      if (((bits_[k * words_ + d / 64] >> (d % 64)) & 1) != 0 && fn(k)) return true;
    }
    return false;
  }

 private:
  std::size_t window_ = 0;
  std::size_t words_ = 0;
  std::vector<std::uint64_t> bits_;  ///< row i: bit d set when items i and i + 1 + d contradict
  bool any_ = false;
};

}  // namespace fc::compare::detail
