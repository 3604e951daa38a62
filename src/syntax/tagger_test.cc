#include "syntax/tagger.h"

#include <gtest/gtest.h>

#include <cstring>
#include <limits>
#include <random>
#include <sstream>
#include <utility>

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
  opt.bidirectional = true;
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

// A language where a word's tag depends on the LAST word of the sentence,
// too far right for the left-to-right model's window (+2): four ambiguous
// words are nouns before the final particle "ka" and verbs before "ru".
// Only the right-to-left model, carrying the class along its history, can
// tag the first words.
std::vector<ConlluSentence> FarRightCorpus(int n, uint64_t seed) {
  const char* words[] = {"zop", "miv", "tal", "ker"};
  std::mt19937_64 rng(seed);
  std::vector<ConlluSentence> out;
  for (int i = 0; i < n; ++i) {
    const bool noun = rng() % 2;
    std::string spec;
    const int len = 4 + static_cast<int>(rng() % 4);
    for (int k = 0; k < len; ++k) spec += std::string(words[rng() % 4]) + (noun ? "/NOUN/NN " : "/VERB/VB ");
    spec += noun ? "ka/PART/RP" : "ru/PART/TO";
    out.push_back(Sent(spec));
  }
  return out;
}

// A two-direction and a left-to-right tagger trained on the same
// far-right corpus (5 epochs).
std::pair<Result<Tagger>, Result<Tagger>> TrainFarRightTaggers() {
  TaggerTrainOptions opt;
  opt.epochs = 5;
  opt.verbose = false;
  opt.bidirectional = true;
  auto both = TrainTagger(FarRightCorpus(600, 1), FarRightCorpus(50, 2), opt);
  opt.bidirectional = false;
  auto left = TrainTagger(FarRightCorpus(600, 1), FarRightCorpus(50, 2), opt);
  return {std::move(both), std::move(left)};
}

TEST(TaggerTest, RightToLeftModelSeesTheEndOfTheSentence) {
  auto [both, left] = TrainFarRightTaggers();
  ASSERT_TRUE(both.ok() && left.ok());
  EXPECT_TRUE(both->bidirectional());
  EXPECT_FALSE(left->bidirectional());
  const auto test = FarRightCorpus(300, 3);
  const double b = EvaluateTagger(*both, test).upos, l = EvaluateTagger(*left, test).upos;
  EXPECT_GT(b, 95.0) << l;
  EXPECT_LT(l, 85.0) << b;  // the first words of each sentence are a guess
  // One-direction taggers save and load as such.
  auto reloaded = Tagger::Load(left->Save(), "left");
  ASSERT_TRUE(reloaded.ok()) << reloaded.status().ToString();
  EXPECT_FALSE(reloaded->bidirectional());
  EXPECT_EQ(reloaded->Save(), left->Save());
}

TEST(TaggerTest, AddRightToLeftKeepsTheLeftTaggersTagsUnlessTheMeanLeadsClearly) {
  auto [both, left] = TrainFarRightTaggers();
  ASSERT_TRUE(both.ok() && left.ok());
  const auto test = FarRightCorpus(300, 3);
  // Words whose label differs from the left tagger's.
  auto changed = [&](const Tagger& t) {
    int n = 0;
    for (const auto& s : test) {
      std::vector<std::string_view> forms;
      for (auto& w : s.words) forms.push_back(w.form);
      std::vector<uint16_t> a, b;
      left->TagIds(forms, &a);
      t.TagIds(forms, &b);
      for (size_t i = 0; i < a.size(); ++i) n += a[i] != b[i];
    }
    return n;
  };
  std::vector<int> changes;
  for (float lead : {0.0f, 2.0f, 8.0f, 1e6f}) {
    auto t = Tagger::AddRightToLeft(*left, *both, lead);
    ASSERT_TRUE(t.ok()) << t.status().ToString();
    EXPECT_TRUE(t->bidirectional());
    EXPECT_EQ(t->min_lead(), lead);
    changes.push_back(changed(*t));
    // Saved as version 2 without a lead, 3 with one; loads back the same.
    std::string bytes = t->Save();
    EXPECT_EQ(bytes[4], lead > 0 ? 3 : 2);
    auto l = Tagger::Load(bytes, "grafted");
    ASSERT_TRUE(l.ok()) << l.status().ToString();
    EXPECT_EQ(l->Save(), bytes);
    EXPECT_EQ(l->min_lead(), lead);
    if (lead == 0.0f) EXPECT_GT(EvaluateTagger(*t, test).upos, 95.0);
  }
  // The right-to-left model repairs the left tagger's guesses; with a lead
  // beyond any score, it changes none (the greedy history makes the count
  // between the two not strictly monotone, so only the ends are checked).
  EXPECT_GT(changes[0], 0);
  EXPECT_EQ(changes.back(), 0);

  // Refusals: no right-to-left model, a bad lead, a tagger of other data.
  EXPECT_FALSE(Tagger::AddRightToLeft(*left, *left, 1).ok());
  EXPECT_FALSE(Tagger::AddRightToLeft(*left, *both, -1).ok());
  EXPECT_FALSE(Tagger::AddRightToLeft(*left, *both, std::numeric_limits<float>::quiet_NaN()).ok());
  auto other = Tagger::AddRightToLeft(TrainToy(), *both, 1);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("differ"), std::string::npos) << other.status().message();
  // A version-3 payload whose lead is not positive is corrupt.
  std::string bytes = Tagger::AddRightToLeft(*left, *both, 4).value().Save();
  const float bad = -1.0f;
  std::memcpy(bytes.data() + bytes.size() - sizeof bad, &bad, sizeof bad);
  auto r = Tagger::Load(bytes, "m.dyad: tagger");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("bad minimum lead"), std::string::npos) << r.status().message();
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
  EXPECT_TRUE(l->bidirectional());
  EXPECT_EQ(l->weights_right_to_left().num_features(), t.weights_right_to_left().num_features());
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
  EXPECT_NE(r2.status().message().find("tagger format version 7 (this build reads 1 to 3)"), std::string::npos)
      << r2.status().message();
  bad[4] = 1;  // a two-direction payload read as one direction: trailing bytes
  auto r2b = Tagger::Load(bad, "m.dyad");
  ASSERT_FALSE(r2b.ok());
  EXPECT_NE(r2b.status().message().find("trailing"), std::string::npos) << r2b.status().message();
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
