// `factcheck check`: run the pipeline, apply suppressions, the draft filter and the
// baseline, write every requested report atomically, and decide the exit code
// (SPEC.md "Exit codes"): 2 for problems or a failed write beats 1 for findings.
#include <algorithm>
#include <filesystem>
#include <ostream>
#include <vector>

#include "factcheck/app/check_outputs.hpp"
#include "factcheck/app/commands.hpp"
#include "factcheck/archive/archive.hpp"
#include "factcheck/core/limits.hpp"
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
  std::optional<ConfigFile> config;
  auto options = make_options(args.reading, &config);
  if (!options) {
    err << "factcheck: " << options.error().to_string() << '\n';
    return kExitError;
  }
  // --fail-on, else the settings file's, else errors only.
  const std::string fail_on = !args.fail_on.empty()       ? args.fail_on
                              : config && config->fail_on ? *config->fail_on
                                                          : std::string("error");
  const auto threshold = report::parse_fail_on(fail_on);
  if (!threshold) {
    err << "factcheck: " << threshold.error().to_string() << '\n';
    return kExitError;
  }
  if (!args.annotations.empty() && args.annotations != "github") {
    err << "factcheck: --annotations takes only 'github'\n";
    return kExitError;
  }
  const std::vector<OutputTarget> targets = output_targets(args);
  if (auto usable = check_output_targets(targets); !usable) {
    err << "factcheck: " << usable.error().to_string() << '\n';
    return kExitError;
  }
  if (!args.db.empty() && args.draft.empty()) {
    err << "factcheck: --db needs --draft FILE: the index is compared with a draft\n";
    return kExitError;
  }
  // With --db the archive is the index: only the draft (and any PATH given) is read.
  if (args.db.empty() && options->inputs.paths.empty() && !options->inputs.sources) {
    auto input = default_input("check");
    if (!input) {
      err << "factcheck: " << input.error().to_string() << '\n';
      return kExitError;
    }
    options->inputs.paths.push_back(*input);
  }
  // The run's own reports are never read back as articles, wherever they are written
  // (a report inside the folder it checks doubled the findings of the next run); an
  // article there is not one of them.
  if (auto apart = check_not_in_a_walk(targets, options->inputs.paths, options->inputs.exclude);
      !apart) {
    err << "factcheck: " << apart.error().to_string() << '\n';
    return kExitError;
  }
  for (const auto& t : targets) {
    if (!t.path.empty() && t.path != "-") options->inputs.exclude.push_back(t.path);
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
    options->max_claims = kMaxClaimsPerRun;
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

  // A report written over an article the run read would replace the article.
  if (auto apart = check_not_an_input(targets, rep); !apart) {
    err << "factcheck: " << apart.error().to_string() << '\n';
    return kExitError;
  }

  // The reports are made from the finished report and written side by side, each on a
  // thread of its own when --jobs allows (the Markdown and JSON of a 15,000-article
  // archive take some 3 s each); errors are printed afterwards, in a fixed order.
  // A report is made only when asked for: each is as large as the archive's claims.
  using Make = void (*)(const report::Report&, std::ostream&);
  struct Output {
    std::string path;  ///< empty or "-": standard output
    Make make;
    std::string error;  ///< set when writing failed
  };
  std::vector<Output> outputs;
  const auto sarif = [](const report::Report& r, std::ostream& file) {
    file << report::to_sarif(r);
  };
  const auto annotations = [](const report::Report& r, std::ostream& file) {
    file << report::to_github_annotations(r);
  };
  for (const auto& t : targets) {
    Make make = t.option == "--report"  ? &report::write_markdown
                : t.option == "--json"  ? &report::write_json
                : t.option == "--sarif" ? static_cast<Make>(sarif)
                                        : static_cast<Make>(annotations);
    outputs.push_back({t.path, make, {}});
  }
  // Standard output is one stream: what goes there is written on this thread, after the
  // files, and a failed write (a full disk, a closed pipe) is an error like any other.
  util::parallel_for(outputs.size(), options->jobs, [&](std::size_t i) {
    Output& o = outputs[i];
    if (o.path.empty() || o.path == "-") return;
    const auto to_file = [&](std::ostream& file) { o.make(rep, file); };
    if (auto r = util::write_file_atomic(o.path, to_file); !r) o.error = r.error().to_string();
  });
  for (auto& o : outputs) {
    if (!o.path.empty() && o.path != "-") continue;
    o.make(rep, out);
    out.flush();
    if (!out) o.error = "standard output could not be written (a full disk or a closed pipe)";
  }
  bool write_failed = false;
  for (const auto& o : outputs) {
    if (o.error.empty()) continue;
    err << "factcheck: " << o.error << '\n';
    write_failed = true;
  }
  for (const auto& p : rep.problems) err << "factcheck: " << to_error_line(p) << '\n';
  for (const auto& w : rep.warnings) err << "factcheck: warning: " << to_error_line(w) << '\n';
  ExitReason reason;
  reason.write_failed = write_failed;
  if (config) reason.settings = config->path;
  reason.failing = static_cast<std::size_t>(
      std::count_if(rep.findings.begin(), rep.findings.end(),
                    [&](const Finding& f) { return report::fails_run(f, *threshold); }));
  if (write_failed || !rep.problems.empty()) {
    reason.code = kExitError;
  } else if (reason.failing > 0) {
    reason.code = kExitFindings;
  }
  if (!args.reading.quiet) {
    print_summary(err, rep, targets, fail_on, reason, colour_enabled(err));
  }
  const int code = reason.code;
  if (args.reading.exits_after) util::leave_to_exit(std::move(rep));
  return code;
}

}  // namespace fc::app
