// The rule-based tag repairs, in the order they run after tagging and before
// lemmatising and parsing:
//   1. acronyms read as common nouns become names (syntax/acronym.h);
//   2. a full sentence without a finite verb gets its participle back as a
//      past-tense verb (MissingFiniteVerb, syntax/finite_verb.h);
//   3. or else the most verb-like candidate after its subject becomes the
//      present- or past-tense verb (FiniteVerbCandidates and
//      Tagger::ForceFiniteVerb), if it trails its tag by at most
//      `finite_verb_margin`;
//   4. a past tense (VERB VBD) after a clause-opening subject, followed by a
//      prepositional phrase and the clause's own finite verb, becomes a past
//      participle (VERB VBN): a reduced relative clause (ReducedRelatives,
//      syntax/finite_verb.h).
// The acronyms come first because the verb after a name is read in the light
// of the name ("ICC issues arrest warrant": after ICC/NNP, "issues" is close
// enough to a verb; after ICC/NN it is the plural noun of a compound).
#ifndef DYAD_SYNTAX_TAG_REPAIR_H_
#define DYAD_SYNTAX_TAG_REPAIR_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad {

class Tagger;

// Repairs `labels` (Tagger::TagIds output for `forms`) in place. `headline`:
// the sentence is an article's headline (written without articles, in the
// present tense, naming organisations by acronym). Returns the number of
// repairs made (0: labels unchanged).
int RepairTags(const Tagger& tagger, const std::vector<std::string_view>& forms, double finite_verb_margin,
               bool headline, std::vector<uint16_t>* labels);

}  // namespace dyad

#endif  // DYAD_SYNTAX_TAG_REPAIR_H_
