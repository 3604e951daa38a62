// Cleaner: gives every paragraph of a freshly read Document its Role.
//
// Input: paragraphs as the readers made them (headline, datelines, and kBody
// for everything else; HTML headings and figure captions already kHeading and
// kCaption). Rules hold across publishers; none names a publisher:
//   duplicate   exact or whitespace/case/quote-normalised repeat of an earlier
//               paragraph (the headline included); a paragraph that starts
//               with an earlier one (>= 40 characters, ending a sentence) is
//               split into a kDuplicate part and a kBody rest; drop-cap
//               artefacts (lone letter + continuation, see drop_cap.h)
//   caption     short paragraph with a photo credit ("Photo by", "Photo:",
//               "(AP Photo/...)", "Getty Images", "REUTERS/Name", ...)
//   attribution "Source: X", "(Reporting by ...; Editing by ...)", "— Reuters",
//               bylines ("By Jane Doe")
//   boilerplate subscribe/follow/sign-up/copyright/all rights reserved/click
//               here/read more/advertisement lines; a publisher blurb ("X is
//               dedicated to ...") among the last paragraphs
//   heading     short line without final punctuation, starting with a capital
//               or digit, followed by a longer paragraph
// Every paragraph keeps its bytes: nothing is dropped. Build once; Clean is
// const and thread-safe.
#ifndef DYAD_INGEST_CLEANER_H_
#define DYAD_INGEST_CLEANER_H_

#include <string>
#include <string_view>

#include "base/document.h"

namespace dyad {

class Cleaner {
 public:
  Cleaner() = default;
  // Assigns roles, may split or join paragraphs (offsets stay exact), and
  // sets doc->source from an attribution ("Source: Reuters") when unset.
  void Clean(Document* doc) const;
};

// The key two paragraphs must share to be duplicates: whitespace runs folded
// to one space, ASCII lower-cased, curly quotes folded to straight ones.
std::string NormalizeForDuplicates(std::string_view text);

}  // namespace dyad

#endif  // DYAD_INGEST_CLEANER_H_
