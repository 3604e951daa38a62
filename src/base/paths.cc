#include "base/paths.h"

#include <cstdlib>

namespace dyad {

std::string DataRoot() {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  return DYAD_DATA_DIR;
}

std::string DataPath(const std::string& relative) { return DataRoot() + "/" + relative; }

}  // namespace dyad
