// What a manifest or a folder walk may read: files inside the content folder only (no
// absolute path, no "..", no symlink out of it) unless the user allows more, and every
// entry of a walked folder that is not read said so (an unreadable subfolder, a FIFO, a
// device, a symlink loop), so that nothing outside the content reaches a report and
// nothing inside it is lost without a word.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/core/error.hpp"

namespace fc::ingest {

/// The canonical absolute form of an existing path ("" when it cannot be resolved).
[[nodiscard]] std::string canonical_path(const std::string& path);

/// Whether `canonical` (a canonical path) is `root` (canonical) or lies under it.
[[nodiscard]] bool is_within(std::string_view root, std::string_view canonical);

/// Why a manifest's `file` (as written), found at `joined` (its folder joined to it),
/// is not inside the manifest's folder, whose canonical path is `root`: an absolute path,
/// a ".." that climbs out of it, or a symlink that resolves outside it. Empty when it is
/// inside, or when it does not exist (the caller says so).
[[nodiscard]] std::optional<std::string> outside_folder(std::string_view root,
                                                        std::string_view file,
                                                        const std::string& joined);

struct FolderFiles {
  std::vector<std::string> files;  ///< the article files (*.txt, *.md), lexically normal, sorted
  std::vector<Error> errors;       ///< what was found and not read, each naming its path
};

/// The article files under `dir`, recursively. A symlinked file is read, and a symlinked
/// folder walked, when it resolves inside `dir` (or anywhere with `allow_outside`); one
/// that resolves outside is an error naming it; each folder is walked once however it is
/// reached (no cycle). An unreadable subfolder, a symlink loop or a dangling symlink, and
/// a FIFO, socket or device with an article's name are errors naming their path; the
/// rest is still listed.
[[nodiscard]] FolderFiles article_files(const std::string& dir, bool allow_outside);

/// A path's file name without its extension: the id of a source that names none.
[[nodiscard]] std::string stem_of(const std::string& path);

/// `file` (a manifest's entry, as written) joined to the folder `dir`, lexically normal.
[[nodiscard]] std::string join_path(const std::string& dir, const std::string& file);

}  // namespace fc::ingest
