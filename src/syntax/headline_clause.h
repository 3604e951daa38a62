// The main clause of a sentence whose finite verb the parser did not make
// the head of its subject.
//
// Headlines drop articles, so a name right before the verb looks like a noun
// modifier to a parser trained on web text:
//  1. "U.S. and Britain strike Houthi targets": the name phrase before a
//     finite verb is attached to the verb as `compound`. A compound modifies
//     a noun, never a finite verb; a noun or name that is the compound of a
//     finite verb to its right, directly before it, when the verb has no
//     subject, is its subject (nsubj).
// In headlines only (web text has too many sentences where these patterns
// are right):
//  2. "Hamas gunmen kill three": the name and the noun after it are both
//     made subjects of the verb. A clause has one subject; when a subject
//     phrase is directly followed by another subject of the same verb, the
//     first is a noun modifier (compound) of the second.
//  3. "Al-Shabaab car bombs kill at least 100": the first name becomes the
//     root and the clause after it a relative clause of it (acl:relcl) with
//     its own subject ("car bombs"), as if it were "the group [car bombs
//     kill]". A headline is a clause, not a noun with a relative clause, so
//     when the root is a bare name (no determiner, case marker, copula or
//     subject) whose relative clause has a finite verb, a noun subject, and
//     no relative word (who, which, that, where), and the name phrase ends
//     right before that subject, the verb becomes the root, the name a
//     compound of the subject's head noun, and the name's dependents after
//     the verb ("..., Somali president says") the verb's.
#ifndef DYAD_SYNTAX_HEADLINE_CLAUSE_H_
#define DYAD_SYNTAX_HEADLINE_CLAUSE_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Repairs heads (0 = root, else 1-based) and relations of one parsed sentence
// in place; `headline`: the sentence is an article's headline (repairs 2 and
// 3 are made only then). Returns the number of words changed.
int RepairHeadlineClause(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
                         const std::vector<std::string>& xpos, bool headline, std::vector<int>* head,
                         std::vector<std::string>* deprel);

}  // namespace dyad

#endif  // DYAD_SYNTAX_HEADLINE_CLAUSE_H_
