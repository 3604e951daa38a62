#include "ingest/dateline.h"

#include <cctype>
#include <string>

namespace dyad {

namespace {

bool Up(char c) { return c >= 'A' && c <= 'Z'; }
bool Low(char c) { return c >= 'a' && c <= 'z'; }
bool Digit(char c) { return c >= '0' && c <= '9'; }

std::string LowerWord(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool AllowedInDateLine(std::string_view w) {
  if (MonthFromName(w) || WeekdayFromName(w, /*abbreviations=*/true) >= 0) return true;
  static const char* kWords[] = {"updated", "update", "published", "posted", "last", "modified", "date",
                                 "dated", "on", "at", "am", "pm", "a", "m", "p", "t", "z", "gmt",
                                 "utc", "est", "edt", "et", "pst", "pdt", "cst", "cdt", "bst", "cet",
                                 "cest", "ist", "msk", "ast", "local", "time", "first", "and", "of",
                                 "th", "st", "nd", "rd", "created", "issued", "released"};
  std::string l = LowerWord(w);
  for (const char* k : kWords)
    if (l == k) return true;
  return false;
}

// Skips an en dash, em dash, "-" or "--" at s[*p]; returns false when none.
bool SkipDash(std::string_view s, size_t* p) {
  size_t i = *p;
  if (s.substr(i, 3) == "\xE2\x80\x94" || s.substr(i, 3) == "\xE2\x80\x93") {
    *p = i + 3;
    return true;
  }
  if (i < s.size() && s[i] == '-') {
    ++i;
    if (i < s.size() && s[i] == '-') ++i;
    *p = i;
    return true;
  }
  return false;
}

size_t SkipSpaces(std::string_view s, size_t p) {
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
  return p;
}

// ", Jan. 25" / ", January 25, 2024" / " Jan 25": parses a date at *p.
bool ParseInlineDate(std::string_view s, size_t* p, PartialDate* out) {
  size_t i = *p;
  size_t w = i;
  while (w < s.size() && std::isalpha(static_cast<unsigned char>(s[w]))) ++w;
  int month = MonthFromName(s.substr(i, w - i));
  if (!month) return false;
  if (w < s.size() && s[w] == '.') ++w;
  size_t d = SkipSpaces(s, w);
  if (d == w || d >= s.size() || !Digit(s[d])) return false;
  int day = 0;
  size_t e = d;
  while (e < s.size() && Digit(s[e]) && e - d < 3) day = day * 10 + (s[e++] - '0');
  if (e - d > 2 || day < 1 || day > 31 || (e < s.size() && Digit(s[e]))) return false;
  PartialDate pd{0, month, day};
  size_t y = e;
  if (y < s.size() && s[y] == ',') ++y;
  y = SkipSpaces(s, y);
  if (y + 4 <= s.size() && Digit(s[y]) && Digit(s[y + 1]) && Digit(s[y + 2]) && Digit(s[y + 3]) &&
      (y + 4 == s.size() || !Digit(s[y + 4]))) {
    pd.year = (s[y] - '0') * 1000 + (s[y + 1] - '0') * 100 + (s[y + 2] - '0') * 10 + (s[y + 3] - '0');
    e = y + 4;
  }
  if (pd.year && !pd.ToDate()) return false;
  *out = pd;
  *p = e;
  return true;
}

}  // namespace

std::optional<DatelineMatch> MatchDateLine(std::string_view line) {
  if (line.empty() || line.size() > 100) return std::nullopt;
  std::string_view s = line;
  std::string place;
  // "Tokyo, March 16, 2023": a capitalised place before the first comma.
  if (size_t comma = s.find(','); comma != std::string_view::npos && comma < 40 && comma > 0 && Up(s[0])) {
    std::string_view pre = s.substr(0, comma);
    bool ok = true;
    int words = 0;
    for (size_t i = 0; i < pre.size() && ok;) {
      if (pre[i] == ' ') { ++i; continue; }
      if (!Up(pre[i])) ok = false;
      size_t j = i;
      while (j < pre.size() && pre[j] != ' ') {
        if (!(std::isalpha(static_cast<unsigned char>(pre[j])) || pre[j] == '.' || pre[j] == '-' || pre[j] == '\'')) ok = false;
        ++j;
      }
      ++words;
      i = j;
    }
    std::string_view first_word = pre.substr(0, pre.find(' '));
    if (ok && words <= 4 && !AllowedInDateLine(first_word)) {
      place = std::string(pre);
      s = s.substr(comma + 1);
    }
  }
  // Every word must be a date word.
  size_t i = 0;
  while (i < s.size()) {
    if (std::isalpha(static_cast<unsigned char>(s[i]))) {
      size_t j = i;
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
      if (!AllowedInDateLine(s.substr(i, j - i))) return std::nullopt;
      i = j;
    } else if (static_cast<unsigned char>(s[i]) >= 0x80) {
      // Non-ASCII: allow only dashes and non-breaking space.
      if (s.substr(i, 3) == "\xE2\x80\x94" || s.substr(i, 3) == "\xE2\x80\x93") i += 3;
      else if (s.substr(i, 2) == "\xC2\xA0") i += 2;
      else return std::nullopt;
    } else {
      ++i;
    }
  }
  auto d = FindDate(s);
  if (!d || d->year == 0) return std::nullopt;
  DatelineMatch m;
  m.end = m.body_start = line.size();
  m.date = d;
  m.place = std::move(place);
  return m;
}

std::optional<DatelineMatch> MatchWireDateline(std::string_view s) {
  size_t p = 0, n = s.size();
  int letters = 0;
  // Upper-case place words separated by spaces or slashes.
  while (p < n && Up(s[p])) {
    size_t q = p;
    while (q < n && (Up(s[q]) || s[q] == '.' || s[q] == '\'' || s[q] == '-')) {
      if (Up(s[q])) ++letters;
      ++q;
    }
    if (q < n && (Low(s[q]) || Digit(s[q]))) return std::nullopt;  // "The", "US1"
    p = q;
    if (p + 1 < n && (s[p] == ' ' || s[p] == '/') && Up(s[p + 1])) {
      // "GAZA CITY" continues; "KYIV Ukraine" does not occur, but the next word
      // must be upper case too, which the loop checks.
      size_t r = p + 1;
      while (r < n && Up(s[r])) ++r;
      if (r < n && Low(s[r])) break;
      ++p;
      continue;
    }
    break;
  }
  if (letters < 2 || p > 60) return std::nullopt;
  DatelineMatch m;
  m.place = std::string(s.substr(0, p));
  // Optional ", Region Words" and ", Date".
  for (int part = 0; part < 3 && p + 2 < n && s[p] == ',' && s[p + 1] == ' '; ++part) {
    size_t q = p + 2;
    PartialDate pd;
    if (!m.date && ParseInlineDate(s, &q, &pd)) {
      m.date = pd;
      p = q;
      continue;
    }
    // Title-case region: up to 4 words.
    size_t r = q;
    int words = 0;
    while (r < n && Up(s[r]) && words < 4) {
      size_t e = r + 1;
      while (e < n && (std::isalpha(static_cast<unsigned char>(s[e])) || s[e] == '.' || s[e] == '\'')) ++e;
      ++words;
      r = e;
      if (r + 1 < n && s[r] == ' ' && Up(s[r + 1])) {
        ++r;
        continue;
      }
      break;
    }
    if (words == 0 || r > 120) return std::nullopt;
    if (r < n && s[r] != ',' && s[r] != ' ') return std::nullopt;
    p = r;
  }
  size_t q = SkipSpaces(s, p);
  if (q < n && s[q] == '(') {
    size_t close = s.find(')', q);
    if (close == std::string_view::npos || close - q > 41 || close == q + 1) return std::nullopt;
    std::string_view wire = s.substr(q + 1, close - q - 1);
    for (char c : wire)
      if (!(std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '&' || c == '-'))
        return std::nullopt;
    m.wire = std::string(wire);
    q = SkipSpaces(s, close + 1);
  }
  if (!SkipDash(s, &q)) return std::nullopt;
  if (q < n && s[q] != ' ' && s[q] != '\t' && s[q] != '\n') return std::nullopt;
  if (!m.date && m.wire.empty() && letters < 4) return std::nullopt;
  m.end = q;
  m.body_start = SkipSpaces(s, q);
  while (m.body_start < n && (s[m.body_start] == '\n' || s[m.body_start] == '\r' || s[m.body_start] == ' '))
    ++m.body_start;
  return m;
}

namespace {

// A wire dateline gives "July 28" without a year: take the year that puts it
// within two months of a full date written in the file name or elsewhere in
// the article (captions and leads usually carry one), nearest first.
std::optional<Date> InferYear(const Document& doc, const PartialDate& pd) {
  std::optional<Date> best;
  int64_t best_gap = 63;
  if (auto named = DateInFileName(doc.path)) {
    for (int y = named->year - 1; y <= named->year + 1; ++y) {
      auto cand = Date::FromYmd(y, pd.month, pd.day);
      if (!cand) continue;
      int64_t gap = cand->ToDays() - named->ToDays();
      if (gap < 0) gap = -gap;
      if (gap < best_gap) best_gap = gap, best = cand;
    }
  }
  for (const Paragraph& p : doc.paragraphs) {
    std::string_view t = doc.Slice(p.start, p.end);
    for (size_t from = 0; from < t.size() && from < 4096;) {
      auto d = FindDate(t.substr(from, 256));
      if (!d) break;
      if (auto full = d->ToDate()) {
        for (int y = full->year - 1; y <= full->year + 1; ++y) {
          auto cand = Date::FromYmd(y, pd.month, pd.day);
          if (!cand) continue;
          int64_t gap = cand->ToDays() - full->ToDays();
          if (gap < 0) gap = -gap;
          if (gap < best_gap) best_gap = gap, best = cand;
        }
      }
      from += 128;
    }
  }
  return best;
}

}  // namespace

void ApplyDatelines(Document* doc) {
  auto& ps = doc->paragraphs;
  int seen = 0;
  for (size_t i = 0; i < ps.size() && seen < 4; ++i) {
    if (ps[i].role == Role::kHeadline) continue;
    if (ps[i].role != Role::kBody) {
      ++seen;
      continue;
    }
    ++seen;
    std::string_view text = doc->Slice(ps[i].start, ps[i].end);
    if (auto m = MatchDateLine(text)) {
      ps[i].role = Role::kDateline;
      if (!doc->published && m->date) doc->published = m->date->ToDate();
      continue;
    }
    if (auto m = MatchWireDateline(text)) {
      if (!doc->published && m->date) {
        doc->published = m->date->ToDate();
        if (!doc->published && m->date->year == 0) doc->published = InferYear(*doc, *m->date);
      }
      if (doc->source.empty() && !m->wire.empty()) doc->source = m->wire;
      if (m->body_start >= text.size()) {
        ps[i].role = Role::kDateline;
        ps[i].end = ps[i].start + static_cast<uint32_t>(m->end);
        continue;
      }
      Paragraph body = ps[i];
      body.start = ps[i].start + static_cast<uint32_t>(m->body_start);
      ps[i].role = Role::kDateline;
      ps[i].end = ps[i].start + static_cast<uint32_t>(m->end);
      ps.insert(ps.begin() + i + 1, body);
      break;
    }
    if (text.size() > 100) break;  // the lead: no dateline after it
  }
}

}  // namespace dyad
