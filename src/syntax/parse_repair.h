// Rule-based repairs of two attachment errors a greedy parser trained on web
// text makes on news, applied after parsing. Both concern who did what to
// whom, which the event coder reads off the tree:
//
//  1. An agent "by"-phrase after the noun object of an active verb belongs to
//     that noun ("prompting retaliatory strikes by the U.S.": the U.S. strikes,
//     it does not prompt). Active verbs take no agent, so a "by" + name (or
//     pronoun) obl of a verb that is not passive, directly after its noun
//     object, is re-attached to the object as nmod. Means and time phrases
//     ("by train", "by Friday") are common nouns or date names and stay.
//  2. "prompted X to act" is object control: the infinitive is the verb's
//     xcomp, not a purpose clause (advcl). For verbs of causing and asking
//     (prompt, urge, force, ask, ...) with a noun or pronoun object, a to-
//     infinitive advcl right after that object is relabelled xcomp.
#ifndef DYAD_SYNTAX_PARSE_REPAIR_H_
#define DYAD_SYNTAX_PARSE_REPAIR_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Repairs heads (0 = root, else 1-based) and relations of one parsed sentence
// in place. Returns the number of words changed.
int RepairParse(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
                const std::vector<std::string>& xpos, const std::vector<std::string>& lemma, std::vector<int>* head,
                std::vector<std::string>* deprel);

}  // namespace dyad

#endif  // DYAD_SYNTAX_PARSE_REPAIR_H_
