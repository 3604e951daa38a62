// Training the sentence-boundary classifier (src/text/boundary_model.h) on
// CoNLL-U treebanks (UD English-EWT).
//
//   auto train = ReadConllu(".../en_ewt-ud-train.conllu");
//   auto dev = ReadConllu(".../en_ewt-ud-dev.conllu");
//   Result<BoundaryModel> m = TrainSplitter(*train, *dev, SplitterTrainOptions{});
//   m->Save("models/splitter.dyad");
//
// The running text of each treebank is rebuilt as the CoNLL 2018 shared task
// did (RebuildText: paragraphs one per line), each paragraph is split by
// SentenceSplitter::SplitSpanWith; the sentence openers are counted first,
// and the word classes learned (LearnWordClasses: majority UPOS of the
// forms seen twice or more), then at every candidate boundary the
// averaged perceptron is updated towards the gold answer (a gold sentence
// ends where the candidate would end one); the splitting goes on with the
// perceptron's own answer (SplitterTrainOptions::own_history), so the
// sentence-length features count from the boundaries it made, as at run
// time. Paragraph order is shuffled each
// epoch with the seed (own Fisher-Yates over mt19937_64: identical on every
// platform). After each epoch the averaged weights split dev; the epoch with
// the best dev sentence F1 is kept; with SplitterTrainOptions::bags > 1 that
// many perceptrons (seeds seed, seed+1, ...) are trained so and their weights
// averaged; then the decision threshold is chosen on dev. The log also gives
// the candidates' ceiling (dev F1 with the gold answer at every candidate)
// and the model's answers at the dev candidates (DYAD_SPLITTER_DUMP=1 prints
// each wrong one). Test is never looked at.
//
// EWT train (12,544 sentences): about 1 s per epoch on one core.
#ifndef DYAD_TRAIN_SPLITTER_TRAINER_H_
#define DYAD_TRAIN_SPLITTER_TRAINER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "syntax/conllu.h"
#include "text/boundary_model.h"
#include "text/segmentation_eval.h"
#include "text/sentence_splitter.h"

namespace dyad {

struct SplitterTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  // log2 of the hashed weight table's size; 0: exact weights, one per
  // feature hash (no collisions: variants compare without the noise of
  // which features share a weight; docs/splitter.md).
  int table_bits = 14;
  // A word is a sentence opener (BoundaryModel::IsStarter) when it opens
  // that many train sentences written without punctuation after a plain
  // lowercase or capitalised word (dev F1 with 1 / 2 / 3: 0.888 / 0.891 /
  // 0.891).
  int min_starter_count = 2;
  // Also openers: words written with a capital that open at least
  // min_opener_initial train sentences (anywhere, after punctuation too) and
  // are sentence-initial in at least min_opener_share of their capitalised
  // occurrences ("Hello", "Hope", "Then", "Regards", names that sign
  // e-mails), so the classifier is asked before them as well (578 words
  // with 0.3 and 2; a share above 1 turns this off). With own_history: EWT
  // dev sentence F1 0.9012 / 0.8998 / 0.9022 (seeds 1/11/21) against
  // 0.8996 / 0.8976 / 0.8991 without either; 5-fold cross-validation on
  // train 0.8872 against 0.8867 (docs/splitter.md).
  double min_opener_share = 0.3;
  int min_opener_initial = 2;
  // Train on the model's own earlier decisions in the paragraph (the
  // sentence-length and lowercase-word features count from the last
  // boundary the perceptron itself made, as at run time) instead of the
  // gold ones (teacher forcing).
  bool own_history = true;
  // Cross-validation: with folds > 1, train's paragraphs are cut into
  // `folds` contiguous parts and part heldout_fold (0-based) is left out of
  // everything (openers and training); dev still picks epochs and the
  // threshold. CrossValidateSplitter scores the left-out parts.
  int folds = 0;
  int heldout_fold = 0;
  // Word classes (text/word_classes.h) of the forms written at least
  // class_min_count times in train (case-sensitive): with kMajority the
  // form's most frequent UPOS, with kAmbiguity the set of UPOS tags given
  // to at least class_min_share of its occurrences; kNone stores none (every
  // form gets its spelling's fallback class).
  enum class ClassKind { kNone, kMajority, kAmbiguity };
  ClassKind class_kind = ClassKind::kMajority;
  int class_min_count = 2;
  double class_min_share = 0.1;
  // The share of perceptron updates made without the word-identity
  // features (BoundaryFeatures::kWordFeatures), drawn from the run's random
  // stream: the perceptron, which otherwise fits train's candidates by
  // their words alone, gives the word classes weight of their own.
  double lexical_dropout = 0.1;
  // With exact weights (table_bits 0): features seen at fewer train
  // candidates than this (counted once, on the gold history) get no
  // weight.
  int min_feature_count = 1;
  // Threshold offsets by candidate kind (BoundaryKind, boundary_features.h)
  // chosen on cross-validation folds of train, never on dev: `kind_folds`
  // models, each trained without one fold, split their held-out fold; the
  // offsets that maximise boundary F1 over all held-out candidates
  // (coordinate ascent, -3 .. 3 in steps of 0.25, ties nearest 0) are
  // stored with the model trained on all of train.
  bool kind_thresholds = false;
  int kind_folds = 5;
  // Perceptrons trained with seeds seed, seed+1, ... (each its best dev
  // epoch) whose weights are averaged: less dependent on one shuffle.
  int bags = 1;
  bool verbose = true;
  std::string note;  // stored in the model (e.g. the training files)
};

