#include "train/splitter_trainer.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace dyad {
namespace {

// CoNLL-U for paragraphs of whitespace-separated sentences (words split at
// spaces; every sentence in a paragraph after the first continues it).
std::string Conllu(const std::vector<std::vector<std::string>>& paragraphs) {
  std::string out;
  int id = 0;
  for (const auto& para : paragraphs) {
    bool first = true;
    for (const auto& sent : para) {
      if (first) out += "# newpar\n";
      first = false;
      out += "# sent_id = s" + std::to_string(++id) + "\n# text = " + sent + "\n";
      int w = 0;
      size_t i = 0;
      while (i < sent.size()) {
        size_t j = sent.find(' ', i);
        if (j == std::string::npos) j = sent.size();
        out += std::to_string(++w) + "\t" + sent.substr(i, j - i) + "\t_\tX\t_\t_\t" + (w == 1 ? "0" : "1") + "\t" +
               (w == 1 ? "root" : "dep") + "\t_\t_\n";
        i = j + 1;
      }
      out += "\n";
    }
  }
  return out;
}

std::vector<ConlluSentence> Parse(const std::vector<std::vector<std::string>>& paragraphs) {
  auto r = ParseConllu(Conllu(paragraphs), "test.conllu");
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<ConlluSentence>{};
}

// Reviews where "Thanks" and "Please" open sentences written without a full
// stop, and capitalised names that do not.
std::vector<std::vector<std::string>> Reviews(int n) {
  const std::vector<std::string> adjectives = {"great", "fine", "cold", "fresh", "slow", "friendly"};
  const std::vector<std::string> names = {"Paris", "Anna", "Lagos", "Omar", "Quito", "Mei"};
  std::vector<std::vector<std::string>> out;
  for (int i = 0; i < n; ++i) {
    const std::string& a = adjectives[i % adjectives.size()];
    const std::string& b = names[(i / 2) % names.size()];
    out.push_back({"the food was " + a, i % 2 ? "Thanks again" : "Please come back",
                   "We met " + b + " at the door ."});
  }
  return out;
}

std::string SplitJoined(const SentenceSplitter& sp, const std::string& text) {
  std::vector<Sentence> out;
  sp.SplitSpan(text, 0, static_cast<uint32_t>(text.size()), 0, &out);
  std::string r;
  for (const auto& s : out) {
    if (!r.empty()) r += " ||| ";
    r += text.substr(s.start, s.end - s.start);
  }
  return r;
}

TEST(SplitterTrainerTest, LearnsBoundariesWithoutPunctuationDeterministically) {
  auto train = Parse(Reviews(60));
  auto dev = Parse(Reviews(12));
  SplitterTrainOptions opt;
  opt.epochs = 4;
  opt.table_bits = 12;
  opt.verbose = false;
  auto a = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  auto b = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());  // deterministic
  EXPECT_TRUE(a->IsStarter("Thanks"));
  EXPECT_TRUE(a->IsStarter("please"));
  EXPECT_FALSE(a->IsStarter("Paris"));

  SentenceSplitter sp(std::make_shared<const BoundaryModel>(std::move(*a)));
  EXPECT_EQ(SplitJoined(sp, "the soup was fresh Thanks again"), "the soup was fresh ||| Thanks again");
  EXPECT_EQ(SplitJoined(sp, "We met Anna at the door ."), "We met Anna at the door .");

  // The trained splitter beats the rules on its dev set.
  SplitterCorpus dc = MakeSplitterCorpus(dev);
  auto with = ScoreSplitter(sp, dc);
  auto rules = ScoreSplitter(SentenceSplitter(nullptr), dc);
  ASSERT_TRUE(with.ok() && rules.ok());
  EXPECT_GT(with->f1(), rules->f1());
  EXPECT_GT(with->f1(), 0.9);

  // Another seed shuffles differently.
  opt.seed = 7;
  auto c = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(c.ok());
}

TEST(SplitterTrainerTest, AveragedRunsAreDeterministicAndNamed) {
  auto train = Parse(Reviews(60));
  auto dev = Parse(Reviews(12));
  SplitterTrainOptions opt;
  opt.epochs = 3;
  opt.table_bits = 12;
  opt.verbose = false;
  opt.bags = 3;
  auto a = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  auto b = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());
  EXPECT_NE(a->note().find("seeds 1..3"), std::string::npos) << a->note();
  opt.bags = 1;
  auto one = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(one.ok());
  EXPECT_NE(one->weights(), a->weights());  // three shuffles averaged, not one
  SentenceSplitter sp(std::make_shared<const BoundaryModel>(std::move(*a)));
  EXPECT_EQ(SplitJoined(sp, "the soup was fresh Thanks again"), "the soup was fresh ||| Thanks again");
}

