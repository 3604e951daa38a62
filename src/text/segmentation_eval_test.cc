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


// Words for AlignWords: `text` is the whole text, spans are byte offsets.
std::vector<SegmentWord> Words(std::string_view text, std::vector<std::pair<uint32_t, uint32_t>> spans,
                               std::vector<std::string_view> forms = {}, std::vector<bool> multi = {}) {
  std::vector<SegmentWord> out;
  for (size_t k = 0; k < spans.size(); ++k) {
    SegmentWord w;
    w.span = {spans[k].first, spans[k].second};
    w.form = k < forms.size() ? forms[k] : text.substr(spans[k].first, spans[k].second - spans[k].first);
    w.multiword = k < multi.size() && multi[k];
    out.push_back(w);
  }
  return out;
}

TEST(SegmentationEvalTest, AlignWordsSplitsOfAMultiwordTokenMatchByForm) {
  // Gold: "won't" is a multiword token wo + n't; the system wrote two tokens.
  std::string text = "They won't stay";
  auto gold = Words(text, {{0, 4}, {5, 10}, {5, 10}, {11, 15}}, {"They", "wo", "n't", "stay"},
                    {false, true, true, false});
  auto sys = Words(text, {{0, 4}, {5, 7}, {7, 10}, {11, 15}});
  auto a = AlignWords(text, gold, text, sys);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->gold_to_system, (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(a->scores.correct, 4u);
  // Spans alone pair only identical spans, so the two halves stay unmatched.
  std::vector<SegmentSpan> gs, ss;
  for (auto& w : gold) gs.push_back(w.span);
  for (auto& w : sys) ss.push_back(w.span);
  EXPECT_EQ(AlignSpans(text, gs, text, ss)->scores.correct, 2u);
}

TEST(SegmentationEvalTest, AlignWordsUnsplitMultiwordTokenMatchesOneWordAtMost) {
  std::string text = "I'm here";
  auto gold = Words(text, {{0, 3}, {0, 3}, {4, 8}}, {"I", "'m", "here"}, {true, true, false});
  auto sys = Words(text, {{0, 3}, {4, 8}});  // "I'm" left whole: no form matches
  auto a = AlignWords(text, gold, text, sys);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->gold_to_system, (std::vector<int>{-1, -1, 1}));
  // Case does not matter, other spellings do.
  auto sys2 = Words(text, {{0, 1}, {1, 3}, {4, 8}}, {"i", "'M", "here"});
  EXPECT_EQ(AlignWords(text, gold, text, sys2)->gold_to_system, (std::vector<int>{0, 1, 2}));
}

TEST(SegmentationEvalTest, AlignWordsStretchCoversOverlappingTokens) {
  // A system token crossing into the multiword token ("x-I") belongs to the
  // stretch; the words around it still align.
  std::string text = "x-I'm ok";
  auto gold = Words(text, {{0, 1}, {1, 2}, {2, 5}, {2, 5}, {6, 8}}, {"x", "-", "I", "'m", "ok"},
                    {false, false, true, true, false});
  auto sys = Words(text, {{0, 1}, {1, 3}, {3, 5}, {6, 8}}, {"x", "-I", "'m", "ok"});
  auto a = AlignWords(text, gold, text, sys);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->gold_to_system, (std::vector<int>{0, -1, -1, 2, 3}));
  EXPECT_EQ(a->scores.correct, 3u);
}

TEST(SegmentationEvalTest, AlignWordsRefusesBadInput) {
  std::string text = "ab cd";
  auto out_of_range = AlignWords(text, Words(text, {{0, 2}}), text, Words(text, {{3, 9}}, {"cd"}));
  ASSERT_FALSE(out_of_range.ok());
  EXPECT_NE(out_of_range.status().message().find("system word 0"), std::string::npos);
  auto unordered = AlignWords(text, Words(text, {{3, 5}, {0, 2}}), text, {});
  ASSERT_FALSE(unordered.ok());
  EXPECT_NE(unordered.status().message().find("gold word 1"), std::string::npos);
  auto differ = AlignWords(text, {}, "ab ce", {});
  ASSERT_FALSE(differ.ok());
}

}  // namespace
}  // namespace dyad
