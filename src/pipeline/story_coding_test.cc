// Story-level coding behaviour, end to end with the committed model and Dyad's
// knowledge base: names licensed by the whole story, reports that carry the
// event they report, and object control when the parser reads "prompted X to
// act" as a purpose clause.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace dyad {
namespace {

const Pipeline& SharedPipeline() {
  static std::unique_ptr<Pipeline> p = [] {
    auto r = Pipeline::Load({});
    if (!r.ok()) ADD_FAILURE() << r.status().ToString();
    return r.ok() ? std::move(*r) : std::unique_ptr<Pipeline>();
  }();
  return *p;
}

// "SOURCE CODE TARGET" for every event of sentence `si` (0 = headline).
std::vector<std::string> Events(const std::string& text, int si) {
  auto doc = SharedPipeline().reader().ReadText(text, "story.txt");
  EXPECT_TRUE(doc.ok());
  SharedPipeline().Process(&*doc);
  std::vector<std::string> out;
  for (const Event& e : doc->events)
    if (e.sentence_index == si)
      out.push_back(e.source->code + " " + e.code + " " + (e.target ? e.target->code : "-"));
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& prefix) {
  for (const auto& s : v)
    if (s.rfind(prefix, 0) == 0) return true;
  return false;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += s + "; ";
  return out;
}

TEST(StoryCoding, SurnameInTheHeadlineIsLicensedByTheFullNameBelow) {
  if (!SharedPipeline().dictionary()) GTEST_SKIP();
  const std::string story =
      "Macron meets Scholz in Berlin\n\nMay 6, 2024\n\n"
      "French President Emmanuel Macron met German Chancellor Olaf Scholz on Monday.\n";
  std::vector<std::string> headline = Events(story, 0);
  EXPECT_TRUE(Has(headline, "FRAGOV 04")) << Join(headline);
  // Without a full mention anywhere, a bare surname stays uncoded.
  std::vector<std::string> alone = Events("Macron meets Scholz in Berlin\n\nMay 6, 2024\n\nThe talks went on.\n", 0);
  EXPECT_FALSE(Has(alone, "FRAGOV")) << Join(alone);
}

TEST(StoryCoding, AReportCarriesTheEventItReports) {
  if (!SharedPipeline().dictionary()) GTEST_SKIP();
  std::vector<std::string> ev =
      Events("Headline\n\nMay 6, 2024\n\nThe Kenyan government said it condemned the attack on Somalia.\n", 2);
  EXPECT_TRUE(Has(ev, "KENGOV 11")) << Join(ev);
  EXPECT_FALSE(Has(ev, "KENGOV 010 -")) << Join(ev);
  // A report whose clause codes nothing is no event either: analysts code
  // what was said, not the saying (docs/coder.md, "Statements").
  ev = Events("Headline\n\nMay 6, 2024\n\nThe Kenyan government said the weather was fine.\n", 2);
  EXPECT_FALSE(Has(ev, "KENGOV 010")) << Join(ev);
  // A statement with an addressee stays one.
  ev = Events("Headline\n\nMay 6, 2024\n\nThe Kenyan government told Somalia the weather was fine.\n", 2);
  EXPECT_TRUE(Has(ev, "KENGOV 010 SOM")) << Join(ev);
}

TEST(StoryCoding, TheActorPromptedToActIsTheSource) {
  if (!SharedPipeline().dictionary()) GTEST_SKIP();
  std::vector<std::string> ev = Events(
      "Headline\n\nMay 6, 2024\n\nThe violence prompted Nigerian President Bola Tinubu to demand the withdrawal of "
      "French troops.\n",
      2);
  EXPECT_TRUE(Has(ev, "NGAGOV 10")) << Join(ev);
}

// A sentence the tagger alone leaves verbless ("Settlers attacked farmers",
// attacked/VBN) gets its verb back (syntax/finite_verb.h), is parsed with it
// as the root, and codes its event.
TEST(StoryCoding, SentenceWithoutAFiniteVerbIsRepairedAndCoded) {
  if (!SharedPipeline().dictionary()) GTEST_SKIP();
  auto doc = SharedPipeline().reader().ReadText(
      "Border clashes\n\nMarch 3, 2024\n\nSettlers attacked farmers near the village.\n", "case.txt");
  ASSERT_TRUE(doc.ok());
  SharedPipeline().Process(&*doc);
  const Sentence* s = nullptr;
  for (const auto& x : doc->sentences)
    if (!x.tokens.empty() && x.tokens[0].form == "Settlers") s = &x;
  ASSERT_NE(s, nullptr);
  ASSERT_GE(s->tokens.size(), 3u);
  EXPECT_EQ(s->tokens[1].xpos, "VBD");
  EXPECT_EQ(s->tokens[1].head, 0);
  EXPECT_EQ(s->tokens[1].lemma, "attack");
  EXPECT_EQ(s->tokens[0].deprel, "nsubj");
  bool attack = false;
  for (const Event& e : doc->events) attack |= e.root == "18" || e.root == "19";
  EXPECT_TRUE(attack) << "no attack event coded";
}

}  // namespace
}  // namespace dyad
