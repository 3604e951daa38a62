#include "pipeline/petrarch_suite.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace dyad {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path) << content;
  return path;
}

TEST(PetrarchSuiteReader, ReadsRecordsAndRefusesBadDates) {
  std::string ok = WriteTemp("dyad_suite_ok.xml",
                             "<Sentences>\n<Sentence date=\"20150102\" id=\"T-1\" category=\"X\">\n"
                             "<EventCoding sourcecode=\"AAA\" targetcode=\"BBB\" eventcode=\"040\"/>\n"
                             "<Text>Aland   met\n Borduria.</Text>\n</Sentence>\n</Sentences>\n");
  auto suite = ReadPetrarchSuite(ok);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->records.size(), 1u);
  EXPECT_EQ(suite->records[0].text, "Aland met Borduria.");
  EXPECT_EQ(suite->records[0].date, "20150102");

  std::string bad = WriteTemp("dyad_suite_bad_date.xml",
                              "<Sentences>\n<Sentence date=\"2021abcd\" id=\"T-2\">\n"
                              "<Text>Aland met Borduria.</Text>\n</Sentence>\n</Sentences>\n");
  auto r = ReadPetrarchSuite(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("dyad_suite_bad_date.xml:2:"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("2021abcd"), std::string::npos);
  std::remove(ok.c_str());
  std::remove(bad.c_str());
}

// Nested entity declarations (a "billion laughs") must not expand without
// bound: the reader refuses the file or reads a bounded text.
TEST(PetrarchSuiteReader, EntityExpansionIsBounded) {
  std::string x = "<?xml version=\"1.0\"?>\n<!DOCTYPE s [\n<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n";
  std::string prev = "a";
  for (int i = 0; i < 9; ++i) {
    std::string name = "e" + std::to_string(i);
    x += "<!ENTITY " + name + " \"";
    for (int k = 0; k < 10; ++k) x += "&" + prev + ";";
    x += "\">\n";
    prev = name;
  }
  x += "]>\n<Sentences><Sentence id=\"B-1\"><Text>&" + prev + ";</Text></Sentence></Sentences>\n";
  std::string path = WriteTemp("dyad_suite_bomb.xml", x);
  auto r = ReadPetrarchSuite(path);
  if (r.ok()) {
    for (const auto& rec : r->records) EXPECT_LT(rec.text.size(), 1u << 20);
  }
  std::remove(path.c_str());
}

}  // namespace
}  // namespace dyad
