// SentenceSplitter: splits paragraphs into sentences (with tokens).
//
// Rules, applied to the tokens of one paragraph (a paragraph never merges
// with the next):
//  * a sentence ends after a run of terminal punctuation (. ! ? ... !! ?!),
//    together with closing quotes/brackets written right after it (."  .”
//    ?"  .) ), unless the next token is , ; : or the period closes a list
//    number ("1. Go home"). Before a lowercase word it ends one only when no
//    closing quote intervened (quoted speech: "Why?" he asked.) and the
//    punctuation is not an ellipsis (the tokenizer has already kept the
//    periods of known abbreviations); ellipses end a sentence only before a
//    capital. A dateline ("WASHINGTON (Reuters) -") is a sentence of its own;
//  * an abbreviation that keeps its period ends a sentence only when a
//    capitalised word follows and it is one that can end one: "Inc." "Jr."
//    "etc." yes; "Mr." "Gen." "Jan." "e.g." and initials ("J. R. R.") never;
//    dotted acronyms ("U.S.") only before a typical sentence opener ("The",
//    "He", ...), so "U.S. Army" stays whole;
//  * a blank line inside the span always ends a sentence; a single line
//    break ends one unless the next line starts in lowercase (a wrapped line);
//    so headlines, headings and list items without a full stop stand alone.
//
// Build once, then call from any number of threads (const).
#ifndef DYAD_TEXT_SENTENCE_SPLITTER_H_
#define DYAD_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/document.h"
#include "text/tokenizer.h"

namespace dyad {

class SentenceSplitter {
 public:
  SentenceSplitter();
  // Fills doc->sentences for every paragraph of doc (any role: the coder
  // decides which roles it codes), in text order. When doc->paragraphs is
  // empty, the text is split at blank lines and the sentences get
  // paragraph = -1.
  void Split(Document* doc) const;
  // Splits text[start, end) (one paragraph, index `paragraph`) into sentences.
  void SplitSpan(std::string_view text, uint32_t start, uint32_t end, int paragraph,
                 std::vector<Sentence>* out) const;
  // Same, for tokens already produced by the tokenizer for text[start,end)
  // (consumed: moved into the sentences).
  void SplitTokens(std::string_view text, std::vector<Token>* tokens, int paragraph,
                   std::vector<Sentence>* out) const;

  const Tokenizer& tokenizer() const { return tokenizer_; }

 private:
  // SplitSpan with caller-owned scratch buffers (reused across paragraphs).
  void SplitRaw(std::string_view text, uint32_t start, uint32_t end, int paragraph, RawTokens* raw,
                std::vector<size_t>* ends, std::vector<Sentence>* out) const;
  Tokenizer tokenizer_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_SENTENCE_SPLITTER_H_
