#include "ingest/input_check.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <fmt/format.h>

namespace dyad {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when invalid.
// On invalid input, *bad_len receives the length of the maximal subpart to
// replace (at least 1).
inline size_t ValidSeqLen(const unsigned char* s, size_t n, size_t i, size_t* bad_len) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *bad_len = 1;
    return 0;
  }
  size_t k = 1;
  for (; k <= need; ++k) {
    if (i + k >= n) break;
    unsigned char b = s[i + k];
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) break;
  }
  if (k == need + 1) return need + 1;
  *bad_len = k;  // lead byte plus the valid continuation bytes seen so far
  return 0;
}

}  // namespace

Status CheckNotBinary(std::string_view data, const std::string& name) {
  if (const void* p = std::memchr(data.data(), 0, data.size())) {
    size_t off = static_cast<const char*>(p) - data.data();
    return Unsupported(fmt::format("{}: byte {}: NUL byte, looks like a binary file; not read", name, off));
  }
  // 1 for the control characters that count against text (a table lookup
  // per byte keeps the 64 KiB scan branch-free).
  static const auto kControl = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
      t[c] = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F;
    return t;
  }();
  size_t n = std::min<size_t>(data.size(), 64 * 1024), ctrl = 0, i = 0;
  const auto* u = reinterpret_cast<const unsigned char*>(data.data());
#ifdef __SSE2__
  // 16 bytes at a time: bytes <= 0x1F other than \t \n \f \r ESC, and DEL.
  const __m128i x1f = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F);
  const __m128i tab = _mm_set1_epi8('\t'), nl = _mm_set1_epi8('\n'), ff = _mm_set1_epi8('\f'),
                cr = _mm_set1_epi8('\r'), esc = _mm_set1_epi8(0x1B);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + i));
    __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, x1f), v);  // v <= 0x1F, unsigned
    __m128i ok = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, nl)),
                              _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, ff), _mm_cmpeq_epi8(v, cr)),
                                           _mm_cmpeq_epi8(v, esc)));
    __m128i bad = _mm_or_si128(_mm_andnot_si128(ok, low), _mm_cmpeq_epi8(v, del));
    // Text has none: skip the count (without a popcnt instruction,
    // __builtin_popcount is a call into libgcc).
    if (const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(bad))) ctrl += static_cast<size_t>(__builtin_popcount(m));
  }
#endif
  for (; i < n; ++i) ctrl += kControl[u[i]];
  if (n > 0 && ctrl * 10 > n)
    return Unsupported(fmt::format("{}: {} of the first {} bytes are control characters, looks like a binary "
                                   "file; not read", name, ctrl, n));
  return Status::Ok();
}

bool IsValidUtf8(std::string_view data) {
  const auto* s = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size(), i = 0, bad;
  while (i < n) {
    // Fast path over ASCII, 8 bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    size_t len = ValidSeqLen(s, n, i, &bad);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

size_t RepairUtf8(std::string* data, std::vector<size_t>* bad_offsets, size_t base_offset,
                  size_t max_offsets) {
  if (IsValidUtf8(*data)) return 0;
  const auto* s = reinterpret_cast<const unsigned char*>(data->data());
  size_t n = data->size(), i = 0, count = 0, bad = 0;
  std::string out;
  out.reserve(n + 16);
  while (i < n) {
    size_t len = ValidSeqLen(s, n, i, &bad);
    if (len) {
      out.append(reinterpret_cast<const char*>(s + i), len);
      i += len;
    } else {
      if (bad_offsets && bad_offsets->size() < max_offsets) bad_offsets->push_back(base_offset + i);
      out.append("\xEF\xBF\xBD");
      ++count;
      i += bad;
    }
  }
  data->swap(out);
  return count;
}

}  // namespace dyad
