#include <gtest/gtest.h>

#include "dict/reader.h"

namespace dyad::dict {
namespace {

TEST(PetrarchVerbs, BlocksFormsPatternsSynsets) {
  const char* text =
      "<!-- header comment -->\n"
      "&CURRENCY\n+DOLLAR\n+GOLD_COIN_\n\n"
      "&MONEYSYN_\n+&CURRENCY\n+CASH\n\n"
      "--- LEND  [070:071] ---\n"
      "LEND {LENDS LENT LENDING}  # irregular\n"
      "+HAND_OVER {+HANDS_OVER +HANDED_OVER}\n"
      "WIRE_+TRANSFER [072]\n"
      "- * &CURRENCY (TO +)  [0711]  # LEND\n"
      "- $ OFFICIALS * {EMERGENCY LOAN} [0712]\n"
      "- SAID_* (FROM ^) [:073]\n"
      "~ a (a b LEND) SAY = a b 030\n";
  Dictionary d;
  std::vector<Issue> issues;
  ReadPetrarchVerbs(text, "v.txt", &d, &issues);
  EXPECT_EQ(ErrorCount(issues), 0u) << (issues.empty() ? "" : issues[0].ToString());
  ASSERT_EQ(d.verbs.synsets.size(), 2u);
  // DOLLAR + plural DOLLARS; GOLD COIN (no plural: trailing '_')
  EXPECT_EQ(d.verbs.synsets[0].phrases.size(), 3u);
  EXPECT_EQ(d.verbs.synsets[1].phrases[0][0].synset, "CURRENCY");
  EXPECT_EQ(d.verbs.synsets[1].phrases.size(), 2u);  // no plurals for MONEYSYN_
  ASSERT_EQ(d.verbs.blocks.size(), 1u);
  const VerbBlock& b = d.verbs.blocks[0];
  EXPECT_EQ(b.name, "LEND");
  EXPECT_EQ(b.code, "070");
  EXPECT_EQ(b.reverse_code, "071");  // "[070:071]": the target lends back
  ASSERT_EQ(b.verbs.size(), 3u);
  const VerbEntry& lend = d.verbs.entries[b.verbs[0]];
  EXPECT_EQ(lend.lemma, "lend");
  EXPECT_NE(std::find(lend.forms.begin(), lend.forms.end(), "lent"), lend.forms.end());
  const VerbEntry& hand = d.verbs.entries[b.verbs[1]];
  EXPECT_EQ(hand.lemma, "hand");
  ASSERT_EQ(hand.after.size(), 1u);
  EXPECT_EQ(hand.after[0], "over");
  EXPECT_NE(std::find(hand.forms.begin(), hand.forms.end(), "handed"), hand.forms.end());
  const VerbEntry& wire = d.verbs.entries[b.verbs[2]];
  EXPECT_EQ(wire.lemma, "transfer");
  EXPECT_EQ(wire.before, std::vector<std::string>{"wire"});
  EXPECT_EQ(wire.code, "072");
  EXPECT_EQ(wire.reverse_code, "");
  ASSERT_EQ(b.patterns.size(), 3u);
  const VerbPattern& p0 = b.patterns[0];
  EXPECT_EQ(p0.code, "0711");
  EXPECT_TRUE(p0.forms_only);  // PETRARCH does not stem pattern words
  EXPECT_TRUE(p0.whole_phrase);  // and matches them over the whole verb phrase
  EXPECT_EQ(p0.comment, "LEND");
  ASSERT_EQ(p0.after.size(), 2u);
  EXPECT_EQ(p0.after[0].words[0].synset, "CURRENCY");
  EXPECT_EQ(p0.after[1].kind, PatternElement::Kind::kPrep);
  EXPECT_EQ(p0.after[1].prep.word, "to");
  EXPECT_EQ(p0.after[1].words[0].slot, Slot::kTarget);
  const VerbPattern& p1 = b.patterns[1];
  ASSERT_EQ(p1.before.size(), 2u);
  EXPECT_EQ(p1.before[0].words[0].slot, Slot::kSource);
  EXPECT_EQ(p1.before[1].words[0].word, "officials");
  EXPECT_EQ(p1.after[0].kind, PatternElement::Kind::kPhrase);
  EXPECT_EQ(p1.after[0].words.back().word, "loan");  // head last
  const VerbPattern& p2 = b.patterns[2];
  EXPECT_TRUE(p2.before_adjacent);
  EXPECT_EQ(p2.code, "---");
  EXPECT_EQ(p2.reverse_code, "073");
  EXPECT_EQ(p2.after[0].words[0].slot, Slot::kAny);
  ASSERT_EQ(d.verbs.transforms.size(), 1u);
  EXPECT_EQ(d.verbs.transforms[0].inner_verb, "lend");
  EXPECT_EQ(d.verbs.transforms[0].out_code, "030");
}

TEST(PetrarchVerbs, ProblemsAreReportedWithLines) {
  Dictionary d;
  std::vector<Issue> issues;
  ReadPetrarchVerbs("SAY\n--- X [010] ---\n- * (FOR AID [011]\n- AID [012]\n", "v.txt", &d, &issues);
  ASSERT_GE(issues.size(), 3u);
  EXPECT_EQ(issues[0].loc.line, 1);  // verb before any block
  EXPECT_NE(issues[0].message.find("before any"), std::string::npos);
  EXPECT_EQ(issues[1].loc.line, 3);
  EXPECT_NE(issues[1].message.find("missing ')'"), std::string::npos);
  EXPECT_EQ(issues[2].loc.line, 4);
  EXPECT_NE(issues[2].message.find("'*'"), std::string::npos);
  EXPECT_TRUE(d.verbs.blocks[0].patterns.empty());
}

TEST(PetrarchActors, DatesSynonymsAndDefaults) {
  const char* text =
      "# comment\n"
      "GONDOR_ [GON]\n+MINAS_TIRITH\n+ANORIEN ; TABARI comment\n\n"
      "DENETHOR  # steward\n"
      "\t[GONGOV 30190101-30190315]\n"
      "\t[GONELI <990101]\n"
      "\t[GONREB >20200101]\n"
      "\t[GON]\n"
      "ELROND [elf]\n"
      "\t[ELFGOV 2004017-20061201]\n";
  Dictionary d;
  std::vector<Issue> issues;
  ReadPetrarchActors(text, "a.txt", &d, &issues);
  EXPECT_EQ(ErrorCount(issues), 0u);
  ASSERT_EQ(d.actors.entries.size(), 3u);
  const ActorEntry& g = d.actors.entries[0];
  ASSERT_EQ(g.names.size(), 3u);
  EXPECT_EQ(g.names[0].text, "GONDOR");
  EXPECT_EQ(g.names[2].text, "ANORIEN");
  const ActorEntry& den = d.actors.entries[1];
  ASSERT_EQ(den.terms.size(), 4u);
  EXPECT_EQ(den.terms[0].from_day, Date::FromYmd(3019, 1, 1)->ToDays());
  EXPECT_EQ(den.terms[0].to_day, Date::FromYmd(3019, 3, 16)->ToDays());  // inclusive limit
  EXPECT_EQ(den.terms[1].to_day, Date::FromYmd(1999, 1, 2)->ToDays());   // YYMMDD, 19YY
  EXPECT_EQ(den.terms[2].from_day, Date::FromYmd(2020, 1, 1)->ToDays());
  EXPECT_FALSE(den.terms[3].dated);
  EXPECT_EQ(den.CodeAt(Date::FromYmd(3019, 2, 1)), "GONGOV");
  EXPECT_EQ(den.CodeAt(Date::FromYmd(1998, 5, 1)), "GONELI");
  EXPECT_EQ(den.CodeAt(Date::FromYmd(2010, 5, 1)), "GON");
  EXPECT_EQ(d.actors.entries[2].terms[0].code, "ELF");  // upper-cased
  // the 7-digit date is reported (warning, line 12) and the term dropped
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].loc.line, 12);
  EXPECT_EQ(d.actors.entries[2].terms.size(), 1u);
}

