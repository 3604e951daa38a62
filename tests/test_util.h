// Helpers shared by Dyad's tests.
#ifndef DYAD_TESTS_TEST_UTIL_H_
#define DYAD_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/document.h"

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

// Whitespace-trimmed copy.
std::string Trim(const std::string& s);
// Splits on `sep` and trims each piece.
std::vector<std::string> SplitTrim(const std::string& s, const std::string& sep);
// A document whose text is `text`, tokenized by Dyad's tokenizer as one sentence.
Document OneSentenceDocument(const std::string& text);

// Runs `check` on every case line of a data-driven file (blank lines and lines
// starting with '#' skipped); `check` returns "" on success or a failure
// description. Reports each failure with file:line and returns the number of cases.
int ForEachCase(const std::string& path,
                const std::function<std::string(const std::string& line)>& check);

}  // namespace dyad::testing

// Skips the current test (with a one-line message naming the path) when the
// shared file is absent; otherwise binds `var` to its path.
#define DYAD_REQUIRE_SHARED(var, relative)                                     \
  auto var##_opt = ::dyad::testing::SharedFile(relative);                      \
  if (!var##_opt) GTEST_SKIP() << "skipped: ../shared/" << (relative) << " is absent"; \
  const std::string var = *var##_opt

#endif  // DYAD_TESTS_TEST_UTIL_H_
