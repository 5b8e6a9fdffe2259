// `factcheck diff OLD.json NEW.json`: what changed between two reports, as Markdown (and
// as JSON with --json); exit 1 when a new finding reaches --fail-on, 2 when a report
// cannot be read or written.
#include <ostream>

#include "factcheck/app/commands.hpp"
#include "factcheck/report/diff.hpp"
#include "factcheck/report/gate.hpp"
#include "factcheck/util/atomic_file.hpp"

namespace fc::app {

namespace {

bool to_stdout(const std::string& path) { return path.empty() || path == "-"; }

}  // namespace

int run_diff(const DiffArgs& args, std::ostream& out, std::ostream& err) {
  const auto threshold = report::parse_fail_on(args.fail_on);
  if (!threshold) {
    err << "factcheck: " << threshold.error().to_string() << '\n';
    return kExitError;
  }
  // Standard output takes one of them: the Markdown, unless --json - asks for the JSON.
  const bool json_out = args.json == "-";
  const bool markdown = !args.report.empty() || !json_out;
  if (markdown && json_out && to_stdout(args.report)) {
    err << "factcheck: --report and --json would both write to standard output: give "
           "--report FILE\n";
    return kExitError;
  }
  if (!args.json.empty() && !json_out && !to_stdout(args.report) && args.json == args.report) {
    err << "factcheck: --report and --json name the same file\n";
    return kExitError;
  }
  auto old_report = report::read_report_file(args.old_json);
  auto new_report = report::read_report_file(args.new_json);
  bool failed = false;
  for (const auto* r : {&old_report, &new_report}) {
    if (!*r) {
      err << "factcheck: " << r->error().to_string() << '\n';
      failed = true;
    }
  }
  if (failed) return kExitError;
  const auto diff = report::diff_reports(*old_report, *new_report);
  const auto write = [&](const std::string& path, const std::string& text) {
    if (to_stdout(path)) {
      out << text;
      out.flush();
      if (!out) {
        err << "factcheck: standard output could not be written (a full disk or a closed "
               "pipe)\n";
        return false;
      }
    } else if (auto w = util::write_file_atomic(path, text); !w) {
      err << "factcheck: " << w.error().to_string() << '\n';
      return false;
    }
    return true;
  };
  bool written = true;
  if (!args.json.empty()) {
    written = write(args.json, report::diff_to_json(diff, *old_report, *new_report, args.old_json,
                                                    args.new_json)) &&
              written;
  }
  if (markdown) {
    written = write(args.report, report::diff_to_markdown(diff, *old_report, *new_report,
                                                          args.old_json, args.new_json)) &&
              written;
  }
  if (!written) return kExitError;
  for (Finding f : diff.added) {
    f.baseline.clear();  // new relative to OLD, whatever NEW's own baseline said
    if (report::fails_run(f, *threshold)) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace fc::app
