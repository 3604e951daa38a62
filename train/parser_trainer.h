// Training the arc-hybrid parser: averaged perceptron with the dynamic oracle
// of Goldberg & Nivre (2013), exploring the model's own (possibly wrong)
// moves after the first epochs. Deterministic given the seed.
#ifndef DYAD_TRAIN_PARSER_TRAINER_H_
#define DYAD_TRAIN_PARSER_TRAINER_H_

#include <cstdint>
#include <vector>

#include "base/status.h"
#include "syntax/conllu.h"
#include "syntax/parser.h"

namespace dyad {

struct ParserTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  bool verbose = true;         // per-epoch dev scores on stderr
  int explore_from_epoch = 2;  // 1-based epoch from which the oracle explores
  double explore_p = 0.9;      // probability of following the model's move then
  float prune_fraction = 2e-3f;  // WeightTable pruning (fraction of max |w|) ...
  // ... raised (x1.5 at a time) until the weights take at most this many
  // bytes (12 per feature + 4 per weight), so the model file stays small.
  size_t max_weight_bytes = 15000000;
};

struct ParseScores {
  double uas = 0, las = 0;  // percentages over all words; LAS on the universal relation
  int64_t words = 0;
};

// Scores `parser` on sentences (their upos/xpos are the parser's input tags).
ParseScores EvaluateParser(const Parser& parser, const std::vector<ConlluSentence>& gold);

// Trains on `train` (tags in upos/xpos are what the parser sees: give it
// predicted tags), keeps the epoch with the best dev LAS.
Result<Parser> TrainParser(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                           const ParserTrainOptions& options);

}  // namespace dyad

#endif  // DYAD_TRAIN_PARSER_TRAINER_H_
