// Drop caps: scrapers often save a decorated first letter as its own line
// ("I", blank line, "n a significant development, ...").
//
// The cleaner (cleaner.h) either marks both pieces kDuplicate (when the joined
// text repeats an earlier paragraph) or joins them into ONE kBody paragraph
// spanning from the letter to the end of the continuation. The text between
// the letter and the continuation ("\n\n") stays in Document::text, so offsets
// are exact; JoinDropCapTokens then fixes the tokens the sentence splitter
// made from such a paragraph: the letter token and the first token of the
// continuation become one token (span from the letter to the end of the word,
// form = the joined word, e.g. "In"), and sentences split between them are
// merged.
#ifndef DYAD_INGEST_DROP_CAP_H_
#define DYAD_INGEST_DROP_CAP_H_

#include <cstddef>
#include <string_view>

#include "base/document.h"

namespace dyad {

// True when `paragraph` is a lone drop-cap letter: one ASCII upper-case letter,
// optionally preceded by an opening quote.
bool IsDropCapLetter(std::string_view paragraph);
// True when `paragraph` starts like the continuation of a word (lower-case
// ASCII letter).
bool IsDropCapContinuation(std::string_view paragraph);
// For a joined drop-cap paragraph ("I\n\nn a ..."): the offset of the
// continuation inside it; 0 when `paragraph` is not one.
size_t DropCapSplit(std::string_view paragraph);

// Call after sentence splitting (see above). Idempotent.
void JoinDropCapTokens(Document* doc);

}  // namespace dyad

#endif  // DYAD_INGEST_DROP_CAP_H_
