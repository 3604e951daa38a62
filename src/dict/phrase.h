// Normalising and splitting dictionary phrases and text tokens into match keys.
//
// Dictionary phrases and text tokens are compared as sequences of *keys*:
// lower-cased words with curly quotes folded to ' and " and every dash
// (U+2010..U+2015, U+2212) folded to '-'. A hyphen inside a word separates
// keys and is dropped ("al-Sudani" -> al, sudani; a lone "-" token gives no
// key), so a phrase matches whether the tokenizer keeps hyphenated words
// together or splits them. Periods are kept: "U.S." and "US" differ.
//
// SplitPhrase is the one place where dictionary phrases are tokenised; it
// follows the word boundaries of src/text/tokenizer.h (whitespace, '_',
// hyphens, and punctuation that the tokenizer splits off: , ; : ! ? ( ) " and
// a possessive 's) so that switching to the tokenizer itself only changes
// this function.
#ifndef DYAD_DICT_PHRASE_H_
#define DYAD_DICT_PHRASE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"

namespace dyad::dict {

// Lower-cases (Unicode case folding) and folds quotes and dashes.
std::string NormalizeWord(std::string_view word);

// Splits a phrase as written in a dictionary ('_' and blanks separate words)
// into normalised keys.
std::vector<std::string> SplitPhrase(std::string_view phrase);

// The keys of a token sequence, with the token each key came from.
struct TokenKeys {
  std::vector<std::string> keys;
  std::vector<uint32_t> token;  // token[i] = index of the token key i came from
  // Keys of one token start at first_key[t] (size tokens+1).
  std::vector<uint32_t> first_key;
};
TokenKeys KeysOfTokens(const std::vector<Token>& tokens);
// Same for lemmas (falls back to the form when a token has no lemma).
TokenKeys KeysOfLemmas(const std::vector<Token>& tokens);
// Keys of plain words (one "token" per word).
TokenKeys KeysOfWords(const std::vector<std::string>& words);
// Splits a plain sentence into words for self-tests and tools (whitespace,
// and the punctuation SplitPhrase splits off). Not the pipeline's tokenizer.
std::vector<std::string> SplitSentence(std::string_view sentence);

// Regular English inflections of a verb lemma ("attack" -> attacks, attacked,
// attacking; "try" -> tries, tried, trying; "ban" -> bans, banned, banning).
std::vector<std::string> RegularVerbForms(std::string_view lemma);
// Regular plural of a noun ("ministry" -> ministries, "press" -> presses).
std::string RegularPlural(std::string_view noun);
// VerbForms: RegularVerbForms, with the past forms of common irregular verbs
// ("hold" -> holds, holding, held). Plural: irregular plurals first
// ("woman" -> women, "spokesman" -> spokesmen), else RegularPlural.
std::vector<std::string> VerbForms(std::string_view lemma);
std::string Plural(std::string_view noun);

}  // namespace dyad::dict

#endif  // DYAD_DICT_PHRASE_H_
