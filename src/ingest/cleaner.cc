#include "ingest/cleaner.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <deque>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ingest/drop_cap.h"
#include "ingest/keyword_set.h"

namespace dyad {

namespace {

constexpr size_t kPrefixKey = 40;  // minimum length of a repeated prefix

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Appends the normalised form of `text`; when `raw_end_for` is not npos,
// returns the raw offset after which `raw_end_for` normalised bytes were
// produced (used to map a repeated prefix back to the paragraph).
size_t Normalize(std::string_view text, std::string* out, size_t raw_end_for = std::string::npos) {
  size_t produced = out->size();
  size_t base = produced;
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    if (raw_end_for != std::string::npos && produced - base >= raw_end_for) return i;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpace(c)) {
      pending_space = true;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      pending_space = true;
      i += 2;
      continue;
    }
    if (pending_space && out->size() > base) {
      out->push_back(' ');
      ++produced;
      if (raw_end_for != std::string::npos && produced - base >= raw_end_for) return i;
    }
    pending_space = false;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if (d == 0x98 || d == 0x99) {
        out->push_back('\'');
        ++produced;
        i += 3;
        continue;
      }
      if (d == 0x9C || d == 0x9D) {
        out->push_back('"');
        ++produced;
        i += 3;
        continue;
      }
    }
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
    ++produced;
    ++i;
  }
  return text.size();
}

