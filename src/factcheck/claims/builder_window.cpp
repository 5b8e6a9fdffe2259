// Counts over a window of the last hours or days (issue 17): "مقتل 26 شخصاً خلال الـ24
// ساعة الماضية", "in the past two days, 40 were injured". Such a figure is the window's
// new cases: never the running total it adds to, and held only to counts of the same
// window.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "factcheck/claims/builder.hpp"
#include "factcheck/claims/frame_cues.hpp"
#include "factcheck/util/civil_date.hpp"

namespace fc::claims::detail {

namespace {

/// The hours of an ISO 8601 duration of hours or days ("PT24H", "P2D"), or 0.
int duration_hours(const std::string& iso) {
  const bool hours = iso.rfind("PT", 0) == 0 && iso.size() > 3 && iso.back() == 'H';
  const bool days = !hours && iso.rfind('P', 0) == 0 && iso.size() > 2 && iso.back() == 'D';
  if (!hours && !days) return 0;
  const char* b = iso.data() + (hours ? 2 : 1);
  const char* e = iso.data() + iso.size() - 1;
  int n = 0;
  const auto [ptr, ec] = std::from_chars(b, e, n);
  if (ec != std::errc() || ptr != e || n <= 0) return 0;
  return hours ? n : 24 * n;
}

}  // namespace

void Builder::find_windows() {
  const std::size_t n = tt_.tokens.size();
  window_.assign(n, 0);
  // The count of each token's mention: a number or an ordinal ("الأربع والعشرين"), in
  // hours already for a duration ("24 ساعة").
  std::vector<double> count(n, 0);
  std::vector<int> duration(n, 0);
  for (const auto& m : view_.mentions) {
    const auto [f, l] = token_range(m);
    for (std::size_t k = f; k < l && k < n; ++k) {
      if (m.kind == MentionKind::kDuration) {
        duration[k] = duration_hours(m.date_value);
      } else if (m.kind != MentionKind::kDate && m.value && *m.value > 0 && *m.value <= 1000) {
        count[k] = *m.value;
      }
    }
  }
  // Only a window within reach of a figure is ever read (window_of looks 10 tokens each
  // way): the cue lookups are skipped elsewhere. figures[k]: figure tokens before k.
  std::vector<std::uint32_t> figures(n + 1, 0);
  for (std::size_t k = 0; k < n; ++k) figures[k + 1] = figures[k] + (in_figure_[k] != 0 ? 1 : 0);
  constexpr std::size_t kReach = 16;
  const auto near_figure = [&](std::size_t u) {
    const std::size_t lo = u >= kReach ? u - kReach : 0;
    const std::size_t hi = std::min(n, u + kReach + 1);
    return figures[hi] > figures[lo];
  };
  const auto& past = rules_.cue(Cue::kWindowPast);
  for (std::size_t u = 0; u < n; ++u) {
    if (!near_figure(u)) continue;
    const bool hours = cue_at(tt_, rules_.cue(Cue::kWindowHours), u) > 0;
    const bool days = !hours && cue_at(tt_, rules_.cue(Cue::kWindowDays), u) > 0;
    // "يوم الأحد الماضي" is a day, not a window.
    if ((!hours && !days) || is_any_date(u)) continue;
    // "the last 24 hours", "الساعات الـ24 الأخيرة", "الـ24 ساعة الماضية".
    std::size_t lo = u;
    std::size_t hi = u + 1;
    bool told = false;
    for (std::size_t k = u >= 3 ? u - 3 : 0; k < u + 5 && k < n; ++k) {
      if (k == u || !same_clause(k, u) || cue_at(tt_, past, k) == 0) continue;
      told = true;
      lo = std::min(lo, k);
      hi = std::max(hi, k + 1);
    }
    if (!told) continue;
    int h = duration[u];
    if (h == 0) {
      // The count nearest the unit, after it first: "الساعات الأربع والعشرين", "the last
      // 24 hours" (not "بينهم 14 في الساعات ...").
      double c = 0;
      for (const int d : {1, -1, 2, -2, 3}) {
        if ((d < 0 && u < static_cast<std::size_t>(-d)) || u + d >= n) continue;
        const std::size_t k = u + d;
        if (count[k] > 0 && same_clause(k, u)) {
          c = count[k];
          lo = std::min(lo, k);
          hi = std::max(hi, k + 1);
          break;
        }
      }
      // "the past day", "اليومين الماضيين": one, or two of a dual.
      const std::string_view w = tt_.tokens[u].text;
      const bool dual = days && w.size() > 4 && w.substr(w.size() - 4) == "\xd9\x8a\xd9\x86";
      if (c == 0) c = dual ? 2 : 1;
      if (c != std::floor(c)) continue;
      h = static_cast<int>(c) * (hours ? 1 : 24);
    }
    for (std::size_t k = lo; k < hi; ++k) window_[k] = h;
  }
}

bool Builder::in_window(std::size_t first, std::size_t last) const {
  for (std::size_t k = first; k < last && k < window_.size(); ++k) {
    if (window_[k] == 0) return false;
  }
  return first < last && first < window_.size();
}

int Builder::window_of(std::size_t first, std::size_t last) const {
  const std::size_t n = window_.size();
  const auto other_figure = [&](std::size_t k) { return in_figure_[k] != 0 && window_[k] == 0; };
  // After the figure, up to another figure or its parts ("بينهم"): "مقتل 26 شخصاً خلال
  // الـ24 ساعة الماضية".
  for (std::size_t k = last; k < last + 10 && k < n && same_clause(k, first); ++k) {
    if (window_[k] != 0) return window_[k];
    if (other_figure(k) || cue_at(tt_, rules_.cue(Cue::kSomeOfThem), k) > 0) break;
  }
  // Before it, past the comma after an opening phrase: "In the last 24 hours, 12 people
  // died".
  const int sentence = first < n ? tt_.tokens[first].sentence : -1;
  for (std::size_t k = first;
       k-- > (first >= 10 ? first - 10 : 0) && tt_.tokens[k].sentence == sentence;) {
    if (other_figure(k)) break;
    if (window_[k] == 0) continue;
    // A window after another figure of its clause is that figure's: "69,000 houses were
    // destroyed in the last 24 hours, with 1.1 million damaged since June".
    for (std::size_t j = k; j-- > (k >= 12 ? k - 12 : 0) && same_clause(j, k);) {
      if (other_figure(j)) return 0;
    }
    return window_[k];
  }
  return 0;
}

void Builder::add_window(Claim& c, std::size_t first, std::size_t last) const {
  const int h = window_of(first, last);
  if (h == 0 || c.key.empty()) return;
  const std::string name = "last_" + std::to_string(h) + "h";
  auto& q = c.frame.qualifiers;
  q.push_back(name);
  sort_unique(q);
  add_key_qualifiers(c.key, name);
  c.frame.semantics = Semantics::kPeriodValue;
  // The window ends at the statement: its day, or the publication's.
  if (c.as_of_earliest.empty() && view_.source.published) {
    c.as_of_earliest = c.as_of_latest = util::to_iso(*view_.source.published);
  }
}

}  // namespace fc::claims::detail
