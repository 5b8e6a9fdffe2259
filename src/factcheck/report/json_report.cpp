// SPEC.md "The JSON report": written with a fixed key order and sorted findings so the
// same inputs give the same bytes; read back for --baseline and diff.
#include <algorithm>
#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>
#include <tuple>

#include "factcheck/report/mention_json.hpp"
#include "factcheck/report/report.hpp"
#include "factcheck/report/stream_buffer.hpp"
#include "factcheck/util/utf8.hpp"

namespace fc::report {

namespace {

void write_problem(JsonWriter& w, const Problem& p) {
  w.begin_object();
  w.member("source", p.source);
  w.key("line").integer(p.line);
  w.key("column").integer(p.column);
  w.member("message", p.message);
  w.end_object();
}

void write_finding(JsonWriter& w, const Finding& f) {
  w.begin_object();
  w.member("id", f.id);
  w.member("kind", to_string(f.kind));
  w.member("severity", to_string(f.severity));
  w.member("key", f.key);
  w.key("claims").strings(f.claims);
  w.key("sources").strings(f.sources);
  if (!f.values.empty()) w.key("values").strings(f.values);
  w.member("message", f.message);
  w.member("baseline", f.baseline.empty() ? "new" : f.baseline);
  if (f.suppressed) w.member("suppressed", f.suppression_reason);
  w.end_object();
}

std::optional<FindingKind> kind_from_string(const std::string& s) {
  for (auto k : {FindingKind::kContradiction, FindingKind::kCorroboration,
                 FindingKind::kSingleSource, FindingKind::kDateInconsistency}) {
    if (s == to_string(k)) return k;
  }
  return std::nullopt;
}

std::optional<Severity> severity_from_string(const std::string& s) {
  for (auto v : {Severity::kInfo, Severity::kWarning, Severity::kError}) {
    if (s == to_string(v)) return v;
  }
  return std::nullopt;
}

std::optional<PublishedFrom> published_from_string(const std::string& s) {
  for (auto v : {PublishedFrom::kManifest, PublishedFrom::kText, PublishedFrom::kOption,
                 PublishedFrom::kUnknown}) {
    if (s == to_string(v)) return v;
  }
  return std::nullopt;
}

/// 1-based line and code-point column of byte `offset` in `text`.
std::pair<int, int> line_col(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  const std::string_view head(text.data() + line_start, offset - line_start);
  std::size_t cps = 0;
  for (unsigned char c : head) cps += (c & 0xC0) != 0x80 ? 1 : 0;
  return {line, static_cast<int>(cps) + 1};
}

std::string opt_string(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::string>();
}

/// Thrown inside from_json for content that parses but is not a report; caught there.
struct BadReport {
  std::string message;
};

Report read_report(const Json& root) {
  if (!root.is_object()) throw BadReport{"a report is a JSON object"};
  const std::string schema = opt_string(root, "schema");
  if (schema != kSchema) {
    throw BadReport{"schema is '" + schema + "', expected '" + kSchema +
                    "': give a report written by factcheck check --json"};
  }
  Report rep;
  if (const auto t = root.find("tool"); t != root.end())
    rep.tool_version = opt_string(*t, "version");
  rep.draft = opt_string(root, "draft");
  std::string where;
  try {
    std::size_t i = 0;
    for (const auto& s : root.at("sources")) {
      where = "sources[" + std::to_string(i++) + "]";
      Source src;
      src.id = s.at("id").get<std::string>();
      src.path = opt_string(s, "path");
      src.outlet = opt_string(s, "outlet");
      src.language = opt_string(s, "language");
      const std::string published = opt_string(s, "published");
      if (!published.empty()) {
        src.published = util::parse_iso(published);
        if (!src.published) throw BadReport{where + ": published is not a YYYY-MM-DD day"};
      }
      const auto from = published_from_string(opt_string(s, "published_from"));
      src.published_from = from.value_or(PublishedFrom::kUnknown);
      src.published_note = opt_string(s, "published_note");
      rep.sources.push_back(std::move(src));
    }
    i = 0;
    for (const auto& c : root.at("claims")) {
      where = "claims[" + std::to_string(i++) + "]";
      Claim claim = claim_from_json(c);
      if (const auto q = c.find("quote_start"); q != c.end()) {
        claim.quote_start = q->get<std::size_t>();
      }
      rep.claims.push_back(std::move(claim));
    }
    i = 0;
    for (const auto& f : root.at("findings")) {
      where = "findings[" + std::to_string(i++) + "]";
      Finding finding;
      finding.id = f.at("id").get<std::string>();
      const std::string kind = f.at("kind").get<std::string>();
      const auto k = kind_from_string(kind);
      if (!k) throw BadReport{where + ": unknown kind '" + kind + "'"};
      finding.kind = *k;
      const std::string severity = f.at("severity").get<std::string>();
      const auto sev = severity_from_string(severity);
      if (!sev) throw BadReport{where + ": unknown severity '" + severity + "'"};
      finding.severity = *sev;
      finding.key = opt_string(f, "key");
      finding.claims = f.at("claims").get<std::vector<std::string>>();
      finding.sources = f.at("sources").get<std::vector<std::string>>();
      if (f.contains("values")) finding.values = f.at("values").get<std::vector<std::string>>();
      finding.message = opt_string(f, "message");
      finding.baseline = opt_string(f, "baseline");
      if (const auto s = f.find("suppressed"); s != f.end() && s->is_string()) {
        finding.suppressed = true;
        finding.suppression_reason = s->get<std::string>();
      }
      rep.findings.push_back(std::move(finding));
    }
    if (const auto nc = root.find("not_compared"); nc != root.end()) {
      for (const auto& n : *nc) {
        rep.not_compared.push_back(
            {opt_string(n, "claim"), opt_string(n, "source"), opt_string(n, "reason")});
      }
    }
    for (const char* list : {"problems", "warnings"}) {
      const auto it = root.find(list);
      if (it == root.end()) continue;
      i = 0;
      for (const auto& p : *it) {
        where = std::string(list) + "[" + std::to_string(i++) + "]";
        Problem problem{opt_string(p, "source"), p.value("line", 0), p.value("column", 0),
                        opt_string(p, "message")};
        (std::string_view(list) == "problems" ? rep.problems : rep.warnings)
            .push_back(std::move(problem));
      }
    }
  } catch (const nlohmann::json::exception& e) {
    throw BadReport{(where.empty() ? std::string() : where + ": ") + e.what()};
  }
  return rep;
}

}  // namespace

bool finding_less(const Finding& a, const Finding& b) { return finding_order_less(a, b); }

std::vector<const Finding*> findings_in_order(const std::vector<Finding>& findings) {
  std::vector<const Finding*> out;
  out.reserve(findings.size());
  for (const auto& f : findings) out.push_back(&f);
  const auto less = [](const Finding* a, const Finding* b) { return finding_less(*a, *b); };
  if (!std::is_sorted(out.begin(), out.end(), less)) std::stable_sort(out.begin(), out.end(), less);
  return out;
}

namespace {

/// Writes the report as one object, dump(2) of the whole tree would print it, member by
/// member and element by element, sending the text to the stream every 64 KiB so that
/// neither a tree nor the text of the whole report is ever held (each is many times the
/// size of the claims it prints).
class ReportJsonWriter {
 public:
  explicit ReportJsonWriter(std::ostream& out) : out_(out), json_(out_.text(), 2) {
    json_.begin_object();
  }

