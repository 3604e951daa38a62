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
// that could be its verb: a common noun, base form or participle (or an
// adjective in -ed, "The regime committed atrocities" read as "committed
// atrocities") right after a noun or personal pronoun, before that comma. The tagger then picks the one
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

// A reduced relative clause read as the clause's verb. Past tense and past
// participle share their form for most verbs, and in "Troops based in the
// north have left" the tagger may read "based" as the past tense (VBD) and
// the parser then makes it the sentence's root, although the clause has its
// own finite verb ("have") and nothing between them opens another clause:
// "based" is a participle (VBN) modifying "Troops". ReducedRelatives puts in
// *out (cleared first) the VBDs to read as VBN: a VBD right after a noun
// phrase that opens its clause (the sentence's first words, or right after a
// subordinating conjunction such as after, when, because, that; one phrase:
// in "guns the army sent" a new one starts at "the"), followed by a
// prepositional phrase (a preposition, then a noun phrase) or an adverb,
// then by at most two prepositional phrases of determiners, adjectives,
// nouns, numbers and adverbs (nouns coordinated by a conjunction, not
// clauses), ending in a noun, number or adverb right before a finite verb
// (VBD, VBZ, VBP, MD). Left alone: a determiner or possessive right after a
// noun there, or a number before a noun (a new noun phrase: the later verb
// may have its own subject, as in a complement clause without "that": "Aides
// said on Monday the talks had failed", "Police said at least 20 people were
// hurt"), a pronoun subject ("They met in May"), an object right after the
// verb, a comma, conjunction before a clause, relative word or subordinating
// conjunction before the later verb. The caller changes lexical verbs only
// (UPOS VERB), not auxiliaries.
void ReducedRelatives(const std::vector<std::string_view>& forms, const std::vector<std::string>& xpos,
                      std::vector<size_t>* out);

}  // namespace dyad

#endif  // DYAD_SYNTAX_FINITE_VERB_H_
