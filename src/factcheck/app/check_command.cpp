#include <ostream>

#include "factcheck/app/commands.hpp"
#include "factcheck/report/report.hpp"
#include "factcheck/util/atomic_file.hpp"

namespace fc::app {

namespace {

int severity_rank(Severity s) { return static_cast<int>(s); }

}  // namespace

int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err) {
  auto options = make_options(args.reading);
  if (!options) {
    err << "factcheck: " << options.error().to_string() << '\n';
    return kExitError;
  }
  if (args.fail_on != "error" && args.fail_on != "warning" && args.fail_on != "never") {
    err << "factcheck: --fail-on must be error, warning or never\n";
    return kExitError;
  }
  if (!args.annotations.empty() && args.annotations != "github") {
    err << "factcheck: --annotations takes only 'github'\n";
    return kExitError;
  }
  if (!args.draft.empty() || !args.baseline.empty() || !args.db.empty()) {
    err << "factcheck: --draft, --baseline and --db are not implemented yet (issue 6, 7)\n";
    return kExitError;
  }
  if (options->inputs.paths.empty() && !options->inputs.sources) {
    options->inputs.paths.emplace_back("seeds");
  }
  const report::Report rep = run_check(*options);
  bool write_failed = false;
  auto write = [&](const std::string& path, const std::string& content) {
    if (path.empty()) return;
    if (auto r = util::write_file_atomic(path, content); !r) {
      err << "factcheck: " << r.error().to_string() << '\n';
      write_failed = true;
    }
  };
  if (args.report.empty()) {
    out << report::to_markdown(rep);
  } else {
    write(args.report, report::to_markdown(rep));
  }
  write(args.json, report::to_json(rep));
  write(args.sarif, report::to_sarif(rep));
  if (args.annotations == "github") out << report::to_github_annotations(rep);
  out.flush();
  for (const auto& p : rep.problems) err << "factcheck: " << to_error_line(p) << '\n';
  if (write_failed || !rep.problems.empty()) return kExitError;
  if (args.fail_on == "never") return kExitOk;
  const Severity threshold = args.fail_on == "warning" ? Severity::kWarning : Severity::kError;
  for (const auto& f : rep.findings) {
    if (!f.suppressed && f.baseline != "known" &&
        severity_rank(f.severity) >= severity_rank(threshold)) {
      return kExitFindings;
    }
  }
  return kExitOk;
}

int run_diff(const DiffArgs& /*args*/, std::ostream& /*out*/, std::ostream& err) {
  err << "factcheck: diff is not implemented yet (issue 6)\n";
  return kExitError;
}

}  // namespace fc::app
