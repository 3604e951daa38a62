// Where Dyad finds its committed data (models/, kb/, examples/).
#ifndef DYAD_BASE_PATHS_H_
#define DYAD_BASE_PATHS_H_

#include <string>

namespace dyad {

// The data root: $DYAD_DATA if set, else the source tree the binary was built
// from (CMake's DYAD_DATA_DIR).
std::string DataRoot();
// DataRoot() + "/" + relative.
std::string DataPath(const std::string& relative);

}  // namespace dyad

#endif  // DYAD_BASE_PATHS_H_
