#include "factcheck/app/check_outputs.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <ostream>

#include "factcheck/ingest/inputs.hpp"
#include "factcheck/report/bidi_text.hpp"
#include "factcheck/report/gate.hpp"

namespace fc::app {

namespace {

bool is_stdout(const std::string& path) { return path.empty() || path == "-"; }

/// The file a path names: device and inode of what exists there, else its absolute,
/// lexically normal path (two spellings of a file not written yet are still one file).
struct FileId {
  bool exists = false;
  bool regular = false;
  dev_t dev = 0;
  ino_t ino = 0;
  std::string normal;
};

FileId file_id(const std::string& path) {
  FileId id;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    id.exists = true;
    id.regular = S_ISREG(st.st_mode);
    id.dev = st.st_dev;
    id.ino = st.st_ino;
  }
  std::error_code ec;
  id.normal = std::filesystem::absolute(path, ec).lexically_normal().string();
  if (ec) id.normal = path;
  return id;
}

bool same_file(const FileId& a, const FileId& b) {
  if (a.exists && b.exists) return a.dev == b.dev && a.ino == b.ino;
  return !a.exists && !b.exists && a.normal == b.normal;
}

const char* plural(std::size_t n, const char* one, const char* many) { return n == 1 ? one : many; }

const char* kind_name(FindingKind kind, std::size_t n) {
  switch (kind) {
    case FindingKind::kContradiction:
      return plural(n, "contradiction", "contradictions");
    case FindingKind::kDateInconsistency:
      return plural(n, "date inconsistency", "date inconsistencies");
    case FindingKind::kCorroboration:
      return plural(n, "corroboration", "corroborations");
    case FindingKind::kSingleSource:
      return plural(n, "single-source claim", "single-source claims");
  }
  return "finding";
}

const char* report_name(const std::string& option) {
  if (option == "--report") return "Markdown";
  if (option == "--json") return "JSON";
  if (option == "--sarif") return "SARIF";
  return "GitHub annotations";
}

/// Whether the file at `path` begins as a report of factcheck does (Markdown, a diff, JSON
/// or SARIF): what an earlier run of the same command line wrote there.
bool holds_a_report(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(512, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.rfind("# Fact-consistency report", 0) == 0) return true;
  const auto first = head.find_first_not_of(" \t\r\n");
  return first != std::string::npos && head[first] == '{' &&
         (head.find("\"factcheck.report/") != std::string::npos ||
          head.find("sarif") != std::string::npos);
}

}  // namespace

std::vector<OutputTarget> output_targets(const CheckArgs& args) {
  std::vector<OutputTarget> out;
  const bool annotations = args.annotations == "github";
  // The annotations are workflow commands on standard output, and `--json -` or
  // `--sarif -` asks for that report there: the Markdown goes there only when nothing
  // else does (`check --json - | jq` needs no --report).
  const bool other_on_stdout = annotations || args.json == "-" || args.sarif == "-";
  if (!args.report.empty() || !other_on_stdout) out.push_back({"--report", args.report});
  if (!args.json.empty()) out.push_back({"--json", args.json});
  if (!args.sarif.empty()) out.push_back({"--sarif", args.sarif});
  if (annotations) out.push_back({"--annotations", "-"});
  return out;
}

Result<bool> check_output_targets(const std::vector<OutputTarget>& targets) {
  std::vector<FileId> ids;
  ids.reserve(targets.size());
  for (const auto& t : targets) ids.push_back(is_stdout(t.path) ? FileId{} : file_id(t.path));
  for (std::size_t i = 0; i < targets.size(); ++i) {
    for (std::size_t j = i + 1; j < targets.size(); ++j) {
      const bool out_i = is_stdout(targets[i].path);
      const bool out_j = is_stdout(targets[j].path);
      if (out_i && out_j) {
        return make_error(ErrorCode::kUsage,
                          targets[i].option + " and " + targets[j].option +
                              " would both write to standard output: give " +
                              (targets[i].option == "--report" ? std::string("--report FILE")
                                                               : targets[j].option + " FILE"));
      }
      if (out_i || out_j) continue;
      // A device (/dev/null) may take several reports; a file would keep only the last.
      const bool device = ids[i].exists && !ids[i].regular;
      if (!device && same_file(ids[i], ids[j])) {
        return make_error(ErrorCode::kUsage, targets[i].option + " and " + targets[j].option +
                                                 " name the same file '" + targets[j].path +
                                                 "': only the last report would be kept; give "
                                                 "each report its own file");
      }
    }
  }
  return true;
}

Result<bool> check_not_in_a_walk(const std::vector<OutputTarget>& targets,
                                 const std::vector<std::string>& inputs,
                                 const std::vector<std::string>& exclude) {
  const std::vector<std::string> excluded = ingest::excluded_paths(exclude);
  for (const auto& t : targets) {
    if (is_stdout(t.path)) continue;
    const std::filesystem::path p(t.path);
    if (p.extension() != ".txt" && p.extension() != ".md") continue;
    const FileId id = file_id(t.path);
    if (!id.exists || !id.regular) continue;
    if (!excluded.empty() && ingest::is_excluded(t.path, excluded)) continue;
    for (const auto& input : inputs) {
      std::error_code ec;
      if (input == "-" || !std::filesystem::is_directory(input, ec)) continue;
      if (!ingest::is_excluded(t.path, ingest::excluded_paths({input}))) continue;
      if (holds_a_report(t.path)) break;
      return make_error(ErrorCode::kUsage,
                        t.option + " '" + t.path + "' is an article in the folder '" + input +
                            "' this run reads: writing the report there would replace it; "
                            "write it elsewhere");
    }
  }
  return true;
}

