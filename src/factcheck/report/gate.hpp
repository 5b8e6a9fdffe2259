// The CI gate around a report: inline and check suppressions, baselines (known and new
// findings), the --draft filter, and which findings fail the run (SPEC.md "Exit codes").
// What a report displays is decided by the writers; what fails the run is decided here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/source.hpp"
#include "factcheck/report/report.hpp"

namespace fc::report {

/// Every `<!-- factcheck-ignore: ID-or-key -- reason -->` comment in `source.bytes`,
/// with origin "path:line". A comment without a target or without a reason is appended
/// to `problems` (file:line:col and what to write) and is not applied.
[[nodiscard]] std::vector<Suppression> find_inline_suppressions(const Source& source,
                                                                std::vector<Problem>& problems);

/// Marks the findings each suppression names (by finding id or by key; an inline one
/// only findings that involve its source): suppressed, with "reason (origin)". A
/// suppression that matches no finding becomes a warning of the report.
void apply_suppressions(Report& report, const std::vector<Suppression>& suppressions);

/// Marks each finding "known" when its id is among the baseline's findings, else "new".
void mark_baseline(Report& report, const Report& baseline);

/// --draft: keeps only findings that involve `draft_id` and sets report.draft.
void restrict_to_draft(Report& report, const std::string& draft_id);

/// Claims of the draft that no other source confirms or contradicts (in claim order).
[[nodiscard]] std::vector<const Claim*> unverified_draft_claims(const Report& report);

/// "error" | "warning" | "never" → the lowest failing severity (nullopt for never).
/// Returns an Error for anything else.
[[nodiscard]] Result<std::optional<Severity>> parse_fail_on(std::string_view text);

/// True when `finding` fails the run at `threshold`: not suppressed, not known from the
/// baseline, and at least as severe.
[[nodiscard]] bool fails_run(const Finding& finding, const std::optional<Severity>& threshold);

}  // namespace fc::report
