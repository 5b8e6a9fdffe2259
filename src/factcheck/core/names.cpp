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

}  // namespace fc
