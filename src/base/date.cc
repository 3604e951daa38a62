#include "base/date.h"

#include <array>
#include <cstdio>

#include "base/strings.h"

namespace dyad {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

int MonthFromName(std::string_view word) {
  static const std::array<const char*, 12> kFull = {"january", "february", "march",     "april",
                                                    "may",     "june",     "july",      "august",
                                                    "september", "october", "november", "december"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 9) return 0;
  std::string w = AsciiLower(word);
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kFull[m];
    if (w == full || (w.size() == 3 && full.substr(0, 3) == w)) return m + 1;
  }
  return w == "sept" ? 9 : 0;
}

int WeekdayFromName(std::string_view word, bool abbreviations) {
  static const std::array<const char*, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};
  if (abbreviations && !word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 9) return -1;
  std::string w = AsciiLower(word);
  for (int d = 0; d < 7; ++d) {
    std::string_view full = kDays[d];
    if (w == full) return d;
    if (abbreviations && w.size() == 3 && full.substr(0, 3) == w) return d;
  }
  if (abbreviations) {
    if (w == "tues") return 1;
    if (w == "weds") return 2;
    if (w == "thur" || w == "thurs") return 3;
  }
  return -1;
}

const char* DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

std::optional<Date> Date::FromYmd(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  return Date{y, m, d, DatePrecision::kDay};
}

std::optional<Date> Date::Parse(std::string_view s) {
  auto num = [&](size_t pos, size_t len, int* out) {
    if (pos + len > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (s.size() == 4 && num(0, 4, &y) && y >= 1) return Date{y, 0, 0, DatePrecision::kYear};
  if (s.size() == 7 && num(0, 4, &y) && s[4] == '-' && num(5, 2, &m) && y >= 1 && m >= 1 && m <= 12)
    return Date{y, m, 0, DatePrecision::kMonth};
  if (s.size() == 10 && num(0, 4, &y) && s[4] == '-' && num(5, 2, &m) && s[7] == '-' && num(8, 2, &d))
    return FromYmd(y, m, d);
  return std::nullopt;
}

// Howard Hinnant's days_from_civil algorithm (public domain description).
int64_t Date::ToDays() const {
  int y = year, m = month ? month : 1, d = day ? day : 1;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date Date::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d), DatePrecision::kDay};
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  int64_t w = (ToDays() + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string Date::ToString() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case DatePrecision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case DatePrecision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
  }
  return buf;
}

}  // namespace dyad
