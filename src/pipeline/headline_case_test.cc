#include "pipeline/headline_case.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace dyad {
namespace {

std::vector<Token> Toks(const std::string& words) {
  std::vector<Token> out;
  std::istringstream in(words);
  std::string w;
  while (in >> w) {
    Token t;
    t.form = w;
    out.push_back(t);
  }
  return out;
}

std::string Joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& w : v) out += (out.empty() ? "" : " ") + w;
  return out;
}

TEST(HeadlineCase, TellsTitleCaseFromSentenceCase) {
  EXPECT_TRUE(IsTitleCase(Toks("Court Orders Release of Jailed Reporter in Valdoria")));
  EXPECT_TRUE(IsTitleCase(Toks("Rebels Seize Airport as Talks Stall")));
  EXPECT_TRUE(IsTitleCase(Toks("UN Council Votes to End Mission")));
  EXPECT_FALSE(IsTitleCase(Toks("Court orders release of jailed reporter in Valdoria")));
  EXPECT_FALSE(IsTitleCase(Toks("Ministers meet in Geneva as talks resume")));
  // Names alone are not a title: one capitalised word after the first.
  EXPECT_FALSE(IsTitleCase(Toks("Protests spread to Lagos")));
  EXPECT_FALSE(IsTitleCase(Toks("")));
  EXPECT_FALSE(IsTitleCase(Toks("NATO , EU , UN")));
}

TEST(HeadlineCase, LowerCasesAllButFirstWordNamesAndAcronyms) {
  std::vector<Token> t = Toks("Court Orders Release of Jailed Reporter in Valdoria");
  std::vector<bool> keep(t.size(), false);
  keep[7] = true;  // Valdoria: a known name
  EXPECT_EQ(Joined(SentenceCaseForms(t, keep)), "Court orders release of jailed reporter in Valdoria");
  t = Toks("UN Council Votes to End Mission , Officials Say");
  EXPECT_EQ(Joined(SentenceCaseForms(t, {})), "UN council votes to end mission , officials say");
  // Words that are already lower case and non-words stay as they are.
  t = Toks("Talks in 2024 Collapse after Rebel-Held Town Falls");
  EXPECT_EQ(Joined(SentenceCaseForms(t, {})), "Talks in 2024 collapse after rebel-Held town falls");
}

// With the committed model and Dyad's knowledge base: a title-case headline
// codes the same events as the same words in sentence case.
TEST(HeadlineCase, TitleCaseHeadlineCodesLikeSentenceCase) {
  auto p = Pipeline::Load({});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  auto code = [&](const std::string& headline) {
    auto doc = (*p)->reader().ReadText(headline + "\n\nThe story follows.\n", "case.txt");
    EXPECT_TRUE(doc.ok());
    (*p)->Process(&*doc);
    std::string out;
    for (const Event& e : doc->events)
      if (e.sentence_index == 0) out += e.source->code + " " + e.code + " " + (e.target ? e.target->code : "-") + ";";
    return out;
  };
  std::string sentence_case = code("Germany condemns Russia over attack on Ukrainian port");
  ASSERT_FALSE(sentence_case.empty());
  EXPECT_EQ(code("Germany Condemns Russia Over Attack on Ukrainian Port"), sentence_case);
  std::string arrests = code("Kenya detains opposition leader");
  ASSERT_FALSE(arrests.empty());
  EXPECT_EQ(code("Kenya Detains Opposition Leader"), arrests);
  std::string talks = code("Japan and South Korea hold talks in Tokyo");
  ASSERT_FALSE(talks.empty());
  EXPECT_EQ(code("Japan and South Korea Hold Talks in Tokyo"), talks);
}

}  // namespace
}  // namespace dyad
