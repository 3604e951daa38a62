// Calendar dates (proleptic Gregorian) with a precision, used for publication
// dates and event dates.
#ifndef DYAD_BASE_DATE_H_
#define DYAD_BASE_DATE_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

enum class DatePrecision : uint8_t { kDay, kMonth, kYear };

struct Date {
  int year = 0;
  int month = 0;  // 1..12, 0 when precision is kYear
  int day = 0;    // 1..31, 0 when precision is kMonth or kYear
  DatePrecision precision = DatePrecision::kDay;

  static std::optional<Date> FromYmd(int y, int m, int d);  // validated, day precision
  // Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the formats ToString writes).
  static std::optional<Date> Parse(std::string_view s);
  // Days since 1970-01-01 (of the first day of the period for month/year precision).
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  // 0 = Monday ... 6 = Sunday; only meaningful for day precision.
  int Weekday() const;
  Date AddDays(int64_t n) const { return FromDays(ToDays() + n); }
  // "2024-01-25", "2023-08" or "2014" according to precision.
  std::string ToString() const;

  friend bool operator==(const Date&, const Date&) = default;
};

// 1..12 for an English month name or abbreviation ("Jan", "Jan.", "Sept",
// "January", any case), 0 otherwise.
int MonthFromName(std::string_view word);
// 0 = Monday ... 6 = Sunday for an English weekday name, -1 otherwise. With
// `abbreviations`, "Thu", "Thurs", "Tues", "Weds" (with or without a dot) too.
int WeekdayFromName(std::string_view word, bool abbreviations = false);

bool IsLeapYear(int y);
int DaysInMonth(int y, int m);
const char* DatePrecisionName(DatePrecision p);  // "day", "month", "year"

}  // namespace dyad

#endif  // DYAD_BASE_DATE_H_
