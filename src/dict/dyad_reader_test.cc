#include <gtest/gtest.h>

#include "dict/reader.h"

namespace dyad::dict {
namespace {

struct Read {
  Dictionary dict;
  std::vector<Issue> issues;
};

Read ReadDyadText(const std::string& text) {
  Read r;
  ReadDyad(text, "t.txt", &r.dict, &r.issues);
  return r;
}

// The first error message, "" when none.
std::string FirstError(const Read& r) {
  for (const Issue& i : r.issues)
    if (i.severity == Issue::Severity::kError) return i.ToString();
  return "";
}

TEST(DyadReader, ActorsWithDatesWeakNamesAndAdjectives) {
  Read r = ReadDyadText(
      "#!dyad-dict actors 1\n"
      "# comment\n"
      "actor GONGOV@2001-02-03..2005 , GONELI@2005.. : Aldor the Old; ~Aldor  # trailing\n"
      "actor GON : Gondor; Minas Tirith\n"
      "adj GON : Gondorian; Gondorians\n"
      "test: Gondorian soldiers marched. => GONMIL\n");
  ASSERT_EQ(FirstError(r), "");
  ASSERT_EQ(r.dict.actors.entries.size(), 2u);
  const ActorEntry& a = r.dict.actors.entries[0];
  ASSERT_EQ(a.terms.size(), 2u);
  EXPECT_EQ(a.terms[0].code, "GONGOV");
  EXPECT_EQ(a.terms[0].from_day, Date::FromYmd(2001, 2, 3)->ToDays());
  EXPECT_EQ(a.terms[0].to_day, Date::FromYmd(2005, 1, 1)->ToDays());
  EXPECT_EQ(a.terms[1].to_day, CodeTerm::kOpenTo);
  ASSERT_EQ(a.names.size(), 2u);
  EXPECT_FALSE(a.names[0].weak);
  EXPECT_TRUE(a.names[1].weak);
  EXPECT_EQ(a.names[1].text, "Aldor");
  EXPECT_EQ(a.loc.line, 3);
  ASSERT_EQ(r.dict.actors.adjectives.size(), 1u);
  EXPECT_EQ(r.dict.actors.adjectives[0].forms.size(), 2u);
  ASSERT_EQ(r.dict.tests.size(), 1u);
  EXPECT_EQ(r.dict.tests[0].expected, "GONMIL");
  EXPECT_EQ(r.dict.tests[0].kind, SelfTest::Kind::kActor);
}

TEST(DyadReader, EscapedHashIsLiteral) {
  Read r = ReadDyadText("#!dyad-dict actors 1\nactor GON : Number \\#1 Gondor # comment\n");
  ASSERT_EQ(FirstError(r), "");
  EXPECT_EQ(r.dict.actors.entries[0].names[0].text, "Number #1 Gondor");
}

TEST(DyadReader, AgentsComposeModes) {
  Read r = ReadDyadText(
      "#!dyad-dict agents 1\n"
      "agent COP : police; policemen\n"
      "agent IGOUNO : peacekeepers\n"
      "agent ~GOVFRM : foreign minister\n"
      "agent NGO~ : charity\n");
  ASSERT_EQ(FirstError(r), "");
  const auto& e = r.dict.agents.entries;
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(ComposeAgent("IRQ", e[0]), "IRQCOP");
  EXPECT_EQ(ComposeAgent("IRQ", e[2]), "IGOUNO");
  EXPECT_EQ(ComposeAgent("IRQ", e[3]), "IRQGOVFRM");
  EXPECT_EQ(ComposeAgent("IRQ", e[4]), "NGOIRQ");
  // A code that already holds the agent's code keeps it once.
  EXPECT_EQ(ComposeAgent("IRQCOP", e[0]), "IRQCOP");
  EXPECT_EQ(ComposeAgent("NGOIRQ", e[4]), "NGOIRQ");
  EXPECT_EQ(ComposeAgent("IRQGOV", e[0]), "IRQGOVCOP");
}

TEST(DyadReader, VerbPatternsBecomeElements) {
  Read r = ReadDyadText(
      "#!dyad-dict verbs 1\n"
      "set &TALKS : talks; negotiations; peace talk\n"
      "verb 043 : hold &TALKS with $T\n"
      "verb 190 : attack $T; pull out of $T !recip\n"
      "noun 195 : airstrike on $T; civil disobedience\n");
  ASSERT_EQ(FirstError(r), "");
  const Verbs& v = r.dict.verbs;
  ASSERT_EQ(v.synsets.size(), 1u);
  EXPECT_EQ(v.synsets[0].phrases.size(), 3u);
  EXPECT_EQ(v.synsets[0].phrases[2].size(), 2u);  // "peace talk"
  // blocks: hold, attack, pull, noun airstrike, noun disobedience
  ASSERT_EQ(v.blocks.size(), 5u);
  const VerbPattern& hold = v.blocks[0].patterns[0];
  EXPECT_EQ(v.entries[v.blocks[0].verbs[0]].lemma, "hold");
  EXPECT_EQ(hold.code, "043");
  ASSERT_EQ(hold.after.size(), 2u);
  EXPECT_EQ(hold.after[0].words[0].synset, "TALKS");
  EXPECT_EQ(hold.after[1].kind, PatternElement::Kind::kPrep);
  EXPECT_EQ(hold.after[1].prep.word, "with");
  EXPECT_EQ(hold.after[1].words[0].slot, Slot::kTarget);
  const VerbPattern& pull = v.blocks[2].patterns[0];
  EXPECT_TRUE(pull.recip);
  ASSERT_EQ(pull.after.size(), 2u);
  EXPECT_EQ(pull.after[0].kind, PatternElement::Kind::kWord);  // particle "out"
  EXPECT_EQ(pull.after[0].words[0].word, "out");
  EXPECT_EQ(pull.after[1].prep.word, "of");
  EXPECT_TRUE(v.entries[v.blocks[3].verbs[0]].noun);
  // noun phrase head is its last word
  EXPECT_EQ(v.entries[v.blocks[4].verbs[0]].lemma, "disobedience");
  EXPECT_EQ(v.blocks[4].patterns[0].before[0].words[0].word, "civil");
  EXPECT_EQ(v.blocks[0].patterns[0].Id(), "t.txt:3");
}

TEST(DyadReader, JudgmentsAreLemmaPhrasesWithACode) {
  Read r = ReadDyadText(
      "#!dyad-dict verbs 1\n"
      "judge 111 : Lopsided; not worth the paper\n"
      "judge 12 : void\n");
  ASSERT_EQ(FirstError(r), "");
  ASSERT_EQ(r.dict.verbs.judgments.size(), 2u);
  EXPECT_EQ(r.dict.verbs.judgments[0].code, "111");
  ASSERT_EQ(r.dict.verbs.judgments[0].phrases.size(), 2u);
  EXPECT_EQ(r.dict.verbs.judgments[0].phrases[0], std::vector<std::string>{"lopsided"});
  EXPECT_EQ(r.dict.verbs.judgments[0].phrases[1].size(), 4u);
  EXPECT_EQ(r.dict.verbs.judgments[1].loc.line, 3);

  Read bad = ReadDyadText("#!dyad-dict verbs 1\njudge x1 : lopsided\n");
  EXPECT_NE(FirstError(bad).find("t.txt:2"), std::string::npos) << FirstError(bad);
  EXPECT_NE(FirstError(bad).find("judge: expected a CAMEO code"), std::string::npos);
}

TEST(DyadReader, DiscardsAndTests) {
  Read r = ReadDyadText(
      "#!dyad-dict discards 1\nsentence : world cup; box office\nstory : horoscope\n"
      "test: The world cup final was tense. => sentence\n");
  ASSERT_EQ(FirstError(r), "");
  ASSERT_EQ(r.dict.discards.entries.size(), 3u);
  EXPECT_TRUE(r.dict.discards.entries[2].story);
  EXPECT_EQ(r.dict.tests[0].kind, SelfTest::Kind::kDiscard);
}

struct Bad {
  const char* text;
  int line;
  const char* fragment;
};

TEST(DyadReader, MalformedEntriesNameFileAndLine) {
  const Bad cases[] = {
      {"actor USA : United States\n", 1, "missing header"},
      {"#!dyad-dict actors 2\n", 1, "unsupported format version"},
      {"#!dyad-dict people 1\n", 1, "unknown dictionary kind"},
      {"#!dyad-dict actors 1\nactor USA United States\n", 2, "expected '<head> : <list>'"},
      {"#!dyad-dict actors 1\nactor usa : United States\n", 2, "bad actor code 'usa'"},
      {"#!dyad-dict actors 1\nactor USAB : United States\n", 2, "bad actor code"},
      {"#!dyad-dict actors 1\n\nactor USA@2020-13-01.. : X\n", 3, "bad date '2020-13-01'"},
      {"#!dyad-dict actors 1\nactor USA@2020..2019 : X\n", 2, "inverted or empty date range"},
      {"#!dyad-dict actors 1\nactor USA@2020 : X\n", 2, "expected FROM..TO"},
      {"#!dyad-dict actors 1\nactor USA, GBR : X\n", 2, "more than one undated code"},
      {"#!dyad-dict actors 1\nactor USA : X;; Y\n", 2, "empty item #2"},
      {"#!dyad-dict actors 1\nactor USA :\n", 2, "empty list"},
      {"#!dyad-dict actors 1\nagent COP : police\n", 2, "unknown entry 'agent' in a actors dictionary"},
      {"#!dyad-dict actors 1\nadj USA@2000.. : American\n", 2, "exactly one undated code"},
      {"#!dyad-dict verbs 1\nverb 19x : attack $T\n", 2, "needs a CAMEO code"},
      {"#!dyad-dict verbs 1\nverb 190 : attack $X\n", 2, "unknown slot '$X'"},
      {"#!dyad-dict verbs 1\nverb 190 : $T attack\n", 2, "must start with the verb"},
      {"#!dyad-dict verbs 1\nverb 190 : attack $T !both\n", 2, "unknown flag '!both'"},
      {"#!dyad-dict verbs 1\nset TALKS : talks\n", 2, "needs a name starting with '&'"},
      {"#!dyad-dict verbs 1\ntest: Gondor attacked\n", 2, "malformed test"},
      {"#!dyad-dict discards 1\nstory : \xe2\x80\x94\n", 2, "has no words"},
  };
  for (const Bad& b : cases) {
    Read r = ReadDyadText(b.text);
    const std::string err = FirstError(r);
    EXPECT_NE(err.find("t.txt:" + std::to_string(b.line) + ": error: "), std::string::npos)
        << b.text << " -> " << err;
    EXPECT_NE(err.find(b.fragment), std::string::npos) << b.text << " -> " << err;
  }
}

TEST(DyadReader, RestOfFileIsStillReadAfterAnError) {
  Read r = ReadDyadText("#!dyad-dict actors 1\nactor usa : X\nactor GBR : Britain\n");
  EXPECT_EQ(ErrorCount(r.issues), 1u);
  ASSERT_EQ(r.dict.actors.entries.size(), 1u);
  EXPECT_EQ(r.dict.actors.entries[0].terms[0].code, "GBR");
}

TEST(DyadReader, FormatGuessing) {
  EXPECT_EQ(GuessFormat("x/any.txt", "\n#!dyad-dict verbs 1\n"), Format::kDyad);
  EXPECT_EQ(GuessFormat("x/CAMEO.2.0.txt", "&SET\n"), Format::kPetrarchVerbs);
  EXPECT_EQ(GuessFormat("x/Phoenix.agents.txt", ""), Format::kPetrarchAgents);
  EXPECT_EQ(GuessFormat("x/notes.txt", "hello"), std::nullopt);
}

}  // namespace
}  // namespace dyad::dict
