// Test support for the report tests: a Report built by hand with sources, Arabic and
// English claims, findings of every kind and severity, a suppressed one, problems, and
// text that tries to inject Markdown, HTML, links and bidi overrides.
#pragma once

#include <string>

#include "factcheck/report/report.hpp"

namespace fc::test {

/// A claim whose quote starts at byte `quote_start` of its source and whose mention is
/// the first occurrence of `figure` in `quote`.
inline Claim make_claim(const std::string& source, int line, const std::string& quote,
                        std::size_t quote_start, const std::string& figure, double value,
                        const std::string& key) {
  Claim c;
  const std::size_t at = quote.find(figure);
  c.source = source;
  c.mention.kind = MentionKind::kNumber;
  c.mention.text = figure;
  c.mention.value = value;
  c.mention.low = value;
  c.mention.high = value;
  c.mention.span.start = quote_start + at;
  c.mention.span.end = quote_start + at + figure.size();
  c.mention.span.line = line;
  c.mention.span.column = 1 + static_cast<int>(at % 7);
  c.id = source + ":" + std::to_string(line) + ":" + std::to_string(c.mention.span.column);
  c.key = key;
  const auto bar = key.find('|');
  c.counted = key.substr(0, bar);
  c.quote = quote;
  c.quote_start = quote_start;
  return c;
}

inline Claim make_date_claim(const std::string& source, int line, const std::string& quote,
                             const std::string& figure, const std::string& iso,
                             const std::string& event) {
  Claim c = make_claim(source, line, quote, 0, figure, 0, event + "|");
  c.mention.kind = MentionKind::kDate;
  c.mention.value.reset();
  c.mention.low.reset();
  c.mention.high.reset();
  c.mention.date_value = iso;
  c.mention.earliest = iso;
  c.mention.latest = iso;
  c.event = event;
  c.counted.clear();
  return c;
}

inline Finding make_finding(const std::string& id, FindingKind kind, Severity severity,
                            const std::string& key, std::vector<std::string> claims,
                            std::vector<std::string> sources, const std::string& message) {
  Finding f;
  f.id = id;
  f.kind = kind;
  f.severity = severity;
  f.key = key;
  f.claims = std::move(claims);
  f.sources = std::move(sources);
  f.message = message;
  return f;
}

/// The hostile text of source 001: Markdown, HTML, a link, an image, a table pipe, a
/// right-to-left override and a stray pop-isolate.
inline const char* kHostileQuote =
    "ذكرت **المصادر** أن 2600 جندي <img src=x onerror=alert(1)> | باقون "
    "\u202Eفي العراق\u2069 [انقر](http://evil.example) ![x](y.png) <script>alert(2)</script>";

inline report::Report sample_report() {
  report::Report r;
  r.tool_version = "9.9.9";
  Source s0;
  s0.id = "000";
  s0.path = "news/000_reuters.txt";
  s0.outlet = "Reuters (Arabic service)";
  s0.language = "ar";
  s0.published = util::CivilDate{2023, 3, 7};
  s0.published_from = PublishedFrom::kManifest;
  Source s1;
  s1.id = "001";
  s1.path = "news/001 daily.txt";
  s1.outlet = "صحيفة | <b>يومية</b> [link](http://x.example)";
  s1.language = "ar";
  s1.published = util::CivilDate{2023, 3, 8};
  s1.published_from = PublishedFrom::kText;
  s1.published_note = "dateline \"8 آذار 2023\" chosen over the page header";
  Source s2;
  s2.id = "002";
  s2.path = "news/002_wire.md";
  s2.outlet = "Wire, English";
  s2.language = "en";
  s2.published_from = PublishedFrom::kUnknown;
  r.sources = {s0, s1, s2};

  const std::string q0 = "قال المسؤول إن نحو 2500 جندي أمريكي ما زالوا في العراق.";
  const std::string q2 = "About 2,500 U.S. troops remain in Iraq, officials said.";
  r.claims.push_back(make_claim("000", 3, q0, 120, "2500", 2500, "troops|US|Iraq"));
  r.claims.push_back(make_claim("001", 5, kHostileQuote, 40, "2600", 2600, "troops|US|Iraq"));
  r.claims.push_back(make_claim("002", 7, q2, 300, "2,500", 2500, "troops|US|Iraq"));
  r.claims.push_back(make_date_claim("000", 1, "بدأ الغزو في 20 مارس 2003.", "20 مارس 2003",
                                     "2003-03-20", "invasion"));
  r.claims.push_back(make_date_claim("002", 2, "The invasion began on March 20, 2003.",
                                     "March 20, 2003", "2003-03-20", "invasion"));
  r.claims.push_back(make_date_claim("001", 2, "بدأ الغزو في 19 مارس 2003 `code` : # ;",
                                     "19 مارس 2003", "2003-03-19", "invasion"));
  const char* counted[] = {"قتلى", "جرحى", "نازحين", "مدارس", "مستشفيات", "جسور"};
  std::vector<std::string> single_ids;
  for (int i = 0; i < 6; ++i) {
    const std::string figure = std::to_string(10 * (i + 1));
    const std::string quote = "سجلت السلطات " + figure + " " + counted[i] + " في المدينة.";
    r.claims.push_back(make_claim("001", 10 + i, quote, 500 + 100 * static_cast<std::size_t>(i),
                                  figure, 10.0 * (i + 1), std::string(counted[i]) + "||"));
    single_ids.push_back(r.claims.back().id);
  }
  r.claims.push_back(
      make_claim("002", 9, "Officials counted 150 casualties.", 900, "150", 150, "casualties||"));

  r.findings.push_back(make_finding("c0ffee01", FindingKind::kContradiction, Severity::kError,
                                    "troops|US|Iraq", {r.claims[0].id, r.claims[1].id},
                                    {"000", "001"},
                                    "000 says 2500 and 001 says 2600 troops: the values differ "
                                    "by 4%, more than the 1% the check allows."));
  r.findings.push_back(make_finding("c0ffee02", FindingKind::kCorroboration, Severity::kInfo,
                                    "troops|US|Iraq", {r.claims[0].id, r.claims[2].id},
                                    {"000", "002"}, "000 and 002 agree on 2500 troops."));
  r.findings.push_back(
      make_finding("c0ffee03", FindingKind::kDateInconsistency, Severity::kWarning, "invasion|",
                   {r.claims[3].id, r.claims[5].id}, {"000", "001"},
                   "The invasion is dated 2003-03-20 by 000 and 2003-03-19 by 001."));
  for (std::size_t i = 0; i < single_ids.size(); ++i) {
    r.findings.push_back(make_finding("5157" + std::to_string(i), FindingKind::kSingleSource,
                                      Severity::kInfo, r.claims[6 + i].key, {single_ids[i]},
                                      {"001"}, "Only 001 gives this figure."));
  }
  Finding suppressed = make_finding("5eed0001", FindingKind::kContradiction, Severity::kWarning,
                                    "casualties||", {r.claims.back().id}, {"002"},
                                    "002 gives 150 casualties where a check expects more.");
  suppressed.suppressed = true;
  suppressed.suppression_reason = "confirmed by the desk (news/002_wire.md:4)";
  r.findings.push_back(suppressed);
  r.problems.push_back(
      Problem{"news/bad.txt", 3, 7, "not UTF-8 <b>here</b>: save the file as UTF-8"});
  r.warnings.push_back(
      Problem{"news/000_reuters.txt:9", 0, 0, "factcheck-ignore 'x' matches no finding"});
  return r;
}

}  // namespace fc::test
