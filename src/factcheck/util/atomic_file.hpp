// Writing a file atomically: a temporary file beside it, flushed, then renamed over the
// target, so a reader never sees half a report and a failed write leaves the old one.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "factcheck/core/error.hpp"

namespace fc::util {

/// A temporary file beside a report untouched for this long is a killed run's, and the
/// next write of that report removes it.
inline constexpr long kStaleTempSeconds = 3600;

/// Writes `content` to `path` atomically. On failure the old file is intact and no
/// temporary file is left behind; the error names `path` and what to do.
[[nodiscard]] Result<void> write_file_atomic(const std::string& path, std::string_view content);

/// Writes what `write` puts on the stream to `path` atomically, through a small buffer,
/// so that a large report is never held whole in memory. Same guarantees as above. The
/// file keeps the mode of the file it replaces (a new one: 0666 less the umask), and the
/// stale temporary files of its name (kStaleTempSeconds, this user's) are removed.
///
/// A symbolic link is followed: the file it names is replaced and the link kept. A path
/// that is not a regular file (/dev/null, /dev/stdout, a named pipe) is written in place,
/// never replaced: there is no file there to swap, and renaming over a device node would
/// destroy it (as root, `--report /dev/null` once replaced /dev/null with a file).
[[nodiscard]] Result<void> write_file_atomic(const std::string& path,
                                             const std::function<void(std::ostream&)>& write);

}  // namespace fc::util
