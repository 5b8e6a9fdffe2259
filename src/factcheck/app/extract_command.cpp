#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <ostream>
#include <stdexcept>
#include <string>

#include "factcheck/app/commands.hpp"
#include "factcheck/report/mention_json.hpp"
#include "factcheck/util/leave_to_exit.hpp"

namespace fc::app {

namespace {

void print_problems(const std::vector<Problem>& problems, std::ostream& err) {
  for (const auto& p : problems) {
    err << "factcheck: " << to_error_line(p) << '\n';
  }
}

/// Thrown by write_lines once the output cannot be written (a full disk, a closed
/// reader): the run stops there instead of reading the rest of the archive for nothing.
struct OutputFailed : std::runtime_error {
  OutputFailed() : std::runtime_error("cannot write the output") {}
};

void write_lines(std::ostream& out, const std::string& lines) {
  out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
  if (!out) throw OutputFailed();
}

/// Exit code 2 and a message when the output failed; `code` otherwise.
int finish(std::ostream& out, std::ostream& err, int code) {
  out.flush();
  if (out) return code;
  err << "factcheck: cannot write the output (is the disk full, or the reader gone?)\n";
  return kExitError;
}

}  // namespace

std::string to_error_line(const Problem& p) {
  Error e{ErrorCode::kIo, p.message, p.source, p.line, p.column};
  return e.to_string();
}

bool progress_enabled(const ReadingArgs& args, const std::ostream& err) {
  return util::progress_wanted(args.quiet, &err == &std::cerr && util::stderr_is_terminal());
}

Result<std::string> default_input(const char* command) {
  // Text piped in, or a file that is not empty redirected in: `echo … | factcheck claims`.
  struct stat st {};
  if (::fstat(STDIN_FILENO, &st) == 0 &&
      (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || (S_ISREG(st.st_mode) && st.st_size > 0))) {
    return std::string("-");
  }
  // The bundled seed articles, from the project's folder (the README's first command).
  std::error_code ec;
  if (std::filesystem::is_regular_file("seeds/sources.yaml", ec)) return std::string("seeds");
  return make_error(ErrorCode::kUsage, std::string("no articles given: factcheck ") + command +
                                           " PATH... (files, folders, or - for standard "
                                           "input)");
}

Result<PipelineOptions> make_options(const ReadingArgs& args, std::optional<ConfigFile>* config) {
  std::optional<ConfigFile> settings;
  if (!args.config.empty()) {
    auto loaded = load_config(args.config);
    if (!loaded) return tl::unexpected(loaded.error());
    settings = std::move(*loaded);
  } else if (!args.no_config) {
    std::string start;
    for (const auto& p : args.paths) {
      if (p != "-") {
        start = p;
        break;
      }
    }
    auto found = find_config(start);
    if (!found) return tl::unexpected(found.error());
    settings = std::move(*found);
  }
  PipelineOptions o;
  o.inputs.paths = args.paths;
  if (!args.sources.empty()) o.inputs.sources = args.sources;
  if (args.lang != "ar" && args.lang != "en" && args.lang != "auto") {
    return make_error(ErrorCode::kUsage, "--lang must be ar, en or auto");
  }
  o.inputs.lang = args.lang;
  o.inputs.allow_outside = args.allow_outside;
  o.inputs.exclude = args.exclude;
  // The command line wins: --checks replaces the file's folders, --jobs its number.
  o.checks_dirs = args.checks;
  unsigned jobs = args.jobs;
  if (settings) {
    if (args.checks.empty()) o.checks_dirs = settings->checks;
    if (jobs == 0 && settings->jobs) jobs = *settings->jobs;
    if (!settings->ignore.empty())
      o.inputs.ignore =
          util::PathPatterns(settings->dir.empty() ? "." : settings->dir, settings->ignore);
  }
  if (!args.published.empty()) {
    o.published = util::parse_iso(args.published);
    if (!o.published) {
      return make_error(
          ErrorCode::kUsage,
          "--published must be a real day written YYYY-MM-DD, not '" + args.published + "'");
    }
  }
  // More threads than this only cost memory and thread creation (--jobs 100000 ran out
  // of them): the workers are bounded by the cores anyway.
  o.jobs = std::min(jobs, kMaxJobs);
  if (config != nullptr) *config = std::move(settings);
  return o;
}

int run_extract(const ExtractArgs& args, std::ostream& out, std::ostream& err) {
  auto options = make_options(args.reading);
  if (!options) {
    err << "factcheck: " << options.error().to_string() << '\n';
    return kExitError;
  }
  if (args.prefer != "past" && args.prefer != "future") {
    err << "factcheck: --prefer must be past or future\n";
    return kExitError;
  }
  options->prefer_future = args.prefer == "future";
  if (options->inputs.paths.empty()) options->inputs.paths.emplace_back("-");
  std::vector<Problem> problems;
  const rules::RuleSet rules = load_rules(*options, problems);
  if (args.lines) {
    run_lines(*options, rules, problems, [&](std::size_t line, const std::vector<Mention>& ms) {
      std::string text;
      report::JsonWriter j(text);
      j.begin_object().key("line").unsigned_integer(line).key("mentions").begin_array();
      for (const auto& m : ms) report::write_mention_json(j, m, "");
      j.end_array().end_object();
      out << text << '\n';
    });
  } else {
    util::Progress progress(err, "extract", progress_enabled(args.reading, err));
    options->progress = &progress;
    options->keep_bytes = false;
    // Each source's lines are written as soon as it and those before it are read, and
    // its mentions dropped: the run holds the mentions of the sources in flight, not the
    // archive's (some 150 MiB for 100 MB of text), and the output is the same in order.
    std::string lines;
    options->on_processed = [&](ProcessedSource& ps) {
      lines.clear();
      report::JsonWriter j(lines);
      for (const auto& m : ps.mentions) {
        report::write_mention_json(j, m, ps.source.id);
        lines += '\n';
      }
      write_lines(out, lines);
      std::vector<Mention>().swap(ps.mentions);
    };
    try {
      auto result = run_sources(*options, rules, false);
      for (auto& p : result.problems) problems.push_back(std::move(p));
    } catch (const OutputFailed&) {
      print_problems(problems, err);
      return finish(out, err, kExitError);
    }
  }
  print_problems(problems, err);
  return finish(out, err, problems.empty() ? kExitOk : kExitError);
}

int run_claims(const ReadingArgs& args, std::ostream& out, std::ostream& err) {
  auto options = make_options(args);
  if (!options) {
    err << "factcheck: " << options.error().to_string() << '\n';
    return kExitError;
  }
  if (options->inputs.paths.empty() && !options->inputs.sources) {
    auto input = default_input("claims");
    if (!input) {
      err << "factcheck: " << input.error().to_string() << '\n';
      return kExitError;
    }
    options->inputs.paths.push_back(*input);
  }
  std::vector<Problem> problems;
  const rules::RuleSet rules = load_rules(*options, problems);
  util::Progress progress(err, "claims", progress_enabled(args, err));
  options->progress = &progress;
  options->keep_bytes = false;
  options->keep_mentions = false;
  // As extract: each source's claims are written, then dropped, as soon as it and those
  // before it are done.
  std::string lines;
  options->on_processed = [&](ProcessedSource& ps) {
    lines.clear();
    report::JsonWriter j(lines);
    for (const auto& c : ps.claims) {
      report::write_claim_json(j, c);
      lines += '\n';
    }
    write_lines(out, lines);
    std::vector<Claim>().swap(ps.claims);
  };
  PipelineResult result;
  try {
    result = run_sources(*options, rules, true);
  } catch (const OutputFailed&) {
    print_problems(problems, err);
    return finish(out, err, kExitError);
  }
  for (auto& p : result.problems) problems.push_back(std::move(p));
  print_problems(problems, err);
  const int code = finish(out, err, problems.empty() ? kExitOk : kExitError);
  if (args.exits_after) util::leave_to_exit(std::move(result));
  return code;
}

}  // namespace fc::app
