#include "text/tokenizer.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

#include "text/abbreviations.h"
#include "text/char_class.h"

namespace dyad {
namespace {

using text::AbbrevKind;
using text::DecodeAt;
using text::IsAlnumCp;
using text::IsDigitCp;
using text::IsLetterCp;

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }
inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// ASCII case-insensitive equality.
bool EqCI(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (Lower(a[i]) != Lower(b[i])) return false;
  return true;
}
bool StartsCI(std::string_view s, std::string_view pre) {
  return s.size() >= pre.size() && EqCI(s.substr(0, pre.size()), pre);
}
bool EndsCI(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && EqCI(s.substr(s.size() - suf.size()), suf);
}
template <size_t N>
bool InListCI(std::string_view w, const std::array<std::string_view, N>& list) {
  for (auto x : list)
    if (EqCI(w, x)) return true;
  return false;
}

void AppendUtf8(std::string* s, char32_t c) {
  if (c < 0x80) {
    s->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    s->push_back(static_cast<char>(0xC0 | (c >> 6)));
    s->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    s->push_back(static_cast<char>(0xE0 | (c >> 12)));
    s->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    s->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    s->push_back(static_cast<char>(0xF0 | (c >> 18)));
    s->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    s->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    s->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Prefixes that EWT keeps attached to the following word with a hyphen
// ("non-human", "e-mail", "re-read", "mid-August"); other hyphenated words
// are split into word - word.
constexpr std::array<std::string_view, 33> kKeepPrefixes = {
    "e", "non", "anti", "pre", "re", "mid", "post", "over", "co", "pro", "multi",
    "ex", "semi", "sub", "cross", "neo", "counter", "psycho", "socio", "intra", "un",
    "mis", "micro", "macro", "ultra", "quasi", "bi", "tri", "mini", "hyper", "cyber",
    "infra", "extra"};

// Units split from a preceding number ("5pm" -> 5 pm, "35mm" -> 35 mm).
constexpr std::array<std::string_view, 40> kUnits = {
    "am", "pm", "k", "m", "mm", "cm", "km", "kg", "g", "mg", "lb", "lbs", "ft", "mph",
    "kph", "kmh", "mw", "mwh", "kw", "kwh", "gw", "gwh", "gb", "mb", "kb", "tb", "ghz",
    "mhz", "hz", "bn", "mn", "b", "hrs", "hr", "mins", "min", "ml", "oz", "x", "yrs"};

// Clitic-less negations that EWT splits as do + nt.
constexpr std::array<std::string_view, 16> kNtWords = {
    "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "couldnt", "wouldnt",
    "shouldnt", "arent", "werent", "havent", "hasnt", "hadnt", "aint", "mustnt"};

constexpr std::array<std::string_view, 28> kEmoticons = {
    ":)", ":-)", ":(", ":-(", ":D", ":-D", ";)", ";-)", ":P", ":p", ":-P", ":-p", ":/", ":-/",
    ":'(", "<3", ":o", ":O", "=)", "^_^", "^^", "-_-", ":]", ":|", "=(", ";-(", "XD", ":-*"};

constexpr std::array<std::string_view, 26> kTlds = {
    "com", "org", "net", "gov", "edu", "mil", "int", "io", "co", "uk", "us", "ca", "de",
    "fr", "au", "in", "info", "biz", "tv", "me", "ly", "ru", "cn", "jp", "eu", "ie"};

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool IsOpenPunct(char32_t c) {
  switch (c) {
    case '(': case '[': case '{': case '"': case '`': case 0x201C: case 0x2018: case 0x00AB:
    case 0x201E: case 0x201A: case 0x00BF: case 0x00A1: case '<':
      return true;
    default:
      return false;
  }
}

bool IsDashCp(char32_t c) { return c == 0x2013 || c == 0x2014 || c == 0x2015; }

bool IsUrlOrEmail(std::string_view w) {
  if (w.size() < 4) return false;
  if (StartsCI(w, "http://") || StartsCI(w, "https://") || StartsCI(w, "ftp://") ||
      StartsCI(w, "mailto:") || (StartsCI(w, "www.") && w.size() > 5))
    return true;
  if (w.find("://") != std::string_view::npos) return true;
  size_t at = w.find('@');
  if (at != std::string_view::npos && at > 0) {
    size_t dot = w.find('.', at + 1);
    if (dot != std::string_view::npos && dot > at + 1 && dot + 1 < w.size() &&
        IsAsciiAlnum(w[dot + 1]) && IsAsciiAlnum(w[at - 1]) && IsAsciiAlnum(w[at + 1]))
      return true;
  }
  // Bare domain: label(.label)+ with a known top-level label, optional /path.
  size_t slash = w.find('/');
  std::string_view host = w.substr(0, slash);
  size_t last_dot = host.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return false;
  bool letter = false;
  for (size_t i = 0; i < host.size(); ++i) {
    unsigned char c = host[i];
    if (c == '.') {
      if (i == 0 || host[i - 1] == '.') return false;
    } else if (IsAsciiAlnum(c) || c == '-') {
      if (!(c >= '0' && c <= '9')) letter = true;
    } else {
      return false;
    }
  }
  return letter && InListCI(host.substr(last_dot + 1), kTlds);
}

constexpr std::array<std::string_view, 6> kClitics = {"s", "m", "d", "re", "ve", "ll"};

// Where the trailing clitic of `w` starts (w.size() when none).
size_t CliticStart(std::string_view w) {
  size_t n = w.size();
  if (n < 2) return n;
  // Quick exit: no apostrophe (' or the last byte of ’) near the end, and
  // not a "cannot"/"dont" candidate.
  bool apostrophe = false;
  for (size_t k = n > 6 ? n - 6 : 0; k < n; ++k) apostrophe |= (w[k] == '\'' || w[k] == '\x99');
  char last = static_cast<char>(w[n - 1] | 0x20);
  if (!apostrophe && last != 't') return n;
  // n't / n’t
  if (n > 3 && EndsCI(w, "n't")) return n - 3;
  if (n > 5 && EndsCI(w, "n\xE2\x80\x99t")) return n - 5;
  auto before_ok = [&](size_t pos) {
    if (pos == 0) return false;
    unsigned char c = w[pos - 1];
    return IsAsciiAlnum(c) || c == '.' || c >= 0x80;
  };
  for (size_t alen : {size_t{1}, size_t{3}}) {  // ' or ’
    if (!apostrophe) break;
    for (std::string_view cl : kClitics) {
      size_t tail = alen + cl.size();
      if (n <= tail) continue;
      size_t pos = n - tail;
      bool apos = alen == 1 ? w[pos] == '\'' : w.substr(pos, 3) == "\xE2\x80\x99";
      if (apos && EqCI(w.substr(pos + alen), cl) && before_ok(pos)) return pos;
    }
  }
  if (EqCI(w, "cannot")) return 3;
  if (n >= 4 && (w[n - 1] | 0x20) == 't' && (w[n - 2] | 0x20) == 'n' && InListCI(w, kNtWords)) return n - 2;
  return n;
}

class Scanner {
 public:
  // `t` ends at the tokenized span's end; `full` is the whole text.
  Scanner(std::string_view t, std::string_view full, RawTokens* out)
      : t_(t), full_(full), out_(out) {}

  // A whitespace-free chunk; `simple`: only ASCII letters and digits;
  // `ascii`: no byte >= 0x80 (forms equal their bytes); `other`: where the
  // first byte that is not an ASCII letter or digit is (>= e: none).
  void Chunk(uint32_t b, uint32_t e, bool simple, bool ascii, uint32_t other);

 private:
  char32_t At(size_t i) const { return DecodeAt(t_, i).cp; }
  // Most tokens are ASCII, whose forms are their bytes: that part is
  // inlined where tokens are emitted, the normalisation is not.
  [[gnu::always_inline]] void Emit(uint32_t b, uint32_t e) {
    if (b >= e) return;
    RawToken& tok = out_->tokens.emplace_back();
    tok.start = b;
    tok.end = e;
    if (chunk_ascii_) return;  // the form is the bytes
    SetForm(&tok);
  }
  [[gnu::noinline]] void SetForm(RawToken* tok) {
    std::string_view raw = t_.substr(tok->start, tok->end - tok->start);
    bool ascii = true;
    for (unsigned char c : raw) ascii &= c < 0x80;
    if (ascii) return;
    std::string form = NormalizeTokenForm(raw);
    if (form == raw) return;
    tok->form_at = static_cast<uint32_t>(out_->forms.size());
    tok->form_len = static_cast<uint32_t>(form.size());
    out_->forms += form;
  }
  void Core(uint32_t b, uint32_t e);
  void PlainWord(uint32_t b, uint32_t e);  // ASCII letters and digits only
  void Infix(uint32_t b, uint32_t e);
  void Segment(uint32_t b, uint32_t e) {
    if (b >= e) return;
    if (t_[b] >= '0' && t_[b] <= '9') {
      SegmentNumber(b, e);
      return;
    }
    Emit(b, e);
  }
  void SegmentNumber(uint32_t b, uint32_t e);  // t_[b] is a digit
  bool NextIsDigit(size_t e) const {
    while (e < full_.size() && text::IsAsciiSpace(full_[e])) ++e;
    return e < full_.size() && full_[e] >= '0' && full_[e] <= '9';
  }
  bool KeepLeadingApostrophe(uint32_t b, uint32_t e) const;

  std::string_view t_, full_;
  RawTokens* out_;
  bool chunk_ascii_ = false;
};

bool Scanner::KeepLeadingApostrophe(uint32_t b, uint32_t e) const {
  size_t alen = t_[b] == '\'' ? 1 : 3;
  std::string_view rest = t_.substr(b + alen, e - b - alen);
  // Strip trailing punctuation that will be split off anyway.
  while (!rest.empty() && (rest.back() == '.' || rest.back() == ',' || rest.back() == '!' ||
                           rest.back() == '?' || rest.back() == ';' || rest.back() == ':'))
    rest.remove_suffix(1);
  static constexpr std::array<std::string_view, 10> kLeading = {"s", "m", "d", "re", "ve", "ll", "em",
                                                                 "n", "cause", "til"};
  if (InListCI(rest, kLeading)) return true;
  // '90s, '08
  if (rest.size() >= 2 && isdigit(static_cast<unsigned char>(rest[0])) &&
      isdigit(static_cast<unsigned char>(rest[1])) &&
      (rest.size() == 2 || (rest.size() == 3 && (rest[2] == 's' || rest[2] == 'S'))))
    return true;
  return false;
}

void Scanner::PlainWord(uint32_t b, uint32_t e) {
  // Only "cannot" and the apostrophe-less negations ("dont") split; what
  // Core would do with them, without its URL and infix scans.
  const uint32_t n = e - b;
  if (n >= 4 && (t_[e - 1] | 0x20) == 't') {
    std::string_view w = t_.substr(b, n);
    size_t cl = CliticStart(w);
    if (cl < n) {
      Segment(b, b + static_cast<uint32_t>(cl));
      Emit(b + static_cast<uint32_t>(cl), e);
      return;
    }
  }
  Segment(b, e);  // numbers with units: "5pm"
}

void Scanner::Chunk(uint32_t b, uint32_t e, bool simple, bool ascii, uint32_t other) {
  chunk_ascii_ = ascii;
  // Fast path: plain ASCII word.
  if (simple) {
    PlainWord(b, e);
    return;
  }
  // Fast path: plain ASCII word and one closing mark ("said," "year."
  // "again?"): the general rules below would split off the mark and treat
  // the word as above; a period stays only on an abbreviation ("Gen.").
  if (e - b >= 2) {
    const char last = t_[e - 1];
    if (last == ',' || last == '.' || last == ';' || last == ':' || last == ')' || last == '"' ||
        last == '?' || last == '!') {
      const bool word = other >= e - 1;  // all bytes before the mark
      if (word && (last != '.' || text::ClassifyAbbreviation(t_.substr(b, e - b)) == AbbrevKind::kNone)) {
        PlainWord(b, e - 1);
        Emit(e - 1, e);
        return;
      }
    }
  }
  std::string_view whole = t_.substr(b, e - b);
  // Every emoticon starts with one of : ; = < ^ - X.
  const char first = t_[b];
  const bool maybe_emoticon = e - b <= 4 && (first == ':' || first == ';' || first == '=' || first == '<' ||
                                             first == '^' || first == '-' || first == 'X');
  if (maybe_emoticon) for (auto em : kEmoticons) {
    if (whole == em) {
      Emit(b, e);
      return;
    }
  }
  // Leading punctuation.
  while (b < e) {
    auto cp = DecodeAt(t_, b);
    char32_t c = cp.cp;
    if (c == '`' && b + 1 < e && t_[b + 1] == '`') {
      Emit(b, b + 2);
      b += 2;
      continue;
    }
    if (IsApostrophe(c)) {
      if (b + cp.len < e && KeepLeadingApostrophe(b, e)) break;
      Emit(b, b + cp.len);
      b += cp.len;
      continue;
    }
    if (IsOpenPunct(c)) {
      if (c == '<' && e - b > 1) {  // "<3" handled above; "<tag" keeps going
        Emit(b, b + 1);
        b += 1;
        continue;
      }
      Emit(b, b + cp.len);
      b += cp.len;
      continue;
    }
    if ((c == '$' || c == 0x00A3 || c == 0x20AC || c == 0x00A5 || c == 0x20B9) && b + cp.len < e &&
        (IsDigitCp(At(b + cp.len)) || t_[b + cp.len] == '.')) {
      Emit(b, b + cp.len);
      b += cp.len;
      continue;
    }
    if (c == '-' && b + 1 < e && t_[b + 1] == '-') {
      uint32_t j = b;
      while (j < e && t_[j] == '-') ++j;
      Emit(b, j);
      b = j;
      continue;
    }
    if (IsDashCp(c) || c == 0x2026) {
      Emit(b, b + cp.len);
      b += cp.len;
      continue;
    }
    if (c == '.' && b + 1 < e && t_[b + 1] == '.') {
      uint32_t j = b;
      while (j < e && t_[j] == '.') ++j;
      Emit(b, j);
      b = j;
      continue;
    }
    if (c == '-' && b + 1 < e && IsLetterCp(At(b + 1))) {
      Emit(b, b + 1);
      b += 1;
      continue;
    }
    break;
  }
  // Trailing punctuation, collected innermost-last.
  // (A plain array: std::pair's constructor would zero all 256 bytes on
  // every call.)
  struct Span {
    uint32_t first, second;
  };
  Span suf[32];
  constexpr size_t kMaxSuffixes = sizeof(suf) / sizeof(suf[0]);
  size_t nsuf = 0;
  const uint32_t chunk_end = e;
  auto push = [&](uint32_t s, uint32_t f) {
    suf[nsuf++] = {s, f};
    e = s;
  };
  while (e > b && nsuf < kMaxSuffixes) {
    uint32_t p = static_cast<unsigned char>(t_[e - 1]) < 0x80 ? e - 1 : static_cast<uint32_t>(text::PrevStart(t_, e));
    if (p < b) break;
    char32_t c = At(p);
    if (c == '.') {
      uint32_t q = p;
      while (q > b && t_[q - 1] == '.') --q;
      if (e - q >= 2 || q == b) {
        push(q, e);
        continue;
      }
      std::string_view word = t_.substr(b, e - b);
      AbbrevKind k = text::ClassifyAbbreviation(word);
      if (k == AbbrevKind::kNone) {  // "D-Mass." "and/or Calif.": the last part
        size_t cut = word.find_last_of("-/");
        if (cut != std::string_view::npos && cut + 2 < word.size())
          k = text::ClassifyAbbreviation(word.substr(cut + 1));
      }
      bool keep = k != AbbrevKind::kNone;
      if (k == AbbrevKind::kBeforeNumber) keep = e == chunk_end && NextIsDigit(e);
      if (keep) break;
      push(p, e);
      continue;
    }
    if (c == '!' || c == '?') {
      uint32_t q = p;
      while (q > b && (t_[q - 1] == '!' || t_[q - 1] == '?')) --q;
      push(q, e);
      continue;
    }
    if (c == '-' && p > b && t_[p - 1] == '-') {
      uint32_t q = p;
      while (q > b && t_[q - 1] == '-') --q;
      push(q, e);
      continue;
    }
    if (c == '%' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' ||
        c == '"' || c == 0x201D || c == 0x00BB || c == 0x2026 || IsDashCp(c) || c == '*' ||
        c == '>') {
      if (c == '>' && p == b) break;
      push(p, e);
      continue;
    }
    if (c == '\'' && p > b && t_[p - 1] == '\'') {  // '' closing quote
      push(p - 1, e);
      continue;
    }
    if (IsApostrophe(c)) {
      // Closing quote or plural possessive ("forces'"): split either way,
      // but keep "rock'n'" style inner apostrophes and lone "'".
      if (p == b) break;
      push(p, e);
      continue;
    }
    break;
  }
  Core(b, e);
  while (nsuf > 0) {
    --nsuf;
    Emit(suf[nsuf].first, suf[nsuf].second);
  }
}

void Scanner::Core(uint32_t b, uint32_t e) {
  if (b >= e) return;
  std::string_view w = t_.substr(b, e - b);
  bool maybe_url = false;
  for (char c : w) maybe_url |= (c == '.' || c == '@' || c == ':');
  if (maybe_url && IsUrlOrEmail(w)) {
    Emit(b, e);
    return;
  }
  size_t cl = CliticStart(w);
  Infix(b, b + static_cast<uint32_t>(cl));
  Emit(b + static_cast<uint32_t>(cl), e);
}

// Emits one segment, splitting a number from a following unit ("5pm").
void Scanner::SegmentNumber(uint32_t b, uint32_t e) {
  uint32_t k = b;
  while (k < e && ((t_[k] >= '0' && t_[k] <= '9') || t_[k] == '.' || t_[k] == ',' || t_[k] == ':')) ++k;
  if (k < e && k > b && t_[k - 1] >= '0' && t_[k - 1] <= '9' && e - k <= 4) {
    bool letters = true;
    for (uint32_t i = k; i < e; ++i) letters = letters && IsAsciiAlnum(t_[i]) && !(t_[i] >= '0' && t_[i] <= '9');
    if (letters && InListCI(t_.substr(k, e - k), kUnits)) {
      Emit(b, k);
      Emit(k, e);
      return;
    }
  }
  Emit(b, e);
}

void Scanner::Infix(uint32_t b, uint32_t e) {
  uint32_t seg = b, i = b;
  char32_t prev = 0;  // code point before i (0 at b)
  auto split_out = [&](uint32_t s, uint32_t f) {
    Segment(seg, s);
    Emit(s, f);
    seg = f;
  };
  while (i < e) {
    auto cp = DecodeAt(t_, i);
    char32_t c = cp.cp;
    uint32_t nx = i + cp.len;
    if (c < 0x80 && IsAsciiAlnum(static_cast<unsigned char>(c))) {
      prev = c;
      i = nx;
      continue;
    }
    char32_t next = nx < e ? At(nx) : 0;
    switch (c) {
      case '-': {
        uint32_t j = i;
        while (j < e && t_[j] == '-') ++j;
        if (j - i >= 2) {
          split_out(i, j);
        } else if (i != seg && j != e) {
          char32_t r = At(j);
          bool digits = IsDigitCp(prev) && IsDigitCp(r);
          if (!digits && IsAlnumCp(r) && (IsAlnumCp(prev) || prev == '.' || prev == ')')) {
            bool keep = IsLetterCp(prev) && InListCI(t_.substr(seg, i - seg), kKeepPrefixes);
            if (!keep) split_out(i, j);
          }
        }
        prev = '-';
        i = j;
        continue;
      }
      case '.': {
        uint32_t j = i;
        while (j < e && t_[j] == '.') ++j;
        if (j - i >= 2) {
          split_out(i, j);
        } else if (text::IsLowerCp(prev) && text::IsUpperCp(next) && nx + 1 < e &&
                   text::IsLowerCp(At(nx + DecodeAt(t_, nx).len))) {
          split_out(i, j);  // missing space after a full stop: "Ukraine.The"
        }
        prev = '.';
        i = j;
        continue;
      }
      case ',':
        if (!(IsDigitCp(prev) && IsDigitCp(next) && i != seg)) split_out(i, nx);
        break;
      case ':':
        if (!(IsDigitCp(prev) && IsDigitCp(next))) split_out(i, nx);
        break;
      case '/':
        if (i != seg && nx < e && IsLetterCp(prev) && IsLetterCp(next)) split_out(i, nx);
        break;
      case '!': case '?': {
        uint32_t j = i;
        while (j < e && (t_[j] == '!' || t_[j] == '?')) ++j;
        split_out(i, j);
        prev = c;
        i = j;
        continue;
      }
      case '"': case '(': case ')': case '[': case ']': case '{': case '}': case ';':
      case 0x201C: case 0x201D: case 0x2018: case 0x00AB: case 0x00BB: case 0x2026:
      case 0x2013: case 0x2014: case 0x2015:
        split_out(i, nx);
        break;
      default:
        break;
    }
    prev = c;
    i = nx;
  }
  Segment(seg, e);
}

}  // namespace

std::string NormalizeTokenForm(std::string_view raw) {
  bool ascii = true;
  for (unsigned char c : raw) {
    if (c & 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(raw);
  std::string s;
  s.reserve(raw.size() + 2);
  bool need_nfc = false;
  for (size_t i = 0; i < raw.size();) {
    auto cp = DecodeAt(raw, i);
    i += cp.len;
    switch (cp.cp) {
      case 0x2019: case 0x2018: case 0x201A: case 0x201B: case 0x2032:
        s.push_back('\'');
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
        s.push_back('"');
        break;
      case 0x2014: case 0x2015:
        s += "--";
        break;
      case 0x2013: case 0x2212: case 0x2010: case 0x2011:
        s.push_back('-');
        break;
      case 0x2026:
        s += "...";
        break;
      default:
        if (cp.cp >= 0x300) need_nfc = true;
        AppendUtf8(&s, cp.cp);
    }
  }
  if (need_nfc) {
    utf8proc_uint8_t* dst = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                      static_cast<utf8proc_ssize_t>(s.size()), &dst,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n >= 0 && dst) s.assign(reinterpret_cast<const char*>(dst), static_cast<size_t>(n));
    std::free(dst);
  }
  return s;
}

bool IsCliticContinuation(const std::vector<Token>& tokens, size_t k) {
  if (k == 0 || k >= tokens.size()) return false;
  const Token& prev = tokens[k - 1];
  const Token& next = tokens[k];
  if (prev.end != next.start || prev.space_after || prev.form.empty()) return false;
  const std::string& f = next.form;  // curly apostrophes are folded here
  if (f.size() >= 2 && f[0] == '\'') {
    std::string_view rest = std::string_view(f).substr(1);
    for (std::string_view cl : {"s", "m", "d", "re", "ve", "ll"})
      if (EqCI(rest, cl)) return true;
    return false;
  }
  if (EqCI(f, "n't")) return true;
  if (EqCI(f, "nt")) {
    std::string w = prev.form + f;
    return InListCI(w, kNtWords);
  }
  if (EqCI(f, "not")) return EqCI(prev.form, "can");
  if (f == "'") {
    char last = prev.form.back();
    if (last != 's' && last != 'S') return false;
    // A closing quote if an opening "'" (attached to the following word)
    // appears earlier and has not been closed since.
    bool open = false;
    for (size_t j = 0; j + 1 < k; ++j) {
      if (tokens[j].form != "'") continue;
      bool attached_before = j > 0 && !tokens[j - 1].space_after;
      if (!attached_before && !tokens[j].space_after) open = true;  // ' opens
      else if (attached_before) open = false;                        // ' closes

    }
    return !open;
  }
  return false;
}

Tokenizer::Tokenizer() = default;

namespace {

// Byte classes for the chunking loop.
enum : uint8_t { kByteAlnum = 1, kByteSpace = 2, kByteHigh = 4 };
struct ByteClasses {
  uint8_t c[256];
  ByteClasses() {
    for (int b = 0; b < 256; ++b)
      c[b] = static_cast<uint8_t>((IsAsciiAlnum(static_cast<unsigned char>(b)) ? kByteAlnum : 0) |
                                  (b < 0x80 && text::IsAsciiSpace(static_cast<unsigned char>(b)) ? kByteSpace : 0) |
                                  (b >= 0x80 ? kByteHigh : 0));
  }
};
const ByteClasses kBytes;

}  // namespace

void Tokenizer::TokenizeRaw(std::string_view text, uint32_t start, uint32_t end, RawTokens* out) const {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (start >= end) return;
  std::string_view t = text.substr(0, end);
  Scanner sc(t, text, out);
  const auto* u = reinterpret_cast<const unsigned char*>(t.data());
  uint32_t i = start;
  while (i < end) {
    uint8_t k = kBytes.c[u[i]];
    if (k & kByteSpace) {
      ++i;
      continue;
    }
    if (k & kByteHigh) {
      auto cp = DecodeAt(t, i);
      if (text::IsSpaceCp(cp.cp)) {
        i += cp.len;
        continue;
      }
    }
    // The chunk up to the next whitespace, noting whether it is a plain
    // ASCII word and whether it is ASCII at all.
    uint32_t j = i;
    uint8_t seen_and = kByteAlnum, seen_or = 0;
    uint32_t other = UINT32_MAX;  // the first byte that is not a letter or digit
    bool at_blank = false;        // the chunk ends at a ' '
    while (j < end) {
#ifdef __SSE2__
      // Runs of ASCII letters and digits, 16 bytes at a time.
      if (j + 16 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + j));
        const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // A-Z -> a-z, nothing else into a-z
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                             _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                            _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        const unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
        if (alnum == 0xFFFF) {
          j += 16;
          continue;
        }
        // Most chunks end at a plain space: seen in the same block, without
        // waiting on the byte's table lookup (the branch that tells a
        // word's end from punctuation is resolved sooner when it guessed
        // wrong).
        const unsigned blank = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
        const unsigned at = static_cast<unsigned>(__builtin_ctz(~alnum));
        j += at;
        if ((blank >> at) & 1u) {
          at_blank = true;
          break;
        }
      }
#endif
      uint8_t kc = kBytes.c[u[j]];
      if (kc == kByteAlnum) {  // most bytes: nothing to note
        ++j;
        continue;
      }
      if (kc & kByteSpace) break;
      if (kc & kByteHigh) {
        auto cp = DecodeAt(t, j);
        if (text::IsSpaceCp(cp.cp)) break;
        other = std::min(other, j);
        seen_and = 0;
        seen_or |= kByteHigh;
        j += cp.len;
        continue;
      }
      other = std::min(other, j);
      seen_and &= kc;
      ++j;
    }
    size_t before = out->tokens.size();
    sc.Chunk(i, j, seen_and != 0, (seen_or & kByteHigh) == 0, other);
    if (out->tokens.size() > before) {
      bool space = at_blank;
      if (!space && j < text.size()) space = text::IsSpaceCp(DecodeAt(text, j).cp);
      out->tokens.back().space_after = space;
    }
    i = at_blank ? j + 1 : j;  // (the blank would be skipped next)
  }
}

void Tokenizer::Tokenize(std::string_view text, uint32_t start, uint32_t end,
                         std::vector<Token>* out) const {
  // Callers tokenize sentence by sentence: keep one scratch buffer per
  // thread rather than allocating for every call, but never hold on to the
  // buffer of a huge span.
  thread_local RawTokens raw;
  raw.clear();
  TokenizeRaw(text, start, end, &raw);
  // Grow geometrically: a caller appending span after span to one vector
  // must not pay a reallocation per call.
  const size_t need = out->size() + raw.tokens.size();
  if (out->capacity() < need) out->reserve(std::max(need, 2 * out->capacity()));
  for (size_t k = 0; k < raw.tokens.size(); ++k) raw.AppendToken(text, k, out);
  if (raw.tokens.capacity() > (size_t{1} << 16)) raw = RawTokens();
}

}  // namespace dyad
