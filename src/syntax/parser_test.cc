#include "syntax/parser.h"

#include <gtest/gtest.h>

#include "syntax/conllu.h"
#include "test_util.h"
#include "train/parser_trainer.h"

namespace dyad {
namespace {

std::vector<ConlluSentence> Fixture() {
  auto r = ReadConllu(testing::TestData("syntax/projective.conllu"));
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<ConlluSentence>{};
}

Parser TrainSmall(const std::vector<ConlluSentence>& sents, uint64_t seed = 3) {
  ParserTrainOptions o;
  o.epochs = 12;
  o.seed = seed;
  o.verbose = false;
  o.prune_fraction = 0;
  auto p = TrainParser(sents, sents, o);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? *p : Parser();
}

TEST(ParserTest, LearnsItsTrainingTrees) {
  auto sents = Fixture();
  Parser p = TrainSmall(sents);
  ParseScores sc = EvaluateParser(p, sents);
  EXPECT_GT(sc.words, 60);
  // A perceptron with rich features fits eight sentences almost perfectly.
  EXPECT_GE(sc.uas, 95.0);
  EXPECT_GE(sc.las, 95.0);
}

TEST(ParserTest, OutputIsATreeWithOneRoot) {
  auto sents = Fixture();
  Parser p = TrainSmall(sents);
  std::vector<std::string_view> forms = {"Gunmen", "seized", "the", "port", "and", "the", "airport", "."};
  std::vector<std::string> upos = {"NOUN", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT"};
  std::vector<std::string> xpos = {"NNS", "VBD", "DT", "NN", "CC", "DT", "NN", "."};
  std::vector<int> heads;
  std::vector<std::string> rels;
  p.Parse(forms, upos, xpos, &heads, &rels);
  ASSERT_EQ(heads.size(), forms.size());
  int roots = 0;
  for (size_t i = 0; i < heads.size(); ++i) {
    EXPECT_GE(heads[i], 0);
    EXPECT_LE(heads[i], static_cast<int>(forms.size()));
    EXPECT_NE(heads[i], static_cast<int>(i) + 1);
    roots += heads[i] == 0;
    EXPECT_EQ(heads[i] == 0, rels[i] == "root") << i;
    // No cycles: walking up reaches the root.
    int x = static_cast<int>(i) + 1, steps = 0;
    while (x != 0 && steps++ < 100) x = heads[x - 1];
    EXPECT_EQ(x, 0);
  }
  EXPECT_EQ(roots, 1);
}

// Predict's quick validity check (three moves once, then the root rule)
// picks what BestValidClass (IsValid per class) picks, also in the odd states
// reached by taking other valid moves than the predicted one.
TEST(ParserTest, PredictAgreesWithBestValidClass) {
  auto sents = Fixture();
  Parser p = TrainSmall(sents);
  ASSERT_GE(p.root_label(), 0);
  std::vector<uint64_t> feats;
  std::vector<int32_t> scores;
  int checked = 0;
  for (int detour = 0; detour < 3; ++detour) {
    for (auto& sent : sents) {
      std::vector<std::string_view> forms;
      std::vector<std::string> upos, xpos;
      for (auto& w : sent.words) {
        forms.push_back(w.form);
        upos.push_back(w.upos);
        xpos.push_back(w.xpos);
      }
      ParseInput in;
      in.Set(forms, upos, xpos);
      ParseState s;
      s.Init(static_cast<int>(forms.size()));
      s.root_label = p.root_label();
      for (int step = 0; !s.Terminal(); ++step) {
        int c = p.Predict(s, in, &feats, &scores);
        ASSERT_GE(c, 0);
        EXPECT_TRUE(IsValid(s, c));
        EXPECT_EQ(c, BestValidClass(s, scores.data(), p.num_classes()));
        ++checked;
        if (detour > 0 && step % (detour + 1) == 0) {
          // Take the highest-numbered valid class instead.
          for (int k = p.num_classes() - 1; k >= 0; --k)
            if (IsValid(s, k)) {
              c = k;
              break;
            }
        }
        Apply(&s, c);
      }
    }
  }
  EXPECT_GT(checked, 300);
}

TEST(ParserTest, EmptySentence) {
  Parser p = TrainSmall(Fixture());
  std::vector<int> heads;
  std::vector<std::string> rels;
  p.Parse({}, {}, {}, &heads, &rels);
  EXPECT_TRUE(heads.empty());
}

TEST(ParserTest, TrainingIsDeterministic) {
  auto sents = Fixture();
  EXPECT_EQ(TrainSmall(sents, 5).Save(), TrainSmall(sents, 5).Save());
}

TEST(ParserTest, SaveLoadRoundTripsByteForByte) {
  Parser p = TrainSmall(Fixture());
  std::string a = p.Save();
  auto q = Parser::Load(a, "test payload");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->Save(), a);
  EXPECT_EQ(q->labels(), p.labels());
  EXPECT_EQ(q->root_label(), p.root_label());
}

TEST(ParserTest, RefusesCorruptPayloads) {
  std::string a = TrainSmall(Fixture()).Save();
  // Truncations never crash and always fail.
  for (size_t n : {size_t{0}, size_t{3}, size_t{12}, a.size() / 2, a.size() - 1}) {
    auto q = Parser::Load(std::string_view(a).substr(0, n), "cut.dyad");
    EXPECT_FALSE(q.ok()) << n;
    if (!q.ok()) EXPECT_NE(q.status().message().find("cut.dyad"), std::string::npos) << q.status().message();
  }
  std::string bad = a;
  bad[0] = 'X';
  EXPECT_FALSE(Parser::Load(bad, "bad").ok());
  // Another template signature is refused with a message saying so.
  std::string sig = a;
  sig[5] ^= 0x40;
  auto q = Parser::Load(sig, "sig.dyad");
  ASSERT_FALSE(q.ok());
  EXPECT_NE(q.status().message().find("feature templates"), std::string::npos);
}

}  // namespace
}  // namespace dyad
