// SentenceSplitter: splits paragraphs into sentences (with tokens).
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
  // decides which roles it codes), in text order.
  void Split(Document* doc) const;
  // Splits text[start, end) (one paragraph, index `paragraph`) into sentences.
  void SplitSpan(std::string_view text, uint32_t start, uint32_t end, int paragraph,
                 std::vector<Sentence>* out) const;

 private:
  Tokenizer tokenizer_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_SENTENCE_SPLITTER_H_
