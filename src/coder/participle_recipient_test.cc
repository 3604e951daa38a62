#include "coder/participle_recipient.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/test_sentence.h"

namespace dyad {
namespace {

// A sentence from "form|XPOS|head|deprel" items (head 1-based, 0 = root).
Sentence Parsed(const std::string& annotated) {
  Sentence s;
  for (const auto& f : AnnotatedItems(annotated, 4)) {
    Token t;
    t.form = t.lemma = f[0];
    t.xpos = f[1];
    t.upos = f[1] == "VBN" || f[1] == "VBD" ? "VERB" : "X";
    t.head = std::stoi(f[2]);
    t.deprel = f[3];
    s.tokens.push_back(t);
  }
  return s;
}

// "Norland sent its reply in a note carried by its envoy , Ana Lis , to the
// council ." with the parser's reading: the to-phrase hangs on the envoy.
const char* kAfterApposition =
    "Norland|NNP|2|nsubj sent|VBD|0|root its|PRP$|4|nmod:poss reply|NN|2|obj in|IN|7|case a|DT|7|det "
    "note|NN|2|obl carried|VBN|7|acl by|IN|11|case its|PRP$|11|nmod:poss envoy|NN|8|obl:agent ,|,|13|punct "
    "Ana|NNP|11|appos Lis|NNP|13|flat ,|,|18|punct to|IN|18|case the|DT|18|det council|NN|11|nmod .|.|2|punct";

TEST(ParticipleRecipientTest, ToPhraseAfterTheAgentsAppositionIsTheRecipient) {
  Sentence s = Parsed(kAfterApposition);
  ParseTree t(s);
  EXPECT_EQ(ParticipleRecipients(t, 1), std::vector<int>({17}));  // "council"
  EXPECT_TRUE(InParticipleAgent(t, 1, 10));                       // "envoy"
  EXPECT_FALSE(InParticipleAgent(t, 1, 3));                       // "reply"
}

TEST(ParticipleRecipientTest, ToPhraseOfTheParticipleItself) {
  // "Norland sent its reply in a note carried to the council ."
  Sentence s = Parsed(
      "Norland|NNP|2|nsubj sent|VBD|0|root its|PRP$|4|nmod:poss reply|NN|2|obj in|IN|7|case a|DT|7|det "
      "note|NN|2|obl carried|VBN|7|acl to|IN|11|case the|DT|11|det council|NN|8|obl .|.|2|punct");
  ParseTree t(s);
  EXPECT_EQ(ParticipleRecipients(t, 1), std::vector<int>({10}));
}

TEST(ParticipleRecipientTest, TitleComplementIsNoRecipient) {
  // "Norland sent its reply in a note carried by its envoy to Sudria ."
  Sentence s = Parsed(
      "Norland|NNP|2|nsubj sent|VBD|0|root its|PRP$|4|nmod:poss reply|NN|2|obj in|IN|7|case a|DT|7|det "
      "note|NN|2|obl carried|VBN|7|acl by|IN|11|case its|PRP$|11|nmod:poss envoy|NN|8|obl:agent "
      "to|IN|13|case Sudria|NNP|11|nmod .|.|2|punct");
  ParseTree t(s);
  EXPECT_TRUE(ParticipleRecipients(t, 1).empty());
}

TEST(ParticipleRecipientTest, VerbsOwnToPhraseWins) {
  // "Norland sent its reply to Sudria in a note carried to the council ."
  Sentence s = Parsed(
      "Norland|NNP|2|nsubj sent|VBD|0|root its|PRP$|4|nmod:poss reply|NN|2|obj to|IN|6|case "
      "Sudria|NNP|2|obl in|IN|9|case a|DT|9|det note|NN|2|obl carried|VBN|9|acl to|IN|13|case the|DT|13|det "
      "council|NN|10|obl .|.|2|punct");
  ParseTree t(s);
  EXPECT_TRUE(ParticipleRecipients(t, 1).empty());
}

TEST(ParticipleRecipientTest, RelativeClausesAndOutOfRangeTriggers) {
  // "Norland sent a note that Sudria had drafted to the council ." (a relative
  // clause is not a reduced participle)
  Sentence s = Parsed(
      "Norland|NNP|2|nsubj sent|VBD|0|root a|DT|4|det note|NN|2|obj that|WDT|7|obj Sudria|NNP|7|nsubj "
      "drafted|VBN|4|acl:relcl to|IN|10|case the|DT|10|det council|NN|7|obl .|.|2|punct");
  ParseTree t(s);
  EXPECT_TRUE(ParticipleRecipients(t, 1).empty());
  EXPECT_TRUE(ParticipleRecipients(t, -1).empty());
  EXPECT_TRUE(ParticipleRecipients(t, 99).empty());
}

}  // namespace
}  // namespace dyad
