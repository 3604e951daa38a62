// Loads the full PETRARCH-2/Phoenix dictionaries and the PETRARCH validation
// dictionaries from ../shared, and compares kb/cameo.tsv with the CAMEO
// codebook. Timing is measured in bench/dict_bench.cc, not here.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "dict/cameo.h"
#include "dict/check.h"
#include "dict/compiled.h"
#include "dict/reader.h"
#include "test_util.h"

namespace dyad::dict {
namespace {

void ReadOk(const std::string& path, Dictionary* d, std::vector<Issue>* issues) {
  ASSERT_TRUE(ReadFileInto(path, std::nullopt, d, issues).ok()) << path;
}

TEST(PhoenixDict, FullSetLoadsAndCompiles) {
  DYAD_REQUIRE_SHARED(verbs, "data/phoenix/CAMEO.2.0.txt");
  Dictionary d;
  std::vector<Issue> issues;
  ReadOk(verbs, &d, &issues);
  for (const char* f : {"data/phoenix/Phoenix.Countries.actors.txt", "data/phoenix/Phoenix.International.actors.txt",
                        "data/phoenix/Phoenix.MilNonState.actors.txt", "data/phoenix/Phoenix.agents.txt",
                        "data/phoenix/Phoenix.discards.txt"}) {
    DYAD_REQUIRE_SHARED(path, f);
    ReadOk(path, &d, &issues);
  }
  EXPECT_EQ(ErrorCount(issues), 0u) << issues[0].ToString();
  DictStats s = ComputeStats(d);
  // 4,669 pattern lines, of which 3 are malformed in the file (skipped with a warning)
  EXPECT_EQ(s.patterns, 4666);
  EXPECT_GT(s.verbs, 1500);
  EXPECT_EQ(d.verbs.transforms.size(), 8u);
  EXPECT_GT(s.actor_entries, 20000);
  EXPECT_GT(s.actor_names, 30000);
  EXPECT_GT(s.agents, 2247);  // entries plus generated plurals
  EXPECT_GT(s.discards_sentence + s.discards_story, 400);
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    EXPECT_GT(s.patterns_per_root[root], 0) << root;
  }
  auto c = CompiledDictionary::Compile(std::move(d));
  ASSERT_TRUE(c.ok());
  // A few real-world lookups through the compiled matchers.
  std::vector<Token> toks;
  for (const char* w : {"Afghanistan", "and", "the", "United", "Nations", "agreed"}) {
    Token t;
    t.form = w;
    toks.push_back(t);
  }
  auto actors = c->MatchActors(KeysOfTokens(toks), Date::FromYmd(2014, 1, 1));
  std::set<std::string> codes;
  for (const ActorMatch& m : actors) codes.insert(m.code);
  EXPECT_TRUE(codes.count("AFG"));
  EXPECT_TRUE(codes.count("IGOUNO"));
  EXPECT_FALSE(c->VerbsForForm("accelerated").empty());
}

TEST(PhoenixDict, ValidationDictionariesLoad) {
  Dictionary d;
  std::vector<Issue> issues;
  for (const char* f : {"validation/petrarch/PETR.Validate.verbs.txt", "validation/petrarch/PETR.Validate.actors.txt",
                        "validation/petrarch/PETR.Validate.agents.txt", "validation/petrarch/PETR.Validate.discards.txt"}) {
    DYAD_REQUIRE_SHARED(path, f);
    ReadOk(path, &d, &issues);
  }
  EXPECT_EQ(ErrorCount(issues), 0u) << issues[0].ToString();
  auto c = CompiledDictionary::Compile(std::move(d));
  ASSERT_TRUE(c.ok());
  // GOLLUM's date-bounded codes (inclusive PETRARCH limits)
  std::vector<Token> toks(1);
  toks[0].form = "Smeagol";
  EXPECT_EQ(c->MatchActors(KeysOfTokens(toks), Date::FromYmd(1995, 6, 1))[0].code, "HOB");
  EXPECT_EQ(c->MatchActors(KeysOfTokens(toks), Date::FromYmd(1997, 1, 1))[0].code, "HOBGOV");
  EXPECT_EQ(c->MatchActors(KeysOfTokens(toks), Date::FromYmd(2001, 1, 1))[0].code, "HOBREB");
  // substitution sets and generated plurals in the agents
  toks[0].form = "congresswoman";
  ASSERT_EQ(c->MatchAgents(KeysOfTokens(toks)).size(), 1u);
}

TEST(CameoTableConformance, SameCodesAndFactsAsCodebook) {
  DYAD_REQUIRE_SHARED(codebook, "data/cameo/codebook.tsv");
  const CameoTable* t = CameoTable::Default();
  ASSERT_NE(t, nullptr) << CameoTable::DefaultStatus().ToString();
  std::istringstream in(testing::ReadAll(codebook));
  std::string line;
  std::getline(in, line);  // header
  std::set<std::string> seen;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> f;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      f.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    ASSERT_GE(f.size(), 5u);
    const CameoCode* c = t->Find(f[0]);
    ASSERT_NE(c, nullptr) << "codebook code " << f[0] << " missing from kb/cameo.tsv";
    seen.insert(f[0]);
    EXPECT_EQ(c->root, f[1]) << f[0];
    EXPECT_EQ(std::to_string(c->quad_class), f[2]) << f[0];
    if (f[3].empty()) {
      EXPECT_FALSE(c->has_goldstein) << f[0];
    } else {
      EXPECT_DOUBLE_EQ(c->goldstein, std::stod(f[3])) << f[0];
    }
  }
  for (const CameoCode& c : t->codes()) EXPECT_TRUE(seen.count(c.code)) << c.code << " not in the codebook";
}

}  // namespace
}  // namespace dyad::dict
