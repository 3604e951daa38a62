// Tokenizer: English news text to Universal Dependencies (EWT-style) tokens
// whose byte offsets point into the original text.
//
// Build once, then call Tokenize from any number of threads (const).
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/document.h"

namespace dyad {

class Tokenizer {
 public:
  Tokenizer();
  // Appends the tokens of text[start, end) to *out. Offsets are into `text`.
  void Tokenize(std::string_view text, uint32_t start, uint32_t end, std::vector<Token>* out) const;
};

}  // namespace dyad

#endif  // DYAD_TEXT_TOKENIZER_H_
