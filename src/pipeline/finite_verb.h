// Sentences without a finite verb, repaired.
//
// A greedy tagger reads "Settlers attacked farmers." as a noun phrase with a
// participle ("attacked farmers", as in "the attacked farmers"): the sentence
// is left without a verb, and the event with it. A full sentence of a news
// story has a finite verb, so when the tagger finds none, the past participle
// that directly follows the subject noun is read as a past-tense verb and the
// sentence is lemmatised and parsed again with that tag. Nothing else changes.
#ifndef DYAD_PIPELINE_FINITE_VERB_H_
#define DYAD_PIPELINE_FINITE_VERB_H_

#include "base/document.h"
#include "syntax/syntax_model.h"

namespace dyad {

// The token that should be the finite verb of an annotated sentence that has
// none (VBD, VBZ, VBP, MD): the first VBN right after a noun or pronoun, in a
// sentence of at least four tokens that ends in a full stop. -1 when the
// sentence has a finite verb or no such token.
int MissingFiniteVerb(const Sentence& s);

// Annotates `s` with `model` and, when MissingFiniteVerb finds a candidate,
// re-tags it VERB/VBD and lemmatises and parses again. Returns whether it
// repaired the sentence.
bool AnnotateWithFiniteVerb(const SyntaxModel& model, Sentence* s);

}  // namespace dyad

#endif  // DYAD_PIPELINE_FINITE_VERB_H_
