// Conformance: the committed syntax model (models/syntax.dyad) on UD English
// EWT test, gold tokens and raw text, against the project's floors.
#include <gtest/gtest.h>

#include "syntax/conllu.h"
#include "syntax/syntax_eval.h"
#include "syntax/syntax_model.h"
#include "test_util.h"

namespace dyad {
namespace {

// Floors a little below what the committed model scores (UPOS 95.82, LAS
// 82.92 gold tokens, LAS 80.43 raw text, with the right-to-left tagger at a
// lead of 2 since 30 November; before it UPOS 95.53, LAS 82.76 / 80.35; raw
// text aligns words inside multiword tokens as CoNLL 2018 does, 77.88 before
// that, when `don't` = do + n't never matched); the brief's floors were
// 94.5 / 80.0 / 74.0, and its targets are higher (see docs/syntax.md).
constexpr double kUposFloor = 95.7;
constexpr double kLasGoldFloor = 82.8;
constexpr double kLasRawFloor = 80.3;

TEST(EwtSyntaxTest, CommittedModelMeetsFloorsOnEwtTest) {
  DYAD_REQUIRE_SHARED(path, "data/ud-ewt/en_ewt-ud-test.conllu");
  auto model = SyntaxModel::Load(testing::SourcePath("models/syntax.dyad"));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  auto gold = ReadConllu(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_GT(gold->size(), 2000u);

  GoldTokenScores g = EvaluateGoldTokens(*model, *gold);
  EXPECT_EQ(g.words, 25094);
  std::printf("EWT test, gold tokens: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f\n", g.upos, g.xpos,
              g.lemma, g.uas, g.las);
  EXPECT_GE(g.upos, kUposFloor);
  EXPECT_GE(g.las, kLasGoldFloor);

  auto r = EvaluateRawText(*model, *gold, path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::printf("EWT test, raw text: sentences F1 %.2f words F1 %.2f UPOS %.2f UAS %.2f LAS %.2f\n",
              r->sentence_f1, r->token_f1, r->upos, r->uas, r->las);
  EXPECT_GE(r->las, kLasRawFloor);
}

}  // namespace
}  // namespace dyad
