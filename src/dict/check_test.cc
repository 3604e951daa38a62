#include "dict/check.h"

#include <gtest/gtest.h>

#include "dict/reader.h"

namespace dyad::dict {
namespace {

CameoTable Table() {
  auto t = CameoTable::Parse(
      "19\t19\t4\t-10\tassault\t\tFIGHT\n190\t19\t4\t-10\tassault\t\tconventional force\n"
      "04\t04\t1\t1\tconsult\t\tCONSULT\n043\t04\t1\t2.8\tconsult\tvisit\thost visit\n",
      "t.tsv");
  EXPECT_TRUE(t.ok());
  return std::move(t.value());
}

std::vector<Issue> Check(const std::vector<std::string>& texts, bool strict = true) {
  Dictionary d;
  std::vector<Issue> issues;
  for (size_t i = 0; i < texts.size(); ++i) ReadDyad(texts[i], "f" + std::to_string(i), &d, &issues);
  EXPECT_EQ(ErrorCount(issues), 0u);
  static const CameoTable table = Table();
  CheckDictionary(d, {&table, strict}, &issues);
  return issues;
}

bool Has(const std::vector<Issue>& issues, const std::string& where, const std::string& fragment,
         Issue::Severity sev = Issue::Severity::kError) {
  for (const Issue& i : issues)
    if (i.severity == sev && i.loc.ToString() == where && i.message.find(fragment) != std::string::npos)
      return true;
  return false;
}

TEST(Check, CleanDictionaryHasNoIssues) {
  auto issues = Check({"#!dyad-dict actors 1\nactor GON : Gondor\nactor GONGOV@2000..2010, GONELI@2010.. : Aldor\n",
                       "#!dyad-dict verbs 1\nverb 190 : attack $T\nverb 043 : host $T\n"});
  EXPECT_TRUE(issues.empty()) << issues[0].ToString();
}

TEST(Check, DuplicateAndAmbiguousNamesAcrossFiles) {
  auto issues = Check({"#!dyad-dict actors 1\nactor GON : Gondor\nactor ROH : Rohan; ~Theo\n",
                       "#!dyad-dict actors 1\nactor GON : GONDOR\nactor MOR : Rohan\nactor ARN : ~Theo\n"});
  EXPECT_TRUE(Has(issues, "f1:2", "duplicate name 'GONDOR' (also at f0:2)"));
  EXPECT_TRUE(Has(issues, "f1:3", "ambiguous name 'Rohan' (also at f0:3 with codes ROH)"));
  EXPECT_TRUE(Has(issues, "f1:4", "ambiguous name 'Theo'", Issue::Severity::kWarning));
}

TEST(Check, SameNameWithDisjointPeriodsIsAllowed) {
  auto issues = Check({"#!dyad-dict actors 1\nactor GONGOV@2000..2005 : Aldor\nactor ARNGOV@2005.. : Aldor\n"});
  EXPECT_TRUE(issues.empty());
}

TEST(Check, OverlappingDateTerms) {
  auto issues = Check({"#!dyad-dict actors 1\n\nactor GONGOV@2000..2006, GONELI@2005.. : Aldor\n"});
  EXPECT_TRUE(Has(issues, "f0:3", "overlapping date terms GONGOV@2000-01-01..2006-01-01 and GONELI@2005-01-01.."));
  auto lenient = Check({"#!dyad-dict actors 1\nactor GONGOV@2000..2006, GONELI@2005.. : Aldor\n"}, false);
  EXPECT_TRUE(Has(lenient, "f0:2", "overlapping", Issue::Severity::kWarning));
}

TEST(Check, UnknownCameoCodesAndConflictingPatterns) {
  auto issues = Check({"#!dyad-dict verbs 1\nverb 199 : attack $T\nverb 190 : raid $T\nverb 043 : raid $T\n"
                       "verb 190 : raid $T\n"});
  EXPECT_TRUE(Has(issues, "f0:2", "unknown CAMEO code '199'"));
  EXPECT_TRUE(Has(issues, "f0:4", "conflicting pattern 'raid $T' for 043 (also at f0:3 with code 190)"));
  EXPECT_TRUE(Has(issues, "f0:5", "duplicate pattern 'raid $T'"));
}

TEST(Check, DuplicateAgentsAdjectivesDiscardsSynsets) {
  auto issues = Check({"#!dyad-dict agents 1\nagent COP : police\nagent MIL : Police\n",
                       "#!dyad-dict actors 1\nadj GON : Gondorian\nadj ARN : gondorian\n",
                       "#!dyad-dict discards 1\nsentence : world cup; World Cup\n",
                       "#!dyad-dict verbs 1\nset &A : x\nset &A : y\n"});
  EXPECT_TRUE(Has(issues, "f0:3", "conflicting agent 'Police' (also at f0:2 as COP)"));
  EXPECT_TRUE(Has(issues, "f1:3", "conflicting adjective 'gondorian'"));
  EXPECT_TRUE(Has(issues, "f2:2", "duplicate discard 'World Cup'"));
  EXPECT_TRUE(Has(issues, "f3:3", "synset &A defined again (first at f3:2)"));
}

std::vector<Issue> SelfTests(const std::vector<std::string>& texts, int* n) {
  Dictionary d;
  std::vector<Issue> issues;
  for (size_t i = 0; i < texts.size(); ++i) ReadDyad(texts[i], "f" + std::to_string(i), &d, &issues);
  EXPECT_EQ(ErrorCount(issues), 0u) << (issues.empty() ? "" : issues[0].ToString());
  auto c = CompiledDictionary::Compile(std::move(d));
  EXPECT_TRUE(c.ok());
  *n = RunSelfTests(*c, &issues);
  return issues;
}

TEST(SelfTests, PassingAndFailingTests) {
  int n = 0;
  auto issues = SelfTests(
      {"#!dyad-dict actors 1\nactor GON : Gondor\nadj GON : Gondorian\nactor GONGOV@2020.. : Aldor Brand; ~Brand\n"
       "test: Gondorian police arrived. => GONCOP\n"
       "test: Minister Brand spoke. => GONGOV\n"
       "test: Brand spoke. => GONGOV\n"                         // weak name alone: fails
       "test: The police in Gondor waited. => GONCOP\n",
       "#!dyad-dict agents 1\nagent COP : police\nagent GOV : minister\n",
       "#!dyad-dict verbs 1\nset &TALKS : talk\nverb 043 : host $T\nverb 190 : attack $T; launch attack on $T\n"
       "test: Gondor attacked Mordor. => 190\n"
       "test: Gondor hosted talks. => 043\n"
       "test: Gondor launched an attack on Mordor. => 190\n"
       "test: Gondor praised Mordor. => 190\n",                 // no such verb: fails
       "#!dyad-dict discards 1\nstory : horoscope\ntest: Your horoscope today => story\n"},
      &n);
  EXPECT_EQ(n, 9);
  std::vector<int> failed;
  for (const Issue& i : issues)
    if (i.message.rfind("self-test failed", 0) == 0) failed.push_back(i.loc.line);
  EXPECT_EQ(failed, (std::vector<int>{7, 8})) << issues.size();
}

TEST(Stats, CountsPerRoot) {
  Dictionary d;
  std::vector<Issue> issues;
  ReadDyad("#!dyad-dict verbs 1\nverb 190 : attack $T; raid $T\nverb 043 : host $T\n", "v", &d, &issues);
  ReadDyad("#!dyad-dict actors 1\nactor GON@2000.. , ARN : Gondor; Minas Tirith\n", "a", &d, &issues);
  DictStats s = ComputeStats(d);
  EXPECT_EQ(s.patterns, 3);
  EXPECT_EQ(s.patterns_per_root["19"], 2);
  EXPECT_EQ(s.patterns_per_root["04"], 1);
  EXPECT_EQ(s.actor_entries, 1);
  EXPECT_EQ(s.actor_names, 2);
  EXPECT_EQ(s.actor_codes, 2);
  EXPECT_EQ(s.dated_terms, 1);
}

}  // namespace
}  // namespace dyad::dict
