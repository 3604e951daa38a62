#include "syntax/headline_clause.h"

#include <gtest/gtest.h>

#include "syntax/syntax_model.h"
#include "syntax/test_parse.h"
#include "test_util.h"

namespace dyad {
namespace {

std::string Repaired(const std::string& spec, bool headline, int* changed = nullptr) {
  TestParse p(spec);
  int n = RepairHeadlineClause(p.forms, p.upos, p.xpos, headline, &p.head, &p.deprel);
  if (changed) *changed = n;
  return p.Tree();
}

TEST(HeadlineClause, ACompoundOfAFiniteVerbIsItsSubject) {
  // "Chad and Niger sign border pact" with Chad as a compound of "sign".
  const std::string chad = "Chad/PROPN/NNP/4/compound and/CCONJ/CC/3/cc Niger/PROPN/NNP/1/conj "
                           "sign/VERB/VBP/0/root border/NOUN/NN/6/compound pact/NOUN/NN/4/obj";
  const std::string want = "4/nsubj 3/cc 1/conj 0/root 6/compound 4/obj";
  EXPECT_EQ(Repaired(chad, true), want);
  EXPECT_EQ(Repaired(chad, false), want);  // in any sentence
}

TEST(HeadlineClause, CompoundsStayWhereTheyBelong) {
  // The verb has its subject already.
  const std::string subj = "Police/NOUN/NNS/3/nsubj riot/NOUN/NN/3/compound fired/VERB/VBD/0/root";
  EXPECT_EQ(Repaired(subj, true), TestParse(subj).Tree());
  // A compound of a noun; a compound not right before the verb.
  const std::string noun = "border/NOUN/NN/2/compound pact/NOUN/NN/0/root";
  EXPECT_EQ(Repaired(noun, true), TestParse(noun).Tree());
  const std::string far = "Chad/PROPN/NNP/4/compound quickly/ADV/RB/4/advmod then/ADV/RB/4/advmod "
                          "signs/VERB/VBZ/0/root";
  EXPECT_EQ(Repaired(far, true), TestParse(far).Tree());
  // A non-finite verb ("border fencing").
  const std::string ing = "border/NOUN/NN/2/compound fencing/VERB/VBG/0/root";
  EXPECT_EQ(Repaired(ing, true), TestParse(ing).Tree());
}

TEST(HeadlineClause, TwoSubjectsSideBySideInAHeadline) {
  // "Houthi rebels seize ship": both made subjects of "seize".
  const std::string two = "Houthi/PROPN/NNP/3/nsubj rebels/NOUN/NNS/3/nsubj seize/VERB/VBP/0/root "
                          "ship/NOUN/NN/3/obj";
  EXPECT_EQ(Repaired(two, true), "2/compound 3/nsubj 0/root 3/obj");
  // Body text is left as parsed (web text has too many right parses of it).
  EXPECT_EQ(Repaired(two, false), TestParse(two).Tree());
}

TEST(HeadlineClause, ANameRootWithARelativeClauseIsTheClause) {
  // "Sendero Luminoso fighters ambush patrol , army says" parsed around the name.
  const std::string spec = "Sendero/PROPN/NNP/0/root Luminoso/PROPN/NNP/1/flat fighters/NOUN/NNS/4/nsubj "
                           "ambush/VERB/VBP/1/acl:relcl patrol/NOUN/NN/4/obj ,/PUNCT/,/8/punct "
                           "army/NOUN/NN/8/nsubj says/VERB/VBZ/1/parataxis";
  int changed = 0;
  EXPECT_EQ(Repaired(spec, true, &changed), "3/compound 1/flat 4/nsubj 0/root 4/obj 8/punct 8/nsubj 4/parataxis");
  EXPECT_EQ(changed, 2);
  EXPECT_EQ(Repaired(spec, false), TestParse(spec).Tree());
}

TEST(HeadlineClause, RealRelativeClausesStay) {
  // A relative word.
  const std::string which = "Interpol/PROPN/NNP/0/root which/PRON/WDT/4/obj police/NOUN/NNS/4/nsubj "
                            "trust/VERB/VBP/1/acl:relcl";
  EXPECT_EQ(Repaired(which, true), TestParse(which).Tree());
  // A pronoun subject ("Things I like" fragments).
  const std::string pron = "Lagos/PROPN/NNP/0/root I/PRON/PRP/3/nsubj love/VERB/VBP/1/acl:relcl";
  EXPECT_EQ(Repaired(pron, true), TestParse(pron).Tree());
  // A name with a determiner is a phrase.
  const std::string det = "The/DET/DT/2/det Hague/PROPN/NNP/0/root lawyers/NOUN/NNS/4/nsubj "
                          "visit/VERB/VBP/2/acl:relcl";
  EXPECT_EQ(Repaired(det, true), TestParse(det).Tree());
}

TEST(HeadlineClause, CommittedModelHeadlines) {
  auto model = SyntaxModel::Load(testing::SourcePath("models/syntax.dyad"));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  struct Case {
    std::vector<std::string_view> forms;
    size_t verb, subject;
  };
  const Case cases[] = {
      {{"Boko", "Haram", "fighters", "abduct", "80", "girls", "in", "Nigeria"}, 3, 2},
      {{"Hamas", "gunmen", "kill", "three", "in", "West", "Bank", ",", "police", "say"}, 2, 1},
  };
  for (const Case& c : cases) {
    WordAnnotation a;
    model->AnnotateWords(c.forms, &a, /*headline=*/true);
    EXPECT_EQ(a.head[c.verb], 0) << c.forms[c.verb] << " is the root";
    EXPECT_EQ(a.deprel[c.subject], "nsubj") << c.forms[c.subject];
    EXPECT_EQ(a.head[c.subject], static_cast<int>(c.verb) + 1) << c.forms[c.subject];
    int subjects = 0;
    for (size_t i = 0; i < a.head.size(); ++i) subjects += a.head[i] == static_cast<int>(c.verb) + 1 && a.deprel[i] == "nsubj";
    EXPECT_EQ(subjects, 1) << c.forms[0];
  }
}

}  // namespace
}  // namespace dyad
