#include "syntax/acronym.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "syntax/syntax_model.h"
#include "test_util.h"

namespace dyad {
namespace {

TEST(Acronym, CapitalsWords) {
  EXPECT_TRUE(IsCapitalsWord("ECOWAS"));
  EXPECT_TRUE(IsCapitalsWord("UN"));
  EXPECT_TRUE(IsCapitalsWord("AT&T"));
  EXPECT_FALSE(IsCapitalsWord("A"));      // one letter
  EXPECT_FALSE(IsCapitalsWord("&AB"));    // '&' only between letters
  EXPECT_FALSE(IsCapitalsWord("U.S."));   // dotted abbreviations are tagged well already
  EXPECT_FALSE(IsCapitalsWord("Nato"));
  EXPECT_FALSE(IsCapitalsWord("G20"));
  EXPECT_FALSE(IsCapitalsWord(""));
}

TEST(Acronym, SentencesWrittenInCapitals) {
  EXPECT_TRUE(WrittenInCapitals({"PLEASE", "SEND", "THE", "FILES", "today", "."}));
  EXPECT_FALSE(WrittenInCapitals({"Heads", "of", "ECOWAS", "met", "."}));
  EXPECT_FALSE(WrittenInCapitals({"I", "A", "."}));  // no word of two letters
}

// "form/UPOS/XPOS ...": the positions AcronymNames picks, space-separated.
std::string Names(const std::string& spec, bool headline) {
  std::vector<std::string> words, upos, xpos;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    size_t b = item.rfind('/'), a = item.rfind('/', b - 1);
    words.push_back(item.substr(0, a));
    upos.push_back(item.substr(a + 1, b - a - 1));
    xpos.push_back(item.substr(b + 1));
  }
  std::vector<std::string_view> forms(words.begin(), words.end());
  const std::set<std::string, std::less<>> lexicon = {"news", "wings", "ceo", "heads", "of", "met"};
  auto known = [&](std::string_view w) { return lexicon.count(w) > 0; };
  std::string out;
  for (size_t i : AcronymNames(forms, upos, xpos, headline, known)) {
    if (!out.empty()) out += ' ';
    out += std::to_string(i);
  }
  return out;
}

TEST(Acronym, UnknownCapitalsEndingInSAreNotPlurals) {
  EXPECT_EQ(Names("Heads/NOUN/NNS of/ADP/IN ECOWAS/NOUN/NNS met/VERB/VBD", false), "2");
  // A shouted word the tagger knows keeps its plural.
  EXPECT_EQ(Names("Read/VERB/VB the/DET/DT WINGS/NOUN/NNS story/NOUN/NN", false), "");
  // Singular nouns in capitals are abbreviations as often as names in web
  // text: left alone outside headlines.
  EXPECT_EQ(Names("The/DET/DT RFP/NOUN/NN arrived/VERB/VBD", false), "");
  // Already a name, or a number: nothing to do.
  EXPECT_EQ(Names("Heads/NOUN/NNS of/ADP/IN BRICS/PROPN/NNP met/VERB/VBD", false), "");
}

TEST(Acronym, VerbsAndAdjectivesAreNotWrittenInCapitals) {
  EXPECT_EQ(Names("ECOWAS/VERB/VBZ imposes/VERB/VBZ sanctions/NOUN/NNS", false), "0");
  EXPECT_EQ(Names("UNHCR/ADJ/JJ appeals/NOUN/NNS for/ADP/IN aid/NOUN/NN", false), "0");
}

TEST(Acronym, HeadlinesNameOrganisationsByAcronym) {
  EXPECT_EQ(Names("The/DET/DT RFP/NOUN/NN arrived/VERB/VBD", true), "1");
  // Even one the tagger saw as a noun in training.
  EXPECT_EQ(Names("CEO/NOUN/NN quits/VERB/VBZ", true), "0");
}

TEST(Acronym, SentencesInCapitalsAreLeftAlone) {
  EXPECT_EQ(Names("HEADS/NOUN/NNS OF/ADP/IN ECOWAS/NOUN/NNS MET/VERB/VBD", false), "");
  EXPECT_EQ(Names("HEADS/NOUN/NNS OF/ADP/IN ECOWAS/NOUN/NNS MET/VERB/VBD", true), "");
}

// With the committed model, through the annotation the pipeline uses.
TEST(Acronym, CommittedModelReadsAcronymsAsNames) {
  auto model = SyntaxModel::Load(testing::SourcePath("models/syntax.dyad"));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  WordAnnotation a;
  // The tagger reads this ECOWAS as a verb, leaving two verbs in a row.
  model->AnnotateWords({"ECOWAS", "imposes", "sanctions", "on", "the", "junta", "."}, &a);
  EXPECT_EQ(a.upos[0], "PROPN");
  EXPECT_EQ(a.lemma[0], "ECOWAS");
  EXPECT_EQ(a.deprel[0], "nsubj");
  EXPECT_EQ(a.head[1], 0) << "imposes is the root";
  // A headline: with ICC read as a noun, "ICC issues" was a compound
  // subject; after a name, the -s word is the verb.
  model->AnnotateWords({"ICC", "issues", "warrant", "for", "rebel", "commander"}, &a, /*headline=*/true);
  EXPECT_EQ(a.upos[0], "PROPN");
  EXPECT_EQ(a.xpos[1], "VBZ");
  EXPECT_EQ(a.head[1], 0) << "issues is the root";
  EXPECT_EQ(a.deprel[0], "nsubj");
}

}  // namespace
}  // namespace dyad