// What NormalizeInto does with a byte: copy it ASCII-lower-cased, fold a
// whitespace run, or look at a multi-byte sequence (NBSP, curly quotes).
struct NormTable {
  unsigned char out[256];
  unsigned char kind[256];  // 0 copy out[c], 1 space, 2 lead byte 0xC2/0xE2
  NormTable() {
    for (int c = 0; c < 256; ++c) {
      out[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      kind[c] = IsSpace(static_cast<unsigned char>(c)) ? 1 : (c == 0xC2 || c == 0xE2) ? 2 : 0;
    }
  }
};
const NormTable kNorm;

// Normalize(text, out) without the raw-offset bookkeeping: the duplicate key
// of every paragraph goes through here, so it writes through a pointer into
// a buffer sized for the worst case (the key is never longer than the text).
void NormalizeInto(std::string_view text, std::string* out) {
  const size_t base = out->size();
  out->resize(base + text.size());
  char* const begin = out->data() + base;
  char* o = begin;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* e = p + text.size();
  auto nbsp = [&](const unsigned char* q) { return q[0] == 0xC2 && q + 1 < e && q[1] == 0xA0; };
  for (;;) {
#ifdef __SSE2__
    // 16 bytes at a time while they are printable ASCII whose spaces stand
    // alone (no run): lower-cased as they are. A space at either end of the
    // block stands alone when the byte beyond it is printable ASCII other
    // than a space (and, at the start, something was written before it);
    // about a third of the blocks of English text have one there.
    const __m128i lo_ctl = _mm_set1_epi8(0x20), upper_a = _mm_set1_epi8('A' - 1), upper_z = _mm_set1_epi8('Z' + 1);
    const __m128i space = _mm_set1_epi8(' '), case_bit = _mm_set1_epi8(0x20);
    auto printable = [](unsigned char c) { return c > 0x20 && c < 0x7F; };
    while (e - p >= 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      // Bytes >= 0x80 are negative as signed, so one compare finds both them
      // and the control bytes (tab, newline) below ' '.
      int bad = _mm_movemask_epi8(_mm_cmplt_epi8(v, lo_ctl));
      int spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(v, space));
      if (bad || (spaces & (spaces >> 1))) break;
      if ((spaces & 1) && !(o != begin && p > reinterpret_cast<const unsigned char*>(text.data()) && printable(p[-1])))
        break;
      if ((spaces & 0x8000) && !(e - p > 16 && printable(p[16]))) break;
      __m128i is_upper = _mm_and_si128(_mm_cmpgt_epi8(v, upper_a), _mm_cmplt_epi8(v, upper_z));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(o), _mm_or_si128(v, _mm_and_si128(is_upper, case_bit)));
      p += 16;
      o += 16;
    }
#endif
    // The common case: a run of bytes copied (ASCII lower-cased).
    while (p < e && kNorm.kind[*p] == 0) *o++ = static_cast<char>(kNorm.out[*p++]);
    if (p >= e) break;
    if (kNorm.kind[*p] == 1 || nbsp(p)) {
      // A whitespace run (no-break spaces included) becomes one space, kept
      // only between two non-space bytes.
      while (p < e && (kNorm.kind[*p] == 1 || nbsp(p))) p += *p == 0xC2 ? 2 : 1;
      if (p < e && o != begin) *o++ = ' ';
      continue;
    }
    // 0xC2 not starting a no-break space, or 0xE2: curly quotes fold.
    if (*p == 0xE2 && p + 2 < e && p[1] == 0x80) {
      unsigned char d = p[2];
      if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) {
        *o++ = (d == 0x98 || d == 0x99) ? '\'' : '"';
        p += 3;
        continue;
      }
    }
    *o++ = static_cast<char>(*p++);
  }
  out->resize(base + static_cast<size_t>(o - begin));
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Bits set in the low 16 bits of x (no popcnt instruction is assumed, and
// __builtin_popcount would then call libgcc).
inline unsigned Popcount16(unsigned x) {
  x &= 0xFFFFu;
  x -= (x >> 1) & 0x5555u;
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return (x + (x >> 8)) & 0x1Fu;
}

// The duplicate index: normalised keys (views into the Cleaner's pool) to
// two ints, by open addressing in one array sized for every paragraph
// (no node per key and no rehash, as a std::unordered_map would need). A
// key is hashed from its length and at most 16 bytes at each end, so whole
// paragraphs need not be read to be hashed; keys that share both ends and
// the length are told apart by comparing them.
class KeyTable {
 public:
  struct Slot {
    const char* key = nullptr;  // nullptr: empty
    uint32_t len = 0;           // (texts are under 4 GiB)
    int first = -1, second = -1;
  };
  explicit KeyTable(size_t keys) {
    size_t n = 16;
    while (n < 2 * keys + 2) n *= 2;
    slots_.resize(n);
    mask_ = n - 1;
  }
  // The slot holding `key`, or nullptr.
  Slot* Find(std::string_view key) {
    for (size_t i = Start(key);; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.key == nullptr) return nullptr;
      if (s.len == key.size() && std::string_view(s.key, s.len) == key) return &s;
    }
  }
  // The slot of `key`, filled with (first, second) when it was not there;
  // *fresh says which. `key` must outlive the table.
  Slot* Insert(std::string_view key, int first, int second, bool* fresh) {
    if (2 * (used_ + 1) > slots_.size()) Grow();
    for (size_t i = Start(key);; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.key == nullptr) {
        s = Slot{key.data(), static_cast<uint32_t>(key.size()), first, second};
        ++used_;
        *fresh = true;
        return &s;
      }
      if (s.len == key.size() && std::string_view(s.key, s.len) == key) {
        *fresh = false;
        return &s;
      }
    }
  }

 private:
  static uint64_t Load8(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  size_t Start(std::string_view k) const {
    const size_t n = k.size();
    uint64_t h = n * 0x9E3779B97F4A7C15ull;
    if (n >= 16) {
      const char* e = k.data() + n;
      h ^= Load8(k.data()) * 0xC2B2AE3D27D4EB4Full;
      h ^= Load8(k.data() + 8) * 0x165667B19E3779F9ull;
      h ^= Load8(e - 16) * 0xD6E8FEB86659FD93ull;
      h ^= Load8(e - 8) * 0xFF51AFD7ED558CCDull;
    } else {
      for (char c : k) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return static_cast<size_t>(h >> 32) & mask_;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.key == nullptr) continue;
      size_t i = Start(std::string_view(s.key, s.len));
      while (slots_[i].key != nullptr) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0, used_ = 0;
};

size_t CountWords(std::string_view s) {
  // A word starts at each non-space byte after a space (or at the start).
  static const auto kSpaceByte = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = IsSpace(static_cast<unsigned char>(c));
    return t;
  }();
  size_t n = 0, i = 0;
  unsigned prev_space = 1;
#ifdef __SSE2__
  // 16 bytes at a time: a mask of the spaces (' ' and \t..\r), then the
  // non-space bytes whose predecessor is a space.
  const __m128i blank = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), four = _mm_set1_epi8(4);
  for (; i + 16 <= s.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i ctl = _mm_sub_epi8(v, tab);  // \t..\r -> 0..4 (unsigned)
    __m128i sp = _mm_or_si128(_mm_cmpeq_epi8(v, blank), _mm_cmpeq_epi8(_mm_min_epu8(ctl, four), ctl));
    unsigned space = static_cast<unsigned>(_mm_movemask_epi8(sp));
    unsigned before = ((space << 1) | prev_space) & 0xFFFFu;  // bit k: byte k-1 is a space
    n += Popcount16(before & ~space);
    prev_space = (space >> 15) & 1u;
  }
