#include "ingest/drop_cap.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

Token Tok(const std::string& text, uint32_t s, uint32_t e) {
  Token t;
  t.start = s;
  t.end = e;
  t.form = text.substr(s, e - s);
  return t;
}

TEST(DropCapTest, Detection) {
  EXPECT_TRUE(IsDropCapLetter("I"));
  EXPECT_TRUE(IsDropCapLetter("\xE2\x80\x9CW"));
  EXPECT_FALSE(IsDropCapLetter("a"));
  EXPECT_FALSE(IsDropCapLetter("In"));
  EXPECT_EQ(DropCapSplit("I\n\nn a day"), 3u);
  EXPECT_EQ(DropCapSplit("I am here"), 0u);
  EXPECT_EQ(DropCapSplit("A\nB"), 0u);
}

TEST(DropCapTest, JoinsTokensAcrossSentences) {
  Document doc;
  doc.text = "T\n\nhe army said so. Then it left.";
  doc.paragraphs = {{Role::kBody, 0, static_cast<uint32_t>(doc.text.size()), -1}};
  // A splitter that cut after the letter: sentence "T", then "he army said so."
  Sentence s1{0, 1, 0, {Tok(doc.text, 0, 1)}};
  Sentence s2{3, 19, 0, {Tok(doc.text, 3, 5), Tok(doc.text, 6, 10), Tok(doc.text, 11, 15), Tok(doc.text, 16, 18),
                         Tok(doc.text, 18, 19)}};
  Sentence s3{20, 33, 0, {Tok(doc.text, 20, 24)}};
  doc.sentences = {s1, s2, s3};
  JoinDropCapTokens(&doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  const Sentence& s = doc.sentences[0];
  EXPECT_EQ(s.start, 0u);
  EXPECT_EQ(s.end, 19u);
  ASSERT_EQ(s.tokens.size(), 5u);
  EXPECT_EQ(s.tokens[0].form, "The");
  EXPECT_EQ(s.tokens[0].start, 0u);
  EXPECT_EQ(s.tokens[0].end, 5u);
  JoinDropCapTokens(&doc);  // idempotent
  EXPECT_EQ(doc.sentences[0].tokens.size(), 5u);
}

}  // namespace
}  // namespace dyad
