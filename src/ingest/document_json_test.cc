#include "ingest/document_json.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/reader.h"
#include "text/sentence_splitter.h"

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
  t.head = 0;  // the root of its one-token sentence
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
  EXPECT_EQ(back->sentences[0].tokens[0].head, 0);
  EXPECT_EQ(back->published->ToString(), "2023-01-05");
  EXPECT_EQ(back->extra.at("lang"), "\"en\"");
}

// The streamed writer must print exactly what the JSON tree prints, for every
// optional member and every character that needs escaping.
TEST(DocumentJsonTest, StreamedLineEqualsTreeDump) {
  Reader reader;
  auto d = reader.ReadText(
      "Quotes \"and\" back\\slash\n\nJanuary 5, 2023\n\nTabs\there, bell \x07 and \x1f, "
      "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D.\nSecond line.\n",
      "odd \"name\".txt");
  ASSERT_TRUE(d.ok());
  d->extra["lang"] = "\"en\"";
  d->extra["n"] = "[1, {\"b\": 2, \"a\": 1}]";
  d->extra["broken"] = "{not json";
  d->warnings.push_back({"x.txt: byte 3: something\twith a tab"});
  d->source = "Wire";
  d->paragraphs.back().duplicate_of = 1;
  for (uint32_t p = 0; p < d->paragraphs.size(); ++p) {
    Sentence s;
    s.start = d->paragraphs[p].start;
    s.end = d->paragraphs[p].end;
    s.paragraph = static_cast<int>(p);
    Token t;
    t.start = s.start;
    t.end = s.start + 1;
    t.form = p == 0 ? std::string("\xE2\x80\x9C") : std::string(d->Slice(t.start, t.end));
    t.space_after = p % 2 == 0;
    if (p == 1) {
      t.upos = "NOUN";
      t.xpos = "NN";
      t.lemma = "l\"emma";
      t.deprel = "nsubj";
      t.head = 0;
    }
    s.tokens.push_back(t);
    {
      Token t(s.start + 1, s.start + 2, "", false);
      t.head = 3;
      s.tokens.push_back(t);
    }
    d->sentences.push_back(s);
  }
  for (DocumentJsonOptions opt : {DocumentJsonOptions{}, DocumentJsonOptions{false, true, false},
                                  DocumentJsonOptions{true, false, false}}) {
    std::string tree = DocumentToJson(*d, opt).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    EXPECT_EQ(DocumentToJsonLine(*d, opt), tree);
    // Streamed in pieces, the concatenation is the same line.
    std::string pieces;
    size_t calls = 0;
    WriteDocumentJsonLine(*d, [&](std::string_view p) { pieces.append(p); ++calls; }, opt);
    EXPECT_EQ(pieces, tree);
    EXPECT_GE(calls, 1u);
  }
  Document empty;
  EXPECT_EQ(DocumentToJsonLine(empty), DocumentToJson(empty).dump());
}

// A document far larger than the writer's buffer arrives in many pieces,
// none much larger than the buffer, and parses back to the same spans.
TEST(DocumentJsonTest, LargeDocumentStreamsInPieces) {
  Document d;
  d.id = "big";
  for (int i = 0; i < 40000; ++i) d.text += "Word \"q\" ";
  d.paragraphs.push_back({Role::kBody, 0, static_cast<uint32_t>(d.text.size()), -1});
  Sentence s{0, static_cast<uint32_t>(d.text.size()), 0, {}};
  for (uint32_t i = 0; i + 4 <= d.text.size(); i += 9) s.tokens.emplace_back(i, i + 4, "Word", true);
  d.sentences.push_back(s);
  size_t calls = 0, largest = 0;
  std::string all;
  WriteDocumentJsonLine(d, [&](std::string_view p) {
    ++calls;
    largest = std::max(largest, p.size());
    all.append(p);
  });
  EXPECT_GT(calls, 10u);
  EXPECT_LT(largest, size_t{1} << 18);
  auto back = DocumentFromJson(nlohmann::json::parse(all), "big");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->text, d.text);
  ASSERT_EQ(back->sentences.size(), 1u);
  EXPECT_EQ(back->sentences[0].tokens.size(), s.tokens.size());
  EXPECT_EQ(back->sentences[0].tokens.back().start, s.tokens.back().start);
}

