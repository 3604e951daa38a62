#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace dyad {
namespace {

std::vector<Sentence> SplitAll(std::string_view s) {
  SentenceSplitter sp;
  std::vector<Sentence> out;
  sp.SplitSpan(s, 0, static_cast<uint32_t>(s.size()), 0, &out);
  return out;
}

std::string Joined(std::string_view s) {
  std::string r;
  for (const auto& x : SplitAll(s)) {
    if (!r.empty()) r += " ||| ";
    r.append(s.substr(x.start, x.end - x.start));
  }
  return r;
}

TEST(SentenceSplitterTest, SentencesCarryTokensAndOffsets) {
  std::string s = "Troops left. They returned.";
  auto sents = SplitAll(s);
  ASSERT_EQ(sents.size(), 2u);
  EXPECT_EQ(sents[0].start, 0u);
  EXPECT_EQ(sents[0].end, 12u);
  EXPECT_EQ(sents[0].tokens.size(), 3u);
  EXPECT_EQ(sents[1].start, 13u);
  EXPECT_EQ(sents[1].tokens.front().start, 13u);
  EXPECT_EQ(sents[1].tokens.back().form, ".");
  EXPECT_EQ(sents[1].paragraph, 0);
}

TEST(SentenceSplitterTest, SplitUsesParagraphsAndNeverMergesThem) {
  Document doc;
  doc.text = "Rebels Seize Town\n\nRebels seized the town. Troops fled";
  doc.paragraphs.push_back({Role::kHeadline, 0, 17, -1});
  doc.paragraphs.push_back({Role::kBody, 19, static_cast<uint32_t>(doc.text.size()), -1});
  SentenceSplitter sp;
  sp.Split(&doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].paragraph, 0);
  EXPECT_EQ(doc.SentenceText(doc.sentences[0]), "Rebels Seize Town");
  EXPECT_EQ(doc.sentences[1].paragraph, 1);
  EXPECT_EQ(doc.SentenceText(doc.sentences[2]), "Troops fled");
}

TEST(SentenceSplitterTest, SplitWithoutParagraphsUsesBlankLines) {
  Document doc;
  doc.text = "Headline Here\n\nFirst body sentence. Second one.";
  SentenceSplitter sp;
  sp.Split(&doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].paragraph, -1);
  EXPECT_EQ(doc.SentenceText(doc.sentences[0]), "Headline Here");
}

TEST(SentenceSplitterTest, EmptyAndBlankSpans) {
  EXPECT_TRUE(SplitAll("").empty());
  EXPECT_TRUE(SplitAll(" \n\t \xC2\xA0").empty());
}

// Data-driven cases: tests/data/splitter/*.txt, an input line then the
// expected sentences separated by " ||| ". "\n" in an input is a line break.
std::string Unescape(const std::string& s) {
  std::string r;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      r += '\n';
      ++i;
    } else {
      r += s[i];
    }
  }
  return r;
}

TEST(SentenceSplitterTest, DataDrivenCases) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(testing::TestData("splitter")))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  int total = 0, failed = 0;
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line, input;
    int n = 0, input_line = 0;
    bool have_input = false;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty() || line[0] == '#') continue;
      if (!have_input) {
        input = Unescape(line);
        input_line = n;
        have_input = true;
        continue;
      }
      have_input = false;
      ++total;
      std::string got = Joined(input);
      // Sentences with line breaks inside print them as "\n".
      std::string expected = Unescape(line);
      if (got != expected) {
        ++failed;
        ADD_FAILURE() << f << ":" << input_line << ": " << line << "\n  expected: " << expected
                      << "\n  got:      " << got;
      }
    }
    EXPECT_FALSE(have_input) << f << ": last case has no expected line";
  }
  EXPECT_GE(total, 40);
  std::cout << "splitter cases: " << total - failed << "/" << total << " pass\n";
}

}  // namespace
}  // namespace dyad
