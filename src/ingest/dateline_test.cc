#include "ingest/dateline.h"

#include "ingest/reader.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(DatelineTest, DateLines) {
  for (const char* s : {"January 25, 2024", "Updated: Jan. 25, 2024 10:32 AM GMT", "Thursday, 25 January 2024",
                        "2024-01-25", "Posted on March 3, 2023", "Tokyo, March 16, 2023"}) {
    auto m = MatchDateLine(s);
    ASSERT_TRUE(m.has_value()) << s;
    EXPECT_EQ(m->end, std::string_view(s).size());
  }
  for (const char* s : {"January 25, 2024 was a cold day.", "The talks began on January 25, 2024",
                        "March 2023", "Updated"})
    EXPECT_FALSE(MatchDateLine(s).has_value()) << s;
}

TEST(DatelineTest, WireDatelines) {
  std::string s = "BAGHDAD, Jan 25 (Reuters) - The talks began.";
  auto m = MatchWireDateline(s);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(s.substr(0, m->end), "BAGHDAD, Jan 25 (Reuters) -");
  EXPECT_EQ(s.substr(m->body_start), "The talks began.");
  EXPECT_EQ(m->wire, "Reuters");
  EXPECT_EQ(m->place, "BAGHDAD");
  ASSERT_TRUE(m->date.has_value());
  EXPECT_EQ(m->date->month, 1);
  EXPECT_EQ(m->date->day, 25);

  s = "GAZA CITY, Gaza Strip, Nov. 24, 2023 (AP) \xE2\x80\x94 Crowds gathered.";
  m = MatchWireDateline(s);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(s.substr(m->body_start), "Crowds gathered.");
  EXPECT_EQ(m->date->year, 2023);
  EXPECT_EQ(m->wire, "AP");

  s = "WASHINGTON/KYIV (Reuters) -- Aid was approved.";
  m = MatchWireDateline(s);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(s.substr(m->body_start), "Aid was approved.");

  for (const char* bad : {"US officials said on Monday - nothing.", "The UN (Reuters) - no", "NATO said - x",
                          "BAGHDAD, the capital, is large."})
    EXPECT_FALSE(MatchWireDateline(bad).has_value()) << bad;
}

TEST(DatelineTest, ApplySplitsGluedDatelineWithExactOffsets) {
  Document doc;
  doc.text = "Headline\n\nBAGHDAD, Jan 25 (Reuters) - Iraq and the United States began talks.\nCaption. Photo: X";
  AppendLineParagraphs(doc.text, 0, doc.text.size(), &doc.paragraphs);
  doc.paragraphs[0].role = Role::kHeadline;
  ApplyDatelines(&doc);
  ASSERT_EQ(doc.paragraphs.size(), 4u);
  EXPECT_EQ(doc.paragraphs[1].role, Role::kDateline);
  EXPECT_EQ(doc.Slice(doc.paragraphs[1].start, doc.paragraphs[1].end), "BAGHDAD, Jan 25 (Reuters) -");
  EXPECT_EQ(doc.paragraphs[2].role, Role::kBody);
  EXPECT_EQ(doc.Slice(doc.paragraphs[2].start, doc.paragraphs[2].end), "Iraq and the United States began talks.");
  EXPECT_EQ(doc.source, "Reuters");
  EXPECT_FALSE(doc.published.has_value());  // no year anywhere
}

TEST(DatelineTest, YearInferredFromNearbyFullDate) {
  Document doc;
  doc.text = "H\n\nNIAMEY, July 28 (Reuters) - Soldiers spoke.\n\nA crowd in Niamey, July 27, 2023. REUTERS/X";
  AppendLineParagraphs(doc.text, 0, doc.text.size(), &doc.paragraphs);
  doc.paragraphs[0].role = Role::kHeadline;
  ApplyDatelines(&doc);
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->ToString(), "2023-07-28");
}

}  // namespace
}  // namespace dyad
