#include "text/abbreviations.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::text {
namespace {

TEST(Abbreviations, TableEntriesByKind) {
  EXPECT_EQ(ClassifyAbbreviation("Mr."), AbbrevKind::kNoEnd);
  EXPECT_EQ(ClassifyAbbreviation("Messrs."), AbbrevKind::kNoEnd);  // the longest keys
  EXPECT_EQ(ClassifyAbbreviation("approx."), AbbrevKind::kNoEnd);
  EXPECT_EQ(ClassifyAbbreviation("Sept."), AbbrevKind::kNoEnd);
  EXPECT_EQ(ClassifyAbbreviation("No."), AbbrevKind::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("pp."), AbbrevKind::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("Inc."), AbbrevKind::kMayEnd);
  EXPECT_EQ(ClassifyAbbreviation("a.k.a."), AbbrevKind::kMayEnd);
  EXPECT_EQ(ClassifyAbbreviation("D.D.S."), AbbrevKind::kMayEnd);
  // "Sec" (title) is listed before "sec" (seconds): each spelling its own.
  EXPECT_EQ(ClassifyAbbreviation("Sec."), AbbrevKind::kNoEnd);
  EXPECT_EQ(ClassifyAbbreviation("sec."), AbbrevKind::kMayEnd);
}

TEST(Abbreviations, CapitalisedLowercaseEntriesAndPlainWords) {
  EXPECT_EQ(ClassifyAbbreviation("Etc."), AbbrevKind::kMayEnd);   // "etc" capitalised
  EXPECT_EQ(ClassifyAbbreviation("Est."), AbbrevKind::kMayEnd);
  EXPECT_EQ(ClassifyAbbreviation("no."), AbbrevKind::kNone);      // only "No." is an entry
  EXPECT_EQ(ClassifyAbbreviation("said."), AbbrevKind::kNone);
  EXPECT_EQ(ClassifyAbbreviation("Government."), AbbrevKind::kNone);  // longer than any key
  EXPECT_EQ(ClassifyAbbreviation("Mr"), AbbrevKind::kNone);       // no full stop
  EXPECT_EQ(ClassifyAbbreviation("."), AbbrevKind::kNone);
  EXPECT_EQ(ClassifyAbbreviation(""), AbbrevKind::kNone);
}

TEST(Abbreviations, InitialsAndDottedLetters) {
  EXPECT_EQ(ClassifyAbbreviation("J."), AbbrevKind::kNoEnd);
  EXPECT_EQ(ClassifyAbbreviation("p."), AbbrevKind::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("x."), AbbrevKind::kNone);
  EXPECT_EQ(ClassifyAbbreviation("U.S."), AbbrevKind::kAcronym);
  EXPECT_EQ(ClassifyAbbreviation("a.m."), AbbrevKind::kAcronym);
  EXPECT_EQ(ClassifyAbbreviation("U.S.A."), AbbrevKind::kAcronym);
}

TEST(Abbreviations, EveryShortWordMissesOrHits) {
  // Every 1-3 letter stem of ASCII letters ends its lookup (the probe
  // stops at a free slot), and none that is not an entry is taken for one.
  int hits = 0;
  std::string w;
  for (char a = 'A'; a <= 'z'; ++a)
    for (char b = 'A'; b <= 'z'; ++b) {
      w = std::string{a, b, '.'};
      if (ClassifyAbbreviation(w) != AbbrevKind::kNone) ++hits;
    }
  EXPECT_GT(hits, 20);   // Mr, Dr, St, No, ...
  EXPECT_LT(hits, 200);
}

}  // namespace
}  // namespace dyad::text
