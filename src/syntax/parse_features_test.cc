#include "syntax/parse_features.h"

#include <gtest/gtest.h>

#include <set>

namespace dyad {
namespace {

bool UsesAtom(const ParseTemplate& t, Atom a) {
  for (Atom x : t.atoms)
    if (x == a) return true;
  return false;
}

// "Jets struck depots by/in night": stack ROOT jets struck depots is not
// needed; here s0 = "depots" (word 3), b0 = "night" (word 5) whose leftmost
// child is already the preposition (word 4, `prep`).
std::vector<uint64_t> Features(std::string_view prep, std::string_view head = "depots") {
  std::vector<std::string_view> forms = {"Jets", "struck", head, prep, "night"};
  std::vector<std::string> upos = {"NOUN", "VERB", "NOUN", "ADP", "NOUN"};
  std::vector<std::string> xpos = {"NNS", "VBD", "NNS", "IN", "NN"};
  ParseInput in;
  in.Set(forms, upos, xpos);
  ParseState s;
  s.Init(5);
  s.stack = {0, 2, 3};
  s.AddArc(2, 1, 1);
  s.AddArc(5, 4, 2);
  s.b0 = 5;
  std::vector<uint64_t> f;
  ExtractParseFeatures(s, in, &f);
  return f;
}

TEST(ParseFeaturesTest, OneDistinctHashPerTemplate) {
  auto f = Features("by");
  ASSERT_EQ(f.size(), ParseTemplates().size());
  // Different templates never share a hash (the template id is mixed in).
  EXPECT_EQ(std::set<uint64_t>(f.begin(), f.end()).size(), f.size());
  EXPECT_EQ(f, Features("by"));  // deterministic
}

TEST(ParseFeaturesTest, ChildWordChangesExactlyTheTemplatesThatReadIt) {
  auto by = Features("by"), in = Features("in");
  const auto& t = ParseTemplates();
  int differing = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (UsesAtom(t[i], B0L1W)) {
      EXPECT_NE(by[i], in[i]) << TemplateName(t[i]);
      ++differing;
    } else {
      EXPECT_EQ(by[i], in[i]) << TemplateName(t[i]);
    }
  }
  EXPECT_GE(differing, 1);
}

TEST(ParseFeaturesTest, WordsAreCaseFoldedAndDigitsFolded) {
  EXPECT_EQ(HashWord("Strikes"), HashWord("strikes"));
  EXPECT_EQ(HashWord("1984"), HashWord("2025"));
  EXPECT_NE(HashWord("strikes"), HashWord("strike"));
  // Word attributes feed the s0 word templates: another s0 word, other hashes.
  auto a = Features("by", "depots"), b = Features("by", "Depots"), c = Features("by", "talks");
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
}

}  // namespace
}  // namespace dyad
