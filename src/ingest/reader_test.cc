#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <chrono>

#include "test_util.h"

namespace dyad {
namespace {

std::vector<Document> ReadAllDocs(const std::string& path, std::vector<Diagnostic>* diags,
                                  std::optional<Format> f = std::nullopt) {
  Reader reader;
  std::vector<Document> docs;
  Status st = reader.ReadPath(path, f, [&](Document&& d) { docs.push_back(std::move(d)); }, diags);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return docs;
}

void ExpectSpansInBounds(const Document& d) {
  for (const auto& p : d.paragraphs) {
    EXPECT_LE(p.start, p.end);
    EXPECT_LE(p.end, d.text.size());
  }
}

TEST(ReaderTest, PlainTextHeadlineAndParagraphs) {
  Reader reader;
  auto d = reader.ReadText("  Big news today  \r\n\r\nFirst line.\r\nSecond line.\n\n\n", "dir/story.txt");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->id, "story");
  EXPECT_EQ(d->title, "Big news today");
  ASSERT_EQ(d->paragraphs.size(), 3u);
  EXPECT_EQ(d->paragraphs[0].role, Role::kHeadline);
  EXPECT_EQ(d->Slice(d->paragraphs[1].start, d->paragraphs[1].end), "First line.");
  EXPECT_EQ(d->Slice(d->paragraphs[2].start, d->paragraphs[2].end), "Second line.");
}

TEST(ReaderTest, FolderIsReadRecursivelySortedWithDiagnostics) {
  std::vector<Diagnostic> diags;
  auto docs = ReadAllDocs(testing::TestData("ingest/folder"), &diags);
  std::vector<std::string> ids;
  for (const auto& d : docs) {
    ids.push_back(d.id);
    ExpectSpansInBounds(d);
  }
  // Sorted by path: b_article.txt, c_page.html, sub/a_feed.jsonl; readme.md ignored.
  ASSERT_EQ(ids, (std::vector<std::string>{"b_article", "c_page", "f1", "f3"}));
  EXPECT_EQ(docs[0].published->ToString(), "2023-03-02");
  EXPECT_EQ(docs[0].source, "Reuters");
  EXPECT_EQ(docs[1].title, "Bridge opens");
  EXPECT_EQ(docs[1].published->ToString(), "2023-04-01");
  EXPECT_EQ(docs[2].text, "Council meets\n\nThe city council met on Monday.\nIt approved the budget.");
  EXPECT_EQ(docs[2].source, "Local News");
  EXPECT_EQ(docs[2].extra.at("lang"), "\"en\"");
  EXPECT_EQ(docs[2].paragraphs.size(), 3u);
  EXPECT_EQ(docs[3].published->ToString(), "2023-02-07");
  EXPECT_EQ(docs[3].title, "The second record has no title.");
  int errors = 0;
  for (const auto& d : diags) {
    if (d.severity != Diagnostic::kError) continue;
    ++errors;
    EXPECT_NE(d.message.find("a_feed.jsonl:"), std::string::npos) << d.message;
  }
  EXPECT_EQ(errors, 2);
  bool line2 = false;
  for (const auto& d : diags) line2 |= d.message.find("a_feed.jsonl:2: malformed JSON") != std::string::npos;
  EXPECT_TRUE(line2);
}

TEST(ReaderTest, BadInputsAreReportedNotFatal) {
  for (const char* f : {"ingest/no_body.html", "ingest/empty.txt", "ingest/image.txt"}) {
    std::vector<Diagnostic> diags;
    auto docs = ReadAllDocs(testing::TestData(f), &diags);
    EXPECT_TRUE(docs.empty()) << f;
    ASSERT_EQ(diags.size(), 1u) << f;
    EXPECT_EQ(diags[0].severity, Diagnostic::kError);
    EXPECT_NE(diags[0].message.find(f), std::string::npos) << diags[0].message;
  }
  std::vector<Diagnostic> diags;
  ReadAllDocs(testing::TestData("ingest/no_body.html"), &diags);
  EXPECT_NE(diags[0].message.find("no body text"), std::string::npos);
  diags.clear();
  ReadAllDocs(testing::TestData("ingest/image.txt"), &diags);
  EXPECT_NE(diags[0].message.find("binary"), std::string::npos);
  Reader reader;
  std::vector<Diagnostic> d2;
  EXPECT_EQ(reader.ReadPath("/nonexistent/dyad/path", std::nullopt, [](Document&&) {}, &d2).code(),
            StatusCode::kNotFound);
}

TEST(ReaderTest, InvalidUtf8IsRepairedWithWarning) {
  std::vector<Diagnostic> diags;
  auto docs = ReadAllDocs(testing::TestData("ingest/bad_utf8.txt"), &diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_NE(docs[0].text.find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].severity, Diagnostic::kWarning);
  EXPECT_NE(diags[0].message.find("bad_utf8.txt: byte 31"), std::string::npos) << diags[0].message;
  ASSERT_EQ(docs[0].warnings.size(), 1u);
}

TEST(ReaderTest, FormatOverrideAndSniffing) {
  Reader reader;
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  auto sink = [&](Document&& d) { docs.push_back(std::move(d)); };
  reader.ReadBuffer("{\"title\": \"T\", \"text\": \"Body.\"}\n", "-", std::nullopt, sink, &diags);
  reader.ReadBuffer("<!DOCTYPE html><html><body><p>Para.</p></body></html>", "-", std::nullopt, sink, &diags);
  reader.ReadBuffer("<p>looks like html</p>", "-", Format::kText, sink, &diags);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].text, "T\n\nBody.");
  EXPECT_EQ(docs[1].text, "Para.");
  EXPECT_EQ(docs[2].text, "<p>looks like html</p>");
  EXPECT_TRUE(diags.empty());
}