Result<bool> check_not_an_input(const std::vector<OutputTarget>& targets,
                                const report::Report& report) {
  std::vector<std::pair<const OutputTarget*, FileId>> files;
  for (const auto& t : targets) {
    if (is_stdout(t.path)) continue;
    FileId id = file_id(t.path);
    if (id.exists && id.regular) files.emplace_back(&t, id);
  }
  if (files.empty()) return true;
  for (const auto& s : report.sources) {
    if (s.path.empty() || s.path == "-") continue;
    const FileId src = file_id(s.path);
    if (!src.exists) continue;
    for (const auto& [t, id] : files) {
      if (same_file(id, src)) {
        return make_error(ErrorCode::kUsage,
                          t->option + " '" + t->path + "' is the article '" + s.path +
                              "' this run reads (source " + s.id +
                              "): writing the report there would replace it; write it elsewhere");
      }
    }
  }
  return true;
}

bool colour_enabled(const std::ostream& err) {
  if (&err != &std::cerr || ::isatty(STDERR_FILENO) == 0) return false;
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour != nullptr && *no_colour != '\0') return false;
  const char* term = std::getenv("TERM");
  return term == nullptr || std::string_view(term) != "dumb";
}

void print_summary(std::ostream& err, const report::Report& report,
                   const std::vector<OutputTarget>& targets, const std::string& fail_on,
                   const ExitReason& reason, bool colour, std::size_t top) {
  const auto paint = [&](const char* code, const std::string& text) {
    return colour ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
  };
  std::map<FindingKind, std::size_t> by_kind;
  std::map<Severity, std::size_t> by_severity;
  std::size_t suppressed = 0;
  for (const auto& f : report.findings) {
    if (f.suppressed) {
      ++suppressed;
      continue;
    }
    ++by_kind[f.kind];
    ++by_severity[f.severity];
  }
  err << "factcheck: " << report.sources.size() << ' '
      << plural(report.sources.size(), "source", "sources") << ", " << report.claims.size() << ' '
      << plural(report.claims.size(), "claim", "claims") << ": ";
  bool first = true;
  for (auto kind : {FindingKind::kContradiction, FindingKind::kDateInconsistency,
                    FindingKind::kCorroboration, FindingKind::kSingleSource}) {
    const std::size_t n = by_kind[kind];
    err << (first ? "" : ", ") << n << ' ' << kind_name(kind, n);
    first = false;
  }
  err << " (" << by_severity[Severity::kError] << ' '
      << plural(by_severity[Severity::kError], "error", "errors") << ", "
      << by_severity[Severity::kWarning] << ' '
      << plural(by_severity[Severity::kWarning], "warning", "warnings");
  if (suppressed > 0) err << ", " << suppressed << " suppressed";
  err << ")\n";

  // The failing findings first, most severe first, in report order.
  std::vector<const Finding*> shown;
  const auto threshold = report::parse_fail_on(fail_on);
  for (const auto* f : report::findings_in_order(report.findings)) {
    if (threshold && report::fails_run(*f, *threshold)) shown.push_back(f);
  }
  std::stable_sort(shown.begin(), shown.end(),
                   [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
  std::map<std::string, const Claim*> claims;
  if (!shown.empty()) {
    for (const auto& c : report.claims) claims[c.id] = &c;
  }
  std::map<std::string, const Source*> sources;
  for (const auto& s : report.sources) sources[s.id] = &s;
  for (std::size_t i = 0; i < shown.size() && i < top; ++i) {
    const Finding& f = *shown[i];
    std::string where;
    if (!f.claims.empty()) {
      const auto c = claims.find(f.claims.front());
      if (c != claims.end()) {
        const auto s = sources.find(c->second->source);
        where = (s != sources.end() ? s->second->path : c->second->source) + ":" +
                std::to_string(c->second->mention.span.line) + ":" +
                std::to_string(c->second->mention.span.column) + ": ";
      }
    }
    const char* sev = to_string(f.severity);
    err << "  " << where << paint(f.severity == Severity::kError ? "1;31" : "1;33", sev) << ": "
        << to_string(f.kind) << " " << report::plain_isolated(f.key) << ": "
        << report::plain_isolated(f.message) << " [" << f.id << "]\n";
  }
  if (shown.size() > top) err << "  … and " << shown.size() - top << " more in the report\n";

  err << "factcheck: reports:";
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const auto& t = targets[i];
    err << (i == 0 ? " " : ", ") << report_name(t.option) << " → "
        << (is_stdout(t.path) ? std::string("standard output") : report::plain_isolated(t.path));
  }
  if (std::none_of(targets.begin(), targets.end(),
                   [](const OutputTarget& t) { return t.option == "--report"; })) {
    err << " (no Markdown: give --report FILE)";
  }
  err << '\n';
  if (!reason.settings.empty()) {
    err << "factcheck: settings: " << report::plain_isolated(reason.settings) << '\n';
  }

  err << "factcheck: exit " << reason.code << ": ";
  if (reason.code == kExitError) {
    err << (reason.write_failed ? "a report could not be written"
                                : "input problems (listed above and in the report)");
    if (reason.failing > 0) err << "; " << reason.failing << " failing findings besides";
  } else if (reason.code == kExitFindings) {
    err << reason.failing << ' ' << plural(reason.failing, "finding", "findings")
        << " at or above --fail-on " << fail_on
        << (report.baseline.empty() ? "" : " not in the baseline")
        << " (suppress one with <!-- factcheck-ignore: ID -- reason -->, or --fail-on never)";
  } else if (fail_on == "never") {
    err << "--fail-on never: findings are reported, never fail";
  } else {
    err << "no finding at or above --fail-on " << fail_on;
  }
  err << '\n';
}

}  // namespace fc::app