// A treebank as running text with its gold sentences.
struct SplitterCorpus {
  Document doc;                     // text and paragraphs (one per line)
  std::vector<SegmentSpan> gold;    // gold sentence spans
  std::vector<uint32_t> gold_ends;  // sorted byte offsets where gold sentences end
};
SplitterCorpus MakeSplitterCorpus(const std::vector<ConlluSentence>& sentences);

// Sentence-boundary scores of `splitter` on `corpus` (CoNLL 2018 style:
// spans compared without whitespace).
Result<SegmentScores> ScoreSplitter(const SentenceSplitter& splitter, const SplitterCorpus& corpus);

// The word classes TrainSplitter stores, learned from `sentences` less those
// inside bytes [skip_a, skip_b] of their rebuilt text (`spans`: each
// sentence's span there; a cross-validation fold).
WordClasses LearnWordClasses(const std::vector<ConlluSentence>& sentences, const std::vector<SegmentSpan>& spans,
                             uint32_t skip_a, uint32_t skip_b, const SplitterTrainOptions& opt);

// One candidate of a held-out fold: its kind, the model's score less its
// threshold, whether a gold sentence ends there, and the byte offset where
// the sentence would end.
struct HeldOutCandidate {
  int kind = 0;
  float margin = 0;
  bool gold = false;
  uint32_t end = 0;
};
// A held-out fold split by a model (offsets 0): its candidates, the sentence
// ends made elsewhere (terminal punctuation, line and paragraph ends) and
// the gold sentence ends, all sorted.
struct HeldOutSplit {
  std::vector<HeldOutCandidate> candidates;
  std::vector<uint32_t> fixed_ends, gold_ends;
};
// Splits `corpus`'s paragraphs with `model` (offsets 0) and records its
// candidates.
HeldOutSplit SplitHeldOut(const BoundaryModel& model, const SplitterCorpus& corpus);
// Sentence F1 of the splits in `folds` (summed) when a candidate of kind k
// ends a sentence where its margin is above offsets[k] (the earlier
// decisions' effect on later features left aside): a system sentence is
// right when it ends at a gold end and so does the one before it.
double HeldOutSentenceF1(const std::vector<const HeldOutSplit*>& folds, const BoundaryModel::KindOffsets& offsets);
// The offsets maximising that F1: each kind's offset in turn over -3 .. 3
// in steps of 0.25, three rounds; only a better F1 moves one from 0.
BoundaryModel::KindOffsets ChooseKindOffsets(const std::vector<const HeldOutSplit*>& folds);

Result<BoundaryModel> TrainSplitter(const std::vector<ConlluSentence>& train,
                                    const std::vector<ConlluSentence>& dev, const SplitterTrainOptions& opt);

// Sentence-boundary scores summed over `folds` models, each trained without
// one contiguous part of train's paragraphs and scored on it: a yardstick
// with about six times as many sentences as EWT dev, for telling training
// variants apart (docs/splitter.md). opt.folds/heldout_fold are ignored.
// With opt.kind_thresholds each fold's model gets the threshold offsets
// chosen on the other folds' held-out candidates (the plain scores are
// printed to stderr): an honest estimate of what the offsets add.
Result<SegmentScores> CrossValidateSplitter(const std::vector<ConlluSentence>& train,
                                            const std::vector<ConlluSentence>& dev, const SplitterTrainOptions& opt,
                                            int folds);

}  // namespace dyad

#endif  // DYAD_TRAIN_SPLITTER_TRAINER_H_