TEST(SplitterTrainerTest, RefusesBadOptions) {
  auto train = Parse(Reviews(4));
  SplitterTrainOptions opt;
  opt.verbose = false;
  opt.table_bits = 40;
  auto r = TrainSplitter(train, {}, opt);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("table bits 40"), std::string::npos);
  opt.table_bits = 12;
  auto e = TrainSplitter({}, {}, opt);
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("no sentences"), std::string::npos);
  opt.bags = 0;
  auto z = TrainSplitter(train, {}, opt);
  ASSERT_FALSE(z.ok());
  EXPECT_NE(z.status().message().find("0 runs"), std::string::npos);
  opt.bags = 1;
  opt.min_opener_initial = 0;
  auto o = TrainSplitter(train, {}, opt);
  ASSERT_FALSE(o.ok());
  EXPECT_NE(o.status().message().find("opener share"), std::string::npos);
  opt.min_opener_initial = 2;
  opt.lexical_dropout = 1.5;
  auto d = TrainSplitter(train, {}, opt);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("lexical dropout 1.5"), std::string::npos);
  opt.lexical_dropout = 0.1;
  opt.class_min_count = 0;
  auto c = TrainSplitter(train, {}, opt);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("word-class count 0"), std::string::npos);
}

// Word classes from the treebank's UPOS: the majority tag or the set of
// tags of each form seen often enough; rarer forms keep their fallback.
TEST(SplitterTrainerTest, WordClassesFromTheTreebank) {
  // "Jordan": PROPN 3 times; "park": NOUN 2, VERB 1; "Zebedee" once.
  const std::string conllu =
      "# text = Jordan saw the park\n"
      "1\tJordan\t_\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\tsaw\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tthe\t_\tDET\t_\t_\t4\tdet\t_\t_\n4\tpark\t_\tNOUN\t_\t_\t2\tobj\t_\t_\n\n"
      "# text = Jordan will park\n"
      "1\tJordan\t_\tPROPN\t_\t_\t3\tnsubj\t_\t_\n2\twill\t_\tAUX\t_\t_\t3\taux\t_\t_\n"
      "3\tpark\t_\tVERB\t_\t_\t0\troot\t_\t_\n\n"
      "# text = Jordan left the park to Zebedee\n"
      "1\tJordan\t_\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\tleft\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tthe\t_\tDET\t_\t_\t4\tdet\t_\t_\n4\tpark\t_\tNOUN\t_\t_\t2\tobj\t_\t_\n"
      "5\tto\t_\tADP\t_\t_\t6\tcase\t_\t_\n6\tZebedee\t_\tPROPN\t_\t_\t2\tobl\t_\t_\n\n";
  auto sents = ParseConllu(conllu, "classes.conllu");
  ASSERT_TRUE(sents.ok()) << sents.status().ToString();
  SplitterCorpus corpus = MakeSplitterCorpus(*sents);
  SplitterTrainOptions opt;
  opt.class_kind = SplitterTrainOptions::ClassKind::kMajority;
  opt.class_min_count = 2;
  WordClasses maj = LearnWordClasses(*sents, corpus.gold, 1, 0, opt);
  EXPECT_EQ(maj.size(), 3u);  // Jordan, the, park
  EXPECT_EQ(maj.Of("Jordan"), maj.Of("Jordan"));
  EXPECT_EQ(maj.Of("park"), 8u);  // NOUN (2 of 3)
  EXPECT_EQ(maj.Of("Jordan"), 12u);  // PROPN
  EXPECT_EQ(maj.Of("Zebedee"), WordClasses::FallbackOf("Zebedee"));
  EXPECT_EQ(maj.Of("jordan"), WordClasses::FallbackOf("jordan"));
  opt.class_kind = SplitterTrainOptions::ClassKind::kAmbiguity;
  opt.class_min_share = 0.3;
  WordClasses amb = LearnWordClasses(*sents, corpus.gold, 1, 0, opt);
  EXPECT_EQ(amb.Of("park"), (1u << 8) | (1u << 16));  // NOUN and VERB
  EXPECT_EQ(amb.Of("Jordan"), 1u << 12);
  opt.class_min_share = 0.5;
  EXPECT_EQ(LearnWordClasses(*sents, corpus.gold, 1, 0, opt).Of("park"), 1u << 8);
  opt.class_min_count = 1;
  EXPECT_EQ(LearnWordClasses(*sents, corpus.gold, 1, 0, opt).Of("Zebedee"), 1u << 12);
  // A held-out part (the last sentence's bytes) is not counted.
  EXPECT_EQ(LearnWordClasses(*sents, corpus.gold, corpus.gold[2].start, corpus.gold[2].end, opt).Of("Zebedee"),
            WordClasses::FallbackOf("Zebedee"));
  opt.class_kind = SplitterTrainOptions::ClassKind::kNone;
  EXPECT_EQ(LearnWordClasses(*sents, corpus.gold, 1, 0, opt).size(), 0u);
}