#endif
  for (; i < s.size(); ++i) {
    unsigned sp = kSpaceByte[static_cast<unsigned char>(s[i])];
    n += prev_space & (sp ^ 1u);
    prev_space = sp;
  }
  return n;
}

// Strips trailing closing quotes/brackets; returns the last significant byte.
char LastSignificant(std::string_view s) {
  while (!s.empty()) {
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);
      continue;
    }
    char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']' || IsSpace(static_cast<unsigned char>(c))) {
      s.remove_suffix(1);
      continue;
    }
    return c;
  }
  return 0;
}

bool EndsSentence(std::string_view s) {
  char c = LastSignificant(s);
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
}

// Keyword groups: what a keyword found anywhere in a paragraph ...
enum : uint32_t { kCaptionWord = 1, kBoilerplateWord = 2, kBlurbWord = 4 };
// ... and what a paragraph starting with a keyword says.
enum : uint32_t { kAttributionStart = 1, kViaStart = 2, kBoilerplateStart = 4, kByStart = 8, kSourceStart = 16 };

// Photo credits, anywhere in a short paragraph.
constexpr std::string_view kCredits[] = {
    "photo by",     "photo:",       "photos:",        "photograph:",
    "photograph by", "(ap photo",   "ap photo/",      "getty images",
    "/getty",        "reuters/",     "afp photo",      "/afp",
    "afp via",       "photo credit", "image credit",   "image:",
    "credit:",       "file photo",   "photo courtesy", "/ap)",
    "epa-efe",       "(epa",         "/epa",           "via reuters",
    "pictured:",     "photo/",       "(photo",         "[photo",
    "anadolu agency/", "shutterstock", "photo illustration", "video grab",
    "screen grab",   "screengrab",   "handout photo",  "(handout"};
// Attribution lines start with these ("via " only in a short line).
constexpr std::string_view kAttributionStarts[] = {
    "source:",       "sources:",        "source -",         "(reporting by",
    "reporting by",   "(additional reporting", "additional reporting",
    "(editing by",    "editing by",      "(writing by",      "writing by",
    "compiled by",    "(compiled by",    "with reporting by", "with reporting from",
    "contributing:",  "contributed by",  "story by",         "written by",
    "(with ",         "originally published", "this article was originally",
    "this story was originally", "this article first appeared",
    "this story first appeared", "reported by", "(source:"};
constexpr std::string_view kBoilerplateStarts[] = {
    "subscribe",   "sign up",     "follow us",   "follow @",   "follow the",
    "click here",  "click to",    "read more",   "read also",  "also read",
    "read next",   "related:",    "related articles", "related stories",
    "related coverage", "recommended", "share this", "share on", "share:",
    "download the", "download our", "join our", "support our", "get the latest",
    "don't miss",  "don\xE2\x80\x99t miss", "advertisement", "sponsored",
    "tags:",       "topics:",     "filed under", "keywords:",  "watch:",
    "listen:",     "copyright",   "\xC2\xA9",    "(c) ",       "all rights",
    "more:",       "see also:",   "newsletter",  "you may also like",
    "we use cookies", "this website uses", "by using this", "comments",
    "leave a comment", "print this", "email this", "report an error"};
constexpr std::string_view kBoilerplateAnywhere[] = {
    "all rights reserved", "\xC2\xA9 20", "copyright \xC2\xA9", "copyright 20",
    "click here",          "subscribe to our", "sign up for our",
    "sign up to our",      "our newsletter", "terms of use", "terms of service",
    "privacy policy",      "cookie policy", "use of cookies",
    "follow us on",        "download our app", "support independent journalism"};
constexpr std::string_view kBlurb[] = {
    " is dedicated to ", " is committed to ", " is an independent ",
    " is a non-profit", " is a nonprofit", " is a not-for-profit",
    " is a leading ", " aims to contribute", "our mission is",
    " is published by ", " is a publication of ", " is owned by "};

template <size_t N>
void AddAll(std::vector<std::pair<std::string_view, uint32_t>>* v, const std::string_view (&list)[N], uint32_t g) {
  for (std::string_view k : list) v->push_back({k, g});
}

