#include "ingest/keyword_set.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace dyad {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string l(s);
  for (char& c : l)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return l;
}

// The plain answer: lower-case, then find / starts_with for each keyword.
uint32_t NaiveAnywhere(const std::vector<std::pair<std::string_view, uint32_t>>& kw, std::string_view text) {
  std::string l = LowerAscii(text);
  uint32_t g = 0;
  for (const auto& [k, bits] : kw)
    if (l.find(k) != std::string::npos) g |= bits;
  return g;
}
uint32_t NaivePrefixes(const std::vector<std::pair<std::string_view, uint32_t>>& kw, std::string_view text) {
  std::string l = LowerAscii(text);
  uint32_t g = 0;
  for (const auto& [k, bits] : kw)
    if (l.rfind(k, 0) == 0) g |= bits;
  return g;
}

TEST(KeywordSetTest, FindsKeywordsAnywhereIgnoringAsciiCase) {
  KeywordSet set({{"photo by", 1}, {"getty images", 2}, {"\xC2\xA9 20", 4}, {"by", 8}});
  EXPECT_EQ(set.FindAnywhere("A scene in Kyiv. Photo BY Jane Roe"), 1u | 8u);
  EXPECT_EQ(set.FindAnywhere("(GETTY IMAGES)"), 2u);
  EXPECT_EQ(set.FindAnywhere("\xC2\xA9 2024 The Daily"), 4u);
  EXPECT_EQ(set.FindAnywhere("nothing to see here"), 0u);
  EXPECT_EQ(set.FindAnywhere(""), 0u);
  // Overlapping: "photo photo by" needs the failure links.
  EXPECT_EQ(set.FindAnywhere("photophoto by"), 1u | 8u);
}

TEST(KeywordSetTest, PrefixesAreAnchoredAtTheStart) {
  KeywordSet set({{"source:", 1}, {"sources:", 2}, {"by ", 4}, {"via ", 8}});
  EXPECT_EQ(set.FindPrefixes("Source: Reuters"), 1u);
  EXPECT_EQ(set.FindPrefixes("SOURCES: officials"), 2u);
  EXPECT_EQ(set.FindPrefixes("By Jane Doe"), 4u);
  EXPECT_EQ(set.FindPrefixes("Written by Jane"), 0u);
  EXPECT_EQ(set.FindPrefixes("sour"), 0u);
}

TEST(KeywordSetTest, AgreesWithNaiveSearchOnRandomText) {
  std::vector<std::pair<std::string_view, uint32_t>> kw = {
      {"ab", 1}, {"abc", 2}, {"bca", 4}, {"c a", 8}, {"aaa", 16}, {"b", 32}, {"cab c", 64}, {"\xE2\x80\x9C", 128}};
  KeywordSet set(kw);
  std::mt19937 rng(7);
  const std::string alphabet = "abcABC xyz.\xE2\x80\x9C";
  for (int trial = 0; trial < 3000; ++trial) {
    std::string t;
    size_t len = rng() % 24;
    for (size_t i = 0; i < len; ++i) t.push_back(alphabet[rng() % alphabet.size()]);
    ASSERT_EQ(set.FindAnywhere(t), NaiveAnywhere(kw, t)) << "'" << t << "'";
    ASSERT_EQ(set.FindPrefixes(t), NaivePrefixes(kw, t)) << "'" << t << "'";
  }
}

TEST(KeywordSetTest, LongTextsAreScannedInPiecesWithoutLosingAKeyword) {
  // Longer texts are scanned as two or four overlapping pieces: a keyword is
  // found wherever it sits, also across a piece's end, at every length
  // around the switches from one to two and from two to four pieces, and a
  // text of random words agrees with the plain search.
  std::vector<std::pair<std::string_view, uint32_t>> kw = {{"photo by", 1}, {"rights reserved", 2}, {"x", 4}};
  KeywordSet set(kw);
  std::vector<size_t> lengths;
  for (size_t len = 15; len <= 180; ++len) lengths.push_back(len);
  for (size_t len : {257, 400, 401, 402, 403}) lengths.push_back(len);
  for (size_t len : lengths) {
    for (size_t at = 0; at + 15 <= len; ++at) {
      std::string t(len, '.');
      t.replace(at, 15, "RIGHTS reserved");
      ASSERT_EQ(set.FindAnywhere(t), 2u) << "length " << len << ", keyword at " << at;
      t[at] = 'l';  // "lIGHTS reserved": no keyword
      ASSERT_EQ(set.FindAnywhere(t), 0u) << "length " << len << ", at " << at;
    }
  }
  std::mt19937 rng(11);
  const std::vector<std::string> words = {"photo", "by", "rights", "reserved", "x", "the", "Photo", "BY", ".", " "};
  for (int trial = 0; trial < 500; ++trial) {
    std::string t;
    size_t n = 5 + rng() % 160;
    for (size_t i = 0; i < n; ++i) t += words[rng() % words.size()] + (rng() % 3 ? " " : "");
    ASSERT_EQ(set.FindAnywhere(t), NaiveAnywhere(kw, t)) << "'" << t << "'";
  }
}

TEST(KeywordSetTest, RejectsEmptyKeyword) {
  EXPECT_THROW(KeywordSet({{"", 1}}), std::logic_error);
}

}  // namespace
}  // namespace dyad
