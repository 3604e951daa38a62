// Lenient parsing of the dates publishers write: ISO 8601 ("2024-01-25",
// "2024-01-25T10:00:00Z"), "January 25, 2024", "Jan. 25, 2024", "25 January
// 2024", "Thursday, January 25, 2024", RFC 2822 ("Thu, 25 Jan 2024 10:00:00
// +0000"), numeric "01/25/2024" (month first unless the first number is > 12).
#ifndef DYAD_INGEST_DATE_PARSE_H_
#define DYAD_INGEST_DATE_PARSE_H_

#include <optional>
#include <string_view>

#include "base/date.h"

namespace dyad {

// A calendar date whose year may be missing ("Jan 25" in a wire dateline).
struct PartialDate {
  int year = 0;  // 0 when not given
  int month = 0, day = 0;
  // The day-precision Date when the year is known and the date is valid.
  std::optional<Date> ToDate() const;
};

// Month and weekday names: MonthFromName / WeekdayFromName in base/date.h.

// Parses a string holding one date, possibly with a time, weekday and
// surrounding words ("Updated: Jan 25, 2024 10:32 AM"). Returns the first date
// found, or nullopt.
std::optional<PartialDate> FindDate(std::string_view s);
// FindDate, requiring a year and a valid day.
std::optional<Date> ParseDate(std::string_view s);

// A date written YYYY-MM-DD (or YYYY_MM_DD, YYYYMMDD) in the file name of a
// path, standing alone between non-digits ("2023-05-28_turkey_runoff.txt",
// "archive/nato-finland-2023-04-04.html"), as scrapers and archives name
// their files. Folders are not looked at; nullopt when there is none.
std::optional<Date> DateInFileName(std::string_view path);

}  // namespace dyad

#endif  // DYAD_INGEST_DATE_PARSE_H_
