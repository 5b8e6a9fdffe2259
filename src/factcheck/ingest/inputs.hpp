// Reading sources: files, folders (recursive, *.txt and *.md in sorted order), standard
// input, and the sources.yaml manifest. UTF-8 is validated here; a bad file becomes a
// Problem and every other source is still read.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "factcheck/core/claim.hpp"
#include "factcheck/core/error.hpp"
#include "factcheck/core/source.hpp"
#include "factcheck/util/civil_date.hpp"
#include "factcheck/util/glob.hpp"

namespace fc::ingest {

/// One manifest entry (SPEC.md "The manifest").
struct ManifestEntry {
  std::string id;
  std::string file;  ///< relative to the manifest's folder
  std::string outlet;
  std::string language;
  std::optional<util::CivilDate> published;
  std::string published_basis;  ///< free text: why `published` is what it is
  int line = 0;                 ///< where its `file` is written in the manifest (1-based)
  int column = 0;
};

struct Manifest {
  std::string path;  ///< the manifest file as given
  std::string dir;   ///< its folder, prefix for entries' files ("" for the current folder)
  std::vector<ManifestEntry> entries;
};

/// Parses a manifest. Problems with single entries (unknown key, wrong type, duplicate
/// id, missing file) are appended to `errors` with the manifest's file:line:col and the
/// entry is dropped; a file that cannot be read or parsed at all is an Error.
/// An entry's file must lie inside the manifest's folder (no absolute path, no "..",
/// no symlink out of it) unless `allow_outside`.
[[nodiscard]] Result<Manifest> load_manifest(const std::string& path, std::vector<Error>& errors,
                                             bool allow_outside = false);

/// Which YAML library reads a manifest: libyaml's events for the usual shape, yaml-cpp
/// for the rest (kFast). The tests compare the two alone: kEvents (a manifest of
/// another shape is then an Error) and kYamlCpp.
enum class ManifestReader { kFast, kEvents, kYamlCpp };

/// Parses manifest text as if read from `path` (entries' files are checked next to it).
[[nodiscard]] Result<Manifest> parse_manifest(const std::string& text, const std::string& path,
                                              std::vector<Error>& errors,
                                              ManifestReader reader = ManifestReader::kFast,
                                              bool allow_outside = false);

struct InputOptions {
  std::vector<std::string> paths;      ///< files, folders, or "-" for standard input
  std::optional<std::string> sources;  ///< --sources FILE
  std::string lang = "auto";           ///< ar | en | auto
  /// --allow-outside: a manifest may name files outside its folder, and a walked folder's
  /// symlinks may lead out of it (off: either is an error and the file is not read).
  bool allow_outside = false;
  /// Files and folders a folder walk skips (--exclude, and the run's own reports, so that
  /// a report written into the folder it checks is never read back as an article).
  std::vector<std::string> exclude;
  /// Paths not read as articles (the `ignore:` globs of .factcheck.yaml): files of a
  /// folder walk and files named on their own; a manifest's entries are always read.
  util::PathPatterns ignore;
};

/// True when `path` is one of `excluded` or lies inside one of them (absolute, lexically
/// normal paths: see excluded_paths).
[[nodiscard]] bool is_excluded(const std::string& path, const std::vector<std::string>& excluded);

/// `paths` as absolute, lexically normal paths, for is_excluded.
[[nodiscard]] std::vector<std::string> excluded_paths(const std::vector<std::string>& paths);

struct LoadedInputs {
  std::vector<Source> sources;  ///< in input order: manifest entries, then other files sorted
  std::vector<Error> errors;    ///< each becomes an input problem and exit code 2
};

/// Reads every source it can; never stops at the first bad one.
[[nodiscard]] LoadedInputs load_inputs(const InputOptions& options);

/// The same, handing each source to `on_source` as soon as it is read (in the order
/// load_inputs would list it) instead of keeping it: the caller can process and drop a
/// source while the next ones are read. `sources` of the result is then empty.
[[nodiscard]] LoadedInputs load_inputs(const InputOptions& options,
                                       const std::function<void(Source&&)>& on_source);

/// Reads at most `limit` bytes of the file at `path` (more is a kLimit error naming it);
/// a FIFO is given a few seconds for a writer to open it (none: an error naming it).
[[nodiscard]] Result<std::string> read_file(const std::string& path, std::size_t limit);

/// Validates UTF-8 and strips a BOM from `bytes`, as for a file named `path`.
[[nodiscard]] Result<Source> make_source(std::string id, std::string path, std::string bytes);

}  // namespace fc::ingest
