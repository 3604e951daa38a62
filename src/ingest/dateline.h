// Datelines: the line or paragraph prefix that says where and when a story was
// filed ("January 25, 2024", "Updated: Jan. 25, 2024 10:32 AM",
// "BAGHDAD, Jan 25 (Reuters) - The ...", "KYIV, Ukraine (AP) — ...").
#ifndef DYAD_INGEST_DATELINE_H_
#define DYAD_INGEST_DATELINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/document.h"
#include "ingest/date_parse.h"

namespace dyad {

struct DatelineMatch {
  // Byte length of the dateline itself (from the start of the paragraph,
  // trailing dash included, trailing space excluded).
  size_t end = 0;
  // Where the story text starts (== paragraph length when the whole paragraph
  // is a dateline).
  size_t body_start = 0;
  std::optional<PartialDate> date;
  std::string place;  // "BAGHDAD" (empty for a date-only line)
  std::string wire;   // "Reuters" (empty when none)
};

// A paragraph that is only a date, with optional weekday, time, time zone and
// "Updated:"/"Published"/"Posted on" words, and a year.
std::optional<DatelineMatch> MatchDateLine(std::string_view paragraph);
// A wire-style dateline at the start of a paragraph: an upper-case place,
// optional region, optional date, optional "(Wire)", then a dash. The place and
// one of date or wire are required (or the place followed by a dash).
std::optional<DatelineMatch> MatchWireDateline(std::string_view paragraph);

// Looks at the first paragraphs after the headline (role kBody, before the
// first ordinary body paragraph) for datelines: marks them kDateline, splits a
// dateline glued to the lead into a kDateline and a kBody paragraph (exact
// offsets), sets doc->published when unset (a dateline without a year leaves
// it unset) and doc->source from the wire when unset.
void ApplyDatelines(Document* doc);

}  // namespace dyad

#endif  // DYAD_INGEST_DATELINE_H_
