#include "when/date_finder.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "base/strings.h"

namespace dyad {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "25", "25th", "1st", "2nd", "3rd" -> day number 1..31, or 0.
int DayNumber(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && n < 2 && std::isdigit(static_cast<unsigned char>(w[n]))) ++n;
  if (n == 0 || n > 2) return 0;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  int d = std::stoi(std::string(w.substr(0, n)));
  return d >= 1 && d <= 31 ? d : 0;
}

// A plausible year written as four digits.
int YearNumber(std::string_view w) {
  if (w.size() != 4 || !AllDigits(w)) return 0;
  int y = std::stoi(std::string(w));
  return y >= 1800 && y <= 2199 ? y : 0;
}

int SmallNumber(std::string_view w) {
  static const char* kWords[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                 "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                 "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (int i = 0; i < 21; ++i)
    if (w == kWords[i]) return i;
  if (w == "a" || w == "an") return 1;
  if (AllDigits(w) && w.size() <= 3) return std::stoi(std::string(w));
  return -1;
}

// Words that may introduce a date and belong to its span.
bool IsLeadWord(std::string_view w) {
  return OneOf(w, {"on", "in", "since", "by", "until", "till", "during", "from", "back", "early", "late", "mid",
                "mid-", "earlier", "later", "before", "after", "of", "through", "throughout"});
}

// Words that license a bare month name or a bare year as a date.
bool LicensesBare(std::string_view w) {
  return OneOf(w, {"in", "since", "by", "until", "till", "during", "from", "early", "late", "mid", "mid-",
                "before", "after", "of", "through", "throughout", "between", "last", "next", "this", "and",
                "to", "or", "until", "around", "circa", "as"});
}

bool IsFutureCue(std::string_view w) {
  return OneOf(w, {"will", "'ll", "shall", "wo", "would", "scheduled", "upcoming", "plans", "plan", "planned",
                "planning", "intends", "intend", "expected", "due", "set", "slated", "tomorrow", "next"});
}

struct Ctx {
  const Document& doc;
  const Sentence& s;
  std::vector<std::string> w;  // lowercased forms
  std::optional<Date> anchor;
};

Date Day(int y, int m, int d) {
  auto v = Date::FromYmd(y, m, d);
  return v ? *v : Date{y, m, 0, DatePrecision::kMonth};
}
Date MonthOf(int y, int m) { return Date{y, m, 0, DatePrecision::kMonth}; }
Date YearOf(int y) { return Date{y, 0, 0, DatePrecision::kYear}; }

// "January 9" in an article: the latest such day on or before the publication
// date, or (future tense) the next one on or after it.
int YearOfDayWithoutYear(const Date& anchor, int month, int day, bool future) {
  int year = anchor.year;
  Date cand = Day(year, month, day);
  if (future) {
    if (cand.ToDays() < anchor.ToDays()) ++year;
  } else if (cand.ToDays() > anchor.ToDays()) {
    --year;
  }
  return year;
}

}  // namespace

DateFinder::DateFinder() = default;

