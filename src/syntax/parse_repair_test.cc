#include "syntax/parse_repair.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

// One parsed sentence, "form|UPOS|XPOS|lemma|head|deprel" per word.
struct Parsed {
  std::vector<std::string> form_store, upos, xpos, lemma, deprel;
  std::vector<std::string_view> forms;
  std::vector<int> head;
  explicit Parsed(const std::string& spec) {
    std::istringstream in(spec);
    std::string w;
    while (in >> w) {
      std::vector<std::string> f;
      std::istringstream fs(w);
      std::string x;
      while (std::getline(fs, x, '|')) f.push_back(x);
      form_store.push_back(f[0]);
      upos.push_back(f[1]);
      xpos.push_back(f[2]);
      lemma.push_back(f[3]);
      head.push_back(std::stoi(f[4]));
      deprel.push_back(f[5]);
    }
    for (const auto& s : form_store) forms.emplace_back(s);
  }
  int Repair() { return RepairParse(forms, upos, xpos, lemma, &head, &deprel); }
};

TEST(ParseRepair, AgentByPhraseMovesToTheNounObject) {
  // "militias fired , prompting strikes by Valdoria ." with "by Valdoria" on prompting.
  Parsed p("militias|NOUN|NNS|militia|2|nsubj fired|VERB|VBD|fire|0|root ,|PUNCT|,|,|4|punct "
           "prompting|VERB|VBG|prompt|2|advcl strikes|NOUN|NNS|strike|4|obj by|ADP|IN|by|7|case "
           "Valdoria|PROPN|NNP|Valdoria|4|obl .|PUNCT|.|.|2|punct");
  EXPECT_EQ(p.Repair(), 1);
  EXPECT_EQ(p.head[6], 5);
  EXPECT_EQ(p.deprel[6], "nmod");
}

TEST(ParseRepair, ByPhrasesOfMeansTimeAndPassivesStay) {
  // A common noun (means): "sent the letter by courier".
  Parsed means("she|PRON|PRP|she|2|nsubj sent|VERB|VBD|send|0|root the|DET|DT|the|4|det letter|NOUN|NN|letter|2|obj "
               "by|ADP|IN|by|6|case courier|NOUN|NN|courier|2|obl");
  EXPECT_EQ(means.Repair(), 0);
  // A date name: "signed the deal by Friday".
  Parsed time("they|PRON|PRP|they|2|nsubj signed|VERB|VBD|sign|0|root the|DET|DT|the|4|det deal|NOUN|NN|deal|2|obj "
              "by|ADP|IN|by|6|case Friday|PROPN|NNP|Friday|2|obl");
  EXPECT_EQ(time.Repair(), 0);
  // A passive keeps its agent.
  Parsed passive("talks|NOUN|NNS|talk|3|nsubj:pass were|AUX|VBD|be|3|aux:pass hosted|VERB|VBN|host|0|root "
                 "by|ADP|IN|by|5|case Oman|PROPN|NNP|Oman|3|obl");
  EXPECT_EQ(passive.Repair(), 0);
  // Something between the object and "by": not the object's agent.
  Parsed apart("they|PRON|PRP|they|2|nsubj won|VERB|VBD|win|0|root seats|NOUN|NNS|seat|2|obj "
               "yesterday|NOUN|NN|yesterday|2|obl:tmod by|ADP|IN|by|6|case Valdoria|PROPN|NNP|Valdoria|2|obl");
  EXPECT_EQ(apart.Repair(), 0);
}

TEST(ParseRepair, ObjectControlInfinitiveBecomesXcomp) {
  Parsed p("violence|NOUN|NN|violence|2|nsubj prompted|VERB|VBD|prompt|0|root Minister|PROPN|NNP|Minister|2|obj "
           "Kessel|PROPN|NNP|Kessel|3|flat to|PART|TO|to|6|mark resign|VERB|VB|resign|2|advcl .|PUNCT|.|.|2|punct");
  EXPECT_EQ(p.Repair(), 1);
  EXPECT_EQ(p.deprel[5], "xcomp");
  // A purpose clause after a verb that is not of causing or asking stays.
  Parsed purpose("she|PRON|PRP|she|2|nsubj bought|VERB|VBD|buy|0|root a|DET|DT|a|4|det car|NOUN|NN|car|2|obj "
                 "to|PART|TO|to|6|mark commute|VERB|VB|commute|2|advcl");
  EXPECT_EQ(purpose.Repair(), 0);
}

