#include "factcheck/extract/dates.hpp"

namespace fc::extract {

std::vector<Mention> extract_dates(const normalize::NormalizedText& /*text*/,
                                   const DateOptions& /*options*/) {
  return {};
}

}  // namespace fc::extract
