#include "syntax/finite_verb.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

// "form/XPOS form/XPOS ...": the position MissingFiniteVerb picks.
int Pick(const std::string& spec) {
  static std::vector<std::string> storage;
  storage.clear();
  std::vector<std::string> xpos;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    size_t slash = item.rfind('/');
    storage.push_back(item.substr(0, slash));
    xpos.push_back(item.substr(slash + 1));
  }
  std::vector<std::string_view> forms(storage.begin(), storage.end());
  return MissingFiniteVerb(forms, xpos);
}

TEST(FiniteVerb, FindsTheParticipleAfterTheSubject) {
  EXPECT_EQ(Pick("Settlers/NNS attacked/VBN farmers/NNS ./."), 1);
  EXPECT_EQ(Pick("The/DT surge/NN prompted/VBN talks/NNS ./."), 2);
  EXPECT_EQ(Pick("They/PRP seized/VBN weapons/NNS ./."), 1);
}

TEST(FiniteVerb, LeavesSentencesWithAFiniteVerbOrNoCandidate) {
  // A finite verb elsewhere: the participle is a modifier.
  EXPECT_EQ(Pick("Troops/NNS stationed/VBN there/RB left/VBD ./."), -1);
  EXPECT_EQ(Pick("Aid/NN will/MD arrive/VB soon/RB ./."), -1);
  // The participle after a determiner is a modifier ("the attacked farmers").
  EXPECT_EQ(Pick("The/DT attacked/VBN farmers/NNS fled/VBN ./."), -1);
  // Headlines and fragments (no full stop) and very short sentences stay.
  EXPECT_EQ(Pick("Rebels/NNS seized/VBN town/NN"), -1);
  EXPECT_EQ(Pick("Done/VBN ./."), -1);
  EXPECT_EQ(Pick(""), -1);
}

}  // namespace
}  // namespace dyad