TEST(ParseRepair, CoordinatedSubjectReadAsClausesIsRejoined) {
  // "Chile , Peru and Bolivia signed the pact ." with "Chile" the root and
  // "signed" its conj, "Bolivia" the only subject.
  Parsed root("Chile|PROPN|NNP|Chile|0|root ,|PUNCT|,|,|3|punct Peru|PROPN|NNP|Peru|1|conj "
              "and|CCONJ|CC|and|5|cc Bolivia|PROPN|NNP|Bolivia|6|nsubj signed|VERB|VBD|sign|1|conj "
              "the|DET|DT|the|8|det pact|NOUN|NN|pact|6|obj .|PUNCT|.|.|1|punct");
  EXPECT_EQ(root.Repair(), 3);
  EXPECT_EQ(root.head[5], 0);
  EXPECT_EQ(root.deprel[5], "root");
  EXPECT_EQ(root.head[0], 6);
  EXPECT_EQ(root.deprel[0], "nsubj");
  EXPECT_EQ(root.head[2], 1);  // Peru stays Chile's conj
  EXPECT_EQ(root.head[4], 1);
  EXPECT_EQ(root.deprel[4], "conj");
  EXPECT_EQ(root.head[8], 6);  // the full stop follows the verb
  // The list as the subject of a reporting verb after it: "..., aides said".
  Parsed reported("Chile|PROPN|NNP|Chile|9|nsubj and|CCONJ|CC|and|3|cc Peru|PROPN|NNP|Peru|4|nsubj "
                  "signed|VERB|VBD|sign|1|conj the|DET|DT|the|6|det pact|NOUN|NN|pact|4|obj ,|PUNCT|,|,|9|punct "
                  "aides|NOUN|NNS|aide|9|nsubj said|VERB|VBD|say|0|root");
  EXPECT_EQ(reported.Repair(), 3);
  EXPECT_EQ(reported.head[3], 9);
  EXPECT_EQ(reported.deprel[3], "ccomp");
  EXPECT_EQ(reported.head[0], 4);
  EXPECT_EQ(reported.deprel[0], "nsubj");
  EXPECT_EQ(reported.head[2], 1);
  EXPECT_EQ(reported.deprel[2], "conj");
  // The "and" and comma hung on the verb, as for coordinated clauses: they
  // move to the last conjunct.
  Parsed on_verb("Chile|PROPN|NNP|Chile|0|root ,|PUNCT|,|,|3|punct Peru|PROPN|NNP|Peru|1|conj "
                 ",|PUNCT|,|,|7|punct and|CCONJ|CC|and|7|cc Bolivia|PROPN|NNP|Bolivia|7|nsubj "
                 "signed|VERB|VBD|sign|1|conj the|DET|DT|the|9|det pact|NOUN|NN|pact|7|obj");
  EXPECT_EQ(on_verb.Repair(), 3);
  EXPECT_EQ(on_verb.head[6], 0);
  EXPECT_EQ(on_verb.head[0], 7);
  EXPECT_EQ(on_verb.head[5], 1);
  EXPECT_EQ(on_verb.head[3], 6);
  EXPECT_EQ(on_verb.head[4], 6);
  EXPECT_EQ(on_verb.deprel[4], "cc");
}

TEST(ParseRepair, CoordinatedClausesStay) {
  // Two clauses: the first noun has its own verb ("Chile voted , and Peru signed").
  Parsed clauses("Chile|PROPN|NNP|Chile|2|nsubj voted|VERB|VBD|vote|0|root ,|PUNCT|,|,|6|punct "
                 "and|CCONJ|CC|and|6|cc Peru|PROPN|NNP|Peru|6|nsubj signed|VERB|VBD|sign|2|conj");
  EXPECT_EQ(clauses.Repair(), 0);
  // A noun object with a verb hung on it is not a subject list.
  Parsed object("Chile|PROPN|NNP|Chile|2|nsubj met|VERB|VBD|meet|0|root Peru|PROPN|NNP|Peru|2|obj "
                "and|CCONJ|CC|and|5|cc Bolivia|PROPN|NNP|Bolivia|6|nsubj signed|VERB|VBD|sign|3|conj");
  EXPECT_EQ(object.Repair(), 0);
  // A verb between the first noun and the subject: clauses, not a list.
  Parsed verb("Chile|PROPN|NNP|Chile|0|root ,|PUNCT|,|,|3|punct voting|VERB|VBG|vote|1|acl "
              "and|CCONJ|CC|and|5|cc Peru|PROPN|NNP|Peru|6|nsubj signed|VERB|VBD|sign|1|conj");
  EXPECT_EQ(verb.Repair(), 0);
  // The subject without its own "and": not a list's last member.
  Parsed bare("Chile|PROPN|NNP|Chile|0|root ,|PUNCT|,|,|3|punct Peru|PROPN|NNP|Peru|4|nsubj "
              "signed|VERB|VBD|sign|1|conj");
  EXPECT_EQ(bare.Repair(), 0);
}

}  // namespace
}  // namespace dyad
