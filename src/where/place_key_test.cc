#include "where/place_key.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(PlaceKeyTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(PlaceKey("Baghdad"), "baghdad");
  EXPECT_EQ(PlaceKey("BAGHDAD"), "baghdad");
  EXPECT_EQ(PlaceKey("São Paulo"), "sao paulo");
  EXPECT_EQ(PlaceKey("Bogotá"), "bogota");
  EXPECT_EQ(PlaceKey("Zürich"), "zurich");
  EXPECT_EQ(PlaceKey("Tel Aviv-Yafo"), "tel aviv yafo");
  EXPECT_EQ(PlaceKey("St. Louis"), "st louis");
  EXPECT_EQ(PlaceKey("Sana'a"), "sanaa");
  EXPECT_EQ(PlaceKey("Sana\u2019a"), "sanaa");
  EXPECT_EQ(PlaceKey("Côte d'Ivoire"), "cote divoire");
  EXPECT_EQ(PlaceKey("  Washington,   D.C. "), "washington d c");
  EXPECT_EQ(PlaceKey("U.S."), "u s");
}

TEST(PlaceKeyTest, KeepsOtherScriptsAndHandlesEmptyOrInvalid) {
  EXPECT_EQ(PlaceKey(""), "");
  EXPECT_EQ(PlaceKey("---"), "");
  EXPECT_EQ(PlaceKey("Київ"), PlaceKey("КИЇВ"));  // other scripts fold too
  EXPECT_FALSE(PlaceKey("Київ").empty());
  EXPECT_FALSE(PlaceKey("Bag\xff\xfe" "dad").empty());  // invalid UTF-8: no crash
}

}  // namespace
}  // namespace dyad
