// The one reading of YAML written by users (the manifest, the check files): yaml-cpp's
// nodes, after checks that turn what YAML accepts but a user never meant into errors
// with file:line:col: bytes that are not UTF-8, a quoted value whose closing quote is
// missing on its line (`outlet: "Reuters` swallowed the lines after it), a key given twice
// in one map.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "factcheck/core/error.hpp"

namespace fc::ingest {

struct YamlOptions {
  ErrorCode code = ErrorCode::kManifest;  ///< of every error
  bool duplicate_keys = true;  ///< a key twice in one map is an error (off: the caller checks)
};

/// Parses `text`, read from `file`; the first error, if any, with its line and column
/// (1-based, columns in code points).
[[nodiscard]] Result<YAML::Node> load_yaml(std::string_view text, const std::string& file,
                                           YamlOptions options = {});

/// Whether the quoted scalar (' or ") that opens at byte `open` of `text` closes on the
/// same line; true when no quote opens there (a plain or block scalar).
[[nodiscard]] bool quote_closed_on_its_line(std::string_view text, std::size_t open);

}  // namespace fc::ingest
