#include "ingest/date_parse.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

std::string P(std::string_view s) {
  auto d = ParseDate(s);
  return d ? d->ToString() : "none";
}

TEST(DateParseTest, CommonFormats) {
  EXPECT_EQ(P("January 25, 2024"), "2024-01-25");
  EXPECT_EQ(P("Jan. 25, 2024"), "2024-01-25");
  EXPECT_EQ(P("Jan 25 2024"), "2024-01-25");
  EXPECT_EQ(P("25 January 2024"), "2024-01-25");
  EXPECT_EQ(P("Thursday, January 25, 2024"), "2024-01-25");
  EXPECT_EQ(P("2024-01-25"), "2024-01-25");
  EXPECT_EQ(P("2024-01-25T10:32:00+03:00"), "2024-01-25");
  EXPECT_EQ(P("2024/01/25"), "2024-01-25");
  EXPECT_EQ(P("Thu, 25 Jan 2024 10:00:00 +0000"), "2024-01-25");
  EXPECT_EQ(P("Updated: Sept. 3, 2023 10:32 AM EDT"), "2023-09-03");
  EXPECT_EQ(P("01/25/2024"), "2024-01-25");
  EXPECT_EQ(P("25/01/2024"), "2024-01-25");
  EXPECT_EQ(P("25.01.2024"), "2024-01-25");
  EXPECT_EQ(P("March 1st, 2023"), "2023-03-01");
}

TEST(DateParseTest, Rejects) {
  EXPECT_EQ(P("February 30, 2023"), "none");
  EXPECT_EQ(P("2023-13-01"), "none");
  EXPECT_EQ(P("the may 2 percent rise"), "none");  // no year
  EXPECT_EQ(P(""), "none");
  EXPECT_EQ(P("no date here"), "none");
}

TEST(DateParseTest, YearlessPartialDate) {
  auto d = FindDate("BAGHDAD, Jan 25 (Reuters)");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 0);
  EXPECT_EQ(d->month, 1);
  EXPECT_EQ(d->day, 25);
  EXPECT_FALSE(d->ToDate().has_value());
}

TEST(DateParseTest, MonthAndWeekdayNames) {
  EXPECT_EQ(MonthFromName("Sept"), 9);
  EXPECT_EQ(MonthFromName("DEC"), 12);
  EXPECT_EQ(MonthFromName("Mayday"), 0);
  EXPECT_GE(WeekdayFromName("Thu", true), 0);
  EXPECT_GE(WeekdayFromName("saturday", true), 0);
  EXPECT_GE(WeekdayFromName("Sun.", true), 0);  // abbreviation dot allowed
  EXPECT_EQ(WeekdayFromName("Sunny", true), -1);
}

TEST(DateParseTest, DateInFileName) {
  auto is = [](std::string_view path, const char* want) {
    auto d = DateInFileName(path);
    return d.has_value() ? d->ToString() == want : std::string(want).empty();
  };
  EXPECT_TRUE(is("2023-05-28_turkey_runoff.txt", "2023-05-28"));
  EXPECT_TRUE(is("archive/2019/nato-finland-2023-04-04.html", "2023-04-04"));
  EXPECT_TRUE(is("/data/20240125-report.txt", "2024-01-25"));
  EXPECT_TRUE(is("C:\\news\\story_2022_10_30.txt", "2022-10-30"));
  // Folders do not count; digits that are not a valid date do not count.
  EXPECT_TRUE(is("2023-05-28/story.txt", ""));
  EXPECT_TRUE(is("item-12345678.txt", ""));
  EXPECT_TRUE(is("2023-13-40_story.txt", ""));
  EXPECT_TRUE(is("2023-05_story.txt", ""));
  EXPECT_TRUE(is("report-123-2023-05-28.txt", "2023-05-28"));
  EXPECT_TRUE(is("12023-05-28.txt", ""));
  EXPECT_TRUE(is("", ""));
}

}  // namespace
}  // namespace dyad