std::vector<DateMention> DateFinder::Find(const Document& doc, const Sentence& s, std::optional<Date> anchor) const {
  std::vector<DateMention> out;
  const auto& toks = s.tokens;
  const int n = static_cast<int>(toks.size());
  if (n == 0) return out;
  std::vector<std::string> w(n);
  for (int i = 0; i < n; ++i) w[i] = AsciiLower(toks[i].form);
  auto form = [&](int i) -> std::string_view { return i >= 0 && i < n ? std::string_view(w[i]) : std::string_view(); };
  auto capitalised = [&](int i) {
    return i >= 0 && i < n && !toks[i].form.empty() && std::isupper(static_cast<unsigned char>(toks[i].form[0]));
  };
  // Future tense: a cue in the clause before position i (stopping at ; or :).
  auto future_before = [&](int i) {
    for (int k = i - 1; k >= 0 && k >= i - 15; --k) {
      if (w[k] == ";" || w[k] == ":") break;
      if (IsFutureCue(w[k])) {
        if (w[k] == "set" || w[k] == "due" || w[k] == "expected") return form(k + 1) == "to" || form(k + 1) == "for";
        return true;
      }
    }
    return false;
  };
  auto emit = [&](int first, int last, Date v, DateSource src, std::optional<Date> range_end = std::nullopt) {
    // Extend the span over leading words ("back in", "on", "early").
    int lead = first;
    while (lead - 1 >= 0 && IsLeadWord(w[lead - 1]) && first - lead < 2) --lead;
    DateMention m;
    m.value = v;
    m.source = src;
    m.first_token = lead;
    m.last_token = last;
    m.span = {toks[lead].start, toks[last].end};
    m.range_end = range_end;
    out.push_back(m);
  };

  for (int i = 0; i < n; ++i) {
    std::string_view t = w[i];
    // --- ISO dates: 2024-01-25 (one token) -------------------------------
    if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
      if (auto d = Date::Parse(t)) {
        emit(i, i, *d, DateSource::kExplicit);
        continue;
      }
    }
    // --- numeric d/m/yyyy only when unambiguous (day > 12) ------------------
    if (t.size() >= 8 && t.size() <= 10 && std::count(t.begin(), t.end(), '/') == 2) {
      size_t a = t.find('/'), b = t.find('/', a + 1);
      std::string_view p1 = t.substr(0, a), p2 = t.substr(a + 1, b - a - 1), p3 = t.substr(b + 1);
      if (AllDigits(p1) && AllDigits(p2) && YearNumber(p3)) {
        int x = std::stoi(std::string(p1)), y = std::stoi(std::string(p2)), yr = YearNumber(p3);
        std::optional<Date> d;
        if (x > 12 && y <= 12) d = Date::FromYmd(yr, y, x);
        else if (y > 12 && x <= 12) d = Date::FromYmd(yr, x, y);
        if (d) {
          emit(i, i, *d, DateSource::kExplicit);
          continue;
        }
      }
    }
    // --- Month-led: "January 25, 2024", "Jan. 25", "January 2024", "in August"
    if (int m = MonthFromName(t); m && capitalised(i) && !(m == 5 && toks[i].form == "may")) {
      bool short_may = (m == 5);  // "May" is also a verb: require a licence
      int j = i + 1;
      int day = DayNumber(form(j));
      std::optional<int> range_day;
      // "12-14" as one token: a range of days.
      if (std::string_view f = form(j); !day && f.size() >= 3 && f.size() <= 5) {
        size_t dash = f.find('-');
        if (dash != std::string_view::npos && AllDigits(f.substr(0, dash)) && AllDigits(f.substr(dash + 1))) {
          day = DayNumber(f.substr(0, dash));
          int d2 = DayNumber(f.substr(dash + 1));
          if (day && d2 > day) range_day = d2;
          else day = 0;
        }
      }
      if (day && !YearNumber(form(j))) {
        int last = j;
        int year = 0;
        int k = j + 1;
        if ((form(k) == "-" || form(k) == "–" || form(k) == "to" || form(k) == "and") && DayNumber(form(k + 1)) > day) {
          range_day = DayNumber(form(k + 1));
          last = k + 1;
          k += 2;
        }
        if (form(k) == ",") {
          if (YearNumber(form(k + 1))) {
            year = YearNumber(form(k + 1));
            last = k + 1;
          }
        } else if (YearNumber(form(k))) {
          year = YearNumber(form(k));
          last = k;
        }
        DateSource src = DateSource::kExplicit;
        if (!year) {
          if (!anchor) { i = last; continue; }
          src = DateSource::kRelative;
          year = YearOfDayWithoutYear(*anchor, m, day, future_before(i));
        }
        if (Date::FromYmd(year, m, day)) {
          std::optional<Date> end;
          if (range_day) end = Date::FromYmd(year, m, *range_day);
          emit(i, last, Day(year, m, day), src, end);
          i = last;
          continue;
        }
      }
      int k = j;
      if (form(k) == ",") ++k;
      if (int year = YearNumber(form(k))) {
        emit(i, k, MonthOf(year, m), DateSource::kExplicit);
        i = k;
        continue;
      }
      // Bare month: needs a licensing word before it.
      if (i > 0 && LicensesBare(w[i - 1]) && anchor) {
        int year;
        bool last = w[i - 1] == "last", next = w[i - 1] == "next";
        bool future = next || (!last && future_before(i));
        if (future) year = m > anchor->month ? anchor->year : anchor->year + 1;
        else if (last) year = m < anchor->month ? anchor->year : anchor->year - 1;
        else year = m <= anchor->month ? anchor->year : anchor->year - 1;
        int first = (last || next || w[i - 1] == "this") ? i - 1 : i;
        emit(first, i, MonthOf(year, m), DateSource::kRelative);
        continue;
      }
      (void)short_may;
      continue;
    }
    // --- Day-led: "25 January 2024", "9th of May" --------------------------
    if (int day = DayNumber(t); day && !YearNumber(t)) {
      int j = i + 1;
      if (form(j) == "of") ++j;
      if (int m = MonthFromName(form(j)); m && capitalised(j)) {
        int last = j;
        int year = 0;
        if (YearNumber(form(j + 1))) {
          year = YearNumber(form(j + 1));
          last = j + 1;
        } else if (form(j + 1) == "," && YearNumber(form(j + 2))) {
          year = YearNumber(form(j + 2));
          last = j + 2;
        }
        DateSource src = DateSource::kExplicit;
        if (!year) {
          if (!anchor) continue;
          src = DateSource::kRelative;
          year = YearOfDayWithoutYear(*anchor, m, day, future_before(i));
        }
        if (Date::FromYmd(year, m, day)) {
          emit(i, last, Day(year, m, day), src);
          i = last;
          continue;
        }
      }
    }
    // --- Weekdays ---------------------------------------------------------
    if (int wd = WeekdayFromName(t); wd >= 0) {
      // "Thursday, January 25, 2024": the explicit date that follows wins.
      int j = i + 1;
      if (form(j) == ",") ++j;
      if (MonthFromName(form(j)) && capitalised(j)) continue;
      if (DayNumber(form(j)) && MonthFromName(form(j + 1))) continue;
      if (!anchor) continue;
      int a = anchor->Weekday();
      std::string_view prev = form(i - 1);
      int64_t delta;
      int first = i;
      if (prev == "last") {
        delta = -((a - wd + 7) % 7);
        if (delta == 0) delta = -7;
        first = i - 1;
      } else if (prev == "next") {
        delta = (wd - a + 7) % 7;
        if (delta == 0) delta = 7;
        first = i - 1;
      } else if (prev == "this" ? future_before(i - 1) || wd > a : future_before(i)) {
        delta = (wd - a + 7) % 7;
        if (delta == 0 && prev != "this") delta = 7;
        if (prev == "this") first = i - 1;
      } else {
        delta = -((a - wd + 7) % 7);  // latest on or before the publication day
        if (prev == "this") first = i - 1;
      }
      emit(first, i, anchor->AddDays(delta), DateSource::kRelative);
      continue;
    }
    // --- Relative words ---------------------------------------------------
    if (anchor) {
      if (t == "yesterday") { emit(i, i, anchor->AddDays(-1), DateSource::kRelative); continue; }
      if (t == "today" || t == "tonight") { emit(i, i, *anchor, DateSource::kRelative); continue; }
      if (t == "tomorrow") { emit(i, i, anchor->AddDays(1), DateSource::kRelative); continue; }
      if ((t == "last" || t == "past" || t == "this" || t == "next") &&
          OneOf(form(i + 1), {"week", "month", "year", "weekend"})) {
        std::string_view unit = form(i + 1);
        int dir = t == "next" ? 1 : t == "this" ? 0 : -1;
        int first = i;
        if (i > 0 && OneOf(w[i - 1], {"earlier", "later"}) && t == "this") first = i - 1;
        Date v;
        if (unit == "week" || unit == "weekend") {
          Date d = anchor->AddDays(7 * dir);
          v = MonthOf(d.year, d.month);
          if (dir == 0) v = MonthOf(anchor->year, anchor->month);
        } else if (unit == "month") {
          int mm = anchor->month + dir, yy = anchor->year;
          if (mm < 1) { mm = 12; --yy; }
          if (mm > 12) { mm = 1; ++yy; }
          v = MonthOf(yy, mm);
        } else {
          v = YearOf(anchor->year + dir);
        }
        // "the past year" means the twelve months up to now: keep the anchor's year.
        if (t == "past" && unit == "year") v = YearOf(anchor->year);
        emit(first, i + 1, v, DateSource::kRelative);
        ++i;
        continue;
      }
      // "two days ago", "a year ago"
      if (int k = SmallNumber(t); k > 0 && form(i + 2) == "ago") {
        std::string_view unit = form(i + 1);
        if (!unit.empty() && unit.back() == 's') unit.remove_suffix(1);
        std::optional<Date> v;
        if (unit == "day") v = anchor->AddDays(-k);
        else if (unit == "week") { Date d = anchor->AddDays(-7 * k); v = MonthOf(d.year, d.month); }
        else if (unit == "month") {
          int total = anchor->year * 12 + (anchor->month - 1) - k;
          v = MonthOf(total / 12, total % 12 + 1);
        } else if (unit == "year") v = YearOf(anchor->year - k);
        if (v) {
          emit(i, i + 2, *v, DateSource::kRelative);
          i += 2;
          continue;
        }
      }
    }
    // --- Years: "in 2014", "between 2014 and 2017", "2014-2017" ------------
    if (int y = YearNumber(t); y && i > 0 && LicensesBare(w[i - 1]) && w[i - 1] != "as") {
      // Not a count: "in 2014 attacks" is rare; "2014 troops" has no licence.
      if (form(i + 1) == "-" || form(i + 1) == "–" || form(i + 1) == "and" || form(i + 1) == "to") {
        if (int y2 = YearNumber(form(i + 2)); y2 > y) {
          int first = w[i - 1] == "between" || w[i - 1] == "from" ? i - 1 : i;
          emit(first, i + 2, YearOf(y), DateSource::kExplicit, YearOf(y2));
          i += 2;
          continue;
        }
      }
      emit(i, i, YearOf(y), DateSource::kExplicit);
      continue;
    }
  }
  (void)doc;
  return out;
}

}  // namespace dyad
