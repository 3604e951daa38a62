#include "syntax/finite_verb.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "syntax/syntax_model.h"
#include "test_util.h"

namespace dyad {
namespace {

// A tagged sentence written "form/XPOS form/XPOS ...".
struct Tagged {
  std::vector<std::string> words, xpos;
  std::vector<std::string_view> forms;
  explicit Tagged(const std::string& spec) {
    std::istringstream in(spec);
    std::string item;
    while (in >> item) {
      size_t slash = item.rfind('/');
      words.push_back(item.substr(0, slash));
      xpos.push_back(item.substr(slash + 1));
    }
    forms.assign(words.begin(), words.end());
  }
};

// The position MissingFiniteVerb picks.
int Pick(const std::string& spec) {
  Tagged t(spec);
  return MissingFiniteVerb(t.forms, t.xpos);
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

// "form/XPOS ...": the positions FiniteVerbCandidates marks, or "none" when
// it says the sentence needs no repair.
std::string Candidates(const std::string& spec) {
  Tagged t(spec);
  std::vector<uint8_t> marks;
  if (!FiniteVerbCandidates(t.forms, t.xpos, &marks)) return "none";
  std::string out;
  for (size_t i = 0; i < marks.size(); ++i)
    if (marks[i]) out += (out.empty() ? "" : " ") + std::to_string(i);
  return out;
}

TEST(FiniteVerb, CandidatesFollowANominalSubject) {
  EXPECT_EQ(Candidates("The/DT army/NN attacks/NNS rebels/NNS in/IN the/DT north/NN ./."), "2 3");
  // A headline ends in a word, not a full stop.
  EXPECT_EQ(Candidates("Court/NN issues/NNS warrant/NN for/IN minister/NN"), "1 2");
  // Finite verbs only in a trailing attribution: candidates before its comma.
  EXPECT_EQ(Candidates("Kenya/NNP departs/NNS from/IN talks/NNS ,/, an/DT aide/NN said/VBD ./."), "1");
  // A capitalised word after a name is part of the name.
  EXPECT_EQ(Candidates("Prime/NNP Minister/NNP Smith/NNP Jones/NN visits/NNS ./."), "4");
  // An adjective in -ed after the subject is a participle form ("the junta
  // detained reporters" read as "detained reporters"); other adjectives and
  // short -ed words are not.
  EXPECT_EQ(Candidates("The/DT junta/NN detained/JJ reporters/NNS ./."), "2");
  EXPECT_EQ(Candidates("The/DT junta/NN hostile/JJ reporters/NNS ./."), "none");
  EXPECT_EQ(Candidates("A/DT shop/NN red/JJ walls/NNS ./."), "none");
}

TEST(FiniteVerb, NoCandidatesWhenTheSentenceHasItsVerb) {
  EXPECT_EQ(Candidates("The/DT army/NN attacked/VBD rebels/NNS ./."), "none");
  // A finite verb before the last comma belongs to the main clause.
  EXPECT_EQ(Candidates("Talks/NNS resumed/VBD ,/, envoys/NNS said/VBD ./."), "none");
  // Questions, short sentences, and no noun before the word.
  EXPECT_EQ(Candidates("Army/NN attacks/NNS rebels/NNS ?/."), "none");
  EXPECT_EQ(Candidates("Army/NN attacks/NNS ./."), "none");
  EXPECT_EQ(Candidates("In/IN the/DT north/NN ,/, fighting/NN ./."), "none");
}

TEST(FiniteVerb, SubordinateClauseStartsAtItsConjunction) {
  Tagged t("Union/NNP suspends/NNS Chad/NNP after/IN officers/NNS seize/VBP power/NN");
  EXPECT_EQ(SubordinateClauseStart(t.forms, t.xpos), 3u);
  // "as" compares more often than it opens a clause; a preposition tagged
  // otherwise, or a first word, does not count.
  Tagged u("Talks/NNS as/IN usual/JJ resumed/VBD");
  EXPECT_EQ(SubordinateClauseStart(u.forms, u.xpos), u.forms.size());
  Tagged v("After/IN talks/NNS failed/VBD ,/, troops/NNS left/VBD");
  EXPECT_EQ(SubordinateClauseStart(v.forms, v.xpos), v.forms.size());
}

TEST(FiniteVerb, FiniteVerbsOfASubordinateClauseDoNotCount) {
  // The after-clause has its verb; the main clause still needs one.
  EXPECT_EQ(Candidates("Union/NNP suspends/NNS Chad/NNP after/IN officers/NNS seize/VBP power/NN"), "1");
  EXPECT_EQ(Candidates("Mali/NNP expels/NNS envoy/NN because/IN troops/NNS crossed/VBD border/NN ./."), "1 2");
  // A finite verb before the conjunction is the main clause's.
  EXPECT_EQ(Candidates("Troops/NNS left/VBD camps/NNS after/IN talks/NNS failed/VBD ./."), "none");
}

TEST(FiniteVerb, CoordinatedSubjectIsTheWordBeforeAfterAnd) {
  const std::vector<std::string_view> f = {"Chad", "and", "Niger", "close", "talks"};
  EXPECT_TRUE(CoordinatedSubject(f, 3));
  EXPECT_FALSE(CoordinatedSubject(f, 4));  // "Niger close talks": no "and" before "close"
  EXPECT_FALSE(CoordinatedSubject(f, 2));  // no first conjunct before "and"
  EXPECT_FALSE(CoordinatedSubject(f, 9));  // out of range
  const std::vector<std::string_view> g = {"Smith", "&", "Sons", "buy", "land"};
  EXPECT_TRUE(CoordinatedSubject(g, 3));
  const std::vector<std::string_view> h = {"The", "and", "then"};
  EXPECT_FALSE(CoordinatedSubject(h, 2));
}

// "form/XPOS ...": the positions ReducedRelatives returns, space-separated.
std::string Relatives(const std::string& spec) {
  Tagged t(spec);
  std::vector<size_t> at = {99};  // cleared by ReducedRelatives
  ReducedRelatives(t.forms, t.xpos, &at);
  std::string out;
  for (size_t i : at) {
    if (!out.empty()) out += ' ';
    out += std::to_string(i);
  }
  return out;
}

TEST(ReducedRelative, AParticipleBeforeTheClausesOwnVerb) {
  EXPECT_EQ(Relatives("Soldiers/NNS posted/VBD near/IN the/DT border/NN have/VBP reported/VBN shelling/NN ./."),
            "1");
  // Nouns coordinated inside the prepositional phrase; a modal verb.
  EXPECT_EQ(Relatives("The/DT hostages/NNS held/VBD in/IN Kano/NNP and/CC Zaria/NNP will/MD go/VB home/RB ./."),
            "2");
  // An adverb after it; a subject opening an after-clause (no full stop
  // needed: headlines too).
  EXPECT_EQ(Relatives("Talks/NNS stalled/VBD after/IN envoys/NNS sent/VBD there/RB had/VBD left/VBN"), "4");
  // Two prepositional phrases, a number, an adverb before the verb.
  EXPECT_EQ(Relatives("Farmers/NNS displaced/VBD by/IN the/DT floods/NNS of/IN 2019/CD still/RB wait/VBP ./."),
            "1");
  // Each one of a sentence.
  EXPECT_EQ(Relatives("Guards/NNS hired/VBD by/IN firms/NNS say/VBP that/IN men/NNS held/VBD in/IN Lome/NNP "
                      "had/VBD fled/VBN ./."),
            "1 7");
}

TEST(ReducedRelative, LeavesVerbsWhoseClauseGoesOnOtherwise) {
  // A new noun phrase after the prepositional phrase: a complement clause
  // without "that", whose verb has its own subject.
  EXPECT_EQ(Relatives("Aides/NNS said/VBD on/IN Monday/NNP the/DT talks/NNS had/VBD failed/VBN ./."), "");
  EXPECT_EQ(Relatives("Aides/NNS said/VBD on/IN Monday/NNP their/PRP$ talks/NNS had/VBD failed/VBN ./."), "");
  // A counted noun phrase: the complement clause's subject.
  EXPECT_EQ(Relatives("Police/NNS said/VBD at/IN least/JJS 20/CD people/NNS were/VBD hurt/VBN ./."), "");
  EXPECT_EQ(Relatives("Police/NNS said/VBD about/IN 20/CD people/NNS were/VBD hurt/VBN ./."), "");
  EXPECT_EQ(Relatives("Police/NNS said/VBD nearly/RB 20/CD people/NNS were/VBD hurt/VBN ./."), "");
  EXPECT_EQ(Relatives("Aides/NNS said/VBD on/IN Monday/NNP 20/CD envoys/NNS had/VBD left/VBN ./."), "");
  // "up to": no noun phrase after the first preposition.
  EXPECT_EQ(Relatives("Aides/NNS said/VBD up/IN to/IN half/NN of/IN the/DT town/NN was/VBD flooded/VBN ./."), "");
  // A second verb after a conjunction, a relative word or a subordinating
  // conjunction is a clause of its own; so is a noun phrase after "and".
  EXPECT_EQ(Relatives("Envoys/NNS arrived/VBD in/IN Accra/NNP and/CC met/VBD the/DT president/NN ./."), "");
  EXPECT_EQ(Relatives("Troops/NNS moved/VBD into/IN towns/NNS which/WDT rebels/NNS held/VBD ./."), "");
  EXPECT_EQ(Relatives("Troops/NNS moved/VBD in/IN after/IN rebels/NNS fled/VBD ./."), "");
  EXPECT_EQ(Relatives("Rain/NN fell/VBD in/IN May/NNP and/CC the/DT dams/NNS were/VBD full/JJ ./."), "");
  // More than two prepositional phrases may hide a clause.
  EXPECT_EQ(Relatives("Members/NNS voted/VBD for/IN limits/NNS on/IN the/DT amount/NN of/IN money/NN "
                      "producers/NNS could/MD charge/VB ./."),
            "");
  // An object after the verb, a pronoun subject, no later finite verb, a
  // comma before the later verb.
  EXPECT_EQ(Relatives("Police/NNS arrested/VBD two/CD men/NNS who/WP fled/VBD ./."), "");
  EXPECT_EQ(Relatives("They/PRP stayed/VBD in/IN Lagos/NNP have/VBP left/VBN ./."), "");
  EXPECT_EQ(Relatives("Envoys/NNS arrived/VBD in/IN Accra/NNP on/IN Monday/NNP ./."), "");
  EXPECT_EQ(Relatives("Talks/NNS resumed/VBD in/IN Oslo/NNP ,/, envoys/NNS said/VBD ./."), "");
  // The subject must open its clause: after a preposition it may be an
  // object, and after another noun phrase it may be a clause of its own
  // ("guns the army sent").
  EXPECT_EQ(Relatives("Reports/NNS on/IN troops/NNS based/VBD in/IN Chad/NNP were/VBD leaked/VBN ./."), "");
  EXPECT_EQ(Relatives("Some/DT guns/NNS the/DT army/NN sent/VBD to/IN rebels/NNS have/VBP vanished/VBN ./."), "");
  EXPECT_EQ(Relatives(""), "");
}

// With the committed model: the reduced relative is read as one, and the
// parse puts the clause's verb at the root.
TEST(ReducedRelative, CommittedModelParsesTheClauseAroundItsVerb) {
  auto model = SyntaxModel::Load(testing::SourcePath("models/syntax.dyad"));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  WordAnnotation a;
  model->AnnotateWords({"Peacekeepers", "deployed", "in", "Mali", "and", "Chad", "have", "come", "under", "fire", "."},
                       &a);
  EXPECT_EQ(a.xpos[1], "VBN");
  EXPECT_EQ(a.head[1], 1) << "deployed modifies Peacekeepers";
  EXPECT_EQ(a.deprel[1], "acl");
  EXPECT_EQ(a.head[7], 0) << "come is the root";
  EXPECT_EQ(a.head[0], 8) << "Peacekeepers is the subject of come";
  // An auxiliary in the same place (a garbled sentence, as web text has
  // them) stays one: only lexical verbs are read as participles.
  model->AnnotateWords({"The", "guards", "were", "near", "the", "gate", "have", "left", "."}, &a);
  EXPECT_EQ(a.upos[2], "AUX");
  EXPECT_EQ(a.xpos[2], "VBD");
}

// With the committed model: the plural-noun reading of a present-tense verb
// after its subject is repaired, and the parse is built around the verb.
TEST(FiniteVerb, CommittedModelFindsThePresentTenseVerb) {
  auto model = SyntaxModel::Load(testing::SourcePath("models/syntax.dyad"));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  struct Case {
    std::vector<std::string_view> forms;
    size_t verb;
  };
  const Case cases[] = {
      {{"The", "army", "attacks", "rebels", "in", "the", "north", "."}, 2},
      {{"Kenya", "departs", "from", "the", "talks", "after", "a", "dispute", ",", "an", "official", "said", "."}, 1},
  };
  for (const Case& c : cases) {
    WordAnnotation a;
    model->AnnotateWords(c.forms, &a);
    EXPECT_EQ(a.xpos[c.verb], "VBZ") << c.forms[c.verb];
    EXPECT_EQ(a.head[c.verb], 0) << c.forms[c.verb] << " is the root";
  }
  // Headlines: a coordinated subject takes the present tense without -s
  // (the tagger reads these verbs as nouns or base forms, and their past
  // tense is too far from that); a correct -s headline stays as it is.
  const Case headlines[] = {
      {{"Iraq", "and", "Syria", "attack", "militant", "bases", "in", "desert"}, 3},
      {{"Egypt", "and", "Jordan", "fear", "new", "wave", "of", "refugees"}, 3},
      {{"Poland", "and", "Hungary", "veto", "EU", "budget"}, 3},
      {{"Peru", "invites", "four", "neighbours", "to", "join", "the", "pact"}, 1},
  };
  for (const Case& c : headlines) {
    WordAnnotation a;
    model->AnnotateWords(c.forms, &a);
    EXPECT_TRUE(a.xpos[c.verb] == "VBP" || a.xpos[c.verb] == "VBZ") << c.forms[c.verb] << " " << a.xpos[c.verb];
    EXPECT_EQ(a.head[c.verb], 0) << c.forms[c.verb] << " is the root";
  }
  // The main clause of a headline with an after-clause (the tagger reads
  // its -s verb as a plural noun, as the verb of the after-clause is finite).
  {
    WordAnnotation a;
    model->AnnotateWords({"European", "Union", "suspends", "Mali", "after", "soldiers", "seize", "power"}, &a);
    EXPECT_EQ(a.xpos[2], "VBZ");
    EXPECT_EQ(a.head[2], 0) << "suspends is the root";
    EXPECT_EQ(a.deprel[1], "nsubj");
    EXPECT_EQ(a.deprel[3], "obj");
  }
  // A noun phrase with its own verb is left alone.
  WordAnnotation a;
  model->AnnotateWords({"The", "army", "attacks", "stopped", "."}, &a);
  EXPECT_EQ(a.xpos[2], "NNS");
}

}  // namespace
}  // namespace dyad
