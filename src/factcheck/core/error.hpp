// Errors for bad input: a code, a message and where it applies (file, line, column).
// Findings about the articles are never errors (see finding.hpp); programmer errors
// abort through FC_ASSERT.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace fc {

enum class ErrorCode {
  kUsage,     ///< bad command-line use
  kIo,        ///< a file or folder could not be read or written
  kEncoding,  ///< bytes that are not UTF-8
  kManifest,  ///< sources.yaml is malformed
  kCheck,     ///< a check definition is malformed
  kPattern,   ///< an RE2 pattern failed to compile
  kReport,    ///< a report given as input (baseline, diff) is malformed
  kLimit,     ///< an explicit limit was reached
  kDatabase,  ///< the archive index failed
  kNotImplemented,
};

/// One error: `file` may be empty; `line`/`column` are 1-based, 0 when unknown.
struct Error {
  ErrorCode code = ErrorCode::kIo;
  std::string message;
  std::string file;
  int line = 0;
  int column = 0;

  /// "file:line:col: message" with the parts that are known.
  [[nodiscard]] std::string to_string() const {
    std::string out;
    if (!file.empty()) {
      out += file;
      if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
      }
      out += ": ";
    }
    out += message;
    return out;
  }
};

template <class T>
using Result = tl::expected<T, Error>;

[[nodiscard]] inline tl::unexpected<Error> make_error(ErrorCode code, std::string message,
                                                      std::string file = {}, int line = 0,
                                                      int column = 0) {
  return tl::unexpected<Error>(Error{code, std::move(message), std::move(file), line, column});
}

}  // namespace fc

/// Programmer errors: abort with the reason (LLVM's assert style, kept in release builds).
#define FC_ASSERT(cond, why)                                                                      \
  do {                                                                                            \
    if (!(cond)) {                                                                                \
      std::fprintf(stderr, "%s:%d: assertion failed: %s (%s)\n", __FILE__, __LINE__, #cond, why); \
      std::abort();                                                                               \
    }                                                                                             \
  } while (false)
