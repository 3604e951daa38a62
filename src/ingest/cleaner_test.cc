#include "ingest/cleaner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "test_util.h"

namespace dyad {
namespace {

// Each tests/data/cleanup/*.txt holds an article, a line "=== roles ===", then
// optional "published: YYYY-MM-DD" / "source: X" lines and one line per
// paragraph: "role" or "role | text the paragraph starts with".
struct Case {
  std::string article;
  std::string published, source;
  std::vector<std::pair<std::string, std::string>> roles;
};

Case ParseCase(const std::string& data) {
  Case c;
  const std::string sep = "\n=== roles ===\n";
  size_t p = data.find(sep);
  EXPECT_NE(p, std::string::npos) << "no '=== roles ===' line";
  if (p == std::string::npos) return c;
  c.article = data.substr(0, p + 1);
  std::istringstream in(data.substr(p + sep.size()));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line.rfind("published: ", 0) == 0) { c.published = line.substr(11); continue; }
    if (line.rfind("source: ", 0) == 0) { c.source = line.substr(8); continue; }
    size_t bar = line.find(" | ");
    if (bar == std::string::npos) c.roles.push_back({line, ""});
    else c.roles.push_back({line.substr(0, bar), line.substr(bar + 3)});
  }
  return c;
}

TEST(CleanerDataTest, AllCases) {
  std::string dir = testing::TestData("cleanup");
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 12u) << "expected at least 12 cleanup cases in " << dir;
  std::set<std::string> roles_seen;
  Reader reader;
  for (const std::string& f : files) {
    SCOPED_TRACE(f);
    Case c = ParseCase(testing::ReadAll(f));
    auto doc = reader.ReadText(c.article, f);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    if (!c.published.empty()) {
      ASSERT_TRUE(doc->published.has_value());
      EXPECT_EQ(doc->published->ToString(), c.published);
    }
    if (!c.source.empty()) EXPECT_EQ(doc->source, c.source);
    std::string got;
    for (const Paragraph& p : doc->paragraphs)
      got += std::string(RoleName(p.role)) + " | " + std::string(doc->Slice(p.start, p.end)).substr(0, 50) + "\n";
    ASSERT_EQ(doc->paragraphs.size(), c.roles.size()) << "paragraphs:\n" << got;
    for (size_t i = 0; i < c.roles.size(); ++i) {
      const Paragraph& p = doc->paragraphs[i];
      std::string_view text = doc->Slice(p.start, p.end);
      EXPECT_EQ(RoleName(p.role), c.roles[i].first) << "paragraph " << i << ": " << text << "\nall:\n" << got;
      EXPECT_EQ(text.substr(0, c.roles[i].second.size()), c.roles[i].second) << "paragraph " << i;
      roles_seen.insert(RoleName(p.role));
    }
    // Nothing dropped: every non-blank line is covered by a paragraph.
    std::vector<bool> covered(doc->text.size(), false);
    for (const Paragraph& p : doc->paragraphs)
      for (uint32_t k = p.start; k < p.end; ++k) covered[k] = true;
    for (size_t k = 0; k < doc->text.size(); ++k)
      if (!std::isspace(static_cast<unsigned char>(doc->text[k]))) EXPECT_TRUE(covered[k]) << "byte " << k;
  }
  for (int r = 0; r < 8; ++r) EXPECT_TRUE(roles_seen.count(RoleName(static_cast<Role>(r)))) << RoleName(static_cast<Role>(r));
}

Document Read(const std::string& text) {
  Reader reader;
  auto d = reader.ReadText(text, "t.txt");
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? std::move(d.value()) : Document{};
}

TEST(CleanerTest, DropCapWithoutRepeatBecomesOneBodyParagraph) {
  Document d = Read("Headline here\n\nT\n\nhe council met on Monday and voted to extend the mandate.\n");
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_EQ(d.paragraphs[1].role, Role::kBody);
  EXPECT_EQ(d.Slice(d.paragraphs[1].start, d.paragraphs[1].end),
            "T\n\nhe council met on Monday and voted to extend the mandate.");
}