TEST(ReaderTest, JsonArrayDocument) {
  Reader reader;
  std::vector<Document> docs;
  size_t n = reader.ReadJsonl("[\n {\"id\": 7, \"title\": \"A\", \"body\": \"x\"},\n {\"title\": \"B\", \"body\": \"y\"}\n]",
                              "feed.json", [&](Document&& d) { docs.push_back(std::move(d)); }, nullptr);
  ASSERT_EQ(n, 2u);
  EXPECT_EQ(docs[0].id, "7");
  EXPECT_EQ(docs[1].title, "B");
}

TEST(ReaderTest, JsonlFieldErrorsNameTheLine) {
  Reader reader;
  auto r = reader.ReadJsonLine("{\"title\": 5, \"text\": \"x\"}", "f.jsonl", 12);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("f.jsonl:12: field 'title' must be a string"), std::string::npos);
  r = reader.ReadJsonLine("{\"id\": \"x\"}", "f.jsonl", 3);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("f.jsonl:3: no 'text'"), std::string::npos);
}

TEST(ReaderTest, LargeSingleLineIsLinear) {
  // 20 MB on one line (the 100 MB case is checked by hand, see the report).
  std::string big = "Headline\n";
  std::string sentence = "The delegation met officials in the capital on Monday and discussed trade. ";
  while (big.size() < 20u * 1000 * 1000) big += sentence;
  Reader reader;
  auto t0 = std::chrono::steady_clock::now();
  auto d = reader.ReadText(big, "big.txt");
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->paragraphs.size(), 2u);
  EXPECT_EQ(d->paragraphs[1].role, Role::kBody);
  EXPECT_EQ(d->paragraphs[1].end, big.size() - 1);  // trailing space trimmed
  (void)t0;
}

TEST(ReaderTest, PublicationDateFromTheFileNameWhenTheTextHasNone) {
  Reader reader;
  // A wire dateline without a year takes its year from the file name.
  auto d = reader.ReadText("Runoff held\n\nANKARA, May 28 (Reuters) - Voters went to the polls.\n",
                           "news/2023-05-29_runoff.txt");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ASSERT_TRUE(d->published.has_value());
  EXPECT_EQ(d->published->ToString(), "2023-05-28");
  // No date in the text at all: the file name's date.
  d = reader.ReadText("Talks resume\n\nThe two sides met again.\n", "2024-01-02-talks.txt");
  ASSERT_TRUE(d.ok());
  ASSERT_TRUE(d->published.has_value());
  EXPECT_EQ(d->published->ToString(), "2024-01-02");
  // A date in the text wins over the file name.
  d = reader.ReadText("Talks resume\n\nMarch 3, 2021\n\nThe two sides met again.\n", "2024-01-02-talks.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->published->ToString(), "2021-03-03");
  // Neither: no date.
  d = reader.ReadText("Talks resume\n\nThe two sides met again.\n", "talks.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE(d->published.has_value());
}

}  // namespace
}  // namespace dyad
