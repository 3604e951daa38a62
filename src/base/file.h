// Whole-file reading and writing with Status errors that name the path.
#ifndef DYAD_BASE_FILE_H_
#define DYAD_BASE_FILE_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad {

// Reads a whole file ("-" reads standard input).
Result<std::string> ReadFile(const std::string& path);
// Writes atomically (temp file + rename).
Status WriteFile(const std::string& path, std::string_view data);

}  // namespace dyad

#endif  // DYAD_BASE_FILE_H_
