#include "syntax/tree_span.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

// "the army of Chad attacked rebels": the(2) army(5) of(4) Chad(2) attacked(0) rebels(5).
const std::vector<int> kHeads = {2, 5, 4, 2, 0, 5};

TEST(TreeSpan, Dominates) {
  EXPECT_TRUE(Dominates(kHeads, 4, 0));   // attacked > the
  EXPECT_TRUE(Dominates(kHeads, 1, 3));   // army > Chad
  EXPECT_TRUE(Dominates(kHeads, 3, 3));   // a word dominates itself
  EXPECT_FALSE(Dominates(kHeads, 3, 1));  // Chad does not dominate army
  EXPECT_FALSE(Dominates(kHeads, 1, 5));  // rebels is not in the subject
  EXPECT_FALSE(Dominates(kHeads, 1, 9));  // out of range
}

TEST(TreeSpan, Edges) {
  EXPECT_EQ(LeftEdge(kHeads, 1), 0);
  EXPECT_EQ(RightEdge(kHeads, 1), 3);
  EXPECT_EQ(LeftEdge(kHeads, 4), 0);
  EXPECT_EQ(RightEdge(kHeads, 4), 5);
  EXPECT_EQ(LeftEdge(kHeads, 5), 5);
  EXPECT_EQ(RightEdge(kHeads, 5), 5);
}

TEST(TreeSpan, BrokenTreesEnd) {
  // A cycle (1 <-> 2) must not loop forever.
  const std::vector<int> cycle = {2, 1, 0};
  EXPECT_FALSE(Dominates(cycle, 2, 0));
  EXPECT_EQ(LeftEdge(cycle, 2), 2);
}

}  // namespace
}  // namespace dyad
