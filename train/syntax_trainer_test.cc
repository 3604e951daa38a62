#include "train/syntax_trainer.h"

#include <gtest/gtest.h>

#include <string>

#include "base/binary_io.h"
#include "test_util.h"

namespace dyad {
namespace {

std::vector<ConlluSentence> Fixture() {
  auto sents = ReadConllu(testing::TestData("syntax/projective.conllu"));
  EXPECT_TRUE(sents.ok()) << sents.status().ToString();
  return sents.ok() ? *sents : std::vector<ConlluSentence>{};
}

SyntaxTrainOptions SmallOptions() {
  SyntaxTrainOptions o;
  o.tagger_epochs = 4;
  o.parser_epochs = 6;
  o.jackknife = 0;
  o.verbose = false;
  return o;
}

// A one-direction model, as the committed one.
const SyntaxModel& Base() {
  static const SyntaxModel* m = [] {
    auto r = TrainSyntax(Fixture(), Fixture(), SmallOptions());
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new SyntaxModel(r.ok() ? std::move(*r) : SyntaxModel());
  }();
  return *m;
}

std::string Section(const std::string& model_bytes, const char* name) {
  auto r = SectionReader::Open(model_bytes, kSyntaxModelMagic, kSyntaxModelVersion, "test model");
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return "";
  auto s = r->Get(name);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::string(*s) : "";
}

TEST(RetrainTaggerTest, KeepsParserAndLemmatiserAndTrainsTheTaggerAsTrainSyntaxWould) {
  SyntaxTrainOptions o = SmallOptions();
  o.tagger_directions = 2;
  auto spliced = RetrainTagger(Base(), Fixture(), Fixture(), o);
  ASSERT_TRUE(spliced.ok()) << spliced.status().ToString();
  EXPECT_TRUE(spliced->tagger().bidirectional());
  EXPECT_FALSE(Base().tagger().bidirectional());

  const std::string base = Base().Serialize(), bytes = spliced->Serialize();
  EXPECT_EQ(Section(bytes, "parser"), Section(base, "parser"));
  EXPECT_EQ(Section(bytes, "lemmatizer"), Section(base, "lemmatizer"));
  EXPECT_NE(Section(bytes, "tagger"), Section(base, "tagger"));

  // The tagger is the one a full training with the same options makes.
  auto full = TrainSyntax(Fixture(), Fixture(), o);
  ASSERT_TRUE(full.ok()) << full.status().ToString();
  EXPECT_EQ(Section(bytes, "tagger"), Section(full->Serialize(), "tagger"));

  // A valid model file: checksum, signatures and self-test hold on load, and
  // it round-trips; the note says how it was made.
  auto loaded = SyntaxModel::FromBytes(bytes, "spliced.dyad");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->Serialize(), bytes);
  EXPECT_NE(loaded->note().find("--keep-parser"), std::string::npos) << loaded->note();
  EXPECT_NE(loaded->note().find("--tagger-directions 2"), std::string::npos) << loaded->note();
  EXPECT_NE(loaded->note().find(Base().note()), std::string::npos) << loaded->note();

  // Deterministic: the same call gives the same bytes.
  auto again = RetrainTagger(Base(), Fixture(), Fixture(), o);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->Serialize(), bytes);
}

TEST(RetrainTaggerTest, ParsesWithTheKeptParserOnTheNewTags) {
  SyntaxTrainOptions o = SmallOptions();
  o.tagger_directions = 2;
  auto spliced = RetrainTagger(Base(), Fixture(), Fixture(), o);
  ASSERT_TRUE(spliced.ok()) << spliced.status().ToString();
  // Where both taggers give the same tags, the trees are the same.
  int compared = 0;
  for (const auto& s : Fixture()) {
    std::vector<std::string_view> forms;
    for (auto& w : s.words) forms.push_back(w.form);
    WordAnnotation a, b;
    Base().AnnotateWords(forms, &a);
    spliced->AnnotateWords(forms, &b);
    if (a.upos == b.upos && a.xpos == b.xpos) {
      ++compared;
      EXPECT_EQ(a.head, b.head);
      EXPECT_EQ(a.deprel, b.deprel);
      EXPECT_EQ(a.lemma, b.lemma);
    }
  }
  EXPECT_GT(compared, 0);
}

TEST(RetrainTaggerTest, AddRightToLeftKeepsTheWholeTaggerAndAddsOnlyTheRightToLeftModel) {
  SyntaxTrainOptions o = SmallOptions();
  o.tagger_directions = 2;
  o.add_right_to_left = true;
  o.min_lead = 3;
  auto grafted = RetrainTagger(Base(), Fixture(), Fixture(), o);
  ASSERT_TRUE(grafted.ok()) << grafted.status().ToString();
  const Tagger& t = grafted->tagger();
  EXPECT_TRUE(t.bidirectional());
  EXPECT_EQ(t.min_lead(), 3.0f);
  EXPECT_EQ(t.weights().Save(), Base().tagger().weights().Save());
  o.add_right_to_left = false;
  o.min_lead = 0;
  auto full = RetrainTagger(Base(), Fixture(), Fixture(), o);
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(t.weights_right_to_left().Save(), full->tagger().weights_right_to_left().Save());
  const std::string bytes = grafted->Serialize();
  EXPECT_EQ(Section(bytes, "parser"), Section(Base().Serialize(), "parser"));
  auto loaded = SyntaxModel::FromBytes(bytes, "grafted.dyad");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->Serialize(), bytes);
  EXPECT_NE(loaded->note().find("--add-right-to-left --min-lead 3"), std::string::npos) << loaded->note();
}

TEST(RetrainTaggerTest, AddRightToLeftOptionsNeedEachOther) {
  SyntaxTrainOptions o = SmallOptions();
  o.add_right_to_left = true;  // one direction: nothing to add
  EXPECT_FALSE(RetrainTagger(Base(), Fixture(), Fixture(), o).ok());
  o.tagger_directions = 2;
  EXPECT_FALSE(TrainSyntax(Fixture(), Fixture(), o).ok());  // only with a kept model
  o.add_right_to_left = false;
  o.min_lead = 2;
  EXPECT_FALSE(RetrainTagger(Base(), Fixture(), Fixture(), o).ok());
}

TEST(RetrainTaggerTest, RefusesATagTheKeptParserNeverSaw) {
  auto train = Fixture();
  ASSERT_FALSE(train.empty());
  for (auto& s : train)
    for (auto& w : s.words)
      if (w.form == "crowd") {
        w.upos = "SYM";
        w.xpos = "$";
      }
  auto r = RetrainTagger(Base(), train, train, SmallOptions());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("'SYM $'"), std::string::npos) << r.status().message();
}

TEST(RetrainTaggerTest, RefusesBadInput) {
  SyntaxTrainOptions o = SmallOptions();
  EXPECT_FALSE(RetrainTagger(Base(), {}, Fixture(), o).ok());
  EXPECT_FALSE(RetrainTagger(SyntaxModel(), Fixture(), Fixture(), o).ok());
  o.tagger_directions = 3;
  auto r = RetrainTagger(Base(), Fixture(), Fixture(), o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("--tagger-directions"), std::string::npos);
}

}  // namespace
}  // namespace dyad