  JsonWriter& json() { return json_; }

  template <class Range, class Fn>
  void array(const char* key, const Range& items, Fn&& write_element) {
    json_.key(key).begin_array();
    for (const auto& item : items) {
      write_element(json_, item);
      out_.flush_if_full();
    }
    json_.end_array();
  }

  void close() {
    json_.end_object();
    out_.text() += '\n';
    out_.flush();
  }

 private:
  StreamBuffer out_;
  JsonWriter json_;
};

}  // namespace

std::string to_json(const Report& report) {
  std::ostringstream out;
  write_json(report, out);
  return out.str();
}

void write_json(const Report& report, std::ostream& out) {
  ReportJsonWriter w(out);
  JsonWriter& json = w.json();
  json.member("schema", kSchema);
  json.key("tool").begin_object();
  json.member("name", "factcheck").member("version", report.tool_version);
  json.end_object();
  if (!report.draft.empty()) json.member("draft", report.draft);
  w.array("sources", report.sources, [](JsonWriter& j, const Source& s) {
    j.begin_object();
    j.member("id", s.id);
    j.member("path", s.path);
    j.member("outlet", s.outlet);
    j.member("language", s.language);
    j.member("published", s.published ? util::to_iso(*s.published) : "");
    j.member("published_from", to_string(s.published_from));
    if (!s.published_note.empty()) j.member("published_note", s.published_note);
    j.end_object();
  });
  w.array("claims", report.claims, [](JsonWriter& j, const Claim& c) {
    j.begin_object();
    write_claim_members(j, c);
    j.key("quote_start").unsigned_integer(c.quote_start);
    j.end_object();
  });
  const auto findings = findings_in_order(report.findings);
  w.array("findings", findings, [](JsonWriter& j, const Finding* f) { write_finding(j, *f); });
  if (!report.not_compared.empty()) {
    w.array("not_compared", report.not_compared, [](JsonWriter& j, const NotCompared& n) {
      j.begin_object();
      j.member("claim", n.claim).member("source", n.source).member("reason", n.reason);
      j.end_object();
    });
  }
  w.array("problems", report.problems, write_problem);
  w.array("warnings", report.warnings, write_problem);
  w.close();
}

Result<Report> from_json(const std::string& text, const std::string& file) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann counts the byte after the error; point at the byte itself.
    const auto [line, col] = line_col(text, e.byte > 0 ? e.byte - 1 : 0);
    std::string what = e.what();
    if (const auto pos = what.find("; "); pos != std::string::npos) what = what.substr(pos + 2);
    return make_error(ErrorCode::kReport,
                      "not valid JSON (" + what + "): give a report written by --json", file, line,
                      col);
  }
  try {
    return read_report(root);
  } catch (const BadReport& e) {
    return make_error(ErrorCode::kReport, e.message, file);
  }
}

Result<Report> read_report_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return make_error(ErrorCode::kIo, "cannot read the report: check the path and permissions",
                      path);
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return make_error(ErrorCode::kIo, "cannot read the report: read failed", path);
  return from_json(text, path);
}

}  // namespace fc::report
