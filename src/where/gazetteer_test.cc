#include "where/gazetteer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "base/file.h"
#include "test_util.h"
#include "where/geonames_import.h"

namespace dyad {
namespace {

std::string FixtureBytes() {
  GazetteerBuilder b;
  GeoNamesImportStats st;
  Status s = ImportGeoNames(testing::TestData("places/cities.txt"), testing::TestData("places/countries.tsv"),
                            testing::TestData("places/admin1.tsv"), {}, &b, &st);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return b.Serialize();
}

TEST(GazetteerTest, RoundTripsAndLooksUpNames) {
  auto g = Gazetteer::FromBytes(FixtureBytes(), "fixture");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  auto hits = g->Lookup("Baghdad");
  ASSERT_EQ(hits.size(), 1u);
  GazetteerPlace p = g->place(hits[0].place);
  EXPECT_EQ(p.name, "Baghdad");
  EXPECT_EQ(p.country, "IRQ");
  EXPECT_EQ(p.country2, "IQ");
  EXPECT_EQ(p.admin1, "07");
  EXPECT_EQ(p.kind, PlaceKind::kCapital);
  EXPECT_NEAR(p.lat, 33.34, 1e-5);
  EXPECT_NEAR(p.lon, 44.40, 1e-5);
  EXPECT_EQ(p.population, 7000000u);
  // Alternate and ASCII names, diacritics folded.
  EXPECT_EQ(g->place(*g->Best("Kiev")).name, "Kyiv");
  EXPECT_EQ(g->place(*g->Best("SAO PAULO")).name, "São Paulo");
  EXPECT_EQ(g->Lookup("Paris").size(), 2u);
  EXPECT_EQ(g->place(*g->Best("Paris")).country, "FRA");
  EXPECT_TRUE(g->Lookup("Atlantis").empty());
  EXPECT_TRUE(g->Lookup("Tiny Hamlet").empty());  // historical places are skipped
  EXPECT_TRUE(g->HasLongerKey("tel"));
  EXPECT_TRUE(g->HasLongerKey("new york"));
  EXPECT_FALSE(g->HasLongerKey("baghdad"));
  EXPECT_GE(g->max_key_words(), 4);  // "santa fe de bogota"
}

TEST(GazetteerTest, CountriesAndAdjectives) {
  auto g = Gazetteer::FromBytes(FixtureBytes(), "fixture");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  auto iq = g->CountryPlace("IRQ");
  ASSERT_TRUE(iq);
  EXPECT_EQ(g->CountryPlace("IQ"), iq);
  GazetteerPlace p = g->place(*iq);
  EXPECT_EQ(p.kind, PlaceKind::kCountry);
  EXPECT_EQ(p.name, "Iraq");
  EXPECT_NEAR(p.lat, 33.34, 1e-5);  // the capital's point
  auto adj = g->Lookup("Iraqi");
  ASSERT_EQ(adj.size(), 1u);
  EXPECT_TRUE(adj[0].adjective);
  EXPECT_EQ(adj[0].place, *iq);
  // A country with no place in the data has no point.
  EXPECT_FALSE(g->CountryPlace("ATA"));
  EXPECT_TRUE(g->Lookup("Antarctica").empty());
  // Admin1: the mean of its places.
  bool found = false;
  for (const NameHit& h : g->Lookup("Texas")) {
    GazetteerPlace t = g->place(h.place);
    if (t.kind != PlaceKind::kAdmin1) continue;
    found = true;
    EXPECT_EQ(t.country, "USA");
    EXPECT_EQ(t.admin1, "TX");
    EXPECT_NEAR(t.lat, (33.66 + 30.27 + 29.76) / 3, 1e-4);
  }
  EXPECT_TRUE(found);
}

TEST(GazetteerTest, LoadsFromFileByMmap) {
  std::string path = std::filesystem::temp_directory_path() / "dyad_where_gazetteer_test.bin";
  ASSERT_TRUE(WriteFile(path, FixtureBytes()).ok());
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Gazetteer copy = *g;  // copies share the mapping
  EXPECT_EQ(copy.place(*copy.Best("Mogadishu")).country, "SOM");
  std::filesystem::remove(path);
  auto missing = Gazetteer::Load(path);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find(path), std::string::npos);
}

TEST(GazetteerTest, DefaultPathHonoursEnvironment) {
  setenv("DYAD_GAZETTEER", "/tmp/elsewhere.bin", 1);
  EXPECT_EQ(DefaultGazetteerPath(), "/tmp/elsewhere.bin");
  unsetenv("DYAD_GAZETTEER");
  EXPECT_NE(DefaultGazetteerPath().find("models/gazetteer.bin"), std::string::npos);
}

TEST(GazetteerTest, RejectsCorruptBytes) {
  std::string good = FixtureBytes();
  auto bad_magic = Gazetteer::FromBytes("NOTAGAZ!" + good.substr(8), "x.bin");
  ASSERT_FALSE(bad_magic.ok());
  EXPECT_NE(bad_magic.status().message().find("x.bin"), std::string::npos);
  // Every truncation fails cleanly.
  for (size_t n : {size_t{0}, size_t{5}, size_t{12}, good.size() / 3, good.size() / 2, good.size() - 1}) {
    auto r = Gazetteer::FromBytes(good.substr(0, n), "t.bin");
    EXPECT_FALSE(r.ok()) << "truncated to " << n;
  }
  // A flipped byte in the middle of the payload: checksum.
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x5A;
  auto r = Gazetteer::FromBytes(flipped, "f.bin");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataLoss);
}

TEST(GazetteerTest, SelfTestCatchesWrongFacts) {
  GazetteerBuilder b;
  int iq = b.AddCountry("IQ", "IRQ");
  uint32_t p = b.AddPlace("Baghdad", 33.34, 44.40, 7000000, PlaceKind::kCapital, iq, "07");
  b.AddName(p, "Baghdad");
  b.AddSelfTest("Baghdad", "IRQ", 33.34, 44.40);
  EXPECT_TRUE(Gazetteer::FromBytes(b.Serialize(), "ok.bin").ok());
  b.AddSelfTest("Baghdad", "IRQ", 36.34, 43.13);  // Mosul's point
  auto r = Gazetteer::FromBytes(b.Serialize(), "wrong.bin");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("self-test line 2"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace dyad
