// Test fixture reader shared by the coder's unit tests: a parsed sentence
// written as space-separated items of '|'-separated fields
// ("Valdoria|PROPN|2|nsubj settled|VERB/VBD|0|root ..."); each test turns
// the fields into tokens in its own layout. Header-only; *_test.cc only.
#ifndef DYAD_CODER_TEST_SENTENCE_H_
#define DYAD_CODER_TEST_SENTENCE_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace dyad {

// The fields of every item of `annotated`; an item with other than `fields`
// fields fails the calling test (and is returned as it is).
inline std::vector<std::vector<std::string>> AnnotatedItems(const std::string& annotated, size_t fields) {
  std::vector<std::vector<std::string>> items;
  std::istringstream in(annotated);
  std::string item;
  while (in >> item) {
    std::vector<std::string> f;
    std::stringstream ss(item);
    std::string part;
    while (std::getline(ss, part, '|')) f.push_back(part);
    EXPECT_EQ(f.size(), fields) << item;
    f.resize(fields);
    items.push_back(std::move(f));
  }
  return items;
}

}  // namespace dyad

#endif  // DYAD_CODER_TEST_SENTENCE_H_
