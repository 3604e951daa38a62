#include "syntax/tagger.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "train/tagger_trainer.h"

namespace dyad {
namespace {

// Builds a sentence from "form/UPOS/XPOS" items.
ConlluSentence Sent(const std::string& spec) {
  ConlluSentence s;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    size_t a = item.find('/'), b = item.rfind('/');
    ConlluWord w;
    w.form = item.substr(0, a);
    w.upos = item.substr(a + 1, b - a - 1);
    w.xpos = item.substr(b + 1);
    w.lemma = w.form;
    s.words.push_back(w);
  }
  return s;
}

// A toy language: "watch", "fish" and "ship" are nouns after a determiner and
// verbs after a pronoun or noun subject; unseen capitalised words are names.
std::vector<ConlluSentence> ToyCorpus(int n, uint64_t seed) {
  const char* dets[] = {"the/DET/DT", "a/DET/DT", "every/DET/DT", "The/DET/DT"};
  const char* adjs[] = {"old/ADJ/JJ", "red/ADJ/JJ", "quiet/ADJ/JJ", "large/ADJ/JJ"};
  const char* nouns[] = {"boat", "harbour", "watch", "fish", "ship", "market", "lamp"};
  const char* prons[] = {"they/PRON/PRP", "we/PRON/PRP", "you/PRON/PRP"};
  const char* names[] = {"Amaro", "Belinsk", "Corvath", "Dunmere", "Eskol"};
  std::mt19937_64 rng(seed);
  auto pick = [&](auto& arr) { return std::string(arr[rng() % std::size(arr)]); };
  std::vector<ConlluSentence> out;
  for (int i = 0; i < n; ++i) {
    std::string subj;
    switch (rng() % 3) {
      case 0: subj = pick(prons); break;
      case 1: subj = pick(names) + "/PROPN/NNP"; break;
      default: subj = pick(dets) + " " + pick(adjs) + " " + pick(nouns) + "/NOUN/NN";
    }
    std::string verb = pick(nouns) + "/VERB/VBP";
    std::string obj = pick(dets) + " " + pick(nouns) + "/NOUN/NN";
    out.push_back(Sent(subj + " " + verb + " " + obj + " ./PUNCT/."));
  }
  return out;
}

Tagger TrainToy() {
  TaggerTrainOptions opt;
  opt.epochs = 5;
  opt.verbose = false;
  auto t = TrainTagger(ToyCorpus(400, 1), ToyCorpus(50, 2), opt);
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  return std::move(t).value();
}

TEST(TaggerTest, LearnsToyLanguageIncludingAmbiguousWords) {
  Tagger t = TrainToy();
  TaggerScores sc = EvaluateTagger(t, ToyCorpus(200, 3));
  EXPECT_EQ(sc.upos, 100.0);
  EXPECT_EQ(sc.xpos, 100.0);
  std::vector<std::string> upos, xpos;
  t.Tag({"the", "watch", "fish", "a", "ship", "."}, &upos, &xpos);
  EXPECT_EQ(upos, (std::vector<std::string>{"DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"}));
  EXPECT_EQ(xpos[2], "VBP");
  // An unseen capitalised word in subject position is a proper noun.
  t.Tag({"Quennar", "watch", "the", "lamp", "."}, &upos, &xpos);
  EXPECT_EQ(upos[0], "PROPN");
  EXPECT_EQ(xpos[0], "NNP");
  EXPECT_EQ(upos[1], "VERB");
}

TEST(TaggerTest, EmptySentenceAndUntrainedTagger) {
  Tagger t = TrainToy();
  std::vector<std::string> upos{"junk"}, xpos;
  t.Tag({}, &upos, &xpos);
  EXPECT_TRUE(upos.empty());
  Tagger empty;
  empty.Tag({"word"}, &upos, &xpos);
  ASSERT_EQ(upos.size(), 1u);
  EXPECT_EQ(upos[0], "X");
}

TEST(TaggerTest, SaveLoadRoundTripsByteForByte) {
  Tagger t = TrainToy();
  std::string a = t.Save();
  auto l = Tagger::Load(a, "toy tagger");
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  EXPECT_EQ(l->Save(), a);
  std::vector<std::string> u1, x1, u2, x2;
  std::vector<std::string_view> s = {"every", "red", "fish", "ship", "the", "harbour", "."};
  t.Tag(s, &u1, &x1);
  l->Tag(s, &u2, &x2);
  EXPECT_EQ(u1, u2);
  EXPECT_EQ(x1, x2);
  EXPECT_EQ(l->TemplateSignature(), t.TemplateSignature());
}

TEST(TaggerTest, TrainingIsDeterministic) {
  EXPECT_EQ(TrainToy().Save(), TrainToy().Save());
}

TEST(TaggerTest, CorruptOrForeignPayloadsAreRefused) {
  std::string a = TrainToy().Save();
  for (size_t n = 0; n < a.size(); n += 97) {
    auto r = Tagger::Load(std::string_view(a).substr(0, n), "m.dyad: tagger");
    ASSERT_FALSE(r.ok()) << n;
    EXPECT_NE(r.status().message().find("m.dyad: tagger"), std::string::npos);
  }
  std::string bad = a;
  bad[0] = 'Z';
  auto r1 = Tagger::Load(bad, "m.dyad");
  ASSERT_FALSE(r1.ok());
  EXPECT_NE(r1.status().message().find("not a tagger model"), std::string::npos);
  bad = a;
  bad[4] = 7;  // version
  auto r2 = Tagger::Load(bad, "m.dyad");
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.status().code(), StatusCode::kUnsupported);
  bad = a;
  bad[14] ^= 0x20;  // inside the template signature
  auto r3 = Tagger::Load(bad, "m.dyad");
  ASSERT_FALSE(r3.ok());
  EXPECT_NE(r3.status().message().find("feature templates"), std::string::npos);
  EXPECT_FALSE(Tagger::Load(a + "!", "m.dyad").ok());
  // A flipped byte deep in the weights is caught by the table checks or at
  // least never crashes.
  for (size_t p = 40; p < a.size(); p += a.size() / 13) {
    bad = a;
    bad[p] ^= 0x5a;
    auto r = Tagger::Load(bad, "m.dyad");
    if (r.ok()) {
      std::vector<std::string> u, x;
      r->Tag({"the", "boat", "."}, &u, &x);
      EXPECT_EQ(u.size(), 3u);
    }
  }
}

}  // namespace
}  // namespace dyad
