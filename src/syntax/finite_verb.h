// Sentences without a finite verb, repaired after tagging.
//
// A greedy tagger reads "Settlers attacked farmers." as a noun phrase with a
// participle ("attacked farmers", as in "the attacked farmers"), leaving the
// sentence without a verb; the parser then builds a tree around a noun and
// the event coder finds nothing. A full sentence (four or more words, ending
// in a full stop) has a finite verb, so when the tagger finds none, the past
// participle right after the subject noun or pronoun is read as a past-tense
// verb before lemmatising and parsing. Sentences with a finite verb, and
// participles after a determiner ("the attacked farmers"), are left alone.
#ifndef DYAD_SYNTAX_FINITE_VERB_H_
#define DYAD_SYNTAX_FINITE_VERB_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// The word that should be the finite verb of a tagged sentence that has none
// (no VBD, VBZ, VBP or MD), or -1: the first VBN, when it directly follows a
// noun or personal pronoun.
int MissingFiniteVerb(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos);

// The other common case is a present-tense verb read as a plural noun after
// its subject ("The army attacks rebels", "Kenya departs from the talks",
// headlines such as "Court issues warrant for minister"). When a sentence of
// four or more words, ending in a full stop or in no punctuation at all (a
// headline), has no finite verb (VBD, VBZ, VBP, MD) -- or has them only after
// its last comma, in a trailing ", an official said" -- this marks the words
// that could be its verb: a common noun, base form or participle right after
// a noun or personal pronoun, before that comma. The tagger then picks the one
// it finds most verb-like (Tagger::ForceFiniteVerb), if any is close enough.
// Finite verbs of a clause opened by a subordinating conjunction count as
// that trailing clause too ("African Union suspends Gabon after army officers
// seize power": "seize" is the verb of the after-clause, so the main clause
// still lacks one); candidates are then the words before the conjunction.
// Returns false when the sentence needs no repair.
bool FiniteVerbCandidates(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos,
                          std::vector<uint8_t>* candidate);

// The first subordinating conjunction that can open a finite clause (after,
// before, because, since, until, while, when, once, if, unless, although,
// though, whereas; tagged IN or WRB) after the first word, or forms.size()
// when there is none. Not "as", which mostly compares ("as well as", "such
// as", "legs pulled out as far as ...").
size_t SubordinateClauseStart(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos);

// Whether the noun right before word i ends a coordination of two subjects
// ("U.S. and Britain strike Houthi targets"): word i-2 is "and" or "&", with
// a first conjunct before it. Such a subject is plural, so a candidate
// without -s may be a present-tense verb (VBP) after it, as after a plural
// noun; headlines, written in the present tense, need this most. An -s
// candidate keeps its VBZ reading (the coordination may belong to a
// modifier: "Aid for Gaza and Sudan arrives").
bool CoordinatedSubject(const std::vector<std::string_view>& forms, size_t i);

}  // namespace dyad

#endif  // DYAD_SYNTAX_FINITE_VERB_H_
