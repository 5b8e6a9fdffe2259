// The countries of ISO 3166, named in English and Arabic by ICU's locale data: every
// country a text may name is a place id (its alpha-2 code) whatever the language, and
// checks/places.yaml adds only what ICU does not know (demonyms, other names, cities,
// provinces) or overrides an entry whose names collide with common words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fc::rules {

struct IsoCountry {
  std::string code;  ///< ISO 3166-1 alpha-2 ("IQ")
  std::string en;    ///< ICU's English name, parentheses removed ("Iraq")
  std::string ar;    ///< ICU's Arabic name ("العراق")
};

/// Every ISO 3166 country ICU lists, in code order; read once.
[[nodiscard]] const std::vector<IsoCountry>& iso_countries();

/// The code of the country ICU names `english` in English (case-insensitive), or empty.
[[nodiscard]] std::string iso_code_of(std::string_view english);

}  // namespace fc::rules