// Words capitalised mostly at the start of a sentence become openers even
// when no sentence written without punctuation starts with them in train;
// names written mostly inside sentences do not.
TEST(SplitterTrainerTest, SentenceInitialWordsBecomeOpeners) {
  std::vector<std::vector<std::string>> paras;
  const std::vector<std::string> towns = {"Lima", "Oslo", "Accra", "Hanoi"};
  for (int i = 0; i < 8; ++i) {
    const std::string& t = towns[i % towns.size()];
    paras.push_back({"We drove to " + t + " on Monday .", "Meanwhile the rain kept falling .",
                     "Lima was the last stop ."});
    paras.push_back({"the road was long", "Thanks for the map"});
  }
  auto train = Parse(paras);
  SplitterTrainOptions opt;
  opt.epochs = 2;
  opt.table_bits = 12;
  opt.verbose = false;
  auto m = TrainSplitter(train, {}, opt);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_TRUE(m->IsStarter("Meanwhile"));  // initial 8 of 8 times
  EXPECT_TRUE(m->IsStarter("we"));
  EXPECT_FALSE(m->IsStarter("Oslo"));  // only inside sentences
  // "Lima": initial 8 times, inside 2: a share of 0.8.
  EXPECT_TRUE(m->IsStarter("Lima"));
  EXPECT_NE(m->note().find("own history"), std::string::npos) << m->note();
  opt.min_opener_share = 0.9;
  auto strict = TrainSplitter(train, {}, opt);
  ASSERT_TRUE(strict.ok());
  EXPECT_FALSE(strict->IsStarter("Lima"));
  EXPECT_TRUE(strict->IsStarter("Meanwhile"));
  opt.min_opener_share = 2;  // off: only the openers of bare boundaries
  auto off = TrainSplitter(train, {}, opt);
  ASSERT_TRUE(off.ok());
  EXPECT_FALSE(off->IsStarter("Meanwhile"));
  EXPECT_TRUE(off->IsStarter("Thanks"));
}

// Training on the perceptron's own decisions is deterministic, says so in
// the model's note, and learns the boundaries.
TEST(SplitterTrainerTest, OwnHistoryTrainingIsDeterministic) {
  // Two boundaries without punctuation in each paragraph.
  std::vector<std::vector<std::string>> paras;
  const std::vector<std::string> adjectives = {"great", "fine", "cold", "fresh", "slow", "friendly", "noisy"};
  for (int i = 0; i < 40; ++i)
    paras.push_back({"the room was " + adjectives[i % adjectives.size()], "Thanks again", "Please call us"});
  auto train = Parse(paras);
  paras.resize(8);
  auto dev = Parse(paras);
  SplitterTrainOptions opt;
  opt.epochs = 3;
  opt.table_bits = 12;
  opt.verbose = false;
  auto a = TrainSplitter(train, dev, opt);
  auto b = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());
  opt.own_history = false;
  auto g = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(g.ok());
  EXPECT_NE(g->note().find("gold history"), std::string::npos) << g->note();
  SentenceSplitter sp(std::make_shared<const BoundaryModel>(std::move(*a)));
  EXPECT_EQ(SplitJoined(sp, "the bed was soft Thanks again Please call us"),
            "the bed was soft ||| Thanks again ||| Please call us");
}

// Cross-validation scores every train sentence once, on models that never
// saw it, and refuses too few folds or paragraphs.
TEST(SplitterTrainerTest, CrossValidationScoresEachHeldOutPartOnce) {
  auto train = Parse(Reviews(30));
  auto dev = Parse(Reviews(6));
  SplitterTrainOptions opt;
  opt.epochs = 3;
  opt.table_bits = 12;
  opt.verbose = false;
  auto cv = CrossValidateSplitter(train, dev, opt, 3);
  ASSERT_TRUE(cv.ok()) << cv.status().ToString();
  EXPECT_EQ(cv->gold, train.size());
  EXPECT_GT(cv->f1(), 0.9);
  auto again = CrossValidateSplitter(train, dev, opt, 3);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->correct, cv->correct);
  // A model trained without the first third never learned from it: its
  // openers come from the other paragraphs only.
  std::vector<std::vector<std::string>> paras = Reviews(30);
  for (int i = 0; i < 10; ++i) paras[i][1] = "Cheers mate";
  auto mixed = Parse(paras);
  SplitterTrainOptions held = opt;
  held.folds = 3;
  held.heldout_fold = 0;
  auto m = TrainSplitter(mixed, dev, held);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_FALSE(m->IsStarter("Cheers"));
  held.heldout_fold = 1;
  auto m1 = TrainSplitter(mixed, dev, held);
  ASSERT_TRUE(m1.ok());
  EXPECT_TRUE(m1->IsStarter("Cheers"));
  held.heldout_fold = 3;
  auto bad = TrainSplitter(mixed, dev, held);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("held-out fold 3 of 3"), std::string::npos);
  auto one = CrossValidateSplitter(train, dev, opt, 1);
  ASSERT_FALSE(one.ok());
  EXPECT_NE(one.status().message().find("1 folds"), std::string::npos);
  auto many = CrossValidateSplitter(Parse(Reviews(2)), dev, opt, 5);
  ASSERT_FALSE(many.ok());
  EXPECT_NE(many.status().message().find("paragraphs for 5 folds"), std::string::npos);
}

