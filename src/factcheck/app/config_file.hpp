// The content repository's own settings, `.factcheck.yaml` (as Vale's .vale.ini): found
// from the checked folder upward to the repository's root (a folder holding .git) or the
// filesystem's root, read through the one YAML reading path (ingest/yaml.hpp), every
// error with file:line:col. Options on the command line win over it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factcheck/core/error.hpp"

namespace fc::app {

inline constexpr const char* kConfigName = ".factcheck.yaml";

struct ConfigFile {
  std::string path;                    ///< the file read
  std::string dir;                     ///< its folder: relative paths in it start there
  std::vector<std::string> checks;     ///< `checks:` folders, joined to `dir`
  std::optional<std::string> fail_on;  ///< `fail-on:` error | warning | never
  std::vector<std::string> ignore;     ///< `ignore:` globs, relative to `dir`
  std::optional<unsigned> jobs;        ///< `jobs:` worker threads (1..256)
};

/// Parses config text as if read from `path`.
[[nodiscard]] Result<ConfigFile> parse_config(const std::string& text, const std::string& path);

/// Reads the config file at `path`.
[[nodiscard]] Result<ConfigFile> load_config(const std::string& path);

/// The `.factcheck.yaml` that governs `start` (a file or folder; "" or "-": the current
/// folder): the nearest in its folder or above, up to the first folder that holds .git.
/// nullopt when there is none; an Error when the one found cannot be read or parsed.
[[nodiscard]] Result<std::optional<ConfigFile>> find_config(const std::string& start);

}  // namespace fc::app
