#include "dict/model.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

CodeTerm Term(const char* code, std::optional<Date> from, std::optional<Date> to) {
  CodeTerm t;
  t.code = code;
  t.dated = from || to;
  if (from) t.from_day = from->ToDays();
  if (to) t.to_day = to->ToDays();
  return t;
}

TEST(SelectCode, DateBoundedSelection) {
  const std::vector<CodeTerm> terms = {
      Term("AAAGOV", Date::FromYmd(2000, 1, 1), Date::FromYmd(2010, 1, 1)),
      Term("AAAELI", Date::FromYmd(2010, 1, 1), std::nullopt),
      Term("AAA", std::nullopt, std::nullopt)};
  EXPECT_EQ(SelectCode(terms, Date::FromYmd(2000, 1, 1)), "AAAGOV");  // FROM inclusive
  EXPECT_EQ(SelectCode(terms, Date::FromYmd(2009, 12, 31)), "AAAGOV");
  EXPECT_EQ(SelectCode(terms, Date::FromYmd(2010, 1, 1)), "AAAELI");  // TO exclusive
  EXPECT_EQ(SelectCode(terms, Date::FromYmd(1999, 12, 31)), "AAA");   // default
  EXPECT_EQ(SelectCode(terms, std::nullopt), "AAA");
  // without a default: nothing before the first term; no date -> current term
  const std::vector<CodeTerm> nodefault(terms.begin(), terms.begin() + 2);
  EXPECT_EQ(SelectCode(nodefault, Date::FromYmd(1990, 1, 1)), "");
  EXPECT_EQ(SelectCode(nodefault, std::nullopt), "AAAELI");
  // overlapping (PETRARCH): the first listed wins
  const std::vector<CodeTerm> overlap = {
      Term("FIRST", Date::FromYmd(2010, 1, 9), Date::FromYmd(2010, 1, 13)),
      Term("SECOND", Date::FromYmd(2008, 1, 20), Date::FromYmd(2012, 11, 9))};
  EXPECT_EQ(SelectCode(overlap, Date::FromYmd(2010, 1, 10)), "FIRST");
  EXPECT_EQ(SelectCode(overlap, Date::FromYmd(2010, 1, 13)), "SECOND");
}

TEST(CodeTerm, ToStringRoundTripsDyadSyntax) {
  EXPECT_EQ(Term("IRQGOV", Date::FromYmd(2022, 10, 27), std::nullopt).ToString(), "IRQGOV@2022-10-27..");
  EXPECT_EQ(Term("USA", std::nullopt, std::nullopt).ToString(), "USA");
}

TEST(Dictionary, MergeRebasesVerbIndices) {
  Dictionary a, b;
  a.verbs.blocks.push_back({"A", "010", {0}, {}, {}});
  a.verbs.entries.push_back({"say", {}, {}, {"say"}, "", "", false, 0, {}});
  b.verbs.blocks.push_back({"B", "190", {0}, {}, {}});
  b.verbs.entries.push_back({"attack", {}, {}, {"attack"}, "", "", false, 0, {}});
  a.Merge(std::move(b));
  ASSERT_EQ(a.verbs.blocks.size(), 2u);
  EXPECT_EQ(a.verbs.blocks[1].verbs[0], 1);
  EXPECT_EQ(a.verbs.entries[1].block, 1);
}

}  // namespace
}  // namespace dyad::dict
