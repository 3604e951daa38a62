// Scoring the syntax model against a CoNLL-U treebank, as `dyad eval syntax`
// and the EWT conformance test do.
//
// Gold tokens: the model annotates each gold sentence's FORMs; UPOS, XPOS,
// lemma accuracy, UAS and LAS are percentages over all words (punctuation
// included; LAS compares the universal relation, the part before ':').
// Raw text: the treebank's text is rebuilt (RebuildText), Dyad's sentence
// splitter and tokenizer segment it, the model annotates that, and system
// words are aligned to gold words by character spans (CoNLL 2018 style, via
// src/text/segmentation_eval.h); scores are F1 over gold and system words.
#ifndef DYAD_SYNTAX_SYNTAX_EVAL_H_
#define DYAD_SYNTAX_SYNTAX_EVAL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "syntax/conllu.h"
#include "syntax/syntax_model.h"

namespace dyad {

struct GoldTokenScores {
  int64_t words = 0;
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  double seconds = 0;  // wall time of tagging + lemmatising + parsing
  double words_per_second() const { return seconds > 0 ? words / seconds : 0; }
};

struct RawTextScores {
  int64_t gold_words = 0, system_words = 0, gold_sentences = 0, system_sentences = 0;
  double sentence_f1 = 0, token_f1 = 0, upos = 0, uas = 0, las = 0;
};

GoldTokenScores EvaluateGoldTokens(const SyntaxModel& model, const std::vector<ConlluSentence>& gold);
// `what` names the treebank in alignment errors.
Result<RawTextScores> EvaluateRawText(const SyntaxModel& model, const std::vector<ConlluSentence>& gold,
                                      const std::string& what);

}  // namespace dyad

#endif  // DYAD_SYNTAX_SYNTAX_EVAL_H_
