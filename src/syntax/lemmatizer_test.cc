#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include "train/lemmatizer_trainer.h"

namespace dyad {
namespace {

ConlluWord W(const std::string& form, const std::string& lemma, const std::string& upos,
             const std::string& xpos) {
  ConlluWord w;
  w.form = form;
  w.lemma = lemma;
  w.upos = upos;
  w.xpos = xpos;
  return w;
}

// Small hand-written training set: regular -ed/-s/-ing/-ies patterns,
// irregular verbs, case conventions.
std::vector<ConlluSentence> Fixture() {
  std::vector<std::vector<ConlluWord>> rows = {
      {W("The", "the", "DET", "DT"), W("rebels", "rebel", "NOUN", "NNS"),
       W("attacked", "attack", "VERB", "VBD"), W("Kandor", "Kandor", "PROPN", "NNP")},
      {W("the", "the", "DET", "DT"), W("police", "police", "NOUN", "NNS"),
       W("searched", "search", "VERB", "VBD"), W("houses", "house", "NOUN", "NNS")},
      {W("I", "I", "PRON", "PRP"), W("walked", "walk", "VERB", "VBD"), W("home", "home", "ADV", "RB")},
      {W("i", "I", "PRON", "PRP"), W("was", "be", "AUX", "VBD"), W("talking", "talk", "VERB", "VBG")},
      {W("They", "they", "PRON", "PRP"), W("were", "be", "AUX", "VBD"),
       W("worried", "worry", "VERB", "VBN"), W("parties", "party", "NOUN", "NNS")},
      {W("troops", "troop", "NOUN", "NNS"), W("struck", "strike", "VERB", "VBD"),
       W("targets", "target", "NOUN", "NNS"), W("cities", "city", "NOUN", "NNS")},
      {W("Officials", "official", "NOUN", "NNS"), W("seized", "seize", "VERB", "VBN"),
       W("weapons", "weapon", "NOUN", "NNS"), W("carried", "carry", "VERB", "VBD")},
      {W("Was", "be", "AUX", "VBD"), W("it", "it", "PRON", "PRP"), W("moved", "move", "VERB", "VBN"),
       W("n't", "not", "PART", "RB"), W("closed", "close", "VERB", "VBN")},
      {W("leaders", "leader", "NOUN", "NNS"), W("opened", "open", "VERB", "VBD"),
       W("talks", "talk", "NOUN", "NNS"), W("forces", "force", "NOUN", "NNS"),
       W("hoped", "hope", "VERB", "VBD"), W("studies", "study", "NOUN", "NNS")},
      {W("Americans", "American", "PROPN", "NNPS"), W("Gondor", "Gondor", "PROPN", "NNP"),
       W("requested", "request", "VERB", "VBD"), W("reports", "report", "NOUN", "NNS")},
  };
  std::vector<ConlluSentence> out;
  for (auto& r : rows) {
    ConlluSentence s;
    s.words = r;
    out.push_back(s);
  }
  return out;
}

Lemmatizer TrainFixture() {
  LemmatizerTrainOptions opt;
  opt.min_suffix_support = 2;
  auto l = TrainLemmatizer(Fixture(), opt);
  EXPECT_TRUE(l.ok()) << l.status().ToString();
  return std::move(l).value();
}

TEST(LemmatizerTest, RuleDerivation) {
  auto r = Lemmatizer::RuleFor("attacked", "attack");
  EXPECT_TRUE(r.lower);
  EXPECT_EQ(r.strip, 2);
  EXPECT_EQ(r.append, "");
  EXPECT_EQ(Lemmatizer::Apply(r, "Bombarded"), "bombard");
  auto s = Lemmatizer::RuleFor("Was", "be");
  EXPECT_EQ(Lemmatizer::Apply(s, "WAS"), "be");
  auto p = Lemmatizer::RuleFor("Americans", "American");
  EXPECT_FALSE(p.lower);
  EXPECT_EQ(Lemmatizer::Apply(p, "Iraqis"), "Iraqi");
  // A rule never strips more than the word.
  EXPECT_EQ(Lemmatizer::Apply(Lemmatizer::RuleFor("struck", "strike"), "ab"), "ab");
}

TEST(LemmatizerTest, SeenAndIrregularForms) {
  Lemmatizer l = TrainFixture();
  EXPECT_EQ(l.Lemmatize("struck", "VERB", "VBD"), "strike");
  EXPECT_EQ(l.Lemmatize("seized", "VERB", "VBN"), "seize");
  EXPECT_EQ(l.Lemmatize("attacked", "VERB", "VBD"), "attack");
  EXPECT_EQ(l.Lemmatize("was", "AUX", "VBD"), "be");
  EXPECT_EQ(l.Lemmatize("WAS", "AUX", "VBD"), "be");
  EXPECT_EQ(l.Lemmatize("forces", "NOUN", "NNS"), "force");
  EXPECT_EQ(l.Lemmatize("talks", "NOUN", "NNS"), "talk");
  EXPECT_EQ(l.Lemmatize("n't", "PART", "RB"), "not");
  EXPECT_EQ(l.Lemmatize("i", "PRON", "PRP"), "I");
  EXPECT_EQ(l.Lemmatize("I", "PRON", "PRP"), "I");
  EXPECT_EQ(l.Lemmatize("The", "DET", "DT"), "the");
}

TEST(LemmatizerTest, UnseenWordsFollowSuffixRules) {
  Lemmatizer l = TrainFixture();
  EXPECT_EQ(l.Lemmatize("shelled", "VERB", "VBD"), "shell");
  EXPECT_EQ(l.Lemmatize("Bombarded", "VERB", "VBD"), "bombard");
  EXPECT_EQ(l.Lemmatize("militias", "NOUN", "NNS"), "militia");
  EXPECT_EQ(l.Lemmatize("embassies", "NOUN", "NNS"), "embassy");
  EXPECT_EQ(l.Lemmatize("Mordor", "PROPN", "NNP"), "Mordor");
  EXPECT_EQ(l.Lemmatize("Rohirrim", "PROPN", "NNPS"), "Rohirrim");
  // A tag never seen in training.
  EXPECT_EQ(l.Lemmatize("Wow", "INTJ", "UH"), "wow");
  EXPECT_EQ(l.Lemmatize("Isengard", "PROPN", "_"), "Isengard");
}

TEST(LemmatizerTest, SaveLoadRoundTripsByteForByte) {
  Lemmatizer l = TrainFixture();
  std::string a = l.Save();
  auto m = Lemmatizer::Load(a, "lemma payload");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->Save(), a);
  EXPECT_EQ(m->Lemmatize("struck", "VERB", "VBD"), "strike");
  EXPECT_EQ(TrainFixture().Save(), a);  // deterministic
}

TEST(LemmatizerTest, CorruptPayloadsAreRefused) {
  std::string a = TrainFixture().Save();
  for (size_t n = 0; n < a.size(); n += 5) {
    auto r = Lemmatizer::Load(std::string_view(a).substr(0, n), "m.dyad: lemmatizer");
    ASSERT_FALSE(r.ok()) << n;
    EXPECT_NE(r.status().message().find("m.dyad: lemmatizer"), std::string::npos);
  }
  std::string bad = a;
  bad[1] = '?';
  EXPECT_FALSE(Lemmatizer::Load(bad, "x").ok());
  bad = a;
  bad[4] = 2;
  auto r = Lemmatizer::Load(bad, "x");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
  EXPECT_FALSE(Lemmatizer::Load(a + "?", "x").ok());
}

TEST(LemmatizerTest, EmptyTrainingSetIsAnError) {
  EXPECT_FALSE(TrainLemmatizer({}).ok());
}

}  // namespace
}  // namespace dyad
