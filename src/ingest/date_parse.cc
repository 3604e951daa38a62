#include "ingest/date_parse.h"

#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace dyad {

namespace {

std::string Lower(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

struct Tok {
  enum Kind { kWord, kNum } kind;
  std::string_view text;
  int value = 0;  // numbers: value; words: month (1..12) or 0
  size_t len = 0; // digits
};

// Splits into words and numbers; an ordinal suffix (25th) stays with its number.
std::vector<Tok> Tokenize(std::string_view s, size_t max_tokens) {
  std::vector<Tok> out;
  size_t i = 0, n = s.size();
  while (i < n && out.size() < max_tokens) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c)) {
      size_t j = i;
      int v = 0;
      while (j < n && std::isdigit(static_cast<unsigned char>(s[j]))) {
        if (j - i < 9) v = v * 10 + (s[j] - '0');
        ++j;
      }
      Tok t{Tok::kNum, s.substr(i, j - i), v, j - i};
      // ordinal suffix
      if (j + 1 < n + 0 && j + 2 <= n) {
        std::string suf = Lower(s.substr(j, 2));
        if ((suf == "st" || suf == "nd" || suf == "rd" || suf == "th") &&
            (j + 2 == n || !std::isalpha(static_cast<unsigned char>(s[j + 2]))))
          j += 2;
      }
      out.push_back(t);
      i = j;
    } else if (std::isalpha(c)) {
      size_t j = i;
      while (j < n && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
      Tok t{Tok::kWord, s.substr(i, j - i), 0, 0};
      t.value = MonthFromName(t.text);
      out.push_back(t);
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

bool IsDay(const Tok& t) { return t.kind == Tok::kNum && t.len <= 2 && t.value >= 1 && t.value <= 31; }
bool IsYear(const Tok& t) { return t.kind == Tok::kNum && t.len == 4 && t.value >= 1000; }

}  // namespace

std::optional<Date> PartialDate::ToDate() const {
  if (year == 0) return std::nullopt;
  return Date::FromYmd(year, month, day);
}

std::optional<PartialDate> FindDate(std::string_view s) {
  // ISO: YYYY-MM-DD or YYYY/MM/DD (possibly followed by a time).
  for (size_t i = 0; i + 10 <= s.size() && i < 64; ++i) {
    auto dig = [&](size_t k) { return std::isdigit(static_cast<unsigned char>(s[k])) != 0; };
    if (dig(i) && dig(i + 1) && dig(i + 2) && dig(i + 3) && (s[i + 4] == '-' || s[i + 4] == '/') &&
        dig(i + 5) && dig(i + 6) && s[i + 7] == s[i + 4] && dig(i + 8) && dig(i + 9) &&
        (i == 0 || !dig(i - 1)) && (i + 10 == s.size() || !dig(i + 10))) {
      PartialDate d;
      d.year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
      d.month = (s[i + 5] - '0') * 10 + (s[i + 6] - '0');
      d.day = (s[i + 8] - '0') * 10 + (s[i + 9] - '0');
      if (d.ToDate()) return d;
    }
  }
  std::vector<Tok> t = Tokenize(s.substr(0, 256), 40);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind == Tok::kWord && t[i].value) {
      int month = t[i].value;
      // Month Day [Year]
      if (i + 1 < t.size() && IsDay(t[i + 1])) {
        PartialDate d{0, month, t[i + 1].value};
        if (i + 2 < t.size() && IsYear(t[i + 2])) d.year = t[i + 2].value;
        if (d.year == 0 || d.ToDate()) return d;
      }
      // Day Month [Year]
      if (i > 0 && IsDay(t[i - 1])) {
        PartialDate d{0, month, t[i - 1].value};
        if (i + 1 < t.size() && IsYear(t[i + 1])) d.year = t[i + 1].value;
        if (d.year == 0 || d.ToDate()) return d;
      }
    }
    // Numeric M/D/YYYY or D/M/YYYY or D.M.YYYY
    if (i + 2 < t.size() && IsDay(t[i]) && IsDay(t[i + 1]) && IsYear(t[i + 2])) {
      size_t a_end = t[i].text.data() + t[i].text.size() - s.data();
      char sep = a_end < s.size() ? s[a_end] : ' ';
      if (sep == '/' || sep == '.' || sep == '-') {
        int a = t[i].value, b = t[i + 1].value;
        PartialDate d{t[i + 2].value, a, b};
        if (a > 12 || sep == '.') d = PartialDate{t[i + 2].value, b, a};
        if (d.ToDate()) return d;
      }
    }
  }
  return std::nullopt;
}

std::optional<Date> ParseDate(std::string_view s) {
  auto d = FindDate(s);
  if (!d) return std::nullopt;
  return d->ToDate();
}

}  // namespace dyad

namespace dyad {

std::optional<Date> DateInFileName(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  auto digit = [&](size_t i) { return i < name.size() && name[i] >= '0' && name[i] <= '9'; };
  auto num = [&](size_t i, size_t len) {
    int v = 0;
    for (size_t k = 0; k < len; ++k) v = v * 10 + (name[i + k] - '0');
    return v;
  };
  for (size_t i = 0; i + 8 <= name.size(); ++i) {
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;
    size_t j = i;
    while (digit(j)) ++j;
    std::optional<Date> d;
    if (j - i == 8) {
      d = Date::FromYmd(num(i, 4), num(i + 4, 2), num(i + 6, 2));
    } else if (j - i == 4 && j + 6 <= name.size() && (name[j] == '-' || name[j] == '_') && digit(j + 1) &&
               digit(j + 2) && name[j + 3] == name[j] && digit(j + 4) && digit(j + 5) && !digit(j + 6)) {
      d = Date::FromYmd(num(i, 4), num(j + 1, 2), num(j + 4, 2));
    }
    if (d && d->year >= 1900 && d->year <= 2100) return d;
    i = j;
  }
  return std::nullopt;
}

}  // namespace dyad