// Offsets by kind: where one kind's candidates just above the threshold
// are false, its offset rises; where another's just below are boundaries,
// its offset falls; a kind with no reason to move stays at 0.
TEST(SplitterTrainerTest, KindOffsetsEvenOutUnbalancedKinds) {
  HeldOutSplit a, b;
  // Paragraph k spans bytes [1000k, 1000k + 999]; gold sentences end at
  // 1000k + 500 and at the paragraph's end (always a system end too).
  auto para = [](HeldOutSplit* h, uint32_t k) {
    h->gold_ends.push_back(1000 * k + 500);
    h->gold_ends.push_back(1000 * k + 999);
    h->fixed_ends.push_back(1000 * k + 999);
  };
  for (uint32_t k = 0; k < 10; ++k) {  // fold a: false openers at margin 0.3
    para(&a, k);
    a.candidates.push_back({kKindLowerOpener, 0.3f, false, 1000 * k + 250});
    a.candidates.push_back({kKindLowerOpener, 1.5f, true, 1000 * k + 500});
    a.candidates.push_back({kKindLowerOpener, 0.3f, false, 1000 * k + 750});
  }
  for (uint32_t k = 10; k < 20; ++k) {  // fold b: missed boundaries after commas at -0.6
    para(&b, k);
    b.candidates.push_back({kKindComma, -2.0f, false, 1000 * k + 250});
    b.candidates.push_back({kKindComma, -0.6f, true, 1000 * k + 500});
  }
  for (uint32_t k = 20; k < 25; ++k) {  // right at 0
    para(&b, k);
    b.candidates.push_back({kKindOther, -2.0f, false, 1000 * k + 250});
    b.candidates.push_back({kKindOther, 2.0f, true, 1000 * k + 500});
  }
  // With offsets 0: fold a has no right sentence in its first ten
  // paragraphs, fold b only in the last five.
  // (System ends: 40 in fold a, 10 + 10 in fold b; gold ends 20 + 30.)
  EXPECT_NEAR(HeldOutSentenceF1({&a, &b}, {}), 2.0 * 10 / (60 + 50), 1e-9);
  BoundaryModel::KindOffsets o = ChooseKindOffsets({&a, &b});
  EXPECT_GE(o[kKindLowerOpener], 0.5f);
  EXPECT_LT(o[kKindLowerOpener], 1.5f);
  EXPECT_LE(o[kKindComma], -0.75f);
  EXPECT_GT(o[kKindComma], -2.0f);
  EXPECT_EQ(o[kKindOther], 0.0f);
  EXPECT_EQ(o[kKindCapOpener], 0.0f);  // no candidates
  EXPECT_DOUBLE_EQ(HeldOutSentenceF1({&a, &b}, o), 1.0);
  EXPECT_EQ(ChooseKindOffsets({}), BoundaryModel::KindOffsets{});
}

// Exact weights (table bits 0) and offsets chosen on folds of train: the
// training stays deterministic and the model learns the same boundaries.
TEST(SplitterTrainerTest, ExactWeightsAndKindOffsetsTrainDeterministically) {
  auto train = Parse(Reviews(60));
  auto dev = Parse(Reviews(12));
  SplitterTrainOptions opt;
  opt.epochs = 3;
  opt.table_bits = 0;
  opt.verbose = false;
  opt.kind_thresholds = true;
  opt.kind_folds = 3;
  auto a = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  auto b = TrainSplitter(train, dev, opt);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());
  EXPECT_EQ(a->table_bits(), 0);
  EXPECT_GT(a->keyed().size(), 10u);
  EXPECT_NE(a->note().find("threshold offsets by kind"), std::string::npos) << a->note();
  SentenceSplitter sp(std::make_shared<const BoundaryModel>(std::move(*a)));
  EXPECT_EQ(SplitJoined(sp, "the soup was fresh Thanks again"), "the soup was fresh ||| Thanks again");
  // Offsets are not chosen inside a cross-validation fold.
  opt.folds = 3;
  EXPECT_FALSE(TrainSplitter(train, dev, opt).ok());
  opt.folds = 0;
  opt.kind_folds = 1;
  EXPECT_FALSE(TrainSplitter(train, dev, opt).ok());
}

}  // namespace
}  // namespace dyad
