#include "syntax/date_obl.h"

#include <gtest/gtest.h>

#include "syntax/syntax_model.h"
#include "syntax/test_parse.h"
#include "test_util.h"

namespace dyad {
namespace {

std::string Repaired(const std::string& spec, int* changed = nullptr) {
  TestParse p(spec);
  int n = RepairDateSubjects(p.forms, p.upos, p.xpos, &p.head, &p.deprel);
  if (changed) *changed = n;
  return p.Tree();
}

TEST(DateObl, DateNames) {
  EXPECT_TRUE(IsDateName("Tuesday", "PROPN"));
  EXPECT_TRUE(IsDateName("May", "PROPN"));
  EXPECT_FALSE(IsDateName("May", "AUX"));     // the modal
  EXPECT_FALSE(IsDateName("march", "PROPN"));  // not written as a name
  EXPECT_FALSE(IsDateName("March", "VERB"));
  EXPECT_FALSE(IsDateName("Tues", "PROPN"));   // abbreviations are left out
  EXPECT_FALSE(IsDateName("Kenya", "PROPN"));
}

TEST(DateObl, TheDayUnderAPrepositionIsAnOblique) {
  int changed = 0;
  // "Kenya on Monday recalled its envoy ." parsed with on/mark, Monday/nsubj.
  EXPECT_EQ(Repaired("Kenya/PROPN/NNP/4/nsubj on/ADP/IN/4/mark Monday/PROPN/NNP/4/nsubj "
                     "recalled/VERB/VBD/0/root its/PRON/PRP$/6/nmod:poss envoy/NOUN/NN/4/obj ./PUNCT/./4/punct",
                     &changed),
            "4/nsubj 3/case 4/obl 0/root 6/nmod:poss 4/obj 4/punct");
  EXPECT_EQ(changed, 2);
  // A month, with the preposition attached elsewhere.
  EXPECT_EQ(Repaired("Troops/NOUN/NNS/5/nsubj:pass in/ADP/IN/1/case June/PROPN/NNP/5/nsubj:pass "
                     "were/AUX/VBD/5/aux:pass withdrawn/VERB/VBN/0/root"),
            "5/nsubj:pass 3/case 5/obl 5/aux:pass 0/root");
}

TEST(DateObl, TheDayOfANameSubjectIsTheVerbs) {
  int changed = 0;
  // "Kenya on Monday recalled its envoy": Monday/nmod of Kenya.
  EXPECT_EQ(Repaired("Kenya/PROPN/NNP/4/nsubj on/ADP/IN/3/case Monday/PROPN/NNP/1/nmod "
                     "recalled/VERB/VBD/0/root its/PRON/PRP$/6/nmod:poss envoy/NOUN/NN/4/obj",
                     &changed),
            "4/nsubj 3/case 4/obl 0/root 6/nmod:poss 4/obj");
  EXPECT_EQ(changed, 1);
  // A common noun keeps its day ("The vote on Sunday was cancelled").
  const std::string vote = "The/DET/DT/2/det vote/NOUN/NN/6/nsubj:pass on/ADP/IN/4/case Sunday/PROPN/NNP/2/nmod "
                           "was/AUX/VBD/6/aux:pass cancelled/VERB/VBN/0/root";
  EXPECT_EQ(Repaired(vote, &changed), TestParse(vote).Tree());
  EXPECT_EQ(changed, 0);
  // The day's phrase must end right before the verb ("Kenya on Monday and
  // Uganda on Tuesday ..." is not this).
  const std::string apart = "Kenya/PROPN/NNP/7/nsubj on/ADP/IN/3/case Monday/PROPN/NNP/1/nmod and/CCONJ/CC/5/cc "
                            "Uganda/PROPN/NNP/1/conj later/ADV/RB/7/advmod recalled/VERB/VBD/0/root";
  EXPECT_EQ(Repaired(apart, &changed), TestParse(apart).Tree());
  EXPECT_EQ(changed, 0);
}

TEST(DateObl, AMonthContinuesTheDatePhraseBeforeIt) {
  // "The court on Friday 9 June dismissed the case": June/nsubj after "on Friday 9".
  EXPECT_EQ(Repaired("The/DET/DT/2/det court/NOUN/NN/7/nsubj on/ADP/IN/5/case Friday/PROPN/NNP/5/nmod:unmarked "
                     "9/NUM/CD/7/obl June/PROPN/NNP/7/nsubj dismissed/VERB/VBD/0/root the/DET/DT/9/det "
                     "case/NOUN/NN/7/obj"),
            "2/det 7/nsubj 5/case 5/nmod:unmarked 7/obl 5/nmod:unmarked 0/root 9/det 7/obj");
}

TEST(DateObl, RealSubjectsStay) {
  int changed = 0;
  // The verb's only subject: a person named May.
  const std::string may = "After/ADP/IN/3/mark May/PROPN/NNP/3/nsubj resigned/VERB/VBD/6/advcl ,/PUNCT/,/3/punct "
                          "Jones/PROPN/NNP/6/nsubj won/VERB/VBD/0/root";
  EXPECT_EQ(Repaired(may, &changed), TestParse(may).Tree());
  EXPECT_EQ(changed, 0);
  // Not a date: "before Russia invaded" keeps its subject.
  const std::string russia = "Kyiv/PROPN/NNP/5/nsubj fell/VERB/VBD/0/root before/ADP/IN/4/mark "
                             "Russia/PROPN/NNP/4/nsubj invaded/VERB/VBD/2/advcl";
  EXPECT_EQ(Repaired(russia), TestParse(russia).Tree());
  // A date subject with no preposition before it.
  const std::string monday = "Monday/PROPN/NNP/3/nsubj was/AUX/VBD/3/cop quiet/ADJ/JJ/0/root ,/PUNCT/,/6/punct "
                             "police/NOUN/NNS/6/nsubj said/VERB/VBD/3/parataxis";
  EXPECT_EQ(Repaired(monday), TestParse(monday).Tree());
}

TEST(DateObl, CommittedModelKeepsOneSubject) {
  auto model = SyntaxModel::Load(testing::SourcePath("models/syntax.dyad"));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  WordAnnotation a;
  // The parser reads "on" as a clause marker and "Tuesday" as a subject here.
  model->AnnotateWords({"Iran", "on", "Tuesday", "ordered", "a", "British", "envoy", "to", "leave", "."}, &a);
  int subjects = 0;
  for (size_t i = 0; i < a.deprel.size(); ++i) subjects += a.deprel[i] == "nsubj";
  EXPECT_EQ(subjects, 1);
  EXPECT_EQ(a.deprel[0], "nsubj");
  EXPECT_EQ(a.deprel[2], "obl");
  EXPECT_EQ(a.deprel[1], "case");
  EXPECT_EQ(a.head[1], 3);
}

}  // namespace
}  // namespace dyad
