// The real gazetteer (models/gazetteer.bin, built by scripts/build_gazetteer.sh
// from GeoNames data): known places come out where they are.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "base/paths.h"
#include "test_util.h"
#include "where/gazetteer.h"
#include "where/place_finder.h"

namespace dyad {
namespace {

double Km(double lat1, double lon1, double lat2, double lon2) {
  auto rad = [](double d) { return d * M_PI / 180.0; };
  double a = std::sin(rad(lat2 - lat1) / 2), b = std::sin(rad(lon2 - lon1) / 2);
  double h = a * a + std::cos(rad(lat1)) * std::cos(rad(lat2)) * b * b;
  return 2 * 6371.0 * std::asin(std::sqrt(h));
}

std::string IndexPath() {
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env && *env) return env;
  return DataPath("models/gazetteer.bin");
}

#define REQUIRE_INDEX(var)                                                                                 \
  const std::string var = IndexPath();                                                                     \
  if (!std::filesystem::exists(var))                                                                       \
    GTEST_SKIP() << "skipped: " << var << " is absent (run scripts/build_gazetteer.sh)"

TEST(GazetteerConformance, KnownPlaces) {
  REQUIRE_INDEX(path);
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_GT(g->size(), 150000u);
  struct Want {
    const char* name;
    const char* iso3;
    double lat, lon;
  } wants[] = {
      {"Baghdad", "IRQ", 33.34, 44.40},   {"Mosul", "IRQ", 36.34, 43.13},    {"Kyiv", "UKR", 50.45, 30.52},
      {"Kiev", "UKR", 50.45, 30.52},      {"Damascus", "SYR", 33.51, 36.29}, {"Mogadishu", "SOM", 2.04, 45.34},
      {"Tel Aviv", "ISR", 32.08, 34.78},  {"Paris", "FRA", 48.85, 2.35},     {"Sao Paulo", "BRA", -23.55, -46.63},
      {"Kabul", "AFG", 34.53, 69.17},     {"Caracas", "VEN", 10.49, -66.88}, {"Iraq", "IRQ", 33.34, 44.40},
  };
  for (const Want& w : wants) {
    auto best = g->Best(w.name);
    ASSERT_TRUE(best) << w.name;
    GazetteerPlace p = g->place(*best);
    EXPECT_EQ(p.country, w.iso3) << w.name;
    EXPECT_LT(Km(p.lat, p.lon, w.lat, w.lon), 10.0) << w.name << " at " << p.lat << ", " << p.lon;
  }
}

TEST(GazetteerConformance, FinderOnRealIndex) {
  REQUIRE_INDEX(path);
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  PlaceFinder finder(&*g);
  Document d = testing::OneSentenceDocument("Gunmen attacked a checkpoint in Baghdad on Monday.");
  auto ms = finder.Find(d, d.sentences[0]);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].place.country, "IRQ");
  EXPECT_LT(Km(ms[0].place.lat, ms[0].place.lon, 33.34, 44.40), 10.0);
  d = testing::OneSentenceDocument("Police arrested four suspects.");
  EXPECT_TRUE(finder.Find(d, d.sentences[0]).empty());
}

}  // namespace
}  // namespace dyad
