// DateFinder: date expressions in a sentence, resolved against the
// publication date.
//
// Finds absolute dates ("January 25, 2024", "25 Jan 2024", "2024-01-25",
// "January 2024", "in 2014"), dates relative to the publication date ("on
// Tuesday", "yesterday", "last week", "earlier this month", "back in August",
// "last year", "two days ago") and ranges ("between 2014 and 2017", "January
// 5-7"; the start is the value). Weekdays and month names without a year take
// the latest occurrence on or before the publication date, unless the clause
// is in the future tense ("will meet on Tuesday"), which takes the next one.
//
// Build once; Find is const and thread-safe.
#ifndef DYAD_WHEN_DATE_FINDER_H_
#define DYAD_WHEN_DATE_FINDER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "base/document.h"

namespace dyad {

struct DateMention {
  Date value;                 // with precision day, month or year
  DateSource source = DateSource::kExplicit;  // explicit or relative
  TextSpan span;              // the words it came from
  int first_token = 0, last_token = 0;  // token indices in the sentence (inclusive)
  std::optional<Date> range_end;        // for ranges
};

class DateFinder {
 public:
  DateFinder();
  // The date expressions of `s` (tokens of doc.text) in text order. `anchor`
  // is the publication date; without it only absolute dates are returned.
  std::vector<DateMention> Find(const Document& doc, const Sentence& s, std::optional<Date> anchor) const;
};

}  // namespace dyad

#endif  // DYAD_WHEN_DATE_FINDER_H_
