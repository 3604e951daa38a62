#include "pipeline/finite_verb.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "pipeline/pipeline.h"

namespace dyad {
namespace {

// "form/XPOS form/XPOS ..." as an annotated sentence.
Sentence Tagged(const std::string& spec) {
  Sentence s;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    size_t slash = item.rfind('/');
    Token t;
    t.form = item.substr(0, slash);
    t.xpos = item.substr(slash + 1);
    s.tokens.push_back(t);
  }
  return s;
}

TEST(FiniteVerb, FindsTheParticipleAfterTheSubject) {
  EXPECT_EQ(MissingFiniteVerb(Tagged("Settlers/NNS attacked/VBN farmers/NNS ./.")), 1);
  EXPECT_EQ(MissingFiniteVerb(Tagged("The/DT surge/NN prompted/VBN talks/NNS ./.")), 2);
  EXPECT_EQ(MissingFiniteVerb(Tagged("They/PRP seized/VBN weapons/NNS ./.")), 1);
}

TEST(FiniteVerb, LeavesSentencesWithAFiniteVerbOrNoCandidate) {
  // A finite verb elsewhere: the participle is a modifier.
  EXPECT_EQ(MissingFiniteVerb(Tagged("Troops/NNS stationed/VBN there/RB left/VBD ./.")), -1);
  EXPECT_EQ(MissingFiniteVerb(Tagged("Aid/NN will/MD arrive/VB soon/RB ./.")), -1);
  // The participle after a determiner is a modifier ("the attacked farmers").
  EXPECT_EQ(MissingFiniteVerb(Tagged("The/DT attacked/VBN farmers/NNS fled/VBN ./.")), -1);
  // Headlines and fragments (no full stop) and very short sentences stay.
  EXPECT_EQ(MissingFiniteVerb(Tagged("Rebels/NNS seized/VBN town/NN")), -1);
  EXPECT_EQ(MissingFiniteVerb(Tagged("Done/VBN ./.")), -1);
}

// With the committed model: a sentence the tagger leaves verbless gets its
// verb back, is parsed with it as the root, and codes its event.
TEST(FiniteVerb, RepairedSentenceIsParsedAndCoded) {
  auto p = Pipeline::Load({});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  auto doc = (*p)->reader().ReadText("Border clashes\n\nMarch 3, 2024\n\nSettlers attacked farmers near the village.\n",
                                     "case.txt");
  ASSERT_TRUE(doc.ok());
  (*p)->Process(&*doc);
  const Sentence* s = nullptr;
  for (const auto& x : doc->sentences)
    if (!x.tokens.empty() && x.tokens[0].form == "Settlers") s = &x;
  ASSERT_NE(s, nullptr);
  ASSERT_GE(s->tokens.size(), 3u);
  EXPECT_EQ(s->tokens[1].xpos, "VBD");
  EXPECT_EQ(s->tokens[1].head, 0);
  EXPECT_EQ(s->tokens[1].lemma, "attack");
  EXPECT_EQ(s->tokens[0].deprel, "nsubj");
  bool attack = false;
  for (const Event& e : doc->events) attack |= e.root == "18" || e.root == "19";
  EXPECT_TRUE(attack) << "no attack event coded";
}

}  // namespace
}  // namespace dyad