// Built once (thread-safe static initialisation), then only read.
const KeywordSet& AnywhereKeywords() {
  static const KeywordSet set = [] {
    std::vector<std::pair<std::string_view, uint32_t>> v;
    AddAll(&v, kCredits, kCaptionWord);
    AddAll(&v, kBoilerplateAnywhere, kBoilerplateWord);
    AddAll(&v, kBlurb, kBlurbWord);
    return KeywordSet(v);
  }();
  return set;
}
const KeywordSet& StartKeywords() {
  static const KeywordSet set = [] {
    std::vector<std::pair<std::string_view, uint32_t>> v;
    AddAll(&v, kAttributionStarts, kAttributionStart);
    v.push_back({"via ", kViaStart});
    AddAll(&v, kBoilerplateStarts, kBoilerplateStart);
    v.push_back({"by ", kByStart});
    v.push_back({"source:", kSourceStart});
    v.push_back({"sources:", kSourceStart});
    return KeywordSet(v);
  }();
  return set;
}

bool IsCaption(size_t size, size_t words, uint32_t anywhere) {
  return size <= 450 && words <= 70 && (anywhere & kCaptionWord);
}

bool IsAttribution(std::string_view text, size_t words, uint32_t starts) {
  if (text.size() > 300) return false;
  if (starts & kAttributionStart) return true;
  if (starts & kViaStart) return words <= 4;
  // "— Reuters", "- AP", "-- AFP"
  size_t p = 0;
  if (StartsWith(text, "\xE2\x80\x94") || StartsWith(text, "\xE2\x80\x93")) p = 3;
  else if (StartsWith(text, "--")) p = 2;
  else if (StartsWith(text, "-")) p = 1;
  if (p && words <= 5 && text.size() < 60) return true;
  // "(AFP)", "(Reuters)"
  if (text.size() < 30 && text.front() == '(' && text.back() == ')' && words <= 3) return true;
  // Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Jane Doe · May 20, 2023"
  if ((starts & kByStart) && words >= 2 && words <= 14) {
    std::string_view names = text.substr(3);
    for (std::string_view sep : {"\xC2\xB7", "|", ",", " - ", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA2"}) {
      size_t p = names.find(sep);
      if (p != std::string_view::npos) names = names.substr(0, p);
    }
    bool ok = CountWords(names) >= 1 && CountWords(names) <= 8 && LastSignificant(names) != '.';
    size_t i = 0;
    while (ok && i < names.size()) {
      while (i < names.size() && IsSpace(static_cast<unsigned char>(names[i]))) ++i;
      size_t j = i;
      while (j < names.size() && !IsSpace(static_cast<unsigned char>(names[j]))) ++j;
      std::string_view w = names.substr(i, j - i);
      if (!w.empty() && !(std::isupper(static_cast<unsigned char>(w[0])) || w == "and" || w == "&" ||
                          w == "de" || w == "al" || w == "van" || w == "von" || w == "bin" ||
                          static_cast<unsigned char>(w[0]) >= 0x80))
        ok = false;
      i = j;
    }
    if (ok) return true;
  }
  return false;
}

bool IsBoilerplateLine(size_t words, uint32_t anywhere, uint32_t starts) {
  if (words > 60) return false;
  return (starts & kBoilerplateStart) || (anywhere & kBoilerplateWord);
}

bool LooksLikeHeading(std::string_view text, size_t words) {
  if (text.size() > 100 || words > 12 || words == 0) return false;
  unsigned char c0 = static_cast<unsigned char>(text[0]);
  if (!(std::isupper(c0) || std::isdigit(c0) || c0 >= 0x80)) return false;
  char last = LastSignificant(text);
  return !(last == '.' || last == '!' || last == ';' || last == ',' || last == ':');
}

struct Entry {
  Paragraph para;
  std::string norm;
};

}  // namespace

std::string NormalizeForDuplicates(std::string_view text) {
  std::string out;
  NormalizeInto(text, &out);
  return out;
}

