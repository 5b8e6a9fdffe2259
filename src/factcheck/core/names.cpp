#include "factcheck/core/claim.hpp"
#include "factcheck/core/source.hpp"

namespace fc {

const char* to_string(PublishedFrom from) {
  switch (from) {
    case PublishedFrom::kManifest:
      return "manifest";
    case PublishedFrom::kText:
      return "text";
    case PublishedFrom::kOption:
      return "option";
    case PublishedFrom::kUnknown:
      return "unknown";
  }
  return "unknown";
}

const char* to_string(FindingKind kind) {
  switch (kind) {
    case FindingKind::kContradiction:
      return "contradiction";
    case FindingKind::kCorroboration:
      return "corroboration";
    case FindingKind::kSingleSource:
      return "single-source";
    case FindingKind::kDateInconsistency:
      return "date-inconsistency";
  }
  return "single-source";
}

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "info";
}

const char* to_string(Provenance from) {
  switch (from) {
    case Provenance::kClause:
      return "clause";
    case Provenance::kSentence:
      return "sentence";
    case Provenance::kParagraph:
      return "paragraph";
    case Provenance::kHeadline:
      return "headline";
    case Provenance::kArticle:
      return "article";
    case Provenance::kAssumed:
      return "assumed";
  }
  return "assumed";
}

const char* to_string(Semantics semantics) {
  switch (semantics) {
    case Semantics::kUnknown:
      return "unknown";
    case Semantics::kRunningTotal:
      return "running-total";
    case Semantics::kLevel:
      return "level";
    case Semantics::kEventConstant:
      return "event-constant";
    case Semantics::kPeriodValue:
      return "period-value";
  }
  return "unknown";
}

const char* to_string(Modality modality) {
  switch (modality) {
    case Modality::kActual:
      return "actual";
    case Modality::kForecast:
      return "forecast";
    case Modality::kPlan:
      return "plan";
    case Modality::kLimit:
      return "limit";
    case Modality::kBackground:
      return "background";
  }
  return "actual";
}

namespace {

int kind_rank(FindingKind kind) {
  switch (kind) {
    case FindingKind::kContradiction:
      return 0;
    case FindingKind::kDateInconsistency:
      return 1;
    case FindingKind::kCorroboration:
      return 2;
    case FindingKind::kSingleSource:
      return 3;
  }
  return 4;
}

}  // namespace

bool finding_order_less(const Finding& a, const Finding& b) {
  const int ka = kind_rank(a.kind);
  const int kb = kind_rank(b.kind);
  if (ka != kb) return ka < kb;
  if (a.severity != b.severity) return a.severity > b.severity;
  // One comparison of each string (compare() is three-way), not two.
  if (const int c = a.key.compare(b.key); c != 0) return c < 0;
  return a.id < b.id;
}

}  // namespace fc