// A 20 MB article on one line (a single paragraph of ~290,000 sentences):
// reading, cleaning, splitting and writing it all complete, with every
// sentence and token in place. (Each stage is linear; a quadratic one, or a
// JSON tree of millions of tokens, would not finish here.)
TEST(DocumentJsonTest, TwentyMegabyteSingleLineArticle) {
  const std::string sentence = "Representatives negotiated extensively throughout Wednesday afternoon. ";
  const size_t kTokens = 7;  // six words and the full stop
  std::string text;
  text.reserve(20'000'100);
  while (text.size() < 20'000'000) text += sentence;
  const size_t copies = text.size() / sentence.size();
  Reader reader;
  auto d = reader.ReadText(text, "big.txt");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ASSERT_EQ(d->paragraphs.size(), 1u);
  EXPECT_EQ(d->paragraphs[0].role, Role::kHeadline);
  auto splitter = SentenceSplitter::LoadDefault();
  ASSERT_TRUE(splitter.ok()) << splitter.status().ToString();
  splitter->Split(&d.value());
  ASSERT_EQ(d->sentences.size(), copies);
  const Sentence& last = d->sentences.back();
  EXPECT_EQ(last.start, (copies - 1) * sentence.size());
  ASSERT_EQ(last.tokens.size(), kTokens);
  EXPECT_EQ(last.tokens.back().form, ".");
  EXPECT_EQ(last.tokens.back().end, text.size() - 1);
  EXPECT_TRUE(last.tokens.back().space_after);  // the text ends with a space
  size_t bytes = 0, pieces = 0, largest = 0;
  std::string tail;
  WriteDocumentJsonLine(*d, [&](std::string_view p) {
    bytes += p.size();
    ++pieces;
    largest = std::max(largest, p.size());
    tail = std::string(p.substr(p.size() > 64 ? p.size() - 64 : 0));
  });
  // text, title, paragraph text, sentence texts and every token's text.
  EXPECT_GT(bytes, 5 * text.size());
  EXPECT_LT(largest, size_t{1} << 18);
  EXPECT_GT(pieces, bytes / (size_t{1} << 18));
  EXPECT_EQ(tail.substr(tail.size() - 10), ",\"url\":\"\"}");
}

TEST(DocumentJsonTest, FromJsonRejectsOutOfRangeSpans) {
  auto j = nlohmann::json::parse(R"({"text": "abc", "paragraphs": [{"role": "body", "start": 1, "end": 9}]})");
  auto r = DocumentFromJson(j, "in.jsonl:4");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("in.jsonl:4: paragraphs[0]"), std::string::npos);
}

TEST(DocumentJsonTest, FromJsonRejectsSpansInsideACharacter) {
  // "é" is two bytes: a span ending after the first one would make the
  // document's JSON unwritable (invalid UTF-8 in a slice).
  auto j = nlohmann::json::parse(R"({"text": "\u00e9t\u00e9", "paragraphs": [{"role": "body", "start": 0, "end": 1}]})");
  auto r = DocumentFromJson(j, "in.jsonl:2");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("cuts a UTF-8 character"), std::string::npos) << r.status().message();
  j = nlohmann::json::parse(R"({"text": "\u00e9t\u00e9", "paragraphs": [{"role": "body", "start": 0, "end": 3}]})");
  EXPECT_TRUE(DocumentFromJson(j, "in.jsonl:3").ok());
}

TEST(DocumentJsonTest, FromJsonRejectsIndicesOutOfRange) {
  // Indices that other stages follow without checking: a paragraph repeating
  // itself or a later one, a sentence in a paragraph that is not there, a
  // head outside its sentence.
  const char* bad[] = {
      R"({"text": "ab cd", "paragraphs": [{"role": "body", "start": 0, "end": 2, "duplicate_of": 0}]})",
      R"({"text": "ab cd", "paragraphs": [{"role": "body", "start": 0, "end": 2}], "sentences":
          [{"start": 0, "end": 2, "paragraph": 1}]})",
      R"({"text": "ab cd", "sentences": [{"start": 0, "end": 5, "tokens":
          [{"start": 0, "end": 2, "head": 3}, {"start": 3, "end": 5, "head": 0}]}]})",
      R"({"text": "ab cd", "sentences": [{"start": 0, "end": 5, "tokens":
          [{"start": 0, "end": 2, "head": -2}]}]})",
      R"({"text": "ab cd", "sentences": [{"start": 0, "end": 5, "paragraph": 4294967296}]})",
  };
  for (const char* text : bad) {
    auto r = DocumentFromJson(nlohmann::json::parse(text), "in.jsonl:7");
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_NE(r.status().message().find("in.jsonl:7: "), std::string::npos) << r.status().message();
  }
  auto ok = DocumentFromJson(nlohmann::json::parse(
                                 R"({"text": "ab cd", "paragraphs": [{"role": "body", "start": 0, "end": 2},
                                     {"role": "duplicate", "start": 3, "end": 5, "duplicate_of": 0}],
                                     "sentences": [{"start": 0, "end": 2, "paragraph": 0, "tokens":
                                     [{"start": 0, "end": 2, "head": 0}]}]})"),
                             "in.jsonl:8");
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(ok->paragraphs[1].duplicate_of, 0);
  EXPECT_EQ(ok->sentences[0].tokens[0].head, 0);
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
