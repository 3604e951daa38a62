// Attaches each event's own date and counts: the date expression and the
// counts that hang (in the dependency parse) under the event's trigger, not
// under another event's, win over the article's date.
#ifndef DYAD_CODER_EVENT_DETAILS_H_
#define DYAD_CODER_EVENT_DETAILS_H_

#include <vector>

#include "base/document.h"
#include "count/count_finder.h"
#include "when/date_finder.h"

namespace dyad {

// Fills event_date/date_source/date_span, counts, fatalities and injuries of
// the events of `doc` (dates relative to doc->published).
void AttachEventDetails(const DateFinder& dates, const CountFinder& counts, Document* doc);

}  // namespace dyad

#endif  // DYAD_CODER_EVENT_DETAILS_H_