TEST(PetrarchAgents, PluralsSubstitutionsAndCompose) {
  const char* text =
      "!PERSON! = MAN, WOMAN\n"
      "POLICE {} [~COP]\n"
      "MINISTRY [~GOV]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "RIGHTS_BODY [NGO~]\n"
      "TROOP [ ~MIL}\n"
      "NOCODE\n";
  Dictionary d;
  std::vector<Issue> issues;
  ReadPetrarchAgents(text, "g.txt", &d, &issues);
  std::vector<std::string> phrases;
  for (const AgentEntry& a : d.agents.entries) phrases.push_back(a.phrase);
  const std::vector<std::string> want = {"POLICE", "MINISTRY", "ministries", "ATTORNEY GENERAL",
                                         "ATTORNEYS GENERAL", "CONGRESSMAN", "CONGRESSWOMAN",
                                         "RIGHTS BODY", "RIGHTS bodies", "TROOP", "troops"};
  EXPECT_EQ(phrases, want);
  EXPECT_EQ(ComposeAgent("GON", d.agents.entries[7]), "NGOGON");
  EXPECT_EQ(ComposeAgent("GON", d.agents.entries[9]), "GONMIL");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].loc.line, 8);
}

TEST(PetrarchDiscards, StoryAndStem) {
  Dictionary d;
  std::vector<Issue> issues;
  ReadPetrarchDiscards("# c\n+WORLD GOLF   # x\nBASEBALL\nCUP_\n", "d.txt", &d, &issues);
  ASSERT_EQ(d.discards.entries.size(), 3u);
  EXPECT_TRUE(d.discards.entries[0].story);
  EXPECT_TRUE(d.discards.entries[1].stem);
  EXPECT_FALSE(d.discards.entries[2].stem);
  EXPECT_EQ(d.discards.entries[2].phrase, "CUP");
}

}  // namespace
}  // namespace dyad::dict

namespace dyad::dict {
namespace {

// Found by the dictionary fuzzer: a substitution marker defined in terms of
// itself must be reported, not expanded forever.
TEST(PetrarchAgentsTest, SelfReferringSubstitutionIsAnError) {
  Dictionary d;
  std::vector<Issue> issues;
  ReadPetrarchAgents("!P! = MSS!P!\nPOLICE!P! [~COP]\nSOLDIER [~MIL]\n", "loop.txt", &d, &issues);
  ASSERT_FALSE(issues.empty());
  bool named = false;
  for (const auto& i : issues) named |= i.ToString().find("loop.txt:2") != std::string::npos;
  EXPECT_TRUE(named);
  // Reading goes on after the bad line.
  bool soldier = false;
  for (const auto& a : d.agents.entries) soldier |= a.code == "MIL";
  EXPECT_TRUE(soldier);
}

}  // namespace
}  // namespace dyad::dict
