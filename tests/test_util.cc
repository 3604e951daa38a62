#include "test_util.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::testing {

std::optional<std::string> SharedFile(const std::string& relative) {
  std::string root = DYAD_SHARED_DIR;
  if (const char* env = std::getenv("DYAD_SHARED"); env && *env) root = env;
  std::string p = root + "/" + relative;
  if (!std::filesystem::exists(p)) return std::nullopt;
  return p;
}

std::string TestData(const std::string& relative) { return std::string(DYAD_TESTDATA_DIR) + "/" + relative; }
std::string SourcePath(const std::string& relative) { return std::string(DYAD_SOURCE_DIR) + "/" + relative; }

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dyad::testing
