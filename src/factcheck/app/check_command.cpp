// `factcheck check`: run the pipeline, apply suppressions, the draft filter and the
// baseline, write every requested report atomically, and decide the exit code
// (SPEC.md "Exit codes"): 2 for problems or a failed write beats 1 for findings.
#include <algorithm>
#include <filesystem>
#include <ostream>
#include <vector>

#include "factcheck/app/commands.hpp"
#include "factcheck/archive/archive.hpp"
#include "factcheck/report/gate.hpp"
#include "factcheck/report/report.hpp"
#include "factcheck/util/atomic_file.hpp"
#include "factcheck/util/leave_to_exit.hpp"
#include "factcheck/util/parallel.hpp"

namespace fc::app {

namespace {

/// The id of the source read from `path` (compared as canonical paths), or "".
std::string source_id_of(const report::Report& rep, const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path want = fs::weakly_canonical(path, ec);
  for (const auto& s : rep.sources) {
    std::error_code ec2;
    if (s.path == path || (!ec && fs::weakly_canonical(s.path, ec2) == want && !ec2)) return s.id;
  }
  return {};
}

}  // namespace

int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err) {
  auto options = make_options(args.reading);
  if (!options) {
    err << "factcheck: " << options.error().to_string() << '\n';
    return kExitError;
  }
  const auto threshold = report::parse_fail_on(args.fail_on);
  if (!threshold) {
    err << "factcheck: " << threshold.error().to_string() << '\n';
    return kExitError;
  }
  if (!args.annotations.empty() && args.annotations != "github") {
    err << "factcheck: --annotations takes only 'github'\n";
    return kExitError;
  }
  if (!args.db.empty() && args.draft.empty()) {
    err << "factcheck: --db needs --draft FILE: the index is compared with a draft\n";
    return kExitError;
  }
  // With --db the archive is the index: only the draft (and any PATH given) is read.
  if (args.db.empty() && options->inputs.paths.empty() && !options->inputs.sources) {
    options->inputs.paths.emplace_back("seeds");
  }
  // The draft is one more source; the ingest reads a file only once, so a draft inside
  // one of the given folders is not counted twice.
  if (!args.draft.empty()) options->inputs.paths.push_back(args.draft);

  util::Progress progress(err, "check", progress_enabled(args.reading, err));
  options->progress = &progress;
  report::Report rep;
  if (args.db.empty()) {
    options->keep_bytes = false;
    options->keep_mentions = false;
    rep = run_check(*options);
  } else {
    auto indexed = archive::check_with_index(*options, args.db);
    if (!indexed) {
      err << "factcheck: " << indexed.error().to_string() << '\n';
      return kExitError;
    }
    rep = std::move(*indexed);
  }
  report::apply_suppressions(rep, rep.suppressions);
  if (!args.draft.empty()) {
    const std::string id = source_id_of(rep, args.draft);
    if (id.empty()) {
      rep.problems.push_back(
          Problem{args.draft, 0, 0, "the draft could not be read: nothing was checked against it"});
      rep.findings.clear();
    } else {
      report::restrict_to_draft(rep, id);
    }
  }
  if (!args.baseline.empty()) {
    rep.baseline = args.baseline;
    if (auto base = report::read_report_file(args.baseline)) {
      report::mark_baseline(rep, *base);
    } else {
      rep.problems.push_back(to_problem(base.error()));
    }
  }

  // The reports are made from the finished report and written side by side, each on a
  // thread of its own when --jobs allows (the Markdown and JSON of a 15,000-article
  // archive take some 3 s each); errors are printed afterwards, in a fixed order.
  // A report is made only when asked for: each is as large as the archive's claims.
  using Make = void (*)(const report::Report&, std::ostream&);
  struct Output {
    std::string path;  ///< empty: standard output
    Make make;
    std::string error;  ///< set when writing failed
  };
  std::vector<Output> outputs;
  const auto sarif = [](const report::Report& r, std::ostream& file) {
    file << report::to_sarif(r);
  };
  outputs.push_back({args.report, &report::write_markdown, {}});
  if (!args.json.empty()) outputs.push_back({args.json, &report::write_json, {}});
  if (!args.sarif.empty()) outputs.push_back({args.sarif, sarif, {}});
  util::parallel_for(outputs.size(), options->jobs, [&](std::size_t i) {
    Output& o = outputs[i];
    if (o.path.empty()) {
      o.make(rep, out);
      return;
    }
    const auto to_file = [&](std::ostream& file) { o.make(rep, file); };
    if (auto r = util::write_file_atomic(o.path, to_file); !r) o.error = r.error().to_string();
  });
  bool write_failed = false;
  for (const auto& o : outputs) {
    if (o.error.empty()) continue;
    err << "factcheck: " << o.error << '\n';
    write_failed = true;
  }
  if (args.annotations == "github") out << report::to_github_annotations(rep);
  out.flush();
  for (const auto& p : rep.problems) err << "factcheck: " << to_error_line(p) << '\n';
  for (const auto& w : rep.warnings) err << "factcheck: warning: " << to_error_line(w) << '\n';
  int code = kExitOk;
  if (write_failed || !rep.problems.empty()) {
    code = kExitError;
  } else if (std::any_of(rep.findings.begin(), rep.findings.end(),
                         [&](const Finding& f) { return report::fails_run(f, *threshold); })) {
    code = kExitFindings;
  }
  if (args.reading.exits_after) util::leave_to_exit(std::move(rep));
  return code;
}

}  // namespace fc::app
