#include "factcheck/timeres/publication.hpp"

namespace fc::timeres {

std::optional<PublicationGuess> find_publication_date(const normalize::NormalizedText& /*text*/) {
  return std::nullopt;
}

}  // namespace fc::timeres