void Cleaner::Clean(Document* doc) const {
  const std::string& text = doc->text;
  std::vector<Paragraph>& in = doc->paragraphs;
  std::vector<Paragraph> out;
  out.reserve(in.size() + 2);
  // The index keys are views into `pool`, which holds every remembered
  // normalised paragraph back to back and never reallocates: normalising
  // never lengthens text, each input byte is remembered at most once, and
  // the pool is reserved for the whole text (one allocation, no copies).
  // `spill` keeps the rare key that would not fit (its strings never move).
  std::string pool;
  pool.reserve(text.size() + 16);
  std::deque<std::string> spill;
  std::vector<std::string_view> norms;                           // of `out` entries (may be empty)
  KeyTable full(in.size());  // normalised text -> paragraph (`first`)
  // First kPrefixKey bytes -> the first and last paragraph with them; the
  // others in order through prefix_next (no vector per key).
  KeyTable prefix(in.size());
  std::vector<int> prefix_next;  // of `out` entries, -1 at the end of a chain

  auto slice = [&](const Paragraph& p) { return std::string_view(text).substr(p.start, p.end - p.start); };
  // Stores a key that is not in the pool yet.
  auto keep = [&](std::string_view norm) -> std::string_view {
    if (pool.size() + norm.size() <= pool.capacity()) {
      pool.append(norm);
      return std::string_view(pool).substr(pool.size() - norm.size());
    }
    return spill.emplace_back(norm);
  };
  // `key` must already live in the pool or the spill (see keep).
  auto remember = [&](int idx, std::string_view key) {
    if (key.empty()) return;
    norms[idx] = key;
    bool fresh;
    full.Insert(key, idx, idx, &fresh);
    if (key.size() >= kPrefixKey) {
      KeyTable::Slot* s = prefix.Insert(key.substr(0, kPrefixKey), idx, idx, &fresh);
      if (!fresh) {
        prefix_next[s->second] = idx;
        s->second = idx;
      }
    }
  };
  // Index of an earlier paragraph that `norm` repeats exactly (-1 if none), or
  // via *prefix_len the length of an earlier paragraph `norm` starts with.
  auto find_repeat = [&](std::string_view norm, size_t* prefix_len) -> int {
    *prefix_len = 0;
    if (norm.empty()) return -1;
    if (const KeyTable::Slot* s = full.Find(norm)) return s->first;
    if (norm.size() > kPrefixKey) {
      if (const KeyTable::Slot* s = prefix.Find(norm.substr(0, kPrefixKey))) {
        for (int idx = s->first; idx >= 0; idx = prefix_next[idx]) {
          std::string_view q = norms[idx];
          if (q.size() < norm.size() && norm.substr(0, q.size()) == q && norm[q.size()] == ' ') {
            char last = q.back();
            if (last == '.' || last == '!' || last == '?' || last == '"' || last == '\'') {
              *prefix_len = q.size();
              return idx;
            }
          }
        }
      }
    }
    return -1;
  };
  auto push = [&](Paragraph p) {
    out.push_back(p);
    norms.emplace_back();
    prefix_next.push_back(-1);
    return static_cast<int>(out.size() - 1);
  };

  for (size_t i = 0; i < in.size(); ++i) {
    Paragraph p = in[i];
    p.duplicate_of = -1;
    if (p.role == Role::kDateline) {
      push(p);
      continue;
    }
    std::string_view body = slice(p);
    // Drop cap: a lone letter followed by a paragraph continuing the word.
    if (p.role == Role::kBody && IsDropCapLetter(body) && i + 1 < in.size() && in[i + 1].role == Role::kBody &&
        IsDropCapContinuation(slice(in[i + 1]))) {
      const Paragraph& c = in[i + 1];
      std::string norm;
      NormalizeInto(body, &norm);
      NormalizeInto(slice(c), &norm);
      // The letter and the continuation are joined without a space.
      size_t plen = 0;
      int rep = find_repeat(norm, &plen);
      if (rep >= 0) {
        Paragraph letter = p, cont = c;
        letter.role = cont.role = Role::kDuplicate;
        letter.duplicate_of = cont.duplicate_of = rep;
        push(letter);
        if (plen) {
          // The repeated part ends plen - (letter bytes) normalised bytes into c.
          size_t letter_norm = norm.size() - NormalizeForDuplicates(slice(c)).size();
          std::string scratch;
          size_t raw = Normalize(slice(c), &scratch, plen - letter_norm);
          Paragraph rest = c;
          cont.end = c.start + static_cast<uint32_t>(raw);
          while (cont.end > cont.start && IsSpace(static_cast<unsigned char>(text[cont.end - 1]))) --cont.end;
          rest.start = c.start + static_cast<uint32_t>(raw);
          while (rest.start < rest.end && IsSpace(static_cast<unsigned char>(text[rest.start]))) ++rest.start;
          rest.role = Role::kBody;
          push(cont);
          int r = push(rest);
          remember(r, keep(NormalizeForDuplicates(slice(rest))));
        } else {
          push(cont);
        }
      } else {
        Paragraph joined = p;
        joined.end = c.end;
        joined.role = Role::kBody;
        int j = push(joined);
        remember(j, keep(norm));
      }
      ++i;
      continue;
    }
    // Normalised straight into the pool's free tail; given back unless kept.
    const size_t mark = pool.size();
    std::string_view norm;
    if (mark + body.size() <= pool.capacity()) {
      NormalizeInto(body, &pool);
      norm = std::string_view(pool).substr(mark);
    } else {
      norm = spill.emplace_back(NormalizeForDuplicates(body));
    }
    size_t plen = 0;
    int rep = p.role == Role::kHeadline ? -1 : find_repeat(norm, &plen);
    if (rep >= 0 && plen == 0) {
      p.role = Role::kDuplicate;
      p.duplicate_of = rep;
      push(p);
      pool.resize(mark);
      continue;
    }
    if (rep >= 0) {
      std::string scratch;
      size_t raw = Normalize(body, &scratch, plen);
      Paragraph dup = p, rest = p;
      dup.end = p.start + static_cast<uint32_t>(raw);
      while (dup.end > dup.start && IsSpace(static_cast<unsigned char>(text[dup.end - 1]))) --dup.end;
      dup.role = Role::kDuplicate;
      dup.duplicate_of = rep;
      rest.start = p.start + static_cast<uint32_t>(raw);
      while (rest.start < rest.end && IsSpace(static_cast<unsigned char>(text[rest.start]))) ++rest.start;
      push(dup);
      int r = push(rest);
      pool.resize(mark);
      remember(r, keep(NormalizeForDuplicates(slice(rest))));
      continue;
    }
    int k = push(p);
    remember(k, norm);
  }

  // Role rules for the paragraphs still marked body.
  const size_t n = out.size();
  // Words are counted only where a rule reads them: body paragraphs of at
  // most 600 bytes (the heading rule below, too, looks at no longer one).
  std::vector<size_t> words(n, 0);
  for (size_t i = 0; i < n; ++i) {
    Paragraph& p = out[i];
    if (p.role != Role::kBody) continue;
    std::string_view t = slice(p);
    if (t.empty()) continue;
    if (t.size() > 600) continue;  // long paragraphs are story text
    words[i] = CountWords(t);
    if (DropCapSplit(t)) continue;
    // One pass each answers every keyword question (ASCII case ignored).
    const uint32_t anywhere = AnywhereKeywords().FindAnywhere(t);
    const uint32_t starts = StartKeywords().FindPrefixes(t);
    if (IsCaption(t.size(), words[i], anywhere)) {
      p.role = Role::kCaption;
    } else if (IsAttribution(t, words[i], starts)) {
      p.role = Role::kAttribution;
      if (doc->source.empty() && (starts & kSourceStart)) {
        std::string_view s = t.substr(t.find(':') + 1);
        while (!s.empty() && IsSpace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
        while (!s.empty() && (s.back() == '.' || IsSpace(static_cast<unsigned char>(s.back())))) s.remove_suffix(1);
        if (!s.empty() && s.size() < 60) doc->source = std::string(s);
      }
    } else if (IsBoilerplateLine(words[i], anywhere, starts)) {
      p.role = Role::kBoilerplate;
    } else if (i + 3 >= n && (anywhere & kBlurbWord)) {
      p.role = Role::kBoilerplate;
    }
  }
  // Headings need to know what follows; a short unpunctuated line after the
  // last story paragraph is end-of-page noise.
  for (size_t i = 0; i < n; ++i) {
    Paragraph& p = out[i];
    if (p.role != Role::kBody) continue;
    std::string_view t = slice(p);
    if (!LooksLikeHeading(t, words[i])) continue;
    size_t j = i + 1;
    while (j < n && out[j].role != Role::kBody) ++j;
    bool story_follows = false;
    for (size_t k = i + 1; k < n && k <= i + 3; ++k)
      if (out[k].role == Role::kBody && slice(out[k]).size() > t.size() && EndsSentence(slice(out[k]))) {
        story_follows = true;
        break;
      }
    if (story_follows) {
      p.role = Role::kHeading;
    } else if (j >= n) {
      p.role = Role::kBoilerplate;
    }
  }
  in.swap(out);
}

}  // namespace dyad
