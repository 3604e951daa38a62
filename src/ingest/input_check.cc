#include "ingest/input_check.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

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
  size_t n = std::min<size_t>(data.size(), 64 * 1024), ctrl = 0;
  const auto* u = reinterpret_cast<const unsigned char*>(data.data());
  for (size_t i = 0; i < n; ++i) ctrl += kControl[u[i]];
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
