#include "dict/compiled.h"

#include <gtest/gtest.h>

#include "dict/reader.h"

namespace dyad::dict {
namespace {

CompiledDictionary Build(const std::vector<std::string>& texts) {
  Dictionary d;
  std::vector<Issue> issues;
  for (size_t i = 0; i < texts.size(); ++i) ReadDyad(texts[i], "f" + std::to_string(i), &d, &issues);
  EXPECT_EQ(ErrorCount(issues), 0u) << (issues.empty() ? "" : issues[0].ToString());
  Result<CompiledDictionary> c = CompiledDictionary::Compile(std::move(d));
  EXPECT_TRUE(c.ok());
  return std::move(c.value());
}

std::vector<Token> Tokens(const std::vector<std::string>& forms) {
  std::vector<Token> out;
  for (const std::string& f : forms) {
    Token t;
    t.form = f;
    out.push_back(t);
  }
  return out;
}

TEST(Compiled, ActorsLongestMatchDateBoundedAndHyphenInsensitive) {
  CompiledDictionary c = Build({
      "#!dyad-dict actors 1\n"
      "actor GONGOV@2020-01-01..2024-06-01 , GONELI@2024-06-01.. : Faramir al-Hurin; ~al-Hurin\n"
      "actor GON : Gondor; Gondor City\n"
      "actor MOR : Mordor\n"});
  // the tokenizer may split the hyphen or not: both match
  for (const auto& forms : std::vector<std::vector<std::string>>{
           {"Faramir", "al-Hurin", "met", "Gondor", "City", "envoys"},
           {"Faramir", "al", "-", "Hurin", "met", "GONDOR", "city", "envoys"}}) {
    TokenKeys keys = KeysOfTokens(Tokens(forms));
    auto m = c.MatchActors(keys, Date::FromYmd(2023, 5, 1));
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].code, "GONGOV");
    EXPECT_EQ(m[0].token_begin, 0u);
    EXPECT_EQ(m[0].token_end, forms.size() == 6 ? 2u : 4u);
    EXPECT_EQ(m[1].code, "GON");
    EXPECT_EQ(m[1].token_end - m[1].token_begin, 2u);  // "Gondor City", the longest
    auto later = c.MatchActors(keys, Date::FromYmd(2025, 1, 1));
    EXPECT_EQ(later[0].code, "GONELI");
    auto before = c.MatchActors(keys, Date::FromYmd(2010, 1, 1));
    EXPECT_EQ(before[0].code, "");  // no term applies, no default
  }
  TokenKeys weak = KeysOfTokens(Tokens({"Minister", "al-Hurin"}));
  auto w = c.MatchActors(weak, std::nullopt);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_TRUE(w[0].weak);
  EXPECT_EQ(w[0].code, "GONELI");  // no date: the current (open-ended) term
  auto at = c.ActorsAt(KeysOfTokens(Tokens({"in", "Mordor"})), 1, std::nullopt);
  ASSERT_EQ(at.size(), 1u);
  EXPECT_EQ(at[0].code, "MOR");
}

TEST(Compiled, CurlyQuotesAndCaseAreFolded) {
  CompiledDictionary c = Build({"#!dyad-dict actors 1\nactor GON : King's Men\n"});
  auto m = c.MatchActors(KeysOfTokens(Tokens({"KING\xe2\x80\x99S", "men"})), std::nullopt);
  ASSERT_EQ(m.size(), 1u);
}

TEST(Compiled, AgentsAdjectivesDiscards) {
  CompiledDictionary c = Build({"#!dyad-dict actors 1\nadj GON : Gondorian\n",
                                "#!dyad-dict agents 1\nagent COP : police; riot police\n",
                                "#!dyad-dict discards 1\nsentence : world cup\nstory : horoscope\n"});
  TokenKeys k = KeysOfTokens(Tokens({"Gondorian", "riot", "police", "watched", "the", "World", "Cup"}));
  auto adj = c.MatchAdjectives(k);
  ASSERT_EQ(adj.size(), 1u);
  EXPECT_EQ(adj[0].code, "GON");
  auto ag = c.MatchAgents(k);
  ASSERT_EQ(ag.size(), 1u);
  EXPECT_EQ(ag[0].token_begin, 1u);
  EXPECT_EQ(ComposeAgent(adj[0].code, c.model().agents.entries[ag[0].entry]), "GONCOP");
  auto dis = c.MatchDiscards(k);
  ASSERT_EQ(dis.size(), 1u);
  EXPECT_FALSE(dis[0].story);
}

TEST(Compiled, VerbsByLemmaFormSynsetAndSpecificity) {
  CompiledDictionary c = Build({
      "#!dyad-dict verbs 1\n"
      "set &TALKS : talk; negotiation\n"
      "verb 040 : hold $T\n"
      "verb 043 : hold &TALKS with $T\n"
      "noun 036 : &TALKS with $T\n"});
  const auto& hold = c.VerbsForLemma("hold");
  ASSERT_EQ(hold.size(), 1u);
  EXPECT_EQ(c.VerbsForForm("held"), hold);
  EXPECT_EQ(c.VerbsForForm("Holding"), hold);
  const auto& pats = c.PatternsForVerb(hold[0]);
  ASSERT_EQ(pats.size(), 2u);
  EXPECT_EQ(pats[0]->code, "043");  // more specific first
  EXPECT_EQ(c.DefaultCode(hold[0]), "---");
  EXPECT_EQ(c.VerbsForLemma("negotiation").size(), 1u);
  EXPECT_EQ(c.VerbsForForm("negotiations").size(), 1u);
  EXPECT_TRUE(c.InSynset("TALKS", "talk"));
  EXPECT_FALSE(c.InSynset("TALKS", "war"));
}

TEST(Compiled, UndefinedSynsetDropsPatternWithIssue) {
  Dictionary d;
  std::vector<Issue> issues;
  ReadDyad("#!dyad-dict verbs 1\nverb 043 : hold &NOPE with $T\n", "v", &d, &issues);
  auto c = CompiledDictionary::Compile(std::move(d));
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(c->issues().size(), 1u);
  EXPECT_NE(c->issues()[0].message.find("&NOPE"), std::string::npos);
  EXPECT_TRUE(c->PatternsForVerb(c->VerbsForLemma("hold")[0]).empty());
}

TEST(Compiled, PetrarchMultiwordVerbs) {
  Dictionary d;
  std::vector<Issue> issues;
  ReadPetrarchVerbs("--- BREAK [171] ---\nBREAK {BROKE BROKEN}\n+BREAK_DOWN {+BROKE_DOWN}\n", "v", &d,
                    &issues);
  auto c = CompiledDictionary::Compile(std::move(d));
  ASSERT_TRUE(c.ok());
  std::vector<Token> toks = Tokens({"talks", "broke", "down"});
  TokenKeys k = KeysOfTokens(toks), l = KeysOfLemmas(toks);
  auto mw = c->MultiwordVerbsAt(k, l, 1);
  ASSERT_EQ(mw.size(), 1u);
  EXPECT_EQ(c->verb(mw[0]).after[0], "down");
  EXPECT_TRUE(c->MultiwordVerbsAt(k, l, 0).empty());
}

}  // namespace
}  // namespace dyad::dict
