// Training the POS tagger (src/syntax/tagger.h) on CoNLL-U treebanks.
//
//   auto train = ReadConllu(".../en_ewt-ud-train.conllu");
//   auto dev = ReadConllu(".../en_ewt-ud-dev.conllu");
//   TaggerTrainOptions opt;            // epochs, seed, verbose
//   Result<Tagger> t = TrainTagger(*train, *dev, opt);
//   std::string payload = t->Save();   // SyntaxModel section "tagger"
//
// Greedy training with the averaged perceptron, left to right, and with
// `bidirectional` also right to left on reversed sentences (each epoch of
// the two on its own thread): features use the model's own previous
// predictions, as at run time. Each epoch's pair is evaluated as
// the tagger combines them (src/syntax/tagger.h). Sentence order is
// shuffled each epoch with the seed (own Fisher-Yates over mt19937_64, so the
// result is identical on every platform). After each epoch the averaged
// weights are evaluated on dev (UPOS / XPOS accuracy printed to stderr when
// verbose) and the best epoch's tagger is returned. With an empty dev set the
// last epoch is kept.
//
// EWT train (204k words): about 10 s per epoch and direction on one core.
#ifndef DYAD_TRAIN_TAGGER_TRAINER_H_
#define DYAD_TRAIN_TAGGER_TRAINER_H_

#include <cstdint>
#include <vector>

#include "base/status.h"
#include "syntax/conllu.h"
#include "syntax/tagger.h"

namespace dyad {

struct TaggerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  bool verbose = true;
  // Tag dictionary: forms seen at least this often with one label in at
  // least this share of occurrences are tagged without the model.
  int dict_min_count = 20;
  double dict_min_share = 0.995;
  // Ambiguity classes (label sets of known words, used as features for the
  // word and its neighbours): forms seen at least amb_min_count times; labels
  // with at least amb_min_share of the form's occurrences.
  int amb_min_count = 1;
  double amb_min_share = 0.05;
  // Training sentences get ambiguity classes computed from the other folds.
  int amb_folds = 10;
  // Train the right-to-left model too (false: left to right only).
  bool bidirectional = false;
};

struct TaggerScores {
  size_t words = 0;
  double upos = 0, xpos = 0, both = 0;  // accuracies in percent
};

// Tagging accuracy on gold-tokenised sentences.
TaggerScores EvaluateTagger(const Tagger& tagger, const std::vector<ConlluSentence>& sentences);

Result<Tagger> TrainTagger(const std::vector<ConlluSentence>& train,
                           const std::vector<ConlluSentence>& dev, const TaggerTrainOptions& options);

}  // namespace dyad

#endif  // DYAD_TRAIN_TAGGER_TRAINER_H_
