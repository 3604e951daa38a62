#include "dict/cameo.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

const char* kHeader = "#code\troot\tquad\tgoldstein\tplover_event\tplover_mode\tname\n";

TEST(CameoTable, ParsesAndLooksUp) {
  auto t = CameoTable::Parse(std::string(kHeader) + "19\t19\t4\t-10\tassault\t\tFIGHT\n"
                                                    "190\t19\t4\t-10\tassault\t\tUse conventional force\n"
                                                    "176\t17\t4\t\tassault\tcyber\tAttack cybernetically\n",
                             "c.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_TRUE(t->IsValid("190"));
  EXPECT_FALSE(t->IsValid("1900"));
  EXPECT_EQ(t->Root("190"), "19");
  EXPECT_EQ(t->Root("999"), "");
  EXPECT_EQ(t->Find("190")->quad_class, 4);
  EXPECT_DOUBLE_EQ(t->Find("190")->goldstein, -10);
  EXPECT_FALSE(t->Find("176")->has_goldstein);
  EXPECT_EQ(t->Find("176")->plover_mode, "cyber");
}

TEST(CameoTable, ErrorsNameFileAndLine) {
  struct Case {
    const char* row;
    const char* fragment;
  } cases[] = {{"190\t19\t4\t-10\tassault\n", "expected 7"},
               {"19x\t19\t4\t-10\ta\t\tn\n", "bad CAMEO code"},
               {"190\t18\t4\t-10\ta\t\tn\n", "root '18'"},
               {"190\t19\t7\t-10\ta\t\tn\n", "quad class"},
               {"190\t19\t4\tten\ta\t\tn\n", "Goldstein"},
               {"190\t19\t4\t-11\ta\t\tn\n", "outside"}};
  for (const Case& c : cases) {
    auto t = CameoTable::Parse(std::string(kHeader) + c.row, "c.tsv");
    ASSERT_FALSE(t.ok()) << c.row;
    EXPECT_NE(t.status().message().find("c.tsv:2:"), std::string::npos) << t.status().message();
    EXPECT_NE(t.status().message().find(c.fragment), std::string::npos) << t.status().message();
  }
  auto dup = CameoTable::Parse(std::string(kHeader) + "190\t19\t4\t-10\ta\t\tn\n190\t19\t4\t-10\ta\t\tn\n", "c.tsv");
  EXPECT_FALSE(dup.ok());
}

TEST(CameoTable, DefaultTableHasAllRootsAndQuadClasses) {
  const CameoTable* t = CameoTable::Default();
  ASSERT_NE(t, nullptr) << CameoTable::DefaultStatus().ToString();
  EXPECT_EQ(t->codes().size(), 316u);
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    ASSERT_TRUE(t->IsValid(root)) << root;
    const int q = t->Find(root)->quad_class;
    EXPECT_EQ(q, r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4) << root;
  }
  EXPECT_EQ(t->Find("0256")->root, "02");
  EXPECT_EQ(t->Find("042")->plover_event, "consult");
  EXPECT_EQ(t->Find("042")->plover_mode, "visit");
}

}  // namespace
}  // namespace dyad::dict
