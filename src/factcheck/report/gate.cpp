#include "factcheck/report/gate.hpp"

#include <algorithm>
#include <set>

#include "factcheck/core/span.hpp"

namespace fc::report {

namespace {

constexpr std::string_view kOpen = "<!--";
constexpr std::string_view kClose = "-->";
constexpr std::string_view kDirective = "factcheck-ignore:";
constexpr std::string_view kReasonSeparator = " -- ";

std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool involves(const Finding& f, const std::string& source) {
  return std::find(f.sources.begin(), f.sources.end(), source) != f.sources.end();
}

}  // namespace

std::vector<Suppression> find_inline_suppressions(const Source& source,
                                                  std::vector<Problem>& problems) {
  std::vector<Suppression> out;
  const std::string_view text(source.bytes);
  std::optional<LineIndex> index;
  std::size_t pos = 0;
  while ((pos = text.find(kOpen, pos)) != std::string_view::npos) {
    const std::size_t close = text.find(kClose, pos + kOpen.size());
    if (close == std::string_view::npos) break;
    const std::string_view body = trim(text.substr(pos + kOpen.size(), close - pos - kOpen.size()));
    const std::size_t at = pos;
    pos = close + kClose.size();
    if (body.substr(0, kDirective.size()) != kDirective) continue;
    if (!index) index.emplace(text);
    const int line = index->line_of(at);
    const std::string_view rest = body.substr(kDirective.size());
    const std::size_t sep = rest.find(kReasonSeparator);
    const std::string_view target = trim(rest.substr(0, sep));
    const std::string_view reason =
        sep == std::string_view::npos ? std::string_view() : trim(rest.substr(sep + 4));
    if (target.empty() || reason.empty()) {
      problems.push_back(Problem{source.path, line, index->column_of(at),
                                 "factcheck-ignore needs a finding id or key and a reason: "
                                 "write <!-- factcheck-ignore: ID-or-key -- why -->"});
      continue;
    }
    out.push_back(Suppression{std::string(target), std::string(reason),
                              source.path + ":" + std::to_string(line), source.id});
  }
  return out;
}

void apply_suppressions(Report& report, const std::vector<Suppression>& suppressions) {
  for (const auto& s : suppressions) {
    bool matched = false;
    for (auto& f : report.findings) {
      if (f.id != s.target && f.key != s.target) continue;
      if (!s.source.empty() && !involves(f, s.source)) continue;
      matched = true;
      if (f.suppressed) continue;  // the first suppression's reason stands
      f.suppressed = true;
      f.suppression_reason = s.reason + " (" + s.origin + ")";
    }
    if (!matched) {
      report.warnings.push_back(Problem{
          s.origin, 0, 0,
          "factcheck-ignore '" + s.target + "' matches no finding: remove it or fix the id"});
    }
  }
}

void mark_baseline(Report& report, const Report& baseline) {
  std::set<std::string> known;
  for (const auto& f : baseline.findings) known.insert(f.id);
  for (auto& f : report.findings) f.baseline = known.count(f.id) != 0 ? "known" : "new";
}

void restrict_to_draft(Report& report, const std::string& draft_id) {
  report.draft = draft_id;
  std::erase_if(report.findings, [&](const Finding& f) { return !involves(f, draft_id); });
  std::erase_if(report.not_compared, [&](const NotCompared& n) { return n.source != draft_id; });
}

std::vector<const Claim*> unverified_draft_claims(const Report& report) {
  std::vector<const Claim*> out;
  if (report.draft.empty()) return out;
  std::set<std::string> checked;
  for (const auto& f : report.findings) {
    if (f.kind == FindingKind::kSingleSource) continue;
    for (const auto& id : f.claims) checked.insert(id);
  }
  for (const auto& c : report.claims) {
    if (c.source == report.draft && checked.count(c.id) == 0) out.push_back(&c);
  }
  return out;
}

Result<std::optional<Severity>> parse_fail_on(std::string_view text) {
  if (text == "error") return std::optional<Severity>(Severity::kError);
  if (text == "warning") return std::optional<Severity>(Severity::kWarning);
  if (text == "never") return std::optional<Severity>();
  return make_error(ErrorCode::kUsage,
                    "--fail-on must be error, warning or never, not '" + std::string(text) + "'");
}

bool fails_run(const Finding& finding, const std::optional<Severity>& threshold) {
  return threshold && !finding.suppressed && finding.baseline != "known" &&
         static_cast<int>(finding.severity) >= static_cast<int>(*threshold);
}

}  // namespace fc::report
