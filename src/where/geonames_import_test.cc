#include "where/geonames_import.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/file.h"
#include "test_util.h"

namespace dyad {
namespace {

std::string Temp(const std::string& name, const std::string& text) {
  std::string p = std::filesystem::temp_directory_path() / name;
  EXPECT_TRUE(WriteFile(p, text).ok());
  return p;
}

TEST(GeoNamesImportTest, ImportsFixture) {
  GazetteerBuilder b;
  GeoNamesImportStats st;
  Status s = ImportGeoNames(testing::TestData("places/cities.txt"), testing::TestData("places/countries.tsv"),
                            testing::TestData("places/admin1.tsv"), {}, &b, &st);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(st.skipped_lines, 1);  // the historical place
  EXPECT_EQ(st.places, 61);
  EXPECT_EQ(st.countries, 30);
  EXPECT_EQ(st.countries_without_point, 1);  // Antarctica
  EXPECT_EQ(st.admin1, 6);
}

TEST(GeoNamesImportTest, MalformedLinesNameFileAndLine) {
  std::string countries = Temp("dyad_where_c.tsv", "IQ\tIRQ\tIraq\tIraqi\n");
  std::string cities = Temp("dyad_where_bad.txt",
                            "1\tBaghdad\tBaghdad\t\t33.34\t44.40\tP\tPPLC\tIQ\t\t07\t\t\t\t7000000\t\t0\t\t2024-01-01\n"
                            "2\tNowhere\tNowhere\t\tnorth\t44.40\tP\tPPL\tIQ\t\t07\t\t\t\t10\t\t0\t\t2024-01-01\n");
  GazetteerBuilder b;
  GeoNamesImportStats st;
  Status s = ImportGeoNames(cities, countries, "", {}, &b, &st);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find(cities + ":2:"), std::string::npos) << s.message();

  std::string bad_countries = Temp("dyad_where_c2.tsv", "IQ\tIRAQ\tIraq\n");
  s = ImportGeoNames(cities, bad_countries, "", {}, &b, &st);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(bad_countries + ":1:"), std::string::npos) << s.message();

  s = ImportGeoNames(cities + ".missing", countries, "", {}, &b, &st);
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace dyad
