// SARIF 2.1.0 for code-scanning dashboards: one run, one rule per finding kind, a result
// per finding located at its first claim (the others as related locations), levels from
// severities and partialFingerprints from the content-based finding ids.
#include <algorithm>
#include <cctype>
#include <map>

#include "factcheck/report/bidi_text.hpp"
#include "factcheck/report/mention_json.hpp"
#include "factcheck/report/report.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::report {

namespace {

/// GitHub code scanning rejects a result with more related locations.
constexpr std::size_t kMaxRelated = 1000;

struct RuleInfo {
  FindingKind kind;
  const char* name;
  const char* description;
  const char* level;
  const char* help;
};

constexpr RuleInfo kRules[] = {
    {FindingKind::kContradiction, "Contradiction",
     "Two sources give values for the same claim that cannot both hold.", "error",
     "The figures are about the same thing (what is counted, whose, where) at overlapping "
     "times, and their ranges (widened by rounding, hedges and the check's tolerance) do not "
     "meet. Check both articles against the primary source and correct the wrong one; if they "
     "are about different things, say so in the text, or suppress the finding in the article "
     "with <!-- factcheck-ignore: FINDING-ID -- reason -->."},
    {FindingKind::kDateInconsistency, "DateInconsistency",
     "Dates for the same event, or a date and its weekday, do not agree.", "warning",
     "Two dates given for one event differ, or a weekday does not fall on the date beside it. "
     "Correct the date, or suppress the finding with <!-- factcheck-ignore: FINDING-ID -- "
     "reason -->."},
    {FindingKind::kCorroboration, "Corroboration", "Several sources agree on the same claim.",
     "note", "Several sources give compatible figures for the same claim. Nothing to do."},
    {FindingKind::kSingleSource, "SingleSource", "A claim that only one source makes.", "note",
     "Only one source gives this figure: it could not be checked against another."},
};

const char* level_of(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "note";
}

/// A relative path as a URI reference: unreserved bytes and '/' kept, others %XX.
std::string to_uri(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::string to_sarif(const Report& report) {
  std::map<std::string, const Claim*> claims;
  for (const auto& c : report.claims) claims[c.id] = &c;
  std::map<std::string, const Source*> sources;
  for (const auto& s : report.sources) sources[s.id] = &s;

  auto location = [&](const Claim& c) -> Json {
    const auto it = sources.find(c.source);
    const std::string path = it != sources.end() ? it->second->path : c.source;
    Json region;
    region["startLine"] = std::max(1, c.mention.span.line);
    region["startColumn"] = std::max(1, c.mention.span.column);
    if (c.mention.text.find('\n') == std::string::npos && c.mention.span.column > 0) {
      region["endColumn"] =
          c.mention.span.column + static_cast<int>(util::count_code_points(c.mention.text));
    }
    region["snippet"] = Json{{"text", without_bidi_controls(c.mention.text)}};
    return Json{{"physicalLocation",
                 Json{{"artifactLocation", Json{{"uri", to_uri(path)}}}, {"region", region}}}};
  };

  Json rules = Json::array();
  std::map<FindingKind, int> rule_index;
  for (const auto& r : kRules) {
    rule_index[r.kind] = static_cast<int>(rules.size());
    rules.push_back(Json{{"id", to_string(r.kind)},
                         {"name", r.name},
                         {"shortDescription", Json{{"text", r.description}}},
                         {"help", Json{{"text", r.help}}},
                         {"defaultConfiguration", Json{{"level", r.level}}}});
  }

  const auto findings = findings_in_order(report.findings);
  Json results = Json::array();
  for (const auto* f : findings) {
    // Code scanning shows every result as an alert: only what a reviewer acts on (errors
    // and warnings) is one; corroborations and single-source claims stay in the
    // Markdown and JSON reports.
    if (f->severity == Severity::kInfo) continue;
    Json r;
    r["ruleId"] = to_string(f->kind);
    r["ruleIndex"] = rule_index[f->kind];
    r["level"] = level_of(f->severity);
    std::string message = plain_isolated(
        f->message.empty() ? std::string(to_string(f->kind)) + ": " + f->key : f->message);
    Json locations = Json::array();
    Json related = Json::array();
    int related_id = 0;
    std::size_t omitted = 0;
    for (const auto& id : f->claims) {
      const auto it = claims.find(id);
      if (it == claims.end()) continue;
      if (locations.empty()) {
        locations.push_back(location(*it->second));
      } else if (related.size() >= kMaxRelated) {
        ++omitted;
      } else {
        Json loc = location(*it->second);
        loc["id"] = related_id++;
        loc["message"] = Json{{"text", plain_isolated("source " + it->second->source + ": " +
                                                      it->second->mention.text)}};
        related.push_back(std::move(loc));
      }
    }
    if (omitted > 0) {
      message += " (" + std::to_string(omitted) + " more claims are listed in the JSON report)";
    }
    r["message"] = Json{{"text", message}};
    r["locations"] = std::move(locations);
    if (!related.empty()) r["relatedLocations"] = std::move(related);
    r["partialFingerprints"] = Json{{"factcheckFindingId/v1", f->id}};
    r["properties"] = Json{{"key", f->key}, {"sources", f->sources}, {"claims", f->claims}};
    if (!report.baseline.empty() || f->baseline == "known") {
      r["baselineState"] = f->baseline == "known" ? "unchanged" : "new";
    }
    if (f->suppressed) {
      // An inline suppression names its source file as origin: "why (path:line)".
      bool in_source = false;
      for (const auto& s : report.sources) {
        in_source =
            in_source || f->suppression_reason.find("(" + s.path + ":") != std::string::npos;
      }
      r["suppressions"] = Json::array({Json{{"kind", in_source ? "inSource" : "external"},
                                            {"justification", f->suppression_reason}}});
    }
    results.push_back(std::move(r));
  }

  Json driver{{"name", "factcheck"}, {"version", report.tool_version}, {"rules", std::move(rules)}};
  Json run{{"tool", Json{{"driver", std::move(driver)}}},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)}};
  Json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Json::array({std::move(run)})}};
  return sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace fc::report
