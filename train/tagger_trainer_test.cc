#include "train/tagger_trainer.h"

#include <gtest/gtest.h>

#include "train/lemmatizer_trainer.h"

namespace dyad {
namespace {

ConlluSentence Sent(std::initializer_list<std::array<const char*, 4>> words) {
  ConlluSentence s;
  for (const auto& w : words) {
    ConlluWord x;
    x.form = w[0];
    x.lemma = w[1];
    x.upos = w[2];
    x.xpos = w[3];
    s.words.push_back(x);
  }
  return s;
}

std::vector<ConlluSentence> Corpus() {
  std::vector<ConlluSentence> out;
  for (int i = 0; i < 30; ++i) {
    out.push_back(Sent({{"Envoys", "envoy", "NOUN", "NNS"},
                        {"met", "meet", "VERB", "VBD"},
                        {"in", "in", "ADP", "IN"},
                        {"Pelargir", "Pelargir", "PROPN", "NNP"},
                        {".", ".", "PUNCT", "."}}));
    out.push_back(Sent({{"Rebels", "rebel", "NOUN", "NNS"},
                        {"shelled", "shell", "VERB", "VBD"},
                        {"the", "the", "DET", "DT"},
                        {"port", "port", "NOUN", "NN"},
                        {".", ".", "PUNCT", "."}}));
  }
  return out;
}

TEST(TaggerTrainerTest, RejectsBadInput) {
  TaggerTrainOptions opt;
  opt.verbose = false;
  EXPECT_FALSE(TrainTagger({}, {}, opt).ok());
  opt.epochs = 0;
  EXPECT_FALSE(TrainTagger(Corpus(), {}, opt).ok());
}

TEST(TaggerTrainerTest, EvaluationCountsEveryWord) {
  TaggerTrainOptions opt;
  opt.verbose = false;
  opt.epochs = 3;
  auto t = TrainTagger(Corpus(), {}, opt);  // no dev: last epoch kept
  ASSERT_TRUE(t.ok());
  auto gold = Corpus();
  TaggerScores sc = EvaluateTagger(*t, gold);
  EXPECT_EQ(sc.words, 300u);
  EXPECT_EQ(sc.upos, 100.0);
  // Scoring against wrong gold tags gives the matching share, not 100.
  for (auto& s : gold) s.words[3].upos = "X";
  sc = EvaluateTagger(*t, gold);
  EXPECT_NEAR(sc.upos, 80.0, 1e-9);
  EXPECT_EQ(sc.xpos, 100.0);
}

TEST(TaggerTrainerTest, SeedChangesOrderButResultIsReproducible) {
  TaggerTrainOptions a;
  a.verbose = false;
  a.epochs = 2;
  TaggerTrainOptions b = a;
  b.seed = 99;
  auto ta = TrainTagger(Corpus(), Corpus(), a);
  auto tb = TrainTagger(Corpus(), Corpus(), a);
  auto tc = TrainTagger(Corpus(), Corpus(), b);
  ASSERT_TRUE(ta.ok() && tb.ok() && tc.ok());
  EXPECT_EQ(ta->Save(), tb->Save());
  EXPECT_EQ(EvaluateTagger(*tc, Corpus()).upos, 100.0);
}

TEST(LemmatizerTrainerTest, EvaluatesWithGoldAndPredictedTags) {
  auto l = TrainLemmatizer(Corpus());
  ASSERT_TRUE(l.ok());
  TaggerTrainOptions opt;
  opt.verbose = false;
  opt.epochs = 2;
  auto t = TrainTagger(Corpus(), {}, opt);
  ASSERT_TRUE(t.ok());
  LemmaScores sc = EvaluateLemmatizer(*l, Corpus(), &*t);
  EXPECT_EQ(sc.words, 300u);
  EXPECT_EQ(sc.gold_tags, 100.0);
  EXPECT_EQ(sc.predicted_tags, 100.0);
  EXPECT_EQ(EvaluateLemmatizer(*l, Corpus()).predicted_tags, 0.0);
}

}  // namespace
}  // namespace dyad
