// Abbreviations that keep their final period in a token ("Mr.", "Inc.",
// "U.S.") and what they say about a sentence boundary after them.
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace dyad::text {

enum class AbbrevKind {
  kNone,          // not an abbreviation: the period is a separate token
  kNoEnd,         // titles, months, "e.g.", single-letter initials: a name or
                  // phrase follows, so no sentence ends here
  kBeforeNumber,  // "No.", "Vol.", "pp.": an abbreviation only before a number
  kAcronym,       // dotted letters "U.S.", "U.N.", "a.m.": may end a sentence
  kMayEnd,        // "Inc.", "Jr.", "etc.", "Calif.": often ends a sentence
};

// Classifies `word`, which ends with '.', e.g. "Gen." or "U.S.". Case matters
// for capitalised entries ("No." but not "no."); lowercase entries also match
// capitalised ("Etc."). Thread-safe.
AbbrevKind ClassifyAbbreviation(std::string_view word);

// Closed-class words that commonly open a sentence ("The", "He", "But"):
// after an acronym like "U.S." they signal a boundary, while "U.S. Army" is
// not one.
bool IsSentenceStarter(std::string_view word);

}  // namespace dyad::text

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
