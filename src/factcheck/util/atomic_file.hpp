// Writing a file atomically: a temporary file beside it, flushed, then renamed over the
// target, so a reader never sees half a report and a failed write leaves the old one.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "factcheck/core/error.hpp"

namespace fc::util {

/// Writes `content` to `path` atomically. On failure the old file is intact and no
/// temporary file is left behind; the error names `path` and what to do.
[[nodiscard]] Result<void> write_file_atomic(const std::string& path, std::string_view content);

/// Writes what `write` puts on the stream to `path` atomically, through a small buffer,
/// so that a large report is never held whole in memory. Same guarantees as above.
[[nodiscard]] Result<void> write_file_atomic(const std::string& path,
                                             const std::function<void(std::ostream&)>& write);

}  // namespace fc::util
