// Helpers shared by Dyad's tests.
#ifndef DYAD_TESTS_TEST_UTIL_H_
#define DYAD_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace dyad::testing {

// Path of a file under ../shared (e.g. "seed/EXPECTED.md"), or nullopt when it
// is missing; tests then GTEST_SKIP with a message naming the path.
std::optional<std::string> SharedFile(const std::string& relative);
// Path under tests/data/.
std::string TestData(const std::string& relative);
// Path under the source tree.
std::string SourcePath(const std::string& relative);
// Reads a whole file, failing the test when it cannot.
std::string ReadAll(const std::string& path);

}  // namespace dyad::testing

// Skips the current test (with a one-line message naming the path) when the
// shared file is absent; otherwise binds `var` to its path.
#define DYAD_REQUIRE_SHARED(var, relative)                                     \
  auto var##_opt = ::dyad::testing::SharedFile(relative);                      \
  if (!var##_opt) GTEST_SKIP() << "skipped: ../shared/" << (relative) << " is absent"; \
  const std::string var = *var##_opt

#endif  // DYAD_TESTS_TEST_UTIL_H_
