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

}  // namespace
}  // namespace dyad
