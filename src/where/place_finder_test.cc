#include "where/place_finder.h"

#include <gtest/gtest.h>

#include <sstream>

#include "test_util.h"
#include "where/geonames_import.h"

namespace dyad {
namespace {

const Gazetteer& Fixture() {
  static const Gazetteer* g = [] {
    GazetteerBuilder b;
    GeoNamesImportStats st;
    Status s = ImportGeoNames(testing::TestData("places/cities.txt"), testing::TestData("places/countries.tsv"),
                              testing::TestData("places/admin1.tsv"), {}, &b, &st);
    EXPECT_TRUE(s.ok()) << s.ToString();
    auto r = Gazetteer::FromBytes(b.Serialize(), "fixture");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new Gazetteer(std::move(r).value());
  }();
  return *g;
}

std::string Describe(const Document& d, const std::vector<PlaceMention>& ms) {
  if (ms.empty()) return "-";
  std::string out;
  for (const auto& m : ms) {
    if (!out.empty()) out += "; ";
    out += std::string(d.Slice(m.place.span.start, m.place.span.end)) + "=" + m.place.country;
  }
  return out;
}

TEST(PlaceFinderTest, DataDrivenCases) {
  PlaceFinder finder(&Fixture());
  int n = testing::ForEachCase(testing::TestData("places/cases.txt"), [&](const std::string& line) -> std::string {
    auto f = testing::SplitTrim(line, "|");
    if (f.size() != 3) return "expected 'context | sentence | expected'";
    std::vector<std::string> ctx;
    if (!f[0].empty()) ctx = testing::SplitTrim(f[0], ",");
    Document d = testing::OneSentenceDocument(f[1]);
    auto ms = finder.Find(d, d.sentences[0], ctx);
    // Expected: surface=ISO3 or surface=ISO3/admin1.
    std::vector<std::string> want = f[2] == "-" ? std::vector<std::string>{} : testing::SplitTrim(f[2], ";");
    bool ok = want.size() == ms.size();
    for (size_t i = 0; ok && i < want.size(); ++i) {
      const auto& m = ms[i];
      std::string got = std::string(d.Slice(m.place.span.start, m.place.span.end)) + "=" + m.place.country;
      std::string w = want[i];
      size_t slash = w.find('/', w.find('='));
      if (slash != std::string::npos) {
        got += "/" + m.place.admin1;
      }
      ok = got == w;
    }
    return ok ? "" : "got '" + Describe(d, ms) + "', expected '" + f[2] + "'";
  });
  EXPECT_GE(n, 40);
}

TEST(PlaceFinderTest, MentionFields) {
  PlaceFinder finder(&Fixture());
  Document d = testing::OneSentenceDocument("Shells hit homes near Kharkiv.");
  auto ms = finder.Find(d, d.sentences[0]);
  ASSERT_EQ(ms.size(), 1u);
  const PlaceMention& m = ms[0];
  EXPECT_EQ(m.place.name, "Kharkiv");
  EXPECT_NEAR(m.place.lat, 49.99, 1e-5);
  EXPECT_NEAR(m.place.lon, 36.23, 1e-5);
  EXPECT_EQ(m.place.country, "UKR");
  EXPECT_EQ(m.place.admin1, "07");
  EXPECT_EQ(d.Slice(m.place.span.start, m.place.span.end), "Kharkiv");
  EXPECT_EQ(m.first_token, 4);
  EXPECT_EQ(m.last_token, 4);
  EXPECT_EQ(m.head_token, 4);
  EXPECT_TRUE(m.locative);
}

TEST(PlaceFinderTest, UsesParseForHeadOfMultiwordName) {
  PlaceFinder finder(&Fixture());
  Document d = testing::OneSentenceDocument("Crowds gathered in Rio de Janeiro.");
  auto& t = d.sentences[0].tokens;
  ASSERT_EQ(t.size(), 7u);
  // UD-style: Rio <- in (case), de Janeiro flat under Rio, Rio obl of gathered.
  int heads[] = {2, 0, 4, 2, 4, 4, 2};
  for (size_t i = 0; i < t.size(); ++i) t[i].head = heads[i];
  auto ms = finder.Find(d, d.sentences[0]);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].first_token, 3);
  EXPECT_EQ(ms[0].last_token, 5);
  EXPECT_EQ(ms[0].head_token, 3);
}

TEST(PlaceFinderTest, WithoutGazetteerFindsNothing) {
  PlaceFinder finder(nullptr);
  Document d = testing::OneSentenceDocument("Gunmen attacked a checkpoint in Baghdad.");
  EXPECT_TRUE(finder.Find(d, d.sentences[0]).empty());
  EXPECT_FALSE(finder.FindDateline("BAGHDAD", 0));
}

TEST(PlaceFinderTest, Datelines) {
  PlaceFinder finder(&Fixture());
  auto m = finder.FindDateline("KYIV", 10);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place.country, "UKR");
  EXPECT_EQ(m->place.span.start, 10u);
  EXPECT_EQ(m->place.span.end, 14u);
  m = finder.FindDateline("PARIS, Texas", 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place.country, "USA");
  EXPECT_EQ(m->place.span.end, 5u);
  m = finder.FindDateline("ALEXANDRIA, Virginia", 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place.admin1, "VA");
  EXPECT_FALSE(finder.FindDateline("NOWHERE TOWN", 0));
}

}  // namespace
}  // namespace dyad
