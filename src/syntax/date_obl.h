// Dates under a preposition are never subjects.
//
// News sentences put the day between the subject and the verb ("China on
// Tuesday ordered a Canadian diplomat to leave"). A parser trained on web
// text, where that order is rare, can read the preposition as a clause
// marker and the day as a second subject: on/mark, Tuesday/nsubj. A weekday
// or month name right after a preposition is the object of that preposition,
// so when the verb has another subject the day becomes an oblique (obl) of
// the verb with the preposition as its case marker, and the real subject is
// the only one left. A date that is the verb's only subject stays: "After
// May resigned" names a person. A month name that
// continues a date phrase already attached as an oblique ("on Friday 12 May
// rejected": May/nsubj) joins that phrase (nmod:unmarked of the word before
// it). And when the parser hangs the day from a name that is the subject
// of the verb right after the day's phrase ("Iran on Tuesday ordered":
// Tuesday/nmod of Iran), the day becomes an oblique of that verb: a name is
// not modified by a day. Common-noun subjects keep theirs ("the vote on
// Sunday was cancelled").
//
// Day and month names are recognised by spelling (base/date.h) and must be
// tagged PROPN, so "may" the modal and "march" the verb never qualify.
#ifndef DYAD_SYNTAX_DATE_OBL_H_
#define DYAD_SYNTAX_DATE_OBL_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Whether a word is a weekday or month name written as a name (capitalised,
// tagged PROPN).
bool IsDateName(std::string_view form, std::string_view upos);

// Repairs heads (0 = root, else 1-based) and relations of one parsed sentence
// in place. Returns the number of words changed.
int RepairDateSubjects(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
                       const std::vector<std::string>& xpos, std::vector<int>* head,
                       std::vector<std::string>* deprel);

}  // namespace dyad

#endif  // DYAD_SYNTAX_DATE_OBL_H_
