#include "when/date_finder.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad {
namespace {

using testing::OneSentenceDocument;
using testing::SplitTrim;

// tests/data/dates/cases.txt: ANCHOR | SENTENCE | EXPECTED.
TEST(DateFinderTest, DataDrivenCases) {
  DateFinder finder;
  int cases = testing::ForEachCase(testing::TestData("dates/cases.txt"), [&](const std::string& line) {
    auto parts = SplitTrim(line, " | ");
    if (parts.size() != 3) return std::string("expected ANCHOR | SENTENCE | EXPECTED");
    std::optional<Date> anchor;
    if (parts[0] != "-") anchor = Date::Parse(parts[0]);
    Document doc = OneSentenceDocument(parts[1]);
    std::vector<std::string> got, want;
    for (auto& m : finder.Find(doc, doc.sentences[0], anchor))
      got.push_back(std::string(doc.Slice(m.span.start, m.span.end)) + " => " + m.value.ToString());
    if (parts[2] != "-")
      for (auto& item : SplitTrim(parts[2], ";;")) {
        auto kv = SplitTrim(item, "=>");
        want.push_back(kv[0] + " => " + kv[1]);
      }
    if (got == want) return std::string();
    std::string g;
    for (auto& x : got) g += "[" + x + "] ";
    return parts[1] + "\n  want: " + parts[2] + "\n  got:  " + g;
  });
  EXPECT_GE(cases, 60);
}

TEST(DateFinderTest, SpansPointIntoTheText) {
  Document doc = OneSentenceDocument("Strikes followed on Tuesday, officials said.");
  auto found = DateFinder().Find(doc, doc.sentences[0], Date::FromYmd(2024, 1, 25));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(doc.Slice(found[0].span.start, found[0].span.end), "on Tuesday");
  EXPECT_EQ(found[0].source, DateSource::kRelative);
}

TEST(DateFinderTest, NoAnchorNoRelativeDates) {
  Document doc = OneSentenceDocument("They met yesterday and again on Friday, and last year.");
  EXPECT_TRUE(DateFinder().Find(doc, doc.sentences[0], std::nullopt).empty());
}

}  // namespace
}  // namespace dyad
