#include "coder/parse_tree.h"

#include <gtest/gtest.h>


#include "coder/test_sentence.h"

namespace dyad {
namespace {

// A sentence from "form|UPOS/XPOS|head|deprel" items (head 1-based, 0 = root).
Sentence Tokens(const std::string& annotated) {
  Sentence s;
  for (const auto& f : AnnotatedItems(annotated, 4)) {
    Token t;
    t.form = f[0];
    size_t slash = f[1].find('/');
    t.upos = f[1].substr(0, slash);
    t.xpos = slash == std::string::npos ? "" : f[1].substr(slash + 1);
    t.lemma = f[0];
    t.head = std::stoi(f[2]);
    t.deprel = f[3];
    s.tokens.push_back(t);
  }
  return s;
}

TEST(ParseTreeTest, APhraseBetweenCommasBeforeATrailingReportIsTheMainClauses) {
  // "Valdoria settled with Kestria, two days after crowds marched, an
  // official said", parsed with "days" and "crowds" hung on "said": they
  // belong to "settled", whose words end before the first comma.
  Sentence s = Tokens(
      "Valdoria|PROPN|2|nsubj settled|VERB/VBD|0|root with|ADP|4|case Kestria|PROPN|2|obl ,|PUNCT|14|punct "
      "two|NUM|7|nummod days|NOUN|14|obl:unmarked after|ADP|9|case crowds|NOUN|14|obl marched|VERB/VBD|9|acl "
      ",|PUNCT|13|punct an|DET|13|det official|NOUN|14|nsubj said|VERB/VBD|2|parataxis .|PUNCT|2|punct");
  ParseTree t(s);
  EXPECT_EQ(t.head(6), 1);  // days -> settled
  EXPECT_EQ(t.head(8), 1);  // crowds -> settled
  EXPECT_EQ(t.head(12), 13);  // the report keeps its subject
  EXPECT_EQ(t.Child(1, "obl:unmarked"), 6);
}

TEST(ParseTreeTest, AReportWithoutASetOffPhraseKeepsItsDependents) {
  // "Valdoria settled with Kestria on Monday, an official said on Tuesday":
  // "on Tuesday" follows the report; nothing stands between two commas.
  Sentence s = Tokens(
      "Valdoria|PROPN|2|nsubj settled|VERB/VBD|0|root with|ADP|4|case Kestria|PROPN|2|obl on|ADP|6|case "
      "Monday|PROPN|2|obl ,|PUNCT|10|punct an|DET|9|det official|NOUN|10|nsubj said|VERB/VBD|2|parataxis "
      "on|ADP|12|case Tuesday|PROPN|10|obl");
  ParseTree t(s);
  EXPECT_EQ(t.head(11), 9);
  EXPECT_EQ(t.head(5), 1);
}

TEST(ParseTreeTest, TheWordAfterAModalIsTheVerbWhenTheTaggedVerbIsAPastForm) {
  // "Valdoria will abandon improved relations with Kestria", tagged with
  // "abandon" an adverb of "improved": "abandon" is the verb, "improved"
  // modifies "relations".
  Sentence s = Tokens(
      "Valdoria|PROPN/NNP|4|nsubj will|AUX/MD|4|aux abandon|ADV/RB|4|advmod improved|VERB/VBD|0|root "
      "relations|NOUN/NNS|4|obj with|ADP/IN|7|case Kestria|PROPN/NNP|5|nmod");
  ParseTree t(s);
  EXPECT_EQ(t.head(2), -1);
  EXPECT_TRUE(t.IsVerbal(2));
  EXPECT_EQ(t.head(0), 2);
  EXPECT_EQ(t.head(1), 2);
  EXPECT_EQ(t.head(4), 2);
  EXPECT_EQ(t.head(3), 4);
  EXPECT_EQ(t.deprel(3), "amod");
  EXPECT_FALSE(t.IsVerbal(3));
  // The tagger's reading stays where it can be right: "will soon visit".
  Sentence ok = Tokens("Valdoria|PROPN/NNP|4|nsubj will|AUX/MD|4|aux soon|ADV/RB|4|advmod visit|VERB/VB|0|root "
                       "Kestria|PROPN/NNP|4|obj");
  ParseTree u(ok);
  EXPECT_EQ(u.head(2), 3);
  EXPECT_EQ(u.head(3), -1);
}

}  // namespace
}  // namespace dyad
