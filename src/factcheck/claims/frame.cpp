#include "factcheck/claims/frame.hpp"

namespace fc::claims {

namespace {

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

}  // namespace

void fill_measure(Claim& c, const rules::Subject* ms, const rules::Subject* entity,
                  const std::string& counted, const std::string& unit,
                  const rules::RuleSet& rules) {
  auto& f = c.frame;
  f.unit = unit;
  const rules::Subject* es =
      entity != nullptr && entity->role == rules::SubjectRole::kEntity ? entity : nullptr;
  if (ms != nullptr) {
    f.measure = {ms->name, Provenance::kClause};
    if (es != nullptr && rules.event(es->name) == nullptr) f.qualifiers.push_back(es->name);
  } else if (es != nullptr) {
    f.measure = {es->name, Provenance::kClause};
  } else if (!counted.empty()) {
    f.measure = {counted.substr(0, counted.find('[')), Provenance::kClause};
  }
  const rules::Subject* sem = ms != nullptr && ms->semantics != Semantics::kUnknown ? ms : es;
  if (sem != nullptr) {
    f.semantics = sem->semantics;
    f.max_change_per_day = sem->max_change_per_day;
  }
}

void fill_place(Claim& c, Provenance from, const rules::RuleSet& rules) {
  auto& f = c.frame;
  f.place = {join(c.where), c.where_implied ? Provenance::kArticle : from};
  if (c.where.size() > 1) {
    f.place_scope = "sum";
  } else if (c.where.size() == 1) {
    const auto* p = rules.place(c.where[0]);
    f.place_scope = p == nullptr ? "" : (p->kind == "base" ? "city" : p->kind);
  }
}

void fill_time(Claim& c, Provenance from, const std::optional<util::CivilDate>& published) {
  auto& f = c.frame;
  if (!c.as_of_earliest.empty()) {
    f.time = {c.as_of_earliest == c.as_of_latest || c.as_of_latest.empty()
                  ? c.as_of_earliest
                  : c.as_of_earliest + ".." + c.as_of_latest,
              from};
  } else if (published) {
    f.time = {util::to_iso(*published), Provenance::kAssumed};
  }
}

}  // namespace fc::claims
