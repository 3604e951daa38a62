// Training the whole syntax model (models/syntax.dyad): tagger, lemmatiser
// and parser, as `dyad train syntax` runs it.
//
//   1. Tagger on train (dev picks the best epoch); lemmatiser on train.
//   2. Jackknifed tags: train is split into K folds (sentence i goes to fold
//      i % K); each fold is tagged by a tagger of the same kind (both
//      directions) trained on the other folds, so
//      the parser learns from tags as noisy as those it sees at run time.
//      Dev is tagged by the final tagger.
//   3. Parser on the jackknifed train tags (dev LAS picks the best epoch).
// RetrainParser runs step 3 alone; RetrainTagger runs step 1's tagger alone
// and keeps another model's lemmatiser and parser.
// Deterministic given the seed (folds may run on several threads: each is
// independent and seeded alike, so the result does not depend on threads).
#ifndef DYAD_TRAIN_SYNTAX_TRAINER_H_
#define DYAD_TRAIN_SYNTAX_TRAINER_H_

#include <cstdint>
#include <vector>

#include "base/status.h"
#include "syntax/conllu.h"
#include "syntax/syntax_model.h"

namespace dyad {

struct SyntaxTrainOptions {
  int tagger_epochs = 10;
  int parser_epochs = 10;
  int fold_tagger_epochs = 5;  // epochs of each jackknife fold's tagger
  // 1: left to right only (the committed model); 2: left-to-right and
  // right-to-left models (syntax/tagger.h). See docs/syntax.md.
  int tagger_directions = 1;
  uint64_t seed = 1;
  int jackknife = 5;  // folds; 0 or 1 = parser trains on the final tagger's tags of train
  int threads = 3;    // jackknife folds trained at once
  bool verbose = true;
  // When set, the parser's training tags (jackknifed) and dev tags are also
  // written there as tagged-train.conllu / tagged-dev.conllu, for
  // RetrainParser experiments.
  std::string save_tags_dir;
  // RetrainTagger only: keep the kept model's whole tagger and add the
  // right-to-left weights of the two-direction tagger trained now
  // (Tagger::AddRightToLeft), with this minimum lead.
  bool add_right_to_left = false;
  float min_lead = 0;
};

// Replaces upos/xpos of every word by the tagger's prediction.
void RetagSentences(const Tagger& tagger, std::vector<ConlluSentence>* sentences);

Result<SyntaxModel> TrainSyntax(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                                const SyntaxTrainOptions& options);

// Step 3 alone, for comparing parser variants quickly: trains a parser on
// sentences already tagged as step 2 tags them (e.g. the files written by
// save_tags_dir) and pairs it with `base`'s tagger and lemmatiser. Given the
// tags of the same seed and options, the result equals TrainSyntax's.
Result<SyntaxModel> RetrainParser(const SyntaxModel& base, const std::vector<ConlluSentence>& tagged_train,
                                  const std::vector<ConlluSentence>& tagged_dev, const SyntaxTrainOptions& options);

// Step 1's tagger alone (options' tagger_epochs, tagger_directions, seed;
// dev picks the epoch), paired with `base`'s lemmatiser and parser as they
// are, byte for byte: `dyad train syntax --keep-parser MODEL`. The parser
// then reads the new tagger's tags at run time, although it was trained on
// the tags of `base`'s kind of tagger (docs/syntax.md). Given the same train,
// dev and options, the tagger equals the one TrainSyntax would train.
// Refuses a tagger that can give a label `base`'s tagger cannot (another tag
// set: the parser never saw those tags), naming the label. With
// options.add_right_to_left, `base`'s tagger itself is kept and only the
// right-to-left weights of the new (two-direction) tagger are added to it,
// combined with options.min_lead (`--add-right-to-left --min-lead X`): with
// a lead, words where the right-to-left model is not sure keep `base`'s tags,
// so the kept parser's trees change only there.
Result<SyntaxModel> RetrainTagger(const SyntaxModel& base, const std::vector<ConlluSentence>& train,
                                  const std::vector<ConlluSentence>& dev, const SyntaxTrainOptions& options);

}  // namespace dyad

#endif  // DYAD_TRAIN_SYNTAX_TRAINER_H_
