#include "base/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(DateTest, RoundTripsDays) {
  for (int64_t d = -800000; d < 800000; d += 997) EXPECT_EQ(Date::FromDays(d).ToDays(), d);
  EXPECT_EQ(Date::FromYmd(1970, 1, 1)->ToDays(), 0);
}

TEST(DateTest, Weekday) {
  EXPECT_EQ(Date::FromYmd(2024, 1, 25)->Weekday(), 3);  // Thursday
  EXPECT_EQ(Date::FromYmd(2024, 1, 23)->Weekday(), 1);  // Tuesday
}

TEST(DateTest, ParseAndFormat) {
  EXPECT_EQ(Date::Parse("2024-02-29")->ToString(), "2024-02-29");
  EXPECT_FALSE(Date::Parse("2023-02-29"));
  EXPECT_EQ(Date::Parse("2023-08")->precision, DatePrecision::kMonth);
  EXPECT_EQ(Date::Parse("2014")->ToString(), "2014");
  EXPECT_FALSE(Date::Parse("20x4"));
  EXPECT_FALSE(Date::Parse(""));
}

}  // namespace
}  // namespace dyad
