#include "text/word_classes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

TEST(WordClassesTest, StoredFormsGetTheirClassCaseSensitively) {
  const WordClasses wc({{WordClasses::KeyOf("May"), 12}, {WordClasses::KeyOf("may"), 4}, {WordClasses::KeyOf("run"), 16}});
  EXPECT_EQ(wc.size(), 3u);
  EXPECT_EQ(wc.Of("May"), 12u);
  EXPECT_EQ(wc.Of("may"), 4u);
  EXPECT_EQ(wc.Of("run"), 16u);
  EXPECT_EQ(wc.Of("MAY"), WordClasses::FallbackOf("MAY"));
  EXPECT_EQ(wc.Of(WordClasses::KeyOf("run"), "run"), 16u);
  // Entries come back sorted by key.
  for (size_t i = 1; i < wc.entries().size(); ++i) EXPECT_LT(wc.entries()[i - 1].first, wc.entries()[i].first);
}

TEST(WordClassesTest, UnseenFormsFallBackToTheirSpelling) {
  const WordClasses empty;
  auto fb = [](std::string_view w) { return WordClasses::FallbackOf(w); };
  EXPECT_EQ(empty.Of("Okonkwo"), fb("Okonkwo"));
  EXPECT_NE(fb("Okonkwo") & WordClasses::kFallbackBit, 0u);
  EXPECT_EQ(fb("Okonkwo"), fb("Lindqvist"));  // capitalised
  EXPECT_EQ(fb("NASA"), fb("UN"));            // all capitals
  EXPECT_NE(fb("NASA"), fb("Nasa"));
  EXPECT_EQ(fb("2019"), fb("3pm"));           // digit first
  EXPECT_EQ(fb("walking"), fb("singing"));    // -ing
  EXPECT_EQ(fb("walked"), fb("painted"));     // -ed
  EXPECT_EQ(fb("slowly"), fb("gladly"));      // -ly
  EXPECT_EQ(fb("tables"), fb("doors"));       // -s
  EXPECT_EQ(fb("table"), fb("door"));
  std::vector<uint32_t> distinct = {fb("Ann"), fb("ANN"), fb("42"), fb(":)"), fb("table"),
                                    fb("going"), fb("opened"), fb("only"), fb("doors")};
  for (size_t i = 0; i < distinct.size(); ++i)
    for (size_t j = i + 1; j < distinct.size(); ++j) EXPECT_NE(distinct[i], distinct[j]) << i << " " << j;
  EXPECT_EQ(fb(""), fb(":)"));
}

TEST(WordClassesTest, ManyEntriesAllFound) {
  std::vector<std::pair<uint64_t, uint32_t>> e;
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7919));
  for (size_t i = 0; i < words.size(); ++i) e.emplace_back(WordClasses::KeyOf(words[i]), static_cast<uint32_t>(i % 17 + 1));
  const WordClasses wc(e);
  for (size_t i = 0; i < words.size(); ++i) ASSERT_EQ(wc.Of(words[i]), i % 17 + 1) << words[i];
  EXPECT_EQ(wc.Of("w1"), WordClasses::FallbackOf("w1"));  // not stored (7919 * i never gives 1)
}

TEST(WordClassesTest, ValidChecksOrderZeroAndFallbackBit) {
  EXPECT_TRUE(WordClasses::Valid({}));
  EXPECT_TRUE(WordClasses::Valid({{1, 3}, {2, 5}}));
  EXPECT_FALSE(WordClasses::Valid({{2, 3}, {1, 5}}));
  EXPECT_FALSE(WordClasses::Valid({{1, 3}, {1, 5}}));
  EXPECT_FALSE(WordClasses::Valid({{0, 3}}));
  EXPECT_FALSE(WordClasses::Valid({{1, WordClasses::kFallbackBit | 1}}));
  EXPECT_NE(WordClasses::KeyOf(""), 0u);
  EXPECT_NE(WordClasses::KeyOf("Ann"), WordClasses::KeyOf("ann"));
}

}  // namespace
}  // namespace dyad
