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
//  3. A coordinated subject read as coordinated clauses: in "Chile, the
//     Andean states and Peru signed the pact" the parser may make "Chile" the
//     head (root, or subject of a reporting verb later in the sentence), hang
//     "signed" on it as conj and give "signed" only the last conjunct
//     ("Peru") as subject. A finite verb that is the conj of an earlier noun
//     or name, whose subject is that list's last conjunct (it has its own
//     "and"/"or"), with no other verb between the first noun and that
//     subject, takes the first noun's place (root, or ccomp of the verb it
//     was the subject of); the first noun becomes its nsubj and the last
//     conjunct the first noun's conj, so every member of the list is a
//     subject again.
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