TEST(CleanerTest, PrefixRepeatIsSplitIntoDuplicateAndBody) {
  Document d = Read(
      "Title line\n\nThe ministers met in Geneva on Friday to discuss the crisis in detail.\n\n"
      "The ministers met in Geneva on Friday to discuss the crisis in detail. They agreed to meet again.\n");
  ASSERT_EQ(d.paragraphs.size(), 4u);
  EXPECT_EQ(d.paragraphs[2].role, Role::kDuplicate);
  EXPECT_EQ(d.paragraphs[2].duplicate_of, 1);
  EXPECT_EQ(d.Slice(d.paragraphs[2].start, d.paragraphs[2].end),
            "The ministers met in Geneva on Friday to discuss the crisis in detail.");
  EXPECT_EQ(d.paragraphs[3].role, Role::kBody);
  EXPECT_EQ(d.Slice(d.paragraphs[3].start, d.paragraphs[3].end), "They agreed to meet again.");
}

TEST(CleanerTest, ShortPrefixIsNotADuplicate) {
  Document d = Read("Title\n\nHe said no.\n\nHe said no. Then he left the room and did not return.\n");
  for (const auto& p : d.paragraphs) EXPECT_NE(p.role, Role::kDuplicate);
}

TEST(CleanerTest, BodySentenceMentioningSubscribersIsBody) {
  Document d = Read(
      "Title\n\nThe streaming service said it lost 200,000 subscribers in the quarter after raising prices.\n\n"
      "Its shares fell 8 percent in early trading on Wednesday.\n");
  for (size_t i = 1; i < d.paragraphs.size(); ++i) EXPECT_EQ(d.paragraphs[i].role, Role::kBody);
}

TEST(CleanerTest, SourceAttributionSetsSource) {
  Document d = Read("Title\n\nThe talks ended on Friday without agreement, officials said.\n\nSource: Xinhua\n");
  EXPECT_EQ(d.source, "Xinhua");
  EXPECT_EQ(d.paragraphs.back().role, Role::kAttribution);
}

TEST(CleanerTest, NormalizeFoldsSpaceCaseAndQuotes) {
  EXPECT_EQ(NormalizeForDuplicates("  The  \u201CBig\u201D\n Deal\u2019s "), "the \"big\" deal's");
  // No-break spaces fold like spaces; other multi-byte text and a lone lead
  // byte pass through unchanged; nothing is left of all-space input.
  EXPECT_EQ(NormalizeForDuplicates("A\u00A0\u00A0B \u2018c\u2019 \u00E9T\u00C9 \u2014 x"), "a b 'c' \u00e9t\u00c9 \u2014 x");
  EXPECT_EQ(NormalizeForDuplicates(std::string("ab\xE2", 3)), std::string("ab\xE2", 3));
  EXPECT_EQ(NormalizeForDuplicates(std::string("\xC2", 1)), std::string("\xC2", 1));
  EXPECT_EQ(NormalizeForDuplicates(" \t\u00A0\n "), "");
  EXPECT_EQ(NormalizeForDuplicates(""), "");
}

// The duplicate key as the header describes it, a byte at a time: runs of
// whitespace (no-break spaces included) become one space kept only between
// two other bytes, ASCII is lower-cased, curly quotes fold to straight ones.
std::string PlainNormalize(std::string_view t) {
  std::string out;
  bool pending = false;
  for (size_t i = 0; i < t.size();) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      pending = true;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) {
      pending = true;
      i += 2;
      continue;
    }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(t[i + 2]);
      if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) {
        out += (d == 0x98 || d == 0x99) ? '\'' : '"';
        i += 3;
        continue;
      }
    }
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    ++i;
  }
  return out;
}

TEST(CleanerTest, NormalizeAgreesWithThePlainDefinition) {
  // Random texts, mostly printable ASCII with single spaces (the 16-byte
  // path), spaces and runs at every offset, block ends included.
  std::mt19937 rng(5);
  const std::vector<std::string> bits = {"a", "B", "x", "Q", "7", ".", " ", " ", " ", "  ", "\t", "\n",
                                         "\u00A0", "\u2019", "\u201C", "\u00E9", "\xC2", "\xE2\x80"};
  for (int trial = 0; trial < 4000; ++trial) {
    std::string t;
    const size_t n = rng() % 70;
    for (size_t i = 0; i < n; ++i) t += rng() % 4 ? bits[rng() % 8] : bits[rng() % bits.size()];
    ASSERT_EQ(NormalizeForDuplicates(t), PlainNormalize(t)) << "'" << t << "'";
  }
}

TEST(CleanerTest, HeadingNeedsFollowingStory) {
  Document d = Read("Title\n\nThe summit opened on Monday in Nairobi with forty leaders.\n\nMore to follow\n");
  EXPECT_EQ(d.paragraphs.back().role, Role::kBoilerplate);
}

}  // namespace
}  // namespace dyad
