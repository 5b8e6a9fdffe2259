// Claim: a mention plus what it is about (SPEC.md "Claims"); Finding: what comparing
// claims reports (SPEC.md "The JSON report"). Findings are data, never errors.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factcheck/core/mention.hpp"

namespace fc {

/// Where a frame slot was read from, nearest first (issue 17): the clause the figure stands
/// in, its sentence, its paragraph, the headline, the article as a whole, or nothing in
/// the text (assumed, e.g. the publication date or the article's main country).
enum class Provenance { kClause, kSentence, kParagraph, kHeadline, kArticle, kAssumed };

/// How a measure behaves over time (declared per measure in checks/): a running total
/// (a toll, cases) only rises; a level (troops, a rate, a stockpile) must agree at one time
/// and may drift at a declared rate; an event constant (a magnitude, a final result, the
/// date of an event) never changes; a period value (a month's inflation) holds for its
/// period only.
enum class Semantics { kUnknown, kRunningTotal, kLevel, kEventConstant, kPeriodValue };

/// What the sentence does with the figure: reports it as fact, forecasts or expects it,
/// plans or targets it, sets it as a limit or cap, or recalls it as history. Only actuals
/// are compared with actuals.
enum class Modality { kActual, kForecast, kPlan, kLimit, kBackground };

/// One slot of a claim's frame: its canonical value (empty when unknown) and where it
/// was read from.
struct FrameSlot {
  std::string value;
  Provenance from = Provenance::kAssumed;
};

/// What a figure is about, slot by slot (SPEC.md "Claims": the frame). The key is made
/// from it; the comparison reads its semantics, modality and provenance.
struct Frame {
  FrameSlot measure;                    ///< canonical measure from checks/ (killed, troops)
  std::string unit;                     ///< unit of the figure (%, USD, barrels); empty: a count
  std::vector<std::string> qualifiers;  ///< sorted canonical qualifiers (urban, food, children)
  FrameSlot owner;                      ///< whose figure (US), canonical
  FrameSlot counter;                    ///< the body that counted it (WHO), canonical
  FrameSlot place;                      ///< a place id: ISO 3166 code, or a checks/ id
  std::string place_scope;              ///< country | province | city | region | sum | empty
  FrameSlot event;                      ///< type plus what tells it apart (quake#2, runoff)
  FrameSlot time;                       ///< ISO day or period (2023-03, 2023-03-07..2023-03-09)
  Modality modality = Modality::kActual;
  Semantics semantics = Semantics::kUnknown;
  double max_change_per_day = 0;  ///< levels: declared drift per day (fraction); 0 = none
  /// Why the figure is not part of the story ("teaser": a "Read also" block about
  /// another story); empty when it is. Such a claim has no key.
  std::string excluded;
};

[[nodiscard]] const char* to_string(Provenance from);
[[nodiscard]] const char* to_string(Semantics semantics);
[[nodiscard]] const char* to_string(Modality modality);

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
  Frame frame;                  ///< what the figure is about, slot by slot (issue 17)
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

/// A claim that took part in no finding, and why (SPEC.md "Claims": nothing is silently
/// left out of the comparison).
struct NotCompared {
  std::string claim;   ///< claim id
  std::string source;  ///< its source id
  std::string reason;  ///< one of a few fixed sentences (not_compared_reasons)
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
