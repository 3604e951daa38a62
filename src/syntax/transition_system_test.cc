#include "syntax/transition_system.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

#include "syntax/conllu.h"
#include "test_util.h"

namespace dyad {
namespace {

// Labels: 0 = root, 1 = nsubj, 2 = obj, 3 = punct.
constexpr int kRoot = 0, kNsubj = 1, kObj = 2, kPunct = 3;

// "Rebels shelled towns ." : shelled is root; Rebels nsubj, towns obj, . punct.
GoldTree SmallGold() {
  GoldTree g;
  g.head = {0, 2, 0, 2, 2};
  g.label = {-1, kNsubj, kRoot, kObj, kPunct};
  return g;
}

ParseState Fresh(int n) {
  ParseState s;
  s.Init(n);
  s.root_label = kRoot;
  return s;
}

TEST(TransitionSystemTest, ClassEncodingRoundTrips) {
  for (int l = 0; l < 40; ++l) {
    EXPECT_EQ(MoveOf(ClassOf(Move::kLeft, l)), Move::kLeft);
    EXPECT_EQ(LabelOf(ClassOf(Move::kLeft, l)), l);
    EXPECT_EQ(MoveOf(ClassOf(Move::kRight, l)), Move::kRight);
    EXPECT_EQ(LabelOf(ClassOf(Move::kRight, l)), l);
  }
  EXPECT_EQ(MoveOf(0), Move::kShift);
  EXPECT_EQ(NumClasses(4), 9);
}

TEST(TransitionSystemTest, ShiftValidOnlyWithBuffer) {
  ParseState s = Fresh(2);
  EXPECT_TRUE(kMoves[0].is_valid(s));
  Apply(&s, 0);
  Apply(&s, 0);
  EXPECT_FALSE(kMoves[0].is_valid(s));
  EXPECT_FALSE(IsValid(s, 0));
}

TEST(TransitionSystemTest, LeftNeedsWordOnStackAndBuffer) {
  ParseState s = Fresh(2);
  EXPECT_FALSE(kMoves[1].is_valid(s));  // only ROOT on the stack
  Apply(&s, 0);
  EXPECT_TRUE(kMoves[1].is_valid(s));
  EXPECT_TRUE(IsValid(s, ClassOf(Move::kLeft, kNsubj)));
  EXPECT_FALSE(IsValid(s, ClassOf(Move::kLeft, kRoot)));  // root label only from ROOT
  Apply(&s, 0);
  EXPECT_FALSE(kMoves[1].is_valid(s));  // buffer empty
}

TEST(TransitionSystemTest, RightOntoRootOnlyAtTheEnd) {
  ParseState s = Fresh(2);
  Apply(&s, 0);  // stack ROOT 1, buffer 2
  EXPECT_FALSE(kMoves[2].is_valid(s));
  Apply(&s, 0);  // stack ROOT 1 2
  EXPECT_TRUE(kMoves[2].is_valid(s));
  EXPECT_FALSE(IsValid(s, ClassOf(Move::kRight, kRoot)));
  Apply(&s, ClassOf(Move::kRight, kObj));  // 1 -> 2
  EXPECT_EQ(s.head[2], 1);
  EXPECT_TRUE(IsValid(s, ClassOf(Move::kRight, kRoot)));
  EXPECT_FALSE(IsValid(s, ClassOf(Move::kRight, kObj)));
  Apply(&s, ClassOf(Move::kRight, kRoot));
  EXPECT_TRUE(s.Terminal());
  EXPECT_EQ(s.head[1], 0);
  EXPECT_EQ(s.label[1], kRoot);
}

TEST(TransitionSystemTest, ApplyTracksChildren) {
  ParseState s = Fresh(4);
  Apply(&s, 0);                             // ROOT 1 | 2 3 4
  Apply(&s, ClassOf(Move::kLeft, kNsubj));  // 2 -> 1
  EXPECT_EQ(s.head[1], 2);
  EXPECT_EQ(s.l1[2], 1);
  EXPECT_EQ(s.nl[2], 1);
  Apply(&s, 0);  // ROOT 2 | 3 4
  Apply(&s, 0);  // ROOT 2 3 | 4
  Apply(&s, ClassOf(Move::kRight, kObj));
  EXPECT_EQ(s.r1[2], 3);
  EXPECT_EQ(s.nr[2], 1);
  EXPECT_NE(s.rset[2] & (1ULL << kObj), 0u);
}

TEST(TransitionSystemTest, ShiftCostCountsLostArcs) {
  GoldTree g = SmallGold();
  ParseState s = Fresh(4);
  EXPECT_EQ(Cost(s, g, 0), 0);  // shifting 1 loses nothing
  Apply(&s, 0);                 // ROOT 1 | 2 3 4
  // Shifting 2 would lose 1's head (2 can no longer take 1 as a dependent)
  // and 2's own arc from ROOT (1 would stay between them).
  EXPECT_EQ(Cost(s, g, 0), 2);
}

TEST(TransitionSystemTest, LeftCostCountsLostArcs) {
  GoldTree g = SmallGold();
  ParseState s = Fresh(4);
  Apply(&s, 0);  // ROOT 1 | 2 3 4
  EXPECT_EQ(Cost(s, g, ClassOf(Move::kLeft, kNsubj)), 0);
  EXPECT_EQ(Cost(s, g, ClassOf(Move::kLeft, kObj)), 1);  // right head, wrong label
  Apply(&s, ClassOf(Move::kLeft, kNsubj));
  Apply(&s, 0);  // ROOT 2 | 3 4
  // Popping 2 under 3 loses its ROOT arc and its dependents 3 and 4.
  EXPECT_EQ(Cost(s, g, ClassOf(Move::kLeft, kObj)), 3);
}

TEST(TransitionSystemTest, RightCostCountsLostArcs) {
  GoldTree g = SmallGold();
  ParseState s = Fresh(4);
  Apply(&s, 0);
  Apply(&s, ClassOf(Move::kLeft, kNsubj));
  Apply(&s, 0);
  Apply(&s, 0);  // ROOT 2 3 | 4
  EXPECT_EQ(Cost(s, g, ClassOf(Move::kRight, kObj)), 0);
  EXPECT_EQ(Cost(s, g, ClassOf(Move::kRight, kPunct)), 1);
  // SHIFT 4 onto 3: 4 could then only take 3 as head, so its arc from 2 is lost.
  EXPECT_EQ(Cost(s, g, 0), 1);
  // A wrong RIGHT: 3's head is 2 (= s1) so RIGHT is free, but if 3's gold
  // head were 4 (in the buffer), RIGHT would lose it.
  GoldTree g2 = g;
  g2.head[3] = 4;
  EXPECT_EQ(Cost(s, g2, ClassOf(Move::kRight, kObj)), 1);
}

std::vector<ConlluSentence> Fixture(const std::string& name) {
  auto r = ReadConllu(testing::TestData("syntax/" + name));
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<ConlluSentence>{};
}

struct Labeled {
  std::map<std::string, int> ids;
  GoldTree Gold(const ConlluSentence& s) {
    GoldTree g;
    g.head.assign(s.words.size() + 1, 0);
    g.label.assign(s.words.size() + 1, -1);
    for (size_t i = 0; i < s.words.size(); ++i) {
      g.head[i + 1] = s.words[i].head;
      auto [it, added] = ids.emplace(s.words[i].deprel, static_cast<int>(ids.size()));
      g.label[i + 1] = it->second;
    }
    return g;
  }
  int NumLabels() const { return static_cast<int>(ids.size()); }
};

// The static oracle (always a zero-cost move) rebuilds every projective tree exactly.
TEST(TransitionSystemTest, StaticOracleReproducesProjectiveTrees) {
  auto sents = Fixture("projective.conllu");
  ASSERT_GE(sents.size(), 8u);
  Labeled lab;
  lab.ids["root"] = 0;
  for (auto& s : sents) lab.Gold(s);
  const int nc = NumClasses(lab.NumLabels());
  for (auto& sent : sents) {
    GoldTree g = lab.Gold(sent);
    ASSERT_TRUE(IsProjective(g.head)) << sent.text;
    ParseState s = Fresh(static_cast<int>(sent.words.size()));
    int steps = 0;
    while (!s.Terminal()) {
      int pick = -1;
      for (int c = 0; c < nc && pick < 0; ++c)
        if (IsValid(s, c) && Cost(s, g, c) == 0) pick = c;
      ASSERT_GE(pick, 0) << "no zero-cost move in: " << sent.text;
      Apply(&s, pick);
      ASSERT_LT(++steps, 1000);
    }
    EXPECT_EQ(steps, 2 * static_cast<int>(sent.words.size()));
    for (size_t i = 1; i < g.head.size(); ++i) {
      EXPECT_EQ(s.head[i], g.head[i]) << sent.text << " word " << i;
      EXPECT_EQ(s.label[i], g.label[i]) << sent.text << " word " << i;
    }
  }
}

// Dynamic oracle: along any path of valid moves, the costs of the moves
// taken add up to the errors of the final tree, and from any reachable state
// some move loses nothing more.
TEST(TransitionSystemTest, CostsAddUpToFinalErrorsOnRandomPaths) {
  auto sents = Fixture("projective.conllu");
  Labeled lab;
  lab.ids["root"] = 0;
  for (auto& s : sents) lab.Gold(s);
  const int nc = NumClasses(lab.NumLabels());
  std::mt19937 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    const auto& sent = sents[trial % sents.size()];
    GoldTree g = lab.Gold(sent);
    ParseState s = Fresh(static_cast<int>(sent.words.size()));
    int total = 0;
    const double p_random = (trial % 5) / 4.0;
    while (!s.Terminal()) {
      std::vector<int> valid;
      int best = -1, best_cost = 1 << 20;
      for (int c = 0; c < nc; ++c) {
        if (!IsValid(s, c)) continue;
        valid.push_back(c);
        int k = Cost(s, g, c);
        if (k < best_cost) {
          best_cost = k;
          best = c;
        }
      }
      ASSERT_FALSE(valid.empty());
      ASSERT_EQ(best_cost, 0) << "the best move should lose nothing more: " << sent.text;
      int pick = std::uniform_real_distribution<double>(0, 1)(rng) < p_random
                     ? valid[std::uniform_int_distribution<size_t>(0, valid.size() - 1)(rng)]
                     : best;
      total += Cost(s, g, pick);
      Apply(&s, pick);
    }
    int errors = 0;
    for (size_t i = 1; i < g.head.size(); ++i) errors += s.head[i] != g.head[i] || s.label[i] != g.label[i];
    EXPECT_EQ(total, errors) << sent.text << " trial " << trial;
  }
}

TEST(TransitionSystemTest, ProjectivizeLiftsCrossingArc) {
  auto sents = Fixture("nonprojective.conllu");
  ASSERT_EQ(sents.size(), 1u);
  std::vector<int> heads = {0};
  for (auto& w : sents[0].words) heads.push_back(w.head);
  EXPECT_FALSE(IsProjective(heads));
  EXPECT_EQ(ProjectivizeHeads(&heads), 1);
  EXPECT_TRUE(IsProjective(heads));
  EXPECT_EQ(heads[7], 4);  // "issue" lifted from "hearing" to "scheduled"
  for (size_t i = 1; i < heads.size(); ++i)
    if (i != 7) EXPECT_EQ(heads[i], sents[0].words[i - 1].head);
}

TEST(TransitionSystemTest, ProjectiveTreesAreLeftAlone) {
  for (auto& sent : Fixture("projective.conllu")) {
    std::vector<int> heads = {0};
    for (auto& w : sent.words) heads.push_back(w.head);
    std::vector<int> before = heads;
    EXPECT_EQ(ProjectivizeHeads(&heads), 0);
    EXPECT_EQ(heads, before);
  }
}

}  // namespace
}  // namespace dyad
