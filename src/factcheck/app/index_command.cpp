#include <ostream>

#include "factcheck/app/commands.hpp"

namespace fc::app {

int run_index(const IndexArgs& /*args*/, std::ostream& /*out*/, std::ostream& err) {
  err << "factcheck: index is not implemented yet (issue 7)\n";
  return kExitError;
}

}  // namespace fc::app
