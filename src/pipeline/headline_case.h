// Title-case headlines, read in sentence case.
//
// "ICC Issues Arrest Warrant for Putin" looks to a tagger trained on
// sentence-case text like a run of proper names, so the verb is lost. For a
// headline whose words are capitalised as in a title, the syntax stage is
// given sentence-case forms instead: every capitalised word after the first is
// lower-cased unless it is part of a name the dictionary knows (an actor or a
// nationality adjective), or is written all in capitals (ICC, NATO). The
// tokens keep their original forms and offsets; only what the tagger and the
// parser read changes.
#ifndef DYAD_PIPELINE_HEADLINE_CASE_H_
#define DYAD_PIPELINE_HEADLINE_CASE_H_

#include <string>
#include <vector>

#include "base/document.h"

namespace dyad {

// Whether a headline's words are capitalised as in a title: at least two
// capitalised words after the first and at least 70% of its words after the
// first (letters only, short function words ignored) capitalised.
bool IsTitleCase(const std::vector<Token>& tokens);

// The forms to parse for a title-case headline: capitalised words after the
// first lower-cased, except where `keep[i]` is set or the word is all
// capitals. `keep` has one flag per token (may be empty: keep nothing).
std::vector<std::string> SentenceCaseForms(const std::vector<Token>& tokens, const std::vector<bool>& keep);

}  // namespace dyad

#endif  // DYAD_PIPELINE_HEADLINE_CASE_H_
