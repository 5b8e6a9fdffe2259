// Claim: a mention plus what it is about (SPEC.md "Claims"); Finding: what comparing
// claims reports (SPEC.md "The JSON report"). Findings are data, never errors.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factcheck/core/mention.hpp"

namespace fc {

struct Claim {
  std::string id;      ///< "source:line:column" of the mention
  std::string source;  ///< source id
  Mention mention;
  std::string counted;             ///< canonical or normalized noun; empty when unknown
  std::vector<std::string> whose;  ///< sorted canonical owners
  std::vector<std::string> where;  ///< sorted canonical places
  std::string event;               ///< dates: the event dated (invasion, withdrawal ...)
  std::string as_of_earliest;      ///< ISO day or empty when unknown
  std::string as_of_latest;
  std::string key;              ///< counted|whose|where, or event|... for dates
  bool key_certain = false;     ///< counted came from a check, not a guess
  std::string quote;            ///< the sentence, original bytes
  std::size_t quote_start = 0;  ///< byte offset of the quote in the source
  bool where_implied = false;   ///< no place named: the article's main place was assumed
};

enum class FindingKind { kContradiction, kCorroboration, kSingleSource, kDateInconsistency };
enum class Severity { kInfo, kWarning, kError };

[[nodiscard]] const char* to_string(FindingKind kind);
[[nodiscard]] const char* to_string(Severity severity);

struct Finding {
  std::string id;  ///< stable fingerprint of kind, key, sources and values
  FindingKind kind = FindingKind::kSingleSource;
  Severity severity = Severity::kInfo;
  std::string key;
  std::vector<std::string> claims;   ///< claim ids
  std::vector<std::string> sources;  ///< sorted source ids
  /// The values compared, one per claim in `claims` order ("2500", "185000-208000",
  /// "2021-12-01..2021-12-31").
  std::vector<std::string> values;
  std::string message;
  std::string baseline;  ///< "new" | "known" | empty when no baseline was given
  bool suppressed = false;
  std::string suppression_reason;
};

/// The order findings are reported in: kind (contradictions, date inconsistencies,
/// corroborations, single-source claims: what an editor must act on first), severity
/// (highest first), key, id. The comparison returns its findings in it, so the writers,
/// which order them so too, find them already in order.
[[nodiscard]] bool finding_order_less(const Finding& a, const Finding& b);

/// An input problem: shown in the report, makes the run exit 2.
struct Problem {
  std::string source;  ///< source id or file path
  int line = 0;
  int column = 0;
  std::string message;
};

}  // namespace fc
