#include "text/segmentation_eval.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(SegmentationEvalTest, ExactMatchesCount) {
  std::string text = "He left. Fine";
  std::vector<SegmentSpan> gold = {{0, 2}, {3, 7}, {7, 8}, {9, 13}};
  std::vector<SegmentSpan> sys = {{0, 2}, {3, 8}, {9, 13}};
  auto a = AlignSpans(text, gold, text, sys);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->scores.gold, 4u);
  EXPECT_EQ(a->scores.system, 3u);
  EXPECT_EQ(a->scores.correct, 2u);
  EXPECT_DOUBLE_EQ(a->scores.f1(), 4.0 / 7.0);
  EXPECT_EQ(a->gold_to_system, (std::vector<int>{0, -1, -1, 2}));
  EXPECT_EQ(a->system_to_gold, (std::vector<int>{0, -1, 3}));
}

TEST(SegmentationEvalTest, WhitespaceIsIgnored) {
  // Gold text has a line break where the system text has two spaces; spans
  // including surrounding whitespace still match.
  std::string gold_text = "a\nbc d";
  std::string sys_text = "a  bc d";
  std::vector<SegmentSpan> gold = {{0, 1}, {2, 4}, {5, 6}};
  std::vector<SegmentSpan> sys = {{0, 2}, {3, 5}, {6, 7}};
  auto a = AlignSpans(gold_text, gold, sys_text, sys);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->scores.correct, 3u);
  EXPECT_DOUBLE_EQ(a->scores.f1(), 1.0);
}

TEST(SegmentationEvalTest, DifferentTextsAreAnError) {
  std::vector<SegmentSpan> none;
  auto a = AlignSpans("abc", none, "abd", none);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("byte 2"), std::string::npos) << a.status().message();
}

TEST(SegmentationEvalTest, OutOfRangeSpanIsAnError) {
  std::vector<SegmentSpan> bad = {{2, 9}};
  auto a = AlignSpans("abc", bad, "abc", {});
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("gold span 0"), std::string::npos);
}

TEST(SegmentationEvalTest, DuplicateSpansPairInOrder) {
  std::string text = "gonna go";
  std::vector<SegmentSpan> gold = {{0, 5}, {0, 5}, {6, 8}};  // gon + na share the span
  std::vector<SegmentSpan> sys = {{0, 5}, {6, 8}};
  auto a = AlignSpans(text, gold, text, sys);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->gold_to_system, (std::vector<int>{0, -1, 1}));
}

TEST(SegmentationEvalTest, LocateForms) {
  std::string text = "  Hi there,\nyou";
  auto r = LocateForms(text, {"Hi", "there", ",", "you"}, 0, "t");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 4u);
  EXPECT_EQ((*r)[1].start, 5u);
  EXPECT_EQ((*r)[2].start, 10u);
  EXPECT_EQ((*r)[3].start, 12u);
  auto bad = LocateForms(text, {"Hi", "where"}, 0, "t.conllu");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("t.conllu: byte 5"), std::string::npos) << bad.status().message();
}

}  // namespace
}  // namespace dyad
