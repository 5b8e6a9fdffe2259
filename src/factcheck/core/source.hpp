// Source: one article as read, with its manifest metadata and its publication date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "factcheck/util/civil_date.hpp"

namespace fc {

/// Where a source's publication date came from (SPEC.md `published_from`).
enum class PublishedFrom { kManifest, kText, kOption, kUnknown };

[[nodiscard]] const char* to_string(PublishedFrom from);

struct Source {
  std::string id;    ///< stable id used in reports
  std::string path;  ///< as given or relative to the manifest; never made absolute
  std::string outlet;
  std::string language;  ///< "ar", "en", or empty when unknown
  std::optional<util::CivilDate> published;
  PublishedFrom published_from = PublishedFrom::kUnknown;
  std::string published_note;  ///< why this date was chosen, when read from the text
  std::string bytes;           ///< the file as read (BOM stripped), validated UTF-8
  std::size_t bom_bytes = 0;   ///< bytes stripped from the start (spans stay file offsets)
  /// Content fingerprint (compare::text_fingerprint), made while the text is read:
  /// copies of one wire text count as one voice. Empty when not made.
  std::vector<std::uint64_t> fingerprint;
};

}  // namespace fc
