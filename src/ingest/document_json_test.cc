#include "ingest/document_json.h"

#include <gtest/gtest.h>

#include "ingest/reader.h"

namespace dyad {
namespace {

TEST(DocumentJsonTest, RoundTrip) {
  Reader reader;
  auto d = reader.ReadText("Headline\n\nJanuary 5, 2023\n\nThe talks began.\n", "x.txt");
  ASSERT_TRUE(d.ok());
  Sentence s{static_cast<uint32_t>(d->text.find("The")), static_cast<uint32_t>(d->text.size() - 1), 2, {}};
  Token t;
  t.start = s.start;
  t.end = s.start + 3;
  t.form = "The";
  t.upos = "DET";
  t.head = 2;
  s.tokens.push_back(t);
  d->sentences.push_back(s);
  d->extra["lang"] = "\"en\"";
  nlohmann::json j = DocumentToJson(*d);
  EXPECT_EQ(j["published"], "2023-01-05");
  EXPECT_EQ(j["paragraphs"][1]["role"], "dateline");
  EXPECT_EQ(j["paragraphs"][2]["text"], "The talks began.");
  EXPECT_EQ(j["sentences"][0]["tokens"][0]["upos"], "DET");
  EXPECT_FALSE(j["sentences"][0]["tokens"][0].contains("form"));  // same as text
  EXPECT_EQ(j["extra"]["lang"], "en");
  auto back = DocumentFromJson(nlohmann::json::parse(DocumentToJsonLine(*d)), "line 1");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->text, d->text);
  EXPECT_EQ(back->paragraphs.size(), d->paragraphs.size());
  EXPECT_EQ(back->paragraphs[1].role, Role::kDateline);
  EXPECT_EQ(back->sentences[0].tokens[0].head, 2);
  EXPECT_EQ(back->published->ToString(), "2023-01-05");
  EXPECT_EQ(back->extra.at("lang"), "\"en\"");
}

TEST(DocumentJsonTest, FromJsonRejectsOutOfRangeSpans) {
  auto j = nlohmann::json::parse(R"({"text": "abc", "paragraphs": [{"role": "body", "start": 1, "end": 9}]})");
  auto r = DocumentFromJson(j, "in.jsonl:4");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("in.jsonl:4: paragraphs[0]"), std::string::npos);
}

TEST(DocumentJsonTest, TextViewShowsRoles) {
  Reader reader;
  auto d = reader.ReadText("Headline\n\nBody text here.\n", "x.txt");
  ASSERT_TRUE(d.ok());
  std::string v = DocumentToText(*d);
  EXPECT_NE(v.find("[headline] Headline"), std::string::npos);
  EXPECT_NE(v.find("[body] Body text here."), std::string::npos);
}

}  // namespace
}  // namespace dyad
