#include "syntax/perceptron.h"

#include <gtest/gtest.h>

#include <random>

namespace dyad {
namespace {

// Toy problem: class = (a + 2*b) % 3 of two categorical inputs, learnable
// with the conjunction feature (a, b) only; the single features are noise.
std::vector<uint64_t> ToyFeatures(int a, int b) {
  return {FeatureHash(0, a), FeatureHash(1, b), FeatureHash(2, a, b), FeatureHash(3, 0)};
}

PerceptronTrainer TrainToy(int epochs) {
  PerceptronTrainer t(3);
  std::mt19937 rng(7);
  std::vector<std::pair<int, int>> data;
  for (int a = 0; a < 6; ++a)
    for (int b = 0; b < 6; ++b) data.push_back({a, b});
  for (int e = 0; e < epochs; ++e) {
    std::shuffle(data.begin(), data.end(), rng);
    for (auto [a, b] : data) {
      auto f = ToyFeatures(a, b);
      float s[3] = {0, 0, 0};
      t.Score(f, s);
      int guess = static_cast<int>(std::max_element(s, s + 3) - s);
      t.Update(f, (a + 2 * b) % 3, guess);
      t.Tick();
    }
  }
  return t;
}

TEST(PerceptronTest, LearnsSeparableToySet) {
  PerceptronTrainer t = TrainToy(10);
  WeightTable w = t.Finalize();
  EXPECT_EQ(w.num_classes(), 3);
  for (int a = 0; a < 6; ++a) {
    for (int b = 0; b < 6; ++b) {
      auto f = ToyFeatures(a, b);
      EXPECT_EQ(w.Predict(f.data(), f.size()), (a + 2 * b) % 3) << a << "," << b;
    }
  }
}

TEST(PerceptronTest, AllowedMaskRestrictsPrediction) {
  WeightTable w = TrainToy(10).Finalize();
  auto f = ToyFeatures(1, 1);  // class 0
  uint8_t allowed[3] = {0, 1, 1};
  int p = w.Predict(f.data(), f.size(), allowed);
  EXPECT_NE(p, 0);
  uint8_t none[3] = {0, 0, 0};
  EXPECT_EQ(w.Predict(f.data(), f.size(), none), -1);
}

TEST(PerceptronTest, UnknownFeaturesScoreNothing) {
  WeightTable w = TrainToy(3).Finalize();
  std::vector<uint64_t> f = {FeatureHash(99, 12345)};
  int32_t s[3] = {0, 0, 0};
  w.Score(f, s);
  EXPECT_EQ(s[0], 0);
  EXPECT_EQ(s[1], 0);
  EXPECT_EQ(s[2], 0);
}

TEST(PerceptronTest, QuantisedScoresTrackFloatAverages) {
  WeightTable w = TrainToy(10).Finalize(0);
  EXPECT_GT(w.scale(), 0);
  EXPECT_GT(w.num_features(), 30u);
  EXPECT_GE(w.num_weights(), w.num_features());
}

TEST(PerceptronTest, SaveLoadRoundTripsByteForByte) {
  WeightTable w = TrainToy(5).Finalize();
  std::string a = w.Save();
  auto loaded = WeightTable::Load(a, "toy");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->Save(), a);
  for (int x = 0; x < 6; ++x) {
    auto f = ToyFeatures(x, 5 - x);
    EXPECT_EQ(loaded->Predict(f.data(), f.size()), w.Predict(f.data(), f.size()));
  }
}

TEST(PerceptronTest, TrainingIsDeterministic) {
  EXPECT_EQ(TrainToy(4).Finalize().Save(), TrainToy(4).Finalize().Save());
}

TEST(PerceptronTest, CorruptPayloadsAreRefused) {
  std::string a = TrainToy(5).Finalize().Save();
  // Truncations at every length fail cleanly.
  for (size_t n = 0; n < a.size(); n += 7) {
    auto r = WeightTable::Load(std::string_view(a).substr(0, n), "toy.bin");
    EXPECT_FALSE(r.ok()) << n;
    EXPECT_NE(r.status().message().find("toy.bin"), std::string::npos) << r.status().message();
  }
  std::string bad_tag = a;
  bad_tag[0] ^= 1;
  auto r1 = WeightTable::Load(bad_tag, "toy.bin");
  ASSERT_FALSE(r1.ok());
  EXPECT_NE(r1.status().message().find("bad tag"), std::string::npos);
  std::string bad_version = a;
  bad_version[4] = 9;
  auto r2 = WeightTable::Load(bad_version, "toy.bin");
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.status().code(), StatusCode::kUnsupported);
  std::string trailing = a + "x";
  EXPECT_FALSE(WeightTable::Load(trailing, "toy.bin").ok());
}

TEST(PerceptronTest, HashesAreStable) {
  // Part of the model format: these must never change silently.
  EXPECT_EQ(HashString("attack"), HashString(std::string("attack")));
  EXPECT_NE(HashString("attack"), HashString("attacks"));
  EXPECT_NE(FeatureHash(1, 5), FeatureHash(2, 5));
  EXPECT_NE(FeatureHash(1, 5, 6), FeatureHash(1, 6, 5));
}

}  // namespace
}  // namespace dyad
