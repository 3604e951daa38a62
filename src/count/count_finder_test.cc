#include "count/count_finder.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad {
namespace {

using testing::OneSentenceDocument;
using testing::SplitTrim;

std::string Describe(const Document& doc, const CountMention& m) {
  std::string s = std::string(doc.Slice(m.count.span.start, m.count.span.end)) + " => " +
                  std::to_string(m.count.value) + " " + m.count.unit + " " + m.count.qualifier;
  if (m.casualty == Casualty::kKilled) s += " killed";
  if (m.casualty == Casualty::kWounded) s += " wounded";
  return s;
}

// tests/data/counts/cases.txt: SENTENCE | EXPECTED.
TEST(CountFinderTest, DataDrivenCases) {
  CountFinder finder;
  int cases = testing::ForEachCase(testing::TestData("counts/cases.txt"), [&](const std::string& line) {
    auto parts = SplitTrim(line, " | ");
    if (parts.size() != 2) return std::string("expected SENTENCE | EXPECTED");
    Document doc = OneSentenceDocument(parts[0]);
    std::vector<std::string> got, want;
    for (auto& m : finder.Find(doc, doc.sentences[0])) got.push_back(Describe(doc, m));
    if (parts[1] != "-")
      for (auto& item : SplitTrim(parts[1], ";;")) want.push_back(item);
    if (got == want) return std::string();
    std::string g;
    for (auto& x : got) g += "[" + x + "] ";
    return parts[0] + "\n  want: " + parts[1] + "\n  got:  " + g;
  });
  EXPECT_GE(cases, 40);
}

TEST(CountFinderTest, ParsesNumberWords) {
  EXPECT_EQ(ParseNumberWord("2,500"), 2500);
  EXPECT_EQ(ParseNumberWord("3.5"), 3.5);
  EXPECT_EQ(ParseNumberWord("twelve"), 12);
  EXPECT_EQ(ParseNumberWord("forty-two"), 42);
  EXPECT_FALSE(ParseNumberWord("2,50"));
  EXPECT_FALSE(ParseNumberWord("12th"));
  EXPECT_FALSE(ParseNumberWord("troops"));
}

TEST(CountFinderTest, SkipsExcludedSpans) {
  Document doc = OneSentenceDocument("In 2014 fighters seized 3 towns.");
  TextSpan year{3, 7};
  auto found = CountFinder().Find(doc, doc.sentences[0], {year});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].count.value, 3);
  EXPECT_EQ(found[0].count.unit, "towns");
}

}  // namespace
}  // namespace dyad
