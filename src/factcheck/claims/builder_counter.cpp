#include <map>
#include <tuple>

#include "factcheck/claims/builder.hpp"

namespace fc::claims::detail {

namespace {

/// How far from a figure its counter is looked for, in tokens of its sentence.
constexpr std::size_t kCounterBefore = 30;
constexpr std::size_t kCounterAfter = 8;

}  // namespace

/// "أعلنت وزارة الصحة ... 41 قتيلا", "رقم منظمة الصحة العالمية البالغ 3958", "the WHO put
/// the toll at 3,958": the body before the figure; "41 dead, the health ministry said",
/// "بحسب الدفاع المدني": one right after it, with no other figure between. A body named
/// inside a longer one ("الهلال الأحمر" in "الاتحاد الدولي لجمعيات الصليب الأحمر والهلال
/// الأحمر", "الأمم المتحدة" in "مفوضية الأمم المتحدة لشؤون اللاجئين") is the longer one.
FrameSlot Builder::counter_of(std::size_t first, std::size_t last) const {
  const auto n = tt_.tokens.size();
  if (first >= n || rules_.bodies.empty()) return {};
  const int sentence = tt_.tokens[first].sentence;
  const auto widest = [&](const LexMatch* m) {
    const std::size_t end = m->first + m->length;
    for (std::size_t k = m->first; k-- > (m->first >= 8 ? m->first - 8 : 0);) {
      if (tt_.tokens[k].sentence != sentence) break;
      const auto* o = match_at(k, LexKind::kBody);
      if (o != nullptr && o->first + o->length >= end) m = o;
    }
    return m;
  };
  const auto slot = [&](const LexMatch* m) {
    return FrameSlot{rules_.bodies[m->index].name,
                     same_clause(m->first, first) ? Provenance::kClause : Provenance::kSentence};
  };
  for (std::size_t k = first; k-- > (first >= kCounterBefore ? first - kCounterBefore : 0);) {
    if (tt_.tokens[k].sentence != sentence) break;
    if (const auto* m = match_at(k, LexKind::kBody);
        m != nullptr && m->first + m->length <= first) {
      return slot(widest(m));
    }
  }
  for (std::size_t k = last; k < last + kCounterAfter && k < n; ++k) {
    if (tt_.tokens[k].sentence != sentence || figure_at_[k] != 0) break;
    if (const auto* m = match_at(k, LexKind::kBody)) return slot(m);
  }
  return {};
}

void Builder::share_counters(std::vector<Claim>& claims) {
  using Figure = std::tuple<std::string, double, double>;
  std::map<Figure, std::string> named;  // the first counter named for each figure
  const auto figure = [](const Claim& c) {
    return Figure{c.key, c.mention.low.value_or(0), c.mention.high.value_or(0)};
  };
  for (const auto& c : claims) {
    if (!c.key.empty() && !c.frame.counter.value.empty()) {
      named.try_emplace(figure(c), c.frame.counter.value);
    }
  }
  if (named.empty()) return;
  for (auto& c : claims) {
    if (c.key.empty() || !c.frame.counter.value.empty()) continue;
    if (const auto it = named.find(figure(c)); it != named.end()) {
      c.frame.counter = {it->second, Provenance::kArticle};
    }
  }
}

}  // namespace fc::claims::detail
