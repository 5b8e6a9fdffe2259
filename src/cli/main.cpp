// factcheck's command line: parses arguments with CLI11, calls the library, returns its
// exit code. No logic lives here.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <exception>
#include <iostream>

#include "factcheck/app/commands.hpp"

namespace {

void add_reading_options(CLI::App* cmd, fc::app::ReadingArgs& a, bool paths_allow_stdin) {
  cmd->add_option("paths", a.paths,
                  paths_allow_stdin ? "files or folders (*.txt, *.md), or - for standard input"
                                    : "files or folders (*.txt, *.md)");
  cmd->add_option("--sources", a.sources, "a manifest (sources.yaml) when not inside a folder");
  cmd->add_option("--checks", a.checks,
                  "a folder of check definitions (YAML) added to the built-in ones "
                  "(repeatable; replaces the folders of .factcheck.yaml)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--config", a.config,
                  "the settings file to use (default: the .factcheck.yaml of the first PATH's "
                  "folder or above, up to the repository's root)");
  cmd->add_flag("--no-config", a.no_config, "read no .factcheck.yaml");
  cmd->add_option("--published", a.published,
                  "publication date (YYYY-MM-DD) for sources that have none");
  cmd->add_option("--lang", a.lang, "language of sources that do not say: ar, en or auto")
      ->check(CLI::IsMember({"ar", "en", "auto"}));
  cmd->add_option("--jobs", a.jobs, "worker threads (default: all cores, at most 256)");
  cmd->add_flag("--allow-outside", a.allow_outside,
                "let a manifest name files outside its folder (absolute, .., symlinks out) "
                "and a folder's symlinks lead out of it");
  cmd->add_option("--exclude", a.exclude,
                  "a file or folder the folder walk skips (repeatable); check never reads its "
                  "own reports")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_quiet_option(CLI::App* cmd, fc::app::ReadingArgs& a) {
  cmd->add_flag("--quiet", a.quiet,
                "no progress bar (it is shown on a terminal for runs longer than a second) "
                "and no summary on standard error (check)");
}

}  // namespace

int main(int argc, char** argv) {
  try {
    CLI::App app{"factcheck: a fact-consistency checker for Arabic and English news"};
    app.set_version_flag("--version", std::string("factcheck ") + fc::version());
    app.require_subcommand(1);

    fc::app::ExtractArgs extract;
    auto* ex = app.add_subcommand("extract", "numeric and date expressions, as JSON Lines");
    add_reading_options(ex, extract.reading, true);
    add_quiet_option(ex, extract.reading);
    ex->add_flag("--lines", extract.lines, "every input line is its own document");
    ex->add_option("--prefer", extract.prefer,
                   "bare weekdays and months resolve to the past or future")
        ->check(CLI::IsMember({"past", "future"}));

    fc::app::ReadingArgs claims;
    auto* cl =
        app.add_subcommand("claims", "claims (expression + what/whose/where/when), JSON Lines");
    add_reading_options(cl, claims, true);
    add_quiet_option(cl, claims);

    fc::app::CheckArgs check;
    auto* ck = app.add_subcommand("check", "extract, compare, report (default input: seeds/)");
    add_reading_options(ck, check.reading, true);
    add_quiet_option(ck, check.reading);
    ck->add_option("--report", check.report,
                   "write the Markdown report there (default and -: standard output, unless "
                   "--annotations takes it)");
    ck->add_option("--json", check.json, "write the machine-readable report (-: standard output)");
    ck->add_option("--sarif", check.sarif, "write SARIF 2.1.0 (-: standard output)");
    ck->add_option("--annotations", check.annotations,
                   "print workflow commands on standard output: github")
        ->check(CLI::IsMember({"github"}));
    ck->add_option("--draft", check.draft,
                   "pre-publication mode: check this draft against the others");
    ck->add_option("--baseline", check.baseline,
                   "a previous --json report: only new findings fail");
    ck->add_option("--fail-on", check.fail_on,
                   "lowest severity that fails the run: error, warning, never (default: "
                   ".factcheck.yaml's fail-on, else error)")
        ->check(CLI::IsMember({"error", "warning", "never"}));
    ck->add_option("--db", check.db,
                   "compare against an archive index made by factcheck index (an SQLite file "
                   "or a postgresql:// connection string)");

    fc::app::DiffArgs diff;
    auto* df = app.add_subcommand("diff", "what changed between two --json reports");
    df->add_option("old", diff.old_json, "the older report")->required();
    df->add_option("new", diff.new_json, "the newer report")->required();
    df->add_option("--fail-on", diff.fail_on,
                   "lowest severity of a new finding that fails: error, warning, never")
        ->check(CLI::IsMember({"error", "warning", "never"}));
    df->add_option("--report", diff.report,
                   "write the Markdown diff there (default: standard output, unless --json - "
                   "takes it)");
    df->add_option("--json", diff.json, "write the diff as JSON there (-: standard output)");

    fc::app::IndexArgs index;
    auto* ix = app.add_subcommand("index", "store sources and claims in an archive index");
    add_reading_options(ix, index.reading, false);
    add_quiet_option(ix, index.reading);
    ix->add_option("--db", index.db,
                   "the archive: an SQLite file, or a PostgreSQL database as postgresql://... "
                   "(postgresql:// alone: from the PG* environment variables)")
        ->required();
    ix->add_flag("--migrate", index.migrate,
                 "migrate an index of an older schema version to this one (PATHs optional)");

    // A misspelt subcommand: CLI11 would only say that one is required.
    if (argc > 1 && argv[1][0] != '-') {
      std::vector<std::string> names;
      for (const auto* sub : app.get_subcommands({})) names.push_back(sub->get_name());
      if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
        const std::string near = fc::app::nearest_name(argv[1], names);
        std::cerr << "factcheck: '" << argv[1] << "' is not a subcommand"
                  << (near.empty() ? "" : "; did you mean '" + near + "'?")
                  << " (factcheck --help lists them)\n";
        return fc::app::kExitError;
      }
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      const int code = app.exit(e);
      return code == 0 ? 0 : fc::app::kExitError;
    }
    // The process ends with the command: what it made is not freed (leave_to_exit.hpp).
    for (auto* reading : {&extract.reading, &claims, &check.reading, &index.reading}) {
      reading->exits_after = true;
    }
    if (ex->parsed()) return fc::app::run_extract(extract, std::cout, std::cerr);
    if (cl->parsed()) return fc::app::run_claims(claims, std::cout, std::cerr);
    if (ck->parsed()) return fc::app::run_check(check, std::cout, std::cerr);
    if (df->parsed()) return fc::app::run_diff(diff, std::cout, std::cerr);
    if (ix->parsed()) return fc::app::run_index(index, std::cout, std::cerr);
    return fc::app::kExitError;
  } catch (const std::exception& e) {
    std::cerr << "factcheck: internal error: " << e.what() << '\n';
    return fc::app::kExitError;
  }
}
