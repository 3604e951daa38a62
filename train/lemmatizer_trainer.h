// Training the lemmatiser (src/syntax/lemmatizer.h) from a CoNLL-U treebank.
//
//   Result<Lemmatizer> l = TrainLemmatizer(*train);   // a second or two on EWT
//   std::string payload = l->Save();                  // SyntaxModel section "lemmatizer"
//
// Deterministic: no randomness, tables built from sorted maps.
#ifndef DYAD_TRAIN_LEMMATIZER_TRAINER_H_
#define DYAD_TRAIN_LEMMATIZER_TRAINER_H_

#include <vector>

#include "base/status.h"
#include "syntax/conllu.h"
#include "syntax/lemmatizer.h"
#include "syntax/tagger.h"

namespace dyad {

struct LemmatizerTrainOptions {
  // A (tag, suffix) rule needs this many distinct training words behind it
  // (the empty suffix, the tag's default, needs one).
  int min_suffix_support = 2;
};

Result<Lemmatizer> TrainLemmatizer(const std::vector<ConlluSentence>& train,
                                   const LemmatizerTrainOptions& options = {});

struct LemmaScores {
  size_t words = 0;
  double gold_tags = 0;       // accuracy (%) lemmatising with the gold UPOS/XPOS
  double predicted_tags = 0;  // with the tagger's tags (0 when no tagger given)
};

LemmaScores EvaluateLemmatizer(const Lemmatizer& lemmatizer,
                               const std::vector<ConlluSentence>& sentences,
                               const Tagger* tagger = nullptr);

}  // namespace dyad

#endif  // DYAD_TRAIN_LEMMATIZER_TRAINER_H_
