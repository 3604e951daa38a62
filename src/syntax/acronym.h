// Acronyms the tagger reads as common nouns.
//
// The tagger learned capitals from web text, where a word in capitals is as
// often a shouted common noun ("NEWS", "WINGS") or an abbreviation used as a
// noun ("CEO", "PC") as a name, and an unknown capitalised word ending in S
// looks like a plural: "Leaders of ECOWAS imposed sanctions" gets ECOWAS/NNS
// with lemma "ecowa", and "ICC issues arrest warrant" gets ICC/NN, after which
// "issues" reads as the plural noun of a compound subject.
//
// An acronym that is not an English word is a name: in news, ICC, ECOWAS and
// BRICS are organisations. Web text also abbreviates common nouns (RFP, DUI,
// SCADA in UD English-EWT are NOUN), so in body text only the readings that
// are certainly wrong are repaired, for a word of two or more capital letters
// (A-Z, '&' inside) whose lowercase form is not a word the tagger saw in
// training (a shouted "NEWS" or "WINGS" is): a verb or adjective (verbs and
// adjectives are not written as acronyms: "ECOWAS imposes sanctions" gets
// ECOWAS/VBZ), or a plural noun ending in S (that S is part of the name, not
// a plural ending; plurals of acronyms take a small s: "NGOs"). Such a word
// becomes PROPN NNP, so its lemma is the form. In a headline, where
// organisations are named by acronym and the subject decides the verb, every
// capitals word tagged NOUN becomes PROPN NNP too, seen in training or not
// (EWT has an "ICC" tagged NOUN). A sentence written in capitals is left
// alone: there capitals say nothing.
#ifndef DYAD_SYNTAX_ACRONYM_H_
#define DYAD_SYNTAX_ACRONYM_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class Tagger;

// Two or more ASCII capital letters, and nothing else but '&' between them.
bool IsCapitalsWord(std::string_view form);

// Whether most words of two or more letters are written in capitals.
bool WrittenInCapitals(const std::vector<std::string_view>& forms);

// The words to read as names, in a sentence not WrittenInCapitals: every
// IsCapitalsWord that is not `known` (called with the lowercase form) and is
// tagged VERB, AUX or ADJ, or NOUN NNS ending in S; in a headline also every
// IsCapitalsWord tagged NOUN.
std::vector<size_t> AcronymNames(const std::vector<std::string_view>& forms, const std::vector<std::string>& upos,
                                 const std::vector<std::string>& xpos, bool headline,
                                 const std::function<bool(std::string_view)>& known);

// Applies AcronymNames to `labels` (Tagger::TagIds output for `forms`): each
// such word becomes PROPN NNP and the words after it are tagged again. Known
// words are the lowercase forms of the tagger's training data
// (Tagger::ambiguity). Returns the number of words changed.
int RepairAcronyms(const Tagger& tagger, const std::vector<std::string_view>& forms, bool headline,
                   std::vector<uint16_t>* labels);

}  // namespace dyad

#endif  // DYAD_SYNTAX_ACRONYM_H_
