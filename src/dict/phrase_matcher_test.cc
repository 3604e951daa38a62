#include "dict/phrase_matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace dyad::dict {
namespace {

struct Phrase {
  std::vector<std::string> keys;
  uint32_t value;
  bool stem;
};

// Naive reference: try every phrase at every position.
size_t NaiveLongestAt(const std::vector<Phrase>& phrases, const std::vector<std::string>& keys,
                      size_t pos, std::vector<uint32_t>* values) {
  size_t best = 0;
  values->clear();
  for (const Phrase& p : phrases) {
    if (pos + p.keys.size() > keys.size()) continue;
    bool ok = true;
    for (size_t i = 0; i < p.keys.size() && ok; ++i) {
      const bool last = i + 1 == p.keys.size();
      ok = (last && p.stem) ? keys[pos + i].compare(0, p.keys[i].size(), p.keys[i]) == 0
                            : keys[pos + i] == p.keys[i];
    }
    if (!ok) continue;
    if (p.keys.size() > best) {
      best = p.keys.size();
      values->clear();
    }
    if (p.keys.size() == best) values->push_back(p.value);
  }
  return best;
}

TEST(PhraseMatcher, MatchesNaiveReferenceOnRandomInputs) {
  std::mt19937 rng(20240125);
  const std::vector<std::string> vocab = {"a", "ab", "abc", "b", "ba", "c", "u.s.", "al", "sudani", "x"};
  for (int round = 0; round < 200; ++round) {
    std::vector<Phrase> phrases;
    PhraseMatcher::Builder b;
    const int n = 1 + static_cast<int>(rng() % 30);
    for (int i = 0; i < n; ++i) {
      Phrase p;
      const int len = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < len; ++k) p.keys.push_back(vocab[rng() % vocab.size()]);
      p.value = static_cast<uint32_t>(i);
      p.stem = rng() % 5 == 0;
      b.Add(p.keys, p.value, p.stem);
      phrases.push_back(p);
    }
    PhraseMatcher m = std::move(b).Build();
    EXPECT_EQ(m.num_phrases(), phrases.size());
    std::vector<std::string> text;
    const int tlen = static_cast<int>(rng() % 25);
    for (int k = 0; k < tlen; ++k) text.push_back(vocab[rng() % vocab.size()]);
    std::vector<uint32_t> got, want;
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      const size_t gl = m.LongestAt(text, pos, &got);
      const size_t wl = NaiveLongestAt(phrases, text, pos, &want);
      std::sort(got.begin(), got.end());
      std::sort(want.begin(), want.end());
      ASSERT_EQ(gl, wl) << "round " << round << " pos " << pos;
      ASSERT_EQ(got, want) << "round " << round << " pos " << pos;
      // AllAt holds every naive match of every length.
      std::vector<PhraseMatcher::Match> all;
      m.AllAt(text, pos, &all);
      size_t naive_all = 0;
      for (const Phrase& p : phrases) {
        std::vector<Phrase> one{p};
        std::vector<uint32_t> v;
        if (NaiveLongestAt(one, text, pos, &v) > 0) ++naive_all;
      }
      ASSERT_EQ(all.size(), naive_all) << "round " << round << " pos " << pos;
    }
    // FindLongest: leftmost-longest, non-overlapping.
    size_t pos = 0;
    std::vector<PhraseMatcher::Match> found = m.FindLongest(text);
    size_t fi = 0;
    while (pos < text.size()) {
      const size_t wl = NaiveLongestAt(phrases, text, pos, &want);
      if (wl == 0) {
        ++pos;
        continue;
      }
      for (size_t k = 0; k < want.size(); ++k, ++fi) {
        ASSERT_LT(fi, found.size());
        EXPECT_EQ(found[fi].begin, pos);
        EXPECT_EQ(found[fi].end, pos + wl);
      }
      pos += wl;
    }
    EXPECT_EQ(fi, found.size());
  }
}

TEST(PhraseMatcher, EmptyMatcherMatchesNothing) {
  PhraseMatcher m;
  std::vector<uint32_t> v;
  EXPECT_EQ(m.LongestAt({"a"}, 0, &v), 0u);
  EXPECT_TRUE(m.FindLongest({"a", "b"}).empty());
  EXPECT_FALSE(m.ContainsAny({"a"}));
}

}  // namespace
}  // namespace dyad::dict
