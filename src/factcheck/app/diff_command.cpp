// `factcheck diff OLD.json NEW.json`: what changed between two reports, as Markdown;
// exit 1 when a new finding reaches --fail-on, 2 when a report cannot be read.
#include <ostream>

#include "factcheck/app/commands.hpp"
#include "factcheck/report/diff.hpp"
#include "factcheck/report/gate.hpp"
#include "factcheck/util/atomic_file.hpp"

namespace fc::app {

int run_diff(const DiffArgs& args, std::ostream& out, std::ostream& err) {
  const auto threshold = report::parse_fail_on(args.fail_on);
  if (!threshold) {
    err << "factcheck: " << threshold.error().to_string() << '\n';
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
  const std::string md =
      report::diff_to_markdown(diff, *old_report, *new_report, args.old_json, args.new_json);
  if (args.report.empty() || args.report == "-") {
    out << md;
    out.flush();
    if (!out) {
      err << "factcheck: standard output could not be written (a full disk or a closed pipe)\n";
      return kExitError;
    }
  } else if (auto w = util::write_file_atomic(args.report, md); !w) {
    err << "factcheck: " << w.error().to_string() << '\n';
    return kExitError;
  }
  for (Finding f : diff.added) {
    f.baseline.clear();  // new relative to OLD, whatever NEW's own baseline said
    if (report::fails_run(f, *threshold)) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace fc::app
